"""`salesdesk backup [--out FILE]`: write a verified copy of the database;
`salesdesk backup list [--json]`: the rolling backups of the database, newest first.

Taking a backup works on the opened database (ctx from open_context, as before);
`backup list` only reads the backups folder and runs with ctx=None.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register `backup` and `backup list`; `subparsers` is what add_subparsers() returned."""
    backup = subparsers.add_parser(
        "backup",
        help="write a verified copy of the database, or list the backups",
        description="Without an action, write a verified copy (VACUUM INTO, then "
        "integrity_check) into the backups folder beside the database, keeping the newest "
        "ones (Settings, Data: 10 unless changed), or to --out FILE.",
    )
    backup.add_argument("--out", metavar="FILE", help="backup file (default: the backups folder)")
    actions = backup.add_subparsers(dest="backup_command", metavar="ACTION")
    listing = actions.add_parser(
        "list",
        help="the backups in the backups folder, newest first",
        description="The rolling backups of this database: when, why, size and schema.",
    )
    listing.add_argument("--json", action="store_true", help="print JSON")
    return backup


def needs_database(args: argparse.Namespace) -> bool:
    """False for `backup list`: the CLI can call run(None, args) without opening anything."""
    return getattr(args, "backup_command", None) != "list"


def run(ctx: Any, args: argparse.Namespace) -> int:
    if getattr(args, "backup_command", None) == "list":
        return _list(ctx, args)
    from ..core.backup import backup_to, rolling_backup

    dest = (
        backup_to(ctx.db_path, Path(args.out).expanduser(), key=ctx.db.key)
        if args.out
        else rolling_backup(ctx.db_path, ctx.backup_dir, "manual", key=ctx.db.key)
    )
    print(f"Backup written and verified: {dest}")
    return 0


def _list(ctx: Any, args: argparse.Namespace) -> int:
    from ..bootstrap import backup_dir_for, resolve_db_path
    from ..core.backup import list_backups

    db_path = ctx.db_path if ctx is not None else resolve_db_path(args.db)
    folder = backup_dir_for(db_path)
    backups = list_backups(folder, stem=db_path.stem)
    if args.json:
        print(json.dumps([b.as_json() for b in backups], indent=2, ensure_ascii=False))
        return 0
    if not backups:
        print(f"No backups of {db_path.name} in {folder}")
        return 0
    print(f"Backups of {db_path} (newest first):")
    print(f"  {'taken':<19}  {'reason':<14}  {'size':>10}  {'schema':<6}  file")
    for b in backups:
        print(
            f"  {b.taken_at:%Y-%m-%d %H:%M:%S}  {b.reason:<14}  {_size(b.size):>10}  "
            f"{b.schema_revision or '?':<6}  {b.path.name}"
        )
    return 0


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:,} {unit}" if unit == "B" else f"{n:,.1f} {unit}"
        n /= 1024
    return str(n)  # pragma: no cover
