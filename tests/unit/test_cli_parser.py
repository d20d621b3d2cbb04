import pytest

from salesdesk.cli import build_parser, main

COMMANDS = [
    "demo",
    "info",
    "screenshot",
    "profile",
    "backup",
    "check",
    "rank",
    "route",
    "pattern",
    "attention",
]


def test_unknown_option_prints_usage_and_exits_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--no-such-option"])
    assert exc.value.code == 2
    assert "usage: salesdesk" in capsys.readouterr().err


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    assert f"usage: salesdesk {command}" in capsys.readouterr().out


@pytest.mark.parametrize("bad", ["0", "100001", "many"])
def test_demo_rejects_account_counts_out_of_range(bad, capsys):
    with pytest.raises(SystemExit) as exc:
        build_parser().parse_args(["demo", "--accounts", bad])
    assert exc.value.code == 2


def test_screenshot_size_must_look_like_wxh():
    with pytest.raises(SystemExit):
        build_parser().parse_args(
            ["screenshot", "--view", "today", "--out", "x.png", "--size", "big"]
        )
    args = build_parser().parse_args(
        ["screenshot", "--view", "today", "--out", "x.png", "--size", "1024x700"]
    )
    assert args.size == (1024, 700)
