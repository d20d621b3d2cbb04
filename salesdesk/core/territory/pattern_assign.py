"""Which days of the cycle each account is visited: sweep by angle, then local search.

An account visited k times in a cycle of W weeks gets one *slot*: a weekday and a week
phase; its visits are that weekday of weeks phase, phase + W/k, ... So repeat visits
are evenly spaced by construction (7 x W/k days, the wrap into the next cycle included).
The sweep cuts the accounts, sorted by their angle around home, into one sector per
weekday of equal weekly load; phases split each sector's B and C accounts by angle. A
local search then moves accounts between slots while that brings every day's visits
closer to the day's centre and keeps each day within its estimated capacity.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass

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

    def __init__(self, series: Sequence[Series], weeks: int, per_week: int, capacity: float):
        self.series, self.weeks, self.per_week = list(series), weeks, per_week
        self.capacity = capacity  # estimated minutes of visits a day holds
        n = weeks * per_week
        self.load, self.sx, self.sy, self.count = (np.zeros(n) for _ in range(4))
        self.slot: dict[int, Slot] = {}
        # Days above the average load cost a little, so the week stays even and no
        # day overflows while another has room.
        self.target = min(capacity, sum(x.load * x.k for x in self.series) / max(1, n))

    def days(self, s: Series, slot: Slot) -> list[int]:
        return slot_days(slot, self.weeks, s.k, self.per_week)

    def put(self, s: Series, slot: Slot, sign: int = 1) -> None:
        for d in self.days(s, slot):
            self.load[d] += sign * s.load
            self.sx[d] += sign * s.x
            self.sy[d] += sign * s.y
            self.count[d] += sign
        if sign > 0:
            self.slot[s.key] = slot
        else:
            del self.slot[s.key]

    def cost_at(self, s: Series, slot: Slot) -> float:
        """Distance from s to the centres of the slot's days (s itself not counted),
        plus a steep price for load beyond a day's capacity."""
        total = 0.0
        for d in self.days(s, slot):
            c = self.count[d]
            if c > 0:
                total += math.hypot(s.x - self.sx[d] / c, s.y - self.sy[d] / c)
            load = self.load[d] + s.load
            if load > self.target:
                total += BALANCE * (load - max(self.load[d], self.target))
            if load > self.capacity:
                total += load - max(self.load[d], self.capacity)  # a minute ~ a km
        return total


def assign(
    series: Sequence[Series], weeks: int, per_week: int, capacity: float, rounds: int = 6
) -> dict[int, Slot]:
    """A slot per series: sweep, then local search. Returns {series key: slot}."""
    a = Assignment(series, weeks, per_week, capacity)
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
    return dict(a.slot)


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


def random_slots(
    series: Sequence[Series], weeks: int, per_week: int, capacity: float, seed: int = 0
) -> dict[int, Slot]:
    """A random balanced assignment (the benchmark's baseline): each series in random
    order takes the least-loaded of its slots, ties broken at random."""
    rng = random.Random(seed)
    a = Assignment(series, weeks, per_week, capacity)
    shuffled = list(series)
    rng.shuffle(shuffled)
    for s in shuffled:
        options = slots_for(s, weeks)
        rng.shuffle(options)
        a.put(s, min(options, key=lambda sl, s=s: max(a.load[d] for d in a.days(s, sl))))
    return dict(a.slot)
