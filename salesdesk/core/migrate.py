"""Bring a database file to the current schema, safely.

Order on open: refuse a file that is not SQLite or is damaged, refuse one written by
a newer SalesDesk, take a verified backup, then upgrade inside one transaction with
foreign keys off (a batch table rebuild with ON DELETE CASCADE silently deleted child
rows otherwise) and a foreign_key_check before commit.

An upgrade that fails leaves the file as it was: the rollback normally does (the file is
then byte for byte the same), and if the file did change anyway (a migration that
committed part-way) the backup taken just before is put back. Either way the user gets
a MigrationError saying which of the two happened.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .backup import rolling_backup
from .crypto import connect
from .db import check_file, make_engine
from .errors import DatabaseTooNewError, MigrationError, NotADatabaseError
from .i18n import QT_TRANSLATE_NOOP

MIGRATIONS_DIR = Path(__file__).resolve().parents[1] / "migrations"
# The newest revision in migrations/versions. Kept here so opening an up-to-date file
# never imports Alembic (a quarter of a second of start-up); a test checks it is true.
SCHEMA_HEAD = "0006"


@dataclass(frozen=True)
class MigrationReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def migrated(self) -> bool:
        return self.from_revision != self.to_revision


def alembic_config(migrations: Path = MIGRATIONS_DIR):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations))
    return cfg


def head_revision() -> str:
    return SCHEMA_HEAD


@cache
def alembic_head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(path: Path, key: str | None = None) -> str | None:
    """The schema revision stored in the file, or None for a new or empty file."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    con = connect(path, key, readonly=True)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            if tables - {"sqlite_sequence"}:
                raise NotADatabaseError(str(path))
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        con.close()


def _known(revision: str, migrations: Path) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    try:
        script = ScriptDirectory.from_config(alembic_config(migrations))
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def prepare(
    path: Path,
    backup_dir: Path,
    migrations: Path = MIGRATIONS_DIR,
    head: str = SCHEMA_HEAD,
    key: str | None = None,
) -> MigrationReport:
    """Check `path`, back it up if it holds data, and migrate it to `head`.

    If the upgrade fails, the file is left as it was (rolled back, or the backup put
    back) and MigrationError says which. `migrations` and `head` are only changed by
    tests that try an upgrade path.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    check_file(path, key)
    current = current_revision(path, key)
    if current == head:
        return MigrationReport(current, head, None)
    if current is not None and not _known(current, migrations):
        raise DatabaseTooNewError(str(path), current)
    present = path.exists()
    holds_data = present and path.stat().st_size > 0
    backup = rolling_backup(path, backup_dir, "premigrate", key=key) if holds_data else None
    before = _digest(path) if holds_data else None
    try:
        _upgrade(path, migrations, head, key)
    except Exception as exc:
        error = _undo(path, present, backup, before, exc)
        if error is exc:
            raise
        raise error from exc
    return MigrationReport(current, head, backup)


_JOURNALS = ("-wal", "-shm", "-journal")


def _digest(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "blake2b").hexdigest()


def _undo(
    path: Path, present: bool, backup: Path | None, before: str | None, exc: Exception
) -> MigrationError:
    """Leave `path` as it was before the failed upgrade; the error to show the user."""
    original = getattr(exc, "orig", None) or exc
    detail = (str(original).strip().splitlines() or [type(original).__name__])[0]
    unchanged = MigrationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database upgrade failed ({detail}). It was rolled back and the file "
            "was not changed.",
        ),
        detail=detail,
    )
    if backup is None or before is None:  # a new, empty file: drop what the upgrade made
        for suffix in _JOURNALS:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        if present:
            path.write_bytes(b"")
        else:
            path.unlink(missing_ok=True)
        return unchanged
    wal = Path(f"{path}-wal")
    if _digest(path) == before and not (wal.exists() and wal.stat().st_size > 0):
        # The rollback kept the file intact; our own link check already says so.
        return exc if isinstance(exc, MigrationError) else unchanged
    try:
        _put_back(backup, path)
    except OSError as err:
        return MigrationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database upgrade failed ({detail}) after changing the file, and the "
                "backup taken just before could not be put back ({reason}). Do not use "
                "{path}: restore the backup {backup} first.",
            ),
            detail=detail,
            reason=err.strerror or err,
            path=path,
            backup=backup,
        )
    return MigrationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database upgrade failed ({detail}) after changing the file, so the "
            "backup taken just before it was restored: nothing was lost. The backup "
            "stays in {backup}.",
        ),
        detail=detail,
        backup=backup,
    )


def _put_back(backup: Path, path: Path) -> None:
    """Make `path` a byte copy of `backup`: copied and synced beside it, one os.replace."""
    temp = path.with_name(f".{path.name}.restoring-{os.getpid()}")
    try:
        shutil.copyfile(backup, temp)
        with temp.open("r+b") as fh:
            os.fsync(fh.fileno())
        # The failed upgrade's journals would be replayed into the restored file.
        for suffix in _JOURNALS:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    if os.name == "posix":  # make the rename itself durable
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _upgrade(path: Path, migrations: Path, head: str, key: str | None = None) -> None:
    from alembic import command

    engine = make_engine(path, key)
    try:
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            raw.execute("PRAGMA foreign_keys=OFF")
            try:
                with conn.begin():
                    cfg = alembic_config(migrations)
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, head)
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise MigrationError(
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "The upgrade would break {count} links between records; "
                                "it was rolled back and nothing changed.",
                            ),
                            count=len(broken),
                        )
            finally:
                raw.execute("PRAGMA foreign_keys=ON")
    finally:
        engine.dispose()
