"""`salesdesk map --out DIR`: a folder that opens in a browser with no network at all."""

from __future__ import annotations

import re
import subprocess
import sys

import shiboken6
from PySide6.QtCore import QUrl
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile

from salesdesk.maps.data import load_map_data
from salesdesk.maps.page import build_html, export_map
from salesdesk.ui.map.view import LocalOnlyInterceptor
from tests.hostile import HOSTILE
from tests.ui.mapkit import seed


def test_generated_html_has_no_remote_references():
    for html in (build_html(csp_source="salesdesk:"), build_html(csp_source="'self' file:")):
        refs = re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)""", html)
        assert refs, "the page loads its scripts and styles"
        assert all(not r.startswith(("http:", "https:", "//")) for r in refs), refs
        assert "http://" not in html and "https://" not in html
        assert "Content-Security-Policy" in html


def test_exported_map_opens_from_disk_without_any_remote_request(db, tmp_path, qtbot):
    rows = [
        (name, "Town", 53.3 + 0.01 * i, -2.6 + 0.01 * i, "ABCD"[i % 4], "customer")
        for i, name in enumerate(HOSTILE[:20])
    ]
    seed(db, rows)
    data, _ = load_map_data(db)
    index = export_map(tmp_path / "out", data)
    profile = QWebEngineProfile()
    interceptor = LocalOnlyInterceptor(profile)
    interceptor.local = {"file"}
    profile.setUrlRequestInterceptor(interceptor)
    page = QWebEnginePage(profile)
    try:
        with qtbot.waitSignal(page.loadFinished, timeout=20_000) as loaded:
            page.load(QUrl.fromLocalFile(str(index)))
        assert loaded.args == [True]
        result = []
        qtbot.waitUntil(lambda: _eval(page, "window.SD_READY === true", result), timeout=10_000)
        count = []
        qtbot.waitUntil(lambda: _eval(page, "SD.markerCount()", count), timeout=5000)
        assert count[-1] == len(rows)
        pwned = []
        qtbot.waitUntil(lambda: _eval(page, "typeof window.__pwned", pwned), timeout=5000)
        assert pwned[-1] == "undefined"
        schemes = {u.split(":", 1)[0] for u in interceptor.requested}
        assert schemes == {"file"}, interceptor.requested
    finally:
        shiboken6.delete(page)  # the page before its profile
        shiboken6.delete(profile)


def test_map_command_writes_the_folder(db_path, db, tmp_path):
    seed(db)
    out = tmp_path / "map"
    run = subprocess.run(
        [sys.executable, "-m", "salesdesk", "--db", str(db_path), "map", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "5 accounts on the map" in run.stdout
    for name in ("index.html", "data.js", "world.js", "territory.js", "assets/leaflet/leaflet.js"):
        assert (out / name).is_file(), name
    blocked = subprocess.run(
        [
            sys.executable,
            "-m",
            "salesdesk",
            "--db",
            str(db_path),
            "map",
            "--out",
            str(out / "index.html"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert blocked.returncode == 1
    assert "not a folder" in blocked.stdout + blocked.stderr


def _eval(page, script, out) -> bool:
    page.runJavaScript(script, 0, out.append)
    return bool(out) and out[-1] not in (None, False)
