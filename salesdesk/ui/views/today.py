"""The start page: today's calls in route order, the debriefs and reviews due, the
follow-ups of the week, and the month against quota."""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QRect,
    QSize,
    Qt,
    QTime,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.calls.review import DEBRIEF_DAYS, REVIEW_DAYS
from ...core.today import PlanStatus, TodaySummary, today_summary
from ..labels import call_type_title, money
from ..messages import arg
from .common import Card, label
from .review_panels import dark_palette, days_ago, local_datetime, warning_color

WATCHED = frozenset(
    {
        "calls",
        "call_questions",
        "call_feedback",
        "tasks",
        "opportunities",
        "quotas",
        "users",
        "accounts",
    }
)
ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1

# (light background, light text, dark background, dark text) per plan status
CHIP_COLORS = {
    PlanStatus.NOT_PLANNED: ("#fff1dc", "#a14d00", "#4a3312", "#fbc36b"),
    PlanStatus.PLANNED: ("#e3ecfd", "#1d4ed8", "#1e335f", "#aecbfa"),
    PlanStatus.CHECKED_IN: ("#dff3f0", "#0f6b62", "#123f3b", "#8fe3d6"),
    PlanStatus.DONE: ("#fde6e4", "#b3261e", "#55201d", "#f6a39c"),
    PlanStatus.DEBRIEFED: ("#e2f3e5", "#1f6e2b", "#1b4222", "#9fd8a8"),
}


def local_time(utc: datetime) -> QTime:
    """Stored times are naive UTC; show them on this computer's clock."""
    return QDateTime(utc.date(), utc.time(), QTimeZone.utc()).toLocalTime().time()


def plan_status_title(status: PlanStatus) -> str:
    return {
        PlanStatus.NOT_PLANNED: QCoreApplication.translate("TodayView", "Not planned"),
        PlanStatus.PLANNED: QCoreApplication.translate("TodayView", "Planned"),
        PlanStatus.CHECKED_IN: QCoreApplication.translate("TodayView", "Checked in"),
        PlanStatus.DONE: QCoreApplication.translate("TodayView", "Debrief due"),
        PlanStatus.DEBRIEFED: QCoreApplication.translate("TodayView", "Debriefed"),
    }[status]


def plan_status_tip(status: PlanStatus) -> str:
    return {
        PlanStatus.NOT_PLANNED: QCoreApplication.translate(
            "TodayView", "No objective and no questions yet: plan it before you go."
        ),
        PlanStatus.PLANNED: QCoreApplication.translate("TodayView", "Planned, not started."),
        PlanStatus.CHECKED_IN: QCoreApplication.translate("TodayView", "Checked in, running."),
        PlanStatus.DONE: QCoreApplication.translate(
            "TodayView", "Checked out; the debrief is still to write."
        ),
        PlanStatus.DEBRIEFED: QCoreApplication.translate("TodayView", "Done and debriefed."),
    }[status]


class RowDelegate(QStyledItemDelegate):
    """Rows as tall as those with a status chip, in every list of the page."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), option.fontMetrics.height() + 10))


class PlanStatusDelegate(RowDelegate):
    """Draws the plan status as a coloured chip at the start of the cell (mirrors in
    right-to-left); the item keeps the word, so the text is there without the delegate."""

    PAD_X, PAD_Y = 8, 2

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        status = index.data(STATUS_ROLE)
        if status is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        light_bg, light_fg, dark_bg, dark_fg = CHIP_COLORS[PlanStatus(status)]
        bg, fg = (dark_bg, dark_fg) if dark_palette() else (light_bg, light_fg)
        metrics = opt.fontMetrics
        cell = opt.rect.adjusted(4, 0, -4, 0)
        size = QSize(
            min(cell.width(), metrics.horizontalAdvance(text) + 2 * self.PAD_X),
            min(cell.height(), metrics.height() + 2 * self.PAD_Y),
        )
        chip: QRect = QStyle.alignedRect(
            opt.direction, Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter, size, cell
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        radius = chip.height() / 2
        painter.drawRoundedRect(chip, radius, radius)
        painter.setPen(QColor(fg))
        room = chip.width() - 2 * self.PAD_X
        if metrics.horizontalAdvance(text) > room:  # elidedText cuts a text that just fits
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        hint = super().sizeHint(option, index)
        metrics = option.fontMetrics
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        return QSize(
            max(hint.width(), metrics.horizontalAdvance(text) + 2 * self.PAD_X + 12),
            hint.height(),
        )


def _warn(item: QTreeWidgetItem, column: int, tip: str) -> None:
    item.setForeground(column, warning_color())
    item.setToolTip(column, tip)


class TodayView(QWidget):
    """Activating (double-click, Enter) a call, a debrief due or a review emits
    `open_call(call id)`; the calls card's button emits `plan_call(None)`."""

    open_call = Signal(object)
    plan_call = Signal(object)

    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = app_state
        self._stale = False
        self.summary: TodaySummary | None = None
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        page = QWidget()
        scroll.setWidget(page)
        lay = QVBoxLayout(page)
        lay.setContentsMargins(32, 28, 32, 28)
        lay.setSpacing(16)

        self.greeting = label("", "title")
        self.date_line = label("", "subtitle")
        lay.addWidget(self.greeting)
        lay.addWidget(self.date_line)

        figures = QHBoxLayout()
        figures.setSpacing(16)
        self.month_card, self.month_bar, self.month_text = self._month_card()
        figures.addWidget(self.month_card, 2)
        self.todo_card = Card(self.tr("Waiting for you"))
        self.todo_text = label("", wrap=True)
        self.todo_card.body.addWidget(self.todo_text)
        self.todo_card.body.addStretch(1)
        figures.addWidget(self.todo_card, 1)
        lay.addLayout(figures)

        grid = QGridLayout()
        grid.setSpacing(16)
        grid.addWidget(self._calls_card(), 0, 0)
        grid.addWidget(self._debriefs_card(), 0, 1)
        grid.addWidget(self._reviews_card(), 1, 0)
        grid.addWidget(self._follow_ups_card(), 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        lay.addLayout(grid, 1)

        self.refresh()
        app_state.notifier.changed.connect(self._on_changed)

    # -- building -------------------------------------------------------------------

    def _tree(self, headers: list[str], stretch: int, opens_calls: bool = True) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(True)
        tree.setMinimumHeight(200)
        tree.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tree.setItemDelegate(RowDelegate(tree))
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        if opens_calls:
            tree.itemActivated.connect(self._on_activated)
        return tree

    def _list_card(
        self, title: str, tree: QTreeWidget, empty: str
    ) -> tuple[Card, QHBoxLayout, QLabel, QLabel]:
        card = Card(title)
        line = QHBoxLayout()
        count = label("", "muted")
        line.addWidget(count, 1)
        card.body.addLayout(line)
        card.body.addWidget(tree, 1)
        none = label(empty, "muted")
        card.body.addWidget(none)
        card.body.addStretch(0)  # takes the space only when the list is hidden
        return card, line, count, none

    def _calls_card(self) -> Card:
        self.calls = self._tree(
            [
                self.tr("Time"),
                self.tr("Account"),
                self.tr("Town"),
                self.tr("Type"),
                self.tr("Status"),
                self.tr("Objective"),
            ],
            stretch=5,
        )
        self.calls.setItemDelegateForColumn(4, PlanStatusDelegate(self.calls))
        card, line, self.calls_count, self.no_calls = self._list_card(
            self.tr("Today's calls"), self.calls, self.tr("No calls planned for today.")
        )
        self.plan_button = QPushButton(self.tr("Plan a call…"))
        self.plan_button.setToolTip(self.tr("Plan a new call: account, time, objective"))
        self.plan_button.clicked.connect(lambda: self.plan_call.emit(None))
        line.addWidget(self.plan_button)
        return card

    def _debriefs_card(self) -> Card:
        self.debriefs = self._tree(
            [self.tr("Date"), self.tr("Account"), self.tr("Since")], stretch=1
        )
        card, _line, self.debriefs_count, self.no_debriefs = self._list_card(
            self.tr("Debriefs due"), self.debriefs, self.tr("Every call is debriefed.")
        )
        return card

    def _reviews_card(self) -> Card:
        self.reviews = self._tree(
            [self.tr("Account"), self.tr("Author"), self.tr("Waiting since")], stretch=0
        )
        card, _line, self.reviews_count, self.no_reviews = self._list_card(
            self.tr("Reviews waiting for you"),
            self.reviews,
            self.tr("No debriefs are waiting for your review."),
        )
        return card

    def _follow_ups_card(self) -> Card:
        self.tasks = self._tree([self.tr("Due"), self.tr("Task")], stretch=1, opens_calls=False)
        card, _line, self.tasks_count, self.no_tasks = self._list_card(
            self.tr("Follow-ups"), self.tasks, self.tr("Nothing due this week.")
        )
        return card

    def _month_card(self):
        card = Card(self.tr("This month against quota"))
        bar = QProgressBar()
        bar.setRange(0, 100)
        bar.setTextVisible(False)
        bar.setFixedHeight(10)
        text = label("", wrap=True)
        card.body.addWidget(bar)
        card.body.addWidget(text)
        return card, bar, text

    # -- behaviour ------------------------------------------------------------------

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        value = item.data(0, ID_ROLE)
        if value:
            self.open_call.emit(uuid.UUID(value))

    def _on_changed(self, tables: frozenset) -> None:
        if not tables & WATCHED:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # refreshed when shown again

    def showEvent(self, event) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        profile = self._state.profile
        self.summary = today_summary(self._state.ctx.db, profile.id if profile else None)
        self._show(self.summary)

    # -- showing --------------------------------------------------------------------

    def _show(self, s: TodaySummary) -> None:
        loc = self.locale()
        name = (s.user_name or "").split(" ")[0]
        self.greeting.setText(arg(self.tr("Good day, %1"), name) if name else self.tr("Today"))
        self.date_line.setText(loc.toString(QDate(s.day), QLocale.FormatType.LongFormat))
        self._show_month(s, loc)
        lines = [
            arg(self.tr("Debriefs to write: %1"), loc.toString(s.debriefs_due_count)),
            arg(self.tr("Overdue tasks: %1"), loc.toString(s.overdue_tasks)),
        ]
        if s.reviews_waiting:
            lines.append(arg(self.tr("Debriefs to review: %1"), loc.toString(s.reviews_waiting)))
        self.todo_text.setText("\n".join(f"• {line}" for line in lines))
        self._show_calls(s, loc)
        self._show_debriefs(s, loc)
        self._show_reviews(s, loc)
        self._show_follow_ups(s, loc)

    def _show_month(self, s: TodaySummary, loc: QLocale) -> None:
        m = s.month
        currency = self._state.profile.currency if self._state.profile else "GBP"
        self.month_bar.setValue(min(100, round(m.attainment * 100)))
        self.month_text.setText(
            arg(
                self.tr(
                    "Won %1 of %2 quota (%3%). Open deals closing this month: %4, weighted %5."
                ),
                money(m.won, currency),
                money(m.quota, currency),
                loc.toString(round(m.attainment * 100)),
                loc.toString(m.open_count),
                money(m.weighted_open, currency),
            )
        )

    def _show_calls(self, s: TodaySummary, loc: QLocale) -> None:
        self.calls.clear()
        for c in s.calls:
            when = (
                loc.toString(local_time(c.start), QLocale.FormatType.ShortFormat) if c.start else ""
            )
            item = QTreeWidgetItem(
                [
                    when,
                    c.account,
                    c.city or "",
                    call_type_title(c.call_type),
                    plan_status_title(c.plan_status),
                    c.objective or "",
                ]
            )
            item.setData(0, ID_ROLE, str(c.id))
            item.setData(4, STATUS_ROLE, c.plan_status.value)
            item.setToolTip(4, plan_status_tip(c.plan_status))
            if c.start and c.duration_min:
                end = local_time(c.start).addSecs(c.duration_min * 60)
                item.setToolTip(
                    0,
                    arg(
                        self.tr("%1 to %2"),
                        when,
                        loc.toString(end, QLocale.FormatType.ShortFormat),
                    ),
                )
            item.setToolTip(1, c.account)
            item.setToolTip(5, c.objective or "")
            self.calls.addTopLevelItem(item)
        unplanned = sum(c.plan_status == PlanStatus.NOT_PLANNED for c in s.calls)
        text = self.tr("%n call(s), in route order", "", len(s.calls))
        if unplanned:
            text = arg(self.tr("%1; %2 not planned yet"), text, loc.toString(unplanned))
        self.calls_count.setText(text if s.calls else "")
        self.calls.setVisible(bool(s.calls))
        self.no_calls.setVisible(not s.calls)

    def _show_debriefs(self, s: TodaySummary, loc: QLocale) -> None:
        self.debriefs.clear()
        late_tip = self.tr("Overdue: the call ended more than %n day(s) ago", "", DEBRIEF_DAYS)
        for d in s.debriefs_due:
            when = local_datetime(d.ended)
            item = QTreeWidgetItem(
                [
                    loc.toString(when.date(), QLocale.FormatType.ShortFormat),
                    d.account,
                    days_ago(d.ended, s.day),
                ]
            )
            item.setData(0, ID_ROLE, str(d.call_id))
            item.setToolTip(0, loc.toString(when, QLocale.FormatType.ShortFormat))
            item.setToolTip(1, f"{d.account}\n{d.city}" if d.city else d.account)
            if d.overdue:
                _warn(item, 2, late_tip)
            self.debriefs.addTopLevelItem(item)
        text = self.tr("%n call(s) without a debrief, oldest first", "", s.debriefs_due_count)
        if s.debriefs_due_count > len(s.debriefs_due):
            text = arg(self.tr("%1 (the first %2 shown)"), text, loc.toString(len(s.debriefs_due)))
        self.debriefs_count.setText(text if s.debriefs_due else "")
        self.debriefs.setVisible(bool(s.debriefs_due))
        self.no_debriefs.setVisible(not s.debriefs_due)

    def _show_reviews(self, s: TodaySummary, loc: QLocale) -> None:
        self.reviews.clear()
        late_tip = self.tr("Overdue: waiting more than %n day(s)", "", REVIEW_DAYS)
        for r in s.reviews:
            item = QTreeWidgetItem([r.account, r.author or "", days_ago(r.requested_at, s.day)])
            item.setData(0, ID_ROLE, str(r.call_id))
            item.setToolTip(0, r.account)
            if r.requested_at is not None:
                item.setToolTip(
                    2, loc.toString(local_datetime(r.requested_at), QLocale.FormatType.ShortFormat)
                )
            if r.overdue:
                _warn(item, 2, late_tip)
            self.reviews.addTopLevelItem(item)
        text = self.tr("%n debrief(s) waiting, longest first", "", s.reviews_waiting)
        if s.reviews_overdue:
            text = arg(self.tr("%1; %2 overdue"), text, loc.toString(s.reviews_overdue))
        if s.reviews_waiting > len(s.reviews):
            text = arg(self.tr("%1 (the first %2 shown)"), text, loc.toString(len(s.reviews)))
        self.reviews_count.setText(text if s.reviews else "")
        self.reviews.setVisible(bool(s.reviews))
        self.no_reviews.setVisible(not s.reviews)

    def _show_follow_ups(self, s: TodaySummary, loc: QLocale) -> None:
        self.tasks.clear()
        for t in s.follow_ups:
            due = loc.toString(QDate(t.due), QLocale.FormatType.ShortFormat) if t.due else ""
            item = QTreeWidgetItem([due, t.title])
            item.setData(0, ID_ROLE, str(t.id))
            item.setToolTip(1, f"{t.title}\n{t.account}" if t.account else t.title)
            if t.overdue:
                _warn(item, 0, self.tr("Overdue"))
            self.tasks.addTopLevelItem(item)
        text = self.tr("%n open task(s), overdue or due this week", "", s.follow_ups_count)
        if s.overdue_tasks:
            text = arg(self.tr("%1; %2 overdue"), text, loc.toString(s.overdue_tasks))
        self.tasks_count.setText(text if s.follow_ups else "")
        self.tasks.setVisible(bool(s.follow_ups))
        self.no_tasks.setVisible(not s.follow_ups)
