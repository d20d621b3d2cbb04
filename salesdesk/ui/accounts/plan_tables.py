"""The account plan's two tables: the action plan and the stakeholders, edited in place."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.domain import ActionStatus
from ...core.plans.plans import ActionInput, ActionRow, StakeholderInput, StakeholderRow
from ..theme import icon
from .labels import action_status_title

NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum, shown as "no date"
ID_ROLE = Qt.ItemDataRole.UserRole


def optional_date_edit(no_date_text: str) -> QDateEdit:
    """A date edit that can also hold no date (its minimum, shown as `no_date_text`)."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(no_date_text)
    edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
    edit.setDate(NO_DATE)
    return edit


def date_value(edit: QDateEdit) -> date | None:
    d = edit.date()
    return None if d == NO_DATE else date(d.year(), d.month(), d.day())


def set_date_value(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)


class _RowTable(QWidget):
    """A table with Add and Remove buttons; `changed` on every edit."""

    changed = Signal()

    def __init__(self, headers: list[str], stretch: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(120)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.table.itemChanged.connect(lambda _i: self.changed.emit())
        self.add_button = QPushButton(icon("mdi6.plus"), "")
        self.remove_button = QPushButton(icon("mdi6.minus"), "")
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table)
        lay.addLayout(buttons)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()

    def point_at(self, row: int | None) -> None:
        """Select row `row` (1-based, as errors count) so the user sees which one."""
        if row is not None and 0 < row <= self.table.rowCount():
            self.table.selectRow(row - 1)

    def _combo(self, choices, current) -> QComboBox:
        combo = QComboBox()
        for value, text in choices:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return combo


class ActionTable(_RowTable):
    COL_TITLE, COL_OWNER, COL_DUE, COL_STATUS = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status")], 0, parent
        )
        for col, width in ((self.COL_OWNER, 140), (self.COL_DUE, 110), (self.COL_STATUS, 110)):
            self.table.setColumnWidth(col, width)
        self.users: list[tuple[str, str]] = []  # (id as text, name)
        self.default_owner: str | None = None
        self.add_button.setToolTip(self.tr("Add an action"))
        self.remove_button.setToolTip(self.tr("Remove the selected action"))
        self.add_button.clicked.connect(self._add_new)

    def set_rows(self, rows: tuple[ActionRow, ...]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for a in rows:
            self.add(a.title, a.owner_id, a.due_date, a.status, a.id)
        self.table.blockSignals(False)

    def _add_new(self) -> None:
        owner = uuid.UUID(self.default_owner) if self.default_owner else None
        self.add("", owner, None, ActionStatus.OPEN, None)
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, self.COL_TITLE)
        self.table.editItem(self.table.item(row, self.COL_TITLE))
        self.changed.emit()

    def add(self, title, owner_id, due, status, action_id) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(title)
        item.setData(ID_ROLE, str(action_id) if action_id else None)
        self.table.setItem(row, self.COL_TITLE, item)
        owners = [(None, "—"), *self.users]
        self.table.setCellWidget(
            row, self.COL_OWNER, self._combo(owners, str(owner_id) if owner_id else None)
        )
        edit = optional_date_edit(self.tr("no date"))
        set_date_value(edit, due)
        edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.table.setCellWidget(row, self.COL_DUE, edit)
        statuses = [(s.value, action_status_title(s)) for s in ActionStatus]
        self.table.setCellWidget(row, self.COL_STATUS, self._combo(statuses, str(status)))

    def inputs(self) -> tuple[ActionInput, ...]:
        out = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, self.COL_TITLE)
            owner = self.table.cellWidget(row, self.COL_OWNER).currentData()
            action_id = item.data(ID_ROLE) if item else None
            out.append(
                ActionInput(
                    title=item.text() if item else "",
                    owner_id=uuid.UUID(owner) if owner else None,
                    due_date=date_value(self.table.cellWidget(row, self.COL_DUE)),
                    status=self.table.cellWidget(row, self.COL_STATUS).currentData(),
                    id=uuid.UUID(action_id) if action_id else None,
                )
            )
        return tuple(out)


class StakeholderTable(_RowTable):
    COL_CONTACT, COL_ROLE, COL_STRENGTH = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Contact"), self.tr("Role"), self.tr("Strength")], 1, parent)
        self.table.horizontalHeaderItem(self.COL_STRENGTH).setToolTip(
            self.tr("How strong our relationship is: 1 (weak) to 5 (strong)")
        )
        self.table.setColumnWidth(self.COL_CONTACT, 230)
        self.table.setColumnWidth(self.COL_STRENGTH, 90)
        self.contacts: list[tuple[str, str]] = []  # (id as text, "name, job title")
        self.add_button.setToolTip(self.tr("Add a stakeholder from the account's contacts"))
        self.remove_button.setToolTip(self.tr("Remove the selected stakeholder"))
        self.add_button.clicked.connect(self._add_new)

    def set_rows(self, rows: tuple[StakeholderRow, ...]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for p in rows:
            self.add(p.contact_id, p.role, p.relationship_strength or 3)
        self.table.blockSignals(False)

    def _add_new(self) -> None:
        used = {p.contact_id for p in self.inputs()}
        free = [c for c, _name in self.contacts if uuid.UUID(c) not in used]
        if not free:
            return
        self.add(uuid.UUID(free[0]), None, 3)
        self.changed.emit()

    def add(self, contact_id, role, strength) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setCellWidget(row, self.COL_CONTACT, self._combo(self.contacts, str(contact_id)))
        self.table.setItem(row, self.COL_ROLE, QTableWidgetItem(role or ""))
        spin = QSpinBox()
        spin.setRange(1, 5)
        spin.setValue(strength)
        spin.setSuffix(self.tr(" / 5"))
        spin.valueChanged.connect(lambda _v: self.changed.emit())
        self.table.setCellWidget(row, self.COL_STRENGTH, spin)

    def inputs(self) -> tuple[StakeholderInput, ...]:
        out = []
        for row in range(self.table.rowCount()):
            contact = self.table.cellWidget(row, self.COL_CONTACT).currentData()
            if not contact:
                continue
            role = self.table.item(row, self.COL_ROLE)
            out.append(
                StakeholderInput(
                    uuid.UUID(contact),
                    role.text() if role else None,
                    self.table.cellWidget(row, self.COL_STRENGTH).value(),
                )
            )
        return tuple(out)
