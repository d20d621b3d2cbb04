"""The Lines tab: products from the price book with quantity, price and discount; each
line's total and the deal's total update as they are typed, and saving the lines sets
the deal's amount to that total (lines.save_lines).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.deals.lines import (
    Line,
    LineInput,
    ProductEntry,
    deal_lines,
    line_total,
    products,
    save_lines,
)
from ...core.deals.records import DealInputError
from ..calls.widgets import ErrorLabel
from ..labels import money
from ..messages import arg, error_text
from ..theme import icon
from ..views.common import label

PRODUCT, QUANTITY, PRICE, DISCOUNT, TOTAL = range(5)
PRODUCT_ROLE = Qt.ItemDataRole.UserRole


def _spin(decimals: int, maximum: float, suffix: str = "") -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setDecimals(decimals)
    spin.setRange(0.0, maximum)
    spin.setSuffix(suffix)
    spin.setGroupSeparatorShown(True)
    spin.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return spin


class LinesTable(QWidget):
    saved = Signal(object)  # deal id

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = state.ctx.db
        self.deal_id: uuid.UUID | None = None
        self.currency = "GBP"
        self._book: dict[uuid.UUID, ProductEntry] = {}

        self.product = QComboBox()
        self.product.setMinimumContentsLength(30)
        self.product.setToolTip(self.tr("Products from the price book, with their list price"))
        add = QPushButton(icon("mdi6.plus"), self.tr("Add line"))
        add.clicked.connect(self.add_chosen)
        remove = QPushButton(icon("mdi6.minus"), self.tr("Remove line"))
        remove.clicked.connect(self.remove_selected)
        picker = QHBoxLayout()
        caption = QLabel(self.tr("&Product"))
        caption.setBuddy(self.product)
        picker.addWidget(caption)
        picker.addWidget(self.product, 1)
        picker.addWidget(add)
        picker.addWidget(remove)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Product"),
                self.tr("Quantity"),
                self.tr("Unit price"),
                self.tr("Discount"),
                self.tr("Line total"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PRODUCT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(110)

        self.total = label("", "title")
        self.note = label(
            self.tr("Saving the lines sets the deal's amount to their total."), "muted", wrap=True
        )
        self.errors = ErrorLabel()
        self.save_button = QPushButton(icon("mdi6.content-save-outline"), self.tr("Save lines"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save the lines (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save())
        bottom = QHBoxLayout()
        totals = QVBoxLayout()
        totals.addWidget(self.total)
        totals.addWidget(self.note)
        bottom.addLayout(totals, 1)
        bottom.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.addLayout(picker)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.errors.widget)
        lay.addLayout(bottom)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: self.save())

    # loading ---------------------------------------------------------------------
    def load(
        self, deal_id: uuid.UUID, currency: str = "GBP", lines: tuple[Line, ...] | None = None
    ) -> None:
        self.deal_id = deal_id
        self.currency = currency
        self._book = {p.id: p for p in products(self._db)}
        self.product.clear()
        for p in self._book.values():
            shown = f"{p.name} ({p.sku}) — {money(p.unit_price, currency)}" if p.sku else p.name
            self.product.addItem(shown, str(p.id))
        self.table.setRowCount(0)
        for line in deal_lines(self._db, deal_id) if lines is None else lines:
            self.add_line(
                line.product_id, line.product, line.quantity, line.unit_price, line.discount_pct
            )
        self.errors.clear()
        self._update_totals()

    def add_chosen(self) -> None:
        chosen = self.product.currentData()
        if not chosen:
            return
        p = self._book[uuid.UUID(chosen)]
        self.add_line(p.id, p.name, 1.0, p.unit_price, 0.0)
        self.table.selectRow(self.table.rowCount() - 1)
        self.table.cellWidget(self.table.rowCount() - 1, QUANTITY).setFocus()
        self._update_totals()

    def add_line(
        self, product_id: uuid.UUID, name: str, quantity: float, price: float, discount: float
    ) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(name)
        item.setData(PRODUCT_ROLE, str(product_id))
        item.setToolTip(name)
        self.table.setItem(row, PRODUCT, item)
        for column, spin, value in (
            (QUANTITY, _spin(2, 1_000_000), quantity),
            (PRICE, _spin(2, 1_000_000_000), price),
            (DISCOUNT, _spin(1, 100, " %"), discount),
        ):
            spin.setValue(value)
            spin.valueChanged.connect(lambda _v: self._update_totals())
            self.table.setCellWidget(row, column, spin)
        total = QTableWidgetItem()
        total.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, TOTAL, total)

    def remove_selected(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()} or {self.table.currentRow()}
        for row in sorted(rows, reverse=True):
            if row >= 0:
                self.table.removeRow(row)
        self._update_totals()

    def _values(self, row: int) -> tuple[float, float, float]:
        return tuple(self.table.cellWidget(row, c).value() for c in (QUANTITY, PRICE, DISCOUNT))

    def _update_totals(self) -> None:
        grand = 0.0
        for row in range(self.table.rowCount()):
            value = line_total(*self._values(row))
            grand += value
            self.table.item(row, TOTAL).setText(money(value, self.currency))
        count = self.table.rowCount()
        if count:
            self.total.setText(arg(self.tr("Deal total: %1"), money(grand, self.currency)))
        else:
            self.total.setText(self.tr("No lines: the deal keeps the amount typed on it."))

    # saving -----------------------------------------------------------------------
    def inputs(self) -> list[LineInput]:
        items = []
        for row in range(self.table.rowCount()):
            quantity, price, discount = self._values(row)
            product = uuid.UUID(self.table.item(row, PRODUCT).data(PRODUCT_ROLE))
            items.append(LineInput(product, quantity, price, discount))
        return items

    def save(self) -> bool:
        if self.deal_id is None:
            return False
        self.errors.clear()
        try:
            save_lines(self._db, self.deal_id, self.inputs())
        except DealInputError as exc:
            self.errors.show(error_text(exc))
            row = exc.params.get("row")
            if isinstance(row, int):
                self.table.selectRow(row - 1)
            return False
        self.saved.emit(self.deal_id)
        return True
