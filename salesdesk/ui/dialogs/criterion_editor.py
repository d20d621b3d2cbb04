"""Settings, Qualification: one criterion of a framework as the manager types it.

`CriterionDraft` keeps what is typed for every answer type (switching from choice to
scale and back keeps the options), and turns it into the core's `CriterionInput` only
when the framework is checked or saved.
"""

from __future__ import annotations

import uuid
from dataclasses import astuple, dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.imports import values
from ...core.leads.frameworks import CriterionInput
from ...core.leads.icp import ICP_CRITERION
from ...core.leads.scoring import ANSWER_TYPES, choice_options, scale_bounds
from ..messages import arg
from ..views.common import label

MAX_WEIGHT = 1000.0


def answer_type_title(kind: str) -> str:
    titles = {
        "yes_no": QCoreApplication.translate("Leads", "Yes / no"),
        "scale": QCoreApplication.translate("Leads", "Scale"),
        "choice": QCoreApplication.translate("Leads", "Choice"),
        "number": QCoreApplication.translate("Leads", "Number"),
        "text": QCoreApplication.translate("Leads", "Text"),
    }
    return titles.get(kind, kind)


class DraftError(Exception):
    """A problem the form finds before the core sees the criterion; `field` is the
    editor field it belongs to ("options")."""

    def __init__(self, field_name: str, text: str) -> None:
        super().__init__(text)
        self.field = field_name
        self.text = text


@dataclass
class CriterionDraft:
    name: str = ""
    question: str = ""
    answer_type: str = "yes_no"
    weight: float = 10.0
    required: bool = False
    from_profile: bool = False
    choices: str = ""  # one option per line, "label | score"
    scale_low: int = 1
    scale_high: int = 5
    by_range: bool = False
    number_min: float = 0.0
    number_target: float = 100.0
    key: str | None = None
    id: uuid.UUID | None = None

    @classmethod
    def from_input(cls, c: CriterionInput) -> CriterionDraft:
        draft = cls(
            c.name,
            c.question,
            c.answer_type,
            float(c.weight),
            bool(c.required),
            c.key == ICP_CRITERION,
            key=c.key,
            id=c.id,
        )
        if c.answer_type == "choice":
            draft.choices = "\n".join(
                f"{text} | {_plain(score)}" for text, score in choice_options(c.options)
            )
        elif c.answer_type == "scale":
            low, high = scale_bounds(c.options)
            draft.scale_low, draft.scale_high = int(low), int(high)
        elif c.answer_type == "number" and isinstance(c.options, dict):
            draft.by_range = True
            draft.number_min = float(c.options.get("min") or 0.0)
            draft.number_target = float(c.options.get("target") or 0.0)
        return draft

    def snapshot(self) -> tuple:
        return astuple(self)

    def to_input(self) -> CriterionInput:
        """The core's input; DraftError for options the form cannot read."""
        kind = "yes_no" if self.from_profile else self.answer_type
        options: object = None
        if kind == "choice":
            options = self._choice_options()
        elif kind == "scale":
            if self.scale_high <= self.scale_low:
                raise DraftError(
                    "options",
                    QCoreApplication.translate(
                        "QualificationSettings",
                        "The highest point of the scale must be above the lowest.",
                    ),
                )
            low, high = self.scale_low, self.scale_high
            options = list(range(low, high + 1)) if high - low <= 10 else [low, high]
        elif kind == "number" and self.by_range:
            if self.number_min == self.number_target:
                raise DraftError(
                    "options",
                    QCoreApplication.translate(
                        "QualificationSettings", "The target must differ from the minimum."
                    ),
                )
            options = {"min": self.number_min, "target": self.number_target}
        if self.from_profile:
            key = ICP_CRITERION
        else:
            key = None if self.key == ICP_CRITERION else self.key
        return CriterionInput(
            self.name, self.question, kind, self.weight, self.required, options, key, self.id
        )

    def _choice_options(self) -> list:
        lines = [line.strip() for line in self.choices.splitlines() if line.strip()]
        parsed: list[tuple[str, float | None]] = []
        for number, line in enumerate(lines, start=1):
            text, bar, score_text = line.rpartition("|")
            if not bar:
                parsed.append((line, None))
                continue
            score, problem = values.number(score_text.strip())
            if problem is not None or score is None or not 0.0 <= score <= 1.0:
                raise DraftError(
                    "options",
                    arg(
                        QCoreApplication.translate(
                            "QualificationSettings",
                            "Line %1: after the bar comes a score from 0 to 1, such as 0.5.",
                        ),
                        number,
                    ),
                )
            parsed.append((text.strip(), score))
        if all(score is None for _text, score in parsed):
            return [text for text, _score in parsed]
        # Options without a score get the one they would have had without any scores.
        step = 1.0 / (len(parsed) - 1) if len(parsed) > 1 else 1.0
        return [
            {"label": text, "score": round(1.0 - i * step, 4) if score is None else score}
            for i, (text, score) in enumerate(parsed)
        ]


class CriterionEditor(QWidget):
    """The fields of the criterion selected in the framework's table."""

    edited = Signal()
    profile_claimed = Signal()  # this criterion now pre-answers from the profile

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draft = CriterionDraft()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Budget, Timing, Decision maker…"))
        self.name_error = label("", "error", wrap=True)
        self.question = QLineEdit()
        self.question.setPlaceholderText(self.tr("What the rep asks the lead"))
        self.answer_type = QComboBox()
        for kind in ANSWER_TYPES:
            self.answer_type.addItem(answer_type_title(kind), kind)
        self.options = QStackedWidget()
        self._pages = {kind: self._options_page(kind) for kind in ANSWER_TYPES}
        for page in self._pages.values():
            self.options.addWidget(page)
        self.options_error = label("", "error", wrap=True)
        self.weight = QDoubleSpinBox()
        self.weight.setRange(0.0, MAX_WEIGHT)
        self.weight.setDecimals(1)
        self.share = label("", "muted")
        weight_row = QHBoxLayout()
        weight_row.addWidget(self.weight)
        weight_row.addWidget(self.share, 1)
        self.required = QCheckBox(self.tr("Required (a knock-out)"))
        self.required.setToolTip(
            self.tr("An answer that earns nothing rules the lead out, whatever its score.")
        )
        self.from_profile = QCheckBox(self.tr("Pre-answer from the ideal customer profile"))
        self.from_profile.setToolTip(
            self.tr(
                "The answer is filled in from the lead's industry, size, region and revenue. "
                "Only one criterion of a framework can have it; it is a yes/no question."
            )
        )
        form.addRow(self.tr("Na&me"), self.name)
        form.addRow("", self.name_error)
        form.addRow(self.tr("&Question"), self.question)
        form.addRow(self.tr("&Answer"), self.answer_type)
        form.addRow(self.tr("Options"), self.options)
        form.addRow("", self.options_error)
        weight_label = QLabel(self.tr("&Weight"))
        weight_label.setBuddy(self.weight)
        form.addRow(weight_label, weight_row)
        form.addRow("", self.required)
        form.addRow("", self.from_profile)
        for error in (self.name_error, self.options_error):
            error.hide()

        self.name.textEdited.connect(lambda text: self._set("name", text))
        self.question.textEdited.connect(lambda text: self._set("question", text))
        self.answer_type.currentIndexChanged.connect(self._on_type)
        self.weight.valueChanged.connect(lambda value: self._set("weight", value))
        self.required.toggled.connect(lambda on: self._set("required", on))
        self.from_profile.toggled.connect(self._on_profile)

    def _options_page(self, kind: str) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        if kind == "choice":
            self.choices = QPlainTextEdit()
            self.choices.setTabChangesFocus(True)
            self.choices.setPlaceholderText(self.tr("Within 3 months | 1\nLater | 0"))
            self.choices.setFixedHeight(self.choices.fontMetrics().lineSpacing() * 5 + 12)
            self.choices.textChanged.connect(
                lambda: self._set("choices", self.choices.toPlainText())
            )
            lay.addWidget(self.choices)
            hint = self.tr(
                "One option per line. A score from 0 to 1 may follow a bar, as in "
                "“Within 3 months | 1”; without scores the first option earns the full "
                "weight and the last nothing."
            )
        elif kind == "scale":
            self.scale_low, self.scale_high = QSpinBox(), QSpinBox()
            row = QHBoxLayout()
            for name, box in (("scale_low", self.scale_low), ("scale_high", self.scale_high)):
                box.setRange(-100, 100)
                box.valueChanged.connect(lambda value, name=name: self._set(name, value))
            row.addWidget(label(self.tr("From")))
            row.addWidget(self.scale_low)
            row.addWidget(label(self.tr("to")))
            row.addWidget(self.scale_high)
            row.addStretch(1)
            lay.addLayout(row)
            hint = self.tr("The lowest point earns nothing, the highest the full weight.")
        elif kind == "number":
            self.by_range = QCheckBox(self.tr("Score from a minimum to a target"))
            self.by_range.toggled.connect(self._on_range)
            self.number_min, self.number_target = QDoubleSpinBox(), QDoubleSpinBox()
            lay.addWidget(self.by_range)
            row = QHBoxLayout()
            for name, box, text in (
                ("number_min", self.number_min, self.tr("Minimum")),
                ("number_target", self.number_target, self.tr("Target")),
            ):
                box.setRange(-1e9, 1e9)
                box.setDecimals(2)
                box.setGroupSeparatorShown(True)
                box.valueChanged.connect(lambda value, name=name: self._set(name, value))
                row.addWidget(label(text))
                row.addWidget(box)
            row.addStretch(1)
            lay.addLayout(row)
            hint = self.tr(
                "The minimum earns nothing and the target the full weight; without a range "
                "any number above zero earns the full weight."
            )
        elif kind == "yes_no":
            hint = self.tr("Yes earns the full weight, no earns nothing.")
        else:
            hint = self.tr("Any answer earns the full weight; text questions usually weigh 0.")
        lay.addWidget(label(hint, "muted", wrap=True))
        lay.addStretch(1)
        return page

    # filling ----------------------------------------------------------------------
    def show_draft(self, draft: CriterionDraft) -> None:
        """Fill the fields from `draft` without echoing the values back as edits."""
        self._draft = draft
        widgets = (
            self.name,
            self.question,
            self.answer_type,
            self.weight,
            self.required,
            self.from_profile,
            self.choices,
            self.scale_low,
            self.scale_high,
            self.by_range,
            self.number_min,
            self.number_target,
        )
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.name.setText(draft.name)
            self.question.setText(draft.question)
            self.answer_type.setCurrentIndex(max(0, self.answer_type.findData(draft.answer_type)))
            self.weight.setValue(draft.weight)
            self.required.setChecked(draft.required)
            self.from_profile.setChecked(draft.from_profile)
            self.choices.setPlainText(draft.choices)
            self.scale_low.setValue(draft.scale_low)
            self.scale_high.setValue(draft.scale_high)
            self.by_range.setChecked(draft.by_range)
            self.number_min.setValue(draft.number_min)
            self.number_target.setValue(draft.number_target)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._sync_enabled()
        self.show_error(None, "")

    def set_share(self, text: str) -> None:
        self.share.setText(text)

    def show_error(self, field_name: str | None, text: str) -> None:
        for name, error in (("name", self.name_error), ("options", self.options_error)):
            error.setText(text if name == field_name else "")
            error.setVisible(name == field_name and bool(text))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for edit in (self.name, self.question):
            edit.setReadOnly(read_only)
        self.choices.setReadOnly(read_only)
        self._sync_enabled()

    # edits ------------------------------------------------------------------------
    def _set(self, name: str, value: object) -> None:
        setattr(self._draft, name, value)
        self.edited.emit()

    def _on_type(self) -> None:
        self._draft.answer_type = self.answer_type.currentData()
        self._sync_enabled()
        self.edited.emit()

    def _on_profile(self, on: bool) -> None:
        self._draft.from_profile = on
        if on:
            self.answer_type.setCurrentIndex(self.answer_type.findData("yes_no"))
            self._draft.answer_type = "yes_no"
        self._sync_enabled()
        self.edited.emit()
        if on:
            self.profile_claimed.emit()

    def _on_range(self, on: bool) -> None:
        self._draft.by_range = on
        self._sync_enabled()
        self.edited.emit()

    def _sync_enabled(self) -> None:
        editable = not getattr(self, "_read_only", False)
        shown = self._pages[self._draft.answer_type]
        for page in self._pages.values():
            # The stack is as tall as its current page, not as its tallest one.
            policy = QSizePolicy.Policy.Preferred if page is shown else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.options.setCurrentWidget(shown)
        self.options.updateGeometry()
        self.answer_type.setEnabled(editable and not self._draft.from_profile)
        for widget in (
            self.weight,
            self.required,
            self.from_profile,
            self.scale_low,
            self.scale_high,
            self.by_range,
        ):
            widget.setEnabled(editable)
        for box in (self.number_min, self.number_target):
            box.setEnabled(editable and self._draft.by_range)


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else f"{number:g}"
