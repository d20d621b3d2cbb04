"""Time rank_accounts() on a demo database (issue 3 target: 10,000 accounts in 0.2 s or less).

    python benchmarks/bench_ranking.py                   # 10,000 accounts, 7 runs
    python benchmarks/bench_ranking.py --accounts 2000 --repeat 11

Builds the demo territory once in a temporary folder (not timed), then ranks every
account in it `repeat` times after one warm-up run (first-query compilation). Prints
one JSON object: the median and every run's seconds.
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
from salesdesk.core.territory.ranking import rank_accounts

TODAY = date(2026, 11, 27)  # fixed, so every run ranks the same data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="salesdesk-bench-") as folder:
        path = Path(folder) / "bench.sqlite3"
        prepare(path, Path(folder) / "backups")
        db = Database(path)
        try:
            start = time.perf_counter()
            generate(db, accounts=args.accounts, seed=args.seed, today=TODAY)
            build = time.perf_counter() - start
            result = rank_accounts(db, today=TODAY)  # warm-up
            times = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                result = rank_accounts(db, today=TODAY)
                times.append(time.perf_counter() - start)
        finally:
            db.dispose()
    print(
        json.dumps(
            {
                "accounts": args.accounts,
                "ranked": len(result.accounts),
                "needs_location": len(result.needs_location),
                "levels": result.level_counts(),
                "repeat": args.repeat,
                "median_seconds": round(statistics.median(times), 4),
                "seconds": [round(t, 4) for t in times],
                "build_seconds": round(build, 2),
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
