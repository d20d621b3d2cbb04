"""The demo team: territories, users, monthly quotas and the time audit."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from ..domain import Role, TimeSource
from ..models import Quota, Territory, TimeEntry, User
from .context import Ctx, Person, local_to_utc, working_days
from .pools import Town

TERRITORIES = (
    ("Manchester South", "Greater Manchester south of the city centre line"),
    ("Manchester North", "Greater Manchester north: Bolton, Bury, Oldham, Rochdale, Wigan"),
    ("Cheshire", "Warrington, Macclesfield, Wilmslow, Crewe and the Cheshire towns"),
    ("Lancashire & Merseyside", "Preston, Blackburn, Burnley, St Helens, Liverpool fringe"),
    ("Pennines & Peak District", "West Yorkshire, High Peak and North Staffordshire"),
)

# name, role, home town, monthly quota, territory index
ME = ("Sam Taylor", Role.FIELD_REP, "Stockport", 60000.0, 0)
TEAM = (
    ("Priya Shah", Role.SALES_MANAGER, "Sale", 0.0, None),
    ("Tom Hughes", Role.FIELD_REP, "Bolton", 55000.0, 1),
    ("Aisha Khan", Role.FIELD_REP, "Warrington", 60000.0, 2),
    ("Daniel Brennan", Role.FIELD_REP, "Preston", 50000.0, 3),
    ("Megan Lloyd", Role.FIELD_REP, "Glossop", 45000.0, 4),
    ("Chloe Parker", Role.INSIDE_REP, "Manchester", 30000.0, None),
    ("Ravi Patel", Role.ACCOUNT_MANAGER, "Altrincham", 80000.0, None),
    ("Hannah Whitworth", Role.ACCOUNT_MANAGER, "Bury", 80000.0, None),
)

QUOTA_ROLES = (Role.FIELD_REP, Role.INSIDE_REP, Role.ACCOUNT_MANAGER)

# category, (min, max) minutes per working day, by role
_FIELD_DAY = (
    ("planning", 20, 45),
    ("travel", 80, 150),
    ("selling_face_to_face", 120, 210),
    ("selling_remote", 20, 80),
    ("admin", 30, 70),
    ("reporting", 15, 40),
    ("internal_meetings", 0, 60),
)
_INSIDE_DAY = (
    ("planning", 20, 40),
    ("selling_remote", 240, 330),
    ("admin", 40, 80),
    ("reporting", 20, 40),
    ("internal_meetings", 0, 60),
)
_AM_DAY = (
    ("planning", 30, 60),
    ("travel", 40, 100),
    ("selling_face_to_face", 90, 160),
    ("selling_remote", 60, 120),
    ("admin", 30, 60),
    ("reporting", 20, 40),
    ("internal_meetings", 15, 60),
)
_DAY_BY_ROLE = {
    Role.FIELD_REP: _FIELD_DAY,
    Role.INSIDE_REP: _INSIDE_DAY,
    Role.ACCOUNT_MANAGER: _AM_DAY,
}
_AUTO = {"travel", "selling_face_to_face", "selling_remote"}


def territory_of(town: Town) -> int:
    if town.region == "Greater Manchester":
        return 0 if town.lat < 53.50 else 1
    if town.region == "Cheshire":
        return 2
    if town.region in ("Lancashire", "Merseyside"):
        return 3
    return 4


def add_team(ctx: Ctx, given_me: Person | None) -> None:
    """Territories, the local user (unless `me` was given) and the teammates."""
    created = ctx.days_ago(700, 800)
    for name, description in TERRITORIES:
        tid = ctx.add(Territory.__table__, created, name=name, description=description)
        ctx.territories.append((tid, name))
    towns = {t.name: t for t in ctx.towns}
    manager_spec, *others = TEAM
    ctx.manager = _add_user(ctx, manager_spec, towns, None)
    if ctx.me is None:
        me = _add_user(ctx, ME, towns, ctx.manager.id)
        ctx.me = me.id
    else:
        me = given_me or Person(ctx.me, "", str(Role.FIELD_REP))
        me.territory = ME[4]
    ctx.people.append(me)
    for spec in others:
        ctx.people.append(_add_user(ctx, spec, towns, ctx.manager.id))


def _add_user(ctx: Ctx, spec: tuple, towns: dict[str, Town], manager: uuid.UUID | None) -> Person:
    name, role, home, quota, territory = spec
    town = towns.get(home) or ctx.towns[0]
    lat = round(town.lat + ctx.rng.gauss(0, 0.01), 5)
    lon = round(town.lon + ctx.rng.gauss(0, 0.015), 5)
    first, last = name.lower().split(" ", 1)
    uid = ctx.add(
        User.__table__,
        ctx.days_ago(600, 700),
        name=name,
        role=str(role),
        email=f"{first}.{last}@northpoint-packaging.example",
        # Ofcom's drama range (0161 496 0000-0999); no random draw, so the rest of the
        # demo stays the same for a given seed.
        phone=f"+44 161 496 0{100 + len(ctx.people):03d}",
        manager_id=manager,
        territory_id=None if territory is None else ctx.territories[territory][0],
        home_address=f"{ctx.rng.randint(1, 120)} {ctx.rng.choice(ctx.pools.street_names)}, "
        f"{town.name}",
        home_lat=lat,
        home_lon=lon,
        monthly_quota=quota,
        currency="GBP",
    )
    return Person(uid, name, str(role), territory, quota)


def month_start(day: date, offset: int) -> date:
    index = day.year * 12 + day.month - 1 + offset
    return date(index // 12, index % 12 + 1, 1)


def add_quotas(ctx: Ctx) -> None:
    """Monthly quotas for every rep, six months back and three ahead."""
    for person in ctx.reps(*QUOTA_ROLES):
        base = person.quota or 50000.0
        for offset in range(-6, 4):
            start = month_start(ctx.today, offset)
            # Quieter in August and December, like the real business.
            season = 0.8 if start.month in (8, 12) else 1.0
            amount = round(base * season * ctx.rng.uniform(0.95, 1.1), -3)
            if person.id == ctx.me and offset >= 0:
                amount = base  # the quota the user just typed in their profile holds from now on
            ctx.add(
                Quota.__table__,
                ctx.days_ago(200, 210),
                user_id=person.id,
                period_start=start,
                amount=amount,
            )


def add_time_entries(ctx: Ctx, visits: dict[tuple[uuid.UUID, date], list[uuid.UUID]]) -> None:
    """Four weeks of time audit per rep; face-to-face entries point at that day's visits."""
    rng = ctx.rng
    days = working_days(ctx.today - timedelta(days=28), ctx.today)
    for person in ctx.reps(*QUOTA_ROLES):
        plan = _DAY_BY_ROLE[Role(person.role)]
        for day in days:
            start_min = 8 * 60 + rng.randint(-20, 30)
            categories = list(plan)
            if rng.random() < 0.08:
                categories.append(("training", 60, 180))
            for category, low, high in categories:
                minutes = rng.randint(low, high) // 5 * 5
                if minutes <= 0:
                    continue
                started = local_to_utc(day, start_min // 60, start_min % 60)
                day_visits = visits.get((person.id, day))
                call_id = (
                    rng.choice(day_visits)
                    if day_visits and category == "selling_face_to_face"
                    else None
                )
                auto = category in _AUTO and rng.random() < 0.7
                ctx.add(
                    TimeEntry.__table__,
                    started + timedelta(minutes=minutes),
                    user_id=person.id,
                    category=category,
                    started_at=started,
                    minutes=minutes,
                    source=str(TimeSource.AUTO if auto else TimeSource.MANUAL),
                    note=None if auto or rng.random() < 0.7 else _NOTES[category],
                    call_id=call_id,
                )
                start_min += minutes


_NOTES = {
    "planning": "Route and call plans for tomorrow",
    "travel": "Traffic on the M60",
    "selling_face_to_face": "Site visits",
    "selling_remote": "Follow-up calls",
    "admin": "Expenses and CRM updates",
    "reporting": "Weekly forecast",
    "internal_meetings": "Team meeting",
    "training": "Product training: SW-400",
}
