"""Qualifying one lead: its details, the framework's questions in order, the score and the
verdict updating as answers change; save, qualify (confirming an account match) or
disqualify with a reason. A qualified lead shows the records it became, read-only.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.domain import LeadStatus
from ...core.errors import SalesDeskError
from ...core.leads import icp, qualify
from ...core.leads.scoring import AnswerError, Assessment, Verdict
from ..calls.widgets import scrolling
from ..messages import arg, error_text
from ..models.lead_table import status_title
from ..theme import icon
from ..views.common import Card, label
from .lead_summary import ConversionCard, LeadSummary, record_names
from .match_dialog import MatchDialog
from .question_rows import QuestionRow
from .reason_dialog import ReasonDialog
from .score_bar import ScoreBar, verdict_text

# The managed reason a knock-out suggests (used only when the list still has it).
SUGGESTED_REASONS = {
    icp.ICP_CRITERION: "poor fit",
    "decision_maker": "not decision maker",
    "budget": "no budget",
    "need": "no need",
    "timing": "timing",
}


class QualifyForm(QWidget):
    edit_requested = Signal(object)  # lead id
    message = Signal(str)
    plan_call = Signal(object)  # account id
    account_calls = Signal(object)  # account id

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._db = state.ctx.db
        self.file: qualify.LeadFile | None = None
        self.assessment: Assessment | None = None
        self.rows: dict[str, QuestionRow] = {}
        self.last_conversion: qualify.Conversion | None = None

        self.title = label("", wrap=True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.status = label("", "chip")
        self.edit_button = QPushButton(icon("mdi6.pencil-outline"), self.tr("Edit details"))
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.lead_id))
        self.framework = label("", "muted", wrap=True)
        self.banner = QFrame()
        self.banner.setProperty("role", "banner")
        self.banner_text = label("", wrap=True)
        self.reopen_button = QPushButton(self.tr("&Reopen"))
        self.reopen_button.setToolTip(self.tr("Take the lead back into work"))
        self.reopen_button.clicked.connect(lambda: self.reopen())
        banner_row = QHBoxLayout(self.banner)
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(self.reopen_button)
        self.summary = LeadSummary()
        self.conversion = ConversionCard()
        self.conversion.plan_call.connect(self.plan_call)
        self.conversion.account_calls.connect(self.account_calls)
        self.questions = Card(self.tr("Qualification questions"))
        self.question_list = QVBoxLayout()
        self.question_list.setSpacing(2)
        self.questions.body.addLayout(self.question_list)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.status, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignVCenter)
        page = QWidget()
        page_lay = QVBoxLayout(page)
        page_lay.setContentsMargins(16, 12, 16, 12)
        page_lay.addLayout(head)
        page_lay.addWidget(self.framework)
        page_lay.addWidget(self.banner)
        page_lay.addWidget(self.conversion)
        page_lay.addWidget(self.summary)
        page_lay.addWidget(self.questions)
        page_lay.addStretch(1)
        body = QWidget()
        scrolling(body, page)

        # The score, the verdict and the actions stay in sight while the questions scroll.
        self.score = ScoreBar()
        self.verdict = label("", wrap=True)
        self.error = label("", "error", wrap=True)
        self.error.hide()
        self.save_button = QPushButton(icon("mdi6.content-save-outline"), self.tr("&Save answers"))
        self.save_button.setToolTip(self.tr("Keep the answers so far (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save_answers())
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(lambda: self.save_button.isEnabled() and self.save_answers())
        self.qualify_button = QPushButton(icon("mdi6.check-decagram"), self.tr("&Qualify"))
        self.qualify_button.setToolTip(
            self.tr("Qualify: creates or links the account, the contact and a deal")
        )
        self.qualify_button.clicked.connect(lambda: self.qualify())
        self.disqualify_button = QPushButton(
            icon("mdi6.close-octagon-outline"), self.tr("&Disqualify…")
        )
        self.disqualify_button.clicked.connect(lambda: self.disqualify())
        self.actions = QFrame()
        self.actions.setProperty("role", "card")
        bar = QVBoxLayout(self.actions)
        bar.setContentsMargins(16, 8, 16, 10)
        score_row = QHBoxLayout()
        score_row.addWidget(self.score, 1)
        bar.addLayout(score_row)
        bar.addWidget(self.verdict)
        bar.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.disqualify_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.qualify_button)
        bar.addLayout(buttons)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(body, 1)
        lay.addWidget(self.actions)
        state.notifier.changed.connect(self._on_changed)

    @property
    def lead_id(self) -> uuid.UUID | None:
        return self.file.id if self.file else None

    # loading -----------------------------------------------------------------------
    def open_lead(self, lead_id: uuid.UUID) -> bool:
        try:
            file = qualify.open_lead(self._db, lead_id)
        except SalesDeskError as exc:
            self.message.emit(error_text(exc))
            return False
        same = self.file is not None and self.file.id == lead_id
        self.file = file
        if not same:
            self.last_conversion = None
        self._show_file()
        return True

    def _show_file(self) -> None:
        file = self.file
        self.title.setText(file.label)
        self.status.setText(status_title(file.status))
        self.status.setToolTip(status_title(file.status))
        fw = file.framework
        self.framework.setText(
            arg(self.tr("%1 · a score of %2 qualifies"), fw.name, f"{fw.qualify_threshold:g}")
        )
        self.summary.show_file(file)
        self._build_questions()
        self._show_state()
        self.reassess()

    def _build_questions(self) -> None:
        shape = (self.file.framework.id, self.file.framework.criteria, self.file.fit)
        if shape == getattr(self, "_shape", None):
            # The same questions (a reload after a save): keep the rows, the focus and
            # the scroll position, refresh the answers only.
            for key, row in self.rows.items():
                row.editor.set_value(self.file.answers.get(key))
            return
        self._shape = shape
        while self.question_list.count():
            item = self.question_list.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.rows = {}
        for number, criterion in enumerate(self.file.framework.criteria, start=1):
            fit = self.file.fit if criterion.key == icp.ICP_CRITERION else None
            row = QuestionRow(criterion, number, fit)
            row.editor.set_value(self.file.answers.get(criterion.key))
            row.editor.changed.connect(self.reassess)
            self.rows[criterion.key] = row
            self.question_list.addWidget(row)

    def _show_state(self) -> None:
        status = self.file.status
        qualified = status == LeadStatus.QUALIFIED and self.file.opportunity_id is not None
        dropped = status == LeadStatus.DISQUALIFIED
        for row in self.rows.values():
            row.editor.set_read_only(qualified or dropped)
        self.save_button.setVisible(not (qualified or dropped))
        self.qualify_button.setVisible(not (qualified or dropped))
        self.disqualify_button.setVisible(not (qualified or dropped))
        self.edit_button.setVisible(not qualified)
        # Qualified while the rule was off: the records can still be made, on demand.
        without_records = status == LeadStatus.QUALIFIED and not qualified
        self.qualify_button.setText(
            self.tr("&Create the records") if without_records else self.tr("&Qualify")
        )
        self.conversion.setVisible(qualified)
        if qualified:
            conv = self.last_conversion
            if conv is not None and conv.lead_id == self.file.id:
                self.conversion.show_conversion(conv)
            else:
                names = record_names(self._db, self.file)
                self.conversion.show_records(self.file.account_id, names, None)
        self.banner.setVisible(dropped or self.file.duplicate_of is not None)
        self.reopen_button.setVisible(dropped)
        if dropped:
            self.banner_text.setText(
                arg(self.tr("Disqualified: %1."), self.file.disqualify_reason or "")
            )
        elif self.file.duplicate_of is not None:
            self.banner_text.setText(
                arg(self.tr("Possible duplicate: %1 has the same email."), self.file.duplicate_of)
            )
        self.error.hide()

    # answers ----------------------------------------------------------------------
    def answers(self) -> dict[str, object]:
        return {key: row.editor.value() for key, row in self.rows.items()}

    def reassess(self) -> Assessment | None:
        """Score the answers on screen; runs on every change (pure, no database)."""
        if self.file is None:
            return None
        self.error.hide()
        result = self.file.assess(self.answers())
        self.assessment = result
        scored = {a.key: a for a in result.answers}
        for key, row in self.rows.items():
            problem = result.errors.get(key)
            current = row.editor.value()
            prefilled = key in self.file.prefilled and current == self.file.answers.get(key)
            row.show_result(scored.get(key), error_text(problem) if problem else None, prefilled)
        names = {c.key: c.name for c in self.file.framework.criteria}
        self.score.show_result(result)
        text, role = verdict_text(result, names)
        self.verdict.setText(text)
        self.verdict.setProperty("role", role)
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        return result

    def _refused(self, exc: SalesDeskError) -> None:
        text = error_text(exc)
        row = self.rows.get(getattr(exc, "key", "") or "")
        if row is not None and isinstance(exc, AnswerError) and exc.key in self.assessment.errors:
            row.show_error(text)
        self.error.setText(text)
        self.error.show()
        self.message.emit(text)

    # actions (one core call each) -----------------------------------------------------
    def save_answers(self) -> bool:
        if self.file is None:
            return False
        try:
            result = qualify.save_answers(self._db, self.file.id, self.answers())
        except SalesDeskError as exc:
            self._refused(exc)
            return False
        self.message.emit(arg(self.tr("Answers saved: score %1."), f"{result.score:g}"))
        self.open_lead(self.file.id)
        return True

    def qualify(self) -> qualify.Conversion | None:
        if self.file is None:
            return None
        result = self.reassess()
        account: uuid.UUID | str | None = None
        force = False
        already = self.file.status == LeadStatus.QUALIFIED and self.file.opportunity_id
        if not already and result.verdict == Verdict.BELOW_THRESHOLD and not result.errors:
            if not self._ask_anyway(result):
                return None
            force = True
        if (
            not already
            and result.verdict in (Verdict.QUALIFIES, Verdict.BELOW_THRESHOLD)
            and not result.errors
        ):
            if self.file.matches:
                dialog = MatchDialog(self.file.label, self.file.matches, self)
                if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
                    return None
                account = dialog.choice
            else:
                account = qualify.NEW_ACCOUNT
        try:
            conversion = qualify.qualify(
                self._db,
                self.file.id,
                self.answers(),
                account=account,
                force=force,
                user_id=self._state.user_id,
            )
        except SalesDeskError as exc:
            self._refused(exc)
            return None
        self.last_conversion = conversion
        made = [k for k, v in conversion.created.items() if v]
        if conversion.opportunity_id is None:
            text = self.tr(
                "Lead qualified. No account, contact or deal was created: that automation "
                "rule is switched off in Settings."
            )
        elif made:
            text = self.tr("Lead qualified: the account, contact and deal are ready.")
        else:
            text = self.tr("Already qualified: nothing new was created.")
        self.message.emit(text)
        self.open_lead(self.file.id)
        return conversion

    def _ask_anyway(self, result: Assessment) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Below the threshold"),
            arg(
                self.tr("The score %1 is below the %2 needed to qualify. Qualify anyway?"),
                f"{result.score:g}",
                f"{result.threshold:g}",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Qualify anyway"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def disqualify(self, reason: str | None = None) -> bool:
        if self.file is None:
            return False
        if reason is None:
            result = self.assessment
            out = result.knockouts[0] if result and result.knockouts else None
            dialog = ReasonDialog(
                self.file.label, self.file.reasons, SUGGESTED_REASONS.get(out or ""), self
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            reason = dialog.chosen
        try:
            qualify.disqualify(self._db, self.file.id, reason, self.answers())
        except SalesDeskError as exc:
            self._refused(exc)
            return False
        self.message.emit(arg(self.tr("Lead disqualified: %1."), reason))
        self.open_lead(self.file.id)
        return True

    def reopen(self) -> bool:
        if self.file is None:
            return False
        try:
            qualify.reopen(self._db, self.file.id)
        except SalesDeskError as exc:
            self._refused(exc)
            return False
        self.message.emit(self.tr("Lead reopened."))
        self.open_lead(self.file.id)
        return True

    def _on_changed(self, tables: frozenset) -> None:
        # Someone else's change (an import, the other form): show it unless answers on
        # screen are not saved yet.
        if self.file is None or not tables & {"leads", "accounts", "qualification_criteria"}:
            return
        stored = self.file.assess(self.file.answers).answers
        if self.assessment is None or self.assessment.answers == stored:
            self.open_lead(self.file.id)
