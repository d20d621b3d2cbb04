"""Time the reports dashboard as a user sees it (issue 9: it opens in under 1 s on the
demo data, under 3 s at 100,000 accounts).

    python benchmarks/bench_dashboard.py --db demo.sqlite3 --repeat 5

From creating the Reports panel (a sales manager's: the whole team) to all seven cards
filled, with Qt's own event loop running (the reports run on a worker thread, the cards
fill on the GUI thread as each arrives), then the same after switching the period to
90 days and to this year. The first card's time is printed too. bench_reports.py times
the reports alone; the difference is what the panel adds.

A busy-waiting loop (`while not done: app.processEvents()`) would hold the GIL and make
the worker two to three times slower: this script blocks in QEventLoop.exec() as the
application does.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from sqlalchemy import select

from salesdesk.bootstrap import open_context
from salesdesk.core.domain import Role
from salesdesk.core.models import User
from salesdesk.core.workspace import _to_profile
from salesdesk.ui.app import make_application
from salesdesk.ui.changes import ChangeNotifier
from salesdesk.ui.state import AppState


def timed(panel, action) -> tuple[float, float]:
    """Do `action` (a filter change), then block in an event loop until every card is
    filled: (all cards, first card) in seconds."""
    loop = QEventLoop()
    first: list[float] = []
    start = time.perf_counter()

    def on_card(_name: str) -> None:
        if not first:
            first.append(time.perf_counter() - start)

    panel.card_filled.connect(on_card)
    panel.loaded.connect(loop.quit)
    QTimer.singleShot(60_000, loop.quit)
    action()
    loop.exec()
    total = time.perf_counter() - start
    panel.card_filled.disconnect(on_card)
    panel.loaded.disconnect(loop.quit)
    return total, first[0] if first else total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not args.db.exists():
        parser.error(f"{args.db} does not exist: make one with `salesdesk --db FILE demo`")
    app = make_application([])
    ctx = open_context(args.db)
    with ctx.db.read() as s:
        manager = s.scalar(
            select(User).where(User.role == Role.SALES_MANAGER).order_by(User.name).limit(1)
        )
        profile = _to_profile(manager)
    state = AppState(ctx=ctx, notifier=ChangeNotifier(ctx.db, app), profile=profile)
    from salesdesk.ui.reports.dashboard import ReportsPanel

    runs: dict[str, list[float]] = {"open": [], "open_first_card": [], "90_days": [], "year": []}
    for _ in range(args.repeat + 1):  # the first round warms caches and is not counted
        loop = QEventLoop()
        holder: dict = {}

        def open_panel(holder=holder, loop=loop) -> None:
            panel = ReportsPanel(state)
            panel.loaded.connect(loop.quit)
            holder["panel"] = panel
            panel.resize(1400, 860)
            panel.show()

        start = time.perf_counter()
        QTimer.singleShot(0, open_panel)
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
        opened = time.perf_counter() - start
        panel = holder["panel"]
        panel.loaded.disconnect(loop.quit)
        year, _ = timed(panel, lambda p=panel: p.filters.set_preset("year"))
        days, _ = timed(panel, lambda p=panel: p.filters.set_preset("last_90"))
        _month, first = timed(panel, lambda p=panel: p.filters.set_preset("month"))
        runs["open"].append(opened)
        runs["open_first_card"].append(first)
        runs["90_days"].append(days)
        runs["year"].append(year)
        panel.close()
        panel.deleteLater()
        app.processEvents()
    for values in runs.values():
        del values[0]
    medians = {k: round(statistics.median(v), 3) for k, v in runs.items()}
    print(
        f"{args.db.name}: open {medians['open']:.3f} s (first card after a filter change "
        f"{medians['open_first_card']:.3f} s), 90 days {medians['90_days']:.3f} s, "
        f"year {medians['year']:.3f} s",
        file=sys.stderr,
    )
    print(json.dumps({"medians_s": medians, "runs_s": runs}, indent=1))
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
