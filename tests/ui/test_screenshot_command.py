"""`salesdesk screenshot` renders the real window offscreen, in its own process."""

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage


def _shot(db_path, out, *extra):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "salesdesk",
            "--db",
            str(db_path),
            "screenshot",
            "--out",
            str(out),
            *extra,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    "extra",
    [
        ("--view", "today", "--role", "field_rep"),
        (
            "--view",
            "deals",
            "--role",
            "sales_manager",
            "--theme",
            "dark",
            "--rtl",
            "--size",
            "1024x700",
        ),
    ],
)
def test_screenshot_writes_a_png_of_the_window(ctx, tmp_path, qapp, extra):
    out = tmp_path / "shot.png"
    result = _shot(ctx.db_path, out, *extra)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    expected = (1024, 700) if "--size" in extra else (1280, 800)
    assert (image.width(), image.height()) == expected
    # Not a blank canvas: the navigation, text and cards give many distinct colours.
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 20


def test_screenshot_of_an_unknown_view_is_a_usage_error(ctx, tmp_path):
    result = _shot(ctx.db_path, tmp_path / "x.png", "--view", "nowhere")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_a_view_the_role_does_not_see_is_refused(ctx, tmp_path):
    result = _shot(ctx.db_path, tmp_path / "x.png", "--view", "territory", "--role", "inside_rep")
    assert result.returncode == 1
    assert "not shown to the role inside_rep" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_a_screenshot_leaves_files_beside_it_alone(ctx, tmp_path):
    neighbour = tmp_path / "shot.ini"
    neighbour.write_text("mine")
    assert _shot(ctx.db_path, tmp_path / "shot.png", "--view", "today").returncode == 0
    assert neighbour.read_text() == "mine"
    made = {p.name for p in tmp_path.iterdir() if p.suffix in (".ini", ".png")}
    assert made == {"shot.ini", "shot.png"}


def test_a_tab_of_the_view_can_be_chosen_and_an_unknown_one_is_named(ctx, tmp_path):
    args = ("--view", "automation", "--role", "sales_manager")
    shown = _shot(ctx.db_path, tmp_path / "reports.png", *args, "--tab", "REPORTS")
    assert shown.returncode == 0, shown.stderr
    assert QImage(str(tmp_path / "reports.png")).width() == 1280
    missing = _shot(ctx.db_path, tmp_path / "x.png", *args, "--tab", "Nowhere")
    assert missing.returncode == 1
    assert "Time audit, Email templates, Reports" in missing.stderr
    assert not (tmp_path / "x.png").exists()
