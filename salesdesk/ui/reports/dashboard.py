"""The reports dashboard: a filter bar, an overview card per report, a detail page each.

Every filter change runs all the reports in one worker job; each card fills as its
report arrives (the job hands them over through its progress signal), so the first
cards show while the slower reports still run. A result from an earlier filter is
dropped (`_asked`). The panel refreshes when shown after data changed, and a little
after a change notice while visible (writes come in bursts).
"""

from __future__ import annotations

import time
import traceback

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import SalesDeskError
from ...core.reports import REPORTS, Report, ReportFilter, run_report
from ..calls.widgets import scrolling
from ..messages import error_text
from ..views.common import label
from ..worker import Job
from .detail import ReportDetail
from .filters import FilterBar
from .overview import ReportCard

NARROW_PLOT = 200  # pixels
GRID = 12  # columns: three wide cards above, four below (the seven reports, no gap)
# Tables no report reads. Settings are read (the time categories' names, the currency):
# a change there refreshes the cards too.
IGNORED = frozenset({"form_drafts", "geocode_cache", "geocode_queue", "change_log"})


def _place(index: int) -> tuple[int, int, int]:
    """(row, column, span) of the index-th card: the week-by-week reports get the width."""
    if index < 3:
        return 0, index * 4, 4
    return 1 + (index - 3) // 4, ((index - 3) % 4) * 3, 3


def run_all(db, flt: ReportFilter, found: dict, progress, cancelled) -> dict:
    """Run every report for `flt` (on a worker), storing each in `found` before telling
    `progress` how many are done; a failing report is stored as its exception."""
    for done, spec in enumerate(REPORTS, start=1):
        if cancelled():
            break
        try:
            found[spec.name] = run_report(db, spec.name, flt)
        except Exception as exc:  # one broken report must not blank the other six
            if not isinstance(exc, SalesDeskError):
                traceback.print_exception(exc)
            found[spec.name] = exc
        progress(done, len(REPORTS))
    return found


class ReportsPanel(QWidget):
    """All reports from one place, for one period, rep and territory."""

    loaded = Signal(object)  # the filter whose reports are all shown
    card_filled = Signal(str)

    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = app_state
        self._db = app_state.ctx.db
        self.currency = app_state.profile.currency if app_state.profile else "GBP"
        self._asked = 0
        self._dirty = True
        self._jobs: list[Job] = []
        self._started = 0.0
        self.elapsed: float | None = None  # seconds from the last ask to all cards shown
        self.reports: dict[str, Report] = {}
        self.shown_filter: ReportFilter | None = None

        self.filters = FilterBar(app_state)
        self.filters.changed.connect(self.refresh)
        self.busy = QProgressBar()
        self.busy.setRange(0, len(REPORTS))
        self.busy.setTextVisible(False)
        self.busy.setFixedSize(120, 8)
        self.busy.setAccessibleName(self.tr("Reports calculated"))
        self.status = label("", "muted")
        bar = QHBoxLayout()
        bar.addWidget(self.filters, 1)
        bar.addWidget(self.status)
        bar.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignVCenter)

        self.cards: dict[str, ReportCard] = {}
        grid_page = QWidget()
        grid = QGridLayout(grid_page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        for i, spec in enumerate(REPORTS):
            row, at, span = _place(i)
            # A narrow card's plot is about two thirds of a wide one's (its labels thin out).
            card = ReportCard(spec.name, spec.title, 0 if span == 4 else NARROW_PLOT)
            card.activated.connect(self.open_report)
            self.cards[spec.name] = card
            grid.addWidget(card, row, at, 1, span)
        for c in range(GRID):
            grid.setColumnStretch(c, 1)
        for r in range(grid.rowCount()):
            grid.setRowStretch(r, 1)
        self.overview = QWidget()
        scrolling(self.overview, grid_page)
        self.detail = ReportDetail()
        self.detail.back.connect(self.show_overview)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.overview)
        self.pages.addWidget(self.detail)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.setSpacing(12)
        lay.addLayout(bar)
        lay.addWidget(self.pages, 1)

        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(400)
        self._later.timeout.connect(self.refresh)
        app_state.notifier.changed.connect(self._on_changed)

    # loading ------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def _on_changed(self, tables: frozenset) -> None:
        if not tables - IGNORED:
            return
        if "users" in tables or "territories" in tables:
            self.filters.fill_pickers()
        self._dirty = True
        if self.isVisible():
            self._later.start()

    def refresh(self) -> None:
        """Run every report for the filter as it stands; earlier runs are dropped."""
        self._dirty = False
        self._later.stop()
        for job in self._jobs:
            job.cancel()  # their results are ignored anyway; this saves the work
        self._asked += 1
        asked, flt, db = self._asked, self.filters.current(), self._db
        self._started = time.perf_counter()
        self.elapsed = None
        self.busy.setValue(0)
        self.busy.setVisible(True)
        self.status.setText(self.tr("Calculating…"))
        for card in self.cards.values():
            card.show_waiting()
        found: dict = {}
        job = Job(lambda progress, cancelled: run_all(db, flt, found, progress, cancelled), self)
        job.progress.connect(lambda done, _total: self._arrived(asked, flt, found, done))
        job.succeeded.connect(lambda _found: self._finished(asked, flt))
        job.failed.connect(lambda text: self._failed(asked, text))
        self._jobs = [*self._jobs[-3:], job]  # parented too; the list keeps the wrappers
        job.start()

    def _arrived(self, asked: int, flt: ReportFilter, found: dict, done: int) -> None:
        if asked != self._asked:  # a newer filter is on its way: never show this one
            return
        self.busy.setValue(done)
        name = REPORTS[done - 1].name
        result = found.get(name)
        card = self.cards[name]
        if isinstance(result, Report):
            self.reports[name] = result
            card.show_report(result, self.currency)
            shown = self.detail.report
            if self.pages.currentWidget() is self.detail and shown and shown.name == name:
                self.detail.show_report(result, self.currency)
        elif result is not None:
            self.reports.pop(name, None)
            card.show_failure(error_text(result))
        self.card_filled.emit(name)

    def _finished(self, asked: int, flt: ReportFilter) -> None:
        if asked != self._asked:
            return
        self.elapsed = time.perf_counter() - self._started
        self.shown_filter = flt
        self.busy.setVisible(False)
        self.status.setText("")
        self.loaded.emit(flt)

    def _failed(self, asked: int, text: str) -> None:
        if asked != self._asked:
            return
        self.busy.setVisible(False)
        self.status.setText(text)

    # pages --------------------------------------------------------------------------
    def open_report(self, name: str) -> None:
        report = self.reports.get(name)
        if report is None:  # still calculating, or it failed: the card says which
            return
        self.detail.show_report(report, self.currency)
        self.pages.setCurrentWidget(self.detail)
        self.detail.table.setFocus()

    def show_overview(self) -> None:
        name = self.detail.report.name if self.detail.report else None
        self.pages.setCurrentWidget(self.overview)
        if name in self.cards:
            self.cards[name].setFocus()
