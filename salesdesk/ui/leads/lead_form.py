"""A lead's details, new or edited: saved in one go, errors shown at their field.

While the email is typed the form looks it up among the other leads and warns; the lead
can still be saved, and is then flagged as a possible duplicate.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from ...core.imports import values
from ...core.leads.records import (
    LeadInput,
    LeadInputError,
    email_taken,
    lead_input,
    lead_sources,
    save_lead,
)
from ...core.models import User
from ..calls.widgets import scrolling, set_text, text_box
from ..messages import arg, error_text
from ..theme import icon
from ..views.common import label

NUMBER_FIELDS = ("employees", "annual_revenue")


class LeadForm(QWidget):
    saved = Signal(object, object)  # lead id, records.Saved
    cancelled = Signal()

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._db = state.ctx.db
        self.lead_id: uuid.UUID | None = None
        self.last_saved = None

        self.heading = label("")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)
        self.first_name = QLineEdit()
        self.first_name.setPlaceholderText(self.tr("First name"))
        self.last_name = QLineEdit()
        self.last_name.setPlaceholderText(self.tr("Last name"))
        self.company = QLineEdit()
        self.title = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.website = QLineEdit()
        self.website.setPlaceholderText("example.com")
        self.city = QLineEdit()
        self.city.setPlaceholderText(self.tr("Town"))
        self.region = QLineEdit()
        self.region.setPlaceholderText(self.tr("Region"))
        self.country = QLineEdit()
        self.country.setPlaceholderText(self.tr("GB"))
        self.country.setMaxLength(2)
        self.country.setFixedWidth(self.country.fontMetrics().horizontalAdvance("MMM") + 20)
        self.country.setToolTip(self.tr("Two-letter country code, such as GB or IR"))
        self.industry = QLineEdit()
        self.employees = QLineEdit()
        self.employees.setPlaceholderText(self.tr("Employees"))
        self.annual_revenue = QLineEdit()
        self.annual_revenue.setPlaceholderText(self.tr("Annual revenue"))
        self.source = QComboBox()
        self.source.setEditable(True)
        self.source.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.notes = text_box(self.tr("Where you met, what they asked about…"), 3)
        self.owner = QComboBox()
        self.email_warning = label("", "warning", wrap=True)
        self.email_warning.hide()
        self._errors: dict[str, QLabel] = {}
        self.error = label("", "error", wrap=True)  # errors with no field of their own
        self.error.hide()

        self.save_button = QPushButton(icon("mdi6.content-save-outline"), self.tr("Save lead"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save the lead (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save())
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.cancelled)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form = form
        person = QHBoxLayout()
        person.addWidget(self.first_name, 1)
        person.addWidget(self.last_name, 1)
        place = QHBoxLayout()
        place.addWidget(self.city, 2)
        place.addWidget(self.region, 2)
        place.addWidget(self.country)
        size = QHBoxLayout()
        size.addWidget(self.employees, 1)
        size.addWidget(self.annual_revenue, 1)
        self._row(self.tr("&Person"), person, "first_name")
        self._row(self.tr("&Company"), self.company, "company")
        self._row(self.tr("&Job title"), self.title, "title")
        self._row(self.tr("&Email"), self.email, "email")
        form.addRow("", self.email_warning)
        self._row(self.tr("P&hone"), self.phone, "phone")
        self._row(self.tr("&Website"), self.website, "website")
        self._row(self.tr("&Place"), place, "country")
        self._row(self.tr("&Industry"), self.industry, "industry")
        self._row(self.tr("Si&ze"), size, "employees")
        self._errors["annual_revenue"] = self._errors["employees"]
        self._row(self.tr("&Source"), self.source, "source")
        self._row(self.tr("&Owner"), self.owner, "owner")
        self._row(self.tr("&Notes"), self.notes, "notes")
        for name in ("city", "region"):
            self._errors[name] = self._errors["country"]
        self._errors["last_name"] = self._errors["first_name"]
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 3)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)

        page = QWidget()
        page_lay = QVBoxLayout(page)
        page_lay.setContentsMargins(16, 12, 16, 12)
        page_lay.addWidget(self.heading)
        page_lay.addLayout(form)
        page_lay.addLayout(buttons)
        page_lay.addStretch(1)
        scrolling(self, page)

        self._email_timer = QTimer(self)
        self._email_timer.setSingleShot(True)
        self._email_timer.setInterval(300)
        self._email_timer.timeout.connect(self.check_email)
        self.email.textEdited.connect(lambda _t: self._email_timer.start())
        for edit in self.findChildren(QLineEdit):
            edit.textEdited.connect(self._clear_errors)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(lambda: self.save())

    def _row(self, text: str, field, name: str) -> None:
        caption = QLabel(text)
        # A row of several fields: Alt+letter goes to the first of them.
        caption.setBuddy(field if isinstance(field, QWidget) else field.itemAt(0).widget())
        self._form.addRow(caption, field)
        error = label("", "error", wrap=True)
        error.hide()
        self._form.addRow("", error)
        self._errors[name] = error

    # loading ---------------------------------------------------------------------
    def _fill_choices(self, source: str | None, owner: uuid.UUID | None) -> None:
        self.source.clear()
        self.source.addItem("")
        self.source.addItems(lead_sources(self._db))
        self.source.setCurrentText(source or "")
        self.owner.clear()
        with self._db.read() as s:
            users = s.execute(
                select(User.id, User.name).where(User.deleted_at.is_(None)).order_by(User.name)
            ).all()
        for user_id, name in users:
            self.owner.addItem(name, str(user_id))
        if owner is not None:
            self.owner.setCurrentIndex(max(0, self.owner.findData(str(owner))))

    def load_new(self) -> None:
        self.lead_id = None
        self.heading.setText(self.tr("New lead"))
        self._fill(LeadInput())
        self._fill_choices(None, self._state.user_id)
        self.first_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def load_lead(self, lead_id: uuid.UUID) -> bool:
        data = lead_input(self._db, lead_id)
        if data is None:
            return False
        self.lead_id = lead_id
        self.heading.setText(self.tr("Edit lead"))
        self._fill(data)
        self._fill_choices(data.source, data.owner_id)
        return True

    def _fill(self, data: LeadInput) -> None:
        locale = QLocale()
        for name in (
            "first_name", "last_name", "company", "title", "email", "phone", "website",
            "city", "region", "country", "industry",
        ):  # fmt: skip
            getattr(self, name).setText(getattr(data, name) or "")
        self.employees.setText(locale.toString(data.employees) if data.employees else "")
        revenue = data.annual_revenue
        self.annual_revenue.setText(locale.toString(float(revenue), "f", 0) if revenue else "")
        set_text(self.notes, data.notes or "")
        self.email_warning.hide()
        self._clear_errors()

    # checking and saving -------------------------------------------------------------
    def check_email(self) -> None:
        """Warn when another lead already has this email (saving stays allowed)."""
        self._email_timer.stop()
        text = self.email.text().strip()
        twin = email_taken(self._db, text, self.lead_id) if "@" in text else None
        if twin is None:
            self.email_warning.hide()
            return
        self.email_warning.setText(arg(self.tr("Another lead has this email: %1"), twin))
        self.email_warning.show()

    def _number(self, edit: QLineEdit, name: str) -> float | None:
        number, problem = values.number(edit.text())
        if problem is not None:
            self._show_error(name, self.tr("Enter a number, such as 25 or 1,500,000."))
            raise ValueError(name)
        return number

    def _input(self) -> LeadInput:
        employees = self._number(self.employees, "employees")
        revenue = self._number(self.annual_revenue, "annual_revenue")
        owner = self.owner.currentData()
        return LeadInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            company=self.company.text(),
            title=self.title.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            website=self.website.text(),
            city=self.city.text(),
            region=self.region.text(),
            country=self.country.text(),
            industry=self.industry.text(),
            employees=None if employees is None else round(employees),
            annual_revenue=revenue,
            source=self.source.currentText(),
            notes=self.notes.toPlainText(),
            owner_id=uuid.UUID(owner) if owner else None,
            id=self.lead_id,
        )

    def save(self) -> bool:
        self._clear_errors()
        try:
            saved = save_lead(self._db, self._input(), self._state.user_id)
        except ValueError:  # a number that is not one: shown at its field
            return False
        except LeadInputError as exc:
            self._show_error(exc.field, error_text(exc))
            return False
        self.lead_id = saved.id
        self.last_saved = saved
        self.saved.emit(saved.id, saved)
        return True

    def _show_error(self, name: str, text: str) -> None:
        target = self._errors.get(name)
        if target is None:
            self.error.setText(text)
            self.error.show()
            return
        target.setText(text)
        target.show()
        widget = getattr(self, name, None)
        if isinstance(widget, QWidget):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_errors(self, *_args: object) -> None:
        self.error.hide()
        for error in set(self._errors.values()):
            error.hide()
