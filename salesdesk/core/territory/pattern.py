"""The multi-week call pattern: which accounts to visit on which day, in which order.

    plan = plan_pattern(accounts, home=(53.48, -2.24), settings=PatternSettings())

1. Each located account with a level that gets visits becomes a series of k visits.
2. If the cycle clearly cannot hold them all, whole series of the least valuable accounts
   are dropped first (reason NO_TIME), with hours needed vs available reported.
3. pattern_assign gives each series a weekday and week phase (evenly spaced repeats,
   compact days); fixed appointments pin their account's slot.
4. Each day is routed with VROOM (pattern_day); visits its day cannot hold are dropped
   with reason DAY_FULL, least valuable first. Nothing is dropped without a reason.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

import numpy as np

from .pattern_assign import Series, assign, random_slots, slot_days, step_of
from .pattern_build import route_all
from .pattern_day import stop
from .pattern_model import (
    CLOSED,
    NO_TIME,
    WEEKDAY_KEYS,
    DroppedVisit,
    FixedVisit,
    PatternAccount,
    PatternPlan,
    PatternSettings,
    drop_visits,
    seconds,
)
from .travel import LatLon, distance_matrix_km

_KM_PER_DEG = 111.195  # mean Earth radius x pi / 180


@dataclass
class _Prepared:
    series: list[Series]
    accounts: list[PatternAccount]
    windows: list[dict[int, tuple[int, int]]]  # per series: weekday index -> window
    service_s: list[int]
    dropped: list[DroppedVisit]
    capacity_min: float  # estimated visit minutes a day holds
    leg_min: float


def _windows(a: PatternAccount, s: PatternSettings, service_s: int) -> dict[int, tuple[int, int]]:
    """Per working weekday index: the longest opening interval inside the day that holds
    the visit. Stops take one window, so a split day keeps its longer half."""
    start, end = seconds(s.day_start), seconds(s.day_end)
    out = {}
    for wd, weekday in enumerate(s.workdays):
        if a.opening_hours is None:
            out[wd] = (start, end)
            continue
        best = None
        for pair in a.opening_hours.get(WEEKDAY_KEYS[weekday]) or ():
            lo, hi = max(seconds(pair[0]), start), min(seconds(pair[1]), end)
            if hi - lo >= service_s and (best is None or hi - lo > best[1] - best[0]):
                best = (lo, hi)
        if best is not None:
            out[wd] = best
    return out


def _prepare(
    accounts: Sequence[PatternAccount],
    home: LatLon,
    s: PatternSettings,
    fixed: Sequence[FixedVisit],
) -> _Prepared:
    located = [a for a in accounts if a.lat is not None and a.lon is not None]
    per_week = len(s.workdays)
    pins = {}
    for f in fixed:  # the first appointment of an account decides its slot
        pins.setdefault(f.account_id, f)
    cos = math.cos(math.radians(home[0]))
    series, kept, windows, service, dropped = [], [], [], [], []
    for a in located:
        pin = pins.get(a.id)
        # An appointment is kept even for a phone-only account.
        k = max(s.visits_per_cycle(a.level), pin is not None)
        if k == 0:
            continue
        service_s = round(s.visit_min.get(a.level, 30) * 60)
        open_at = _windows(a, s, service_s)
        pinned = None
        if pin is not None:
            pinned = (pin.day % per_week, (pin.day // per_week) % step_of(s.weeks, k))
        elif not open_at:
            dropped += drop_visits(a, k, CLOSED, None)
            continue
        x = (a.lon - home[1]) * _KM_PER_DEG * cos
        y = (a.lat - home[0]) * _KM_PER_DEG
        opens = frozenset(open_at) if pinned is None else frozenset({pinned[0]})
        series.append(Series(len(series), x, y, k, 0.0, a.value, opens, pinned))
        kept.append(a)
        windows.append(open_at)
        service.append(service_s)
    leg_min, trip_min = _estimates([(a.lat, a.lon) for a in kept], home, s)
    usable = min(seconds(s.day_end) - seconds(s.day_start), s.max_hours * 3600) / 60
    capacity = max(1.0, usable - s.lunch_min - trip_min)
    for x, sv, a in zip(series, service, kept, strict=True):
        pin = pins.get(a.id)
        # An appointment weighs what it was booked for, not the level's usual visit.
        minutes = max(sv / 60, pin.duration_min or 0) if pin is not None else sv / 60
        x.load = minutes + leg_min
    return _Prepared(series, kept, windows, service, dropped, capacity, leg_min)


def _estimates(points: list[LatLon], home: LatLon, s: PatternSettings) -> tuple[float, float]:
    """Rough minutes of driving per visit (between visits) and per day (to and from home),
    for balancing days and the capacity check before routing."""
    if not points:
        return 0.0, 0.0
    sample = points[:: max(1, len(points) // 1500)]  # a matrix of 1,500 points is enough
    km = distance_matrix_km([home, *sample])
    to_home = float(np.median(km[0, 1:]))
    inner = km[1:, 1:] + np.eye(len(sample)) * 1e9
    # A day sees about a fifth to a twentieth of the accounts: its legs are longer than
    # the nearest neighbour over all of them. Twice that is what the benchmark shows.
    nearest = float(np.median(inner.min(axis=1))) * 2 if len(sample) > 1 else to_home
    per_min = s.detour_factor / s.speed_kmh * 60
    return nearest * per_min, 2 * to_home * per_min


def _trim_to_capacity(p: _Prepared, s: PatternSettings) -> None:
    """Drop whole series, least valuable first, while the estimate overruns the cycle."""
    available = p.capacity_min * s.days
    need = sum(x.load * x.k for x in p.series)
    by_value = sorted(range(len(p.series)), key=lambda i: (p.series[i].value, p.accounts[i].id))
    out = set()
    for i in by_value:
        if need <= available:
            break
        if p.series[i].pinned is not None:
            continue
        need -= p.series[i].load * p.series[i].k
        out.add(i)
        p.dropped += drop_visits(p.accounts[i], p.series[i].k, NO_TIME, None)
    if out:
        keep = [i for i in range(len(p.series)) if i not in out]
        p.series = [p.series[i] for i in keep]
        for n, x in enumerate(p.series):
            x.key = n
        p.accounts = [p.accounts[i] for i in keep]
        p.windows = [p.windows[i] for i in keep]
        p.service_s = [p.service_s[i] for i in keep]


def plan_pattern(
    accounts: Sequence[PatternAccount],
    home: LatLon,
    settings: PatternSettings | None = None,
    fixed: Sequence[FixedVisit] = (),
    start: date | None = None,
    *,
    baseline_seed: int | None = None,
) -> PatternPlan:
    """The visit plan for one cycle. `start` (a Monday) dates the days.

    `baseline_seed` replaces the assignment by a random balanced one (benchmarks only).
    """
    s = settings or PatternSettings()
    p = _prepare(accounts, home, s, fixed)
    _trim_to_capacity(p, s)
    per_week = len(s.workdays)
    if baseline_seed is None:
        slots = assign(p.series, s.weeks, per_week, p.capacity_min)
    else:
        slots = random_slots(p.series, s.weeks, per_week, p.capacity_min, baseline_seed)
    fixed_at = {(f.account_id, f.day): f for f in fixed}
    day_stops: list[list] = [[] for _ in range(s.days)]
    meta: dict[str, tuple[int, int, bool]] = {}  # stop id -> (series, number, fixed)
    top = max((a.value for a in p.accounts), default=1.0) or 1.0
    for x in p.series:
        a = p.accounts[x.key]
        days = slot_days(slots[x.key], s.weeks, x.k, per_week)
        extra = [f.day for f in fixed if f.account_id == a.id and f.day not in days]
        for n, d in enumerate(sorted(days + extra), start=1):
            sid = f"{a.id}#{n}"
            f = fixed_at.get((a.id, d))
            service = p.service_s[x.key]
            if f is not None:
                service = round((f.duration_min or service / 60) * 60)
                begin = seconds(f.start)
                window, value = (begin, begin + service), 2 * top  # VROOM keeps it first
            else:
                window, value = p.windows[x.key].get(d % per_week), max(a.value, 1e-9)
            day_stops[d].append(stop(sid, a.lat, a.lon, service, window, value))
            meta[sid] = (x.key, n, f is not None, service)
    plan = route_all(p, s, home, day_stops, meta, start)
    unlocated = [a.id for a in accounts if a.lat is None or a.lon is None]
    return replace(plan, needs_location=unlocated)
