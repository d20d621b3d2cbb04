"""`salesdesk route solve FILE.json [--json]`: optimise a day's route from a stop file;
`salesdesk route day DATE [--json|--gpx FILE|--ics FILE|--link]`: the planned day.

`route solve` needs no database (run accepts ctx=None); `route day` needs ctx.db. The
file format is in salesdesk/core/territory/route_input.py. A bad file prints one precise
line on stderr and exits with code 2, like a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from ..core.errors import SalesDeskError
from ..core.i18n import QT_TRANSLATE_NOOP
from . import add_osrm_option

NOT_READABLE = QT_TRANSLATE_NOOP("Errors", "Cannot read the route file {path}: {detail}.")
NOT_JSON = QT_TRANSLATE_NOOP(
    "Errors", "The route file {path} is not valid JSON: {detail} (line {line}, column {column})."
)
BAD_INPUT = 2


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register `route solve`; `subparsers` is what add_subparsers() returned."""
    route = subparsers.add_parser("route", help="optimise a day's route")
    actions = route.add_subparsers(dest="route_command", metavar="ACTION", required=True)
    solve = actions.add_parser(
        "solve",
        help="best visit order for a stop list in a JSON file (no database needed)",
        description="Optimise a day's route for the stops in FILE.json: order, arrival "
        "times, drive and total minutes; visits that do not fit are listed as unscheduled, "
        "the most valuable kept first.",
    )
    solve.add_argument("file", metavar="FILE.json", help="the stop file")
    solve.add_argument("--json", action="store_true", help="print JSON")
    add_osrm_option(solve)
    day = actions.add_parser(
        "day",
        help="the planned visits of a day as a route (database)",
        description="Route your planned visits of DATE from the home base in your profile: "
        "order, start times, drive minutes; visits that do not fit or have no location are "
        "listed. Export as JSON, a GPX file, an ICS calendar or Google Maps links.",
    )
    day.add_argument("date", metavar="DATE", type=_day, help='YYYY-MM-DD or "today"')
    add_osrm_option(day)
    out = day.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print JSON")
    out.add_argument("--gpx", metavar="FILE", help="write the route as a GPX 1.1 file")
    out.add_argument("--ics", metavar="FILE", help="write the visits as an ICS calendar")
    out.add_argument(
        "--link", action="store_true", help="print Google Maps directions links (one per leg)"
    )
    return route


def _day(text: str) -> date:
    if text.strip().lower() == "today":
        return date.today()
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f'expected a date as YYYY-MM-DD or "today", not {text!r}'
        ) from None


def run(ctx: Any, args: argparse.Namespace) -> int:
    """Run `route solve` (ctx may be None) or `route day` (needs ctx.db); the exit code."""
    if args.route_command == "solve":
        return _solve(args)
    if args.route_command == "day":
        if ctx is None:
            print("salesdesk: route day needs the database", file=sys.stderr)
            return BAD_INPUT
        from .route_day import run_day

        return run_day(ctx, args)
    print(f"salesdesk: unknown route action {args.route_command!r}", file=sys.stderr)
    return BAD_INPUT


def _solve(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from ..core.territory.routing import parse_route_file, solve

    try:
        problem = parse_route_file(_load(args.file))
    except SalesDeskError as exc:
        print(f"salesdesk: {exc}", file=sys.stderr)
        return BAD_INPUT
    plan = solve(replace(problem, osrm_url=args.osrm or None))
    if plan.travel_note:
        print(f"salesdesk: {plan.travel_note.text()}", file=sys.stderr)
    if args.json:
        print(json.dumps(plan.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(itinerary(plan))
    return 0


def _load(path: str) -> object:
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except json.JSONDecodeError as exc:
        raise SalesDeskError(
            NOT_JSON, path=path, detail=exc.msg, line=exc.lineno, column=exc.colno
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        detail = getattr(exc, "strerror", None) or str(exc)
        raise SalesDeskError(NOT_READABLE, path=path, detail=detail) from None


def itinerary(plan: Any) -> str:
    """The plan as a readable timetable, one line per visit."""
    from ..core.territory.route_input import clock

    stops = {s.id: s for s in plan.problem.stops}
    lines = []
    if plan.nothing_fits:
        lines.append(plan.message)
    else:
        lines.append(f"{plan.depart}  leave the start")
        for n, sid in enumerate(plan.order, start=1):
            stop = stops[sid]
            window = ""
            if stop.windows:
                spans = ", ".join(f"{clock(lo)}-{clock(hi)}" for lo, hi in stop.windows)
                window = f"  window{'s' if len(stop.windows) > 1 else ''} {spans}"
            lines.append(
                f"{plan.arrivals[sid]}  {n:>2}. {sid}  ({stop.service_s // 60} min){window}"
            )
        lines.append(f"{plan.back}  back at the end")
        lines.append(
            f"{len(plan.order)} visits, {plan.drive_min:g} min driving, "
            f"{plan.total_min:g} min from leaving to return."
        )
    if plan.unscheduled:
        lines.append(
            f"Unscheduled ({len(plan.unscheduled)}, did not fit): " + ", ".join(plan.unscheduled)
        )
    if plan.solver != "vroom":
        lines.append("(planned by the fallback solver: the route engine failed)")
    return "\n".join(lines)
