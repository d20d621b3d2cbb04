"""`salesdesk route day DATE [--json|--gpx FILE|--ics FILE|--link]` (see commands/route.py).

The planned visits of the current profile's local day, solved as a route from the home
base; printed as a timetable, JSON, Google Maps links, or written as GPX or ICS.
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.errors import SalesDeskError
from ..core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ..core.territory.day_route import DayRoute, Visit

NO_PROFILE = QT_TRANSLATE_NOOP(
    "Errors", "There is no profile yet, so there is no planned day: run 'salesdesk profile' first."
)
NOT_WRITABLE = QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {detail}. Nothing was written.")


def run_day(ctx: Any, args: argparse.Namespace) -> int:
    """Solve the profile's planned day and print or write it; returns the exit code."""
    from ..core.territory import exports
    from ..core.territory.day_route import planned_day
    from ..core.workspace import current_profile

    profile = current_profile(ctx.db)
    if profile is None or profile.id is None:
        raise SalesDeskError(NO_PROFILE)
    route = planned_day(ctx.db, profile.id, args.date, osrm_url=getattr(args, "osrm", None))
    if args.json:
        print(json.dumps(route.to_dict(), indent=2, ensure_ascii=False))
    elif args.gpx:
        _write(args.gpx, exports.to_gpx(route).encode("utf-8"))
        print(f"Wrote {len(route.stops)} visits to {args.gpx}.")
    elif args.ics:
        _write(args.ics, exports.to_ics(route))
        count = sum(1 for v in route.visits if v.start is not None)  # start: route or planned
        print(f"Wrote {count} visits to {args.ics}.")
    elif args.link:
        links = exports.route_links(route)
        if not links:
            print(f"No routed visits on {route.day.isoformat()}.")
        for link in links:
            print(link)
    else:
        print(day_itinerary(route))
    return 0


def _write(path: str, data: bytes) -> None:
    try:
        Path(path).write_bytes(data)
    except OSError as exc:
        raise SalesDeskError(NOT_WRITABLE, path=path, detail=exc.strerror or str(exc)) from None


def _clean(text: str) -> str:
    # Names come from imports and other people: no terminal control sequences.
    return "".join("?" if unicodedata.category(ch) == "Cc" else ch for ch in text)


def _name(v: Visit) -> str:
    return _clean(v.account)


def day_itinerary(route: DayRoute) -> str:
    """The day as a readable timetable, then what is not routed and why."""
    lines = [f"Route for {route.day.isoformat()}"]
    lines.extend(route.notes)
    if route.stops:
        home = _clean(route.home.label) if route.home else "start"
        lines.append(f"{route.depart}  leave {home}")
        for n, v in enumerate(route.stops, start=1):
            where = f", {_clean(v.address)}" if v.address else ""
            lines.append(f"{v.arrival}  {n:>2}. {_name(v)}{where}  ({v.duration_min} min)")
        lines.append(f"{route.back}  back at {home}")
        lines.append(
            f"{len(route.stops)} visits, {route.drive_min:g} min driving, "
            f"{route.total_min:g} min from leaving to return."
        )
    elif not route.visits:
        lines.append("No planned visits on this day.")
    if route.unscheduled:
        lines.append(f"Unscheduled ({len(route.unscheduled)}, did not fit):")
        lines.extend(f"  {_name(v)}" for v in route.unscheduled)
    if route.needs_location:
        lines.append(f"Needs location ({len(route.needs_location)}, no coordinates):")
        lines.extend(f"  {_name(v)}" for v in route.needs_location)
    if route.solver not in (None, "vroom"):
        lines.append("(planned by the fallback solver: the route engine failed)")
    return "\n".join(lines)
