"""The lead list: a filter bar over a table that stays fast at 30,000 leads.

The selected lead survives every reload; a double-click or Enter asks to open it
(`open_lead`).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.domain import LeadStatus
from ...core.leads.records import LeadQuery, lead_sources
from ..models.lead_table import (
    COL_CITY,
    COL_COMPANY,
    COL_CREATED,
    COL_EMAIL,
    COL_OWNER,
    COL_PERSON,
    COL_SCORE,
    COL_SOURCE,
    COL_STATUS,
    SORT_KEYS,
    LeadTableModel,
    status_icon,
    status_title,
)
from .common import put_back_sort_indicator

WATCHED = frozenset({"leads", "users"})


class LeadListPanel(QWidget):
    open_lead = Signal(object)  # uuid.UUID
    current_lead_changed = Signal(object)  # uuid.UUID | None

    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = app_state
        self._db = app_state.ctx.db
        self._current: uuid.UUID | None = None
        self._keep: uuid.UUID | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search companies, people, emails or towns"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setToolTip(self.tr("Status"))
        self.status.addItem(self.tr("All statuses"), None)
        for status in LeadStatus:
            self.status.addItem(status_icon(status), status_title(status), status.value)
        self.source = QComboBox()
        self.source.setToolTip(self.tr("Source"))
        self._fill_sources()
        self.scope = QComboBox()
        self.scope.setToolTip(self.tr("Whose leads"))
        self.scope.addItem(self.tr("My leads"), "mine")
        self.scope.addItem(self.tr("Team"), "team")
        self.scope.setVisible(app_state.user_id is not None)
        self.duplicates = QCheckBox(self.tr("Duplicates only"))
        self.duplicates.setToolTip(self.tr("Leads whose email another lead already has"))
        for combo in (self.status, self.source, self.scope):
            combo.setAccessibleName(combo.toolTip())
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        self.count = QLabel()
        self.count.setProperty("role", "muted")

        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count)
        filter_row = QHBoxLayout()
        for widget in (self.status, self.source, self.scope, self.duplicates):
            filter_row.addWidget(widget)
        filter_row.addStretch(1)

        self.model = LeadTableModel(self._db, self._query(), self)
        if app_state.user_id is not None and self.model.rowCount() == 0:
            # No leads of one's own yet (a new profile on demo data): show the team's.
            self.scope.setCurrentIndex(1)
            self.model.set_query(self._query())
        self.table = QTableView()
        self._setup_table()

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(search_row)
        lay.addLayout(filter_row)
        lay.addWidget(self.table, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._search_entered)
        for combo in (self.status, self.source, self.scope):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.duplicates.toggled.connect(self.apply_filter)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        app_state.notifier.changed.connect(self._on_changed)
        self._update_count()

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.horizontalHeader().setSortIndicator(COL_CREATED, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(26)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        metrics = table.fontMetrics()

        def fit(texts, extra: int = 24) -> int:
            return max(metrics.horizontalAdvance(t) for t in texts) + extra

        header.resizeSection(COL_COMPANY, 165)
        header.resizeSection(COL_PERSON, 120)
        header.resizeSection(COL_EMAIL, 200)
        header.resizeSection(COL_CITY, 110)
        header.resizeSection(COL_SOURCE, 100)
        header.resizeSection(COL_STATUS, fit((status_title(s) for s in LeadStatus), 44))
        header.resizeSection(COL_SCORE, fit([self.model.headerData(COL_SCORE, Qt.Horizontal)]))
        header.resizeSection(COL_OWNER, 130)
        header.resizeSection(COL_CREATED, 100)
        # Status and score say most about a lead: keep them in the narrow pane.
        header.moveSection(header.visualIndex(COL_STATUS), header.visualIndex(COL_PERSON) + 1)
        header.moveSection(header.visualIndex(COL_SCORE), header.visualIndex(COL_STATUS) + 1)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.activated.connect(self._activated)

    def _fill_sources(self) -> None:
        chosen = self.source.currentData()
        self.source.blockSignals(True)
        self.source.clear()
        self.source.addItem(self.tr("All sources"), None)
        for source in lead_sources(self._db):
            self.source.addItem(source, source)
        self.source.setCurrentIndex(max(0, self.source.findData(chosen)))
        self.source.blockSignals(False)

    def _query(self) -> LeadQuery:
        current = getattr(self, "model", None)
        base = current.query if current is not None else LeadQuery()
        me = self._state.user_id
        mine = self.scope.currentData() == "mine" and me is not None
        return LeadQuery(
            text=self.search.text(),
            status=self.status.currentData(),
            source=self.source.currentData(),
            owner_id=me if mine else None,
            duplicates_only=self.duplicates.isChecked(),
            sort=base.sort,
            descending=base.descending,
        )

    # --- public -------------------------------------------------------------------

    @property
    def current_lead(self) -> uuid.UUID | None:
        return self._current

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_query(self._query())
        self._update_count()

    def select_lead(self, lead_id: uuid.UUID) -> bool:
        """Select and show `lead_id`; False if the filter leaves it out."""
        row = self.model.row_of(lead_id)
        if row is None:
            return False
        if row != self.table.currentIndex().row():
            self._select_row(row)
        return True

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- slots ----------------------------------------------------------------------

    def _search_entered(self) -> None:
        self.apply_filter()
        if self.model.rowCount():
            if not self.table.currentIndex().isValid():
                self._select_row(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_changed(self, tables: frozenset) -> None:
        if tables & WATCHED:
            bar = self.table.verticalScrollBar()
            top = bar.value()
            self._fill_sources()
            self.model.reload()
            bar.setValue(top)
            self._update_count()

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if column in SORT_KEYS:
            return
        put_back_sort_indicator(
            self.table.horizontalHeader(), SORT_KEYS, self.model.query, COL_CREATED
        )

    def _remember_current(self) -> None:
        self._keep = self._current

    def _restore_current(self) -> None:
        keep, self._keep = self._keep, None
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self._select_row(row)
        elif self._current is not None:
            self._current = None
            self.current_lead_changed.emit(None)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, COL_COMPANY)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        if not self.table.viewport().rect().contains(self.table.visualRect(index)):
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        lead_id = self.model.lead_id(rows[0].row()) if rows else None
        if lead_id != self._current:
            self._current = lead_id
            self.current_lead_changed.emit(lead_id)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_lead.emit(self.model.lead_id(index.row()))

    def _update_count(self) -> None:
        n = self.model.rowCount()
        self.count.setText(self.tr("%n lead(s)", "", n))
