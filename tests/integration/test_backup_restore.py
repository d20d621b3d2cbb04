"""Rolling backups and restore against real database files."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from salesdesk.bootstrap import backups_of, open_context, restore_latest_backup
from salesdesk.core.backup import (
    DEFAULT_KEEP,
    BackupRejectedError,
    RestoreError,
    backup_keep,
    backup_to,
    daily_backup,
    keep_from_file,
    list_backups,
    restore,
    restore_latest,
    rolling_backup,
    set_backup_keep,
    verify_backup,
)
from salesdesk.core.errors import CorruptDatabaseError, NotADatabaseError, SalesDeskError
from salesdesk.core.migrate import head_revision
from salesdesk.core.models import Account


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _add_account(ctx, name: str) -> None:
    with ctx.db.write() as s:
        s.add(Account(name=name))


def _account_names(path: Path) -> set[str]:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {r[0] for r in con.execute("SELECT name FROM accounts")}
    finally:
        con.close()


def _damage(path: Path, accounts: int = 600) -> None:
    """Fill a table, then overwrite the page headers of the middle third of the (closed) file."""
    con = sqlite3.connect(path)
    with con:
        con.executemany(
            "INSERT INTO territories (id, name, created_at, updated_at, version) "
            "VALUES (?, ?, '2026-01-01', '2026-01-01', 1)",
            [(f"{i:032x}", "t" * 300) for i in range(accounts)],
        )
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    data = bytearray(path.read_bytes())
    pages = len(data) // page_size
    for page in range(pages // 3, pages * 2 // 3):  # tables and indexes alike
        data[page * page_size : page * page_size + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


# taking and keeping -----------------------------------------------------------------


def test_the_keep_setting_is_validated_saved_and_read_from_the_file(ctx):
    assert backup_keep(ctx.db) == DEFAULT_KEEP == 10
    for bad in (0, 101, -3, True, 2.5):
        with pytest.raises(SalesDeskError, match="from 1 to 100"):
            set_backup_keep(ctx.db, bad)
    assert set_backup_keep(ctx.db, 3) == 3
    assert backup_keep(ctx.db) == 3
    assert keep_from_file(ctx.db_path) == 3  # what start-up (prepare) sees, nothing opened


def test_rolling_backups_keep_the_configured_number_of_this_database_only(ctx):
    set_backup_keep(ctx.db, 3)
    ctx.backup_dir.mkdir(parents=True)
    other = ctx.backup_dir / "other-20200101-000000-000000-manual.sqlite3"
    backup_to(ctx.db_path, other)
    made = [rolling_backup(ctx.db_path, ctx.backup_dir, "manual") for _ in range(4)]
    made.append(rolling_backup(ctx.db_path, ctx.backup_dir, "before-restore"))
    mine = backups_of(ctx.db_path)
    assert [b.path for b in mine] == made[::-1][:3]  # newest first, the last three
    assert other.exists()  # another database's backup is not ours to remove
    assert mine[0].reason == "before-restore"
    assert mine[0].schema_revision == head_revision()
    assert mine[0].size == made[-1].stat().st_size > 0
    assert {b.path for b in list_backups(ctx.backup_dir)} == {*made[-3:], other}


def test_a_failed_backup_removes_nothing_and_leaves_no_file(ctx):
    kept = [rolling_backup(ctx.db_path, ctx.backup_dir, "manual", keep=2) for _ in range(2)]
    _add_account(ctx, "x")
    ctx.close()
    _damage(ctx.db_path)
    with pytest.raises(SalesDeskError):
        rolling_backup(ctx.db_path, ctx.backup_dir, "manual", keep=2)
    assert sorted(ctx.backup_dir.iterdir()) == sorted(kept)


def test_the_daily_backup_is_taken_once_a_day(ctx):
    yesterday = date.today() - timedelta(days=1)
    old = ctx.backup_dir / f"salesdesk-{yesterday:%Y%m%d}-120000-000000-daily.sqlite3"
    backup_to(ctx.db_path, old)
    first = daily_backup(ctx.db_path, ctx.backup_dir)  # yesterday's does not count
    assert first is not None and first.name.endswith("-daily.sqlite3")
    assert daily_backup(ctx.db_path, ctx.backup_dir) is None
    assert [b.path for b in backups_of(ctx.db_path)] == [first, old]


def test_any_backup_taken_today_counts_as_the_daily_one(ctx):
    rolling_backup(ctx.db_path, ctx.backup_dir, "manual")
    assert daily_backup(ctx.db_path, ctx.backup_dir) is None
    tomorrow = date.today() + timedelta(days=1)
    assert daily_backup(ctx.db_path, ctx.backup_dir, today=tomorrow) is not None


def test_a_backup_under_a_concurrent_writer_is_complete_and_verified(ctx):
    import threading

    stop = threading.Event()

    def writer():
        i = 0
        while not stop.is_set():
            _add_account(ctx, f"w{i}")
            i += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        dest = rolling_backup(ctx.db_path, ctx.backup_dir, "daily")
    finally:
        stop.set()
        thread.join()
    assert verify_backup(dest) == head_revision()


# restoring --------------------------------------------------------------------------


def test_restore_round_trip_backs_up_the_current_data_first(ctx):
    _add_account(ctx, "Alder & Co")
    chosen = rolling_backup(ctx.db_path, ctx.backup_dir, "manual")
    _add_account(ctx, "Birch Ltd (added after the backup)")
    ctx.close()

    report = restore(ctx.db_path, chosen, ctx.backup_dir)

    assert _account_names(ctx.db_path) == {"Alder & Co"}
    assert report.kept_aside is None and report.restored == chosen.resolve()
    assert report.safety_backup.name.endswith("-before-restore.sqlite3")
    assert _account_names(report.safety_backup) == {
        "Alder & Co",
        "Birch Ltd (added after the backup)",
    }
    leftovers = [p.name for p in ctx.db_path.parent.iterdir() if p.name != "backups"]
    assert leftovers == [ctx.db_path.name]  # no temp file, no stale -wal/-shm
    reopened = open_context(ctx.db_path)
    try:
        with reopened.db.read() as s:
            assert set(s.scalars(select(Account.name))) == {"Alder & Co"}
    finally:
        reopened.close()


def test_restore_refuses_while_the_database_is_open(ctx):
    chosen = rolling_backup(ctx.db_path, ctx.backup_dir, "manual")
    _add_account(ctx, "kept")
    with pytest.raises(RestoreError, match="is open in SalesDesk"):
        restore(ctx.db_path, chosen, ctx.backup_dir)
    with ctx.db.read() as s:
        assert set(s.scalars(select(Account.name))) == {"kept"}
    assert [b.reason for b in backups_of(ctx.db_path)] == ["manual"]


def _refused(ctx, backup: Path, match: str) -> None:
    ctx.close()
    before = _digest(ctx.db_path)
    listing = sorted(ctx.backup_dir.iterdir()) if ctx.backup_dir.exists() else []
    with pytest.raises(BackupRejectedError, match=match):
        restore(ctx.db_path, backup, ctx.backup_dir)
    assert _digest(ctx.db_path) == before
    assert (sorted(ctx.backup_dir.iterdir()) if ctx.backup_dir.exists() else []) == listing
    assert sorted(p.name for p in ctx.db_path.parent.iterdir()) == sorted(
        [ctx.db_path.name, *(["backups"] if ctx.backup_dir.exists() else []), backup.name]
    )


def test_restore_refuses_a_damaged_backup_and_changes_nothing(ctx, tmp_path):
    bad = backup_to(ctx.db_path, tmp_path / "bad.sqlite3")
    _damage(bad)
    _refused(ctx, bad, "is damaged")


def test_restore_refuses_a_backup_from_a_newer_salesdesk(ctx, tmp_path):
    newer = backup_to(ctx.db_path, tmp_path / "newer.sqlite3")
    con = sqlite3.connect(newer)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.close()
    _refused(ctx, newer, "newer version")


def test_restore_refuses_files_that_are_not_salesdesk_backups(ctx, tmp_path):
    text = tmp_path / "notes.sqlite3"
    text.write_text("my shopping list")
    _refused(ctx, text, "not an SQLite file")
    text.unlink()
    other = tmp_path / "photos.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    con.close()
    _refused(ctx, other, "not a SalesDesk database")
    other.unlink()
    with pytest.raises(BackupRejectedError, match="does not exist"):
        restore(ctx.db_path, tmp_path / "missing.sqlite3", ctx.backup_dir)
    with pytest.raises(BackupRejectedError, match="database itself"):
        restore(ctx.db_path, ctx.db_path, ctx.backup_dir)


def test_a_damaged_current_file_is_kept_aside_never_deleted(ctx):
    _add_account(ctx, "from the backup")
    rolling_backup(ctx.db_path, ctx.backup_dir, "daily")
    ctx.close()
    _damage(ctx.db_path)
    damaged = _digest(ctx.db_path)
    with pytest.raises((CorruptDatabaseError, NotADatabaseError, SalesDeskError)):
        open_context(ctx.db_path).close()  # refused at start-up, left as it is
    assert _digest(ctx.db_path) == damaged

    wal = Path(f"{ctx.db_path}-wal")
    wal.write_bytes(b"frames that may matter to whoever rescues the file" * 20)

    report = restore_latest_backup(ctx.db_path)

    assert report.safety_backup is None
    assert report.kept_aside.name.startswith(f"{ctx.db_path.name}.damaged-")
    assert _digest(report.kept_aside) == damaged
    assert Path(f"{report.kept_aside}-wal").read_bytes().startswith(b"frames that may")
    assert not wal.exists()  # never replayed into the restored file
    assert _account_names(ctx.db_path) == {"from the backup"}
    assert [b.reason for b in backups_of(ctx.db_path)] == ["daily"]  # nothing new, nothing gone


def test_the_latest_backup_that_passes_the_checks_is_restored(ctx):
    _add_account(ctx, "good")
    good = rolling_backup(ctx.db_path, ctx.backup_dir, "daily")
    newest = rolling_backup(ctx.db_path, ctx.backup_dir, "manual")
    ctx.close()
    _damage(newest)
    report = restore_latest(ctx.db_path, ctx.backup_dir)
    assert report.restored == good.resolve()
    assert newest.exists()  # a bad backup is skipped, not deleted


def test_restore_latest_without_any_usable_backup_changes_nothing(ctx):
    ctx.close()
    before = _digest(ctx.db_path)
    with pytest.raises(RestoreError, match="No usable backup"):
        restore_latest(ctx.db_path, ctx.backup_dir)
    assert _digest(ctx.db_path) == before


def test_restore_into_a_missing_database_file_creates_it(ctx, tmp_path):
    _add_account(ctx, "carried over")
    chosen = backup_to(ctx.db_path, tmp_path / "elsewhere" / "copy.sqlite3")
    ctx.close()
    target = tmp_path / "new" / "fresh.sqlite3"
    report = restore(target, chosen, tmp_path / "new" / "backups")
    assert report.safety_backup is None and report.kept_aside is None
    assert _account_names(target) == {"carried over"}


def test_a_backup_from_an_older_schema_is_accepted(ctx, tmp_path):
    older = backup_to(ctx.db_path, tmp_path / "older.sqlite3")
    con = sqlite3.connect(older)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '0001'")
    con.close()
    assert verify_backup(older) == "0001"  # opening it later upgrades it, with a backup
    ctx.close()
    shutil.rmtree(ctx.backup_dir, ignore_errors=True)
    restore(ctx.db_path, older, ctx.backup_dir)
    assert [b.reason for b in backups_of(ctx.db_path)] == ["before-restore"]
