"""`salesdesk calls list|export-ics|import-ics`: the call list, and calls to and from calendars.

Dates on the command line are local days (YYYY-MM-DD), `--to` included. Like `rank`, a
rep sees their own calls and a sales manager everyone's (`--all` for everyone's).
`import-ics` exits 0 when every event was imported or already known, 1 when some were
skipped (each listed with its reason) and 2 when the file cannot be used at all.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, date, datetime, timedelta
from typing import Any

from ..core.domain import CallStage, Role
from ..core.errors import SalesDeskError
from ..core.i18n import QT_TRANSLATE_NOOP
from . import clean_text, fit_text

NO_PROFILE = QT_TRANSLATE_NOOP(
    "Errors", "There is no profile yet to own the calls: run 'salesdesk profile' first."
)
SOME_SKIPPED, UNUSABLE = 1, 2


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register `calls` on the CLI's subparsers."""
    calls = subparsers.add_parser(
        "calls", help="list calls; export them to or import meetings from an ICS calendar"
    )
    actions = calls.add_subparsers(dest="calls_command", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list",
        help="calls as a table or JSON, oldest first",
        description="Your calls (a sales manager: the team's) with local date and time, "
        "account, type, stage and objective.",
    )
    _add_range(listing)
    listing.add_argument("--account", metavar="TEXT", help="account name contains TEXT")
    listing.add_argument(
        "--stage", choices=[s.value for s in CallStage], help="only calls at this stage"
    )
    listing.add_argument("--all", action="store_true", help="everyone's calls, not only yours")
    listing.add_argument("--json", action="store_true", help="print JSON")

    export = actions.add_parser(
        "export-ics",
        help="write calls to an ICS calendar file",
        description="Write your calls with a start time as calendar events (UTC) with the "
        "account's address, the objective, questions and materials, and the attendees. "
        "Cancelled calls are left out unless asked for. The file is replaced in one step.",
    )
    export.add_argument("--out", required=True, metavar="FILE", help="the .ics file to write")
    _add_range(export)
    export.add_argument("--all", action="store_true", help="everyone's calls, not only yours")
    export.add_argument(
        "--include-cancelled", action="store_true", help="also cancelled calls (as CANCELLED)"
    )

    imports = actions.add_parser(
        "import-ics",
        help="import the meetings of an ICS calendar file as planned calls",
        description="Each event becomes your planned call with the account its attendees, "
        "title, location or email domains point to. Importing the same file again adds "
        "nothing; changed times update the calls not yet run; cancelled meetings cancel "
        "them. Events that cannot be imported are listed with the reason (exit code 1); a "
        "file that is not a calendar changes nothing (exit code 2).",
    )
    imports.add_argument("file", metavar="FILE", help="the .ics file to read")
    imports.add_argument("--json", action="store_true", help="print JSON")
    return calls


def _add_range(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from", dest="date_from", type=local_day, metavar="YYYY-MM-DD", help="from this day"
    )
    parser.add_argument(
        "--to", dest="date_to", type=local_day, metavar="YYYY-MM-DD", help="up to this day"
    )


def local_day(text: str) -> date:
    """An argparse type: a calendar day written YYYY-MM-DD."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a real day written YYYY-MM-DD, not {text!r}"
        ) from None


def run(ctx: Any, args: argparse.Namespace) -> int:
    """Run one `calls` action; returns the exit code."""
    if args.calls_command == "import-ics":
        return _import(ctx, args)
    if args.date_from and args.date_to and args.date_from > args.date_to:
        print("salesdesk calls: --from is after --to.", file=sys.stderr)
        return UNUSABLE
    if args.calls_command == "export-ics":
        return _export(ctx, args)
    return _list(ctx, args)


def _query(ctx: Any, args: argparse.Namespace, **extra: Any):
    from ..core.calls.listing import CallQuery
    from ..core.today import utc_start_of
    from ..core.workspace import current_profile

    profile = current_profile(ctx.db)
    mine = profile is not None and not args.all and profile.role != Role.SALES_MANAGER
    return CallQuery(
        date_from=utc_start_of(args.date_from) if args.date_from else None,
        date_to=utc_start_of(args.date_to + timedelta(days=1)) if args.date_to else None,
        owner_id=profile.id if mine else None,
        sort="start",
        descending=False,
        **extra,
    )


def _list(ctx: Any, args: argparse.Namespace) -> int:
    from ..core.calls.listing import call_ids, call_rows

    text = (args.account or "").strip()
    query = _query(ctx, args, stage=CallStage(args.stage) if args.stage else None, text=text)
    ids = call_ids(ctx.db, query)
    rows = call_rows(ctx.db, ids)
    # The query's text also matches towns and objectives: keep the account names only.
    shown = [rows[i] for i in ids if i in rows and text.casefold() in rows[i].account.casefold()]
    if args.json:
        print(json.dumps([_as_json(r) for r in shown], indent=2, ensure_ascii=False))
        return 0
    if not shown:
        print("No calls match.")
        return 0
    print(f"{'when':<16}  {'account':<30}  {'type':<6}  {'stage':<11}  objective")
    for r in shown:
        when = _local(r.start).strftime("%Y-%m-%d %H:%M") if r.start else "(no time)"
        print(
            f"{when:<16}  {fit_text(r.account, 30)}  {r.call_type:<6}  {r.stage.value:<11}  "
            f"{fit_text(r.objective or '', 60).rstrip()}"
        )
    print(f"\n{len(shown)} {'call' if len(shown) == 1 else 'calls'}.")
    return 0


def _as_json(r) -> dict:
    return {
        "id": str(r.id),
        "start": _local(r.start).isoformat() if r.start else None,
        "end": _local(r.start + timedelta(minutes=r.duration_min)).isoformat() if r.start else None,
        "duration_min": r.duration_min,
        "account_id": str(r.account_id),
        "account": r.account,
        "city": r.city,
        "type": r.call_type,
        "stage": r.stage.value,
        "objective": r.objective,
        "outcome": r.outcome,
        "owner": r.owner,
        "reviewer": r.reviewer,
    }


def _export(ctx: Any, args: argparse.Namespace) -> int:
    from ..core.calls.ics import export_ics

    count = export_ics(
        ctx.db, args.out, _query(ctx, args), include_cancelled=args.include_cancelled
    )
    print(f"Wrote {count} {'event' if count == 1 else 'events'} to {args.out}.")
    return 0


def _import(ctx: Any, args: argparse.Namespace) -> int:
    from ..core.calls.ics import IcsFileError, import_ics
    from ..core.workspace import current_profile

    profile = current_profile(ctx.db)
    if profile is None or profile.id is None:
        raise SalesDeskError(NO_PROFILE)
    try:
        report = import_ics(ctx.db, profile.id, args.file)
    except IcsFileError as exc:
        print(f"salesdesk: {exc}", file=sys.stderr)
        return UNUSABLE
    if args.json:
        data = {
            "file": args.file,
            "created": len(report.created),
            "updated": len(report.updated),
            "unchanged": len(report.unchanged),
            "cancelled": len(report.cancelled),
            "skipped": [_issue(i) for i in report.skipped],
            "kept": [_issue(i) for i in report.kept],
        }
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        lines = report.lines()
        print(f"{clean_text(args.file)}: {lines[0]}")
        for line in lines[1:]:
            print(clean_text(line))
    return SOME_SKIPPED if report.skipped else 0


def _issue(issue) -> dict:
    return {
        "index": issue.index,
        "uid": issue.uid,
        "summary": issue.summary,
        "reason": issue.text(),
    }


def _local(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC).astimezone()
