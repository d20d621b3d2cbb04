"""`salesdesk report NAME`: one of the dashboard's reports, as a table or a file.

`salesdesk report list` (or `--list`) names them. The period is this month unless
`--from`/`--to` say otherwise (YYYY-MM-DD, `--to` included; one of them alone means
its month's other end). `--rep` (repeatable) and `--territory` take a name or an id.
Formats: `text` (an aligned table, the default), `json` and `csv` (to stdout without
`--out`), `xlsx` and `pdf` (need `--out`); with `--out` alone the file's suffix says.
Files are written whole or not at all.
Exit 2 for an unknown report, bad dates or a missing `--out`.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from . import clean_text, fit_text
from .calls import local_day

FORMATS = ("text", "json", "csv", "xlsx", "pdf")
TEXT_WIDTH = 28  # the widest a text column gets in the terminal table


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register `report` on the CLI's subparsers."""
    parser = subparsers.add_parser(
        "report",
        help="run a dashboard report (pipeline, forecast, activities, ...) or export it",
        description="Run one of the dashboard's reports for a period, rep and territory, "
        "and print it or export it to CSV, XLSX, PDF or JSON. `salesdesk report list` "
        "names the reports.",
    )
    parser.add_argument("name", nargs="?", metavar="NAME", help="the report, or `list`")
    parser.add_argument("--list", action="store_true", help="name the reports and stop")
    parser.add_argument(
        "--from", dest="date_from", type=local_day, metavar="YYYY-MM-DD", help="first day"
    )
    parser.add_argument(
        "--to", dest="date_to", type=local_day, metavar="YYYY-MM-DD", help="last day (included)"
    )
    parser.add_argument(
        "--rep",
        action="append",
        metavar="NAME-or-ID",
        help="only this rep (repeat for several; default every rep)",
    )
    parser.add_argument("--territory", metavar="NAME-or-ID", help="only this territory")
    parser.add_argument("--format", choices=FORMATS, default="text", help="default text")
    parser.add_argument("--out", metavar="FILE", help="write to FILE (xlsx and pdf need it)")
    return parser


def run(ctx: Any, args: argparse.Namespace) -> int:
    from ..core.reports import REPORTS, ReportFilter, export_report, run_report
    from ..core.workspace import current_profile
    from ..documents.territory_book import find_rep, find_territory

    if args.list or args.name in (None, "list"):
        for spec in REPORTS:
            print(f"{spec.name:<12} {spec.title}")
        return 0
    known = [s.name for s in REPORTS]
    if args.name not in known:
        print(
            f"salesdesk report: there is no report called {clean_text(args.name)!r}. "
            f"Reports: {', '.join(known)}.",
            file=sys.stderr,
        )
        return 2
    start, end = period(args.date_from, args.date_to)
    if start > end:
        print("salesdesk report: --from is after --to.", file=sys.stderr)
        return 2
    if args.format in ("xlsx", "pdf") and not args.out:
        print(f"salesdesk report: --format {args.format} needs --out FILE.", file=sys.stderr)
        return 2
    reps = tuple(find_rep(ctx.db, text)[0] for text in args.rep) if args.rep else None
    territory = find_territory(ctx.db, args.territory)[0] if args.territory else None
    report = run_report(ctx.db, args.name, ReportFilter(start, end, reps, territory))
    profile = current_profile(ctx.db)
    currency = profile.currency if profile is not None else "GBP"
    if args.out:
        fmt = args.format
        if fmt == "text":  # the file's suffix says, as `salesdesk export` reads it
            fmt = Path(args.out).suffix.lower().lstrip(".")
        if fmt not in ("csv", "xlsx", "pdf", "json"):
            print(
                "salesdesk report: --out needs --format csv, xlsx, pdf or json "
                "(or a file ending in one of them).",
                file=sys.stderr,
            )
            return 2
        export_report(report, args.out, fmt, currency=currency)
        print(f"{len(report.rows)} rows written to {args.out}.")
        return 0
    if args.format == "json":
        from ..core.reports.exports import as_json

        print(json.dumps(as_json(report), indent=1, ensure_ascii=False))
    elif args.format == "csv":
        _print_csv(report)
    else:
        _print_table(report, currency)
    return 0


def period(start: date | None, end: date | None) -> tuple[date, date]:
    """The period asked for: this month by default; a lone end is filled from its month."""
    from ..core.deals.common import month_start, next_month

    if start is None:
        start = month_start(end or date.today())
    if end is None:
        end = next_month(start) - timedelta(days=1)
    return start, end


def _print_csv(report) -> None:
    from ..core.exports.files import cell_value
    from ..core.exports.writers import csv_cell

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow([csv_cell(cell_value(c.label)) for c in report.columns])
    for row in report.rows:
        writer.writerow([csv_cell(cell_value(v)) for v in row])


def _print_table(report, currency: str) -> None:
    from ..core.reports.base import Kind
    from ..core.reports.values import filter_line, note_text, shown

    print(clean_text(report.title))
    print(clean_text(filter_line(report)))
    print()
    if not report.rows:
        print("Nothing to show for this period and filter.")
    else:
        kinds = [c.kind for c in report.columns]
        cells = [
            [shown(v, k, currency) for v, k in zip(row, kinds, strict=True)] for row in report.rows
        ]
        widths = []
        for i, column in enumerate(report.columns):
            wide = max(len(column.label), *(len(r[i]) for r in cells))
            widths.append(min(wide, TEXT_WIDTH) if kinds[i] == Kind.TEXT else wide)

        def line(values: list[str]) -> str:
            out = []
            for value, width, kind in zip(values, widths, kinds, strict=True):
                text = fit_text(value, width)
                out.append(text if kind in (Kind.TEXT, Kind.DATE) else text.strip().rjust(width))
            return "  ".join(out).rstrip()

        print(line([c.label for c in report.columns]))
        print("  ".join("-" * w for w in widths))
        for row in cells:
            print(line(row))
    for note in report.notes:
        print()
        print(clean_text(note_text(note)))
