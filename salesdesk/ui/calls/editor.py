"""One call, from plan to feedback: a header and four tabs, every form autosaved.

Each form keeps a draft under its own key ("plan:<call>", "run:<call>", "debrief:<call>",
"review:<call>"; a new call's plan is "plan:new"). Opening a call with a draft puts the
unsaved text back and says so, with a way to throw it away.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.calls.detail import CallDetail, call_detail
from ...core.calls.drafts import load_draft
from ...core.calls.errors import CallInputError
from ...core.calls.running import cancel_call
from ...core.domain import CallStage, CallType
from ...core.models import utcnow
from ..labels import call_stage_title, call_type_title
from ..messages import arg, error_text
from ..views.common import label
from .autosave import DraftKeeper
from .debrief_form import DebriefForm
from .feedback_form import FeedbackForm, section_title
from .plan_form import PlanForm
from .run_form import RunForm
from .widgets import local_text, watch

PLAN, RUN, DEBRIEF, FEEDBACK = range(4)
# Time spent in these forms goes to the time audit (automatic): from opening the tab
# (or the last save) to saving it, capped at an hour (core.automation.timeaudit).
FORM_TIME = {PLAN: ("planning", "call_plan_form"), DEBRIEF: ("admin", "call_debrief_form")}
NEW_PLAN_PREFIX = "plan:new:"  # + the account the new plan was started for, or "any"


def new_plan_key(account_id: uuid.UUID | None) -> str:
    return f"{NEW_PLAN_PREFIX}{account_id or 'any'}"


class CallEditor(QWidget):
    changed = Signal(object)  # call id after a save
    message = Signal(str)  # a line for the status bar

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._db = state.ctx.db
        self.call_id: uuid.UUID | None = None
        self.detail: CallDetail | None = None
        self._new_key = new_plan_key(None)
        user = state.user_id

        self.title = label("", "title")
        self.subtitle = label("", "subtitle", wrap=True)
        self.stage = label("", "chip")
        self.cancel_button = QPushButton(self.tr("Cancel call"))
        self.cancel_button.clicked.connect(self._cancel)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(self.stage, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignTop)

        self.banner = QFrame()
        self.banner.setProperty("role", "banner")
        self.banner_text = label("", wrap=True)
        discard = QPushButton(self.tr("Discard unsaved changes"))
        discard.clicked.connect(self._discard_drafts)
        row = QHBoxLayout(self.banner)
        row.addWidget(self.banner_text, 1)
        row.addWidget(discard)
        self.banner.hide()
        self.draft_state = label("", "muted")

        self.plan = PlanForm(state)
        self.run = RunForm(state)
        self.debrief = DebriefForm(state)
        self.feedback = FeedbackForm(state)
        self.forms = (self.plan, self.run, self.debrief, self.feedback)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.plan, self.tr("&Plan"))
        self.tabs.addTab(self.run, self.tr("&Run"))
        self.tabs.addTab(self.debrief, self.tr("&Debrief"))
        self.tabs.addTab(self.feedback, self.tr("&Feedback"))
        self.tabs.currentChanged.connect(lambda _i: self.flush())
        self._form_since: tuple[int, datetime] | None = None
        self.tabs.currentChanged.connect(self._start_form_clock)

        self.keepers: list[DraftKeeper] = []
        for form in self.forms:
            keeper = DraftKeeper(self._db, user, form.content, self)
            keeper.saved.connect(self._on_draft_saved)
            keeper.failed.connect(self._on_draft_failed)
            watch(form, keeper.changed)
            form.saved.connect(self._on_saved)
            self.keepers.append(keeper)
        self.debrief.watch_steps(self.keepers[DEBRIEF].changed)
        self.plan.questions.changed.connect(self.keepers[PLAN].changed)
        self.debrief.unasked.changed.connect(self.keepers[DEBRIEF].changed)
        self.plan.edited.connect(self.keepers[PLAN].changed)
        self.debrief.show_version.connect(self._show_version)
        self.debrief.review_asked.connect(
            lambda reviewer: self._act(lambda: self.debrief.ask_review(reviewer))
        )

        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 8)
        lay.addLayout(head)
        lay.addWidget(self.banner)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.draft_state)

        QShortcut(QKeySequence.StandardKey.Save, self, self.save_current)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit_current)

    # opening -----------------------------------------------------------------------
    def new_call(
        self,
        account_id: uuid.UUID | None = None,
        start: datetime | None = None,
        draft_key: str | None = None,
    ) -> None:
        """Plan a new call (for `account_id`); its draft is kept under `draft_key`
        (default: one per account), and an unsaved one is put back."""
        self.flush()
        self.call_id, self.detail = None, None
        self._new_key = draft_key or new_plan_key(account_id)
        self._pause()
        try:
            self.plan.load_new(account_id, start)
            self._set_keys(None)
            draft = load_draft(self._db, self._user(), self._new_key)
            if draft is not None:
                self.plan.apply(draft.content)
        finally:
            self._resume()
        self._show_banner([PLAN] if draft else [], draft.saved_at if draft else None)
        self.title.setText(self.tr("New call"))
        self.subtitle.setText(self.tr("Plan the call: account, time, objective, questions."))
        self.stage.setText(call_stage_title(CallStage.PLANNED))
        self.cancel_button.hide()
        for i in (RUN, DEBRIEF, FEEDBACK):
            self.tabs.setTabEnabled(i, False)
        self.tabs.setCurrentIndex(PLAN)
        self._start_form_clock(PLAN)
        self.plan.account.setFocus()

    def open_call(self, call_id: uuid.UUID, tab: int | None = None) -> None:
        if call_id != self.call_id:
            self.flush()
        try:
            detail = call_detail(self._db, call_id)
        except CallInputError as exc:
            self.message.emit(error_text(exc))
            return
        first = call_id != self.call_id
        self.call_id, self.detail = call_id, detail
        self._set_keys(call_id)
        restored: list[int] = []
        newest = None
        self._pause()
        try:
            for form in self.forms:
                form.load_call(detail)
            for i, (form, keeper) in enumerate(zip(self.forms, self.keepers, strict=True)):
                draft = load_draft(self._db, self._user(), keeper.key)
                if draft is not None:
                    form.apply(draft.content)
                    restored.append(i)
                    newest = max(newest or draft.saved_at, draft.saved_at)
        finally:
            self._resume()
        self._show_banner(restored, newest)
        self._show_header(detail)
        for i in (RUN, DEBRIEF, FEEDBACK):
            self.tabs.setTabEnabled(i, True)
        if tab is not None:
            self.tabs.setCurrentIndex(tab)
        elif first:
            self.tabs.setCurrentIndex(restored[0] if restored else self.natural_tab(detail))
        self._start_form_clock(self.tabs.currentIndex())

    def natural_tab(self, d: CallDetail) -> int:
        """Where the user most likely wants to be for a call in this state."""
        me = self._user()
        if d.stage in (CallStage.DEBRIEFED, CallStage.REVIEWED):
            return FEEDBACK if (me != d.owner_id or d.stage == CallStage.REVIEWED) else DEBRIEF
        if d.stage == CallStage.DONE:
            return DEBRIEF
        if d.stage == CallStage.IN_PROGRESS:
            return RUN
        if d.stage == CallStage.PLANNED and d.start and d.start < utcnow():
            return DEBRIEF if d.checked_in_at is None and d.call_type != CallType.VISIT else RUN
        return PLAN

    def _show_header(self, d: CallDetail) -> None:
        self.title.setText(d.account)
        parts = [call_type_title(d.call_type), local_text(d.start)]
        if d.city:
            parts.append(d.city)
        if d.owner:
            parts.append(d.owner)
        if d.created_by_rule:
            parts.append(self.tr("created automatically from a debrief's next step"))
        self.subtitle.setText(" · ".join(p for p in parts if p))
        self.stage.setText(call_stage_title(d.stage))
        self.cancel_button.setVisible(d.stage in (CallStage.PLANNED, CallStage.IN_PROGRESS))

    # drafts ------------------------------------------------------------------------
    def _user(self) -> uuid.UUID | None:
        return self._state.user_id

    def _set_keys(self, call_id: uuid.UUID | None) -> None:
        names = ("plan", "run", "debrief", "review")
        for form, keeper, name in zip(self.forms, self.keepers, names, strict=True):
            key = f"{name}:{call_id}" if call_id else (self._new_key if name == "plan" else None)
            keeper.set_key(key)
            form.draft_key = key

    def _pause(self) -> None:
        for keeper in self.keepers:
            keeper.pause()

    def _resume(self) -> None:
        for keeper in self.keepers:
            keeper.resume()

    def flush(self) -> None:
        """Write every pending draft now (switching tab, call or view; closing)."""
        for keeper in self.keepers:
            keeper.flush()

    def _show_banner(self, restored: list[int], at) -> None:
        if not restored:
            self.banner.hide()
            return
        names = ", ".join(self.tabs.tabText(i).replace("&", "") for i in restored)
        self.banner_text.setText(
            arg(self.tr("Unsaved changes to %1 from %2 were restored."), names, local_text(at))
        )
        self.banner.show()

    def _discard_drafts(self) -> None:
        for keeper in self.keepers:
            keeper.discard()
        self.banner.hide()
        if self.call_id is not None:
            self.open_call(self.call_id, self.tabs.currentIndex())
        else:
            self.new_call(self.plan.account.account_id, draft_key=self._new_key)

    def _on_draft_saved(self) -> None:
        self.draft_state.setText(
            arg(self.tr("Draft saved %1"), local_text(utcnow(), with_date=False))
        )

    def _on_draft_failed(self, text: str) -> None:
        self.draft_state.setText(arg(self.tr("Draft NOT saved: %1"), text))

    # actions -----------------------------------------------------------------------
    def save_current(self) -> None:
        index = self.tabs.currentIndex()
        if index in (PLAN, RUN):
            (self.plan if index == PLAN else self.run).save()
        else:
            self.submit_current()

    def submit_current(self) -> None:
        index = self.tabs.currentIndex()
        if index == DEBRIEF:
            self.debrief.submit()
        elif (
            index == FEEDBACK and self.detail is not None and self.feedback.is_reviewer(self.detail)
        ):
            self.feedback.submit()
        elif index in (PLAN, RUN):
            (self.plan if index == PLAN else self.run).save()

    def _on_saved(self, call_id) -> None:
        """A form saved its content (and its draft went in the same transaction): reload
        the call. What the other tabs hold unsaved is written to their drafts first, so
        the reload puts it back."""
        sender = self.sender()
        index = self.forms.index(sender) if sender in self.forms else self.tabs.currentIndex()
        self.keepers[index].forget()
        for i, keeper in enumerate(self.keepers):
            if i != index:
                keeper.flush()
        self._record_form_time(index)
        self.open_call(call_id, self.tabs.currentIndex())  # restarts the form clock
        text = {
            PLAN: self.tr("Plan saved."),
            RUN: self.tr("Call saved."),
            DEBRIEF: self.tr("Debrief saved."),
            FEEDBACK: self.tr("Feedback sent."),
        }[index]
        if sender is self.debrief and self.debrief.last_result_text:
            text += " " + self.debrief.last_result_text + "."
            self.debrief.last_result_text = ""
        self.draft_state.setText(text)
        self.message.emit(text)
        self.changed.emit(call_id)

    def _start_form_clock(self, index: int) -> None:
        self._form_since = (index, utcnow()) if index in FORM_TIME else None

    def _record_form_time(self, index: int) -> None:
        """The time since the form was opened (or last saved), for the time audit. Never
        in the way of the save: a failure here is only left out of the audit."""
        since, user = self._form_since, self._user()
        if since is None or since[0] != index or user is None:
            return
        from ...core.automation.timesheet import record_form_time
        from ...core.errors import DatabaseError, SalesDeskError

        category, note = FORM_TIME[index]
        minutes = round((utcnow() - since[1]).total_seconds() / 60)
        try:
            record_form_time(self._db, user, category, since[1], minutes, note)
        except (SalesDeskError, *DatabaseError):
            pass

    def _cancel(self) -> None:
        if self.call_id is None:
            return
        self._act(lambda: cancel_call(self._db, self.call_id))

    def _act(self, fn) -> None:
        """An action that changes the call but saves no form (cancel, ask for a review):
        every form's unsaved text goes to its draft first and is put back after."""
        self.flush()
        try:
            if fn() is False:  # refused, and the form says why
                return
        except CallInputError as exc:
            self.message.emit(error_text(exc))
            return
        self.open_call(self.call_id)
        self.changed.emit(self.call_id)

    def _show_version(self, version) -> None:
        c = version.content
        lines = [
            arg(
                self.tr("Version %1 · %2 · %3"),
                version.number,
                local_text(version.at),
                version.author or "",
            )
        ]
        for key, section in (
            ("went_well", "went_well"),
            ("to_improve", "to_improve"),
            ("outcome", "overall"),
        ):
            lines += ["", section_title(section), c.get(key) or "—"]
        lines += ["", section_title("unasked")] + [
            f"• {q}" for q in c.get("unasked_questions") or []
        ]
        lines += ["", section_title("unresolved")] + [
            f"• {o.get('objection', '')}" for o in c.get("unresolved_objections") or []
        ]
        lines += ["", section_title("next_steps")] + [
            f"• {s.get('text', '')}" for s in c.get("next_steps") or []
        ]
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Debrief version"))
        text = QPlainTextEdit("\n".join(lines))
        text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        lay = QVBoxLayout(dialog)
        lay.addWidget(text)
        lay.addWidget(buttons)
        dialog.resize(520, 480)
        dialog.exec()

    def hideEvent(self, event) -> None:
        self.flush()
        super().hideEvent(event)
