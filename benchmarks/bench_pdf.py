"""Time the PDF account plan and the territory book (issue 8: one plan in 0.5 s or less,
a 200-account book in 20 s or less).

    python benchmarks/bench_pdf.py                        # builds a database, then runs
    python benchmarks/bench_pdf.py --db pdf.sqlite3       # builds it once, then reuses it
    python benchmarks/bench_pdf.py --repeat 9 --book-repeat 3

The database: a demo territory of `--accounts` (default 4,000) accounts, whose top 5 %
by potential have an account plan: 200 key accounts, the whole team's territory book.
Timed, in one process (as in the window):
  cold_plan   the first account plan of the process: includes reading the 1:10m base
              map (3.5 MB of TopoJSON, decoded once and kept)
  plan        one account plan PDF (the key account with the highest potential), each
              run a new file: median of --repeat runs
  book        the territory book of every key account (200 plans, contents, about
              550 pages): median of --book-repeat runs
Prints a table (stderr) and one JSON object with medians and every run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from salesdesk.core.db import Database
from salesdesk.core.demo import generate
from salesdesk.core.migrate import prepare
from salesdesk.core.models import Account, AccountPlan
from salesdesk.documents.account_plan import account_plan_pdf
from salesdesk.documents.territory_book import territory_book_pdf


def build(path: Path, accounts: int) -> Database:
    prepare(path, path.parent / "backups")
    db = Database(path)
    with db.read() as s:
        count = s.scalar(select(func.count()).select_from(Account))
    if not count:
        generate(db, accounts=accounts, seed=7)
    return db


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--db", type=Path, help="database file (built when missing)")
    parser.add_argument("--accounts", type=int, default=4000)
    parser.add_argument("--repeat", type=int, default=9, help="account plan runs")
    parser.add_argument("--book-repeat", type=int, default=3, help="territory book runs")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.sqlite3"
        db = build(path, args.accounts)
        with db.read() as s:
            key = s.execute(
                select(Account.id)
                .join(AccountPlan, AccountPlan.account_id == Account.id)
                .order_by(Account.estimated_potential.desc())
            ).scalar()
            plans = s.scalar(select(func.count()).select_from(AccountPlan))
        out = Path(tmp)
        cold = timed(lambda: account_plan_pdf(db, key, out / "cold.pdf"))
        plan_runs = [
            timed(lambda i=i: account_plan_pdf(db, key, out / f"plan-{i}.pdf"))
            for i in range(args.repeat)
        ]
        counts: list[int] = []
        book_runs = []
        for i in range(args.book_repeat):
            book = out / f"book-{i}.pdf"
            book_runs.append(timed(lambda b=book: counts.append(territory_book_pdf(db, b))))
        size = (out / "book-0.pdf").stat().st_size
        from pypdf import PdfReader

        pages = len(PdfReader(out / "book-0.pdf").pages)
        db.dispose()
    result = {
        "accounts": args.accounts,
        "key_accounts": plans,
        "book_accounts": counts[0],
        "book_pages": pages,
        "book_mb": round(size / 1e6, 2),
        "cold_plan_s": round(cold, 3),
        "plan_s": round(statistics.median(plan_runs), 3),
        "book_s": round(statistics.median(book_runs), 2),
        "plan_runs": [round(t, 3) for t in plan_runs],
        "book_runs": [round(t, 2) for t in book_runs],
    }
    print(
        f"account plan: {result['plan_s']:.3f} s median (cold, first of the process: "
        f"{cold:.2f} s)\nterritory book, {counts[0]} accounts, {pages} pages: "
        f"{result['book_s']:.1f} s median",
        file=sys.stderr,
    )
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
