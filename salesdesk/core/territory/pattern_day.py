"""Route one day of the call pattern: VROOM (routing.solve) for the order, then the lunch
break, the maximum working hours and fixed appointments checked on our own clock.

routing.solve knows neither breaks nor a limit on hours worked, so the day is solved with
the lunch taken out of its end, and the order is then timed with the lunch inserted where
the rep is when lunch time comes. If that breaks a window, the day or the hours, the
least valuable visit that is not a fixed appointment leaves the day and it is solved again.

Fixed appointments were agreed with customers, so they bend the rep's own rules: when the
appointments of a day can be driven between but leave no room for the lunch break in its
window, or take longer than the maximum hours, lunch moves later (or, if no time is left
for it, is skipped) and the day runs longer, and the day says so in `waived`. Only
appointments too close to drive between clash: the later one leaves.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .route_fallback import Instance, earliest
from .route_input import RouteProblem, Stop, Window
from .routing import instance, solve

LATE_LUNCH = "late_lunch"  # the appointments fill the lunch window: lunch comes later
NO_LUNCH = "no_lunch"  # the appointments leave no room for the lunch break at all
LONG_DAY = "long_day"  # the appointments need more than the maximum hours
LUNCH_LATER_S = (1800, 3600, 5400, 7200)  # how much later the lunch window may close
_DAY_S = 24 * 3600


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
    limits: DayLimits | None = None  # the limits the day was timed with
    waived: tuple[str, ...] = ()  # NO_LUNCH, LONG_DAY: rules the appointments bent
    clashes: tuple[str, ...] = ()  # fixed appointments too close to drive between


def time_day(inst: Instance, order: list[int], lim: DayLimits) -> tuple | None:
    """(starts, depart, back, drive, lunch start) for `order`, or None if it breaks a rule.

    Lunch is taken where the rep is: after the first visit that ends at or after lunch
    time (unless eating then would miss the next visit's window, say an appointment
    half an hour later: then after that visit), or earlier (waiting until lunch time)
    when the next visit would end too late to eat within the lunch window.
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
            now = eat(t)
            if now is None:
                return None
            if earliest(inst, j, now + lim.lunch_s + leg) is not None:
                lunch, t = now, now + lim.lunch_s
        begin = earliest(inst, j, t + leg)
        if lunch is None and (begin is None or begin + inst.service[j] > latest_lunch):
            lunch = eat(t)
            if lunch is None:
                return None
            t = lunch + lim.lunch_s
            begin = earliest(inst, j, t + leg)
        if begin is None:
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
    """Fixed appointments that cannot all be kept even without lunch and with no limit on
    the hours: each that cannot be reached from the earlier ones in time."""
    loose = replace(lim, lunch_s=0, max_work_s=_DAY_S)
    kept: list[Stop] = []
    clash = []
    for s in sorted((s for s in problem.stops if s.id in fixed), key=_first_window):
        if _timed(problem, [*kept, s], loose) is None:
            clash.append(s.id)
        else:
            kept.append(s)
    return clash


def _first_window(s: Stop) -> Window:
    return s.windows[0] if s.windows else (0, 0)


def _bent(problem: RouteProblem, lim: DayLimits, kept: list[Stop]) -> tuple:
    """(limits, waived): the day's limits bent just enough to keep the appointments
    `kept` (which can be driven between): a longer day, lunch later, or no lunch."""
    kept = sorted(kept, key=_first_window)
    if not kept or _timed(problem, kept, lim) is not None:
        return lim, ()
    lunches = [(lim.lunch_to, ())]
    if lim.lunch_s:
        lunches += [(lim.lunch_to + later, (LATE_LUNCH,)) for later in LUNCH_LATER_S]
        lunches.append((lim.lunch_to, (NO_LUNCH,)))
    for lunch_to, waived in lunches:
        trial = replace(
            lim,
            lunch_to=lunch_to,
            lunch_s=0 if NO_LUNCH in waived else lim.lunch_s,
            max_work_s=_DAY_S,
        )
        timed = _timed(problem, kept, trial)
        if timed is None:
            continue
        span = timed[2] - timed[1]  # back - depart
        if span > lim.max_work_s:
            waived += (LONG_DAY,)
        return replace(trial, max_work_s=max(lim.max_work_s, span)), waived
    return lim, ()  # unreachable: _clashing kept only what fits without either rule


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
        return DayResult(DayTimes([], [], lim.day_start, lim.day_start, 0, None), [], lim)
    clashes = _clashing(problem, lim, fixed)
    dropped = list(clashes)
    stops = tuple(s for s in problem.stops if s.id not in dropped)
    lim, waived = _bent(problem, lim, [s for s in stops if s.id in fixed])
    squeezed = replace(
        problem,
        stops=stops,
        day_end=max(problem.day_start + 1, problem.day_end - lim.lunch_s),
    )
    plan = solve(squeezed, exploration=exploration)
    by_id = {s.id: s for s in stops}
    order = [by_id[i] for i in plan.order]
    # The day VROOM saw ends a lunch break early: an appointment late in the day may not
    # have fitted there. It goes back in at its time; visits make room for it below.
    for sid in plan.unscheduled:
        if sid in fixed:
            order = _at_its_time(order, by_id[sid], plan.start_s)
        else:
            dropped.append(sid)
    while True:
        timed = _timed(problem, order, lim)
        if timed is not None:
            starts, depart, back, drive, lunch = timed
            ids = [s.id for s in order]
            times = DayTimes(ids, starts, depart, back, drive, lunch)
            return DayResult(times, dropped, lim, waived, tuple(clashes))
        movable = sorted((s for s in order if s.id not in fixed), key=lambda s: (s.value, s.id))
        # The cheapest visit whose leaving makes the day work; else the cheapest of all.
        out = next((s for s in movable if _timed(problem, _without(order, s), lim)), None)
        out = out or (movable or order)[0]
        dropped.append(out.id)
        order = _without(order, out)


def _at_its_time(order: list[Stop], s: Stop, start_s: dict[str, int]) -> list[Stop]:
    """`order` with appointment `s` before the first visit that starts after it."""
    at = _first_window(s)[0]
    when = [start_s.get(o.id, _first_window(o)[0]) for o in order]
    pos = next((i for i, t in enumerate(when) if t > at), len(order))
    return [*order[:pos], s, *order[pos:]]


def _without(order: list[Stop], out: Stop) -> list[Stop]:
    return [s for s in order if s.id != out.id]


def stop(
    sid: str, lat: float, lon: float, service_s: int, windows: tuple[Window, ...], value: float
) -> Stop:
    """A Stop for the day (a thin alias, so callers need not import route_input)."""
    return Stop(sid, lat, lon, service_s, tuple(windows), value)
