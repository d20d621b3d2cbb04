"""`salesdesk timeaudit`: where a week went, by activity category.

Hours and share per category for the week (default: this week, on this computer's
clock), the average of the previous weeks and of the teammates beside them, automatic
vs hand-typed time, and the automation candidates (repeated manual work the app could
do) with the minutes they would save. `--rep` picks someone by name or id (default:
you); `--team` sums the people who report to that person (a manager), or to their
manager. Exit codes: 0 shown, 2 unusable input.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from . import fit_text, whole_number

CANDIDATES = {
    "manual_admin": "admin/CRM entry typed by hand",
    "manual_selling_time": "selling time typed by hand (check-in/out records it)",
    "hand_follow_up_tasks": "follow-up tasks typed after a debrief (the debrief rule makes them)",
    "hand_follow_up_calls": "follow-up calls typed after a debrief (the debrief rule makes them)",
    "hand_accounts": "accounts typed after a lead was qualified (qualifying makes them)",
    "hand_contacts": "contacts typed after a lead was qualified (qualifying makes them)",
}


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "timeaudit",
        help="where a week's time went, by category, and what could be automated",
        description="Hours and share per activity category for one week, compared with the "
        "previous weeks and the team, and the automation candidates.",
    )
    parser.add_argument("--week", metavar="YYYY-Www", help="the ISO week (default: this week)")
    parser.add_argument("--rep", metavar="NAME-or-ID", help="someone else's week (default: yours)")
    parser.add_argument("--team", action="store_true", help="the team of --rep (or yours), summed")
    parser.add_argument(
        "--weeks",
        type=whole_number(0, 52, "--weeks"),
        default=4,
        metavar="N",
        help="previous weeks to compare with (default 4)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    return parser


def run(ctx: Any, args: argparse.Namespace) -> int:
    from datetime import date

    from ..core.automation import timeaudit as ta
    from ..core.deals.common import week_start
    from ..core.errors import SalesDeskError
    from ..core.models import User
    from ..core.workspace import current_profile
    from .whatworks import find_user

    try:
        week = ta.parse_iso_week(args.week) if args.week else week_start(date.today())
    except SalesDeskError as exc:
        print(f"salesdesk timeaudit: {exc}", file=sys.stderr)
        return 2
    if args.rep:
        person_id, name = find_user(ctx.db, args.rep)
    else:
        profile = current_profile(ctx.db)
        if profile is None:
            print("salesdesk timeaudit: no profile yet; give --rep.", file=sys.stderr)
            return 2
        person_id, name = profile.id, profile.name
    who: Any = person_id
    if args.team:
        team = ta.team_of(ctx.db, person_id)
        if not team:
            with ctx.db.read() as s:
                manager = s.get(User, person_id).manager_id
            team = ta.team_of(ctx.db, manager) if manager else [person_id]
        who, name = team, f"team of {name}"
    report = ta.week_report(ctx.db, who, week, args.weeks)
    if args.json:
        print(json.dumps(as_json(report, name), indent=2, ensure_ascii=False))
        return 0
    _print(report, name)
    return 0


def _iso(day) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def as_json(report, name: str) -> dict:
    return {
        "who": name,
        "week": _iso(report.week_start),
        "week_start": report.week_start.isoformat(),
        "total_minutes": report.total_minutes,
        "auto_minutes": report.auto_minutes,
        "manual_minutes": report.manual_minutes,
        "previous_weeks": [_iso(d) for d in report.previous_weeks],
        "previous_totals": list(report.previous_totals),
        "team_size": report.team_size,
        "team_total_average": report.team_total_average,
        "categories": [
            {
                "key": r.key,
                "label": r.label,
                "minutes": r.minutes,
                "hours": round(r.minutes / 60, 2),
                "share": round(r.share, 4),
                "auto_minutes": r.auto_minutes,
                "manual_minutes": r.manual_minutes,
                "previous": list(r.previous),
                "previous_average": r.previous_average,
                "team_average": r.team_average,
            }
            for r in report.rows
        ],
        "candidates": [
            {"kind": c.kind, "count": c.count, "minutes_saved": c.minutes_saved}
            for c in report.candidates
        ],
        "minutes_saved": report.minutes_saved,
    }


def _h(minutes: float | None) -> str:
    return "—" if minutes is None else f"{minutes / 60:.1f}"


def _print(report, name: str) -> None:
    end = report.week_start.toordinal() + 6
    from datetime import date

    print(
        f"Time audit: {fit_text(name, 60).rstrip()}, week {_iso(report.week_start)} "
        f"({report.week_start.isoformat()} to {date.fromordinal(end).isoformat()})"
    )
    prev = report.previous_totals
    avg = sum(prev) / len(prev) if prev else None
    print(
        f"Total {_h(report.total_minutes)} h: {_h(report.auto_minutes)} h captured "
        f"automatically, {_h(report.manual_minutes)} h typed by hand. "
        f"Previous {len(prev)} weeks: {_h(avg)} h a week. "
        f"Team: {_h(report.team_total_average)} h a person ({report.team_size})."
    )
    print()
    print(f"{'Category':<26}{'Hours':>7}{'Share':>8}{'Prev avg':>10}{'Team avg':>10}{'Auto':>7}")
    for r in report.rows:
        print(
            f"{fit_text(r.label, 26)}{_h(r.minutes):>7}{r.share:>8.0%}"
            f"{_h(r.previous_average):>10}{_h(r.team_average):>10}{_h(r.auto_minutes):>7}"
        )
    print()
    if not report.candidates:
        print("No automation candidates this week.")
        return
    print(f"Automation candidates (about {report.minutes_saved} min a week to save):")
    for c in report.candidates:
        print(f"  {c.count:>4} × {CANDIDATES.get(c.kind, c.kind)}: ~{c.minutes_saved} min")
