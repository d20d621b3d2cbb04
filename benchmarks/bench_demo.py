"""Time demo data generation on a fresh, migrated database file.

    python benchmarks/bench_demo.py                 # 100,000 accounts, 3 runs
    python benchmarks/bench_demo.py --accounts 400 --repeat 5

Prints one JSON object: the median and every run's seconds, and the rows per table.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from salesdesk.core.db import Database
from salesdesk.core.demo import generate
from salesdesk.core.migrate import prepare


def run_once(folder: Path, accounts: int, seed: int, today: date) -> tuple[float, dict]:
    path = folder / "bench.sqlite3"
    prepare(path, folder / "backups")
    db = Database(path)
    try:
        start = time.perf_counter()
        summary = generate(db, accounts=accounts, seed=seed, today=today)
        return time.perf_counter() - start, summary.counts
    finally:
        db.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    today = date.today()
    times, counts = [], {}
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory(prefix="salesdesk-bench-") as folder:
            seconds, counts = run_once(Path(folder), args.accounts, args.seed, today)
        times.append(seconds)
    print(
        json.dumps(
            {
                "accounts": args.accounts,
                "repeat": args.repeat,
                "median_seconds": round(statistics.median(times), 3),
                "seconds": [round(t, 3) for t in times],
                "total_rows": sum(counts.values()),
                "rows": counts,
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
