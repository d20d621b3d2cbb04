"""One account's handoff: start it choosing the account manager, write the briefing,
send it, the questions and answers, accept it (the recipient only); both sides see its
status. Who may do what follows core/plans/handoffs.py; buttons only show what is allowed."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.domain import HandoffStatus
from ...core.plans import handoffs as flow
from ...core.plans.errors import PlanInputError
from ..calls.widgets import local_text, scrolling, set_text, text_box
from ..messages import arg, error_text
from ..theme import icon
from ..views.common import Card, label
from .labels import handoff_status_title

PARTS = ("insights", "commitments", "key_contacts", "open_issues", "first_steps")


class HandoffPanel(QWidget):
    changed = Signal(object)  # the handoff's id, after any step
    message = Signal(str)  # a line for the status bar

    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = app_state
        self._db = app_state.ctx.db
        self.account_id: uuid.UUID | None = None
        self.detail: flow.HandoffDetail | None = None
        self._errors: dict[str, QLabel] = {}

        self.status = label("", "chip")
        self.summary = label("", wrap=True)
        head = QHBoxLayout()
        head.addWidget(self.status)
        head.addWidget(self.summary, 1)

        self.start_box = Card(self.tr("Hand the account to an account manager"))
        self.start_text = label("", "muted", wrap=True)
        self.start_to = QComboBox()
        self.start_button = QPushButton(
            icon("mdi6.account-arrow-right-outline"), self.tr("Start handoff")
        )
        self.start_button.clicked.connect(self.start)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_to, 1)
        start_row.addWidget(self.start_button)
        self.start_box.body.addWidget(self.start_text)
        self.start_box.body.addLayout(start_row)

        self.briefing = Card(self.tr("Briefing"))
        self.recipient = QComboBox()
        self.boxes = {
            "insights": text_box(self.tr("What you learnt about the customer during the sale"), 3),
            "commitments": text_box(self.tr("What was promised: prices, service, dates"), 2),
            "key_contacts": text_box(self.tr("Who matters, and how they like to be dealt with"), 3),
            "open_issues": text_box(self.tr("What is not settled yet, and what could go wrong"), 2),
            "first_steps": text_box(self.tr("One step per line: each becomes a plan action"), 3),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self._form = form
        self._row(self.tr("Account &manager"), self.recipient, "recipient")
        titles = (
            self.tr("&Insights from the sale"),
            self.tr("&Commitments made"),
            self.tr("&Key contacts and their preferences"),
            self.tr("&Open issues and risks"),
            self.tr("&First steps recommended"),
        )
        for name, title in zip(PARTS, titles, strict=True):
            self._row(title, self.boxes[name], name)
        self.briefing.body.addLayout(form)
        self.save_button = QPushButton(icon("mdi6.content-save-outline"), self.tr("Save briefing"))
        self.save_button.clicked.connect(lambda: self.save_briefing())
        self.send_button = QPushButton(
            icon("mdi6.send-outline"), self.tr("Send to account manager")
        )
        self.send_button.clicked.connect(self.send)
        self.accept_button = QPushButton(
            icon("mdi6.check-decagram-outline"), self.tr("Accept handoff")
        )
        self.accept_button.setToolTip(
            self.tr("Take the account over: you become its owner and account manager")
        )
        self.accept_button.clicked.connect(self.accept)
        self.error = label("", "error", wrap=True)
        self.error.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 3)
        buttons.addStretch(1)
        for button in (self.save_button, self.send_button, self.accept_button):
            buttons.addWidget(button)
        self.briefing.body.addLayout(buttons)

        self.thread_card = Card(self.tr("Questions and answers"))
        self.thread = QListWidget()
        self.thread.setWordWrap(True)
        self.thread.setAlternatingRowColors(True)
        self.thread.setMinimumHeight(90)
        self.thread_empty = label(self.tr("No questions so far."), "muted")
        self.entry = text_box("", 2)
        self.post_button = QPushButton(icon("mdi6.message-reply-text-outline"), "")
        self.post_button.clicked.connect(self.post)
        self._errors["message"] = label("", "error", wrap=True)
        self._errors["message"].hide()
        post_row = QHBoxLayout()
        post_row.addWidget(self.entry, 1)
        post_row.addWidget(self.post_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.thread_card.body.addWidget(self.thread_empty)
        self.thread_card.body.addWidget(self.thread)
        self.thread_card.body.addLayout(post_row)
        self.thread_card.body.addWidget(self._errors["message"])

        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(12, 10, 12, 10)
        lay.setSpacing(12)
        lay.addLayout(head)
        lay.addWidget(self.start_box)
        lay.addWidget(self.briefing)
        lay.addWidget(self.thread_card)
        lay.addStretch(1)
        scrolling(self, page)
        self._typed = False
        for box in self.boxes.values():
            box.textChanged.connect(self._edited)
        self.entry.textChanged.connect(self._clear_errors)

    def _row(self, text: str, field: QWidget, name: str) -> None:
        caption = QLabel(text)
        caption.setBuddy(field)
        self._form.addRow(caption, field)
        error = label("", "error", wrap=True)
        error.hide()
        self._form.addRow(error)
        self._errors[name] = error

    # loading -----------------------------------------------------------------------
    def load(self, account_id: uuid.UUID) -> None:
        """Show the account's open handoff, else its latest one, else the start box."""
        self.account_id = account_id
        rows = flow.account_handoffs(self._db, account_id)
        self.detail = flow.handoff_detail(self._db, rows[0].id) if rows else None
        managers = flow.account_managers(self._db)
        me = self._state.user_id
        for combo in (self.start_to, self.recipient):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Choose an account manager…"), None)
            for user_id, name in managers:
                if user_id != me or combo is self.recipient:
                    combo.addItem(name, str(user_id))
            combo.blockSignals(False)
        self._clear_errors()
        self.entry.clear()
        self._show()
        self._typed = False

    def typing(self) -> bool:
        """True while the user has words here not yet saved or sent."""
        return self._typed or bool(self.entry.toPlainText().strip())

    def _edited(self) -> None:
        if not any(box.isReadOnly() for box in self.boxes.values()):
            self._typed = True
        self._clear_errors()

    def _show(self) -> None:
        d, me = self.detail, self._state.user_id
        status = d.row.status if d else None
        finished = d is None or status == HandoffStatus.ACCEPTED
        self.start_box.setVisible(finished)
        self.start_text.setText(
            self.tr("This account has no handoff yet.")
            if d is None
            else self.tr("The last handoff was accepted. Start a new one to hand the account on.")
        )
        self.status.setVisible(d is not None)
        self.briefing.setVisible(d is not None)
        self.thread_card.setVisible(d is not None and (bool(d.messages) or not finished))
        if d is None:
            self.summary.setText("")
            return
        row = d.row
        sender = row.from_user_id is None or row.from_user_id == me
        recipient = row.to_user_id is not None and row.to_user_id == me
        self.status.setText(handoff_status_title(status))
        self.summary.setText(self._summary(row, sender, recipient))
        self.recipient.setCurrentIndex(
            max(0, self.recipient.findData(str(row.to_user_id) if row.to_user_id else None))
        )
        self.recipient.setEnabled(sender and status == HandoffStatus.DRAFT)
        for name, box in self.boxes.items():
            set_text(box, getattr(d.briefing, name) or "")
            box.setReadOnly(not sender or finished)
        self.save_button.setVisible(sender and not finished)
        self.send_button.setVisible(sender and status == HandoffStatus.DRAFT)
        can_accept = recipient and status in (HandoffStatus.SENT, HandoffStatus.QUESTIONS)
        self.accept_button.setVisible(can_accept)
        self.thread.clear()
        for m in d.messages:
            head = arg(self.tr("%1 · %2"), m.author or self.tr("unknown"), local_text(m.created_at))
            item = QListWidgetItem(f"{head}\n{m.body}")
            self.thread.addItem(item)
        self.thread_empty.setVisible(not d.messages)
        self.thread.setVisible(bool(d.messages))
        asking = recipient and status in (HandoffStatus.SENT, HandoffStatus.QUESTIONS)
        answering = sender and status == HandoffStatus.QUESTIONS
        for widget in (self.entry, self.post_button):
            widget.setVisible(asking or answering)
        self.post_button.setText(self.tr("Ask") if asking else self.tr("Answer"))
        self.entry.setPlaceholderText(
            self.tr("Ask the rep a question about the account")
            if asking
            else self.tr("Answer the account manager's questions")
        )

    def _summary(self, row: flow.HandoffRow, sender: bool, recipient: bool) -> str:
        rep = row.from_user or self.tr("the rep")
        manager = row.to_user or self.tr("an account manager not chosen yet")
        lines = [arg(self.tr("From %1 to %2."), rep, manager)]
        if row.deal:
            lines.append(arg(self.tr("After the deal %1 was won."), row.deal))
        if row.status == HandoffStatus.ACCEPTED:
            lines.append(arg(self.tr("Accepted %1."), local_text(row.accepted_at)))
        elif row.waiting_on == "recipient":
            lines.append(
                self.tr("Waiting for you to accept it or ask a question.")
                if recipient
                else arg(self.tr("Sent %1; waiting for %2."), local_text(row.sent_at), manager)
            )
        elif row.status == HandoffStatus.QUESTIONS:
            lines.append(
                self.tr("The account manager asked a question: answer it below.")
                if sender
                else arg(self.tr("Waiting for %1 to answer your question."), rep)
            )
        else:
            lines.append(
                self.tr("A draft: write the briefing and send it.")
                if sender
                else arg(self.tr("%1 is still writing the briefing."), rep)
            )
        return " ".join(lines)

    # the steps ----------------------------------------------------------------------
    def start(self) -> None:
        to = self.start_to.currentData()
        self._step(
            lambda: flow.start_handoff(
                self._db, self.account_id, uuid.UUID(to) if to else None, self._state.user_id
            )
        )

    def save_briefing(self, quiet: bool = False) -> bool:
        if self.detail is None:
            return False
        to = self.recipient.currentData()
        briefing = flow.Briefing(**{n: self.boxes[n].toPlainText() for n in PARTS})
        return self._step(
            lambda: flow.save_briefing(
                self._db,
                self.detail.row.id,
                self._state.user_id,
                briefing,
                uuid.UUID(to) if to else None,
            ),
            None if quiet else self.tr("Briefing saved."),
        )

    def send(self) -> None:
        if self.detail is not None and self.save_briefing(quiet=True):
            self._step(
                lambda: flow.send(self._db, self.detail.row.id, self._state.user_id),
                self.tr("Handoff sent to the account manager."),
            )

    def post(self) -> None:
        if self.detail is None:
            return
        text, hid, me = self.entry.toPlainText(), self.detail.row.id, self._state.user_id
        if self.detail.row.to_user_id == me:
            self._step(lambda: flow.ask(self._db, hid, me, text), self.tr("Question sent."))
        else:
            self._step(lambda: flow.answer(self._db, hid, me, text), self.tr("Answer sent."))

    def accept(self) -> None:
        if self.detail is None:
            return
        hid = self.detail.row.id
        result: list = []
        if self._step(lambda: result.append(flow.accept(self._db, hid, self._state.user_id))):
            done = result[0]
            text = (
                self.tr(
                    "You now manage %1. The account plan was started with %n action(s).",
                    "",
                    done.actions_added,
                )
                if done.plan_started
                else self.tr(
                    "You now manage %1. The account plan got %n new action(s).",
                    "",
                    done.actions_added,
                )
            )
            self.message.emit(arg(text, self.detail.row.account))

    def _step(self, action, done_text: str | None = None) -> bool:
        self._clear_errors()
        try:
            action()
        except PlanInputError as exc:
            target = self._errors.get(exc.field, self.error)
            target.setText(error_text(exc))
            target.show()
            return False
        self.load(self.account_id)
        if done_text:
            self.message.emit(done_text)
        self.changed.emit(self.detail.row.id if self.detail else None)
        return True

    def _clear_errors(self, *_args: object) -> None:
        self.error.hide()
        for error in self._errors.values():
            error.hide()
