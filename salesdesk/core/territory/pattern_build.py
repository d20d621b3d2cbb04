"""Route every day of the pattern, then give visits their day could not hold a second
chance on another day that keeps the account's spacing within bounds."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING

from .pattern_day import DayLimits, DayResult, route_day, stop
from .pattern_model import (
    CLOSED,
    DAY_FULL,
    FIXED_CLASH,
    PatternDay,
    PatternPlan,
    PatternSettings,
    PlannedVisit,
    drop_visits,
    seconds,
)
from .route_input import RouteProblem, clock
from .travel import LatLon, duration_matrix_s

if TYPE_CHECKING:
    from .pattern import _Prepared

RETRY_DAYS = 3  # other days tried per dropped visit, those with the most time left first


def limits(s: PatternSettings) -> DayLimits:
    return DayLimits(
        seconds(s.day_start),
        seconds(s.day_end),
        seconds(s.lunch_from),
        seconds(s.lunch_to),
        s.lunch_min * 60,
        round(s.max_hours * 3600),
    )


def widened(problem: RouteProblem, fixed: set[str]) -> RouteProblem:
    """The day stretched to reach an appointment set before its start or after its end."""
    start, end = problem.day_start, problem.day_end
    for sp in problem.stops:
        if sp.id in fixed and sp.window is not None:
            legs = duration_matrix_s(
                [problem.start, (sp.lat, sp.lon)], problem.speed_kmh, problem.detour_factor
            )
            leg = int(legs[0, 1])
            start, end = min(start, sp.window[0] - leg), max(end, sp.window[1] + leg)
    return replace(problem, day_start=max(0, start), day_end=min(24 * 3600, end))


def _gaps_ok(days: list[int], offsets: list[int], cycle: int, bounds) -> bool:
    if bounds is None or len(days) < 2:
        return True
    at = sorted(offsets[d] for d in days)
    gaps = [b - a for a, b in pairwise(at)] + [at[0] + cycle - at[-1]]
    return all(bounds[0] <= g <= bounds[1] for g in gaps)


def _slack(result: DayResult, problem: RouteProblem, lim: DayLimits) -> int:
    """Seconds the day has left: before its end and within the maximum hours."""
    t = result.times
    if not t.order:
        return min(problem.day_end - problem.day_start, lim.max_work_s)
    lunch = lim.lunch_s if t.lunch_start is None else 0  # a longer day may reach lunch
    return min(problem.day_end - t.back, lim.max_work_s - (t.back - t.depart)) - lunch


def route_all(
    p: _Prepared,
    s: PatternSettings,
    home: LatLon,
    day_stops: list[list],
    meta: dict[str, tuple[int, int, bool, int]],
    start: date | None,
) -> PatternPlan:
    """Route each day, retry what did not fit elsewhere, and total up."""
    lim, per_week = limits(s), len(s.workdays)
    offsets = [(d // per_week) * 7 + s.workdays[d % per_week] for d in range(s.days)]
    fixed = frozenset(i for i in meta if meta[i][2])
    problems = [
        widened(
            RouteProblem(
                home,
                home,
                lim.day_start,
                lim.day_end,
                tuple(st),
                s.speed_kmh,
                s.detour_factor,
                s.osrm_url,
            ),
            set(fixed),
        )
        for st in day_stops
    ]
    results = [route_day(pr, lim, fixed) for pr in problems]
    where: dict[int, list[int]] = {}  # series key -> days it is visited
    for d, r in enumerate(results):
        for sid in r.times.order:
            where.setdefault(meta[sid][0], []).append(d)
    lost: list[tuple[str, int]] = []  # (stop id, day it was meant for)
    retry = sorted(
        ((sid, d) for d, r in enumerate(results) for sid in r.dropped if sid not in fixed),
        key=lambda x: -p.accounts[meta[x[0]][0]].value,
    )
    for sid, d in retry:
        key = meta[sid][0]
        a = p.accounts[key]
        taken = where.get(key, [])
        options = [
            e
            for e in range(s.days)
            if e != d
            and e not in taken
            and (e % per_week) in p.windows[key]
            and _slack(results[e], problems[e], lim) >= meta[sid][3]
            and _gaps_ok([*taken, e], offsets, s.weeks * 7, s.gap_days.get(a.level))
        ]
        options.sort(key=lambda e: -_slack(results[e], problems[e], lim))
        for e in options[:RETRY_DAYS]:
            window = p.windows[key][e % per_week]
            extra = stop(sid, a.lat, a.lon, meta[sid][3], window, max(a.value, 1e-9))
            trial = replace(problems[e], stops=(*problems[e].stops, extra))
            result = route_day(trial, lim, fixed)
            if not result.dropped or set(result.dropped) <= set(results[e].dropped):
                problems[e], results[e] = trial, result
                where.setdefault(key, []).append(e)
                break
        else:
            lost.append((sid, d))
    return _plan(p, s, lim, results, meta, offsets, lost, start)


def _plan(p, s, lim, results: list[DayResult], meta, offsets, lost, start) -> PatternPlan:
    per_week = len(s.workdays)
    days, dropped = [], list(p.dropped)
    for d, result in enumerate(results):
        t = result.times
        visits = []
        for sid, begin in zip(t.order, t.starts, strict=True):
            key, n, is_fixed, service = meta[sid]
            a = p.accounts[key]
            visits.append(
                PlannedVisit(a.id, n, clock(begin), begin, service / 60, is_fixed, a.name)
            )
        for sid in result.dropped:
            key, n, is_fixed, _ = meta[sid]
            if is_fixed:
                dropped += drop_visits(p.accounts[key], n, FIXED_CLASH, d, first=n)
        lunch_s = s.lunch_min * 60 if t.lunch_start is not None else 0
        days.append(
            PatternDay(
                d,
                d // per_week,
                s.workdays[d % per_week],
                None if start is None else start + timedelta(days=offsets[d]),
                visits,
                round(t.drive_s / 60, 1) if visits else 0.0,
                round((t.back - t.depart - lunch_s) / 60, 1) if visits else 0.0,
                clock(t.depart) if visits else None,
                clock(t.back) if visits else None,
                clock(t.lunch_start) if visits and t.lunch_start is not None else None,
            )
        )
    for sid, d in lost:
        key, n, _, _ = meta[sid]
        dropped += drop_visits(p.accounts[key], n, DAY_FULL, d, first=n)
    dropped.sort(key=lambda v: (v.value, v.account_id, v.number))
    placed = sum(len(d.visits) for d in days)
    work = sum(d.work_min for d in days)
    missing = sum(v.reason != CLOSED for v in dropped)  # closed accounts need no hours
    per_visit = work / placed if placed else p.leg_min + 30
    usable = min(lim.day_end - lim.day_start, lim.max_work_s) / 60 - s.lunch_min
    return PatternPlan(
        days=days,
        dropped=dropped,
        needs_location=[],
        required=len(meta) + len(p.dropped),
        hours_needed=(work + missing * per_visit) / 60,
        hours_available=s.days * usable / 60,
        cycle_days=s.weeks * 7,
        day_offsets=offsets,
    )
