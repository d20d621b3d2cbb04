"""`salesdesk export KIND --out FILE [--format csv|xlsx|vcf|ics] [--all]`: records to a file.

Tables (CSV, XLSX) for every kind, vCard for contacts, ICS for calls; the format comes
from the file's suffix unless given. A rep exports their own records, `--all` (or a
sales manager) everything. Exit 0 with the count, 1 when the file cannot be written,
2 for a format the kind has not (or an unknown suffix).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..core.domain import Role

KINDS = ("accounts", "contacts", "leads", "deals", "calls")
FORMATS = ("csv", "xlsx", "vcf", "ics")
ONLY_FOR = {"vcf": "contacts", "ics": "calls"}  # formats one kind has
UNUSABLE = 2


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register `export` on the CLI's subparsers."""
    parser = subparsers.add_parser(
        "export",
        help="write accounts, contacts, leads, deals or calls to CSV, XLSX, vCard or ICS",
        description="Write live records to a file other tools read. CSV (UTF-8 with BOM) "
        "and XLSX for every kind, with SalesDesk's field names as headers so the file "
        "imports again as it is; vCard (.vcf) for contacts; ICS for calls. Text a "
        "spreadsheet would run as a formula is written with a leading '.",
    )
    parser.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    parser.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help="csv, xlsx, vcf (contacts) or ics (calls); default from the file's suffix",
    )
    parser.add_argument(
        "--vcard-version",
        choices=("3.0", "4.0"),
        default="3.0",
        help="vCard version for vcf (default 3.0, which most phones read)",
    )
    parser.add_argument(
        "--all",
        action="store_true",
        help="export every record, not only your own (a sales manager always gets all)",
    )
    return parser


def chosen_format(kind: str, out: str, given: str | None) -> tuple[str | None, str | None]:
    """(format, None) or (None, the reason it cannot be used)."""
    fmt = given or Path(out).suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        return None, f"cannot tell the format from {out!r}: give --format csv|xlsx|vcf|ics"
    if fmt in ONLY_FOR and ONLY_FOR[fmt] != kind:
        return None, f"{fmt} is only for {ONLY_FOR[fmt]}, not {kind}: use csv or xlsx"
    return fmt, None


def run(ctx: Any, args: argparse.Namespace) -> int:
    """Write the file; print how many records it holds."""
    fmt, problem = chosen_format(args.kind, args.out, args.format)
    if fmt is None:
        print(f"salesdesk export: error: {problem}", file=sys.stderr)
        return UNUSABLE
    from ..core.workspace import current_profile

    profile = current_profile(ctx.db)
    mine = profile is not None and not args.all and profile.role != Role.SALES_MANAGER
    owner = profile.id if mine else None
    if fmt == "ics":
        from ..core.calls.ics import export_ics
        from ..core.calls.listing import CallQuery

        count = export_ics(ctx.db, args.out, CallQuery(owner_id=owner))
    elif fmt == "vcf":
        from ..core.exports import export_vcards

        count = export_vcards(ctx.db, args.out, args.vcard_version, owner_id=owner)
    else:
        from ..core.exports import export_records

        count = export_records(ctx.db, args.kind, args.out, fmt, owner_id=owner)
    word = args.kind if count != 1 else args.kind[:-1]
    hint = " (yours; --all for everyone's)" if mine else ""
    print(f"Wrote {count} {word}{hint} to {args.out}.")
    return 0
