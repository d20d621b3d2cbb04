"""The plan of a call: who, when, why, what to ask, what they may object, what to bring.

Beside the form, what the account's history brings: the last call's outcome and next
steps, what was carried into this plan, open deals and the account plan's actions.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.calls.errors import CallInputError
from ...core.calls.planning import (
    ObjectionInput,
    PlanHistory,
    PlanInput,
    QuestionInput,
    objection_library,
    plan_call,
    plan_history,
    question_bank,
)
from ...core.domain import CallType
from ..labels import call_type_title, money
from ..messages import arg, error_text
from ..views.common import Card, label
from .pickers import AccountPicker
from .widgets import (
    ErrorLabel,
    TextList,
    date_time_edit,
    live_cells,
    local_text,
    scrolling,
    set_text,
    text_box,
    to_local,
    to_utc,
)


def _uuid(value) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


class PlanForm(QWidget):
    saved = Signal(object)  # the call id
    edited = Signal()

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._db = state.ctx.db
        self.call_id: uuid.UUID | None = None
        self._history: PlanHistory | None = None

        self.account = AccountPicker(self._db)
        self.account.picked.connect(self._on_account)
        self.account_name = label("", wrap=True)
        self.call_type = QComboBox()
        for value in CallType:
            self.call_type.addItem(call_type_title(value), value.value)
        self.call_type.currentIndexChanged.connect(self._fill_bank)
        self.start = date_time_edit()
        self.duration = QSpinBox()
        self.duration.setRange(1, 12 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.deal = QComboBox()
        self.deal.currentIndexChanged.connect(self._fill_bank)
        self.attendees = QListWidget()
        self.attendees.setMaximumHeight(110)
        self.objective = text_box(self.tr("What should this call achieve?"), 2)
        self.questions = TextList(self.tr("Type a question and press Enter"))
        self.bank = QComboBox()
        self.bank.activated.connect(self._add_from_bank)
        self.objections = live_cells(QTableWidget(0, 2))
        self.objections.setHorizontalHeaderLabels(
            [self.tr("Objection expected"), self.tr("Prepared answer")]
        )
        self.objections.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.objections.verticalHeader().hide()
        self.objections.setMinimumHeight(90)
        self.objections.setMaximumHeight(160)
        self.objections.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.library = QComboBox()
        self.library.activated.connect(self._add_from_library)
        add_objection = QPushButton(self.tr("Add objection"))
        add_objection.clicked.connect(lambda: self.add_objection("", ""))
        remove_objection = QPushButton(self.tr("Remove"))
        remove_objection.clicked.connect(self._remove_objection)
        self.materials = QLineEdit()
        self.materials.setPlaceholderText(self.tr("Brochures, samples, price list…"))
        self.error = ErrorLabel()
        self.save_button = QPushButton(self.tr("Save plan"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save the plan (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save())
        self.draft_key: str | None = None  # dropped in the same transaction as the save

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Account"), self.account)
        form.addRow("", self.account_name)
        when = QHBoxLayout()
        when.addWidget(self.call_type)
        when.addWidget(self.start, 1)
        when.addWidget(self.duration)
        form.addRow(self.tr("When"), when)
        form.addRow(self.tr("&Deal"), self.deal)
        form.addRow(self.tr("Attendees"), self.attendees)
        form.addRow(self.tr("&Objective"), self.objective)
        form.addRow(self.tr("&Questions"), self.questions)
        form.addRow(self.tr("Question bank"), self.bank)
        objection_buttons = QHBoxLayout()
        objection_buttons.addWidget(self.library, 1)
        objection_buttons.addWidget(add_objection)
        objection_buttons.addWidget(remove_objection)
        form.addRow(self.tr("Objections"), self.objections)
        form.addRow("", objection_buttons)
        form.addRow(self.tr("&Materials"), self.materials)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error.widget, 3)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        self.history_card = Card(self.tr("From this account's history"))
        self.history_text = label("", wrap=True)
        self.history_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.history_card.body.addWidget(self.history_text)

        page = QWidget()
        page_lay = QVBoxLayout(page)
        page_lay.addWidget(self.history_card)
        page_lay.addLayout(form)
        page_lay.addLayout(buttons)
        page_lay.addStretch(1)
        scrolling(self, page)

    # loading --------------------------------------------------------------------
    def load_new(self, account_id: uuid.UUID | None, start: datetime | None) -> None:
        self.call_id = None
        self.account.show()
        self.account_name.hide()
        self.account.set_account(None, "")
        self.call_type.setCurrentIndex(0)
        self.start.setDateTime(to_local(start) if start else QDateTime.currentDateTime())
        self.duration.setValue(45)
        set_text(self.objective, "")
        self.materials.setText("")
        self.questions.clear()
        self.objections.setRowCount(0)
        self._fill_library()
        self._set_account(account_id, carry=True)
        if account_id is not None and self._history is not None:
            self.account.set_account(account_id, self._history.account)
        self.error.clear()

    def load_call(self, detail) -> None:
        self.call_id = detail.id
        self.account.hide()
        self.account_name.show()
        self.account_name.setText(
            f"{detail.account} — {detail.city}" if detail.city else detail.account
        )
        self.account.set_account(detail.account_id, detail.account)
        self.call_type.setCurrentIndex(max(0, self.call_type.findData(detail.call_type)))
        self.start.setDateTime(to_local(detail.start))
        self.duration.setValue(detail.duration_min)
        set_text(self.objective, detail.objective or "")
        self.materials.setText(detail.materials or "")
        self._fill_library()
        # A call planned without a plan (a follow-up, an import) starts with what the
        # account's previous call left open; a plan of its own keeps its own lists.
        unplanned = not detail.questions and not detail.objections and detail.stage == "planned"
        self._set_account(detail.account_id, carry=False, before=detail.id)
        self._select_deal(detail.opportunity_id)
        self._check_attendees(detail.attendee_ids)
        self.questions.clear()
        self.objections.setRowCount(0)
        if unplanned and self._history is not None:
            self._carry(self._history)
        for q in detail.questions:
            self.questions.add(
                q.text,
                str(q.carried_from) if q.carried_from else None,
                self.tr("Not asked on the last call") if q.carried_from else "",
            )
        for o in detail.objections:
            self.add_objection(o.objection, o.answer or "", o.carried_from)
        self.error.clear()

    def _on_account(self, account_id) -> None:
        self._set_account(account_id, carry=self.call_id is None)
        self.edited.emit()

    def _set_account(self, account_id, carry: bool, before: uuid.UUID | None = None) -> None:
        self._history = plan_history(self._db, account_id, before) if account_id else None
        h = self._history
        self.deal.blockSignals(True)
        self.deal.clear()
        self.deal.addItem(self.tr("No deal"), None)
        for d in h.open_deals if h else []:
            self.deal.addItem(
                arg(self.tr("%1 (%2, %3)"), d.name, d.stage, money(d.amount)), str(d.id)
            )
        self.deal.blockSignals(False)
        self.attendees.clear()
        for c in h.contacts if h else []:
            item = QListWidgetItem(f"{c.name} · {c.title}" if c.title else c.name)
            item.setData(Qt.ItemDataRole.UserRole, str(c.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.attendees.addItem(item)
        if carry and h is not None:
            self._carry(h)
        self._fill_bank()
        self._show_history()

    def _carry(self, h: PlanHistory) -> None:
        for q in h.carried_questions:
            self.questions.add(q.text, str(q.carried_from), self.tr("Not asked on the last call"))
        for o in h.carried_objections:
            self.add_objection(o.objection, o.answer, o.carried_from)

    def _show_history(self) -> None:
        h = self._history
        if h is None:
            self.history_text.setText(self.tr("Choose an account to see its history."))
            return
        lines: list[str] = []
        if h.last_call_id is None:
            lines.append(self.tr("No debriefed call with this account yet."))
        else:
            lines.append(arg(self.tr("Last call: %1"), local_text(h.last_call_start)))
            if h.last_outcome:
                lines.append(arg(self.tr("Outcome: %1"), h.last_outcome))
            if h.last_next_steps:
                lines.append(self.tr("Next steps agreed:"))
                lines += [f"  • {s}" for s in h.last_next_steps]
            lines.append(
                arg(
                    self.tr(
                        "Carried into a new plan: %1 unasked question(s), %2 open objection(s)."
                    ),
                    len(h.carried_questions),
                    len(h.carried_objections),
                )
            )
        if h.open_deals:
            lines += ["", self.tr("Open deals:")]
            lines += [f"  • {d.name} — {d.stage}, {money(d.amount)}" for d in h.open_deals]
        if h.plan_actions:
            lines += ["", self.tr("Account plan actions:")]
            lines += [
                f"  • {a.title}" + (f" ({local_text_date(a.due)})" if a.due else "")
                for a in h.plan_actions
            ]
        self.history_text.setText("\n".join(lines))

    def _fill_bank(self) -> None:
        deal = _uuid(self.deal.currentData())
        stage = (
            next((d.stage_id for d in self._history.open_deals if d.id == deal), None)
            if (self._history and deal)
            else None
        )
        self.bank.clear()
        self.bank.addItem(self.tr("Add a question from the bank…"), None)
        for q in question_bank(self._db, self.call_type.currentData(), stage):
            self.bank.addItem(q.text, q.text)

    def _fill_library(self) -> None:
        self.library.clear()
        self.library.addItem(self.tr("Add an objection heard before…"), None)
        for o in objection_library(self._db):
            shown = o.objection
            if o.times_used:
                shown = arg(
                    self.tr("%1 (answer worked %2 of %3 times)"),
                    o.objection,
                    o.times_resolved,
                    o.times_used,
                )
            self.library.addItem(shown, (o.objection, o.answer or ""))

    def _add_from_bank(self, index: int) -> None:
        text = self.bank.itemData(index)
        if text:
            self.questions.add(text)
        self.bank.setCurrentIndex(0)

    def _add_from_library(self, index: int) -> None:
        data = self.library.itemData(index)
        if data:
            self.add_objection(*data)
        self.library.setCurrentIndex(0)

    def add_objection(self, objection: str, answer: str, carried_from=None) -> None:
        row = self.objections.rowCount()
        self.objections.insertRow(row)
        first = QTableWidgetItem(objection)
        first.setData(Qt.ItemDataRole.UserRole, str(carried_from) if carried_from else None)
        if carried_from:
            first.setToolTip(self.tr("Left unresolved on the last call"))
        self.objections.setItem(row, 0, first)
        self.objections.setItem(row, 1, QTableWidgetItem(answer))
        if not objection:
            self.objections.setCurrentCell(row, 0)
            self.objections.editItem(first)

    def _remove_objection(self) -> None:
        rows = sorted({i.row() for i in self.objections.selectedIndexes()}, reverse=True)
        for row in rows:
            self.objections.removeRow(row)

    def _select_deal(self, deal_id) -> None:
        self.deal.setCurrentIndex(max(0, self.deal.findData(str(deal_id) if deal_id else None)))

    def _check_attendees(self, ids) -> None:
        wanted = {str(i) for i in ids}
        for i in range(self.attendees.count()):
            item = self.attendees.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # drafts ---------------------------------------------------------------------
    def content(self) -> dict:
        objections = []
        for row in range(self.objections.rowCount()):
            first, second = self.objections.item(row, 0), self.objections.item(row, 1)
            objections.append(
                [
                    first.text() if first else "",
                    second.text() if second else "",
                    first.data(Qt.ItemDataRole.UserRole) if first else None,
                ]
            )
        start = to_utc(self.start.dateTime())
        return {
            "account_id": str(self.account.account_id) if self.account.account_id else None,
            "account": self.account.text(),
            "call_type": self.call_type.currentData(),
            "start": start.isoformat() if start else None,
            "duration": self.duration.value(),
            "deal": self.deal.currentData(),
            "attendees": [
                self.attendees.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.attendees.count())
                if self.attendees.item(i).checkState() == Qt.CheckState.Checked
            ],
            "objective": self.objective.toPlainText(),
            "questions": [[t, d] for t, d in self.questions.items()],
            "question_typed": self.questions.entry.text(),  # typed, not added yet
            "objections": objections,
            "materials": self.materials.text(),
        }

    def apply(self, content: dict) -> None:
        account = _uuid(content.get("account_id"))
        if self.call_id is None and account != self.account.account_id:
            self._set_account(account, carry=False)
            self.account.set_account(account, str(content.get("account") or ""))
        self.call_type.setCurrentIndex(max(0, self.call_type.findData(content.get("call_type"))))
        if content.get("start"):
            self.start.setDateTime(to_local(datetime.fromisoformat(content["start"])))
        self.duration.setValue(int(content.get("duration") or 45))
        self._select_deal(content.get("deal"))
        self._check_attendees(content.get("attendees") or [])
        set_text(self.objective, str(content.get("objective") or ""))
        self.questions.clear()
        for text, data in content.get("questions") or []:
            self.questions.add(str(text), data)
        self.objections.setRowCount(0)
        for objection, answer, carried in content.get("objections") or []:
            self.add_objection(str(objection), str(answer), carried)
        self.materials.setText(str(content.get("materials") or ""))
        self.questions.entry.setText(str(content.get("question_typed") or ""))

    def plan_input(self) -> PlanInput:
        c = self.content()
        return PlanInput(
            account_id=self.account.account_id,
            start=to_utc(self.start.dateTime()),
            duration_min=self.duration.value(),
            call_type=self.call_type.currentData(),
            objective=c["objective"],
            materials=c["materials"],
            attendee_ids=tuple(uuid.UUID(a) for a in c["attendees"]),
            questions=tuple(QuestionInput(t, _uuid(d)) for t, d in c["questions"] if t),
            objections=tuple(
                ObjectionInput(o, a, _uuid(d)) for o, a, d in c["objections"] if o.strip()
            ),
            opportunity_id=_uuid(c["deal"]),
        )

    def save(self) -> uuid.UUID | None:
        """Save the plan; on a refusal show why next to the form and keep every word."""
        try:
            call_id = plan_call(
                self._db,
                self._state.user_id,
                self.plan_input(),
                self.call_id,
                draft_key=self.draft_key,
            )
        except CallInputError as exc:
            self.error.show(error_text(exc))
            {"account": self.account, "start": self.start, "duration": self.duration}.get(
                exc.field, self.objective
            ).setFocus()
            return None
        self.error.clear()
        self.call_id = call_id
        self.saved.emit(call_id)
        return call_id


def local_text_date(day) -> str:
    from PySide6.QtCore import QDate, QLocale

    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
