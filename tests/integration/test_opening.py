"""Opening a database file: migrate new ones, refuse bad ones without touching them."""

import hashlib
import sqlite3

import pytest

from salesdesk.bootstrap import open_context
from salesdesk.core.backup import backup_to, rolling_backup
from salesdesk.core.errors import (
    CorruptDatabaseError,
    DatabaseTooNewError,
    NotADatabaseError,
    StorageError,
)
from salesdesk.core.migrate import current_revision, head_revision


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_file_is_created_at_the_latest_schema(db_path):
    ctx = open_context(db_path)
    ctx.close()
    assert current_revision(db_path) == head_revision()
    assert ctx.migration.backup is None


def test_reopening_at_head_takes_no_backup(db_path):
    open_context(db_path).close()
    ctx = open_context(db_path)
    ctx.close()
    assert not ctx.migration.migrated
    assert not (db_path.parent / "backups").exists()


def test_a_text_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("this is my shopping list\n")
    before = _digest(path)
    with pytest.raises(NotADatabaseError, match="not an SQLite file"):
        open_context(path)
    assert _digest(path) == before


def test_a_corrupt_file_is_refused_and_left_untouched(db_path):
    open_context(db_path).close()
    data = bytearray(db_path.read_bytes())
    data[120 : 4096 * 3] = b"\xde\xad\xbe\xef" * ((4096 * 3 - 120) // 4)
    db_path.write_bytes(bytes(data))
    before = _digest(db_path)
    with pytest.raises((CorruptDatabaseError, NotADatabaseError)):
        open_context(db_path)
    assert _digest(db_path) == before


def test_a_database_from_a_newer_salesdesk_is_refused_untouched(db_path):
    open_context(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = _digest(db_path)
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        open_context(db_path)
    assert _digest(db_path) == before


def test_another_programs_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(NotADatabaseError):
        open_context(path)


def test_backups_are_verified_copies_and_roll(ctx):
    first = backup_to(ctx.db_path, ctx.db_path.parent / "copy.sqlite3")
    assert current_revision(first) == head_revision()
    made = [rolling_backup(ctx.db_path, ctx.backup_dir, "test", keep=3) for _ in range(5)]
    kept = sorted(ctx.backup_dir.glob("*.sqlite3"))
    assert kept == sorted(made[-3:])


def test_writing_to_a_read_only_database_says_so_and_saves_nothing(db):
    """query_only makes SQLite answer exactly as for a read-only file, even as root."""
    from sqlalchemy import func, select, text

    from salesdesk.core.models import Territory

    with pytest.raises(StorageError, match="read-only"), db.write() as s:
        s.execute(text("PRAGMA query_only=ON"))
        s.add(Territory(name="x"))
    db.engine.dispose()  # drop the connection that was switched to query_only
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Territory)) == 0


def _damage_a_data_page(ctx):
    """Fill a table with rows, then overwrite the header of a page deep in the file."""
    from salesdesk.core.models import Account

    with ctx.db.write() as s:
        s.add_all(Account(name=f"Account {i}", notes="n" * 300) for i in range(600))
    ctx.db.engine.dispose()
    con = sqlite3.connect(ctx.db_path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    data = bytearray(ctx.db_path.read_bytes())
    pages = len(data) // page_size
    victim = (pages * 2 // 3) * page_size
    data[victim : victim + 64] = b"\xff" * 64
    ctx.db_path.write_bytes(bytes(data))


def test_damage_deep_in_the_file_is_found_by_the_integrity_check(ctx, capsys):
    from salesdesk.cli import main
    from salesdesk.core.db import integrity_problem

    assert integrity_problem(ctx.db_path) is None
    _damage_a_data_page(ctx)
    assert integrity_problem(ctx.db_path)
    assert main(["--db", str(ctx.db_path), "check"]) == 1
    assert "damaged" in capsys.readouterr().err


def test_a_cancelled_integrity_check_reports_nothing(ctx):
    from salesdesk.core.db import integrity_problem

    _damage_a_data_page(ctx)
    assert integrity_problem(ctx.db_path, cancelled=lambda: True) is None
