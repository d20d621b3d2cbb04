"""The account overview: key figures, the last debriefs' highlights, open deals and the
plan's actions due; read off the GUI thread."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.plans.overview import AccountOverview, account_overview
from ..calls.widgets import local_text
from ..labels import money
from ..messages import arg
from ..theme import colors
from ..views.common import Card, label
from ..worker import Job
from .labels import action_status_title


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


class OverviewPanel(QWidget):
    loaded = Signal(object)  # the AccountOverview shown
    open_call = Signal(object)  # a recent call's id (double-click)

    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = app_state
        self.account_id: uuid.UUID | None = None
        self.overview: AccountOverview | None = None
        self._jobs: list[Job] = []
        self._notes: list[tuple[QTreeWidget, QWidget]] = []  # a list and its "none" note

        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(12, 10, 12, 10)
        lay.setSpacing(12)
        figures = Card(self.tr("Key figures"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        self.figures: dict[str, tuple] = {}
        names = (
            ("revenue", self.tr("Current revenue")),
            ("potential", self.tr("Potential")),
            ("share", self.tr("Share of wallet")),
            ("pipeline", self.tr("Open pipeline")),
            ("won", self.tr("Won this year")),
        )
        for i, (key, title) in enumerate(names):
            row, col = divmod(i, 3)
            value = label("")
            font = value.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.5)
            value.setFont(font)
            note = label("", "muted")
            cell = QVBoxLayout()
            cell.setSpacing(0)
            cell.addWidget(label(title, "muted"))
            cell.addWidget(value)
            cell.addWidget(note)
            grid.addLayout(cell, row, col)
            self.figures[key] = (value, note)
        for col in range(3):
            grid.setColumnStretch(col, 1)
        figures.body.addLayout(grid)
        lay.addWidget(figures)

        self.calls = self._tree(
            [self.tr("Date"), self.tr("Outcome"), self.tr("Went well"), self.tr("Next steps")],
            1,
            2,
            3,
        )
        self.calls.itemActivated.connect(
            lambda item, _c: self.open_call.emit(item.data(0, Qt.ItemDataRole.UserRole))
        )
        self.deals = self._tree(
            [self.tr("Deal"), self.tr("Stage"), self.tr("Amount"), self.tr("Close date")], 0
        )
        self.actions = self._tree(
            [self.tr("Due"), self.tr("Action"), self.tr("Owner"), self.tr("Status")], 1
        )
        for title, tree, empty in (
            (self.tr("Recent calls"), self.calls, self.tr("No debriefed calls yet.")),
            (self.tr("Open deals"), self.deals, self.tr("No open deals.")),
            (
                self.tr("Plan actions due in 30 days"),
                self.actions,
                self.tr("No open plan actions due in the next 30 days."),
            ),
        ):
            card = Card(title)
            note = label(empty, "muted")
            card.body.addWidget(note)
            card.body.addWidget(tree)
            self._notes.append((tree, note))
            lay.addWidget(card)
        lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _tree(self, headers: list[str], *stretch: int) -> QTreeWidget:
        """A list whose `stretch` columns share the width left by the others."""
        tree = QTreeWidget()
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(True)
        tree.setMinimumHeight(90)
        tree.setMaximumHeight(190)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for col in stretch:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        return tree

    # loading -----------------------------------------------------------------------
    def load(self, account_id: uuid.UUID) -> None:
        """Read the overview in the background; the newest request wins."""
        self.account_id = account_id
        db = self._state.ctx.db
        job = Job(lambda _progress, _cancelled: account_overview(db, account_id), self)
        job.succeeded.connect(lambda result, j=job: self._done(j, result))
        job.failed.connect(lambda _text, j=job: self._jobs.remove(j))
        self._jobs.append(job)
        job.start()

    def _done(self, job: Job, result: AccountOverview) -> None:
        self._jobs.remove(job)
        if result.account_id != self.account_id:
            return  # another account was opened meanwhile
        self.overview = result
        self._show(result)
        self.loaded.emit(result)

    # showing -----------------------------------------------------------------------
    def _show(self, o: AccountOverview) -> None:
        loc = self.locale()
        currency = self._state.profile.currency if self._state.profile else "GBP"
        share = "—" if o.share_of_wallet is None else loc.toString(o.share_of_wallet * 100, "f", 0)
        values = {
            "revenue": (money(o.current_revenue, currency), ""),
            "potential": (money(o.estimated_potential, currency), ""),
            "share": (share if o.share_of_wallet is None else arg(self.tr("%1%"), share), ""),
            "pipeline": (
                money(o.open_pipeline, currency),
                self.tr("%n open deal(s)", "", o.open_deals_count),
            ),
            "won": (
                money(o.won_this_year, currency),
                self.tr("%n deal(s)", "", o.won_this_year_count),
            ),
        }
        for key, (value, note) in values.items():
            self.figures[key][0].setText(value)
            self.figures[key][1].setText(note)

        self.calls.clear()
        for c in o.recent_calls:
            item = QTreeWidgetItem(
                [
                    local_text(c.when),
                    _one_line(c.outcome),
                    _one_line(c.went_well),
                    _one_line(c.next_steps),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, c.call_id)
            for col, text in enumerate((c.outcome, c.went_well, c.next_steps), start=1):
                item.setToolTip(col, text or "")
            self.calls.addTopLevelItem(item)
        self.deals.clear()
        for d in o.open_deals:
            close = loc.toString(QDate(d.close_date), QLocale.FormatType.ShortFormat)
            item = QTreeWidgetItem(
                [d.name, d.stage, money(d.amount, currency), close if d.close_date else ""]
            )
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            self.deals.addTopLevelItem(item)
        self.actions.clear()
        error = QBrush(QColor(colors()["error"]))
        for a in o.actions_due:
            due = loc.toString(QDate(a.due_date), QLocale.FormatType.ShortFormat)
            item = QTreeWidgetItem([due, a.title, a.owner or "", action_status_title(a.status)])
            if a.overdue:
                item.setForeground(0, error)
                item.setToolTip(0, self.tr("Overdue"))
            self.actions.addTopLevelItem(item)
        for tree, note in self._notes:
            empty = tree.topLevelItemCount() == 0
            note.setVisible(empty)
            tree.setVisible(not empty)
