"""The left side of the Territory view: filters, the ranked list, the account card."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..models.ranked_table import COL_NAME, RankedTableModel
from ..territory_text import attention_title
from .common import Card, label


class TerritoryPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search accounts or towns"))
        self.search.setClearButtonEnabled(True)
        self.level = QComboBox()
        self.level.addItem(self.tr("All levels"), None)
        for lv in "ABCD":
            self.level.addItem(attention_title(lv), lv)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Customers and prospects"), None)
        self.kind.addItem(self.tr("Customers"), "customer")
        self.kind.addItem(self.tr("Prospects"), "prospect")
        self.owner = QComboBox()
        self.owner.addItem(self.tr("All owners"), None)
        self.owner.setVisible(False)
        filters = QHBoxLayout()
        filters.addWidget(self.level, 1)
        filters.addWidget(self.kind, 1)
        filters.addWidget(self.owner, 1)

        self.tabs = QTabBar()
        self.tabs.addTab(self.tr("Ranked"))
        self.tabs.addTab(self.tr("Needs location"))
        self.tabs.setExpanding(False)

        self.model = RankedTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)

        self.details = Card(self.tr("Account"))
        self.d_name = label("", wrap=True)
        font = self.d_name.font()
        font.setBold(True)
        self.d_name.setFont(font)
        self.d_why = label("", "muted", wrap=True)
        self.d_where = label("", "muted", wrap=True)
        self.attention = QComboBox()
        self.attention.addItem(self.tr("Level from the ranking"), None)
        for lv in "ABCD":
            self.attention.addItem(attention_title(lv), lv)
        self.place_btn = QPushButton(self.tr("Place on map"))
        self.place_btn.setToolTip(self.tr("Click on the map where the account is"))
        self.plan_btn = QPushButton(self.tr("Plan a call…"))
        self.calls_btn = QPushButton(self.tr("Call history"))
        row = QHBoxLayout()
        row.addWidget(self.attention, 1)
        row.addWidget(self.place_btn)
        calls_row = QHBoxLayout()
        calls_row.addStretch(1)
        calls_row.addWidget(self.calls_btn)
        calls_row.addWidget(self.plan_btn)
        for w in (self.d_name, self.d_why, self.d_where):
            self.details.body.addWidget(w)
        self.details.body.addLayout(row)
        self.details.body.addLayout(calls_row)
        self.details.setEnabled(False)

        self.count = label("", "muted")
        self.lookup_btn = QPushButton(self.tr("Look up addresses"))
        self.lookup_btn.setToolTip(
            self.tr("Find coordinates for accounts without a location (offline gazetteer first)")
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.lookup_btn)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 12, 6, 12)
        lay.addWidget(self.search)
        lay.addLayout(filters)
        lay.addWidget(self.tabs)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.details)
        lay.addLayout(bottom)

    def set_owners(self, owners: list[tuple[str, str]]) -> None:
        """(id hex, name) of the owners in the data; keeps the chosen one if still there."""
        chosen = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("All owners"), None)
        for key, name in owners:
            self.owner.addItem(name, key)
        self.owner.setCurrentIndex(max(0, self.owner.findData(chosen)))
        self.owner.setVisible(len(owners) > 1)
        self.owner.blockSignals(False)
