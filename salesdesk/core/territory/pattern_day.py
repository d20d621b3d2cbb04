"""Route one day of the call pattern: VROOM (routing.solve) for the order, then the lunch
break, the maximum working hours and fixed appointments checked on our own clock.

routing.solve knows neither breaks nor a limit on hours worked, so the day is solved with
the lunch taken out of its end, and the order is then timed with the lunch inserted where
the rep is when lunch time comes. If that breaks a window, the day or the hours, the
least valuable visit that is not a fixed appointment leaves the day and it is solved again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .route_fallback import Instance
from .route_input import RouteProblem, Stop
from .routing import instance, solve


@dataclass(frozen=True)
class DayLimits:
    """The working day in seconds since midnight."""

    day_start: int
    day_end: int
    lunch_from: int  # lunch starts at or after this
    lunch_to: int  # and ends by this
    lunch_s: int
    max_work_s: int  # leaving home to coming back, lunch included


@dataclass(frozen=True)
class DayTimes:
    order: list[str]  # stop ids
    starts: list[int]  # visit start, seconds since midnight
    depart: int
    back: int
    drive_s: int
    lunch_start: int | None  # None: the day ended before lunch time


@dataclass(frozen=True)
class DayResult:
    times: DayTimes
    dropped: list[str]  # stop ids that did not fit, in the order they left


def time_day(inst: Instance, order: list[int], lim: DayLimits) -> tuple | None:
    """(starts, depart, back, drive, lunch start) for `order`, or None if it breaks a rule.

    Lunch is taken where the rep is: after the first visit that ends at or after lunch
    time, or earlier (waiting until lunch time) when the next visit would end too late
    to eat within the lunch window.
    """
    m, latest_lunch = inst.matrix, lim.lunch_to - lim.lunch_s
    t, prev, drive, starts = inst.day_start, 0, 0, []
    lunch: int | None = None if lim.lunch_s else -1

    def eat(now: int) -> int | None:
        begin = max(now, lim.lunch_from)
        return begin if begin <= latest_lunch else None

    for j in order:
        leg = m[prev][j + 2]
        if lunch is None and t >= lim.lunch_from:
            lunch = eat(t)
            if lunch is None:
                return None
            t = lunch + lim.lunch_s
        begin = max(t + leg, inst.opens[j])
        if lunch is None and begin + inst.service[j] > latest_lunch:
            lunch = eat(t)
            if lunch is None:
                return None
            t = lunch + lim.lunch_s
            begin = max(t + leg, inst.opens[j])
        if begin > inst.latest[j]:
            return None
        starts.append(begin)
        drive += leg
        t = begin + inst.service[j]
        prev = j + 2
    home = m[prev][1]
    if lunch is None and t + home > lim.lunch_from:  # still out at lunch time
        lunch = eat(t)
        if lunch is None:
            return None
        t = lunch + lim.lunch_s
    t += home
    drive += home
    depart = starts[0] - m[0][order[0] + 2] if order else inst.day_start
    if t > lim.day_end or t - depart > lim.max_work_s:
        return None
    return starts, depart, t, drive, (None if lunch == -1 else lunch)


def _timed(problem: RouteProblem, order: list[Stop], lim: DayLimits) -> tuple | None:
    inst = instance(replace(problem, stops=tuple(order)))
    return time_day(inst, list(range(len(order))), lim)


def _clashing(problem: RouteProblem, lim: DayLimits, fixed: frozenset[str]) -> list[str]:
    """Fixed appointments that cannot all be kept: each that breaks the earlier ones."""
    kept: list[Stop] = []
    clash = []
    for s in sorted((s for s in problem.stops if s.id in fixed), key=lambda s: s.window or (0,)):
        if _timed(problem, [*kept, s], lim) is None:
            clash.append(s.id)
        else:
            kept.append(s)
    return clash


def route_day(
    problem: RouteProblem, lim: DayLimits, fixed: frozenset[str], exploration: int | None = None
) -> DayResult:
    """Solve the day's stops; drop the least valuable visits until the day holds.

    `problem` spans the whole working day (its day_start/day_end override `lim`'s, so an
    early appointment can widen a day); its stops' values rank what is kept. VROOM
    solves once: taking a visit out of a drivable order never makes a later visit
    later, so the rest stays valid and nearly as short (re-solving each time cost the
    pattern most of its time budget).
    """
    lim = replace(lim, day_start=problem.day_start, day_end=problem.day_end)
    if not problem.stops:
        return DayResult(DayTimes([], [], lim.day_start, lim.day_start, 0, None), [])
    dropped = _clashing(problem, lim, fixed)
    stops = tuple(s for s in problem.stops if s.id not in dropped)
    squeezed = replace(
        problem,
        stops=stops,
        day_end=max(problem.day_start + 1, problem.day_end - lim.lunch_s),
    )
    plan = solve(squeezed, exploration=exploration)
    dropped += plan.unscheduled
    by_id = {s.id: s for s in stops}
    order = [by_id[i] for i in plan.order]
    while True:
        timed = _timed(problem, order, lim)
        if timed is not None:
            starts, depart, back, drive, lunch = timed
            ids = [s.id for s in order]
            return DayResult(DayTimes(ids, starts, depart, back, drive, lunch), dropped)
        movable = sorted((s for s in order if s.id not in fixed), key=lambda s: (s.value, s.id))
        # The cheapest visit whose leaving makes the day work; else the cheapest of all.
        out = next((s for s in movable if _timed(problem, _without(order, s), lim)), None)
        out = out or (movable or order)[0]
        dropped.append(out.id)
        order = _without(order, out)


def _without(order: list[Stop], out: Stop) -> list[Stop]:
    return [s for s in order if s.id != out.id]


def stop(sid: str, lat: float, lon: float, service_s: int, window, value: float) -> Stop:
    """A Stop for the day (a thin alias, so callers need not import route_input)."""
    return Stop(sid, lat, lon, service_s, window, value)
