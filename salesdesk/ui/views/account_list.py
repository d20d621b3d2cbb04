"""A searchable, sortable account list that stays fast at 100,000 accounts."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.accounts import AccountQuery
from ..models.account_table import COL_NAME, COL_POTENTIAL, AccountTableModel


class AccountListPanel(QWidget):
    plan_call = Signal(object)  # the selected account's id
    account_calls = Signal(object)

    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = app_state
        me = app_state.profile.id if app_state.profile else None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search accounts or towns"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Customers and prospects"), None)
        self.kind.addItem(self.tr("Customers"), "customer")
        self.kind.addItem(self.tr("Prospects"), "prospect")
        self.scope = QComboBox()
        self.scope.addItem(self.tr("My accounts"), "mine")
        self.scope.addItem(self.tr("All accounts"), "all")
        self.scope.setVisible(me is not None)
        self.count = QLabel()
        self.count.setProperty("role", "muted")

        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.kind)
        bar.addWidget(self.scope)
        bar.addStretch(1)
        bar.addWidget(self.count)

        self.model = AccountTableModel(app_state.ctx.db, self._query(), self)
        if me is not None and self.model.rowCount() == 0:
            # Nothing owned yet (e.g. a new profile on demo data): show everything.
            self.scope.setCurrentIndex(1)
            self.model.set_query(self._query())
        self.table = QTableView()
        self.table.setModel(self.model)
        # Indicator first: enabling sorting then sorts by it, which matches the model's
        # query and costs nothing (the other order re-ran the id query twice).
        self.table.horizontalHeader().setSortIndicator(COL_POTENTIAL, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setDefaultSectionSize(110)
        header.setStretchLastSection(False)

        plan = QPushButton(self.tr("Plan a call…"))
        plan.clicked.connect(lambda: self._emit_selected(self.plan_call))
        history = QPushButton(self.tr("Call history"))
        history.clicked.connect(lambda: self._emit_selected(self.account_calls))
        self.table.doubleClicked.connect(lambda _i: self._emit_selected(self.account_calls))
        for button in (plan, history):
            button.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_a: [
                b.setEnabled(self.table.selectionModel().hasSelection()) for b in (plan, history)
            ]
        )
        bar.addWidget(history)
        bar.addWidget(plan)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.kind.currentIndexChanged.connect(self.apply_filter)
        self.scope.currentIndexChanged.connect(self.apply_filter)
        app_state.notifier.changed.connect(self._on_changed)
        self._update_count()

    def _query(self) -> AccountQuery:
        current = getattr(self, "model", None)
        base = current.query if current is not None else AccountQuery()
        me = self._state.profile.id if self._state.profile else None
        mine = self.scope.currentData() == "mine" and me is not None
        return AccountQuery(
            text=self.search.text(),
            kind=self.kind.currentData(),
            owner_id=me if mine else None,
            sort=base.sort,
            descending=base.descending,
        )

    def apply_filter(self) -> None:
        self.model.set_query(self._query())
        self._update_count()

    def _on_changed(self, tables: frozenset) -> None:
        if "accounts" in tables or "users" in tables:
            self.model.reload()
            self._update_count()

    def _emit_selected(self, signal) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            signal.emit(self.model.account_id(rows[0].row()))

    def _update_count(self) -> None:
        n = self.model.rowCount()
        self.count.setText(self.tr("%n account(s)", "", n))
