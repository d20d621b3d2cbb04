"""The start page: today's calls, tasks due this week, and the month against quota."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.today import TodaySummary, today_summary
from ..labels import call_type_title, money
from ..messages import arg
from .common import Card, label

WATCHED = frozenset({"calls", "tasks", "opportunities", "quotas", "users", "accounts"})


def local_time(utc: datetime) -> QTime:
    """Stored times are naive UTC; show them on this computer's clock."""
    return QDateTime(utc.date(), utc.time(), QTimeZone.utc()).toLocalTime().time()


class TodayView(QWidget):
    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = app_state
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
        calls_card = Card(self.tr("Today's calls"))
        self.calls = self._tree(
            [
                self.tr("Time"),
                self.tr("Account"),
                self.tr("Town"),
                self.tr("Type"),
                self.tr("Objective"),
            ]
        )
        calls_card.body.addWidget(self.calls, 1)
        self.no_calls = label(self.tr("No calls planned for today."), "muted")
        calls_card.body.addWidget(self.no_calls)
        calls_card.body.addStretch(0)  # takes the space only when the list is hidden
        grid.addWidget(calls_card, 0, 0)
        tasks_card = Card(self.tr("Tasks overdue or due this week"))
        self.tasks = self._tree([self.tr("Due"), self.tr("Task")])
        tasks_card.body.addWidget(self.tasks, 1)
        self.no_tasks = label(self.tr("Nothing due this week."), "muted")
        tasks_card.body.addWidget(self.no_tasks)
        tasks_card.body.addStretch(0)
        grid.addWidget(tasks_card, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        lay.addLayout(grid, 1)

        self.refresh()
        app_state.notifier.changed.connect(self._on_changed)

    def _tree(self, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(True)
        tree.setMinimumHeight(220)
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        return tree

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

    def _on_changed(self, tables: frozenset) -> None:
        if tables & WATCHED:
            self.refresh()

    def refresh(self) -> None:
        profile = self._state.profile
        summary = today_summary(self._state.ctx.db, profile.id if profile else None)
        self._show(summary)

    def _show(self, s: TodaySummary) -> None:
        loc = self.locale()
        name = (s.user_name or "").split(" ")[0]
        self.greeting.setText(arg(self.tr("Good day, %1"), name) if name else self.tr("Today"))
        self.date_line.setText(loc.toString(QDate(s.day), QLocale.FormatType.LongFormat))

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
        lines = [
            arg(self.tr("Debriefs to write: %1"), loc.toString(s.debriefs_due)),
            arg(self.tr("Overdue tasks: %1"), loc.toString(s.overdue_tasks)),
        ]
        if s.reviews_waiting:
            lines.append(arg(self.tr("Debriefs to review: %1"), loc.toString(s.reviews_waiting)))
        self.todo_text.setText("\n".join(f"• {line}" for line in lines))

        self.calls.clear()
        for c in s.calls:
            when = (
                loc.toString(local_time(c.start), QLocale.FormatType.ShortFormat) if c.start else ""
            )
            item = QTreeWidgetItem(
                [when, c.account, c.city or "", call_type_title(c.call_type), c.objective or ""]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(c.id))
            self.calls.addTopLevelItem(item)
        self.calls.setVisible(bool(s.calls))
        self.no_calls.setVisible(not s.calls)

        self.tasks.clear()
        for t in s.tasks:
            due = loc.toString(QDate(t.due), QLocale.FormatType.ShortFormat) if t.due else ""
            item = QTreeWidgetItem([due, t.title])
            item.setToolTip(1, f"{t.title}\n{t.account}" if t.account else t.title)
            if t.due and t.due < s.day:
                item.setForeground(0, QColor("#c62828"))
                item.setToolTip(0, self.tr("Overdue"))
            self.tasks.addTopLevelItem(item)
        self.tasks.setVisible(bool(s.tasks))
        self.no_tasks.setVisible(not s.tasks)
