"""Cards of the qualification form: the lead's details at a glance, and the records
qualifying created or linked (with the way to them where a view exists)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from ...core.leads.qualify import Conversion, LeadFile
from ...core.models import Account, Contact, Opportunity
from ..labels import money
from ..messages import arg
from ..theme import colors, icon
from ..views.common import Card, label


def record_names(db, file: LeadFile) -> dict[str, str]:
    """The names of the records a qualified lead points at (a read for the card)."""
    names = {}
    with db.read() as s:
        for key, model, record_id in (
            ("account", Account, file.account_id),
            ("contact", Contact, file.contact_id),
            ("opportunity", Opportunity, file.opportunity_id),
        ):
            row = s.get(model, record_id) if record_id else None
            if row is not None:
                names[key] = row.name
    return names


class LeadSummary(Card):
    """Who the lead is: person, company, contact details, place, size, notes."""

    COLUMNS = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Lead details"), parent)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(3)
        self.body.addLayout(self.grid)
        self.notes = label("", "muted", wrap=True)
        self.body.addWidget(self.notes)

    def show_file(self, file: LeadFile) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        d = file.details
        locale = QLocale()
        person = " ".join(p for p in (d.get("first_name"), d.get("last_name")) if p)
        if person and d.get("title"):
            person = f"{person}, {d['title']}"
        place = ", ".join(p for p in (d.get("city"), d.get("region"), d.get("country")) if p)
        phone = d.get("phone") or ""
        if phone and d.get("phone_valid") is False:
            phone = arg(self.tr("%1 (not a valid number)"), phone)
        employees = d.get("employees")
        revenue = d.get("annual_revenue")
        pairs = [
            (self.tr("Person"), person),
            (self.tr("Company"), d.get("company") or ""),
            (self.tr("Email"), d.get("email") or ""),
            (self.tr("Phone"), phone),
            (self.tr("Website"), d.get("website") or ""),
            (self.tr("Place"), place),
            (self.tr("Industry"), d.get("industry") or ""),
            (self.tr("Employees"), locale.toString(employees) if employees else ""),
            (self.tr("Annual revenue"), money(revenue) if revenue else ""),
            (self.tr("Source"), file.source or ""),
        ]
        shown = [(k, v) for k, v in pairs if v]
        rows = (len(shown) + self.COLUMNS - 1) // self.COLUMNS
        for i, (key, value) in enumerate(shown):
            col, row = divmod(i, rows)
            name = label(key, "muted")
            name.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
            text = label(value, wrap=True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.grid.addWidget(name, row, col * 2, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(text, row, col * 2 + 1, Qt.AlignmentFlag.AlignTop)
        for col in range(self.COLUMNS):
            self.grid.setColumnStretch(col * 2 + 1, 1)
        notes = (d.get("notes") or "").strip()
        self.notes.setText(notes)
        self.notes.setVisible(bool(notes))


class ConversionCard(Card):
    """What qualifying made: the account, the contact and the deal, new or found."""

    plan_call = Signal(object)  # account id
    account_calls = Signal(object)  # account id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Qualified: the records"), parent)
        self.account_id: uuid.UUID | None = None
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(4)
        self.body.addLayout(self.grid)
        self.lines: dict[str, QLabel] = {}
        c = colors()
        for row, (key, name, title) in enumerate(
            (
                ("account", "mdi6.domain", self.tr("Account")),
                ("contact", "mdi6.account-outline", self.tr("Contact")),
                ("opportunity", "mdi6.handshake-outline", self.tr("Deal")),
            )
        ):
            mark = QLabel()
            mark.setPixmap(icon(name, c["muted"]).pixmap(18, 18))
            self.grid.addWidget(mark, row, 0)
            self.grid.addWidget(label(title, "muted"), row, 1)
            self.lines[key] = label("", wrap=True)
            self.grid.addWidget(self.lines[key], row, 2)
        self.grid.setColumnStretch(2, 1)
        self.plan_button = QPushButton(icon("mdi6.phone-plus-outline"), self.tr("Plan a call"))
        self.plan_button.clicked.connect(lambda: self.plan_call.emit(self.account_id))
        self.calls_button = QPushButton(icon("mdi6.history"), self.tr("The account's calls"))
        self.calls_button.clicked.connect(lambda: self.account_calls.emit(self.account_id))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.calls_button)
        buttons.addWidget(self.plan_button)
        self.body.addLayout(buttons)

    def show_records(
        self, account_id, names: dict[str, str], created: dict[str, bool] | None
    ) -> None:
        """`created` from a qualify just now (None: a lead qualified before)."""
        self.account_id = account_id
        for key, line in self.lines.items():
            name = names.get(key) or ""
            if not name:
                text = (
                    self.tr("none: the lead names no person")
                    if key == "contact"
                    else self.tr("not found")
                )
            elif created is None:
                text = name
            elif created.get(key):
                text = arg(self.tr("%1 (created now)"), name)
            else:
                text = arg(self.tr("%1 (existing, linked)"), name)
            line.setText(text)
        self.plan_button.setEnabled(account_id is not None)
        self.calls_button.setEnabled(account_id is not None)

    def show_conversion(self, conversion: Conversion) -> None:
        self.show_records(conversion.account_id, conversion.names, conversion.created)
