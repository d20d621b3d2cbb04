"""`salesdesk restore FILE` / `salesdesk restore --latest`: put a backup in place of the
database. The current data is backed up first (or, if damaged, kept aside renamed).

Runs with ctx=None: the CLI must not open the database it is about to replace (restore
refuses while any connection, in this process or another, has the file open).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    restore = subparsers.add_parser(
        "restore",
        help="replace the database with a backup (the current data is backed up first)",
        description="Check the backup (an SQLite SalesDesk file that passes integrity_check "
        "and is not from a newer SalesDesk), back up the current data (a damaged file is "
        "kept aside as NAME.damaged-TIMESTAMP instead), then swap the files in one step. "
        "Close SalesDesk first: a database in use is not replaced.",
    )
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("file", nargs="?", metavar="FILE", help="the backup file to restore")
    which.add_argument(
        "--latest",
        action="store_true",
        help="the newest backup in the backups folder that passes the checks",
    )
    return restore


def run(ctx: Any, args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..bootstrap import backup_dir_for, resolve_db_path
    from ..core.backup import restore, restore_latest

    if ctx is not None:  # pragma: no cover - the CLI passes None; see the module docstring
        print("salesdesk: restore must run without the database open", file=sys.stderr)
        return 2
    from .crypt import key_for

    db_path = resolve_db_path(args.db)
    folder = backup_dir_for(db_path)
    key = key_for(db_path)
    if args.latest:
        report = restore_latest(db_path, folder, key=key)
    else:
        report = restore(db_path, Path(args.file).expanduser(), folder, key=key)
    print(f"Restored {report.restored} into {report.database}.")
    if report.safety_backup is not None:
        print(f"The data it replaced was backed up first: {report.safety_backup}")
    if report.kept_aside is not None:
        print(f"The damaged file was kept as {report.kept_aside}")
    return 0
