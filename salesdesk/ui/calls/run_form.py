"""Running a call: check in and out, tick the questions asked and the objections raised."""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
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

from ...core.calls.errors import CallInputError
from ...core.calls.running import RunInput, save_run
from ...core.models import Account
from ..messages import arg, error_text
from ..theme import icon
from ..views.common import label
from .widgets import (
    ErrorLabel,
    date_time_edit,
    local_text,
    scrolling,
    set_text,
    text_box,
    to_local,
    to_utc,
)

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class RunForm(QWidget):
    saved = Signal(object)

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._db = state.ctx.db
        self.call_id: uuid.UUID | None = None
        self.account_id: uuid.UUID | None = None
        self.draft_key: str | None = None

        self.check_in_button = QPushButton(icon("mdi6.login"), self.tr("Check &in now"))
        self.check_in_button.clicked.connect(self._check_in)
        self.check_out_button = QPushButton(icon("mdi6.logout"), self.tr("Check &out now"))
        self.check_out_button.clicked.connect(self._check_out)
        self.at_account = QCheckBox(self.tr("Record the account's location with the check-in"))
        self.has_in = QCheckBox(self.tr("Checked in at"))
        self.checked_in = date_time_edit()
        self.has_out = QCheckBox(self.tr("Checked out at"))
        self.checked_out = date_time_edit()
        self.has_in.toggled.connect(self.checked_in.setEnabled)
        self.has_out.toggled.connect(self.checked_out.setEnabled)
        self.status = label("", "muted", wrap=True)

        self.questions = QListWidget()
        self.questions.setMinimumHeight(70)
        self.questions.setMaximumHeight(160)
        self.objections = QTableWidget(0, 3)
        self.objections.setHorizontalHeaderLabels(
            [self.tr("Objection"), self.tr("Raised"), self.tr("Resolved")]
        )
        header = self.objections.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.objections.verticalHeader().hide()
        self.objections.setMinimumHeight(70)
        self.objections.setMaximumHeight(160)
        self.notes = text_box(self.tr("Quick notes during the call"), 4)
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(self.tr("What came of it, in a line"))
        self.error = ErrorLabel()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the run (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save())

        buttons = QHBoxLayout()
        buttons.addWidget(self.check_in_button)
        buttons.addWidget(self.check_out_button)
        buttons.addStretch(1)
        times = QHBoxLayout()
        times.addWidget(self.has_in)
        times.addWidget(self.checked_in, 1)
        times.addSpacing(12)
        times.addWidget(self.has_out)
        times.addWidget(self.checked_out, 1)
        form = QFormLayout()
        form.addRow(buttons)
        form.addRow(self.at_account)
        form.addRow(times)
        form.addRow(self.status)
        form.addRow(self.tr("Questions asked"), self.questions)
        form.addRow(self.tr("Objections"), self.objections)
        form.addRow(self.tr("&Notes"), self.notes)
        form.addRow(self.tr("O&utcome"), self.outcome)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error.widget, 3)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addLayout(form)
        lay.addLayout(bottom)
        lay.addStretch(1)
        scrolling(self, page)

    def load_call(self, detail) -> None:
        self.call_id = detail.id
        self.account_id = detail.account_id
        self._set_time(self.has_in, self.checked_in, detail.checked_in_at, detail.start)
        self._set_time(self.has_out, self.checked_out, detail.checked_out_at, detail.start)
        self.questions.clear()
        for q in detail.questions:
            item = QListWidgetItem(q.text)
            item.setData(Qt.ItemDataRole.UserRole, str(q.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(CHECKED if q.asked else UNCHECKED)
            self.questions.addItem(item)
        self.objections.setRowCount(0)
        for o in detail.objections:
            row = self.objections.rowCount()
            self.objections.insertRow(row)
            text = QTableWidgetItem(o.objection)
            text.setData(Qt.ItemDataRole.UserRole, str(o.id))
            text.setFlags(text.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if o.answer:
                text.setToolTip(arg(self.tr("Prepared answer: %1"), o.answer))
            self.objections.setItem(row, 0, text)
            for col, value in ((1, o.raised), (2, o.resolved)):
                tick = QTableWidgetItem()
                tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                tick.setCheckState(CHECKED if value else UNCHECKED)
                self.objections.setItem(row, col, tick)
        set_text(self.notes, detail.notes or "")
        self.outcome.setText(detail.outcome or "")
        self._show_status(detail)
        self.error.clear()

    def _set_time(self, box: QCheckBox, edit, value: datetime | None, fallback) -> None:
        box.setChecked(value is not None)
        edit.setEnabled(value is not None)
        edit.setDateTime(
            to_local(value or fallback) if (value or fallback) else QDateTime.currentDateTime()
        )

    def _show_status(self, detail) -> None:
        self.check_in_button.setEnabled(detail.checked_in_at is None)
        self.check_out_button.setEnabled(
            detail.checked_in_at is not None and detail.checked_out_at is None
        )
        if detail.checked_out_at:
            text = arg(
                self.tr("Checked in %1, out %2."),
                local_text(detail.checked_in_at),
                local_text(detail.checked_out_at, with_date=False),
            )
        elif detail.checked_in_at:
            text = arg(
                self.tr("Checked in at %1: the call is running."), local_text(detail.checked_in_at)
            )
        else:
            text = self.tr("Not checked in yet.")
        if detail.check_in_lat is not None:
            text += " " + self.tr("Location recorded.")
        self.status.setText(text)

    # actions ---------------------------------------------------------------------
    def _check_in(self) -> None:
        """Check in now: the time goes into the form and the whole form is saved, so
        notes and ticks typed before are saved with it (one transaction)."""
        location = None
        if self.at_account.isChecked() and self.account_id:
            with self._db.read() as s:
                account = s.get(Account, self.account_id)
                if account is not None and account.lat is not None:
                    location = (account.lat, account.lon)
        self.has_in.setChecked(True)
        self.checked_in.setDateTime(QDateTime.currentDateTime())
        self.save(location)

    def _check_out(self) -> None:
        self.has_out.setChecked(True)
        self.checked_out.setDateTime(QDateTime.currentDateTime())
        self.save()

    def content(self) -> dict:
        def iso(box, edit):
            value = to_utc(edit.dateTime()) if box.isChecked() else None
            return value.isoformat() if value else None

        return {
            "checked_in_at": iso(self.has_in, self.checked_in),
            "checked_out_at": iso(self.has_out, self.checked_out),
            "notes": self.notes.toPlainText(),
            "outcome": self.outcome.text(),
            "asked": {
                self.questions.item(i).data(Qt.ItemDataRole.UserRole): self.questions.item(
                    i
                ).checkState()
                == CHECKED
                for i in range(self.questions.count())
            },
            "objections": {
                self.objections.item(r, 0).data(Qt.ItemDataRole.UserRole): [
                    self.objections.item(r, 1).checkState() == CHECKED,
                    self.objections.item(r, 2).checkState() == CHECKED,
                ]
                for r in range(self.objections.rowCount())
            },
        }

    def apply(self, content: dict) -> None:
        for key, box, edit in (
            ("checked_in_at", self.has_in, self.checked_in),
            ("checked_out_at", self.has_out, self.checked_out),
        ):
            value = content.get(key)
            box.setChecked(bool(value))
            if value:
                edit.setDateTime(to_local(datetime.fromisoformat(value)))
        set_text(self.notes, str(content.get("notes") or ""))
        self.outcome.setText(str(content.get("outcome") or ""))
        asked = content.get("asked") or {}
        for i in range(self.questions.count()):
            item = self.questions.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in asked:
                item.setCheckState(
                    CHECKED if asked[item.data(Qt.ItemDataRole.UserRole)] else UNCHECKED
                )
        ticks = content.get("objections") or {}
        for r in range(self.objections.rowCount()):
            key = self.objections.item(r, 0).data(Qt.ItemDataRole.UserRole)
            if key in ticks:
                for col, value in ((1, ticks[key][0]), (2, ticks[key][1])):
                    self.objections.item(r, col).setCheckState(CHECKED if value else UNCHECKED)

    def save(self, location: tuple[float, float] | None = None) -> bool:
        c = self.content()
        run = RunInput(
            checked_in_at=datetime.fromisoformat(c["checked_in_at"])
            if c["checked_in_at"]
            else None,
            checked_out_at=datetime.fromisoformat(c["checked_out_at"])
            if c["checked_out_at"]
            else None,
            notes=c["notes"],
            outcome=c["outcome"],
            asked={uuid.UUID(k): v for k, v in c["asked"].items()},
            objections={uuid.UUID(k): (v[0], v[1]) for k, v in c["objections"].items()},
            check_in_lat=location[0] if location else None,
            check_in_lon=location[1] if location else None,
        )
        user = self._state.user_id
        try:
            save_run(self._db, user, self.call_id, run, draft_key=self.draft_key)
        except CallInputError as exc:
            self.error.show(error_text(exc))
            (self.checked_out if exc.field == "check_out" else self.notes).setFocus()
            return False
        self.error.clear()
        self.saved.emit(self.call_id)
        return True
