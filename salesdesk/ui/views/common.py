"""Small building blocks shared by the views: cards, headers, figures."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)


def label(text: str, role: str | None = None, wrap: bool = False) -> QLabel:
    lab = QLabel(text)
    # Labels show names and notes users typed: never let "<b>" or a link render.
    lab.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        lab.setProperty("role", role)
    lab.setWordWrap(wrap)
    return lab


class Card(QFrame):
    """A titled, bordered panel."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 12, 16, 14)
        self.body.setSpacing(8)
        heading = label(title)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        heading.setFont(font)
        self.body.addWidget(heading)


def put_back_sort_indicator(header, sort_keys: dict, query, fallback: int) -> None:
    """A list clicked on a column it cannot sort by: show the indicator where the order
    really is (`query.sort` is one of `sort_keys`' values, `fallback` the column else)."""
    sorted_by = next((c for c, key in sort_keys.items() if key == query.sort), fallback)
    order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
    header.blockSignals(True)
    header.setSortIndicator(sorted_by, order)
    header.blockSignals(False)


def period_start(period: str, today: date) -> date | None:
    """The first day of a period picker's choice: "month", "90days", "year" (this
    calendar year), "12months"; None for "all"."""
    if period == "month":
        return today.replace(day=1)
    if period == "90days":
        return today - timedelta(days=89)
    if period == "year":
        return today.replace(month=1, day=1)
    if period == "12months":
        return today - timedelta(days=364)
    return None


def figures_table(headers: list[str]) -> QTableWidget:
    """A read-only table of figures: no selection, no editing, the first column stretched."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    return table


def fit_height(table: QTableWidget, most: int) -> None:
    """As tall as its rows (up to `most`, then it scrolls): no empty box under a short list."""
    rows = min(table.rowCount(), most)
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += (
        sum(table.rowHeight(r) for r in range(rows)) or table.verticalHeader().defaultSectionSize()
    )
    table.setFixedHeight(height + 2)
