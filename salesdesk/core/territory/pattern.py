"""The multi-week call pattern: which accounts to visit on which day, in which order.

    plan = plan_pattern(accounts, home=(53.48, -2.24), settings=PatternSettings())

1. Each located account with a level that gets visits becomes a series of k visits.
2. If the cycle clearly cannot hold them all, whole series of the least valuable accounts
   are dropped first (reason NO_TIME), with hours needed vs available reported.
3. pattern_assign gives each series a weekday and week phase (evenly spaced repeats,
   compact days); fixed appointments pin their account's slot and load their own day
   (booked time, the drive to them, gaps too short for a visit), so days that are booked
   up push visits elsewhere; single visits then move off days still over capacity to a
   day with room within their spacing bounds.
4. Each day is routed with VROOM (pattern_day), every opening of the account's day a time
   window; visits its day cannot hold get a second chance on any day that keeps their
   spacing (pattern_build), else are dropped with reason DAY_FULL, least valuable first.
   Nothing is dropped without a reason.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

import numpy as np

from .opening import open_windows
from .pattern_assign import DayBase, Series, assign, random_days, slot_days, step_of
from .pattern_build import day_offsets, route_all
from .pattern_day import stop
from .pattern_model import (
    CLOSED,
    NO_TIME,
    DroppedVisit,
    FixedVisit,
    PatternAccount,
    PatternPlan,
    PatternSettings,
    drop_visits,
    seconds,
)
from .route_input import Window
from .travel import LatLon, distance_matrix_km, duration_matrix_s

_KM_PER_DEG = 111.195  # mean Earth radius x pi / 180
CALIBRATE = 1.2  # plan again when the assigned days drive this much more per visit
NN_TO_VROOM = 0.8  # drive of a VROOM day / the same day driven nearest neighbour first


@dataclass
class _Prepared:
    series: list[Series]
    accounts: list[PatternAccount]
    windows: list[dict[int, tuple[Window, ...]]]  # per series: weekday index -> openings
    service_s: list[int]
    dropped: list[DroppedVisit]
    capacity_min: float  # estimated visit minutes a day holds
    leg_min: float  # estimated drive per visit, between visits
    trip_min: float  # estimated drive per day, to the first visit and home from the last
    fixed: Sequence[FixedVisit]
    base: DayBase | None = None  # what the fixed appointments put on each day


def _windows(
    a: PatternAccount, s: PatternSettings, service_s: int
) -> dict[int, tuple[Window, ...]]:
    """Per working weekday index: every opening interval inside the working day that
    holds the visit (a morning and an afternoon, say). Closed weekdays are left out."""
    start, end = seconds(s.day_start), seconds(s.day_end)
    out = {}
    for wd, weekday in enumerate(s.workdays):
        windows = open_windows(a.opening_hours, weekday, start, end, service_s)
        if windows:
            out[wd] = windows
    return out


def _prepare(
    accounts: Sequence[PatternAccount],
    home: LatLon,
    s: PatternSettings,
    fixed: Sequence[FixedVisit],
) -> _Prepared:
    located = [a for a in accounts if a.lat is not None and a.lon is not None]
    per_week = len(s.workdays)
    pins: dict[str, FixedVisit] = {}
    booked: dict[str, set[int]] = {}
    for f in fixed:  # the first appointment of an account decides its slot
        pins.setdefault(f.account_id, f)
        booked.setdefault(f.account_id, set()).add(f.day)
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
        days = frozenset(booked.get(a.id, ()))
        bounds = s.gap_days.get(a.level)
        key = len(series)
        series.append(Series(key, x, y, k, 0.0, a.value, frozenset(open_at), pinned, days, bounds))
        kept.append(a)
        windows.append(open_at)
        service.append(service_s)
    leg_min, trip_min = _estimates([(a.lat, a.lon) for a in kept], home, s)
    usable = min(seconds(s.day_end) - seconds(s.day_start), s.max_hours * 3600) / 60
    capacity = max(1.0, usable - s.lunch_min - trip_min)
    p = _Prepared(series, kept, windows, service, dropped, capacity, leg_min, trip_min, fixed)
    _load(p, s, home, leg_min)
    return p


def _load(p: _Prepared, s: PatternSettings, home: LatLon, leg_min: float) -> None:
    """Each series' load per visit and each day's appointment load for `leg_min`."""
    p.leg_min = leg_min
    for x, sv in zip(p.series, p.service_s, strict=True):
        x.load = sv / 60 + leg_min
    p.base = _fixed_load(
        p.series, p.accounts, p.service_s, p.fixed, s, home, leg_min, p.capacity_min
    )


def _overfull(p: _Prepared, days_of: dict[int, list[int]], leg_min: float) -> bool:
    """Would a day exceed the capacity if each visit drove `leg_min`?"""
    load = np.array(p.base.load, dtype=float)
    for x in p.series:
        for d in days_of[x.key]:
            if d not in x.fixed_days:
                load[d] += p.service_s[x.key] / 60 + leg_min
    return bool((load > p.capacity_min).any())


def _observed_leg(
    p: _Prepared, days_of: dict[int, list[int]], home: LatLon, s: PatternSettings
) -> float:
    """Drive per visit between visits on the assigned days, each day driven nearest
    neighbour first from home: what the estimate missed about this territory. VROOM's
    days drive about a fifth less than nearest neighbour (benchmark instances), so the
    figure is scaled by NN_TO_VROOM."""
    on_day: dict[int, list[tuple[float, float]]] = {}
    for x in p.series:
        a = p.accounts[x.key]
        for d in days_of[x.key]:
            on_day.setdefault(d, []).append((a.lat, a.lon))
    drive = visits = 0.0
    for points in on_day.values():
        m = duration_matrix_s([home, *points], s.speed_kmh, s.detour_factor)
        left, at, total = set(range(1, len(points) + 1)), 0, 0
        while left:
            nxt = min(left, key=lambda j, at=at: m[at, j])
            total += m[at, nxt]
            left.discard(nxt)
            at = nxt
        drive += (total + m[at, 0]) / 60 - p.trip_min
        visits += len(points)
    return NN_TO_VROOM * drive / visits if visits else p.leg_min


def _fixed_load(
    series: list[Series],
    kept: list[PatternAccount],
    service: list[int],
    fixed: Sequence[FixedVisit],
    s: PatternSettings,
    home: LatLon,
    leg_min: float,
    capacity: float,
) -> DayBase:
    """Each day's load from its appointments: the day's capacity less the time they leave
    for other visits. That time is the free stretches before, between and after them
    (less the drive from one to the next, from home to the first and back from the
    last), each counted only if a visit fits, within the maximum hours, less lunch."""
    base = DayBase.empty(s.days)
    index = {a.id: i for i, a in enumerate(kept)}
    shortest = min((x.load for x in series), default=leg_min)
    per_day: dict[int, list[tuple[int, int, int]]] = {}  # day -> (start, end, series)
    for f in fixed:
        i = index.get(f.account_id)
        if i is None or not 0 <= f.day < s.days:
            continue
        begin = seconds(f.start)
        end = begin + round((f.duration_min or service[i] / 60) * 60)  # as booked
        per_day.setdefault(f.day, []).append((begin, end, i))
        base.add(f.day, 0.0, series[i].x, series[i].y)
    for day, spans in per_day.items():
        spans.sort()
        points = [home, *((kept[i].lat, kept[i].lon) for _, _, i in spans)]
        m = duration_matrix_s(points, s.speed_kmh, s.detour_factor) / 60
        n = len(spans)
        first = spans[0][0] / 60 - m[0, 1]  # leaving home
        last = spans[-1][1] / 60 + m[n, 0]  # home again
        inner = 0.0
        for j in range(n - 1):
            gap = (spans[j + 1][0] - spans[j][1]) / 60 - m[j + 1, j + 2] - leg_min
            inner += gap if gap >= shortest else 0.0
        before = first - seconds(s.day_start) / 60
        after = seconds(s.day_end) / 60 - last
        outer = sum(g for g in (before, after) if g >= shortest)
        outer = min(outer, max(0.0, s.max_hours * 60 - (last - first)))
        free = max(0.0, inner + outer - s.lunch_min)
        base.load[day] += max(0.0, capacity - free)
    return base


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
    per_week = len(s.workdays)

    def visits(x: Series) -> int:  # the ones not already counted as appointments
        if x.pinned is None:
            return x.k
        return len(set(slot_days(x.pinned, s.weeks, x.k, per_week)) - x.fixed_days)

    need = sum(x.load * visits(x) for x in p.series) + float(p.base.load.sum())
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
    offsets = day_offsets(s)
    if baseline_seed is None:
        days_of = assign(p.series, s.weeks, per_week, p.capacity_min, base=p.base, offsets=offsets)
        # The first estimate of the drive per visit is a guess from the whole territory;
        # the days just assigned show what it is here. If that overfills a day: again.
        leg = _observed_leg(p, days_of, home, s)
        if leg > CALIBRATE * p.leg_min and _overfull(p, days_of, leg):
            # Not trimmed again: the first trim dropped only what clearly cannot fit;
            # what a day still cannot hold is found by routing it.
            _load(p, s, home, leg)
            days_of = assign(
                p.series, s.weeks, per_week, p.capacity_min, base=p.base, offsets=offsets
            )
    else:
        days_of = random_days(
            p.series, s.weeks, per_week, p.capacity_min, baseline_seed, base=p.base
        )
    fixed_at = {(f.account_id, f.day): f for f in fixed}
    day_stops: list[list] = [[] for _ in range(s.days)]
    meta: dict[str, tuple[int, int, bool, int]] = {}  # stop id -> (series, number, fixed, s)
    top = max((a.value for a in p.accounts), default=1.0) or 1.0
    for x in p.series:
        a = p.accounts[x.key]
        for n, d in enumerate(days_of[x.key], start=1):
            sid = f"{a.id}#{n}"
            f = fixed_at.get((a.id, d))
            service = p.service_s[x.key]
            if f is not None:
                service = round((f.duration_min or service / 60) * 60)
                begin = seconds(f.start)
                windows, value = ((begin, begin + service),), 2 * top  # VROOM keeps it first
            else:
                windows, value = p.windows[x.key].get(d % per_week), max(a.value, 1e-9)
                if windows is None:  # an appointment put its account on a closed weekday
                    p.dropped += drop_visits(a, n, CLOSED, d, first=n)
                    continue
            day_stops[d].append(stop(sid, a.lat, a.lon, service, windows, value))
            meta[sid] = (x.key, n, f is not None, service)
    plan = route_all(p, s, home, day_stops, meta, start)
    unlocated = [a.id for a in accounts if a.lat is None or a.lon is None]
    return replace(plan, needs_location=unlocated)
