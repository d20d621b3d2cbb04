"""Crash soak (issue 11): kill -9 a writing SalesDesk process 1,000 times, lose nothing.

    python benchmarks/soak_crash.py                       # 1,000 kills, seed 11
    python benchmarks/soak_crash.py --kills 200 --seed 5 --max-delay 1.0
    python benchmarks/soak_crash.py --spawn --kills 100   # a fresh interpreter per child

Each kill: a child (tests/crash/crash_writer.py) opens the database with the real
Database and does sales visits through the services (new account with contacts, a
location placed by hand, an attention override, a call debrief with attendees and a
task, a profile save), appending each acknowledged write to a log with fsync; after
uniform(0, max-delay) seconds it gets SIGKILL. Then the file, as the child left it,
must pass integrity_check and foreign_key_check and hold every acknowledged write of
every run so far (tests/crash/crash_harness.py has the checks). Children are forked
from one server that imported everything once, unless --spawn. SIGKILL kills the
process, not the machine: a power cut is not simulated (synchronous=NORMAL may lose
the last commits on power loss, by design, but never corrupts the file).

Prints one JSON object: kills, acknowledged writes (each checked after every later
kill), sentinel checks in total, failures, elapsed seconds.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "crash"))

from crash_harness import run_kills


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--max-delay", type=float, default=0.5, help="seconds a child may live")
    parser.add_argument("--spawn", action="store_true", help="exec each child instead of fork")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="salesdesk-soak-"))
    try:
        report = run_kills(
            folder, kills=args.kills, seed=args.seed, max_delay=args.max_delay, spawn=args.spawn
        )
        size = (folder / "crash.sqlite3").stat().st_size
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    print(
        json.dumps(
            {
                "kills": report.kills,
                "acknowledged_writes": report.acknowledged,
                "acknowledged_by_kind": report.by_kind,
                "sentinel_checks": report.checks,
                "kills_before_first_ack": report.kills_before_first_ack,
                "committed_not_acknowledged": report.committed_not_acknowledged,
                "failures": len(report.failures),
                "failure_details": report.failures[:20],
                "elapsed_seconds": round(report.elapsed, 1),
                "database_bytes": size,
                "seed": args.seed,
                "max_delay": args.max_delay,
                "children": "spawn" if args.spawn else "fork",
                "sqlite": sqlite3.sqlite_version,
            },
            ensure_ascii=False,
        )
    )
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
