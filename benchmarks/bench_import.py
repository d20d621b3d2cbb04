"""Time the import of a 50,000-row accounts CSV (issue 10: preview < 2 s, import < 10 s).

    python benchmarks/bench_import.py                  # 50,000 rows, 3 runs each
    python benchmarks/bench_import.py --rows 10000 --repeat 5
    python benchmarks/bench_import.py --workers 1    # no helper process: the CPU work

The file is generated here (seeded): a HubSpot-style companies export with record ids,
names, street, postal code, city, country names, national phone numbers, revenues in
"1,234.56" form, employee counts, notes with quoted commas and line breaks, and a third
of the rows with coordinates (the rest get queued for geocoding).

  preview   `preview(path, "accounts")`: read and detect the whole file, guess the
            mapping, normalise the first 20 rows
  import    `run_import` into a fresh, migrated database (reference data seeded),
            every row created and queued as needed, in one transaction
  reimport  the same file again into that database: every row unchanged
Prints a table (stderr) and one JSON object with medians and every run: wall-clock
seconds, and this process's CPU seconds (without the helper's; with --workers 1 the
figure a busy machine disturbs least).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from salesdesk.bootstrap import open_context
from salesdesk.core.imports.importer import ImportOptions, preview, run_import

CITIES = [
    ("London", "GB", "020 7946 {:04d}"),
    ("Manchester", "GB", "0161 496 {:04d}"),
    ("Berlin", "DE", "030 1234{:04d}"),
    ("Köln", "DE", "0221 1234{:04d}"),
    ("Paris", "FR", "01 23 45 {:02d} 67"),
    ("Leeds", "GB", "0113 496 {:04d}"),
]
COUNTRY_NAMES = {"GB": "United Kingdom", "DE": "Germany", "FR": "France"}
HEADERS = ["Record ID", "Company name", "Type", "Street Address", "Postal Code", "City",
           "Country/Region", "Phone Number", "Annual Revenue", "Number of Employees",
           "Description", "Latitude", "Longitude"]  # fmt: skip


def write_file(path: Path, rows: int, seed: int = 10) -> None:
    rnd = random.Random(seed)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(HEADERS)
        for i in range(rows):
            city, country, phone = CITIES[i % len(CITIES)]
            located = i % 3 == 0
            out.writerow(
                [
                    str(100000 + i),
                    f"Company {i} {rnd.choice(['Ltd', 'GmbH', 'SARL', 'plc'])}",
                    rnd.choice(["Customer", "Prospect"]),
                    f"{rnd.randint(1, 200)} High Street",
                    f"{rnd.randint(10000, 99999)}",
                    city,
                    COUNTRY_NAMES[country],
                    phone.format(i % (100 if country == "FR" else 10000)),
                    f"{rnd.randint(0, 5_000_000):,}.{rnd.randint(0, 99):02d}",
                    str(rnd.randint(1, 5000)),
                    'Visits on Tuesdays, "if possible"\nAsk for the buyer' if i % 7 == 0 else "",
                    f"{rnd.uniform(48, 54):.5f}" if located else "",
                    f"{rnd.uniform(-2, 13):.5f}" if located else "",
                ]
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, help="1: no helper process (default: auto)")
    args = parser.parse_args()
    runs: dict[str, list[float]] = {"preview": [], "import": [], "reimport": []}
    cpu: dict[str, list[float]] = {"import": [], "reimport": []}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "companies.csv"
        write_file(path, args.rows)
        for _ in range(args.repeat):
            t = time.perf_counter()
            shown = preview(path, "accounts")
            runs["preview"].append(time.perf_counter() - t)
        for n in range(args.repeat):
            ctx = open_context(folder / f"bench{n}.sqlite3")
            try:
                options = ImportOptions(preset="hubspot", workers=args.workers)
                t, c = time.perf_counter(), time.process_time()
                report = run_import(ctx.db, None, path, "accounts", shown.mapping, options=options)
                runs["import"].append(time.perf_counter() - t)
                cpu["import"].append(time.process_time() - c)
                assert report.created == args.rows and not report.errors, report.counts()
                t, c = time.perf_counter(), time.process_time()
                again = run_import(ctx.db, None, path, "accounts", shown.mapping, options=options)
                runs["reimport"].append(time.perf_counter() - t)
                cpu["reimport"].append(time.process_time() - c)
                assert again.unchanged == args.rows, again.counts()
            finally:
                ctx.close()
    medians = {k: round(statistics.median(v), 3) for k, v in runs.items()}
    cpu_medians = {k: round(statistics.median(v), 3) for k, v in cpu.items()}
    for name, value in medians.items():
        spread = ", ".join(f"{x:.2f}" for x in runs[name])
        own = f"   cpu here {cpu_medians[name]:.2f} s" if name in cpu else ""
        print(f"{name:<10} {value:>7.2f} s   ({spread}){own}", file=sys.stderr)
    print(
        json.dumps(
            {
                "rows": args.rows,
                "queued_for_geocoding": report.geocode_queued,
                "workers": args.workers,
                "median_s": medians,
                "runs_s": {k: [round(x, 3) for x in v] for k, v in runs.items()},
                "cpu_median_s": cpu_medians,
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
