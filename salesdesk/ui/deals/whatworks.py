"""What works: per communication method and tactic, how often deals advanced within N
days of a touch and how often the deals that used it were won, against the baseline.

Every rate stands beside its counts; rates from a small sample are grey and say so. The
figures come from `core.deals.whatworks`, read on a worker thread (a second or two on the
100,000-account demo).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QSpinBox,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.deals.whatworks import DEFAULT_DAYS, UNKNOWN, Figures, Rate, Table, WhatWorks
from ...core.deals.whatworks import what_works as compute
from ...core.domain import Role
from ..calls.widgets import scrolling
from ..messages import arg
from ..theme import ACCENT, colors
from ..views.common import Card, figures_table, fit_height, label, period_start
from ..worker import LatestAnswer
from .touches_panel import channel_title

PERIODS = ("90days", "year", "12months", "all")
BREAKDOWNS = ("all", "stage", "industry", "size")
SCOPES = ("team", "mine")
WATCHED = frozenset({"touches", "stage_changes", "opportunities", "pipeline_stages"})
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
RATE_ROLE = Qt.ItemDataRole.UserRole + 11  # (rate, baseline, small) for the bar
SMALL_ROLE = Qt.ItemDataRole.UserRole + 12  # True on a cell from a small sample
COL_NAME, COL_TOUCHES, COL_DEALS, COL_ADVANCED, COL_WON, COL_BAR, COL_VERSUS = range(7)


class RateBarDelegate(QStyledItemDelegate):
    """The win rate as a bar with a tick at the baseline; pale when the sample is small."""

    def paint(self, painter: QPainter, option, index) -> None:
        super().paint(painter, option, index)
        data = index.data(RATE_ROLE)
        if not data:
            return
        rate, baseline, small = data
        track = QRectF(option.rect).adjusted(6, 8, -6, -8)
        rtl = option.direction == Qt.LayoutDirection.RightToLeft

        def x_of(share: float) -> float:
            share = min(max(share, 0.0), 1.0)
            return (
                track.right() - track.width() * share
                if rtl
                else track.left() + track.width() * share
            )

        c = colors()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(c["alt"]))
        painter.drawRoundedRect(track, 3, 3)
        if rate is not None:
            bar = QRectF(track)
            end = x_of(rate)
            if rtl:
                bar.setLeft(end)
            else:
                bar.setRight(end)
            colour = QColor(ACCENT)
            if small:
                colour.setAlphaF(0.35)
            painter.setBrush(colour)
            painter.drawRoundedRect(bar, 3, 3)
        if baseline is not None:
            tick = x_of(baseline)
            painter.setPen(QColor(c["text"]))
            painter.drawLine(int(tick), int(track.top()) - 3, int(tick), int(track.bottom()) + 3)
        painter.restore()


def _table(first: str, headers: list[str]) -> QTableWidget:
    table = figures_table([first, *headers])
    table.setItemDelegateForColumn(COL_BAR, RateBarDelegate(table))
    header = table.horizontalHeader()
    header.setSectionResizeMode(COL_BAR, QHeaderView.ResizeMode.Fixed)
    header.resizeSection(COL_BAR, 160)
    return table


class WhatWorksPanel(QWidget):
    """What works, standalone or as a tab of the Deals view."""

    loaded = Signal(object)  # the WhatWorks shown

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
        self.data: WhatWorks | None = None
        manager = app_state.role == Role.SALES_MANAGER or app_state.user_id is None

        # A year by default: win rates need closed deals, and few close in 90 days.
        self.period = self._combo(
            self.tr("Period"), PERIODS, self._period_titles(), current=PERIODS.index("12months")
        )
        self.scope = self._combo(
            self.tr("Deals"), SCOPES, [self.tr("everyone's deals"), self.tr("my deals")]
        )
        self.scope.setVisible(not manager)
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setAccessibleName(self.tr("Days for an advance"))
        self.days.setSuffix(self.tr(" days"))
        self.days.valueChanged.connect(self.refresh)
        self.breakdown = self._combo(
            self.tr("Breakdown"),
            BREAKDOWNS,
            [
                self.tr("All touches"),
                self.tr("By stage at the touch"),
                self.tr("By industry"),
                self.tr("By company size"),
            ],
            self._fill_groups,
        )
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Group"))
        self.group.setMinimumContentsLength(18)
        self.group.currentIndexChanged.connect(self._show_group)

        top = QHBoxLayout()
        top.addWidget(label(self.tr("Touches"), "muted"))
        top.addWidget(self.period)
        top.addWidget(self.scope)
        top.addSpacing(12)
        top.addWidget(label(self.tr("Advanced within"), "muted"))
        top.addWidget(self.days)
        top.addSpacing(12)
        top.addWidget(self.breakdown)
        top.addWidget(self.group)
        top.addStretch(1)

        self.summary = label("", wrap=True)
        bold = self.summary.font()
        bold.setBold(True)
        self.summary.setFont(bold)
        self.baseline = label("", "muted", wrap=True)
        columns = self._columns()
        self.channels = _table(self.tr("Method"), columns)
        self.tactics = _table(self.tr("Tactic"), columns)
        method_card = Card(self.tr("By communication method"))
        method_card.body.addWidget(self.channels)
        tactic_card = Card(self.tr("By sales tactic"))
        tactic_card.body.addWidget(self.tactics)
        self.legend = label("", "muted", wrap=True)

        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(self.baseline)
        lay.addWidget(method_card)
        lay.addWidget(tactic_card)
        lay.addWidget(self.legend)
        lay.addStretch(1)
        scrolling(self, page)

    def _combo(self, name: str, keys, titles, on_change=None, current: int = 0) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        for key, text in zip(keys, titles, strict=True):
            box.addItem(text, key)
        box.setCurrentIndex(current)
        box.currentIndexChanged.connect(on_change or self.refresh)
        return box

    def _period_titles(self) -> list[str]:
        return [
            self.tr("in the last 90 days"),
            self.tr("this year"),
            self.tr("in the last 12 months"),
            self.tr("at any time"),
        ]

    def _columns(self) -> list[str]:
        return [
            self.tr("Touches"),
            self.tr("Deals"),
            arg(self.tr("Advanced within %1 days"), DEFAULT_DAYS),
            self.tr("Win rate (closed deals)"),
            self.tr("Against the baseline"),
            self.tr("Difference"),
        ]

    # loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        self.live.ask()

    def _question(self):
        start = period_start(self.period.currentData(), QDate.currentDate().toPython())
        mine = self.scope.isVisible() and self.scope.currentData() == "mine"
        owners = [self._state.user_id] if mine and self._state.user_id else None
        days, db = self.days.value(), self._db
        return lambda: compute(db, days, start, None, owners)

    def _show(self, data: WhatWorks) -> None:
        self.data = data
        total = data.total.overall
        if total.touches:
            self.summary.setText(
                arg(
                    self.tr("Touches: %1 · deals touched: %2"),
                    QLocale().toString(total.touches),
                    QLocale().toString(total.deals),
                )
            )
        else:
            self.summary.setText(self.tr("No touches on deals in this period."))
        notes = [
            arg(
                self.tr(
                    "Grey figures come from fewer than %1 cases: a small sample, read them "
                    "with care."
                ),
                data.small_sample,
            ),
            self.tr(
                "An advance is a move to a later stage or to won within the days chosen "
                "after the touch. The bar shows the win rate; the line, the baseline."
            ),
        ]
        if data.touches_without_deal:
            notes.append(
                arg(
                    self.tr("Touches on no deal are not counted: %1."),
                    QLocale().toString(data.touches_without_deal),
                )
            )
        self.legend.setText(" ".join(notes))
        self._fill_groups()
        self.loaded.emit(data)

    def _fill_groups(self) -> None:
        dimension = self.breakdown.currentData()
        self.group.blockSignals(True)
        previous = self.group.currentData()
        self.group.clear()
        if self.data is not None and dimension != "all":
            for table in self.data.breakdown(dimension):
                text = arg(
                    self.tr("%1 (%2)"),
                    self._group_title(dimension, table.key),
                    QLocale().toString(table.overall.touches),
                )
                self.group.addItem(text, table.key)
            found = self.group.findData(previous)
            self.group.setCurrentIndex(max(found, 0))
        self.group.blockSignals(False)
        self.group.setVisible(dimension != "all")
        self._show_group()

    def _group_title(self, dimension: str, key: str) -> str:
        if key == UNKNOWN:
            return self.tr("(not known)")
        if dimension == "size":
            return arg(self.tr("%1 employees"), key)
        return key

    def _show_group(self) -> None:
        if self.data is None:
            return
        dimension = self.breakdown.currentData()
        table: Table | None = self.data.total
        if dimension != "all":
            key = self.group.currentData()
            table = next((t for t in self.data.breakdown(dimension) if t.key == key), None)
        if table is None:
            for widget in (self.channels, self.tactics):
                widget.setRowCount(0)
            self.baseline.setText("")
            return
        base = table.overall
        self.baseline.setText(
            arg(
                self.tr("Baseline, every touch: %1 advanced · %2 of the closed deals won"),
                self._rate(base.advanced),
                self._rate(base.won),
            )
        )
        header = (
            self.tr("Advanced within 1 day")
            if self.data.days == 1
            else arg(self.tr("Advanced within %1 days"), self.data.days)
        )
        for widget in (self.channels, self.tactics):
            widget.horizontalHeaderItem(COL_ADVANCED).setText(header)
        self._fill(self.channels, table.channels, base, channel_title)
        self._fill(self.tactics, table.tactics, base, lambda key: key)
        for widget in (self.channels, self.tactics):
            fit_height(widget, 16)

    def _fill(self, table: QTableWidget, rows: list[Figures], base: Figures, title) -> None:
        table.setRowCount(len(rows))
        for row, f in enumerate(rows):
            table.setItem(row, COL_NAME, QTableWidgetItem(title(f.key)))
            table.setItem(row, COL_TOUCHES, self._number(f.touches))
            table.setItem(row, COL_DEALS, self._number(f.deals))
            table.setItem(row, COL_ADVANCED, self._rate_item(f.advanced))
            table.setItem(row, COL_WON, self._rate_item(f.won))
            bar = QTableWidgetItem()
            bar.setData(RATE_ROLE, (f.won.value, base.won.value, f.won.small))
            bar.setToolTip(
                arg(self.tr("Win rate %1; baseline %2"), self._rate(f.won), self._rate(base.won))
            )
            table.setItem(row, COL_BAR, bar)
            table.setItem(row, COL_VERSUS, self._versus(f.won, base.won))

    def _rate(self, rate: Rate) -> str:
        if rate.value is None:
            return "–"
        percent = QLocale().toString(100.0 * rate.value, "f", 0)
        return arg(self.tr("%1% (%2 of %3)"), percent, rate.hits, rate.n)

    def _rate_item(self, rate: Rate) -> QTableWidgetItem:
        item = QTableWidgetItem(self._rate(rate))
        item.setTextAlignment(RIGHT)
        item.setData(SMALL_ROLE, rate.small)
        if rate.small and rate.n:
            item.setForeground(QColor(colors()["muted"]))
            font = QFont(item.font())
            font.setItalic(True)
            item.setFont(font)
            item.setToolTip(arg(self.tr("Small sample (n = %1)"), rate.n))
        return item

    def _versus(self, rate: Rate, base: Rate) -> QTableWidgetItem:
        item = QTableWidgetItem("")
        item.setTextAlignment(RIGHT)
        if rate.value is not None and base.value is not None:
            points = round(100 * (rate.value - base.value))
            item.setText(arg(self.tr("%1 pts"), f"{points:+d}" if points else "±0"))
            item.setToolTip(self.tr("Percentage points above or below the baseline win rate"))
            if rate.small:
                item.setForeground(QColor(colors()["muted"]))
        return item

    def _number(self, n: int) -> QTableWidgetItem:
        item = QTableWidgetItem(QLocale().toString(n))
        item.setTextAlignment(RIGHT)
        return item
