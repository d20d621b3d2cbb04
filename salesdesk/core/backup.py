"""Verified copies of the database file, taken with VACUUM INTO, and restoring one.

VACUUM INTO is a single step, so a concurrent writer cannot stall it (the stepwise
backup API never finished under writes here, see shared/TECH_NOTES.md).

Rolling backups live in the backups folder beside the database and are named
`<stem>-YYYYMMDD-HHMMSS-ffffff-<reason>.sqlite3` (local time); the newest `keep` of a
database are kept (the setting `backup_keep`, 1 to 100, default 10). Reasons in use:
premigrate (start-up, before an upgrade), daily (the window, once a day), manual
(Back up now, `salesdesk backup`) and before-restore.

restore() never leaves a half-written database: the backup is checked, copied into a
temporary file beside the database and verified, the current data is backed up first
(or, if it is damaged, kept aside as `<name>.damaged-<timestamp>`), and only then does
one os.replace swap the files.

An encrypted database (core/crypto.py) passes its `key`: its backups are encrypted with
the same key (VACUUM INTO from an SQLCipher connection writes an encrypted copy).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from . import crypto
from .errors import CorruptDatabaseError, NotADatabaseError, SalesDeskError, StorageError
from .i18n import QT_TRANSLATE_NOOP

KEEP_SETTING = "backup_keep"
DEFAULT_KEEP = 10
KEEP_MIN, KEEP_MAX = 1, 100

JOURNALS = ("-wal", "-shm", "-journal")
REASONS = ("premigrate", "daily", "manual", "before-restore")
_REASON = r"[a-z][a-z-]*"
_STAMP = r"(\d{8})-(\d{6})-(\d{6})"
_ANY_BACKUP = re.compile(rf"(?P<stem>.+)-{_STAMP}-(?P<reason>{_REASON})\.sqlite3")


class BackupRejectedError(SalesDeskError):
    """The chosen backup cannot be restored (missing, damaged, not ours, too new)."""


class RestoreError(SalesDeskError):
    """The restore could not go ahead; the database was not changed."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # local time, from the file name
    reason: str
    size: int  # bytes
    schema_revision: str | None  # None if the file could not be read

    def as_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "taken_at": self.taken_at.isoformat(timespec="seconds"),
            "reason": self.reason,
            "size": self.size,
            "schema_revision": self.schema_revision,
        }


@dataclass(frozen=True)
class RestoreReport:
    restored: Path  # the backup that is now the database
    database: Path
    safety_backup: Path | None  # verified copy of the data that was replaced
    kept_aside: Path | None  # the damaged file, renamed (never deleted)


# taking backups ---------------------------------------------------------------------


def backup_to(source: Path, dest: Path, key: str | None = None) -> Path:
    """Copy `source` into the new file `dest` and verify the copy; return `dest`."""
    if dest.exists():
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors", "{dest} already exists; choose another name for the backup."
            ),
            dest=dest,
        )
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Could not create the folder for {dest}: {reason}"),
            dest=dest,
            reason=exc.strerror,
        ) from exc
    try:
        _vacuum_into(source, dest, key)
        _fsync(dest)
    except (*crypto.driver_errors(), OSError) as exc:
        dest.unlink(missing_ok=True)
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Could not write the backup {dest}: {reason}"),
            dest=dest,
            reason=getattr(exc, "strerror", None) or exc,
        ) from exc
    result = _integrity(dest, key)
    if result != "ok":
        dest.unlink(missing_ok=True)
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "The backup {dest} failed its integrity check: {result}"),
            dest=dest,
            result=result,
        )
    return dest


def rolling_backup(
    source: Path, backup_dir: Path, reason: str, keep: int | None = None, key: str | None = None
) -> Path:
    """Take a timestamped backup and drop the oldest beyond `keep` for this database.

    `keep=None` reads the `backup_keep` setting from `source` (10 if unset or unreadable).
    Old backups are removed only after the new one is written and verified.
    """
    if not re.fullmatch(_REASON, reason):
        raise ValueError(f"backup reason must be lower-case words joined by '-': {reason!r}")
    source = Path(source)
    if keep is None:
        keep = keep_from_file(source, key)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    dest = Path(backup_dir) / f"{source.stem}-{stamp}-{reason}.sqlite3"
    backup_to(source, dest, key)
    # Only this database's backups: "sales-old-2026..." is not a backup of "sales".
    mine = sorted(_own_backup_files(Path(backup_dir), source.stem))
    for old in mine[: -max(keep, 1)]:
        old.unlink(missing_ok=True)
    return dest


def backup_taken_on(backup_dir: Path, stem: str, day: date) -> bool:
    """True if a backup of database `stem` (for any reason) was taken on `day`."""
    return any(
        _parse_name(f.name)[1].date() == day for f in _own_backup_files(Path(backup_dir), stem)
    )


def daily_backup(
    source: Path, backup_dir: Path, today: date | None = None, key: str | None = None
) -> Path | None:
    """The once-a-day backup while the window is open: None if one was taken today already."""
    source = Path(source)
    if backup_taken_on(backup_dir, source.stem, today or date.today()):
        return None
    return rolling_backup(source, backup_dir, "daily", key=key)


# how many to keep -------------------------------------------------------------------


def _valid_keep(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if KEEP_MIN <= value <= KEEP_MAX else None


def backup_keep(db) -> int:
    """How many rolling backups of this database are kept (the setting, or 10)."""
    from .workspace import get_setting

    with db.read() as session:
        return _valid_keep(get_setting(session, KEEP_SETTING)) or DEFAULT_KEEP


def set_backup_keep(db, keep: int) -> int:
    """Save how many rolling backups to keep, 1 to 100; takes effect at the next backup."""
    from .workspace import set_setting

    if _valid_keep(keep) is None:
        raise SalesDeskError(
            QT_TRANSLATE_NOOP("Errors", "Keep from {low} to {high} backups, not {value}."),
            low=KEEP_MIN,
            high=KEEP_MAX,
            value=keep,
        )
    with db.write() as session:
        set_setting(session, KEEP_SETTING, keep)
    return keep


def keep_from_file(source: Path, key: str | None = None) -> int:
    """The keep setting read straight from the file (before anything opens it), else 10."""
    try:
        con = _connect_ro(Path(source), key)
        try:
            row = con.execute(
                "SELECT value FROM settings WHERE key = ?", (KEEP_SETTING,)
            ).fetchone()
        finally:
            con.close()
        value = row[0] if row else None
        if isinstance(value, str):  # JSON text; numbers come back as numbers (affinity)
            value = json.loads(value)
    except (*crypto.driver_errors(), SalesDeskError, ValueError, TypeError):
        return DEFAULT_KEEP
    return _valid_keep(value) or DEFAULT_KEEP


# listing ----------------------------------------------------------------------------


def list_backups(
    backup_dir: Path, stem: str | None = None, key: str | None = None
) -> list[BackupInfo]:
    """The rolling backups in `backup_dir` (of database `stem` only, if given), newest first."""
    folder = Path(backup_dir)
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for f in folder.glob("*.sqlite3"):
        parsed = _parse_name(f.name)
        if parsed is None or (stem is not None and parsed[0] != stem):
            continue
        try:
            size = f.stat().st_size
        except OSError:  # removed meanwhile
            continue
        found.append(BackupInfo(f, parsed[1], parsed[2], size, _revision_or_none(f, key)))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def _parse_name(name: str) -> tuple[str, datetime, str] | None:
    m = _ANY_BACKUP.fullmatch(name)
    if m is None:
        return None
    try:
        taken = datetime.strptime("".join(m.group(2, 3, 4)), "%Y%m%d%H%M%S%f")
    except ValueError:
        return None
    return m.group("stem"), taken, m.group("reason")


def _own_backup_files(backup_dir: Path, stem: str) -> list[Path]:
    if not backup_dir.is_dir():
        return []
    pattern = re.compile(rf"{re.escape(stem)}-{_STAMP}-{_REASON}\.sqlite3")
    return [f for f in backup_dir.glob("*.sqlite3") if pattern.fullmatch(f.name)]


def _revision_or_none(path: Path, key: str | None = None) -> str | None:
    try:
        con = _connect_ro(path, _key_for(path, key))
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except (*crypto.driver_errors(), SalesDeskError):
        return None
    return row[0] if row else None


# restoring --------------------------------------------------------------------------


def verify_backup(path: Path, key: str | None = None) -> str:
    """Check `path` can be restored; return its schema revision.

    It must be an SQLite file that passes integrity_check, hold a SalesDesk schema, and
    not come from a newer SalesDesk. Raises BackupRejectedError otherwise.
    """
    from .db import check_file
    from .migrate import SCHEMA_HEAD, current_revision

    path = Path(path)
    if not path.is_file():
        raise BackupRejectedError(
            QT_TRANSLATE_NOOP("Errors", "The backup {path} does not exist."), path=path
        )
    if path.stat().st_size == 0:
        raise _not_salesdesk(path)
    key = _key_for(path, key)
    try:
        check_file(path, key)
    except NotADatabaseError as exc:
        raise BackupRejectedError(
            QT_TRANSLATE_NOOP(
                "Errors", "The backup {path} is not an SQLite file. Nothing was changed."
            ),
            path=path,
        ) from exc
    except CorruptDatabaseError as exc:
        raise _damaged(path, exc.params.get("detail", exc)) from exc
    result = _integrity(path, key)
    if result != "ok":
        raise _damaged(path, result)
    try:
        revision = current_revision(path, key)
    except NotADatabaseError as exc:
        raise _not_salesdesk(path) from exc
    except crypto.driver_errors() as exc:
        raise _damaged(path, exc) from exc
    if revision is None:
        raise _not_salesdesk(path)
    if revision != SCHEMA_HEAD and not _known_revision(revision):
        raise BackupRejectedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The backup {path} was written by a newer version of SalesDesk (schema "
                "{revision}). Update SalesDesk to restore it; nothing was changed.",
            ),
            path=path,
            revision=revision,
        )
    return revision


def restore(
    db_path: Path,
    backup_file: Path,
    backup_dir: Path,
    progress: Callable[[str], None] | None = None,
    key: str | None = None,
) -> RestoreReport:
    """Make `backup_file` the database at `db_path`; the current data is kept first.

    Steps: verify the backup; copy it into a temporary file beside the database and verify
    the copy; if the current file is sound, take a verified backup of it (reason
    before-restore), else keep it aside as `<name>.damaged-<timestamp>`; remove the old
    file's -wal/-shm safely; os.replace. Any failure before the swap leaves the database
    as it was. Refuses while another connection has the file open. `key` is the
    passphrase of an encrypted database; the restored file is encrypted or not as the
    backup is.
    """
    db_path = Path(db_path).resolve()
    backup_file = Path(backup_file).resolve()
    backup_dir = Path(backup_dir)
    step = progress or (lambda _what: None)
    if backup_file == db_path:
        raise BackupRejectedError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is the database itself; choose one of its backups."
            ),
            path=backup_file,
        )
    step("verify")
    verify_backup(backup_file, key)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    temp = db_path.with_name(f".{db_path.name}.restoring-{os.getpid()}")
    _remove_database_file(temp)
    try:
        step("copy")
        _copy_verified(backup_file, temp, _key_for(backup_file, key))
        step("current")
        safety, aside = _set_current_aside(db_path, backup_dir, key)
        step("replace")
        try:
            os.replace(temp, db_path)
        except OSError as exc:
            raise _could_not(exc) from exc
        _fsync_dir(db_path.parent)
    finally:
        _remove_database_file(temp)
    return RestoreReport(backup_file, db_path, safety, aside)


def restore_latest(db_path: Path, backup_dir: Path, key: str | None = None) -> RestoreReport:
    """Restore the newest backup of this database that passes verification."""
    db_path = Path(db_path).resolve()
    candidates = list_backups(backup_dir, stem=db_path.stem)
    for info in candidates:
        try:
            return restore(db_path, info.path, backup_dir, key=key)
        except (BackupRejectedError, crypto.WrongPassphraseError, crypto.NotEncryptedError):
            continue  # damaged or unreadable: try the one before
    raise RestoreError(
        QT_TRANSLATE_NOOP(
            "Errors", "No usable backup of {name} was found in {folder}. Nothing was changed."
        ),
        name=db_path.name,
        folder=backup_dir,
    )


def damage_of(path: Path, key: str | None = None) -> str | None:
    """None if the database file is sound (or absent), else what is wrong with it."""
    from .db import check_file, integrity_problem

    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        check_file(path, key)
    except (NotADatabaseError, CorruptDatabaseError) as exc:
        return str(exc)
    return integrity_problem(path, key=key)


def _set_current_aside(
    db_path: Path, backup_dir: Path, key: str | None = None
) -> tuple[Path | None, Path | None]:
    """Back up the current file (sound) or keep it aside (damaged); clear its -wal/-shm."""
    if not db_path.exists():
        for suffix in JOURNALS:  # a journal without its database is stale
            _keep_aside_or_remove(Path(f"{db_path}{suffix}"), None)
        return None, None
    if damage_of(db_path, key) is None:
        _close_journal(db_path, key)  # also proves nobody else has it open
        try:
            safety = rolling_backup(db_path, backup_dir, "before-restore", key=key)
        except StorageError as exc:
            raise RestoreError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The current data could not be backed up first ({detail}), so nothing "
                    "was restored.",
                ),
                detail=exc,
            ) from exc
        _close_journal(db_path, key)  # nobody opened it meanwhile
        Path(f"{db_path}-shm").unlink(missing_ok=True)  # -wal is gone in rollback mode
        return safety, None
    return None, _keep_damaged_aside(db_path)


def _close_journal(db_path: Path, key: str | None = None) -> None:
    """Checkpoint the WAL into the file and leave WAL mode, which deletes the -wal.

    SQLite can only do this with no other connection open: "locked" means SalesDesk (or
    another program) is using the file, and the restore must not go ahead.
    """
    try:
        con = crypto.connect(db_path, key, timeout=1)
        try:
            mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        finally:
            con.close()
    except crypto.driver_errors() as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise _in_use(db_path) from exc
        raise _could_not(exc) from exc
    if str(mode).lower() != "delete":
        raise _in_use(db_path)


def _keep_damaged_aside(db_path: Path) -> Path:
    """Rename the damaged file (and its -wal/-shm) to <name>.damaged-<timestamp>[-wal]."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    n = 1
    while aside.exists():
        aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}-{n}")
        n += 1
    try:
        # A hard link keeps the damaged file and leaves no moment without a database;
        # os.replace then swaps the new file in. Without links: a byte copy, synced.
        try:
            os.link(db_path, aside)
        except OSError:
            _copy_bytes(db_path, aside)
        # Its journals go with it: left beside the new file they would be replayed into it.
        # The -shm is only an index of the -wal, and an empty journal holds nothing.
        for suffix in JOURNALS:
            journal = Path(f"{db_path}{suffix}")
            worth_keeping = suffix != "-shm" and journal.exists() and journal.stat().st_size
            _keep_aside_or_remove(journal, Path(f"{aside}{suffix}") if worth_keeping else None)
    except OSError as exc:
        raise _could_not(exc) from exc
    return aside


def _keep_aside_or_remove(journal: Path, aside: Path | None) -> None:
    if not journal.exists():
        return
    if aside is None:
        journal.unlink()
    else:
        os.replace(journal, aside)


def _copy_verified(backup_file: Path, temp: Path, key: str | None = None) -> None:
    try:
        _vacuum_into(backup_file, temp, key)
        _fsync(temp)
    except (*crypto.driver_errors(), OSError) as exc:
        raise _could_not(exc) from exc
    result = _integrity(temp, key)
    if result != "ok":
        raise _damaged(backup_file, result)


def _remove_database_file(path: Path) -> None:
    for p in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(OSError):
            p.unlink(missing_ok=True)


# helpers ----------------------------------------------------------------------------


def _key_for(path: Path, key: str | None) -> str | None:
    """A backup is encrypted (with the database's key) or plain, whatever the database is now."""
    return key if crypto.is_encrypted(path) else None


def _connect_ro(path: Path, key: str | None = None):
    return crypto.connect(path, key, readonly=True)


def _vacuum_into(source: Path, dest: Path, key: str | None = None) -> None:
    """One VACUUM INTO step (never the stepwise backup API: it stalls under writes)."""
    con = crypto.connect(source, key)
    try:
        con.execute("VACUUM INTO ?", (str(dest),))
    finally:
        con.close()


def _integrity(path: Path, key: str | None = None) -> str:
    try:
        con = _connect_ro(path, key)
        try:
            rows = [r[0] for r in con.execute("PRAGMA integrity_check(20)")]
        finally:
            con.close()
    except (*crypto.driver_errors(), SalesDeskError) as exc:
        return str(exc)
    return "ok" if rows == ["ok"] else "; ".join(rows)


def _known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    from .migrate import alembic_config

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def _fsync(path: Path) -> None:
    with open(path, "r+b") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory handles to sync; NTFS journals the rename
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_bytes(source: Path, dest: Path) -> None:
    with open(source, "rb") as src, open(dest, "xb") as out:
        while chunk := src.read(1 << 20):
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())


def _damaged(path: Path, detail: object) -> BackupRejectedError:
    return BackupRejectedError(
        QT_TRANSLATE_NOOP(
            "Errors", "The backup {path} is damaged ({detail}). Nothing was changed."
        ),
        path=path,
        detail=detail,
    )


def _not_salesdesk(path: Path) -> BackupRejectedError:
    return BackupRejectedError(
        QT_TRANSLATE_NOOP(
            "Errors", "The backup {path} is not a SalesDesk database. Nothing was changed."
        ),
        path=path,
    )


def _in_use(path: Path) -> RestoreError:
    return RestoreError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is open in SalesDesk or another program. Close it there and try again; "
            "nothing was changed.",
        ),
        path=path,
    )


def _could_not(exc: BaseException) -> RestoreError:
    return RestoreError(
        QT_TRANSLATE_NOOP(
            "Errors", "Could not restore the backup ({reason}). Nothing was changed."
        ),
        reason=getattr(exc, "strerror", None) or exc,
    )
