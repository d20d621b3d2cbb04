"""Optimise one day's route: start and end at a base, visits with durations, time windows
and values, within the working day. VROOM (pyvroom) solves; visits that do not fit are
reported as unscheduled, the most valuable kept first.

    plan = solve(parse_route_file(json.load(f)))
    plan = add_stop(plan.problem, {"id": "x", "lat": .., "lon": .., "service_min": 15})
"""

from __future__ import annotations

import logging
import os
import random
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

import numpy as np

from ..i18n import QT_TRANSLATE_NOOP
from .notes import Note
from .osrm import travel_matrix
from .route_fallback import Instance, Timetable, solve_fallback, timetable
from .route_input import (
    RouteInputError,
    RouteProblem,
    Stop,
    clock,
    parse_route_file,
    parse_stop,
)

__all__ = [
    "RouteInputError",
    "RoutePlan",
    "RouteProblem",
    "Stop",
    "add_stop",
    "cancel_stop",
    "parse_route_file",
    "solve",
]

log = logging.getLogger(__name__)

NOTHING_FITS = QT_TRANSLATE_NOOP(
    "Errors",
    "None of the {count} visits fits into the day {start}-{end}: each needs more time than "
    "the day or its time window leaves. Start earlier, end later or shorten the visits.",
)
DUPLICATE_ON_ADD = QT_TRANSLATE_NOOP(
    "Errors", 'Stop {stop} is already on this day (field "{field}"); give the new stop its own id.'
)
UNKNOWN_STOP = QT_TRANSLATE_NOOP("Errors", 'There is no stop {stop} on this day (field "{field}").')

# VROOM's exploration level. 5 (the most thorough) keeps more visits than 4 on the 30-stop
# days with windows; on 50+ stops without windows 4 finds the same tours a third faster.
EXPLORATION_WINDOWS = 5
EXPLORATION_LARGE_OPEN = 4


@dataclass(frozen=True)
class RoutePlan:
    """A solved day. `arrivals` are the times each visit starts (HH:MM, rounded down)."""

    order: list[str]
    unscheduled: list[str]  # most valuable first
    drive_min: float
    total_min: float  # leaving the start to arriving at the end
    arrivals: dict[str, str]
    depart: str
    back: str
    solver: str  # "vroom", or "fallback" when VROOM failed
    problem: RouteProblem = field(repr=False, compare=False)
    start_s: dict[str, int] = field(repr=False, compare=False, default_factory=dict)
    travel_note: Note | None = None  # set when OSRM was configured but could not be used

    @property
    def nothing_fits(self) -> bool:
        """True when the day cannot hold even one of its visits."""
        return not self.order and bool(self.unscheduled)

    @property
    def message(self) -> str | None:
        """Why the day is empty, in English (translate NOTHING_FITS with message_params)."""
        return NOTHING_FITS.format(**self.message_params) if self.nothing_fits else None

    @property
    def message_note(self) -> Note | None:
        """Why the day is empty, as a note to translate (context "Errors")."""
        return Note(NOTHING_FITS, self.message_params, "Errors") if self.nothing_fits else None

    @property
    def message_params(self) -> dict[str, object]:
        p = self.problem
        return {"count": len(p.stops), "start": clock(p.day_start), "end": clock(p.day_end)}

    def to_dict(self) -> dict[str, object]:
        """The JSON output of `salesdesk route solve --json`."""
        out: dict[str, object] = {
            "order": self.order,
            "unscheduled": self.unscheduled,
            "drive_min": self.drive_min,
            "total_min": self.total_min,
            "arrivals": self.arrivals,
        }
        if self.nothing_fits:
            out["message"] = self.message
        return out


def instance(problem: RouteProblem) -> Instance:
    """The problem in solver terms: the integer-second matrix and per-visit limits."""
    points = [problem.start, problem.end, *((s.lat, s.lon) for s in problem.stops)]
    travel = travel_matrix(points, problem.speed_kmh, problem.detour_factor, problem.osrm_url)
    matrix = travel.seconds
    return Instance(
        matrix=matrix.tolist(),
        service=[s.service_s for s in problem.stops],
        starts=[start_windows(s, problem.day_start, problem.day_end) for s in problem.stops],
        value=[s.value for s in problem.stops],
        day_start=problem.day_start,
        day_end=problem.day_end,
        travel_note=travel.travel_note,
    )


def start_windows(stop: Stop, day_start: int, day_end: int) -> tuple[tuple[int, int], ...]:
    """When `stop` may start within the day: each of its windows cut to the day, less the
    visit's length; windows the day leaves too short for the visit are left out."""
    out = []
    for lo, hi in stop.windows or ((day_start, day_end),):
        first, last = max(lo, day_start), min(hi, day_end) - stop.service_s
        if first <= last:
            out.append((first, last))
    return tuple(out)


def _priorities(values: list[float]) -> list[int]:
    """Values as VROOM priorities (0-100); VROOM maximises their sum before anything else."""
    top = max(values, default=0.0)
    if top <= 0:
        return [0] * len(values)
    return [max(1, round(100 * v / top)) if v > 0 else 0 for v in values]


def _window(inst: Instance, j: int) -> list:
    import vroom

    # A window as wide as the day adds nothing to the vehicle's own; leaving it out is faster.
    starts = inst.starts[j]
    if len(starts) == 1 and starts[0] == (inst.day_start, inst.day_end - inst.service[j]):
        return []
    return [vroom.TimeWindow(lo, hi) for lo, hi in starts]


def _solve_vroom(inst: Instance, *, exploration: int, threads: int, seed: int | None) -> list[int]:
    import vroom  # imported here: the CLI and window start faster without it

    problem = vroom.Input()
    # VROOM wants unsigned 32-bit seconds; the matrix is at most a day of driving per leg.
    problem.set_durations_matrix("car", np.asarray(inst.matrix, dtype=np.uint32))
    problem.add_vehicle(
        vroom.Vehicle(0, start=0, end=1, time_window=vroom.TimeWindow(inst.day_start, inst.day_end))
    )
    jobs = list(range(len(inst.service)))
    if seed is not None:  # VROOM's result depends a little on the job order: vary it
        random.Random(seed).shuffle(jobs)
    priorities = _priorities(inst.value)
    problem.add_job(
        [
            vroom.Job(
                j + 1,
                location=j + 2,
                default_service=inst.service[j],
                priority=priorities[j],
                time_windows=_window(inst, j),
            )
            for j in jobs
        ]
    )
    solution = problem.solve(exploration_level=exploration, nb_threads=threads)
    steps = solution.routes
    return [int(i) - 1 for i in steps.loc[steps["type"] == "job", "id"]]


def _exploration(problem: RouteProblem, n: int) -> int:
    if n >= 40 and not any(s.windows for s in problem.stops):
        return EXPLORATION_LARGE_OPEN
    return EXPLORATION_WINDOWS


def _possible(inst: Instance, j: int) -> bool:
    """Can visit j be done alone (start, visit, end) within its window and the day?"""
    return timetable(inst, [j]) is not None


def solve(
    problem: RouteProblem,
    *,
    exploration: int | None = None,
    threads: int | None = None,
    seed: int | None = None,
    use_vroom: bool = True,
) -> RoutePlan:
    """The best day found: VROOM, or the pure-Python fallback if VROOM fails.

    `exploration` is VROOM's level (1-5; None chooses by the size of the day);
    `seed` shuffles the order jobs are given to VROOM (for benchmarks' best-known runs);
    `use_vroom=False` runs the fallback directly (tests).
    """
    inst = instance(problem)
    # Visits that cannot fit even alone never reach a solver.
    candidates = [j for j in range(len(problem.stops)) if _possible(inst, j)]
    order: list[int] = []
    solver = "vroom" if use_vroom else "fallback"
    if candidates:
        sub = _restrict(inst, candidates)
        try:
            if not use_vroom:
                raise RuntimeError("VROOM not requested")
            if exploration is None:
                exploration = _exploration(problem, len(candidates))
            picked = _solve_vroom(
                sub,
                exploration=exploration,
                threads=threads or min(4, os.cpu_count() or 1),
                seed=seed,
            )
            if timetable(sub, picked) is None:  # trust, but check against our own clock
                raise RuntimeError(f"VROOM returned an order that breaks a window: {picked}")
        except Exception as exc:  # any engine failure means: use the safety net
            if use_vroom:
                log.warning("VROOM failed (%s); using the fallback route solver", exc)
            solver = "fallback"
            picked = solve_fallback(sub)
        order = [candidates[j] for j in picked]
    return _plan(problem, inst, order, solver)


def _restrict(inst: Instance, keep: list[int]) -> Instance:
    nodes = [0, 1, *(j + 2 for j in keep)]
    return Instance(
        matrix=[[inst.matrix[a][b] for b in nodes] for a in nodes],
        service=[inst.service[j] for j in keep],
        starts=[inst.starts[j] for j in keep],
        value=[inst.value[j] for j in keep],
        day_start=inst.day_start,
        day_end=inst.day_end,
    )


def _plan(problem: RouteProblem, inst: Instance, order: list[int], solver: str) -> RoutePlan:
    table = timetable(inst, order)
    if table is None and not order:  # even start to end alone overruns the day
        leg = inst.matrix[0][1]
        table = Timetable([], inst.day_start, inst.day_start + leg, leg)
    if table is None:  # the solvers only return feasible orders; this is a bug guard
        raise RuntimeError(f"route solver returned an infeasible order: {order}")
    stops = problem.stops
    placed = set(order)
    left = sorted((j for j in range(len(stops)) if j not in placed), key=lambda j: -stops[j].value)
    ids = [stops[j].id for j in order]
    return RoutePlan(
        order=ids,
        unscheduled=[stops[j].id for j in left],
        drive_min=round(table.drive / 60, 1),
        total_min=round((table.back - table.depart) / 60, 1),
        arrivals={sid: clock(t) for sid, t in zip(ids, table.starts, strict=True)},
        depart=clock(table.depart),
        back=clock(table.back),
        solver=solver,
        problem=problem,
        start_s=dict(zip(ids, table.starts, strict=True)),
        travel_note=inst.travel_note,
    )


def add_stop(problem: RouteProblem, stop: Stop | Mapping) -> RoutePlan:
    """Re-optimise the day with one more stop (a Stop, or a dict in the file format)."""
    new = stop if isinstance(stop, Stop) else parse_stop(stop, len(problem.stops) + 1)
    if any(s.id == new.id for s in problem.stops):
        raise RouteInputError(DUPLICATE_ON_ADD, stop=new.id, field="id")
    return solve(replace(problem, stops=(*problem.stops, new)))


def cancel_stop(problem: RouteProblem, stop_id: str) -> RoutePlan:
    """Re-optimise the day without the stop `stop_id`."""
    kept = tuple(s for s in problem.stops if s.id != stop_id)
    if len(kept) == len(problem.stops):
        raise RouteInputError(UNKNOWN_STOP, stop=stop_id, field="id")
    return solve(replace(problem, stops=kept))
