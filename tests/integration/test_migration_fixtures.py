"""Every schema revision's fixture upgrades to head with every row and value intact.

tests/fixtures/schema/<revision>.sqlite3 is a database built at that revision and seeded
with Unicode (Persian, emoji, RTL marks), NULL in every nullable column and every link
set (see build.py there, which regenerates them). Each is copied, opened through
core.migrate.prepare as the app does, and compared with its copy from before: same rows,
same values, links intact. A migration that fails leaves the file as it was, or puts
the backup back when it cannot, and says which.
"""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
import textwrap
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from salesdesk.core.db import Database
from salesdesk.core.errors import MigrationError
from salesdesk.core.migrate import MIGRATIONS_DIR, SCHEMA_HEAD, current_revision, prepare
from salesdesk.core.models import Account, Base, Setting, User

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schema"
_spec = importlib.util.spec_from_file_location("schema_fixture_build", FIXTURES / "build.py")
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)

REVISIONS = build.revisions()


def _tables(con: sqlite3.Connection) -> list[str]:
    return [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version' ORDER BY name"
        )
    ]


def _columns(con: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]


def dump(path: Path, columns: dict[str, list[str]] | None = None) -> dict[str, list[tuple]]:
    """Every row of every table, raw as SQLite stores it, in key order.

    With `columns`, only those tables and columns (the ones a file had before upgrading).
    """
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        wanted = columns or {t: _columns(con, t) for t in _tables(con)}
        out = {}
        for table, cols in wanted.items():
            names = ", ".join(f'"{c}"' for c in cols)
            out[table] = con.execute(f'SELECT {names} FROM "{table}" ORDER BY id').fetchall()
        return out
    finally:
        con.close()


def _schema(path: Path) -> dict[str, list[str]]:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {t: _columns(con, t) for t in _tables(con)}
    finally:
        con.close()


def _pragma(path: Path, pragma: str) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(f"PRAGMA {pragma}").fetchall()
    finally:
        con.close()


def _copy(revision: str, tmp_path: Path) -> Path:
    target = tmp_path / "data" / "salesdesk.sqlite3"
    target.parent.mkdir()
    shutil.copyfile(build.fixture_path(revision), target)
    return target


def test_there_is_a_fixture_for_every_revision():
    """A new migration needs its fixture: run tests/fixtures/schema/build.py."""
    assert REVISIONS[-1] == SCHEMA_HEAD
    missing = [r for r in REVISIONS if not build.fixture_path(r).exists()]
    assert missing == [], "run: .venv/bin/python tests/fixtures/schema/build.py"


@pytest.mark.parametrize("revision", REVISIONS)
def test_each_fixture_is_seeded_with_nulls_links_and_unicode(revision, tmp_path):
    # A copy: reading a WAL file, even read-only, writes -shm/-wal beside it.
    path = _copy(revision, tmp_path)
    assert current_revision(path) == revision
    assert _pragma(path, "integrity_check") == [("ok",)]
    assert _pragma(path, "foreign_key_check") == []
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        for table in _tables(con):
            assert con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == 3, table
            for _, column, _, notnull, _, _ in con.execute(f'PRAGMA table_info("{table}")'):
                values = [
                    r[0] for r in con.execute(f'SELECT "{column}" FROM "{table}" ORDER BY id')
                ]
                assert any(v is not None for v in values), f"{table}.{column} never set"
                if not notnull:
                    assert None in values, f"{table}.{column} is never NULL"
            # Every link is used: each foreign key column points at a row somewhere.
            for fk in con.execute(f'PRAGMA foreign_key_list("{table}")'):
                column = fk[3]
                linked = con.execute(
                    f'SELECT count(*) FROM "{table}" WHERE "{column}" IS NOT NULL'
                ).fetchone()[0]
                assert linked >= 2, f"{table}.{column} links nothing"
        names = [r[0] for r in con.execute("SELECT name FROM accounts")]
        assert any("نوآوران" in n and "👩🏽\u200d💼" in n and "\u200f" in n for n in names)
    finally:
        con.close()


@pytest.mark.parametrize("revision", REVISIONS)
def test_upgrading_a_fixture_to_head_keeps_every_row_and_value(tmp_path, revision):
    path = _copy(revision, tmp_path)
    schema_before = _schema(path)
    before = dump(path)
    report = prepare(path, tmp_path / "backups")
    assert report.to_revision == SCHEMA_HEAD and current_revision(path) == SCHEMA_HEAD
    assert report.migrated == (revision != SCHEMA_HEAD)
    after = dump(path, schema_before)
    assert {t: len(rows) for t, rows in after.items()} == {
        t: len(rows) for t, rows in before.items()
    }
    for table in before:
        assert after[table] == before[table], table
    assert _pragma(path, "foreign_key_check") == []
    assert _pragma(path, "integrity_check") == [("ok",)]
    if report.migrated:  # the backup is the file as it was
        assert dump(report.backup) == before


@pytest.mark.parametrize("revision", REVISIONS)
def test_an_upgraded_fixture_reads_back_through_the_models(tmp_path, revision):
    """Stored values still parse: ids, times, JSON, booleans and Unicode text."""
    path = _copy(revision, tmp_path)
    seeded = _schema(path)
    prepare(path, tmp_path / "backups")
    db = Database(path)
    try:
        with db.read() as s:
            for mapper in Base.registry.mappers:
                rows = s.scalars(select(mapper.class_)).all()
                expected = 3 if mapper.local_table.name in seeded else 0  # newer tables
                assert len(rows) == expected, mapper.class_.__name__
            live = s.get(Account, _uuid(build.row_id("accounts", "live")))
            assert live.deleted_at is None and live.opening_hours == build.JSON_VALUE
            assert live.name.startswith("accounts.name live ") and build.TEXT in live.name
            assert live.owner_id == _uuid(build.row_id("users", "live"))
            me = s.scalar(select(Setting.value).where(Setting.key == "current_user_id"))
            assert s.get(User, _uuid(me)).role == "field_rep"
    finally:
        db.dispose()


def _uuid(text: str) -> uuid.UUID:
    return uuid.UUID(text)


# A failing migration ---------------------------------------------------------------

FAILS = """
    op.execute("UPDATE accounts SET name = 'renamed by a broken migration'")
    op.execute("DELETE FROM contacts")
    op.execute("SELECT no_such_column FROM accounts")
"""
COMMITS_THEN_FAILS = """
    op.execute("DELETE FROM contacts")
    op.execute("UPDATE accounts SET name = 'renamed by a broken migration'")
    op.execute("COMMIT")  # as a migration with a step outside the transaction would
    raise RuntimeError("the data step ran out of memory")
"""


def _broken_migrations(tmp_path: Path, upgrade_body: str) -> Path:
    folder = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    body = textwrap.indent(textwrap.dedent(upgrade_body).strip(), "    ")
    (folder / "versions" / "0099_broken.py").write_text(
        "import sqlalchemy as sa\nfrom alembic import op\n\n"
        f'revision = "0099"\ndown_revision = "{SCHEMA_HEAD}"\n'
        "branch_labels = None\ndepends_on = None\n\n\n"
        f"def upgrade():\n{body}\n\n\ndef downgrade():\n    pass\n"
    )
    return folder


def test_a_failing_migration_is_rolled_back_and_the_file_stays_byte_identical(tmp_path):
    """The oldest fixture goes through every real revision, then a broken one: nothing."""
    path = _copy(REVISIONS[0], tmp_path)
    original = path.read_bytes()
    migrations = _broken_migrations(tmp_path, FAILS)
    with pytest.raises(MigrationError, match="rolled back and the file was not changed") as err:
        prepare(path, tmp_path / "backups", migrations=migrations, head="0099")
    assert "no such column" in str(err.value)
    assert path.read_bytes() == original
    assert not Path(f"{path}-wal").exists()
    assert current_revision(path) == REVISIONS[0]
    # and the backup taken before is there, with the same content
    (backup,) = (tmp_path / "backups").glob("*-premigrate.sqlite3")
    assert dump(backup) == dump(path)


def test_a_migration_that_changed_the_file_before_failing_restores_the_backup(tmp_path):
    path = _copy(REVISIONS[0], tmp_path)
    before = dump(path)
    migrations = _broken_migrations(tmp_path, COMMITS_THEN_FAILS)
    with pytest.raises(MigrationError, match="backup taken just before it was restored") as err:
        prepare(path, tmp_path / "backups", migrations=migrations, head="0099")
    assert "ran out of memory" in str(err.value)
    assert err.value.template.startswith("The database upgrade failed")  # translatable
    (backup,) = (tmp_path / "backups").glob("*-premigrate.sqlite3")
    assert str(backup) in str(err.value)
    assert path.read_bytes() == backup.read_bytes()  # put back automatically
    assert current_revision(path) == REVISIONS[0]
    assert dump(path) == before
    assert _pragma(path, "integrity_check") == [("ok",)]
    leftovers = [p.name for p in path.parent.iterdir() if p.name != path.name]
    assert leftovers == []  # no temporary file, no stale -wal/-shm
    # The restored file opens normally and upgrades once the migration is fixed.
    report = prepare(path, tmp_path / "backups")
    assert report.to_revision == SCHEMA_HEAD and dump(path, _schema(backup)) == before


def test_a_new_database_whose_first_migration_fails_leaves_no_half_made_file(tmp_path):
    path = tmp_path / "data" / "new.sqlite3"
    migrations = _broken_migrations(tmp_path, COMMITS_THEN_FAILS)
    with pytest.raises(MigrationError, match="rolled back"):
        prepare(path, tmp_path / "backups", migrations=migrations, head="0099")
    assert list(path.parent.iterdir()) == []
    prepare(path, tmp_path / "backups")  # the next start creates it normally
    assert current_revision(path) == SCHEMA_HEAD
