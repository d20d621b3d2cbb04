"""The Leads view: the lead list beside the open lead (its qualification, or its details
being edited), and the qualification analytics on a second tab.

Ctrl+N enters a new lead; Ctrl+F searches the list; Enter opens the selected lead.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..leads.analytics import LeadAnalyticsPanel
from ..leads.lead_form import LeadForm
from ..leads.qualify_form import QualifyForm
from ..messages import arg
from ..theme import icon
from .common import label
from .lead_list import LeadListPanel


class LeadsView(QWidget):
    status_changed = Signal(str)
    # Routed by the main window to the Calls view.
    plan_call = Signal(object)
    account_calls = Signal(object)

    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = app_state

        self.new_button = QPushButton(icon("mdi6.plus"), self.tr("&New lead"))
        self.new_button.setToolTip(self.tr("Enter a new lead (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_lead())
        top = QHBoxLayout()
        top.setContentsMargins(16, 12, 16, 0)
        top.addWidget(label(self.tr("Leads"), "title"))
        top.addStretch(1)
        top.addWidget(self.new_button)

        self.list = LeadListPanel(app_state)
        self.list.open_lead.connect(self.open_lead)
        self.list.current_lead_changed.connect(self._on_current)

        self.form = LeadForm(app_state)
        self.form.saved.connect(self._on_lead_saved)
        self.form.cancelled.connect(self._form_cancelled)
        self.qualify = QualifyForm(app_state)
        self.qualify.edit_requested.connect(self.edit_lead)
        self.qualify.message.connect(self.status_changed)
        self.qualify.plan_call.connect(self.plan_call)
        self.qualify.account_calls.connect(self.account_calls)
        empty = label(
            self.tr("Select a lead to qualify it,\nor press Ctrl+N to enter a new one."),
            "muted",
        )
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(empty)
        self.right.addWidget(self.qualify)
        self.right.addWidget(self.form)

        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(16, 8, 8, 8)
        left_lay.addWidget(self.list)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.right)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 6)
        split.setChildrenCollapsible(False)
        split.setSizes([500, 600])
        self.splitter = split

        self.analytics = LeadAnalyticsPanel(app_state)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(split, icon("mdi6.format-list-bulleted"), self.tr("Lead list"))
        self.tabs.addTab(self.analytics, icon("mdi6.chart-bar"), self.tr("Analytics"))

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.tabs, 1)

        QShortcut(QKeySequence.StandardKey.New, self, lambda: self.new_lead())

    # opening -----------------------------------------------------------------------
    def open_lead(self, lead_id: uuid.UUID) -> None:
        self.tabs.setCurrentIndex(0)
        if self.qualify.open_lead(lead_id):
            self.right.setCurrentWidget(self.qualify)
            self.list.select_lead(lead_id)

    def new_lead(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.form.load_new()
        self.right.setCurrentWidget(self.form)
        self.form.first_name.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def edit_lead(self, lead_id: uuid.UUID) -> None:
        if self.form.load_lead(lead_id):
            self.right.setCurrentWidget(self.form)
            self.form.company.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_current(self, lead_id) -> None:
        # Browsing the list follows the selection, except over a form being typed in.
        if lead_id is None or self.right.currentWidget() is self.form:
            return
        if lead_id != self.qualify.lead_id:
            self.open_lead(lead_id)

    def _on_lead_saved(self, lead_id: uuid.UUID, saved) -> None:
        if saved.duplicate_of is not None:
            text = arg(
                self.tr("Lead saved, and flagged as a possible duplicate of %1."),
                saved.duplicate_label or "",
            )
        else:
            text = self.tr("Lead saved.")
        self.status_changed.emit(text)
        self.list.apply_filter()
        self.open_lead(lead_id)
        if not self.list.select_lead(lead_id):
            # A filter hides it: the list would otherwise point at another lead.
            self.list.table.clearSelection()

    def _form_cancelled(self) -> None:
        lead_id = self.form.lead_id or self.qualify.lead_id
        if lead_id is not None and self.qualify.open_lead(lead_id):
            self.right.setCurrentWidget(self.qualify)
        else:
            self.right.setCurrentIndex(0)
