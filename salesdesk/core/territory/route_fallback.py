"""The day's timetable for a visit order, and the pure-Python safety-net solver.

VROOM solves routes (routing.py); this module is what runs if VROOM fails: nearest
neighbour with time windows, 2-opt, then the leftover visits inserted by value (swapping
out a cheaper visit when that is the only way in). Slower and a few % longer than VROOM,
but always a valid day. Node 0 is the start, node 1 the end, visit j is node j + 2.
"""

from __future__ import annotations

from dataclasses import dataclass

from .notes import Note


@dataclass(frozen=True)
class Instance:
    """A day in solver terms: whole seconds, visits by index."""

    matrix: list[list[int]]  # seconds, nodes: 0 start, 1 end, 2.. visits
    service: list[int]
    # Per visit, when it may start: (earliest, latest) pairs, sorted and apart (a window
    # becomes its start time to its end minus the visit). Empty: the visit cannot be made.
    starts: list[tuple[tuple[int, int], ...]]
    value: list[float]
    day_start: int
    day_end: int
    travel_note: Note | None = None  # why road times were asked for but not used


@dataclass(frozen=True)
class Timetable:
    starts: list[int]  # service start of each visit in order, seconds since midnight
    depart: int  # leaving the start as late as the first visit allows
    back: int  # arrival at the end
    drive: int  # seconds


def earliest(inst: Instance, j: int, t: int) -> int | None:
    """The first moment at or after `t` visit j may start; None once its last window closed.

    Starting as early as possible never makes a later visit later, so this greedy choice
    of window is the right one for every order.
    """
    for lo, hi in inst.starts[j]:
        if t <= hi:
            return max(t, lo)
    return None


def timetable(inst: Instance, order: list[int]) -> Timetable | None:
    """When each visit starts if the rep drives `order`; None if a window or the day breaks."""
    m, t, prev, drive, starts = inst.matrix, inst.day_start, 0, 0, []
    for j in order:
        leg = m[prev][j + 2]
        drive += leg
        begin = earliest(inst, j, t + leg)
        if begin is None:
            return None
        t = begin
        starts.append(t)
        t += inst.service[j]
        prev = j + 2
    drive += m[prev][1]
    t += m[prev][1]
    if t > inst.day_end:
        return None
    # Leaving later only removes waiting before the first visit; nothing else moves.
    depart = starts[0] - m[0][order[0] + 2] if order else inst.day_start
    return Timetable(starts, depart, t, drive)


def _nearest_neighbour(inst: Instance) -> list[int]:
    """From where the rep is, go to the visit that can start soonest and still get home."""
    m, n = inst.matrix, len(inst.service)
    left, order, prev, t = set(range(n)), [], 0, inst.day_start
    while left:
        best = None
        for j in left:
            begin = earliest(inst, j, t + m[prev][j + 2])
            if begin is None:
                continue
            done = begin + inst.service[j]
            if done + m[j + 2][1] <= inst.day_end:
                key = (begin, -inst.value[j], j)
                best = key if best is None or key < best else best
        if best is None:
            break
        begin, _, j = best
        order.append(j)
        left.discard(j)
        prev, t = j + 2, begin + inst.service[j]
    return order


def _two_opt(inst: Instance, order: list[int]) -> list[int]:
    """Reverse segments while that shortens the drive and keeps every window."""
    m = inst.matrix
    current = timetable(inst, order)
    improved = True
    while improved and current is not None:
        improved = False
        nodes = [0, *(j + 2 for j in order), 1]
        for i in range(1, len(nodes) - 2):
            for k in range(i + 1, len(nodes) - 1):
                # Symmetric estimate first; the timetable has the last word.
                delta = (
                    m[nodes[i - 1]][nodes[k]]
                    + m[nodes[i]][nodes[k + 1]]
                    - m[nodes[i - 1]][nodes[i]]
                    - m[nodes[k]][nodes[k + 1]]
                )
                if delta >= 0:
                    continue
                candidate = order[: i - 1] + order[i - 1 : k][::-1] + order[k:]
                found = timetable(inst, candidate)
                if found is not None and found.drive < current.drive:
                    order, current, improved = candidate, found, True
                    nodes = [0, *(j + 2 for j in order), 1]
    return order


def _cheapest_insertion(inst: Instance, order: list[int], j: int) -> list[int] | None:
    best: tuple[int, list[int]] | None = None
    for pos in range(len(order) + 1):
        candidate = [*order[:pos], j, *order[pos:]]
        found = timetable(inst, candidate)
        if found is not None and (best is None or found.drive < best[0]):
            best = (found.drive, candidate)
    return None if best is None else best[1]


def _insert_leftovers(inst: Instance, order: list[int]) -> list[int]:
    """Fit what is left, most valuable first; swap out a cheaper visit if that makes room."""
    queue = sorted(set(range(len(inst.service))) - set(order), key=lambda j: -inst.value[j])
    for _ in range(4 * len(inst.service)):  # each swap raises the total value: it ends
        if not queue:
            break
        j = queue.pop(0)
        placed = _cheapest_insertion(inst, order, j)
        if placed is None:
            for out in sorted(order, key=lambda o: inst.value[o]):
                if inst.value[out] >= inst.value[j]:
                    break
                placed = _cheapest_insertion(inst, [o for o in order if o != out], j)
                if placed is not None:
                    queue.append(out)
                    queue.sort(key=lambda q: -inst.value[q])
                    break
        if placed is not None:
            order = placed
    return order


def solve_fallback(inst: Instance) -> list[int]:
    """A valid visit order (indices) without VROOM; visits left out did not fit."""
    order = _two_opt(inst, _nearest_neighbour(inst))
    return _two_opt(inst, _insert_leftovers(inst, order))
