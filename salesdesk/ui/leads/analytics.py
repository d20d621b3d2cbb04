"""Qualification analytics: leads by source and status, why leads were dropped, and per
rep and per source the conversion rate and the days to qualify.

Every rate stands next to its count, so 100% of two leads reads as two leads. A sales
manager sees the team's leads, anyone else their own. Read on a worker thread.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.domain import LeadStatus, Role
from ...core.leads.analytics import (
    NO_OWNER,
    NO_REASON,
    NO_SOURCE,
    Group,
    LeadAnalytics,
    lead_analytics,
)
from ..calls.widgets import scrolling
from ..messages import arg
from ..models.lead_table import status_title
from ..views.common import Card, figures_table, fit_height, label, period_start
from ..worker import LatestAnswer
from .bar_delegate import BAR_ROLE, BarDelegate

PERIODS = ("month", "90days", "year", "all")
WATCHED = frozenset({"leads", "users"})
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class LeadAnalyticsPanel(QWidget):
    loaded = Signal(object)  # the LeadAnalytics shown

    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = app_state
        self._db = app_state.ctx.db
        self.live = LatestAnswer(
            self,
            app_state.notifier,
            WATCHED,
            self._question,
            self._show,
            lambda text: self.summary.setText(text),
        )
        self.data: LeadAnalytics | None = None
        self.team = app_state.role == Role.SALES_MANAGER or app_state.user_id is None

        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for key, text in zip(PERIODS, self._period_titles(), strict=True):
            self.period.addItem(text, key)
        self.period.setCurrentIndex(PERIODS.index("90days"))
        self.period.currentIndexChanged.connect(self.refresh)
        scope = self.tr("The team's leads") if self.team else self.tr("Your leads")
        self.summary = label("", wrap=True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Leads entered"), "muted"))
        top.addWidget(self.period)
        top.addWidget(label(scope, "muted"))
        top.addStretch(1)

        statuses = [status_title(s) for s in LeadStatus]
        self.sources = figures_table(
            [self.tr("Source"), self.tr("Leads"), *statuses, *self._rates()]
        )
        self.reps = figures_table([self.tr("Rep"), self.tr("Leads"), *statuses, *self._rates()])
        self.reasons = figures_table([self.tr("Reason"), self.tr("Leads"), ""])
        self.reasons.setItemDelegateForColumn(2, BarDelegate(self.reasons))
        self.reasons.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.reasons.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        source_card = Card(self.tr("By source"))
        source_card.body.addWidget(self.sources)
        reason_card = Card(self.tr("Why leads were disqualified"))
        self.no_reasons = label(self.tr("No lead was disqualified in this period."), "muted")
        reason_card.body.addWidget(self.no_reasons)
        reason_card.body.addWidget(self.reasons)
        rep_card = Card(self.tr("By rep"))
        rep_card.body.addWidget(self.reps)
        rep_card.setVisible(self.team)

        # The wide tables across the page; the two-column reasons beside room to spare.
        grid = QGridLayout()
        grid.addWidget(source_card, 0, 0, 1, 2)
        grid.addWidget(rep_card, 1, 0, 1, 2)
        grid.addWidget(reason_card, 2, 0)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addLayout(grid, 1)
        scrolling(self, page)

    def _period_titles(self) -> list[str]:
        return [
            self.tr("this month"),
            self.tr("in the last 90 days"),
            self.tr("this year"),
            self.tr("at any time"),
        ]

    def _rates(self) -> list[str]:
        return [self.tr("Conversion"), self.tr("Days to qualify")]

    # loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        self.live.ask()

    def _question(self):
        start = period_start(self.period.currentData(), QDate.currentDate().toPython())
        owner = None if self.team else self._state.user_id
        db = self._db
        return lambda: lead_analytics(db, start, None, owner)

    def _show(self, data: LeadAnalytics) -> None:
        self.data = data
        o = data.overall
        parts = [self.tr("%n lead(s)", "", data.total), self.tr("%n decided", "", o.decided)]
        if o.conversion is not None:
            parts.append(arg(self.tr("%1 converted"), self._conversion(o)))
        if o.median_days is not None:
            parts.append(arg(self.tr("median %1 to qualify"), self._days(o.median_days)))
        self.summary.setText(" · ".join(parts))
        self._fill(self.sources, data.by_source, self.tr("(no source)"), NO_SOURCE)
        self._fill(self.reps, data.by_rep, self.tr("(nobody)"), NO_OWNER)
        reasons = [(self.tr("(no reason)") if r == NO_REASON else r, n) for r, n in data.reasons]
        self.reasons.setRowCount(len(reasons))
        top = max((n for _r, n in reasons), default=0)
        for row, (reason, count) in enumerate(reasons):
            self.reasons.setItem(row, 0, QTableWidgetItem(reason))
            self.reasons.setItem(row, 1, self._number(count))
            bar = QTableWidgetItem()
            bar.setData(BAR_ROLE, count / top if top else 0.0)
            self.reasons.setItem(row, 2, bar)
        self.reasons.setVisible(bool(reasons))
        self.no_reasons.setVisible(not reasons)
        for table in (self.sources, self.reps, self.reasons):
            fit_height(table, 12)
        self.loaded.emit(data)

    def _fill(self, table: QTableWidget, groups: list[Group], blank: str, key: str) -> None:
        table.setRowCount(len(groups))
        for row, g in enumerate(groups):
            cells = [QTableWidgetItem(blank if g.key == key else g.key), self._number(g.total)]
            cells += [self._number(g.by_status.get(str(s), 0)) for s in LeadStatus]
            rate = self._conversion(g) if g.conversion is not None else "–"
            cells.append(self._text(rate, self.tr("Qualified of the leads decided")))
            days = self._days(g.median_days) if g.median_days is not None else "–"
            cells.append(self._text(days, self.tr("Median days from entry to qualification")))
            for col, item in enumerate(cells):
                table.setItem(row, col, item)

    def _conversion(self, g: Group) -> str:
        percent = QLocale().toString(100.0 * (g.conversion or 0.0), "f", 0)
        return arg(self.tr("%1% (%2 of %3)"), percent, g.qualified, g.decided)

    def _days(self, days: float) -> str:
        return self.tr("%n day(s)", "", round(days)) if days >= 1 else self.tr("under a day")

    def _number(self, n: int) -> QTableWidgetItem:
        item = QTableWidgetItem(QLocale().toString(n))
        item.setTextAlignment(RIGHT)
        return item

    def _text(self, text: str, tip: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setTextAlignment(RIGHT)
        item.setToolTip(tip)
        return item
