"""Time the calls list on 50,000 calls (issue 5: open and scroll without stutter, filter
in under 100 ms).

    python benchmarks/bench_calls.py                       # builds a database, 5 runs
    python benchmarks/bench_calls.py --db calls.sqlite3    # builds it once, then reuses it
    python benchmarks/bench_calls.py --db calls.sqlite3 --index none --repeat 9

The database: a demo territory (`--accounts`, default 5,000), whose eight weeks of done
calls (about 1,280 for its team of eight) are copied further back in 56-day blocks
until there are `--calls` calls (50,468 by default: six years of the team's calls):
each copy keeps its rep, type, stage, objective and outcome, moves every time back by
whole blocks and visits another account of the same rep. Inserted with one Core insert
in one transaction (not timed). `--index` puts the index suggested for the list on the
file (wide, the default: what migration 0003 creates), its narrow form, or none.

Then, with the window's own classes, offscreen, no profile (every call is listed):
  open            CallTableModel over every call; CallListPanel built, shown at
                  1200x700 and painted (the first rows fetched)
  scroll          every 500th row brought to the top with an empty row cache, until
                  painted: per step, and the whole pass
  filter set      each kind of filter set through the panel's own widgets until the
                  model is reset and the table painted: text (seven words, as the 200 ms
                  typing pause then applies it), stage (each), date preset (each but
                  Custom), type (each), account (the nine busiest, call history)
  filter clear    the filter put back (every call): "recent list" as a user gets it (the
                  model keeps its last four lists), "query" with those forgotten
  sort            a header click on Date, Account, Type, Stage (the query runs again)
Prints a table (stderr) and one JSON object with medians and every run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import func, insert, select, text

from salesdesk.core.db import Database
from salesdesk.core.demo import generate
from salesdesk.core.migrate import prepare
from salesdesk.core.models import Call

TODAY = date.today()  # the date presets count from the real today
BLOCK = timedelta(days=56)
TIMES = (
    "created_at",
    "updated_at",
    "planned_start",
    "checked_in_at",
    "checked_out_at",
    "debriefed_at",
    "review_requested_at",
    "reviewed_at",
)


def build(path: Path, accounts: int, target: int, seed: int = 7) -> int:
    """A demo database with at least `target` calls; returns the number of calls."""
    prepare(path, path.parent / "backups")
    db = Database(path)
    try:
        with db.read() as s:
            count = s.scalar(select(func.count()).select_from(Call))
        if count:
            return count
        generate(db, accounts=accounts, seed=seed, today=TODAY)
        calls = Call.__table__
        rng = random.Random(seed)
        with db.write() as s:
            now = datetime.combine(TODAY, datetime.min.time())
            query = select(calls).where(calls.c.planned_start < now)
            past = [dict(r._mapping) for r in s.execute(query)]
            mine: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
            for row in past:
                mine[row["owner_id"]].append(row["account_id"])
            pools = {owner: sorted(set(ids)) for owner, ids in mine.items()}
            have = s.scalar(select(func.count()).select_from(calls))
            rows, block = [], 1
            while have + len(rows) < target:
                for row in past:
                    copy = dict(row)
                    copy["id"] = uuid.UUID(int=rng.getrandbits(128), version=4)
                    for name in TIMES:
                        if copy[name] is not None:
                            copy[name] -= BLOCK * block
                    copy["account_id"] = rng.choice(pools[row["owner_id"]])
                    rows.append(copy)
                block += 1
            s.execute(insert(calls), rows)
        return have + len(rows)
    finally:
        db.dispose()


# The index suggested for the list (no migration has it yet): live calls in list order,
# with the columns the type and stage filters read, so they never visit the table.
INDEXES = {
    "wide": "CREATE INDEX ix_calls_list ON calls"
    " (planned_start, id, call_type, status, review_status, debriefed_at)"
    " WHERE deleted_at IS NULL",
    "narrow": "CREATE INDEX ix_calls_list ON calls (planned_start, id) WHERE deleted_at IS NULL",
    "none": None,
}


def set_index(path: Path, kind: str) -> None:
    """Put the suggested index (or its narrow form, or none) on the file for this run."""
    db = Database(path)
    try:
        with db.write() as s:
            for old in ("ix_calls_list", "ix_calls_live_start"):
                s.execute(text(f"DROP INDEX IF EXISTS {old}"))
            if INDEXES[kind]:
                s.execute(text(INDEXES[kind]))
    finally:
        db.dispose()


def _median_ms(times: list[float]) -> float:
    return round(statistics.median(times) * 1000, 1)


class Bench:
    """The window's own classes on one database, offscreen."""

    def __init__(self, path: Path, repeat: int) -> None:
        from PySide6.QtWidgets import QApplication

        from salesdesk.bootstrap import open_context
        from salesdesk.ui.app import make_application
        from salesdesk.ui.changes import ChangeNotifier
        from salesdesk.ui.state import AppState

        self.app = QApplication.instance() or make_application([])
        self.ctx = open_context(path)
        # No profile: the panel shows every call, the heaviest list (a rep's own calls
        # are an eighth of these).
        self.state = AppState(self.ctx, ChangeNotifier(self.ctx.db))
        self.repeat = repeat
        self.panel = None

    def settle(self) -> None:
        """Deliver what is pending: the table's repaint, which fetches the rows it shows."""
        self.app.processEvents()

    def open_model(self) -> list[float]:
        from salesdesk.core.calls.listing import CallQuery
        from salesdesk.ui.models.call_table import CallTableModel

        times = []
        for _ in range(self.repeat):
            start = time.perf_counter()
            model = CallTableModel(self.ctx.db, CallQuery())
            times.append(time.perf_counter() - start)
            model.deleteLater()
        return times

    def open_panel(self) -> list[float]:
        from salesdesk.ui.views.call_list import CallListPanel

        times = []
        for _ in range(self.repeat):
            if self.panel is not None:
                self.panel.close()
                self.panel.deleteLater()
                self.app.processEvents()
            start = time.perf_counter()
            self.panel = CallListPanel(self.state)
            self.panel.resize(1200, 700)
            self.panel.show()
            self.settle()
            times.append(time.perf_counter() - start)
        return times

    def scroll(self) -> tuple[list[float], list[float]]:
        """Every 500th row brought to the top with a fresh row cache; per step, per pass."""
        from PySide6.QtWidgets import QAbstractItemView

        table, model = self.panel.table, self.panel.model
        steps, passes = [], []
        for _ in range(self.repeat):
            model.reload()
            self.settle()
            begin = time.perf_counter()
            for row in range(0, model.rowCount(), 500):
                start = time.perf_counter()
                table.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
                self.settle()
                steps.append(time.perf_counter() - start)
            passes.append(time.perf_counter() - begin)
            table.scrollToTop()
        return steps, passes

    def timed(self, action) -> float:
        start = time.perf_counter()
        action()
        self.settle()
        return time.perf_counter() - start

    def filters(self) -> dict[str, dict[str, list[float]]]:
        """Each kind of filter set, then cleared, through the panel's own widgets."""
        from salesdesk.core.domain import CallStage

        panel = self.panel
        words = ["bolton", "budget", "ltd", "wigan", "site survey", "pallet", "xyz"]

        def search(word: str):
            def run():
                panel.search.setText(word)
                panel.apply_filter()  # what the 200 ms typing pause then calls

            return run

        def choose(combo, data):
            return lambda: combo.setCurrentIndex(combo.findData(data))

        def account(account_id):
            return lambda: panel.set_account(account_id)

        with self.ctx.db.read() as s:
            busiest = s.execute(
                text("SELECT account_id FROM calls GROUP BY 1 ORDER BY count(*) DESC LIMIT 9")
            ).scalars()
            accounts = [uuid.UUID(hex=a) for a in busiest]
        kinds = {
            "text": ([search(w) for w in words], search("")),
            "stage": (
                [choose(panel.stage, s.value) for s in CallStage],
                choose(panel.stage, None),
            ),
            "date": (
                [choose(panel.period, p) for p in ("today", "week", "next7", "last30", "month")],
                choose(panel.period, "all"),
            ),
            "type": (
                [choose(panel.call_type, t) for t in ("visit", "phone", "video")],
                choose(panel.call_type, None),
            ),
            "account": ([account(a) for a in accounts], account(None)),
        }
        recent = panel.model._recent  # the model's last lists: emptied to time the query
        result = {}
        for kind, (settings, clear) in kinds.items():
            applied, cleared, cold, rows = [], [], [], []
            for i in range(max(self.repeat, len(settings))):
                setting = settings[i % len(settings)]
                recent.clear()
                applied.append(self.timed(setting))
                rows.append(panel.model.rowCount())
                cleared.append(self.timed(clear))  # as a user gets it: a recent list
                self.timed(setting)
                recent.clear()
                cold.append(self.timed(clear))  # every call read again
            result[kind] = {"apply": applied, "clear": cleared, "clear_cold": cold, "rows": rows}
        return result

    def sorts(self) -> dict[str, list[float]]:
        from PySide6.QtCore import Qt

        from salesdesk.ui.models.call_table import COL_ACCOUNT, COL_DATE, COL_STAGE, COL_TYPE

        table = self.panel.table
        result = {}
        for name, column in (
            ("date", COL_DATE),
            ("account", COL_ACCOUNT),
            ("type", COL_TYPE),
            ("stage", COL_STAGE),
        ):
            times = []
            for i in range(self.repeat):
                order = Qt.SortOrder.AscendingOrder if i % 2 else Qt.SortOrder.DescendingOrder
                if name == "date" and i == 0:
                    order = Qt.SortOrder.AscendingOrder  # the default is descending
                self.panel.model._recent.clear()  # time the query, not the recent lists
                times.append(self.timed(lambda c=column, o=order: table.sortByColumn(c, o)))
            result[name] = times
        table.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        return result

    def close(self) -> None:
        self.panel.close()
        self.panel.deleteLater()
        self.app.processEvents()
        self.ctx.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="database file to build once and reuse")
    parser.add_argument("--calls", type=int, default=50_000)
    parser.add_argument("--accounts", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--index",
        choices=tuple(INDEXES),
        default="wide",
        help="the list index on calls (wide, as migrated), its narrow form, or none",
    )
    args = parser.parse_args(argv)
    if args.db is not None:
        return measure(args.db, args)
    with tempfile.TemporaryDirectory(prefix="salesdesk-bench-") as folder:
        return measure(Path(folder) / "calls.sqlite3", args)


def measure(path: Path, args) -> int:
    start = time.perf_counter()
    n = build(path, args.accounts, args.calls)
    print(f"{n:,} calls ready in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    set_index(path, args.index)
    bench = Bench(path, args.repeat)
    try:
        model_open = bench.open_model()
        panel_open = bench.open_panel()
        steps, passes = bench.scroll()
        filters = bench.filters()
        sorts = bench.sorts()
    finally:
        bench.close()
    table = [
        ("open: model over every call", _median_ms(model_open), _ms_max(model_open)),
        ("open: panel built, shown, painted", _median_ms(panel_open), _ms_max(panel_open)),
        ("scroll: one step of 500 rows", _median_ms(steps), _ms_max(steps)),
        ("scroll: whole table", _median_ms(passes), _ms_max(passes)),
    ]
    for kind, times in filters.items():
        table.append((f"filter {kind}: set", _median_ms(times["apply"]), _ms_max(times["apply"])))
        for which, name in (("clear", "clear (recent list)"), ("clear_cold", "clear (query)")):
            table.append(
                (f"filter {kind}: {name}", _median_ms(times[which]), _ms_max(times[which]))
            )
    for kind, times in sorts.items():
        table.append((f"sort by {kind}", _median_ms(times), _ms_max(times)))
    print(f"{n:,} calls, {args.repeat} runs, index {args.index}", file=sys.stderr)
    print(f"{'':40s} {'median ms':>10s} {'max ms':>8s}", file=sys.stderr)
    for name, median, worst in table:
        print(f"{name:40s} {median:10.1f} {worst:8.1f}", file=sys.stderr)
    print(
        json.dumps(
            {
                "calls": n,
                "repeat": args.repeat,
                "index": args.index,
                "load_average": [round(x, 2) for x in os.getloadavg()],
                "median_ms": {name: median for name, median, _ in table},
                "max_ms": {name: worst for name, _, worst in table},
                "filter_rows": {kind: t["rows"] for kind, t in filters.items()},
                "runs_ms": {
                    "model_open": [round(t * 1000, 1) for t in model_open],
                    "panel_open": [round(t * 1000, 1) for t in panel_open],
                    "scroll_pass": [round(t * 1000, 1) for t in passes],
                    **{
                        f"{kind}_{which}": [round(x * 1000, 1) for x in t[which]]
                        for kind, t in filters.items()
                        for which in ("apply", "clear", "clear_cold")
                    },
                },
            },
            indent=2,
        )
    )
    return 0


def _ms_max(times: list[float]) -> float:
    return round(max(times) * 1000, 1)


if __name__ == "__main__":
    sys.exit(main())
