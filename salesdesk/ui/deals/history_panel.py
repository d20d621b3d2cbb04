"""The History tab: every stage change (backwards moves and lost reasons marked), and the
qualification answers when the deal came from a lead."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.automation.rules import PROPOSAL_SENT_REASON
from ...core.deals.records import DealDetail
from ..calls.widgets import local_text, scrolling
from ..labels import money
from ..messages import arg
from ..theme import icon
from ..views.common import Card, label

WHEN, FROM, TO, BY, AMOUNT, NOTE = range(6)
QUESTION, ANSWER, POINTS = range(3)


def _table(headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _fit_height(table: QTableWidget, rows_shown: int) -> None:
    """Tall enough for its rows (up to `rows_shown`): the page scrolls, not each table."""
    rows = min(max(table.rowCount(), 1), rows_shown)
    height = table.horizontalHeader().height() + 4
    height += sum(table.rowHeight(r) for r in range(min(rows, table.rowCount())))
    height += table.verticalHeader().defaultSectionSize() * max(0, rows - table.rowCount())
    table.setMinimumHeight(height)
    table.setMaximumHeight(height)


class HistoryPanel(QWidget):
    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.moves = _table(
            [
                self.tr("When"),
                self.tr("From"),
                self.tr("To"),
                self.tr("By"),
                self.tr("Amount"),
                self.tr("Note"),
            ],
            NOTE,
        )
        self.summary = label("", "muted", wrap=True)
        moves_card = Card(self.tr("Stage history"))
        moves_card.body.addWidget(self.summary)
        moves_card.body.addWidget(self.moves)

        self.qualification = Card(self.tr("Qualification"))
        self.verdict = label("", wrap=True)
        self.answers = _table([self.tr("Question"), self.tr("Answer"), self.tr("Points")], QUESTION)
        self.qualification.body.addWidget(self.verdict)
        self.qualification.body.addWidget(self.answers)
        self.no_lead = label(self.tr("This deal was not created from a lead."), "muted")

        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.setSpacing(12)
        lay.addWidget(moves_card)
        lay.addWidget(self.qualification)
        lay.addWidget(self.no_lead)
        lay.addStretch(1)
        scrolling(self, page)

    def load(self, d: DealDetail) -> None:
        self._show_moves(d)
        self._show_qualification(d.qualification)

    def _show_moves(self, d: DealDetail) -> None:
        self.moves.setRowCount(len(d.history))
        backwards = 0
        for row, h in enumerate(d.history):
            note = ""
            by_rule = h.reason == PROPOSAL_SENT_REASON
            if by_rule:
                note = self.tr("By the automation rule: proposal sent")
            elif h.reason:
                note = arg(self.tr("Lost: %1"), h.reason)
            elif h.from_stage is None:
                note = self.tr("Created")
            elif h.backwards:
                note = self.tr("Moved backwards")
                backwards += 1
            cells = (
                local_text(h.changed_at),
                h.from_stage or "—",
                h.to_stage,
                h.user or "",
                money(h.amount, d.currency) if h.amount is not None else "",
                note,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.moves.setItem(row, column, item)
            self.moves.item(row, AMOUNT).setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            if h.backwards:
                self.moves.item(row, TO).setIcon(icon("mdi6.arrow-u-left-top"))
            elif h.reason and not by_rule:
                self.moves.item(row, TO).setIcon(icon("mdi6.close-circle-outline"))
        _fit_height(self.moves, 12)
        parts = [self.tr("%n stage change(s)", "", len(d.history))]
        if backwards:
            parts.append(self.tr("%n backwards", "", backwards))
        if d.lost_reason:
            parts.append(arg(self.tr("lost: %1"), d.lost_reason))
        self.summary.setText(" · ".join(parts))

    def _show_qualification(self, q: dict | None) -> None:
        answers = q.get("answers") if q else None
        self.qualification.setVisible(bool(q))
        self.no_lead.setVisible(not q)
        if not q:
            return
        score, threshold = q.get("score"), q.get("threshold")
        parts = [str(q.get("framework") or "")]
        if isinstance(score, int | float):
            parts.append(
                arg(self.tr("score %1 of 100 (qualifies at %2)"), f"{score:g}", f"{threshold:g}")
                if isinstance(threshold, int | float)
                else arg(self.tr("score %1 of 100"), f"{score:g}")
            )
        if q.get("source"):
            parts.append(arg(self.tr("source: %1"), q["source"]))
        self.verdict.setText(" · ".join(p for p in parts if p))
        rows = answers if isinstance(answers, list) else []
        self.answers.setRowCount(len(rows))
        for row, a in enumerate(rows):
            a = a if isinstance(a, dict) else {}
            value = a.get("answer")
            points = a.get("points")
            cells = (
                str(a.get("question") or a.get("key") or ""),
                "—" if value is None else str(value),
                f"{points:g}" if isinstance(points, int | float) else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.answers.setItem(row, column, item)
        _fit_height(self.answers, 10)
