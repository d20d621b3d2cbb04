"""New proposal: validity, discount, tax, terms and notes, prefilled from the company's
defaults, with the totals the quote will print computed as they are typed (the same
Decimal arithmetic as the saved version, core/deals/quote_totals.py)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.company import company
from ...core.deals.lines import deal_lines
from ...core.deals.proposals import ProposalError, create_proposal
from ...core.deals.quote_totals import line_amount, quote_totals
from ...core.territory.explain import CURRENCY_SYMBOLS
from ..calls.widgets import ErrorLabel
from ..messages import arg, error_text
from ..views.common import label


def cents(value: Decimal | float, currency: str) -> str:
    """An amount with cents in the user's number format, as a quote shows it."""
    return QLocale().toCurrencyString(float(value), CURRENCY_SYMBOLS.get(currency, currency), 2)


def _percent_spin(value: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0.0, 100.0)
    spin.setDecimals(2)
    spin.setSuffix(" %")
    spin.setValue(value)
    return spin


class NewProposalDialog(QDialog):
    def __init__(self, state, deal_id: uuid.UUID, currency: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New proposal"))
        self._state, self._db = state, state.ctx.db
        self.deal_id, self.currency = deal_id, currency
        self.created: uuid.UUID | None = None
        firm = company(self._db)
        self._amounts = [
            line_amount(li.quantity, li.unit_price, li.discount_pct)
            for li in deal_lines(self._db, deal_id)
        ]

        self.valid_until = QDateEdit()
        self.valid_until.setCalendarPopup(True)
        self.valid_until.setMinimumDate(QDate.currentDate())
        until = date.today() + timedelta(days=firm.validity_days)
        self.valid_until.setDate(QDate(until.year, until.month, until.day))
        self.discount = _percent_spin(0.0)
        self.tax = _percent_spin(firm.tax_pct)
        self.terms = QPlainTextEdit(firm.terms)
        self.terms.setTabChangesFocus(True)
        self.terms.setFixedHeight(90)
        self.terms.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Printed above the terms, such as delivery times"))
        self.notes.setFixedHeight(70)
        self.totals = label("", "muted", wrap=True)
        self.total = label("", "title")
        self.errors = ErrorLabel()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Each field has its own error line under it: a refusal shows where to fix it.
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        for name, caption, widget in (
            ("valid_until", self.tr("&Valid until"), self.valid_until),
            ("discount_pct", self.tr("&Discount"), self.discount),
            ("tax_pct", self.tr("&Tax"), self.tax),
            ("terms", self.tr("T&erms"), self.terms),
            ("notes", self.tr("&Notes"), self.notes),
        ):
            error = label("", "error", wrap=True)
            error.hide()
            form.addRow(caption, widget)
            form.addRow("", error)
            self._fields[name] = (widget, error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make proposal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(
            label(self.tr("%n line(s) from the deal's Lines tab.", "", len(self._amounts)), "muted")
        )
        lay.addLayout(form)
        lay.addWidget(self.totals)
        lay.addWidget(self.total, 0, Qt.AlignmentFlag.AlignRight)
        lay.addWidget(self.errors.widget)
        lay.addWidget(buttons)
        self.discount.valueChanged.connect(self._update)
        self.tax.valueChanged.connect(self._update)
        self.valid_until.dateChanged.connect(self._clear_errors)
        self.terms.textChanged.connect(self._clear_errors)
        self.notes.textChanged.connect(self._clear_errors)
        self.resize(520, self.sizeHint().height())
        self._update()

    def _clear_errors(self, *_args) -> None:
        self.errors.clear()
        for _widget, error in self._fields.values():
            error.hide()

    def _update(self, *_args) -> None:
        self._clear_errors()
        t = quote_totals(self._amounts, self.discount.value(), self.tax.value())
        money = self.currency
        self.totals.setText(
            arg(
                self.tr("Subtotal %1 · discount %2 · tax %3"),
                cents(t.subtotal, money),
                cents(t.discount, money),
                cents(t.tax, money),
            )
        )
        self.total.setText(arg(self.tr("Total %1"), cents(t.total, money)))

    def accept(self) -> None:
        chosen = self.valid_until.date()
        try:
            self.created = create_proposal(
                self._db,
                self.deal_id,
                self._state.user_id,
                valid_until=date(chosen.year(), chosen.month(), chosen.day()),
                discount_pct=self.discount.value(),
                tax_pct=self.tax.value(),
                terms=self.terms.toPlainText(),
                notes=self.notes.toPlainText(),
            )
        except ProposalError as exc:
            self._show_error(exc)
            return
        super().accept()

    def _show_error(self, exc: ProposalError) -> None:
        self._clear_errors()
        widget, error = self._fields.get(exc.field, (None, None))
        if error is None:  # the deal, its stage or its lines: no field of this dialog
            self.errors.show(error_text(exc))
            return
        error.setText(error_text(exc))
        error.show()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
