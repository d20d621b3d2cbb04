"""The planned day from the database as a route: a rep's visits of one local day, solved.

    day = planned_day(db, owner_id, date(2026, 6, 15))
    day.stops      # visits in driving order, with their route start times
    day.unscheduled, day.needs_location   # every other visit, never dropped silently

Fixed appointment times become time windows: a visit may start at its planned time or up
to `slack_min` later, inside the account's opening hours of that weekday (each opening,
so a lunch closing splits the window in two). An appointment that falls outside the
opening hours keeps its own window: it was agreed with the customer. The home base is the
owner's (the profile's) home; without one the day starts and ends at the first located
visit, and `home_is_fallback` says so.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from ..db import Database
from ..domain import CallStatus, CallType
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Account, Call, User
from ..today import utc_start_of
from .notes import Note, note
from .opening import open_windows
from .route_input import RouteProblem, Stop, clock
from .routing import RoutePlan, solve
from .travel import DEFAULT_DETOUR_FACTOR, DEFAULT_SPEED_KMH

DAY_S = 24 * 3600
DEFAULT_DAY_START_S = 7 * 3600
DEFAULT_DAY_END_S = 19 * 3600
DEFAULT_SLACK_MIN = 15
MARGIN_S = 3600  # room to drive to the first and home from the last appointment

NO_HOME = QT_TRANSLATE_NOOP(
    "Territory", "No home base in the profile: the route starts and ends at the first visit."
)
NO_COORDINATES = QT_TRANSLATE_NOOP("Territory", "Visits without coordinates, not routed: {count}.")
UNSCHEDULED = QT_TRANSLATE_NOOP(
    "Territory", "Visits that do not fit the day with the drive: {count}."
)


@dataclass(frozen=True)
class Place:
    """A point on the map with a label (home base, or the visit used instead of it)."""

    lat: float
    lon: float
    label: str


@dataclass(frozen=True)
class Visit:
    """One planned visit of the day, with its account; times are naive UTC."""

    call_id: uuid.UUID
    account_id: uuid.UUID
    account: str
    address: str | None
    lat: float | None
    lon: float | None
    planned_start: datetime | None
    duration_min: int
    objective: str | None = None
    route_start: datetime | None = None  # when the route reaches it (naive UTC)
    arrival: str | None = None  # route_start on the local clock, HH:MM
    # The account's opening hours (its JSON); None: no hours known, always open.
    opening_hours: object = field(default=None, repr=False, compare=False)

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None

    @property
    def start(self) -> datetime | None:
        """The time to show: the routed start, else the planned one."""
        return self.route_start or self.planned_start


@dataclass(frozen=True)
class DayRoute:
    """A solved day: `stops` in driving order; every other visit in one of the lists."""

    day: date
    owner_id: uuid.UUID
    home: Place | None
    home_is_fallback: bool = False
    stops: list[Visit] = field(default_factory=list)
    unscheduled: list[Visit] = field(default_factory=list)
    needs_location: list[Visit] = field(default_factory=list)
    drive_min: float = 0.0
    total_min: float = 0.0
    depart: str | None = None
    back: str | None = None
    solver: str | None = None
    messages: list[Note] = field(default_factory=list)  # to translate; `notes` in English

    @property
    def notes(self) -> list[str]:
        """The messages in English (what the CLI prints)."""
        return [m.text() for m in self.messages]

    @property
    def visits(self) -> list[Visit]:
        """Every visit of the day: routed, then unscheduled, then those without a location."""
        return [*self.stops, *self.unscheduled, *self.needs_location]

    @property
    def path(self) -> list[tuple[float, float]]:
        """The points driven, in order: home, each stop, home."""
        inner = [(v.lat, v.lon) for v in self.stops]
        if self.home is None:
            return inner
        home = (self.home.lat, self.home.lon)
        return [home, *inner, home]

    def to_dict(self) -> dict[str, object]:
        """The JSON of `salesdesk route day --json`."""

        def visit(v: Visit) -> dict[str, object]:
            return {
                "call_id": str(v.call_id),
                "account_id": str(v.account_id),
                "account": v.account,
                "address": v.address,
                "lat": v.lat,
                "lon": v.lon,
                "planned_start": _iso(v.planned_start),
                "start": _iso(v.start),
                "arrival": v.arrival,
                "duration_min": v.duration_min,
                "objective": v.objective,
            }

        home = None
        if self.home is not None:
            home = {"lat": self.home.lat, "lon": self.home.lon, "label": self.home.label}
        return {
            "day": self.day.isoformat(),
            "home": home,
            "home_is_fallback": self.home_is_fallback,
            "order": [visit(v) for v in self.stops],
            "unscheduled": [visit(v) for v in self.unscheduled],
            "needs_location": [visit(v) for v in self.needs_location],
            "drive_min": self.drive_min,
            "total_min": self.total_min,
            "depart": self.depart,
            "back": self.back,
            "solver": self.solver,
            "notes": self.notes,
        }


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.replace(tzinfo=UTC).isoformat()


def _address(a: Account) -> str | None:
    parts = [a.street, " ".join(p for p in (a.postal_code, a.city) if p), a.country]
    text = ", ".join(p.strip() for p in parts if p and p.strip())
    return text or None


def local_seconds(moment: datetime, day: date) -> int:
    """A naive-UTC moment as seconds since the local midnight starting `day`."""
    local = moment.replace(tzinfo=UTC).astimezone()
    return (local.date() - day).days * DAY_S + local.hour * 3600 + local.minute * 60 + local.second


def utc_at(day: date, seconds: int) -> datetime:
    """Seconds since the local midnight of `day` as naive UTC (the stored form)."""
    local = datetime.combine(day, time.min) + timedelta(seconds=seconds)
    return local.astimezone(UTC).replace(tzinfo=None)


def _load(db: Database, owner_id: uuid.UUID, day: date) -> tuple[list[Visit], Place | None]:
    start, end = utc_start_of(day), utc_start_of(day + timedelta(days=1))
    with db.read() as s:
        user = s.get(User, owner_id)
        home = None
        if user is not None and user.home_lat is not None and user.home_lon is not None:
            home = Place(user.home_lat, user.home_lon, user.home_address or "Home")
        rows = s.execute(
            select(Call, Account)
            .join(Account, Account.id == Call.account_id)
            .where(
                Call.owner_id == owner_id,
                Call.call_type == CallType.VISIT,
                Call.status == CallStatus.PLANNED,
                Call.deleted_at.is_(None),
                Account.deleted_at.is_(None),
                Call.planned_start >= start,
                Call.planned_start < end,
            )
            .order_by(Call.planned_start, Call.id)
        ).all()
        visits = [
            Visit(
                call_id=c.id,
                account_id=a.id,
                account=a.name,
                address=_address(a),
                lat=a.lat,
                lon=a.lon,
                planned_start=c.planned_start,
                duration_min=max(0, c.duration_min or 0),
                objective=c.objective,
                opening_hours=a.opening_hours,
            )
            for c, a in rows
        ]
    return visits, home


def _stop(v: Visit, day: date, slack_s: int) -> Stop:
    """The visit as a stop: its appointment window, cut to the opening hours if they
    leave room for the visit, else the appointment window alone."""
    service = min(v.duration_min * 60, DAY_S)
    opens = min(max(0, local_seconds(v.planned_start, day)), DAY_S - service)
    closes = min(DAY_S, opens + service + slack_s)
    windows = open_windows(v.opening_hours, day.weekday(), opens, closes, service)
    return Stop(str(v.call_id), v.lat, v.lon, service, windows or ((opens, closes),))


def planned_day(
    db: Database,
    owner_id: uuid.UUID,
    day: date,
    *,
    slack_min: int = DEFAULT_SLACK_MIN,
    speed_kmh: float = DEFAULT_SPEED_KMH,
    detour_factor: float = DEFAULT_DETOUR_FACTOR,
    use_vroom: bool = True,
    osrm_url: str | None = None,
) -> DayRoute:
    """The owner's planned visits of the local `day`, solved into a route.

    `osrm_url`: road times from that OSRM server, straight-line when it cannot answer.
    """
    visits, home = _load(db, owner_id, day)
    located = [v for v in visits if v.located]
    missing = [v for v in visits if not v.located]
    notes: list[Note] = []
    fallback = False
    if home is None and located:
        first = located[0]
        home, fallback = Place(first.lat, first.lon, first.account), True
        notes.append(note(NO_HOME))
    if missing:
        notes.append(note(NO_COORDINATES, count=len(missing)))
    if not located:
        return DayRoute(day, owner_id, home, fallback, needs_location=missing, messages=notes)
    stops = tuple(_stop(v, day, slack_min * 60) for v in located)
    first_open = min(s.windows[0][0] for s in stops)
    last_close = max(s.windows[-1][1] for s in stops)
    day_start = max(0, min(DEFAULT_DAY_START_S, first_open - MARGIN_S))
    day_end = min(DAY_S, max(DEFAULT_DAY_END_S, last_close + MARGIN_S))
    problem = RouteProblem(
        (home.lat, home.lon),
        (home.lat, home.lon),
        day_start,
        day_end,
        stops,
        speed_kmh,
        detour_factor,
        osrm_url,
    )
    plan = solve(problem, use_vroom=use_vroom)
    if plan.travel_note:
        notes.append(plan.travel_note)
    return _route(day, owner_id, home, fallback, located, missing, plan, notes)


def _route(
    day: date,
    owner_id: uuid.UUID,
    home: Place,
    fallback: bool,
    located: list[Visit],
    missing: list[Visit],
    plan: RoutePlan,
    notes: list[Note],
) -> DayRoute:
    by_id = {str(v.call_id): v for v in located}
    routed = [
        _with_start(by_id[sid], utc_at(day, plan.start_s[sid]), clock(plan.start_s[sid]))
        for sid in plan.order
    ]
    if plan.unscheduled:
        notes.append(note(UNSCHEDULED, count=len(plan.unscheduled)))
    if plan.message_note is not None:
        notes.append(plan.message_note)
    return DayRoute(
        day=day,
        owner_id=owner_id,
        home=home,
        home_is_fallback=fallback,
        stops=routed,
        unscheduled=[by_id[sid] for sid in plan.unscheduled],
        needs_location=missing,
        drive_min=plan.drive_min,
        total_min=plan.total_min,
        depart=plan.depart,
        back=plan.back,
        solver=plan.solver,
        messages=notes,
    )


def _with_start(v: Visit, start: datetime, arrival: str) -> Visit:
    return replace(v, route_start=start, arrival=arrival)
