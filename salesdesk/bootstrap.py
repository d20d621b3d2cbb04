"""The one composition root: where the database lives, opening it safely, and the
context every entry point (window, CLI, tests) works from. Nothing connects at import.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

from . import APP_NAME
from .core.backup import BackupInfo, RestoreReport, list_backups, restore_latest
from .core.crypto import find_key
from .core.db import Database
from .core.migrate import MigrationReport, prepare
from .core.reference import ensure_reference_data, reference_data_current

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
DB_ENV = "SALESDESK_DB"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def resolve_db_path(explicit: str | os.PathLike | None = None) -> Path:
    """--db wins, then $SALESDESK_DB, then salesdesk.sqlite3 in the user's data directory."""
    chosen = explicit or os.environ.get(DB_ENV)
    return Path(chosen).expanduser().resolve() if chosen else data_dir() / "salesdesk.sqlite3"


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / "backups"


def backups_of(db_path: Path) -> list[BackupInfo]:
    """The rolling backups of this database file, newest first (nothing is opened)."""
    return list_backups(backup_dir_for(db_path), stem=db_path.stem)


def restore_latest_backup(
    db_path: str | os.PathLike | None = None, key: str | None = None
) -> RestoreReport:
    """Put the newest verified backup in place of a database that could not be opened.

    A damaged file is kept aside (NAME.damaged-TIMESTAMP), never overwritten or deleted.
    Nothing may have the file open: call this before open_context or after ctx.close().
    """
    path = resolve_db_path(db_path)
    return restore_latest(path, backup_dir_for(path), key=find_key(path, key))


@dataclass
class AppContext:
    """Everything a front end needs: the open database and how it was opened."""

    db_path: Path
    db: Database
    migration: MigrationReport

    @property
    def backup_dir(self) -> Path:
        return backup_dir_for(self.db_path)

    def close(self) -> None:
        self.db.dispose()


def open_context(db_path: str | os.PathLike | None = None, key: str | None = None) -> AppContext:
    """Check, back up, migrate and open the database; seed reference data if missing.

    An encrypted file opens with `key`, else $SALESDESK_PASSPHRASE or the keyring's
    (core/crypto.find_key); PassphraseRequiredError or WrongPassphraseError otherwise.
    """
    path = resolve_db_path(db_path)
    key = find_key(path, key)
    report = prepare(path, backup_dir_for(path), key=key)
    db = Database(path, key=key)
    with db.read() as session:
        current = reference_data_current(session)
    if not current:  # opening an up-to-date file writes nothing
        with db.write() as session:
            ensure_reference_data(session)
    return AppContext(db_path=path, db=db, migration=report)
