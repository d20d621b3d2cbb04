"""The Accounts view: the account list and the handoff queue left; the open account right
with its Overview, Account plan (and history) and Handoff tabs."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.models import Account
from ..accounts.handoff_panel import HandoffPanel
from ..accounts.handoff_queue import HandoffQueuePanel
from ..accounts.overview_panel import OverviewPanel
from ..accounts.plan_form import PlanForm
from ..labels import role_title
from ..messages import arg
from ..theme import icon
from .account_list import AccountListPanel
from .common import label

PLAN_TABLES = frozenset({"account_plans", "plan_actions", "plan_stakeholders", "change_log"})
HANDOFF_TABLES = frozenset({"handoffs", "handoff_messages"})
OVERVIEW_TABLES = PLAN_TABLES | frozenset({"accounts", "opportunities", "calls", "users"})


class AccountsView(QWidget):
    plan_call = Signal(object)  # forwarded from the list: the main window routes them
    account_calls = Signal(object)
    open_call = Signal(object)
    status_changed = Signal(str)

    TAB_OVERVIEW, TAB_PLAN, TAB_HANDOFF = range(3)

    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = app_state
        self._db = app_state.ctx.db
        self.account_id: uuid.UUID | None = None

        self.list = AccountListPanel(app_state)
        self.list.plan_call.connect(self.plan_call)
        self.list.account_calls.connect(self.account_calls)
        _compact(self.list)
        self.list.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.queue = HandoffQueuePanel(app_state)
        self.queue.open_handoff.connect(lambda a: self.open_account(a, self.TAB_HANDOFF))
        self.queue.waiting_changed.connect(self._name_queue_tab)
        self.lists = QTabWidget()
        self.lists.addTab(self.list, icon("mdi6.domain"), self.tr("Accounts"))
        self.lists.addTab(self.queue, icon("mdi6.account-switch-outline"), "")
        self._name_queue_tab(self.queue.waiting)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(16, 12, 8, 8)
        left_lay.addWidget(label(self.tr("Accounts"), "title"))
        left_lay.addWidget(self.lists, 1)

        self.name = label("", "title")
        self.name.setWordWrap(True)
        self.details = label("", "subtitle", wrap=True)
        self.export_button = QPushButton(icon("mdi6.file-pdf-box"), self.tr("Export PDF…"))
        self.export_button.setToolTip(self.tr("Write the account plan as a PDF"))
        self.export_button.clicked.connect(self._export_pdf)
        self.export_button.setVisible(_pdf_export() is not None)
        self.history_button = QPushButton(icon("mdi6.history"), self.tr("Call history"))
        self.history_button.clicked.connect(lambda: self.account_calls.emit(self.account_id))
        self.plan_call_button = QPushButton(
            icon("mdi6.phone-plus-outline"), self.tr("Plan a call…")
        )
        self.plan_call_button.clicked.connect(lambda: self.plan_call.emit(self.account_id))
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.name)
        titles.addWidget(self.details)
        header.addLayout(titles, 1)
        for button in (self.history_button, self.plan_call_button, self.export_button):
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

        self.overview = OverviewPanel(app_state)
        self.overview.loaded.connect(self._show_details)
        self.overview.open_call.connect(self.open_call)
        self.plan = PlanForm(app_state)
        self.plan.saved.connect(
            lambda _id: self.status_changed.emit(self.tr("Account plan saved."))
        )
        self.handoff = HandoffPanel(app_state)
        self.handoff.message.connect(self.status_changed)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.plan, self.tr("Account plan"))
        self.tabs.addTab(self.handoff, self.tr("Handoff"))
        page = QWidget()
        page_lay = QVBoxLayout(page)
        page_lay.setContentsMargins(8, 12, 16, 8)
        page_lay.addLayout(header)
        page_lay.addWidget(self.tabs, 1)

        empty = label(
            self.tr("Select an account to see its overview, account plan and handoff."), "muted"
        )
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(empty)
        self.right.addWidget(page)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.right)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 6)
        split.setChildrenCollapsible(False)
        split.setSizes([420, 640])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)

        app_state.notifier.changed.connect(self._on_changed)
        if self.queue.waiting:  # handoffs wait for me: land on them
            self.lists.setCurrentWidget(self.queue)
        elif self.list.model.rowCount():
            self.list.table.selectRow(0)

    # opening -----------------------------------------------------------------------
    def _on_current_row(self, current, _previous) -> None:
        if current.isValid():
            account_id = self.list.model.account_id(current.row())
            if account_id != self.account_id:
                self.open_account(account_id)

    def open_account(self, account_id: uuid.UUID, tab: int | None = None) -> None:
        with self._db.read() as s:
            account = s.get(Account, account_id)
            name = account.name if account is not None and account.deleted_at is None else None
        if name is None:
            return
        self.account_id = account_id
        self.right.setCurrentIndex(1)
        self.name.setText(name)
        self.details.setText("")
        self.overview.load(account_id)
        self.plan.load(account_id)
        self.handoff.load(account_id)
        if tab is not None:
            self.tabs.setCurrentIndex(tab)

    def _show_details(self, o) -> None:
        parts = [self.tr("Customer") if o.kind == "customer" else self.tr("Prospect")]
        parts += [p for p in (o.city, o.industry) if p]
        if o.owner:
            parts.append(arg(self.tr("Owner: %1"), o.owner))
        parts.append(
            arg(self.tr("%1: %2"), role_title("account_manager"), o.account_manager)
            if o.account_manager
            else self.tr("No account manager yet")
        )
        self.name.setText(o.name)
        self.details.setText(" · ".join(parts))

    def _name_queue_tab(self, waiting: int) -> None:
        index = self.lists.indexOf(self.queue)
        self.lists.setTabText(
            index, arg(self.tr("Handoffs (%1)"), waiting) if waiting else self.tr("Handoffs")
        )

    # refreshing ----------------------------------------------------------------------
    def _on_changed(self, tables: frozenset) -> None:
        if self.account_id is None:
            return
        if tables & OVERVIEW_TABLES or tables & HANDOFF_TABLES:
            self.overview.load(self.account_id)
        if tables & PLAN_TABLES and not self.plan.dirty:
            self.plan.load(self.account_id)
        if tables & (HANDOFF_TABLES | {"users"}) and not self.handoff.typing():
            self.handoff.load(self.account_id)

    def _export_pdf(self) -> None:
        export = _pdf_export()
        if export is not None and self.account_id is not None:
            export(self, self._state, self.account_id)


def _compact(panel: AccountListPanel) -> None:
    """The list shares the view with the open account: its call buttons move to the
    account's header, and its filters may shrink (eliding) rather than crowd it."""
    for button in panel.findChildren(QPushButton):
        button.hide()
    for combo in (panel.kind, panel.scope):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        combo.setMinimumWidth(combo.minimumSizeHint().width() // 2)


def _pdf_export():
    """The PDF export of an account plan (ui/documents), None where it is not built."""
    try:
        from ..documents.export import export_account_plan
    except ImportError:
        return None
    return export_account_plan
