"""Time the pipeline board with 5,000 open deals (issue 7: opens in under 1 s, dragging
stays smooth).

    python benchmarks/bench_board.py                          # builds a database, 5 runs
    python benchmarks/bench_board.py --db board.sqlite3       # builds it once, then reuses it
    python benchmarks/bench_board.py --db board.sqlite3 --repeat 9

The database: a demo territory of `--accounts` accounts (17,000 by default: about
5,500 open deals, plus the won and lost deals of the last 30 days that the board also
shows); built once with the demo generator (about 14 s, not timed) and reused when
`--db` names a file that has accounts.

Then, with the window's own classes, offscreen, as a sales manager with no deals of
their own (the board shows everyone's deals):
  core       board(): every card's fields in one query
  open       PipelineBoard built, shown at 1280x800, its background load done and the
             first paint of every column delivered
  reload     the same board read again (Refresh): job, model resets, paint
  move       a card moved to the next stage through the board's own move_to (the drop
             handler): the service call, the moved card read back, both columns
             updated and painted; then moved back (the median is over both ways)
  scroll     a column scrolled one screen with its cards painted (dragging paints
             the same way)
Prints medians (stderr) and one JSON object with every run.
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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import func, select

from salesdesk.core.db import Database
from salesdesk.core.demo import generate
from salesdesk.core.migrate import prepare
from salesdesk.core.models import Account, Opportunity, PipelineStage


def build(path: Path, accounts: int, seed: int = 7) -> int:
    """A demo database (built once); returns its number of open deals."""
    prepare(path, path.parent / "backups")
    db = Database(path)
    try:
        with db.read() as s:
            have = s.scalar(select(func.count()).select_from(Account))
        if not have:
            generate(db, accounts=accounts, seed=seed, today=date.today())
        with db.read() as s:
            return s.scalar(
                select(func.count())
                .select_from(Opportunity)
                .join(PipelineStage, PipelineStage.id == Opportunity.stage_id)
                .where(
                    PipelineStage.is_won.is_(False),
                    PipelineStage.is_lost.is_(False),
                    Opportunity.deleted_at.is_(None),
                )
            )
    finally:
        db.dispose()


def _ms(times: list[float]) -> list[float]:
    return [round(t * 1000, 1) for t in times]


def _median_ms(times: list[float]) -> float:
    return round(statistics.median(times) * 1000, 1)


class Bench:
    def __init__(self, path: Path, repeat: int) -> None:
        from PySide6.QtWidgets import QApplication

        from salesdesk.bootstrap import open_context
        from salesdesk.core.domain import Role
        from salesdesk.ui.app import make_application
        from salesdesk.ui.changes import ChangeNotifier
        from salesdesk.ui.state import AppState

        self.app = QApplication.instance() or make_application([])
        self.ctx = open_context(path)
        self.state = AppState(
            self.ctx, ChangeNotifier(self.ctx.db), role_override=Role.SALES_MANAGER
        )
        self.repeat = repeat
        self.board = None

    def settle(self) -> None:
        self.app.processEvents()

    def wait_loaded(self) -> None:
        """Run the event loop until the board's background load is on screen (one exec:
        a busy processEvents() loop would add its own cost, and PySide6 6.12.0 drops a
        reference to None on every call of a void method)."""
        from PySide6.QtCore import QEventLoop

        if self.board.loading or self.board.board is None:
            loop = QEventLoop()
            self.board.loaded.connect(loop.quit)
            loop.exec()
            self.board.loaded.disconnect(loop.quit)
        self.settle()

    def core(self) -> tuple[list[float], int]:
        from salesdesk.core.deals.board import board

        times, cards = [], 0
        for _ in range(self.repeat):
            start = time.perf_counter()
            result = board(self.ctx.db)
            times.append(time.perf_counter() - start)
            cards = sum(len(c) for c in result.cards.values())
        return times, cards

    def open(self) -> list[float]:
        from salesdesk.ui.deals.board import PipelineBoard

        times = []
        for _ in range(self.repeat):
            if self.board is not None:
                self.board.close()
                self.board.deleteLater()
                self.settle()
            start = time.perf_counter()
            self.board = PipelineBoard(self.state)
            self.board.resize(1280, 800)
            self.board.show()
            self.wait_loaded()
            self.board.repaint()  # every column painted with its cards
            times.append(time.perf_counter() - start)
        return times

    def reload(self) -> list[float]:
        times = []
        for _ in range(self.repeat):
            start = time.perf_counter()
            self.board.reload()
            self.wait_loaded()
            self.board.repaint()
            times.append(time.perf_counter() - start)
        return times

    def move(self) -> list[float]:
        times = []
        source, target = self.board.columns[0], self.board.columns[1]
        moved = None
        for i in range(self.repeat * 2):
            a, b = (source, target) if i % 2 == 0 else (target, source)
            card = a.model.card(a.model.rowCount() // 2) if i % 2 == 0 else moved
            start = time.perf_counter()
            assert self.board.move_to(card.id, b.stage.id)
            a.view.repaint()
            b.view.repaint()
            times.append(time.perf_counter() - start)
            moved = card
            assert not self.board.loading
        return times

    def scroll(self) -> list[float]:
        view = self.board.columns[0].view
        bar = view.verticalScrollBar()
        times = []
        for _ in range(self.repeat * 4):
            start = time.perf_counter()
            bar.setValue(bar.value() + view.viewport().height())
            view.viewport().repaint()
            times.append(time.perf_counter() - start)
        return times

    def close(self) -> None:
        from PySide6.QtCore import QThreadPool

        if self.board is not None:
            self.board.close()
            self.board.deleteLater()
            self.settle()
        QThreadPool.globalInstance().waitForDone(30_000)
        self.ctx.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="database file, built once and then reused")
    parser.add_argument("--accounts", type=int, default=17_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    scratch = None
    path = args.db
    if path is None:
        scratch = tempfile.TemporaryDirectory(prefix="bench-board-")
        path = Path(scratch.name) / "board.sqlite3"
    start = time.perf_counter()
    open_deals = build(path.resolve(), args.accounts)
    built = time.perf_counter() - start
    bench = Bench(path.resolve(), args.repeat)
    try:
        core, cards = bench.core()
        opened = bench.open()
        reloads = bench.reload()
        moves = bench.move()
        scrolls = bench.scroll()
    finally:
        bench.close()
    result = {
        "open_deals": open_deals,
        "cards": cards,
        "build_s": round(built, 1),
        "core_ms": _median_ms(core),
        "open_ms": _median_ms(opened),
        "reload_ms": _median_ms(reloads),
        "move_ms": _median_ms(moves),
        "scroll_ms": _median_ms(scrolls),
        "runs": {
            "core_ms": _ms(core),
            "open_ms": _ms(opened),
            "reload_ms": _ms(reloads),
            "move_ms": _ms(moves),
            "scroll_ms": _ms(scrolls),
        },
    }
    print(
        f"{open_deals} open deals, {cards} cards: core board() {result['core_ms']} ms, "
        f"board open {result['open_ms']} ms, reload {result['reload_ms']} ms, "
        f"move {result['move_ms']} ms, scroll a screen {result['scroll_ms']} ms",
        file=sys.stderr,
    )
    print(json.dumps(result))
    if scratch is not None:
        scratch.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
