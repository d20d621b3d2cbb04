"""Route every day of the pattern, then give visits their day could not hold a second
chance on another day that keeps the account's spacing within bounds: every such day with
time left is tried, most time left first; then such a day is made room on by moving one
of its visits to a day with room for that one. Only then is a visit dropped as DAY_FULL.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .notes import Note, note
from .pattern_assign import move_keeps_spacing
from .pattern_day import LATE_LUNCH, LONG_DAY, NO_LUNCH, DayLimits, DayResult, route_day, stop
from .pattern_model import (
    CLOSED,
    DAY_FULL,
    DROPPED_NOTE,
    FIXED_CLASH,
    LATE_LUNCH_NOTE,
    LONG_DAY_NOTE,
    NO_LUNCH_NOTE,
    SHORT_OF_TIME_NOTE,
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


RESCUE_DAYS = 4  # days tried to make room on for a visit, and for the visit moved away
RESCUE_VISITS = 4  # visits of such a day tried to move away, least valuable first
RESCUE_ROUNDS = 2  # passes over the visits still waiting for a day


def day_offsets(s: PatternSettings) -> list[int]:
    """The calendar day (0 = the cycle's Monday) of each cycle day index."""
    per_week = len(s.workdays)
    return [(d // per_week) * 7 + s.workdays[d % per_week] for d in range(s.days)]


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
        if sp.id in fixed and sp.windows:
            legs = duration_matrix_s(
                [problem.start, (sp.lat, sp.lon)], problem.speed_kmh, problem.detour_factor
            )
            leg = int(legs[0, 1])
            start = min(start, sp.windows[0][0] - leg)
            end = max(end, sp.windows[-1][1] + leg)
    return replace(problem, day_start=max(0, start), day_end=min(24 * 3600, end))


def _slack(result: DayResult, problem: RouteProblem, lim: DayLimits) -> int:
    """Seconds the day has left: before its end and within the maximum hours."""
    lim = result.limits or lim  # appointments may have bent the day's limits
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
    lim, offsets = limits(s), day_offsets(s)
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
    rescue = _Rescue(p, s, lim, problems, results, meta, offsets, fixed)
    lost = rescue.run()
    return _plan(p, s, lim, rescue.results, meta, offsets, lost, start)


class _Rescue:
    """Second chances for visits their day could not hold, most valuable first: any other
    day that keeps the account's spacing and has the time (most time left first); else
    a day made room on by moving one of its visits to a day that has room for it."""

    def __init__(self, p, s, lim, problems, results, meta, offsets, fixed) -> None:
        self.p, self.s, self.lim, self.meta, self.offsets = p, s, lim, meta, offsets
        self.fixed = fixed
        self.problems: list[RouteProblem] = list(problems)
        self.results: list[DayResult] = list(results)
        self.per_week = len(s.workdays)
        self.where: dict[int, dict[str, int]] = {}  # series -> {stop id: day}, dropped too
        for d, problem in enumerate(problems):
            for sp in problem.stops:
                self.where.setdefault(meta[sp.id][0], {})[sp.id] = d
        self.pending = sorted(
            ((sid, d) for d, r in enumerate(results) for sid in r.dropped if sid not in fixed),
            key=lambda x: (-p.accounts[meta[x[0]][0]].value, x[0]),
        )
        for sid, d in self.pending:  # a visit waiting for a day is on none
            self._set(d, tuple(sp for sp in self.problems[d].stops if sp.id != sid))

    def run(self) -> list[tuple[str, int]]:
        """Place what it can; returns the (stop id, day meant for) of visits it could not."""
        waiting, lost = list(self.pending), []
        for _ in range(RESCUE_ROUNDS):  # a later move may have made room: try again
            lost = []
            for sid, d in waiting:
                if not (self._add(sid, d) or self._make_room(sid, d)):
                    lost.append((sid, d))
            if len(lost) == len(waiting):
                break
            waiting = lost
        for sid, _ in lost:
            del self.where[self.meta[sid][0]][sid]
        return lost

    def slack(self, e: int) -> int:
        return _slack(self.results[e], self.problems[e], self.lim)

    def _set(self, e: int, stops: tuple, result: DayResult | None = None) -> None:
        self.problems[e] = replace(self.problems[e], stops=stops)
        if result is not None:
            self.results[e] = result

    def _days_for(self, sid: str, now: int, room: bool) -> list[int]:
        """Days visit `sid` (meant for day `now`) may move to, most time left first."""
        key, service = self.meta[sid][0], self.meta[sid][3]
        days = list(self.where[key].values())
        bounds = self.s.gap_days.get(self.p.accounts[key].level)
        cycle = self.s.weeks * 7
        options = [
            e
            for e in range(self.s.days)
            if (e == now or e not in days)
            and (e % self.per_week) in self.p.windows[key]
            and (not room or self.slack(e) >= service)
            and (e == now or move_keeps_spacing(days, now, e, self.offsets, cycle, bounds))
        ]
        return sorted(options, key=lambda e: (-self.slack(e), e))

    def _stop(self, sid: str, e: int):
        key, _, _, service = self.meta[sid]
        a = self.p.accounts[key]
        windows = self.p.windows[key][e % self.per_week]
        return stop(sid, a.lat, a.lon, service, windows, max(a.value, 1e-9))

    def _try(self, e: int, stops: tuple, sid: str) -> DayResult | None:
        """Day e routed with `stops`: the result if it keeps `sid` and drops nothing new."""
        result = route_day(replace(self.problems[e], stops=stops), self.lim, self.fixed)
        if sid in result.dropped or not set(result.dropped) <= set(self.results[e].dropped):
            return None
        return result

    def _add(self, sid: str, d: int) -> bool:
        for e in self._days_for(sid, d, room=True):
            stops = (*self.problems[e].stops, self._stop(sid, e))
            result = self._try(e, stops, sid)
            if result is not None:
                self._set(e, stops, result)
                self.where[self.meta[sid][0]][sid] = e
                return True
        return False

    def _make_room(self, sid: str, d: int) -> bool:
        """Move one visit w off a day e `sid` may take, to a day f with room for w."""
        key = self.meta[sid][0]
        for e in self._days_for(sid, d, room=False)[:RESCUE_DAYS]:
            movable = []  # (visit, days with room for it), least valuable first
            for w in self.results[e].times.order:
                if w not in self.fixed and self.meta[w][0] != key:
                    targets = [f for f in self._days_for(w, e, room=True) if f != e]
                    if targets:
                        movable.append((w, targets))
            movable.sort(key=lambda m: (self.p.accounts[self.meta[m[0]][0]].value, m[0]))
            for w, targets in movable[:RESCUE_VISITS]:
                without = tuple(sp for sp in self.problems[e].stops if sp.id != w)
                stops_e = (*without, self._stop(sid, e))
                result_e = self._try(e, stops_e, sid)
                if result_e is None:
                    continue
                for f in targets[:RESCUE_DAYS]:
                    stops_f = (*self.problems[f].stops, self._stop(w, f))
                    result_f = self._try(f, stops_f, w)
                    if result_f is not None:
                        self._set(e, stops_e, result_e)
                        self._set(f, stops_f, result_f)
                        self.where[key][sid] = e
                        self.where[self.meta[w][0]][w] = f
                        return True
        return False


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
        lunch_s = (result.limits or lim).lunch_s if t.lunch_start is not None else 0
        notes = _day_notes(result, t, s) if visits else []
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
                notes,
                result.waived if visits else (),
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
    needed, available = (work + missing * per_visit) / 60, s.days * usable / 60
    required = len(meta) + len(p.dropped)
    notes = []
    if needed > available:
        notes.append(note(SHORT_OF_TIME_NOTE, needed=f"{needed:.1f}", available=f"{available:.1f}"))
    if dropped:
        notes.append(note(DROPPED_NOTE, count=len(dropped), required=required))
    return PatternPlan(
        days=days,
        dropped=dropped,
        needs_location=[],
        required=required,
        hours_needed=needed,
        hours_available=available,
        cycle_days=s.weeks * 7,
        day_offsets=offsets,
        notes=notes,
    )


def _day_notes(result: DayResult, t, s: PatternSettings) -> list[Note]:
    """What the day's appointments bent: the lunch break, the maximum hours."""
    out = []
    if LATE_LUNCH in result.waived and t.lunch_start is not None:
        out.append(
            note(LATE_LUNCH_NOTE, start=s.lunch_from, end=s.lunch_to, time=clock(t.lunch_start))
        )
    if NO_LUNCH in result.waived or (LATE_LUNCH in result.waived and t.lunch_start is None):
        out.append(note(NO_LUNCH_NOTE))
    if LONG_DAY in result.waived:
        hours = (t.back - t.depart) / 3600
        out.append(note(LONG_DAY_NOTE, hours=f"{hours:.1f}", limit=f"{s.max_hours:g}"))
    return out
