"""`salesdesk backup [--out FILE]`, `backup list [--json]`, `restore FILE|--latest`."""

from __future__ import annotations

import argparse
import json
import sqlite3

import pytest

from salesdesk import cli
from salesdesk.bootstrap import backups_of, open_context
from salesdesk.commands import backup as backup_command
from salesdesk.commands import restore as restore_command
from salesdesk.core.backup import BackupRejectedError, RestoreError
from salesdesk.core.migrate import SCHEMA_HEAD
from salesdesk.core.models import Account


def _wired() -> bool:
    parser = cli.build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return "restore" in commands.choices


def _run(argv: list[str]) -> int:
    """The two modules the way cli.py dispatches them (restore and `backup list` open
    nothing; taking a backup opens the database)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    sub = parser.add_subparsers(dest="command")
    backup_command.add_parser(sub)
    restore_command.add_parser(sub)
    args = parser.parse_args(argv)
    if args.command == "restore":
        return restore_command.run(None, args)
    if not backup_command.needs_database(args):
        return backup_command.run(None, args)
    ctx = open_context(args.db)
    try:
        return backup_command.run(ctx, args)
    finally:
        ctx.close()


def _names(path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM accounts")}
    finally:
        con.close()


def _with_account(db_path, name: str) -> None:
    ctx = open_context(db_path)
    try:
        with ctx.db.write() as s:
            s.add(Account(name=name))
    finally:
        ctx.close()


def test_backup_into_the_folder_then_list_as_json(db_path, capsys):
    assert _run(["--db", str(db_path), "backup"]) == 0
    assert "verified" in capsys.readouterr().out
    assert _run(["--db", str(db_path), "backup", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(b["reason"], b["schema_revision"]) for b in listed] == [("manual", SCHEMA_HEAD)]
    assert listed[0]["path"] == str(backups_of(db_path)[0].path)
    assert listed[0]["size"] > 0 and "T" in listed[0]["taken_at"]


def test_backup_list_reads_only_the_folder(tmp_path, capsys):
    db_path = tmp_path / "never-opened.sqlite3"
    assert _run(["--db", str(db_path), "backup", "list"]) == 0
    assert "No backups of never-opened.sqlite3" in capsys.readouterr().out
    assert not db_path.exists()  # listing created nothing


def test_backup_list_as_text(db_path, capsys):
    _run(["--db", str(db_path), "backup"])
    capsys.readouterr()
    _run(["--db", str(db_path), "backup", "list"])
    out = capsys.readouterr().out
    assert "manual" in out and backups_of(db_path)[0].path.name in out


def test_restore_a_file_then_the_latest(db_path, tmp_path, capsys):
    _with_account(db_path, "before")
    out = tmp_path / "copy.sqlite3"
    assert _run(["--db", str(db_path), "backup", "--out", str(out)]) == 0
    _with_account(db_path, "after")

    assert _run(["--db", str(db_path), "restore", str(out)]) == 0
    said = capsys.readouterr().out
    assert "backed up first" in said
    assert _names(db_path) == {"before"}

    # The before-restore backup is now the newest: --latest brings "after" back.
    assert _run(["--db", str(db_path), "restore", "--latest"]) == 0
    assert _names(db_path) == {"before", "after"}


def test_restore_needs_a_file_or_latest_not_both(db_path, capsys):
    for argv in (["restore"], ["restore", "x.sqlite3", "--latest"]):
        with pytest.raises(SystemExit) as exited:
            _run(["--db", str(db_path), *argv])
        assert exited.value.code == 2


def test_restore_refuses_a_bad_backup_and_latest_without_backups(db_path, tmp_path):
    open_context(db_path).close()
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database")
    with pytest.raises(BackupRejectedError, match="not an SQLite file"):
        _run(["--db", str(db_path), "restore", str(bad)])
    with pytest.raises(RestoreError, match="No usable backup"):
        _run(["--db", str(db_path), "restore", "--latest"])


@pytest.mark.skipif(not _wired(), reason="cli.py does not register backup/restore yet")
def test_the_cli_runs_backup_list_and_restore(db_path, tmp_path, capsys):
    _with_account(db_path, "kept")
    assert cli.main(["--db", str(db_path), "backup"]) == 0
    _with_account(db_path, "dropped")
    assert cli.main(["--db", str(db_path), "backup", "list", "--json"]) == 0
    capsys.readouterr()
    assert cli.main(["--db", str(db_path), "restore", "--latest"]) == 0
    assert _names(db_path) == {"kept"}
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("x")
    assert cli.main(["--db", str(db_path), "restore", str(bad)]) == 1
    assert "not an SQLite file" in capsys.readouterr().err
