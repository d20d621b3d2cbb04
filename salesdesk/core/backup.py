"""Verified copies of the database file, taken with VACUUM INTO.

VACUUM INTO is a single step, so a concurrent writer cannot stall it (the stepwise
backup API never finished under writes here, see shared/TECH_NOTES.md).
"""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime
from pathlib import Path

from .errors import StorageError
from .i18n import QT_TRANSLATE_NOOP


def backup_to(source: Path, dest: Path) -> Path:
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
    con = sqlite3.connect(source)
    try:
        con.execute("VACUUM INTO ?", (str(dest),))
    except sqlite3.OperationalError as exc:
        dest.unlink(missing_ok=True)
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Could not write the backup {dest}: {reason}"),
            dest=dest,
            reason=exc,
        ) from exc
    finally:
        con.close()
    check = sqlite3.connect(dest)
    try:
        result = check.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        check.close()
    if result != "ok":
        dest.unlink(missing_ok=True)
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "The backup {dest} failed its integrity check: {result}"),
            dest=dest,
            result=result,
        )
    return dest


def rolling_backup(source: Path, backup_dir: Path, reason: str, keep: int = 10) -> Path:
    """Take a timestamped backup and drop the oldest beyond `keep` for this database."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    dest = backup_dir / f"{source.stem}-{stamp}-{reason}.sqlite3"
    backup_to(source, dest)
    # Only this database's backups: "sales-old-2026..." is not a backup of "sales".
    pattern = re.compile(rf"{re.escape(source.stem)}-\d{{8}}-\d{{6}}-\d{{6}}-[a-z]+\.sqlite3")
    mine = sorted(f for f in backup_dir.glob("*.sqlite3") if pattern.fullmatch(f.name))
    for old in mine[:-keep]:
        old.unlink(missing_ok=True)
    return dest
