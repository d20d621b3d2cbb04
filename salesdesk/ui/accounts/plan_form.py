"""The account plan: goals, needs, action plan, stakeholders, whitespace, risks and review
date, saved in one go (Ctrl+S) with errors shown at their field; its history below."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.plans.errors import PlanInputError
from ...core.plans.plans import (
    PlanInput,
    load_plan,
    plan_choices,
    plan_history,
    save_plan,
)
from ..calls.widgets import scrolling, set_text, text_box
from ..messages import error_text
from ..theme import icon
from ..views.common import label
from .history_panel import HistoryPanel
from .plan_tables import (
    ActionTable,
    StakeholderTable,
    date_value,
    optional_date_edit,
    set_date_value,
)


class PlanForm(QWidget):
    saved = Signal(object)  # the plan's id

    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = app_state
        self._db = app_state.ctx.db
        self.account_id: uuid.UUID | None = None
        self.plan_id: uuid.UUID | None = None
        self.dirty = False
        self._errors: dict[str, QLabel] = {}

        self.no_plan = label(
            self.tr("This account has no plan yet: fill it in and save to start one."),
            "warning",
            wrap=True,
        )
        self.owner = QComboBox()
        self.review_date = optional_date_edit(self.tr("no review date"))
        self.goals = text_box(self.tr("What we want from this relationship"), 3)
        self.needs = text_box(self.tr("The customer's business needs and goals"), 3)
        self.actions = ActionTable()
        self.stakeholders = StakeholderTable()
        self.whitespace = text_box(self.tr("Products and services they could still buy"), 2)
        self.risks = text_box(self.tr("What could cost us the account"), 2)
        self.error = label("", "error", wrap=True)  # errors with no field of their own
        self.error.hide()
        self.save_button = QPushButton(icon("mdi6.content-save-outline"), self.tr("Save plan"))
        self.save_button.setToolTip(self.tr("Save the account plan (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save())

        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels above their fields: the tables get the pane's whole width.
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        top = QHBoxLayout()
        top.addWidget(self.owner, 1)
        top.addWidget(QLabel(self.tr("Review on")))
        top.addWidget(self.review_date)
        self._row(self.tr("&Owner"), top, "owner", self.owner)
        self._row(self.tr("Relationship &goals"), self.goals, "relationship_goals")
        self._row(self.tr("Customer &needs"), self.needs, "customer_needs")
        self._row(self.tr("&Action plan"), self.actions, "actions", self.actions.table)
        self._row(
            self.tr("&Stakeholders"), self.stakeholders, "stakeholders", self.stakeholders.table
        )
        self._row(self.tr("&Whitespace"), self.whitespace, "whitespace")
        self._row(self.tr("&Risks"), self.risks, "risks")
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 3)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        page = QWidget()
        page_lay = QVBoxLayout(page)
        page_lay.setContentsMargins(12, 10, 12, 10)
        page_lay.addWidget(self.no_plan)
        page_lay.addLayout(self._form)
        page_lay.addLayout(buttons)
        page_lay.addStretch(1)
        holder = QWidget()
        scrolling(holder, page)
        self.history = HistoryPanel()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(holder)
        split.addWidget(self.history)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)

        for box in (self.goals, self.needs, self.whitespace, self.risks):
            box.textChanged.connect(self._edited)
        self.owner.currentIndexChanged.connect(self._edited)
        self.review_date.dateChanged.connect(self._edited)
        self.actions.changed.connect(self._edited)
        self.stakeholders.changed.connect(self._edited)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(lambda: self.save())

    def _row(self, text: str, field, name: str, buddy: QWidget | None = None) -> None:
        caption = QLabel(text)
        caption.setBuddy(buddy or field)
        caption.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self._form.addRow(caption, field)
        error = label("", "error", wrap=True)
        error.hide()
        self._form.addRow(error)
        self._errors[name] = error

    # loading -----------------------------------------------------------------------
    def load(self, account_id: uuid.UUID) -> None:
        """Show the account's plan (an empty form when it has none) and its history."""
        self.account_id = account_id
        choices = plan_choices(self._db, account_id)
        plan = load_plan(self._db, account_id)
        users = [(str(u_id), name) for u_id, name, _role in choices.users]
        for widget in self._inputs():
            widget.blockSignals(True)
        self.owner.clear()
        self.owner.addItem("—", None)
        for value, name in users:
            self.owner.addItem(name, value)
        self.actions.users = users
        self.actions.default_owner = str(self._state.user_id) if self._state.user_id else None
        self.stakeholders.contacts = [
            (str(c_id), f"{name}, {title}" if title else name)
            for c_id, name, title in choices.contacts
        ]
        self.stakeholders.add_button.setEnabled(bool(choices.contacts))
        self.plan_id = plan.id if plan else None
        owner = plan.owner_id if plan else self._state.user_id
        self.owner.setCurrentIndex(max(0, self.owner.findData(str(owner) if owner else None)))
        set_date_value(self.review_date, plan.review_date if plan else None)
        set_text(self.goals, (plan.relationship_goals if plan else None) or "")
        set_text(self.needs, (plan.customer_needs if plan else None) or "")
        set_text(self.whitespace, (plan.whitespace if plan else None) or "")
        set_text(self.risks, (plan.risks if plan else None) or "")
        self.actions.set_rows(plan.actions if plan else ())
        self.stakeholders.set_rows(plan.stakeholders if plan else ())
        for widget in self._inputs():
            widget.blockSignals(False)
        self.no_plan.setVisible(plan is None)
        self.dirty = False
        self._clear_errors()
        self.history.show_entries(plan_history(self._db, account_id))

    def _inputs(self) -> list[QWidget]:
        return [
            self.owner, self.review_date, self.goals, self.needs, self.whitespace, self.risks,
            self.actions, self.stakeholders,
        ]  # fmt: skip

    def _edited(self, *_args: object) -> None:
        self.dirty = True
        self._clear_errors()

    # saving -------------------------------------------------------------------------
    def plan_input(self) -> PlanInput:
        owner = self.owner.currentData()
        return PlanInput(
            relationship_goals=self.goals.toPlainText(),
            customer_needs=self.needs.toPlainText(),
            whitespace=self.whitespace.toPlainText(),
            risks=self.risks.toPlainText(),
            review_date=date_value(self.review_date),
            owner_id=uuid.UUID(owner) if owner else None,
            actions=self.actions.inputs(),
            stakeholders=self.stakeholders.inputs(),
        )

    def save(self) -> bool:
        if self.account_id is None:
            return False
        self._clear_errors()
        try:
            plan_id = save_plan(self._db, self.account_id, self.plan_input(), self._state.user_id)
        except PlanInputError as exc:
            self._show_error(exc, error_text(exc))
            return False
        self.load(self.account_id)
        self.saved.emit(plan_id)
        return True

    def _show_error(self, exc: PlanInputError, text: str) -> None:
        target = self._errors.get(exc.field)
        if target is None:
            self.error.setText(text)
            self.error.show()
            return
        target.setText(text)
        target.show()
        table = {"actions": self.actions, "stakeholders": self.stakeholders}.get(exc.field)
        if table is not None:
            table.point_at(exc.row)
            table.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_errors(self) -> None:
        self.error.hide()
        for error in self._errors.values():
            error.hide()
