"""The upgrade path, tried with a throwaway second revision on top of the real ones.

A batch rebuild of `accounts` (the parent of contacts, with ON DELETE CASCADE) deleted
every contact when foreign keys were on; the upgrade must keep them, back up first, and
roll back whole when it would leave broken links.
"""

import shutil
import sqlite3
import textwrap

import pytest

from salesdesk.core.db import Database
from salesdesk.core.errors import MigrationError
from salesdesk.core.migrate import MIGRATIONS_DIR, SCHEMA_HEAD, current_revision, prepare
from salesdesk.core.models import Account, Contact

REBUILD_ACCOUNTS = """
    with op.batch_alter_table("accounts", recreate="always") as batch:
        batch.add_column(sa.Column("segment", sa.String(40), nullable=True))
"""
BREAK_A_LINK = """
    op.execute("INSERT INTO contacts (id, last_name, account_id, created_at, updated_at, "
               "version) VALUES ('00000000000000000000000000000001', 'Orphan', "
               "'ffffffffffffffffffffffffffffffff', '2026-01-01', '2026-01-01', 1)")
"""


def _migrations_with(tmp_path, upgrade_body: str):
    folder = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    body = textwrap.indent(textwrap.dedent(upgrade_body).strip(), "    ")
    source = (
        "import sqlalchemy as sa\nfrom alembic import op\n\n"
        f'revision = "0099"\ndown_revision = "{SCHEMA_HEAD}"\n'
        "branch_labels = None\ndepends_on = None\n\n\n"
        f"def upgrade():\n{body}\n\n\ndef downgrade():\n    pass\n"
    )
    (folder / "versions" / "0099_test.py").write_text(source)
    return folder


@pytest.fixture
def old_database(tmp_path):
    path = tmp_path / "old.sqlite3"
    prepare(path, tmp_path / "backups")
    db = Database(path)
    with db.write() as s:
        account = Account(name="Kirkby Mills Ltd")
        s.add(account)
        s.flush()
        s.add_all(Contact(last_name=f"Contact {i}", account_id=account.id) for i in range(3))
    db.dispose()
    return path


def _contacts(path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM contacts").fetchone()[0]
    finally:
        con.close()


def test_a_table_rebuild_keeps_child_rows_and_backs_up_first(tmp_path, old_database):
    migrations = _migrations_with(tmp_path, REBUILD_ACCOUNTS)
    report = prepare(old_database, tmp_path / "backups", migrations=migrations, head="0099")
    assert (report.from_revision, report.to_revision) == (SCHEMA_HEAD, "0099")
    assert _contacts(old_database) == 3
    con = sqlite3.connect(old_database)
    assert "segment" in [r[1] for r in con.execute("PRAGMA table_info(accounts)")]
    con.close()
    assert current_revision(report.backup) == SCHEMA_HEAD and _contacts(report.backup) == 3


def test_an_upgrade_that_would_break_links_rolls_back_whole(tmp_path, old_database):
    migrations = _migrations_with(tmp_path, REBUILD_ACCOUNTS + BREAK_A_LINK)
    with pytest.raises(MigrationError, match="rolled back"):
        prepare(old_database, tmp_path / "backups", migrations=migrations, head="0099")
    assert current_revision(old_database) == SCHEMA_HEAD
    assert _contacts(old_database) == 3
