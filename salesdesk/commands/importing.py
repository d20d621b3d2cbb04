"""`salesdesk import KIND FILE [--preset P] [--mapping FILE.json] [--dry-run] [--json] ...`

Exit codes: 0 imported (or a clean dry run), 1 rows were rejected (nothing written unless
--skip-invalid), 2 the file or mapping cannot be used at all (nothing written).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

KINDS = ("accounts", "contacts", "leads", "deals")
PRESETS = ("hubspot", "salesforce")
ERRORS_SHOWN = 50  # the rest are in --json and --errors-csv


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Register `import` on the CLI's subparsers."""
    parser = subparsers.add_parser(
        "import",
        help="import accounts, contacts, leads or deals from a CSV or XLSX file",
        description="Import a CSV/XLSX export (HubSpot, Salesforce, a spreadsheet). Rows "
        "with a known record id or match key update their record; importing the same file "
        "twice adds nothing. By default any row error rejects the whole file.",
    )
    parser.add_argument("kind", choices=KINDS, help="what the file holds")
    parser.add_argument("file", type=Path, help="the CSV or XLSX file")
    parser.add_argument("--preset", choices=PRESETS, help="the tool that exported the file")
    parser.add_argument(
        "--mapping", type=Path, metavar="FILE.json", help='columns to fields: {"Header": "field"}'
    )
    parser.add_argument("--encoding", help="the file's text encoding (default: detected)")
    parser.add_argument("--delimiter", help="the CSV delimiter: , ; or tab (default: detected)")
    parser.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
    parser.add_argument(
        "--skip-invalid", action="store_true", help="import the valid rows, skip the rest"
    )
    parser.add_argument(
        "--match",
        metavar="FIELDS",
        help="comma-separated fields that identify a record without a source id "
        "(e.g. email, or name,city)",
    )
    parser.add_argument(
        "--phone-region",
        default="GB",
        type=_region,
        metavar="CC",
        help="country (ISO code) of phone numbers written without +country code, when the "
        "row has no country (default: GB)",
    )
    parser.add_argument("--errors-csv", type=Path, metavar="FILE", help="save the problems as CSV")
    parser.add_argument("--json", action="store_true", help="print JSON")
    return parser


def run(ctx, args: argparse.Namespace) -> int:
    from ..core.errors import SalesDeskError
    from ..core.imports.importer import ImportOptions, mapping_problems, run_import
    from ..core.imports.mapping import guess_mapping
    from ..core.imports.reading import ImportReadError, read_table
    from ..core.imports.report import NoRowsError, UnusableMappingError
    from ..core.workspace import current_profile

    try:
        if args.mapping is not None:
            mapping = _load_mapping(args.mapping)
        else:
            table = read_table(args.file, encoding=args.encoding, delimiter=args.delimiter)
            mapping = guess_mapping(table.headers, args.kind, args.preset)
            problems = mapping_problems(table, args.kind, mapping)
            if problems:
                raise UnusableMappingError(problems)
        options = ImportOptions(
            dry_run=args.dry_run,
            skip_invalid=args.skip_invalid,
            match_keys=_match_keys(args.match),
            preset=args.preset,
            encoding=args.encoding,
            delimiter=args.delimiter,
            phone_region=args.phone_region,
        )
        profile = current_profile(ctx.db)
        report = run_import(
            ctx.db,
            profile.id if profile else None,
            args.file,
            args.kind,
            mapping,
            options=options,
            progress=_progress if _show_progress(args) else None,
        )
    except (ImportReadError, UnusableMappingError, NoRowsError, _BadMappingFileError) as exc:
        if args.json:
            print(json.dumps({"error": str(exc)}, ensure_ascii=False))
        print(f"salesdesk: {exc} Nothing was imported.", file=sys.stderr)
        return 2
    except SalesDeskError:
        raise
    if _show_progress(args):
        print(file=sys.stderr)
    if args.errors_csv is not None:
        report.write_errors_csv(args.errors_csv)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False, default=str))
    else:
        _print(report, args)
    return 1 if report.errors else 0


class _BadMappingFileError(Exception):
    pass


def _load_mapping(path: Path) -> dict[str, str | None]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise _BadMappingFileError(f"{path} is not a readable JSON mapping ({exc}).") from exc
    if isinstance(data, dict) and isinstance(data.get("mapping"), dict):
        data = data["mapping"]
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in data.items()
    ):
        raise _BadMappingFileError(f'{path} must hold {{"column header": "field", ...}}.')
    return data


def _region(text: str) -> str:
    import phonenumbers

    code = text.strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise argparse.ArgumentTypeError(f"{text!r} is not a country code like GB, DE or US")
    return code


def _match_keys(text: str | None) -> tuple[str, ...] | None:
    if text is None:
        return None
    return tuple(k.strip() for k in text.split(",") if k.strip())


def _show_progress(args: argparse.Namespace) -> bool:
    """A running count on a terminal; nothing in a pipe or a log, nothing with --json."""
    return not args.json and sys.stderr.isatty()


def _progress(done: int, total: int) -> None:
    print(f"\rimporting: {done}/{total}", end="", file=sys.stderr, flush=True)


def _print(report, args: argparse.Namespace) -> None:
    counts = report.counts()
    if report.dry_run:
        print("Dry run: nothing was written.")
    elif report.refused:
        print("Rows were rejected: nothing was written (use --skip-invalid to import the rest).")
    for name in ("read", "created", "updated", "unchanged", "skipped", "errors"):
        print(f"  {name:<10} {counts[name]:>9,}")
    if report.geocode_queued:
        print(f"  {report.geocode_queued:,} accounts queued for geocoding")
    if report.duplicates_flagged:
        flagged = report.duplicates_flagged
        print(f"  {flagged:,} lead(s) flagged as duplicates (an earlier lead has the email)")
    problems = [*report.errors, *report.warnings]
    for problem in sorted(problems, key=lambda p: p.row)[:ERRORS_SHOWN]:
        kind = "warning" if problem.warning else "error"
        column = f" {problem.column}" if problem.column else ""
        value = f" {problem.value!r}" if problem.value else ""
        print(f"row {problem.row}{column}{value}: {kind}: {problem.reason}")
    if len(problems) > ERRORS_SHOWN:
        print(f"... and {len(problems) - ERRORS_SHOWN} more (see --json or --errors-csv)")
