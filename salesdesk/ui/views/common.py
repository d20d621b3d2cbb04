"""Small building blocks shared by the views: cards, headers, figures."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


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
