"""Day route optimiser: quality and time of `solve` (VROOM through pyvroom).

Two figures of issue 3:
- 30-stop days with time windows (seeded): visits and drive time against the best known
  solution, the best of several more thorough VROOM runs (exploration 5, the job order
  shuffled each run, since VROOM's result depends a little on it).
- TSPLIB berlin52, eil51 (50-stop days, no windows) and st70: gap to the proven optimum
  in ../shared/tsplib/optima.json (skipped if that folder is missing).
Times are medians of --repeat runs of the whole `solve` (matrix, VROOM, timetable).

    python benchmarks/bench_route.py --repeat 7
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from pathlib import Path

from salesdesk.core.territory.route_fallback import timetable
from salesdesk.core.territory.routing import instance, parse_route_file, solve

TSPLIB = Path(__file__).resolve().parents[2] / "shared" / "tsplib"
BASE = (48.137, 11.575)


def day_with_windows(seed: int, n: int = 30) -> dict:
    """A realistic field day: stops within ~13 km, 10-30 min visits, 40% with windows."""
    rnd = random.Random(seed)
    stops = []
    for i in range(n):
        stop = {
            "id": f"s{i}",
            "lat": BASE[0] + rnd.uniform(-0.12, 0.12),
            "lon": BASE[1] + rnd.uniform(-0.18, 0.18),
            "service_min": rnd.choice([10, 15, 15, 20, 30]),
            "value": rnd.choice([1, 1, 1, 2, 3]),
        }
        if rnd.random() < 0.4:
            opens = rnd.randrange(8, 16)
            stop["window"] = [f"{opens:02d}:00", f"{min(opens + rnd.choice([2, 3]), 18):02d}:00"]
        stops.append(stop)
    start = {"lat": BASE[0], "lon": BASE[1]}
    return {"start": start, "day_start": "08:00", "day_end": "18:00", "stops": stops}


def drive_s(problem, plan) -> int:
    ids = {s.id: j for j, s in enumerate(problem.stops)}
    return timetable(instance(problem), [ids[sid] for sid in plan.order]).drive


def timed(problem, repeat: int, **kwargs):
    times, plan = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        plan = solve(problem, **kwargs)
        times.append(time.perf_counter() - t0)
    return plan, statistics.median(times)


def value_of(problem, plan) -> float:
    values = {s.id: s.value for s in problem.stops}
    return sum(values[sid] for sid in plan.order)


def bench_windows(seeds: range, repeat: int, best_runs: int) -> list[dict]:
    rows = []
    for seed in seeds:
        problem = parse_route_file(day_with_windows(seed))
        plan, seconds = timed(problem, repeat)
        candidates = [plan] + [solve(problem, exploration=5, seed=k) for k in range(best_runs)]
        # The better day keeps more value, then more visits, then drives less.
        best = min(
            candidates,
            key=lambda p: (-value_of(problem, p), -len(p.order), drive_s(problem, p)),
        )
        rows.append(
            {
                "seed": seed,
                "visits": len(plan.order),
                "best_known_visits": len(best.order),
                "drive_s": drive_s(problem, plan),
                "best_known_drive_s": drive_s(problem, best),
                "drive_gap_pct": round(
                    100 * (drive_s(problem, plan) / drive_s(problem, best) - 1), 2
                ),
                "median_s": round(seconds, 3),
            }
        )
    return rows


def bench_tsplib(repeat: int) -> list[dict]:
    if not TSPLIB.is_dir():
        return []
    optima = json.loads((TSPLIB / "optima.json").read_text())
    rows = []
    for name in ("tsplib_berlin52", "tsplib_eil51", "tsplib_st70"):
        problem = parse_route_file(json.loads((TSPLIB / f"{name}.json").read_text()))
        best = optima[name]["drive_s"]
        plan, seconds = timed(problem, repeat)
        fallback, fallback_seconds = timed(problem, repeat, use_vroom=False)
        rows.append(
            {
                "instance": name,
                "stops": len(problem.stops),
                "optimum_s": best,
                "drive_s": drive_s(problem, plan),
                "gap_pct": round(100 * (drive_s(problem, plan) / best - 1), 2),
                "median_s": round(seconds, 3),
                "fallback_gap_pct": round(100 * (drive_s(problem, fallback) / best - 1), 2),
                "fallback_median_s": round(fallback_seconds, 3),
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="runs per timing (median)")
    parser.add_argument("--instances", type=int, default=5, help="seeded 30-stop days")
    parser.add_argument("--best-runs", type=int, default=8, help="VROOM runs for best known")
    args = parser.parse_args()
    solve(parse_route_file(day_with_windows(0, n=5)))  # warm up: imports VROOM and pandas
    windows = bench_windows(range(1, args.instances + 1), args.repeat, args.best_runs)
    tsplib = bench_tsplib(args.repeat)
    summary = {
        "windows_30": {
            "all_as_many_visits_as_best": all(
                r["visits"] >= r["best_known_visits"] for r in windows
            ),
            "max_drive_gap_pct": max(r["drive_gap_pct"] for r in windows),
            "median_s": statistics.median(r["median_s"] for r in windows),
            "max_median_s": max(r["median_s"] for r in windows),
        },
        "tsplib_max_gap_pct": max((r["gap_pct"] for r in tsplib), default=None),
    }
    print(json.dumps({"summary": summary, "windows_30": windows, "tsplib": tsplib}, indent=2))


if __name__ == "__main__":
    main()
