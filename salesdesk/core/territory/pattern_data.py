"""The call pattern for a rep from the database: accounts, levels, home base, appointments.

Three queries besides the ranking's (account places, the rep's home, planned visits in
the cycle), then plan_pattern on plain values: no per-account query.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, timedelta

from sqlalchemy import select

from ..db import Database
from ..domain import CallStatus, CallType
from ..models import Account, Call, User
from ..today import utc_start_of
from .pattern import plan_pattern
from .pattern_model import FixedVisit, PatternAccount, PatternPlan, PatternSettings
from .ranking import RankingWeights, rank_in_session


@dataclass(frozen=True)
class OwnerPattern:
    plan: PatternPlan
    start: date  # the Monday the cycle starts
    home: tuple[float, float] | None
    home_guessed: bool  # the profile has no home base: planned from the accounts' middle
    names: dict[str, str]  # account id -> name, for printing


def cycle_start(today: date) -> date:
    """The cycle starts on the next Monday, or today if today is a Monday."""
    return today + timedelta(days=(7 - today.weekday()) % 7)


def pattern_for_owner(
    db: Database,
    owner_id: uuid.UUID | None,
    settings: PatternSettings | None = None,
    today: date | None = None,
    weights: RankingWeights | None = None,
) -> OwnerPattern:
    """Plan the next cycle for `owner_id` (None: every account) from the stored data.

    An account's level is the stored one, else the level the ranking derives; its value
    (what is dropped first when time is short) is its ranking score.
    """
    s = settings or PatternSettings()
    today = today or date.today()
    start = cycle_start(today)
    with db.read() as session:
        ranking = rank_in_session(session, owner_id, weights, today=today)
        a = Account.__table__
        stmt = select(a.c.id, a.c.lat, a.c.lon, a.c.opening_hours).where(a.c.deleted_at.is_(None))
        if owner_id is not None:
            stmt = stmt.where(a.c.owner_id == owner_id)
        places = {row[0]: row[1:] for row in session.execute(stmt).all()}
        home_row = None
        if owner_id is not None:
            home_row = session.execute(
                select(User.home_lat, User.home_lon).where(User.id == owner_id)
            ).first()
        calls = _appointments(session, owner_id, start, s)
    accounts, names = [], {}
    for r in ranking.accounts:
        lat, lon, hours = places.get(r.id, (None, None, None))
        key = str(r.id)
        names[key] = r.name
        level = r.attention_level or r.derived_level
        accounts.append(PatternAccount(key, lat, lon, level, r.score, r.name, hours))
    home: tuple[float, float] | None = None
    if home_row is not None and home_row[0] is not None and home_row[1] is not None:
        home = (home_row[0], home_row[1])
    guessed = home is None
    if guessed:
        located = [(x.lat, x.lon) for x in accounts if x.lat is not None and x.lon is not None]
        if located:  # the middle by median: one far-away account does not move it
            lats = sorted(p[0] for p in located)
            lons = sorted(p[1] for p in located)
            home = (lats[len(lats) // 2], lons[len(lons) // 2])
    fixed = _fixed(calls, start, s)
    if home is None:  # nothing located: every account needs a location
        plan = plan_pattern(accounts, (0.0, 0.0), s, (), start)
    else:
        plan = plan_pattern(accounts, home, s, fixed, start)
    return OwnerPattern(plan, start, home, guessed, names)


def _appointments(session, owner_id, start: date, s: PatternSettings) -> list[tuple]:
    """Planned visits inside the cycle: (account id, start as naive UTC, minutes)."""
    c = Call.__table__
    stmt = select(c.c.account_id, c.c.planned_start, c.c.duration_min).where(
        c.c.deleted_at.is_(None),
        c.c.status == CallStatus.PLANNED.value,
        c.c.call_type == CallType.VISIT.value,
        c.c.planned_start >= utc_start_of(start),
        c.c.planned_start < utc_start_of(start + timedelta(days=7 * s.weeks)),
    )
    if owner_id is not None:
        stmt = stmt.where(c.c.owner_id == owner_id)
    return list(session.execute(stmt).all())


def _fixed(calls: list[tuple], start: date, s: PatternSettings) -> list[FixedVisit]:
    """Appointments on working days, in local time; one per account and day."""
    out, seen = [], set()
    for account_id, when, minutes in sorted(calls, key=lambda c: c[1]):
        local = when.replace(tzinfo=UTC).astimezone()  # stored as naive UTC
        offset = (local.date() - start).days
        weekday = local.weekday()
        if weekday not in s.workdays or offset < 0:
            continue  # a weekend appointment is outside the pattern's days
        day = (offset // 7) * len(s.workdays) + s.workdays.index(weekday)
        key = (str(account_id), day)
        if key in seen:
            continue
        seen.add(key)
        out.append(FixedVisit(str(account_id), day, f"{local:%H:%M}", minutes))
    return out
