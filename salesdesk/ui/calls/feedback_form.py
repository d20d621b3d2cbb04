"""Feedback on a debrief: the reviewer comments per section; the rep reads the comments."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.calls.errors import CallInputError
from ...core.calls.review import SECTIONS, submit_review
from ...core.domain import Role
from ..messages import arg, error_text
from ..views.common import label
from .widgets import ErrorLabel, local_text, scrolling, set_text, text_box


def section_title(section: str) -> str:
    return {
        "objective": QCoreApplication.translate("CallSections", "Objective"),
        "went_well": QCoreApplication.translate("CallSections", "What went well"),
        "to_improve": QCoreApplication.translate("CallSections", "What to improve"),
        "unasked": QCoreApplication.translate("CallSections", "Questions not asked"),
        "unresolved": QCoreApplication.translate("CallSections", "Objections unresolved"),
        "next_steps": QCoreApplication.translate("CallSections", "Next steps"),
        "overall": QCoreApplication.translate("CallSections", "Overall"),
    }[section]


def section_text(detail, section: str) -> str:
    values = {
        "objective": detail.objective or "",
        "went_well": detail.went_well or "",
        "to_improve": detail.to_improve or "",
        "unasked": "\n".join(f"• {q}" for q in detail.unasked_questions),
        "unresolved": "\n".join(
            f"• {o.get('objection', '')}" + (f" — {o['answer']}" if o.get("answer") else "")
            for o in detail.unresolved_objections
        ),
        "next_steps": "\n".join(f"• {s}" for s in detail.next_steps),
        "overall": detail.outcome or "",
    }
    return values[section]


class FeedbackForm(QWidget):
    saved = Signal(object)

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._db = state.ctx.db
        self.call_id: uuid.UUID | None = None
        self.draft_key: str | None = None
        self.status = label("", wrap=True)
        self.comments: dict[str, QPlainTextEdit] = {}
        self._shown: dict[str, object] = {}
        self._received: dict[str, object] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.addWidget(label(self.tr("Debrief"), "muted"), 0, 1)
        self.comment_header = label(self.tr("Your comment"), "muted")
        grid.addWidget(self.comment_header, 0, 2)
        for row, section in enumerate(SECTIONS, start=1):
            title = label(section_title(section))
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            shown = label("", wrap=True)
            received = label("", "ok", wrap=True)
            box = text_box(self.tr("Comment on this section"), 2)
            self.comments[section] = box
            self._shown[section] = shown
            self._received[section] = received
            cell = QVBoxLayout()
            cell.addWidget(shown)
            cell.addWidget(received)
            grid.addWidget(title, row, 0)
            grid.addLayout(cell, row, 1)
            grid.addWidget(box, row, 2)
        self.mark = QCheckBox(self.tr("Mark the debrief reviewed"))
        self.mark.setChecked(True)
        self.error = ErrorLabel()
        self.send_button = QPushButton(self.tr("Send feedback"))
        self.send_button.setToolTip(self.tr("Send the feedback (Ctrl+Return)"))
        self.send_button.clicked.connect(lambda: self.submit())
        bottom = QHBoxLayout()
        bottom.addWidget(self.error.widget, 3)
        bottom.addStretch(1)
        bottom.addWidget(self.mark)
        bottom.addWidget(self.send_button)
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addWidget(self.status)
        lay.addLayout(grid)
        lay.addLayout(bottom)
        lay.addStretch(1)
        scrolling(self, page)

    def is_reviewer(self, detail) -> bool:
        """The one asked to review, or a manager (who may stand in); never the author."""
        me = self._state.user_id
        if me is None or me == detail.owner_id:
            return False
        return detail.reviewer_id in (None, me) or self._state.role == Role.SALES_MANAGER

    def load_call(self, detail) -> None:
        self.call_id = detail.id
        me = self._state.user_id
        reviewing = self.is_reviewer(detail) and detail.debriefed_at is not None
        mine = {f.section: f.comment for f in detail.feedback if f.reviewer_id == me}
        for section in SECTIONS:
            self._shown[section].setText(section_text(detail, section) or "—")
            others = [f for f in detail.feedback if f.section == section and f.reviewer_id != me]
            self._received[section].setText(
                "\n".join(arg(self.tr("%1: %2"), f.reviewer or "", f.comment) for f in others)
            )
            self._received[section].setVisible(bool(others))
            box = self.comments[section]
            set_text(box, mine.get(section, ""))
            box.setVisible(reviewing)
        for w in (self.comment_header, self.mark, self.send_button):
            w.setVisible(reviewing)
        if detail.debriefed_at is None:
            text = self.tr("No debrief yet: feedback comes after the debrief is submitted.")
        elif detail.review_status == "reviewed":
            text = arg(
                self.tr("Reviewed by %1 on %2."),
                detail.reviewer or "",
                local_text(detail.reviewed_at),
            )
        elif detail.review_status == "requested":
            text = arg(
                self.tr("Waiting for %1's review since %2."),
                detail.reviewer or "",
                local_text(detail.review_requested_at),
            )
        else:
            text = self.tr("No review asked for yet.")
        self.status.setText(text)
        self.error.clear()

    def content(self) -> dict:
        return {s: box.toPlainText() for s, box in self.comments.items()} | {
            "_mark": self.mark.isChecked()
        }

    def apply(self, content: dict) -> None:
        for s, box in self.comments.items():
            if s in content:
                set_text(box, str(content[s]))
        self.mark.setChecked(bool(content.get("_mark", True)))

    def submit(self) -> bool:
        user = self._state.user_id
        comments = {s: box.toPlainText() for s, box in self.comments.items()}
        try:
            submit_review(
                self._db,
                user,
                self.call_id,
                comments,
                self.mark.isChecked(),
                draft_key=self.draft_key,
            )
        except CallInputError as exc:
            self.error.show(error_text(exc))
            self.comments["overall"].setFocus()
            return False
        self.error.clear()
        self.saved.emit(self.call_id)
        return True
