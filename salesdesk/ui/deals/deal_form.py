"""The Deal tab: a deal's own fields, new or edited, saved in one go with errors shown at
their field. A close date in the past on an open deal is saved and warned about.

The plan's text (problem, position, next step) is edited on the Plan tab; this form
leaves it as saved. A deal with line items shows its amount read-only: it follows them.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.deals.listing import account_contacts, account_name, people
from ...core.deals.records import DealDetail, DealInput, DealInputError, save_deal
from ...core.domain import DealKind, ForecastCategory
from ...core.imports import values
from ..calls.pickers import AccountPicker
from ..calls.widgets import scrolling
from ..messages import error_text
from ..theme import icon
from ..views.common import label

NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum, shown as "no date"


def kind_title(value: str) -> str:
    return {
        "new_business": QCoreApplication.translate("DealLabels", "New business"),
        "cross_sell": QCoreApplication.translate("DealLabels", "Cross-sell"),
        "upsell": QCoreApplication.translate("DealLabels", "Upsell"),
        "renewal": QCoreApplication.translate("DealLabels", "Renewal"),
    }.get(str(value), str(value))


def category_title(value: str | None) -> str:
    return {
        "pipeline": QCoreApplication.translate("DealLabels", "Pipeline"),
        "best_case": QCoreApplication.translate("DealLabels", "Best case"),
        "commit": QCoreApplication.translate("DealLabels", "Commit"),
        "omitted": QCoreApplication.translate("DealLabels", "Omitted"),
    }.get(str(value), str(value or ""))


def warning_text(template: str, params: dict) -> str:
    """A warning core returned as (template, params), in the user's language."""
    text = QCoreApplication.translate("Errors", template)
    return text.format(**params) if params else text


class OptionalDate(QDateEdit):
    """A date edit that can also hold no date (its minimum, shown as a dash)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("—")
        self.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.set_value(None)

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)

    def value(self) -> date | None:
        d = self.date()
        return None if d == NO_DATE else date(d.year(), d.month(), d.day())


class DealForm(QWidget):
    saved = Signal(object, object)  # deal id, records.SavedDeal

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._db = state.ctx.db
        self.deal_id: uuid.UUID | None = None
        self._stage_open = True
        self.last_saved = None

        self.account = AccountPicker(self._db)
        self.account.picked.connect(self._account_picked)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Such as: packaging line upgrade"))
        self.kind = QComboBox()
        for kind in DealKind:
            self.kind.addItem(kind_title(kind), str(kind))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("0")
        self.amount_note = label(self.tr("Follows the line items"), "muted")
        self.amount_note.hide()
        self.close_date = OptionalDate()
        self.close_date.dateChanged.connect(lambda _d: self._check_close_date())
        self.close_warning = label("", "warning", wrap=True)
        self.close_warning.hide()
        self.owner = QComboBox()
        self.category = QComboBox()
        self.category.addItem(self.tr("From the stage's probability"), None)
        for category in ForecastCategory:
            self.category.addItem(category_title(category), str(category))
        self.contact = QComboBox()
        self.error = label("", "error", wrap=True)  # errors with no field of their own
        self.error.hide()
        self._errors: dict[str, QLabel] = {}

        self.save_button = QPushButton(icon("mdi6.content-save-outline"), self.tr("Save deal"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save the deal (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save())

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form = form
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(self.amount_note)
        self._row(self.tr("&Account"), self.account, "account")
        self._row(self.tr("&Name"), self.name, "name")
        self._row(self.tr("&Kind"), self.kind, "kind")
        self._row(self.tr("A&mount"), amount_row, "amount")
        self._row(self.tr("&Close date"), self.close_date, "close_date")
        form.addRow("", self.close_warning)
        self._row(self.tr("&Owner"), self.owner, "owner")
        self._row(self.tr("&Forecast"), self.category, "category")
        self._row(self.tr("&Primary contact"), self.contact, "contact")
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 3)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.addLayout(form)
        lay.addLayout(buttons)
        lay.addStretch(1)
        scrolling(self, page)

        for edit in (self.name, self.amount, self.account):
            edit.textEdited.connect(self._clear_errors)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(lambda: self.save())

    def _row(self, text: str, field, name: str) -> None:
        caption = QLabel(text)
        caption.setBuddy(field if isinstance(field, QWidget) else field.itemAt(0).widget())
        self._form.addRow(caption, field)
        error = label("", "error", wrap=True)
        error.hide()
        self._form.addRow("", error)
        self._errors[name] = error

    # loading ---------------------------------------------------------------------
    def _fill_owners(self, owner: uuid.UUID | None) -> None:
        self.owner.clear()
        for person in people(self._db):
            self.owner.addItem(person.name, str(person.id))
        if owner is not None:
            self.owner.setCurrentIndex(max(0, self.owner.findData(str(owner))))

    def _fill_contacts(self, account_id: uuid.UUID | None, chosen: uuid.UUID | None) -> None:
        self.contact.clear()
        self.contact.addItem(self.tr("No one yet"), None)
        if account_id is not None:
            for c in account_contacts(self._db, account_id):
                shown = f"{c.name} — {c.detail}" if c.detail else c.name
                self.contact.addItem(shown, str(c.id))
        self.contact.setCurrentIndex(max(0, self.contact.findData(str(chosen)) if chosen else 0))

    def _account_picked(self, account_id) -> None:
        self._fill_contacts(account_id, None)
        self._clear_errors()

    def load_new(self, account_id: uuid.UUID | None = None) -> None:
        self.deal_id = None
        self._stage_open = True
        name = account_name(self._db, account_id) if account_id else None
        self.account.set_account(account_id if name else None, name or "")
        self.name.clear()
        self.kind.setCurrentIndex(0)
        self._set_amount(0.0, has_lines=False)
        self.close_date.set_value(None)
        self._fill_owners(self._state.user_id)
        self.category.setCurrentIndex(0)
        self._fill_contacts(account_id if name else None, None)
        self._clear_errors()
        self.close_warning.hide()
        (self.name if name else self.account).setFocus(Qt.FocusReason.OtherFocusReason)

    def load_deal(self, d: DealDetail) -> None:
        self.deal_id = d.id
        self._stage_open = d.stage.is_open
        self.account.set_account(d.account_id, d.account)
        self.name.setText(d.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(d.kind)))
        self._set_amount(d.amount, has_lines=d.line_count > 0)
        self.close_date.set_value(d.close_date)
        self._fill_owners(d.owner_id)
        self.category.setCurrentIndex(
            max(0, self.category.findData(d.forecast_category)) if d.forecast_category else 0
        )
        self._fill_contacts(d.account_id, d.primary_contact_id)
        self._clear_errors()
        self._check_close_date()

    def _set_amount(self, amount: float, has_lines: bool) -> None:
        self.amount.setText(f"{float(amount):.2f}".rstrip("0").rstrip("."))
        self.amount.setReadOnly(has_lines)
        self.amount_note.setVisible(has_lines)
        self._has_lines = has_lines
        self._lines_amount = amount

    def follow_lines(self, amount: float, has_lines: bool) -> None:
        """The lines were saved: show the amount they set (other edits stay)."""
        self._set_amount(amount, has_lines)

    def _check_close_date(self) -> None:
        """Warn as soon as the date is in the past (saving stays allowed)."""
        chosen = self.close_date.value()
        if self._stage_open and chosen is not None and chosen < date.today():
            self.close_warning.setText(
                self.tr("This date has passed: the deal still counts as open. Saving is allowed.")
            )
            self.close_warning.show()
        else:
            self.close_warning.hide()

    # saving -----------------------------------------------------------------------
    def _amount(self) -> float:
        if self._has_lines:
            return self._lines_amount
        number, problem = values.number(self.amount.text())
        if problem is not None and not problem.warning:
            self._show_error("amount", self.tr("Enter a number, such as 12500 or 12,500.50."))
            raise ValueError("amount")
        return number or 0.0

    def _input(self) -> DealInput:
        owner, contact = self.owner.currentData(), self.contact.currentData()
        return DealInput(
            account_id=self.account.account_id,
            name=self.name.text(),
            kind=self.kind.currentData(),
            amount=self._amount(),
            close_date=self.close_date.value(),
            owner_id=uuid.UUID(owner) if owner else None,
            forecast_category=self.category.currentData(),
            primary_contact_id=uuid.UUID(contact) if contact else None,
            id=self.deal_id,
        )

    def save(self) -> bool:
        self._clear_errors()
        try:
            saved = save_deal(self._db, self._input(), self._state.user_id)
        except ValueError:  # a number that is not one: shown at its field
            return False
        except DealInputError as exc:
            self._show_error(exc.field, error_text(exc))
            return False
        self.deal_id = saved.id
        self.last_saved = saved
        self.saved.emit(saved.id, saved)
        return True

    def show_warnings(self, warnings) -> None:
        """Warnings of the last save (shown after the panel reloaded the form)."""
        if warnings:
            self.close_warning.setText("\n".join(warning_text(t, p) for t, p in warnings))
            self.close_warning.show()

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
        for error in self._errors.values():
            error.hide()
