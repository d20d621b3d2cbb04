"""The Calls view: the calls list, reviews waiting for me, the team's debriefs; one call open.

Left, the lists; right, the open call (plan, run, debrief, feedback). Ctrl+N plans a new
call; a new plan left unsaved (the window closed, the process killed) is offered back.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.calls.drafts import discard_draft, list_drafts
from ...core.calls.listing import CallQuery, call_ids
from ...core.domain import Role
from ...core.models import Account, utcnow
from ..calls.calendar import export_planned, import_meetings
from ..calls.editor import NEW_PLAN_PREFIX, CallEditor
from ..calls.widgets import local_text
from ..messages import arg
from ..theme import icon
from .call_list import CallListPanel
from .common import label
from .review_panels import ReviewQueuePanel, TeamDebriefsPanel


class CallsView(QWidget):
    status_changed = Signal(str)

    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = app_state
        self._db = app_state.ctx.db

        self.new_button = QPushButton(icon("mdi6.plus"), self.tr("&New call"))
        self.new_button.setToolTip(self.tr("Plan a new call (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_call())
        self._jobs: list = []
        self.calendar_button = QToolButton()
        self.calendar_button.setText(self.tr("Calendar"))
        self.calendar_button.setIcon(icon("mdi6.calendar-sync-outline"))
        self.calendar_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.calendar_button)
        menu.addAction(
            self.tr("Export planned calls (.ics)…"),
            lambda: export_planned(self, app_state, self._jobs),
        )
        menu.addAction(
            self.tr("Import meetings as calls (.ics)…"),
            lambda: import_meetings(self, app_state, self._jobs),
        )
        self.calendar_button.setMenu(menu)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Calls"), "title"))
        top.addStretch(1)
        top.addWidget(self.calendar_button)
        top.addWidget(self.new_button)

        self.resume = QFrame()
        self.resume.setProperty("role", "banner")
        self.resume_text = label("", wrap=True)
        resume_button = QPushButton(self.tr("Resume"))
        resume_button.clicked.connect(self._resume_new_plan)
        self._resume_draft = None
        drop_button = QPushButton(self.tr("Discard"))
        drop_button.clicked.connect(self._drop_new_plan)
        row = QHBoxLayout(self.resume)
        row.addWidget(self.resume_text, 1)
        row.addWidget(resume_button)
        row.addWidget(drop_button)

        self.history = QFrame()
        self.history.setProperty("role", "banner")
        self.history_text = label("", wrap=True)
        show_all = QPushButton(self.tr("Show all calls"))
        show_all.clicked.connect(lambda: self.show_account(None))
        history_row = QHBoxLayout(self.history)
        history_row.addWidget(self.history_text, 1)
        history_row.addWidget(show_all)
        self.history.hide()

        self.list = CallListPanel(app_state)
        self.list.open_call.connect(self.open_call)
        self.list.current_call_changed.connect(self._on_current)
        self.reviews = ReviewQueuePanel(app_state)
        self.reviews.open_call.connect(lambda cid: self.open_call(cid))
        self.lists = QTabWidget()
        self.lists.addTab(self.list, self.tr("All calls"))
        self.lists.addTab(self.reviews, self.tr("Reviews for me"))
        self.team = None
        if app_state.role == Role.SALES_MANAGER:
            self.team = TeamDebriefsPanel(app_state)
            self.lists.addTab(self.team, self.tr("Team debriefs"))

        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(16, 12, 8, 8)
        left_lay.addLayout(top)
        left_lay.addWidget(self.resume)
        left_lay.addWidget(self.history)
        left_lay.addWidget(self.lists, 1)

        self.editor = CallEditor(app_state)
        self.editor.changed.connect(self._on_saved)
        self.editor.message.connect(self.status_changed)
        empty = label(
            self.tr(
                "Select a call to see its plan, run, debrief and feedback,\n"
                "or press Ctrl+N to plan a new one."
            ),
            "muted",
        )
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(empty)
        self.right.addWidget(self.editor)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.right)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 6)
        split.setChildrenCollapsible(False)
        split.setSizes([480, 600])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)

        QShortcut(QKeySequence.StandardKey.New, self, lambda: self.new_call())
        self._show_resume()
        self._open_next_call()

    def _open_next_call(self) -> None:
        """Land on the day: the user's next call from now, else their latest one."""
        me = self._state.user_id
        if me is None:
            return
        now = utcnow()
        upcoming = call_ids(
            self._db, CallQuery(owner_id=me, date_from=now - timedelta(hours=2), descending=False)
        )
        latest = upcoming[:1] or call_ids(self._db, CallQuery(owner_id=me))[:1]
        if latest:
            self.open_call(latest[0])

    # opening -----------------------------------------------------------------------
    def open_call(self, call_id: uuid.UUID, tab: int | None = None) -> None:
        self.right.setCurrentWidget(self.editor)
        self.editor.open_call(call_id, tab)
        self.list.select_call(call_id)

    def new_call(self, account_id: uuid.UUID | None = None) -> None:
        self.right.setCurrentWidget(self.editor)
        self.editor.new_call(account_id)
        self._show_resume()

    def show_account(self, account_id: uuid.UUID | None) -> None:
        """List one account's calls (its call history), or every call again with None."""
        self.lists.setCurrentWidget(self.list)
        self.list.set_account(account_id)
        if account_id is None:
            self.history.hide()
            return
        with self._db.read() as s:
            account = s.get(Account, account_id)
        self.history_text.setText(
            arg(self.tr("Call history of %1"), account.name if account else "")
        )
        self.history.show()

    def _on_current(self, call_id) -> None:
        if call_id is not None and call_id != self.editor.call_id:
            self.open_call(call_id)

    def _on_saved(self, call_id) -> None:
        self.list.select_call(call_id)
        self._show_resume()

    def _show_resume(self) -> None:
        """Offer back the newest new-call plan left unsaved (closed, or killed)."""
        user = self._state.user_id
        drafts = list_drafts(self._db, user, NEW_PLAN_PREFIX)
        editing = self.right.currentWidget() is self.editor and self.editor.call_id is None
        self._resume_draft = None
        if editing:
            drafts = [d for d in drafts if d.key != self.editor.plan.draft_key]
        if not drafts:
            self.resume.hide()
            return
        self._resume_draft = drafts[0]
        account = str(drafts[0].content.get("account") or "") or self.tr("no account yet")
        self.resume_text.setText(
            arg(
                self.tr("A new call plan (%1) was not saved: last typed %2."),
                account,
                local_text(drafts[0].saved_at),
            )
        )
        self.resume.show()

    def _resume_new_plan(self) -> None:
        draft = self._resume_draft
        if draft is None:
            return
        self.right.setCurrentWidget(self.editor)
        account = draft.content.get("account_id")
        self.editor.new_call(uuid.UUID(account) if account else None, draft_key=draft.key)
        self._show_resume()

    def _drop_new_plan(self) -> None:
        user = self._state.user_id
        if self._resume_draft is not None:
            discard_draft(self._db, user, self._resume_draft.key)
        self._show_resume()

    def shutdown(self) -> None:
        """The window is closing: write what is still only in the forms."""
        self.editor.flush()
