"""Time the dashboard's reports (issue 9: the dashboard opens in under 1 s on the demo data,
under 3 s at 100,000 accounts).

    python benchmarks/bench_reports.py --db demo.sqlite3 --repeat 5

The database must exist (`salesdesk demo`, or a copy of a large demo: it is upgraded to
the current schema first, as the app does when it opens a file). Timed for "this month",
per scope (the demo manager's whole team, and the demo's own rep): each report of
`core.reports.REPORTS` through run_report(), and "dashboard", all of them one after the
other, which is what opening the dashboard runs. One Database is reused as the window
does, after one untimed round (statements compiled, pages cached). Prints a table
(stderr) and one JSON object with medians and every dashboard run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from salesdesk.core.db import Database
from salesdesk.core.migrate import prepare
from salesdesk.core.models import Account, Call, Opportunity, TimeEntry, Touch, User
from salesdesk.core.reports import REPORTS, ReportFilter, run_report, this_month
from salesdesk.core.workspace import current_profile


def one_round(db: Database, flt: ReportFilter) -> dict[str, float]:
    """Every report once, in dashboard order: seconds per report and in all."""
    marks = {}
    cpu = time.process_time()
    start = time.perf_counter()
    for spec in REPORTS:
        t = time.perf_counter()
        run_report(db, spec.name, flt)
        marks[spec.name] = time.perf_counter() - t
    marks["dashboard"] = time.perf_counter() - start
    marks["cpu"] = time.process_time() - cpu
    return marks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="a demo database (upgraded)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not args.db.exists():
        parser.error(f"{args.db} does not exist: make one with `salesdesk --db FILE demo`")
    prepare(args.db, args.db.parent / "backups")

    db = Database(args.db)
    try:
        me = current_profile(db)
        with db.read() as s:
            manager = s.scalar(select(User.manager_id).where(User.id == me.id)) if me else None
            if manager is None:  # the file's user leads no team of their own: take a rep
                me = s.scalars(
                    select(User).where(User.manager_id.is_not(None)).order_by(User.name).limit(1)
                ).one()
                manager = me.manager_id
            team = list(s.scalars(select(User.id).where(User.manager_id == manager)))
            sizes = {
                model.__tablename__: s.scalar(select(func.count()).select_from(model))
                for model in (Account, Opportunity, Call, Touch, TimeEntry)
            }
        month = this_month()
        scopes = {
            "team": ReportFilter(month.start, month.end, tuple(team)),
            "rep": ReportFilter(month.start, month.end, (me.id,)),
        }
        runs: dict[str, list[dict[str, float]]] = {scope: [] for scope in scopes}
        for scope, flt in scopes.items():
            one_round(db, flt)  # first round: statements compiled, pages read
            for _ in range(args.repeat):
                runs[scope].append(one_round(db, flt))
    finally:
        db.dispose()

    parts = [*(spec.name for spec in REPORTS), "dashboard", "cpu"]

    def median(scope: str, part: str) -> float:
        return round(statistics.median(r[part] for r in runs[scope]), 4)

    result = {
        "database": str(args.db),
        "rows": sizes,
        "team_reps": len(team),
        "period": [month.start.isoformat(), month.end.isoformat()],
        "repeat": args.repeat,
        "load_average": round(os.getloadavg()[0], 2),
        "median_s": {scope: {part: median(scope, part) for part in parts} for scope in runs},
        "dashboard_runs": {
            scope: [round(r["dashboard"], 4) for r in scope_runs]
            for scope, scope_runs in runs.items()
        },
    }
    print(f"load average {os.getloadavg()[0]:.1f}", file=sys.stderr)
    for scope in runs:
        found = result["median_s"][scope]
        each = ", ".join(f"{spec.name} {found[spec.name]:.3f}" for spec in REPORTS)
        print(f"{scope:<5} dashboard {found['dashboard']:.3f} s  ({each})", file=sys.stderr)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
