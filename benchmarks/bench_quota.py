"""Time the quota dashboard's computation on the demo at 100,000 accounts (issue 7: under
0.3 s).

    python benchmarks/bench_quota.py                         # builds the cache file once
    python benchmarks/bench_quota.py --db quota.sqlite3 --repeat 9

The database: `salesdesk demo --accounts N` built once into a cache file (default: in
the temp folder, named after N) and reused while it holds accounts. Timed, per scope
(the demo manager's team of 8 reps, and the demo's own rep), what the dashboard's
worker runs: position() (the live figures), weekly_positions() (the stored snapshots of
the month, the current week live) and needs() (history, stage conversion, calls).
"team" and "rep" reuse one Database as the window does (after one untimed load);
"team_cold" opens a new one for each run (the first load after start). Also timed:
ensure_weekly_snapshot() when this week's snapshot exists (every later start).
Prints a table (stderr) and one JSON object with medians and every run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from salesdesk.core.db import Database
from salesdesk.core.deals.needs import needs
from salesdesk.core.deals.quota import position, team_of
from salesdesk.core.deals.snapshots import ensure_weekly_snapshot, weekly_positions
from salesdesk.core.demo import generate
from salesdesk.core.migrate import prepare
from salesdesk.core.models import Account, Opportunity, QuotaSnapshot, StageChange, User
from salesdesk.core.workspace import current_profile


def build(path: Path, accounts: int) -> None:
    """The demo territory in `path`, unless it is there already."""
    prepare(path, path.parent / "backups")
    db = Database(path)
    try:
        with db.read() as s:
            if s.scalar(select(func.count()).select_from(Account)):
                return
        started = time.perf_counter()
        generate(db, accounts=accounts)
        print(f"built {path} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    finally:
        db.dispose()


def dashboard(db: Database, month: date, ids: list, today: date) -> dict[str, float]:
    """One load of the dashboard for `ids`, with the time of each part (and the CPU time:
    the VM is shared, and the CPU time shows what the load itself costs)."""
    marks = {}
    cpu = time.process_time()
    t0 = time.perf_counter()
    found = position(db, month, ids, today)
    marks["position"] = time.perf_counter() - t0
    t1 = time.perf_counter()
    weekly_positions(db, month, ids, today, live=found.total)
    marks["weeks"] = time.perf_counter() - t1
    t2 = time.perf_counter()
    needs(db, month, ids, today, figures=found.total)
    marks["needs"] = time.perf_counter() - t2
    marks["total"] = time.perf_counter() - t0
    marks["cpu"] = time.process_time() - cpu
    return marks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="cache file (built once)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    path = args.db or Path(tempfile.gettempdir()) / f"salesdesk-bench-quota-{args.accounts}.sqlite3"
    build(path, args.accounts)

    today = date.today()
    month = today.replace(day=1)
    db = Database(path)
    me = current_profile(db)
    with db.read() as s:
        manager = s.scalar(select(User.manager_id).where(User.id == me.id))
        sizes = {
            "opportunities": s.scalar(select(func.count()).select_from(Opportunity)),
            "stage_changes": s.scalar(select(func.count()).select_from(StageChange)),
            "quota_snapshots": s.scalar(select(func.count()).select_from(QuotaSnapshot)),
        }
    team = team_of(db, manager, month)
    ensure_weekly_snapshot(db, today)  # the app's first start this week
    db.dispose()

    runs: dict[str, list[dict[str, float]]] = {"team": [], "rep": [], "team_cold": []}
    ensure_runs = []
    warm = Database(path)  # the app's engine lives as long as the window
    try:
        for scope, ids in (("team", team), ("rep", [me.id])):
            dashboard(warm, month, ids, today)  # first load: statements compiled
            for _ in range(args.repeat):
                runs[scope].append(dashboard(warm, month, ids, today))
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            ensure_weekly_snapshot(warm, today)
            ensure_runs.append(time.perf_counter() - t0)
    finally:
        warm.dispose()
    for _ in range(args.repeat):
        db = Database(path)  # a new engine: the first load after start
        try:
            runs["team_cold"].append(dashboard(db, month, team, today))
        finally:
            db.dispose()

    def median(scope: str, part: str) -> float:
        return round(statistics.median(r[part] for r in runs[scope]), 4)

    result = {
        "accounts": args.accounts,
        "database": str(path),
        "rows": sizes,
        "team_reps": len(team),
        "repeat": args.repeat,
        "load_average": round(os.getloadavg()[0], 2),
        "median_s": {
            scope: {
                part: median(scope, part) for part in ("position", "weeks", "needs", "total", "cpu")
            }
            for scope in runs
        },
        "ensure_weekly_snapshot_when_taken_s": round(statistics.median(ensure_runs), 4),
        "runs": {
            scope: [round(r["total"], 4) for r in scope_runs] for scope, scope_runs in runs.items()
        },
    }
    print(f"load average {os.getloadavg()[0]:.1f}", file=sys.stderr)
    for scope in runs:
        parts = result["median_s"][scope]
        print(
            f"{scope:<5} total {parts['total']:.3f} s  (position {parts['position']:.3f}, "
            f"weeks {parts['weeks']:.3f}, needs {parts['needs']:.3f}; cpu {parts['cpu']:.3f})",
            file=sys.stderr,
        )
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
