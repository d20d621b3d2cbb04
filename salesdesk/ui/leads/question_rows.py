"""One qualification question as the form shows it: the criterion, its editor, what the
answer earns, why it knocks the lead out, and for the profile-fit question why the
ideal customer profile answered it as it did."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...core.leads import icp
from ...core.leads.scoring import Criterion, Scored
from ..messages import arg
from ..theme import colors, icon
from ..views.common import label
from .answer_editors import AnswerEditor, editor_for

CHECK_ICONS = {
    "match": ("mdi6.check-circle", "ok"),
    "mismatch": ("mdi6.close-circle", "error"),
    "unknown": ("mdi6.help-circle-outline", "muted"),
}


def answer_title(value: str | None) -> str:
    return {
        "yes": QCoreApplication.translate("QuestionRow", "Yes"),
        "no": QCoreApplication.translate("QuestionRow", "No"),
    }.get(value or "", value or "")


def _number(value: float) -> str:
    return QLocale().toString(float(value), "f", 0 if float(value).is_integer() else 1)


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class IcpWhy(QWidget):
    """Why the profile answered the fit question: one line per dimension it looks at."""

    def __init__(self, fit: icp.Fit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fit = fit
        self.source = label("", "muted", wrap=True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.setSpacing(4)
        lay.addWidget(self.source)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        c = colors()
        for row, check in enumerate(fit.checks):
            name, tint = CHECK_ICONS.get(check.status, CHECK_ICONS["unknown"])
            mark = QLabel()
            mark.setPixmap(icon(name, c[tint]).pixmap(16, 16))
            mark.setToolTip(self._status_title(check.status))
            dimension = QCoreApplication.translate(
                "Leads", icp.DIMENSION_LABELS.get(check.dimension, check.dimension)
            )
            value = check.lead_value or self.tr("not known")
            wanted = arg(self.tr("profile: %1"), ", ".join(check.wanted))
            grid.addWidget(mark, row, 0)
            grid.addWidget(label(dimension), row, 1)
            grid.addWidget(label(value, None if check.lead_value else "muted"), row, 2)
            grid.addWidget(label(wanted, "muted", wrap=True), row, 3)
        grid.setColumnStretch(3, 1)
        lay.addLayout(grid)

    def _status_title(self, status: str) -> str:
        return {
            "match": self.tr("Matches the profile"),
            "mismatch": self.tr("Does not match the profile"),
            "unknown": self.tr("No data on the lead"),
        }.get(status, status)

    def show_answer(self, current: object, prefilled: bool) -> None:
        profile_says = self._fit.answer
        if not self._fit.checks:
            text = self.tr("No ideal customer profile yet: a manager can describe one in Settings.")
        elif profile_says is None:
            text = self.tr("The lead has none of the data the profile asks about: answer it.")
        elif prefilled and current == profile_says:
            text = arg(
                self.tr(
                    "Pre-answered from the ideal customer profile: %1. "
                    "Change it if you know better."
                ),
                answer_title(profile_says),
            )
        elif current == profile_says:
            text = arg(
                self.tr("Agrees with the ideal customer profile: %1."), answer_title(profile_says)
            )
        else:
            text = arg(
                self.tr("Your answer overrides the ideal customer profile, which says: %1."),
                answer_title(profile_says),
            )
        self.source.setText(text)


class QuestionRow(QFrame):
    def __init__(
        self, criterion: Criterion, number: int, fit: icp.Fit | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.criterion = criterion
        self.setObjectName("question")
        c = colors()
        self.setStyleSheet(
            f"QFrame#question {{ border: 1px solid transparent; border-radius: 6px; }}"
            f'QFrame#question[state="out"] {{ border-color: {c["error"]}; }}'
            f'QFrame#question[state="bad"] {{ border-color: {c["warning"]}; }}'
        )
        title = label(arg(self.tr("%1. %2"), number, criterion.name))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        head = QHBoxLayout()
        head.setSpacing(6)
        head.addWidget(title)
        if criterion.required:
            chip = label(self.tr("Required"), "chip")
            chip.setToolTip(
                self.tr("A knock-out: an answer that earns nothing disqualifies the lead")
            )
            head.addWidget(chip)
        head.addStretch(1)
        self.points = label("", "muted")
        head.addWidget(self.points)
        self.question = label(criterion.question, "muted", wrap=True)
        self.editor: AnswerEditor = editor_for(criterion)
        self.editor.setAccessibleName(criterion.name)
        self.error = label("", "error", wrap=True)
        self.error.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.setSpacing(4)
        lay.addLayout(head)
        if criterion.question and criterion.question != criterion.name:
            lay.addWidget(self.question)
        lay.addWidget(self.editor)
        lay.addWidget(self.error)
        self.why = IcpWhy(fit) if fit is not None else None
        if self.why is not None:
            lay.addWidget(self.why)

    @property
    def key(self) -> str:
        return self.criterion.key

    def show_result(self, scored: Scored | None, error: str | None, prefilled: bool) -> None:
        """What the current answer earns (or why it does not count)."""
        weight = _number(self.criterion.weight)
        state = ""
        if error:
            self.error.setText(error)
            self.error.show()
            self.points.setText(arg(self.tr("0 of %1"), weight))
            state = "bad"
        else:
            self.error.hide()
            if scored is None or scored.share is None:
                self.points.setText(arg(self.tr("weight %1"), weight))
            elif scored.knocked_out:
                self.points.setText(self.tr("Knocks the lead out"))
                state = "out"
            else:
                self.points.setText(arg(self.tr("%1 of %2"), _number(scored.points), weight))
        self.points.setProperty("role", "error" if state == "out" else "muted")
        _repolish(self.points)
        if self.property("state") != state:
            self.setProperty("state", state)
            _repolish(self)
        if self.why is not None:
            self.why.show_answer(self.editor.value(), prefilled)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.setProperty("state", "bad")
        _repolish(self)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
