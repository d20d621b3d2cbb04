"""Which days of the cycle each account is visited: sweep by angle, then local search.

An account visited k times in a cycle of W weeks gets one *slot*: a weekday and a week
phase; its visits are that weekday of weeks phase, phase + W/k, ... So repeat visits
are evenly spaced by construction (7 x W/k days, the wrap into the next cycle included).
The sweep cuts the accounts, sorted by their angle around home, into one sector per
weekday of equal weekly load; phases split each sector's B and C accounts by angle. A
local search then moves accounts between slots while that brings every day's visits
closer to the day's centre and keeps each day within its estimated capacity.

Days are not alike: fixed appointments (their booked time, a drive to each and the gaps
between them too short for a visit) already fill some of them. That load is counted on
its own day (`DayBase`), so slots avoid weekdays whose first weeks are booked up. Last,
single visits on a day that is still over its capacity move to a day with room where
the account's spacing bounds allow it (an A visit from Thursday to Wednesday of the same
week, say): the slot's days are where visits start, not a rule.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

BALANCE = 0.3  # km of detour a minute of load above the average day is worth
Slot = tuple[int, int]  # (weekday index within the working days, week phase)


@dataclass
class Series:
    """One account's visits in the cycle, in solver terms."""

    key: int  # index into the caller's account list
    x: float  # km east of home
    y: float  # km north of home
    k: int  # visits per cycle
    load: float  # estimated minutes per visit (service + driving share)
    value: float
    open_days: frozenset[int]  # weekday indexes the account is open
    pinned: Slot | None = None  # a fixed appointment decides the slot
    fixed_days: frozenset[int] = frozenset()  # cycle days with an appointment (in DayBase)
    gaps: tuple[int, int] | None = None  # allowed calendar days between repeat visits


@dataclass
class DayBase:
    """What fixed appointments put on each cycle day before any slot is chosen: minutes
    of load, and the sums of their coordinates (they pull a day's centre too)."""

    load: np.ndarray
    sx: np.ndarray
    sy: np.ndarray
    count: np.ndarray

    @classmethod
    def empty(cls, days: int) -> DayBase:
        return cls(*(np.zeros(days) for _ in range(4)))

    def add(self, day: int, minutes: float, x: float, y: float) -> None:
        self.load[day] += minutes
        self.sx[day] += x
        self.sy[day] += y
        self.count[day] += 1


def spacing(days: Sequence[int], offsets: Sequence[int], cycle: int) -> list[int]:
    """Calendar days between visits on cycle days `days`, the wrap into the next cycle
    included; [] for fewer than two visits."""
    at = sorted(offsets[d] for d in days)
    if len(at) < 2:
        return []
    return [b - a for a, b in pairwise(at)] + [at[0] + cycle - at[-1]]


def move_keeps_spacing(
    days: Sequence[int],
    old: int,
    new: int,
    offsets: Sequence[int],
    cycle: int,
    bounds: tuple[int, int] | None,
) -> bool:
    """Does moving the visit on cycle day `old` to `new` keep every gap the move makes
    within `bounds`? Gaps the move leaves alone are not judged (two appointments a day
    apart stay what they are)."""
    if bounds is None:
        return True
    before = Counter(spacing(days, offsets, cycle))
    after = Counter(spacing([*(d for d in days if d != old), new], offsets, cycle))
    return all(bounds[0] <= g <= bounds[1] for g in (after - before).elements())


def step_of(weeks: int, k: int) -> int:
    """Weeks between repeat visits of a series with k visits in `weeks` weeks."""
    return max(1, weeks // k)


def slot_days(slot: Slot, weeks: int, k: int, per_week: int) -> list[int]:
    """The cycle day indexes (0-based) a slot covers."""
    wd, phase = slot
    step = step_of(weeks, k)
    return [(phase + i * step) * per_week + wd for i in range(k)]


def slots_for(s: Series, weeks: int) -> list[Slot]:
    if s.pinned is not None:
        return [s.pinned]
    return [(wd, p) for wd in sorted(s.open_days) for p in range(step_of(weeks, s.k))]


class Assignment:
    """Slots chosen per series, with each day's load and coordinate sums kept current."""

    def __init__(
        self,
        series: Sequence[Series],
        weeks: int,
        per_week: int,
        capacity: float,
        base: DayBase | None = None,
    ):
        self.series, self.weeks, self.per_week = list(series), weeks, per_week
        self.capacity = capacity  # estimated minutes of visits a day holds
        n = weeks * per_week
        base = base or DayBase.empty(n)
        self.load, self.sx, self.sy, self.count = (
            np.array(v, dtype=float) for v in (base.load, base.sx, base.sy, base.count)
        )
        self.slot: dict[int, Slot] = {}
        # Days above the average load cost a little, so the week stays even and no
        # day overflows while another has room.
        need = sum(x.load * x.k for x in self.series) + float(base.load.sum())
        self.target = min(capacity, need / max(1, n))

    def days(self, s: Series, slot: Slot) -> list[int]:
        return slot_days(slot, self.weeks, s.k, self.per_week)

    def put(self, s: Series, slot: Slot, sign: int = 1) -> None:
        for d in self.days(s, slot):
            if d not in s.fixed_days:  # the appointment's load is in the DayBase
                self.add(s, d, sign)
        if sign > 0:
            self.slot[s.key] = slot
        else:
            del self.slot[s.key]

    def add(self, s: Series, d: int, sign: int = 1) -> None:
        """One visit of s on day d (sign -1: taken off)."""
        self.load[d] += sign * s.load
        self.sx[d] += sign * s.x
        self.sy[d] += sign * s.y
        self.count[d] += sign

    def distance(self, s: Series, d: int) -> float:
        """km from s to the centre of day d's other visits (0 for an empty day)."""
        c = self.count[d]
        return math.hypot(s.x - self.sx[d] / c, s.y - self.sy[d] / c) if c > 0 else 0.0

    def cost_at(self, s: Series, slot: Slot) -> float:
        """Distance from s to the centres of the slot's days (s itself not counted),
        plus a steep price for load beyond a day's capacity."""
        return sum(self.day_cost(s, d) for d in self.days(s, slot) if d not in s.fixed_days)

    def day_cost(self, s: Series, d: int) -> float:
        """What one visit of s (not yet counted) costs on day d."""
        total = self.distance(s, d)
        load = self.load[d] + s.load
        if load > self.target:
            total += BALANCE * (load - max(self.load[d], self.target))
        if load > self.capacity:
            total += load - max(self.load[d], self.capacity)  # a minute ~ a km
        return total


def assign(
    series: Sequence[Series],
    weeks: int,
    per_week: int,
    capacity: float,
    rounds: int = 6,
    *,
    base: DayBase | None = None,
    offsets: Sequence[int] | None = None,
) -> dict[int, list[int]]:
    """The cycle days of each series' visits: sweep, local search over slots, then single
    visits moved off days over capacity. Returns {series key: sorted days}, fixed days
    included. `offsets` (calendar day of each cycle day, default Mon-Fri weeks) judge the
    spacing of moved visits."""
    a = Assignment(series, weeks, per_week, capacity, base)
    _sweep(a)
    for _ in range(rounds):
        moved = 0
        for s in a.series:
            if s.pinned is not None:
                continue
            current = a.slot[s.key]
            a.put(s, current, -1)
            here = a.cost_at(s, current)
            best, best_cost = current, here
            for slot in slots_for(s, weeks):
                cost = a.cost_at(s, slot)
                if cost < best_cost - 1e-9:
                    best, best_cost = slot, cost
            a.put(s, best)
            moved += best != current
        if not moved:
            break
    if offsets is None:
        offsets = [(d // per_week) * 7 + d % per_week for d in range(weeks * per_week)]
    return relieve(a, offsets)


def visit_days(a: Assignment) -> dict[int, list[int]]:
    """Each series' cycle days as its slot gives them, plus its other appointments."""
    return {s.key: sorted(set(a.days(s, a.slot[s.key])) | s.fixed_days) for s in a.series}


def relieve(a: Assignment, offsets: Sequence[int], rounds: int = 4) -> dict[int, list[int]]:
    """Move single visits off days whose estimated load exceeds the capacity, each to the
    day with room that suits it best (near that day's centre), where the account is open
    and its spacing bounds allow the move. Returns {series key: sorted days}."""
    days = visit_days(a)
    cycle = a.weeks * 7
    n = len(a.load)
    for s in a.series:  # an appointment's slot may fall on a weekday the account is closed
        for d in [d for d in days[s.key] if d % a.per_week not in s.open_days]:
            if d not in s.fixed_days:
                e = _best_day(a, s, days, d, offsets, cycle, room=False)
                if e is not None:
                    _move(a, s, days, d, e)
    for _ in range(rounds):
        moved = False
        for d in sorted(range(n), key=lambda d: -a.load[d]):
            while a.load[d] > a.capacity + 1e-9:
                move = _best_move(a, days, d, offsets, cycle)
                if move is None:
                    break
                _move(a, move[0], days, d, move[1])
                moved = True
        if not moved:
            break
    return days


def _move(a: Assignment, s: Series, days: dict[int, list[int]], d: int, e: int) -> None:
    """s's visit on day d goes to day e (never an appointment: those stay)."""
    a.add(s, d, -1)
    a.add(s, e)
    days[s.key] = sorted([*(x for x in days[s.key] if x != d), e])


def _best_day(
    a: Assignment, s: Series, days, d: int, offsets, cycle: int, room: bool = True
) -> int | None:
    """The best other day for s's visit on day d (not counted on d while asked): open,
    spacing kept, and (if `room`) within capacity; else the least overloaded."""
    best, best_cost = None, math.inf
    for e in range(len(a.load)):
        if (
            e in days[s.key]
            or e % a.per_week not in s.open_days
            or (room and a.load[e] + s.load > a.capacity)
            or not move_keeps_spacing(days[s.key], d, e, offsets, cycle, s.gaps)
        ):
            continue
        cost = a.day_cost(s, e)
        if cost < best_cost:
            best, best_cost = e, cost
    return best


def _best_move(a: Assignment, days, d: int, offsets, cycle: int) -> tuple[Series, int] | None:
    """The cheapest (series, new day) for one movable visit now on day d, or None."""
    best, best_cost = None, math.inf
    for s in a.series:
        if d not in days[s.key] or d in s.fixed_days:
            continue
        a.add(s, d, -1)
        e = _best_day(a, s, days, d, offsets, cycle)
        if e is not None:
            cost = a.day_cost(s, e) - a.distance(s, d)
            if cost < best_cost:
                best, best_cost = (s, e), cost
        a.add(s, d)
    return best


def _sweep(a: Assignment) -> None:
    """Pinned series first; then sectors of equal weekly load by angle around home."""
    free = [s for s in a.series if s.pinned is None]
    for s in a.series:
        if s.pinned is not None:
            a.put(s, s.pinned)
    if not free:
        return
    angles = np.array([math.atan2(s.y, s.x) for s in free])
    order = list(np.argsort(angles, kind="stable"))
    # Start the sweep after the widest empty angle, so no sector straddles a dense area.
    ordered = angles[order]
    gaps = np.diff(np.append(ordered, ordered[0] + 2 * math.pi))
    first = (int(np.argmax(gaps)) + 1) % len(order)
    order = order[first:] + order[:first]
    weekly = [free[i].load * free[i].k / a.weeks for i in order]
    total = sum(weekly) or 1.0
    sector_of, acc = {}, 0.0
    for i, w in zip(order, weekly, strict=True):
        sector_of[i] = min(a.per_week - 1, int((acc + w / 2) / total * a.per_week))
        acc += w
    # Within a sector, consecutive accounts of one frequency go to consecutive phases in
    # blocks, so each phase of the sector is a compact wedge too.
    for wd in range(a.per_week):
        members = [i for i in order if sector_of[i] == wd]
        by_k: dict[int, list[int]] = {}
        for i in members:
            by_k.setdefault(free[i].k, []).append(i)
        for k, group in by_k.items():
            phases = step_of(a.weeks, k)
            for n, i in enumerate(group):
                s = free[i]
                slot = (wd, n * phases // len(group))
                if wd not in s.open_days:  # closed that weekday: the best open slot
                    slot = min(slots_for(s, a.weeks), key=lambda sl, s=s: a.cost_at(s, sl))
                a.put(s, slot)


def random_days(
    series: Sequence[Series],
    weeks: int,
    per_week: int,
    capacity: float,
    seed: int = 0,
    base: DayBase | None = None,
) -> dict[int, list[int]]:
    """A random balanced assignment (the benchmark's baseline): each series in random
    order takes the least-loaded of its slots, ties broken at random. Returns {series
    key: sorted days} like assign()."""
    rng = random.Random(seed)
    a = Assignment(series, weeks, per_week, capacity, base)
    shuffled = list(series)
    rng.shuffle(shuffled)
    for s in shuffled:
        options = slots_for(s, weeks)
        rng.shuffle(options)
        a.put(s, min(options, key=lambda sl, s=s: max(a.load[d] for d in a.days(s, sl))))
    return visit_days(a)
