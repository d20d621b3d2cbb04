"""The account plan's history: who changed what, when, newest first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ...core.plans.plans import HistoryEntry
from ..calls.widgets import local_text
from ..views.common import label
from .labels import history_field_title, history_value

SHOWN_CHARS = 80  # longer texts are cut in the cell and shown whole in the tooltip


class HistoryPanel(QWidget):
    COL_WHEN, COL_WHO, COL_WHAT, COL_BEFORE, COL_AFTER = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Before"), self.tr("After")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for col in (self.COL_WHAT, self.COL_BEFORE, self.COL_AFTER):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.empty = label(self.tr("No changes yet: the history starts with the first save."))
        self.empty.setProperty("role", "muted")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        heading = label(self.tr("History"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        lay.addWidget(heading)
        lay.addWidget(self.empty)
        lay.addWidget(self.tree, 1)

    def show_entries(self, entries: list[HistoryEntry]) -> None:
        self.tree.clear()
        for e in entries:
            before, after = history_value(e.old_value), history_value(e.new_value)
            item = QTreeWidgetItem(
                [
                    local_text(e.changed_at),
                    e.user or self.tr("unknown"),
                    history_field_title(e.entity, e.field),
                    _cut(before),
                    _cut(after) if after or not before else self.tr("(removed)"),
                ]
            )
            for col, text in ((self.COL_BEFORE, before), (self.COL_AFTER, after)):
                if text:
                    item.setToolTip(col, text)
            item.setData(0, Qt.ItemDataRole.UserRole, e.field)
            self.tree.addTopLevelItem(item)
        self.empty.setVisible(not entries)
        self.tree.setVisible(bool(entries))


def _cut(text: str) -> str:
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"
