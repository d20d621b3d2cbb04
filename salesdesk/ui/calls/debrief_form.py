"""The debrief: what went well, what to improve, what was left, next steps, a review.

Next steps can each become a follow-up task or a next call in the same submit. Edits
after submission are saved as a new version; earlier versions stay readable.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
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
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.calls.debrief import (
    CALL,
    NONE,
    TASK,
    DebriefInput,
    NextStep,
    debrief_defaults,
    default_follow_up_day,
    submit_debrief,
)
from ...core.calls.errors import CallInputError
from ...core.calls.review import request_review, reviewers
from ..labels import role_title
from ..messages import arg, error_text
from ..views.common import label
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


class DebriefForm(QWidget):
    saved = Signal(object)
    show_version = Signal(object)  # a VersionItem
    review_asked = Signal(object)  # the reviewer chosen (uuid or None)

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._db = state.ctx.db
        self.call_id: uuid.UUID | None = None
        self.draft_key: str | None = None
        self._detail = None
        self._watchers: list = []  # slots told about edits in rows added later
        self.last_result_text = ""  # what the last submit created, for the status line

        self.went_well = text_box(self.tr("What worked: rapport, questions, the demo…"), 3)
        self.to_improve = text_box(self.tr("What you would do differently next time"), 3)
        self.outcome = QLineEdit()
        self.unasked = TextList(self.tr("A question still to ask"))
        self.unresolved = live_cells(QTableWidget(0, 2))
        self.unresolved.setHorizontalHeaderLabels(
            [self.tr("Objection left open"), self.tr("Answer to try next time")]
        )
        self.unresolved.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.unresolved.verticalHeader().hide()
        add_open = QPushButton(self.tr("Add objection"))
        add_open.clicked.connect(lambda: self._add_unresolved("", "", edit=True))
        remove_open = QPushButton(self.tr("Remove"))
        remove_open.clicked.connect(
            lambda: [
                self.unresolved.removeRow(r)
                for r in sorted({i.row() for i in self.unresolved.selectedIndexes()}, reverse=True)
            ]
        )
        open_buttons = QHBoxLayout()
        open_buttons.addStretch(1)
        open_buttons.addWidget(add_open)
        open_buttons.addWidget(remove_open)
        self.unresolved.setMinimumHeight(70)
        self.unresolved.setMaximumHeight(150)
        self.steps = live_cells(QTableWidget(0, 3))
        self.steps.setHorizontalHeaderLabels(
            [self.tr("Next step"), self.tr("Follow-up"), self.tr("When")]
        )
        header = self.steps.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 140)
        header.resizeSection(2, 150)
        self.steps.verticalHeader().hide()
        self.steps.setMinimumHeight(90)
        self.steps.setMaximumHeight(180)
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add_step = QPushButton(self.tr("Add next step"))
        add_step.clicked.connect(lambda: self.add_step("", NONE, None))
        remove_step = QPushButton(self.tr("Remove"))
        remove_step.clicked.connect(self._remove_step)
        self.error = ErrorLabel()
        self.submit_button = QPushButton(self.tr("Submit debrief"))
        self.submit_button.setToolTip(self.tr("Submit the debrief (Ctrl+Return)"))
        self.submit_button.clicked.connect(lambda: self.submit())

        self.review_box = QWidget()
        self.reviewer = QComboBox()
        self.ask_button = QPushButton(self.tr("Ask for review"))
        self.ask_button.clicked.connect(self._ask_review)
        self.review_state = label("", "muted", wrap=True)
        review_row = QHBoxLayout(self.review_box)
        review_row.setContentsMargins(0, 0, 0, 0)
        review_row.addWidget(label(self.tr("Reviewer")))
        review_row.addWidget(self.reviewer, 1)
        review_row.addWidget(self.ask_button)
        self.versions = QListWidget()
        self.versions.setMaximumHeight(90)
        self.versions.itemActivated.connect(self._open_version)

        step_buttons = QHBoxLayout()
        step_buttons.addStretch(1)
        step_buttons.addWidget(add_step)
        step_buttons.addWidget(remove_step)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("What went &well"), self.went_well)
        form.addRow(self.tr("What to &improve"), self.to_improve)
        form.addRow(self.tr("O&utcome"), self.outcome)
        form.addRow(self.tr("Questions not asked"), self.unasked)
        form.addRow(self.tr("Objections unresolved"), self.unresolved)
        form.addRow("", open_buttons)
        form.addRow(self.tr("Next &steps"), self.steps)
        form.addRow("", step_buttons)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error.widget, 3)
        bottom.addStretch(1)
        bottom.addWidget(self.submit_button)
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addLayout(form)
        lay.addLayout(bottom)
        lay.addWidget(self.review_box)
        lay.addWidget(self.review_state)
        self.versions_label = label(self.tr("Versions (double-click to read one)"), "muted")
        lay.addWidget(self.versions_label)
        lay.addWidget(self.versions)
        lay.addStretch(1)
        scrolling(self, page)

    # loading ---------------------------------------------------------------------
    def load_call(self, detail) -> None:
        self.call_id = detail.id
        self._detail = detail
        self.apply_input(debrief_defaults(self._db, detail.id))
        submitted = detail.debriefed_at is not None
        self.submit_button.setText(
            arg(self.tr("Save as version %1"), detail.debrief_version + 1)
            if submitted
            else self.tr("Submit debrief")
        )
        self.review_box.setVisible(submitted)
        self.reviewer.clear()
        for user_id, name, role in reviewers(self._db, detail.owner_id):
            self.reviewer.addItem(f"{name} · {role_title(role)}", str(user_id))
        if detail.reviewer_id:
            self.reviewer.setCurrentIndex(max(0, self.reviewer.findData(str(detail.reviewer_id))))
        self._show_review_state(detail)
        self.versions.clear()
        for v in detail.versions:
            item = QListWidgetItem(
                arg(self.tr("Version %1 · %2 · %3"), v.number, local_text(v.at), v.author or "")
            )
            item.setData(Qt.ItemDataRole.UserRole, v.number)
            self.versions.addItem(item)
        self.versions.setVisible(bool(detail.versions))
        self.versions_label.setVisible(bool(detail.versions))
        self.error.clear()

    def _show_review_state(self, detail) -> None:
        text = {
            "requested": arg(
                self.tr("Waiting for %1's review since %2."),
                detail.reviewer or "",
                local_text(detail.review_requested_at),
            ),
            "reviewed": arg(
                self.tr("Reviewed by %1 on %2: see Feedback."),
                detail.reviewer or "",
                local_text(detail.reviewed_at),
            ),
        }.get(detail.review_status, "")
        if detail.debriefed_at is None:
            text = self.tr("Submit the debrief, then ask a peer or your manager to review it.")
        self.review_state.setText(text)
        self.ask_button.setText(
            self.tr("Ask again") if detail.review_status != "none" else self.tr("Ask for review")
        )

    def apply_input(self, d: DebriefInput) -> None:
        set_text(self.went_well, d.went_well)
        set_text(self.to_improve, d.to_improve)
        self.outcome.setText(d.outcome)
        self.unasked.clear()
        for q in d.unasked_questions:
            self.unasked.add(q)
        self.unresolved.setRowCount(0)
        for o in d.unresolved_objections:
            self._add_unresolved(o.get("objection", ""), o.get("answer", ""))
        self.steps.setRowCount(0)
        for st in d.next_steps:
            self.add_step(st.text, st.follow_up, st.start or st.due)

    def _add_unresolved(self, objection: str, answer: str, edit: bool = False) -> None:
        row = self.unresolved.rowCount()
        self.unresolved.insertRow(row)
        self.unresolved.setItem(row, 0, QTableWidgetItem(objection))
        self.unresolved.setItem(row, 1, QTableWidgetItem(answer))
        if edit:
            self.unresolved.setCurrentCell(row, 0)
            self.unresolved.editItem(self.unresolved.item(row, 0))

    def add_step(self, text: str, follow_up: str, when) -> None:
        row = self.steps.rowCount()
        self.steps.insertRow(row)
        self.steps.setItem(row, 0, QTableWidgetItem(text))
        kind = QComboBox()
        kind.addItem(self.tr("Just a note"), NONE)
        kind.addItem(self.tr("Create a task"), TASK)
        kind.addItem(self.tr("Plan a call"), CALL)
        kind.setCurrentIndex(max(0, kind.findData(follow_up)))
        self.steps.setCellWidget(row, 1, kind)
        edit = date_time_edit()
        if isinstance(when, datetime):
            edit.setDateTime(to_local(when))
        else:
            day = when or default_follow_up_day(date.today())
            edit.setDateTime(QDateTime(QDate(day.year, day.month, day.day), QTime(9, 0)))
        edit.setEnabled(follow_up != NONE)
        kind.currentIndexChanged.connect(
            lambda _i, k=kind, e=edit: e.setEnabled(k.currentData() != NONE)
        )
        self.steps.setCellWidget(row, 2, edit)
        if not text:
            self.steps.setCurrentCell(row, 0)
            self.steps.editItem(self.steps.item(row, 0))
        # the new row's widgets report edits too
        for widget in (kind, edit):
            for slot in self._watchers:
                (widget.currentIndexChanged if widget is kind else widget.dateTimeChanged).connect(
                    slot
                )

    def watch_steps(self, slot) -> None:
        """Also call `slot` when a next step's follow-up or time changes."""
        self._watchers = [*self._watchers, slot]

    def _remove_step(self) -> None:
        for row in sorted({i.row() for i in self.steps.selectedIndexes()}, reverse=True):
            self.steps.removeRow(row)

    # drafts ----------------------------------------------------------------------
    def content(self) -> dict:
        steps = []
        for r in range(self.steps.rowCount()):
            item = self.steps.item(r, 0)
            kind = self.steps.cellWidget(r, 1)
            when = to_utc(self.steps.cellWidget(r, 2).dateTime())
            steps.append(
                [
                    item.text() if item else "",
                    kind.currentData(),
                    when.isoformat() if when else None,
                ]
            )
        return {
            "went_well": self.went_well.toPlainText(),
            "to_improve": self.to_improve.toPlainText(),
            "outcome": self.outcome.text(),
            "unasked": self.unasked.texts(),
            "unasked_typed": self.unasked.entry.text(),  # typed, not added yet
            "unresolved": [
                [self._cell(self.unresolved, r, 0), self._cell(self.unresolved, r, 1)]
                for r in range(self.unresolved.rowCount())
            ],
            "steps": steps,
        }

    @staticmethod
    def _cell(table: QTableWidget, row: int, col: int) -> str:
        item = table.item(row, col)
        return item.text() if item else ""

    def apply(self, content: dict) -> None:
        self.apply_input(self._input(content))
        self.unasked.entry.setText(str(content.get("unasked_typed") or ""))

    def _input(self, c: dict) -> DebriefInput:
        steps = []
        for text, kind, when in c.get("steps") or []:
            start = datetime.fromisoformat(when) if when else None
            local_day = to_local(start).date() if start else None
            due = date(local_day.year(), local_day.month(), local_day.day()) if local_day else None
            steps.append(
                NextStep(
                    str(text),
                    kind or NONE,
                    due if kind == TASK else None,
                    start if kind in (CALL, NONE) else None,
                )
            )
        return DebriefInput(
            went_well=str(c.get("went_well") or ""),
            to_improve=str(c.get("to_improve") or ""),
            outcome=str(c.get("outcome") or ""),
            unasked_questions=tuple(str(q) for q in c.get("unasked") or []),
            unresolved_objections=tuple(
                {"objection": str(o), "answer": str(a)} for o, a in c.get("unresolved") or []
            ),
            next_steps=tuple(steps),
        )

    def submit(self) -> bool:
        user = self._state.user_id
        debrief = self._input(self.content())
        # a plain note keeps no time
        debrief = DebriefInput(
            **{
                **debrief.__dict__,
                "next_steps": tuple(
                    NextStep(s.text, s.follow_up, s.due, s.start if s.follow_up == CALL else None)
                    for s in debrief.next_steps
                ),
            }
        )
        try:
            result = submit_debrief(self._db, user, self.call_id, debrief, draft_key=self.draft_key)
        except CallInputError as exc:
            self.error.show(error_text(exc))
            {"next_steps": self.steps}.get(exc.field, self.went_well).setFocus()
            return False
        self.error.clear()
        made = []
        if result.tasks:
            made.append(self.tr("%n follow-up task(s) created", "", len(result.tasks)))
        if result.calls:
            made.append(self.tr("%n next call(s) planned", "", len(result.calls)))
        self.last_result_text = "; ".join(made)
        self.saved.emit(self.call_id)
        return True

    def _ask_review(self) -> None:
        """The editor does it: it keeps every tab's unsaved text across the reload."""
        reviewer = self.reviewer.currentData()
        self.review_asked.emit(uuid.UUID(reviewer) if reviewer else None)

    def ask_review(self, reviewer_id: uuid.UUID | None) -> bool:
        user = self._state.user_id
        try:
            request_review(self._db, user, self.call_id, reviewer_id)
        except CallInputError as exc:
            self.error.show(error_text(exc))
            self.reviewer.setFocus()
            return False
        self.error.clear()
        return True

    def _open_version(self, item: QListWidgetItem) -> None:
        number = item.data(Qt.ItemDataRole.UserRole)
        for v in self._detail.versions if self._detail else []:
            if v.number == number:
                self.show_version.emit(v)
