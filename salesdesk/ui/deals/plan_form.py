"""The Plan tab: the opportunity plan, saved in one go (plan.save_plan).

The customer's problem, the stakeholders (a contact of the account, their role in the
decision, their attitude to us), the competitors with our strengths and weaknesses
against each, our competitive position, and the next step with its date.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.deals.listing import account_contacts
from ...core.deals.plan import (
    ATTITUDES,
    DECISION_ROLES,
    CompetitorInput,
    Plan,
    PlanInput,
    StakeholderInput,
    plan_of,
    save_plan,
)
from ...core.deals.records import DealInputError
from ..calls.widgets import ErrorLabel, scrolling, set_text, text_box
from ..messages import error_text
from ..theme import icon
from .deal_form import OptionalDate

CONTACT, ROLE, ATTITUDE = range(3)
NAME, STRENGTHS, WEAKNESSES = range(3)


def decision_role_title(value: str) -> str:
    return {
        "decision_maker": QCoreApplication.translate("DealLabels", "Decision maker"),
        "influencer": QCoreApplication.translate("DealLabels", "Influencer"),
        "champion": QCoreApplication.translate("DealLabels", "Champion"),
        "blocker": QCoreApplication.translate("DealLabels", "Blocker"),
        "user": QCoreApplication.translate("DealLabels", "User"),
        "gatekeeper": QCoreApplication.translate("DealLabels", "Gatekeeper"),
    }.get(str(value), str(value))


def attitude_title(value: str | None) -> str:
    return {
        "supportive": QCoreApplication.translate("DealLabels", "Supportive"),
        "neutral": QCoreApplication.translate("DealLabels", "Neutral"),
        "opposed": QCoreApplication.translate("DealLabels", "Opposed"),
    }.get(str(value), QCoreApplication.translate("DealLabels", "Not known"))


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def fit_rows(table: QTableWidget, least: int = 2, most: int = 8) -> None:
    """As tall as its rows (from `least` to `most`): the page scrolls, not the table."""
    rows = min(max(table.rowCount(), least), most)
    row_height = table.verticalHeader().defaultSectionSize()
    if table.rowCount():
        row_height = max(row_height, table.rowHeight(0))
    height = table.horizontalHeader().sizeHint().height() + rows * row_height + 4
    table.setFixedHeight(height)


def remove_selected_rows(table: QTableWidget) -> None:
    rows = {i.row() for i in table.selectedIndexes()} or {table.currentRow()}
    for row in sorted(rows, reverse=True):
        if row >= 0:
            table.removeRow(row)
    fit_rows(table)


def _buttons(table: QTableWidget, add_text: str, add) -> QHBoxLayout:
    add_button = QPushButton(icon("mdi6.plus"), add_text)
    add_button.clicked.connect(add)
    remove = QPushButton(icon("mdi6.minus"), QCoreApplication.translate("PlanForm", "Remove"))
    remove.clicked.connect(lambda: remove_selected_rows(table))
    row = QHBoxLayout()
    row.addWidget(add_button)
    row.addWidget(remove)
    row.addStretch(1)
    return row


class PlanForm(QWidget):
    saved = Signal(object)  # deal id

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = state.ctx.db
        self.deal_id: uuid.UUID | None = None
        self._contacts: list = []

        self.problem = text_box(self.tr("What the customer needs solved, in their words"), 3)
        self.stakeholders = _table([self.tr("Contact"), self.tr("Role"), self.tr("Attitude")])
        self.competitors = _table(
            [self.tr("Competitor"), self.tr("Our strengths"), self.tr("Our weaknesses")]
        )
        self.position = text_box(self.tr("Where we stand against them, and why"), 3)
        self.next_step = QLineEdit()
        self.next_step.setPlaceholderText(
            self.tr("Such as: site survey with the production manager")
        )
        self.next_step_date = OptionalDate()
        self.errors = ErrorLabel()
        save = QPushButton(icon("mdi6.content-save-outline"), self.tr("Save plan"))
        save.setDefault(True)
        save.setToolTip(self.tr("Save the plan (Ctrl+S)"))
        save.clicked.connect(lambda: self.save())

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Business &problem"), self.problem)
        people = QVBoxLayout()
        people.addWidget(self.stakeholders)
        people.addLayout(
            _buttons(self.stakeholders, self.tr("Add stakeholder"), self.add_stakeholder)
        )
        form.addRow(self.tr("Stakeholders"), people)
        rivals = QVBoxLayout()
        rivals.addWidget(self.competitors)
        rivals.addLayout(_buttons(self.competitors, self.tr("Add competitor"), self.add_competitor))
        form.addRow(self.tr("Competitors"), rivals)
        form.addRow(self.tr("Competitive p&osition"), self.position)
        step = QHBoxLayout()
        step.addWidget(self.next_step, 1)
        step.addWidget(self.next_step_date)
        step_label = QLabel(self.tr("&Next step"))
        step_label.setBuddy(self.next_step)
        form.addRow(step_label, step)
        bottom = QHBoxLayout()
        bottom.addWidget(self.errors.widget, 3)
        bottom.addStretch(1)
        bottom.addWidget(save)

        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.addLayout(form)
        lay.addLayout(bottom)
        lay.addStretch(1)
        scrolling(self, page)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: self.save())

    # loading ---------------------------------------------------------------------
    def load(self, deal_id: uuid.UUID, account_id: uuid.UUID, plan: Plan | None = None) -> None:
        self.deal_id = deal_id
        self._contacts = account_contacts(self._db, account_id)
        plan = plan or plan_of(self._db, deal_id)
        set_text(self.problem, plan.business_problem or "")
        set_text(self.position, plan.competitive_position or "")
        self.next_step.setText(plan.next_step or "")
        self.next_step_date.set_value(plan.next_step_date)
        self.stakeholders.setRowCount(0)
        fit_rows(self.stakeholders)
        for person in plan.stakeholders:
            self.add_stakeholder(person.contact_id, person.decision_role, person.attitude)
        self.competitors.setRowCount(0)
        fit_rows(self.competitors)
        for rival in plan.competitors:
            self.add_competitor(rival.name, rival.our_strengths or "", rival.our_weaknesses or "")
        self.errors.clear()

    def add_stakeholder(self, contact_id=None, role=None, attitude=None) -> None:
        row = self.stakeholders.rowCount()
        self.stakeholders.insertRow(row)
        contact = QComboBox()
        for c in self._contacts:
            contact.addItem(f"{c.name} — {c.detail}" if c.detail else c.name, str(c.id))
        if contact_id is not None:
            contact.setCurrentIndex(max(0, contact.findData(str(contact_id))))
        roles = QComboBox()
        for r in DECISION_ROLES:
            roles.addItem(decision_role_title(r), str(r))
        if role is not None and roles.findData(str(role)) < 0:
            roles.addItem(decision_role_title(role), str(role))  # gatekeeper, from the demo
        roles.setCurrentIndex(max(0, roles.findData(str(role))) if role else 0)
        feeling = QComboBox()
        feeling.addItem(attitude_title(None), None)
        for a in ATTITUDES:
            feeling.addItem(attitude_title(a), a)
        feeling.setCurrentIndex(max(0, feeling.findData(attitude)) if attitude else 0)
        for column, widget in ((CONTACT, contact), (ROLE, roles), (ATTITUDE, feeling)):
            self.stakeholders.setCellWidget(row, column, widget)
        self.stakeholders.resizeRowToContents(row)
        fit_rows(self.stakeholders)

    def add_competitor(self, name: str = "", strengths: str = "", weaknesses: str = "") -> None:
        row = self.competitors.rowCount()
        self.competitors.insertRow(row)
        for column, text in ((NAME, name), (STRENGTHS, strengths), (WEAKNESSES, weaknesses)):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.competitors.setItem(row, column, item)
        fit_rows(self.competitors)
        if not name:
            self.competitors.setCurrentCell(row, NAME)
            self.competitors.editItem(self.competitors.item(row, NAME))

    # saving -----------------------------------------------------------------------
    def _input(self) -> PlanInput:
        people = []
        for row in range(self.stakeholders.rowCount()):
            contact = self.stakeholders.cellWidget(row, CONTACT).currentData()
            if not contact:
                continue  # the account has no contacts to choose from
            people.append(
                StakeholderInput(
                    uuid.UUID(contact),
                    self.stakeholders.cellWidget(row, ROLE).currentData(),
                    self.stakeholders.cellWidget(row, ATTITUDE).currentData(),
                )
            )

        def cell(row: int, column: int) -> str:
            item = self.competitors.item(row, column)
            return item.text() if item else ""

        rivals = [
            CompetitorInput(cell(r, NAME), cell(r, STRENGTHS), cell(r, WEAKNESSES))
            for r in range(self.competitors.rowCount())
        ]
        return PlanInput(
            business_problem=self.problem.toPlainText(),
            stakeholders=tuple(people),
            competitors=tuple(rivals),
            competitive_position=self.position.toPlainText(),
            next_step=self.next_step.text(),
            next_step_date=self.next_step_date.value(),
        )

    def save(self) -> bool:
        if self.deal_id is None:
            return False
        self.errors.clear()
        try:
            save_plan(self._db, self.deal_id, self._input())
        except DealInputError as exc:
            self.errors.show(error_text(exc))
            return False
        self.saved.emit(self.deal_id)
        return True
