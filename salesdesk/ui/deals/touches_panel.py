"""The Touches tab: log a touch (method, tactic from the managed list, outcome, contact)
and see the deal's touches, newest first, the debriefed calls among them marked.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.deals.listing import account_contacts
from ...core.deals.records import DealInputError
from ...core.deals.touches import TouchEntry, log_touch, tactic_list, touches
from ...core.domain import Channel
from ..calls.widgets import ErrorLabel, date_time_edit, local_text, to_utc
from ..messages import arg, error_text
from ..theme import icon
from ..views.common import label

WHEN, METHOD, TACTIC, CONTACT, OUTCOME, BY = range(6)


def channel_title(value: str) -> str:
    return {
        "visit": QCoreApplication.translate("DealLabels", "Visit"),
        "phone": QCoreApplication.translate("DealLabels", "Phone"),
        "email": QCoreApplication.translate("DealLabels", "Email"),
        "video": QCoreApplication.translate("DealLabels", "Video"),
        "event": QCoreApplication.translate("DealLabels", "Event"),
    }.get(str(value), str(value))


class TouchesPanel(QWidget):
    saved = Signal(object)  # deal id, after a touch was logged

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._db = state.ctx.db
        self.deal_id: uuid.UUID | None = None

        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(channel_title(channel), str(channel))
        self.tactic = QComboBox()
        self.contact = QComboBox()
        self.when = date_time_edit()
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(self.tr("What came of it, such as: asked for a quote"))
        self.outcome.returnPressed.connect(lambda: self.log())
        self.errors = ErrorLabel()
        self.log_button = QPushButton(icon("mdi6.plus-circle-outline"), self.tr("Log touch"))
        self.log_button.clicked.connect(lambda: self.log())
        self.email_button = QPushButton(icon("mdi6.email-edit-outline"), self.tr("&Email…"))
        self.email_button.setToolTip(self.tr("Write an email from a template; it is logged here"))
        self.email_button.clicked.connect(lambda: self.write_email())

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        how = QHBoxLayout()
        how.addWidget(self.channel, 1)
        how.addWidget(label(self.tr("Tactic")))
        how.addWidget(self.tactic, 2)
        form.addRow(self.tr("&Method"), how)
        who = QHBoxLayout()
        who.addWidget(self.contact, 2)
        who.addWidget(label(self.tr("When")))
        who.addWidget(self.when, 1)
        form.addRow(self.tr("&Contact"), who)
        result = QHBoxLayout()
        result.addWidget(self.outcome, 1)
        result.addWidget(self.log_button)
        form.addRow(self.tr("&Outcome"), result)
        form.labelForField(how).setBuddy(self.channel)
        form.labelForField(who).setBuddy(self.contact)
        form.labelForField(result).setBuddy(self.outcome)

        self.count = label("", "muted")
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Method"),
                self.tr("Tactic"),
                self.tr("Contact"),
                self.tr("Outcome"),
                self.tr("By"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OUTCOME, QHeaderView.ResizeMode.Stretch)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.addLayout(form)
        lay.addWidget(self.errors.widget)
        listed = QHBoxLayout()
        listed.addWidget(self.count, 1)
        listed.addWidget(self.email_button)
        lay.addLayout(listed)
        lay.addWidget(self.table, 1)
        self.outcome.textEdited.connect(self.errors.clear)

    def load(
        self,
        deal_id: uuid.UUID,
        account_id: uuid.UUID,
        entries: list[TouchEntry] | None = None,
    ) -> None:
        self.deal_id = deal_id
        self.tactic.clear()
        self.tactic.addItem(self.tr("No particular tactic"), None)
        for name in tactic_list(self._db):
            self.tactic.addItem(name, name)  # the managed list is the users' own words
        self.contact.clear()
        self.contact.addItem(self.tr("No one in particular"), None)
        for c in account_contacts(self._db, account_id):
            self.contact.addItem(f"{c.name} — {c.detail}" if c.detail else c.name, str(c.id))
        self.when.setDateTime(QDateTime.currentDateTime())
        self.outcome.clear()
        self.errors.clear()
        self.show_list(entries)

    def show_list(self, entries: list[TouchEntry] | None = None) -> None:
        """The deal's touches again; the form is left as it is."""
        if self.deal_id is None:
            return
        if entries is None:
            entries = touches(self._db, self.deal_id)
        self.table.setRowCount(0)
        self.table.setRowCount(len(entries))
        from_calls = 0
        for row, t in enumerate(entries):
            method = channel_title(t.channel)
            if t.from_call:
                from_calls += 1
                method = arg(self.tr("%1 (call)"), method)
            cells = (
                local_text(t.occurred_at),
                method,
                t.tactic or "",
                t.contact or "",
                t.outcome or "",
                t.user or "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            if t.from_call:
                self.table.item(row, METHOD).setIcon(icon("mdi6.phone-in-talk"))
                self.table.item(row, METHOD).setToolTip(
                    self.tr("From a debriefed call: calls count as touches by themselves.")
                )
        self.count.setText(
            self.tr("%n touch(es)", "", len(entries))
            + (self.tr(", %n from calls", "", from_calls) if from_calls else "")
        )

    def write_email(self):
        """The email dialog for this deal (the chosen contact first); a sent email is a touch."""
        if self.deal_id is None:
            return None
        from ..automation.email_dialog import EmailDialog

        contact = self.contact.currentData()
        dialog = EmailDialog(
            self._state, uuid.UUID(contact) if contact else None, self.deal_id, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        deal_id = self.deal_id
        dialog.sent.connect(lambda _touch: self.saved.emit(deal_id))
        dialog.open()
        return dialog

    def log(self) -> bool:
        if self.deal_id is None:
            return False
        self.errors.clear()
        contact = self.contact.currentData()
        try:
            log_touch(
                self._db,
                self.deal_id,
                self.channel.currentData(),
                self.tactic.currentData(),
                self.outcome.text(),
                contact_id=uuid.UUID(contact) if contact else None,
                when=to_utc(self.when.dateTime()),
                user_id=self._state.user_id,
            )
        except DealInputError as exc:
            self.errors.show(error_text(exc))
            return False
        self.outcome.clear()
        self.when.setDateTime(QDateTime.currentDateTime())
        self.saved.emit(self.deal_id)
        return True
