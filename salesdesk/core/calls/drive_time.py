"""Route drive time for the time audit: the drive to each visit, estimated offline.

When a visit is checked out, the drive that led to it is recorded as an automatic
`travel` entry on the same call (note `DRIVE_RULE`): from where the rep last was that
day (the account of their previous visit checked out that local day, else their home)
to this visit's account, by the same straight-line x detour / speed model the day route
uses (territory settings `speed_kmh`, `detour_factor`). The estimate never exceeds the
time that actually passed between the previous check-out and this check-in; the first
drive of the day, from home, has no such bound. A visit whose start or end point has no
coordinates records nothing (there is nothing honest to estimate), and so does a call
that is not a visit.

The entry is kept in step like the check-out's selling entry: checking the call out
again, or changing its times, rewrites it; a call that is no longer a visit loses it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import CallStatus, CallType, TimeSource
from ..models import Account, Call, TimeEntry, User
from ..territory.config import stored_pattern_settings
from ..territory.travel import duration_matrix_s
from ..today import local_day

DRIVE_RULE = "route_drive"
TRAVEL = "travel"


def record_drive(s: Session, call: Call) -> None:
    """Write, rewrite or drop the automatic drive entry of `call` (see the module doc)."""
    entry = s.scalar(
        select(TimeEntry)
        .where(
            TimeEntry.call_id == call.id,
            TimeEntry.source == TimeSource.AUTO,
            TimeEntry.note == DRIVE_RULE,
        )
        .limit(1)
    )
    minutes, started = _drive(s, call)
    if minutes is None:
        if entry is not None:
            s.delete(entry)
        return
    if entry is None:
        entry = TimeEntry(call_id=call.id, source=TimeSource.AUTO, note=DRIVE_RULE)
        s.add(entry)
    entry.user_id = call.owner_id
    entry.category = TRAVEL
    entry.started_at = started
    entry.minutes = minutes


def _drive(s: Session, call: Call) -> tuple[int | None, datetime | None]:
    if (
        call.call_type != CallType.VISIT
        or call.owner_id is None
        or call.checked_in_at is None
        or call.checked_out_at is None
    ):
        return None, None
    here = s.execute(select(Account.lat, Account.lon).where(Account.id == call.account_id)).one()
    if here.lat is None or here.lon is None:
        return None, None
    previous = _previous_visit(s, call)
    if previous is not None:
        origin = s.execute(
            select(Account.lat, Account.lon).where(Account.id == previous.account_id)
        ).one()
        bound = (call.checked_in_at - previous.checked_out_at).total_seconds() / 60
    else:
        origin = s.execute(
            select(User.home_lat.label("lat"), User.home_lon.label("lon")).where(
                User.id == call.owner_id
            )
        ).one()
        bound = None
    if origin.lat is None or origin.lon is None:
        return None, None
    settings = stored_pattern_settings(s)
    seconds = duration_matrix_s(
        [(origin.lat, origin.lon), (here.lat, here.lon)],
        settings.speed_kmh,
        settings.detour_factor,
    )[0, 1]
    minutes = round(int(seconds) / 60)
    if bound is not None:
        minutes = min(minutes, int(bound))
    if minutes < 1:
        return None, None
    return minutes, call.checked_in_at - timedelta(minutes=minutes)


def _previous_visit(s: Session, call: Call) -> Call | None:
    """The rep's visit checked out last before this check-in, on the same local day."""
    day = local_day(call.checked_in_at)
    rows = s.scalars(
        select(Call)
        .where(
            Call.owner_id == call.owner_id,
            Call.id != call.id,
            Call.deleted_at.is_(None),
            Call.call_type == CallType.VISIT,
            Call.status != CallStatus.CANCELLED,
            Call.checked_out_at.is_not(None),
            Call.checked_out_at <= call.checked_in_at,
            # a day is at most 14 h either side of UTC: a cheap bound before the local test
            Call.checked_out_at >= call.checked_in_at - timedelta(hours=36),
        )
        .order_by(Call.checked_out_at.desc())
        .limit(4)
    )
    for row in rows:
        if local_day(row.checked_out_at) == day:
            return row
    return None
