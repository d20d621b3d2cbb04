"""`salesdesk pattern [--weeks W] [--json]`: the multi-week visit plan, day by day."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from typing import TYPE_CHECKING

from ..core.domain import Role
from . import add_osrm_option, clean_text, whole_number

if TYPE_CHECKING:  # the CLI builds its parser on every start, the window's too
    from ..core.territory.pattern_data import OwnerPattern

WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DROPPED_SHOWN = 20  # the rest are in --json


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Register `pattern` on the CLI's subparsers."""
    parser = subparsers.add_parser(
        "pattern",
        help="plan the visit pattern for the next weeks from attention levels",
        description="Spread visits over a cycle of working days (A weekly, B every second "
        "week, C once a cycle, D phone only), each day a compact, timed route from your "
        "home base. Visits that do not fit are listed with the reason; nothing is dropped "
        "silently.",
    )
    parser.add_argument(
        "--weeks",
        type=whole_number(1, 12, "the cycle in weeks"),
        default=None,
        metavar="W",
        help="weeks in the cycle (default: the territory setting pattern.weeks, 4)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_osrm_option(parser)
    return parser


def run(ctx, args: argparse.Namespace) -> int:
    """Plan the cycle for the current profile (a sales manager: every account) and print it."""
    from ..core.territory.config import pattern_settings, ranking_weights
    from ..core.territory.osrm import usable_osrm
    from ..core.territory.pattern_data import pattern_for_owner
    from ..core.workspace import current_profile

    stored = pattern_settings(ctx.db)
    osrm_url, note = usable_osrm(args.osrm)
    settings = replace(stored, weeks=args.weeks or stored.weeks, osrm_url=osrm_url)
    if note:
        print(f"salesdesk: {note}", file=sys.stderr)

    profile = current_profile(ctx.db)
    mine = profile is not None and profile.role != Role.SALES_MANAGER
    result = pattern_for_owner(
        ctx.db, profile.id if mine else None, settings, weights=ranking_weights(ctx.db)
    )
    if args.json:
        print(json.dumps(as_json(result), indent=2, ensure_ascii=False))
    else:
        _print(result)
    return 0


def as_json(result: OwnerPattern) -> dict:
    """The plan as plain JSON values."""
    plan = result.plan
    return {
        "start": result.start.isoformat(),
        "home": None if result.home is None else list(result.home),
        "home_guessed": result.home_guessed,
        "days": [
            {
                "day": d.index + 1,
                "date": d.date.isoformat() if d.date else None,
                "weekday": WEEKDAY_NAMES[d.weekday],
                "depart": d.depart,
                "back": d.back,
                "lunch": d.lunch,
                "drive_min": d.drive_min,
                "work_min": d.work_min,
                "notes": [n.text() for n in d.notes],
                "visits": [
                    {
                        "id": v.account_id,
                        "name": v.name,
                        "visit": v.number,
                        "arrival": v.arrival,
                        "service_min": v.service_min,
                        "fixed": v.fixed,
                    }
                    for v in d.visits
                ],
            }
            for d in plan.days
        ],
        "dropped": [
            {
                "id": v.account_id,
                "name": v.name,
                "visit": v.number,
                "level": v.level,
                "day": None if v.day is None else v.day + 1,
                "reason": v.reason,
                "detail": v.detail,
            }
            for v in plan.dropped
        ],
        "needs_location": [{"id": i, "name": result.names.get(i, "")} for i in plan.needs_location],
        "notes": [n.text() for n in plan.notes],
        "totals": plan.totals(),
    }


def _print(result: OwnerPattern) -> None:
    plan = result.plan
    if result.home is None:
        print("No account has coordinates yet: nothing to plan.")
    elif result.home_guessed:
        print("No home base in your profile: planned from the middle of your accounts.")
    for d in plan.days:
        when = d.date.isoformat() if d.date else f"week {d.week + 1}"
        head = f"Day {d.index + 1:>2}  {WEEKDAY_NAMES[d.weekday]} {when}"
        if not d.visits:
            print(f"{head}  no visits")
            continue
        lunch = f", lunch {d.lunch}" if d.lunch else ""
        print(
            f"{head}  {len(d.visits)} visits, out {d.depart}-{d.back}{lunch}, "
            f"drive {d.drive_min:.0f} min, work {d.work_min:.0f} min"
        )
        for n in d.notes:
            print(f"    ! {n.text()}")
        for v in d.visits:
            mark = " (fixed)" if v.fixed else ""
            print(f"    {v.arrival}  {clean_text(v.name or v.account_id)}  #{v.number}{mark}")
    t = plan.totals()
    print(
        f"\nTotal: {t['visits']} of {t['required']} visits, drive {t['drive_min']:.0f} min, "
        f"work {t['work_min']:.0f} min, {t['dropped']} dropped."
    )
    print(
        f"Hours needed {t['hours_needed']:.1f} of {t['hours_available']:.1f} available, "
        f"{t['spare_hours']:.1f} left free."
    )
    for n in plan.notes:
        print(n.text())
    if plan.dropped:
        print("Dropped visits (least valuable first):")
        for v in plan.dropped[:DROPPED_SHOWN]:
            day = "" if v.day is None else f" on day {v.day + 1}"
            name = clean_text(v.name or v.account_id)
            print(f"  {name} #{v.number} ({v.level}){day}: {v.detail}")
        if len(plan.dropped) > DROPPED_SHOWN:
            print(f"  ... and {len(plan.dropped) - DROPPED_SHOWN} more (see --json)")
    if plan.needs_location:
        print(f"Needs location: {len(plan.needs_location)} accounts have no coordinates.")
