"""One editor per answer type of a qualification criterion.

Every editor gives the raw answer (`value()`: None when unanswered) and takes the stored
form back (`set_value`); scoring in core decides what the answer is worth and whether it
fits the type. Filling an editor never emits `changed`: only the user's edits do.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...core.leads.scoring import Criterion, choice_options, scale_bounds
from ..messages import arg
from ..theme import ACCENT, colors

MAX_SCALE_BUTTONS = 11


def _segment_style() -> str:
    c = colors()
    return f"""
    QPushButton {{ border: 1px solid {c["border"]}; border-radius: 4px; padding: 3px 12px;
                   background: {c["base"]}; color: {c["text"]}; min-width: 28px; }}
    QPushButton:hover {{ border-color: {ACCENT}; }}
    QPushButton:checked {{ background: {ACCENT}; border-color: {ACCENT}; color: #ffffff; }}
    QPushButton:disabled {{ color: {c["muted"]}; }}
    QPushButton:checked:disabled {{ background: {c["muted"]}; border-color: {c["muted"]};
                                    color: #ffffff; }}
    """


class AnswerEditor(QWidget):
    changed = Signal()

    def value(self) -> object:
        raise NotImplementedError

    def set_value(self, stored: str | None) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


class SegmentEditor(AnswerEditor):
    """A row of toggle buttons, at most one pressed; pressing it again clears the answer."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(_segment_style())
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: dict[str, QPushButton] = {}
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        for stored, text in choices:
            button = QPushButton(text)
            button.setCheckable(True)
            button.setAutoDefault(False)
            self.group.addButton(button)
            self.buttons[stored] = button
            lay.addWidget(button)
        lay.addStretch(1)
        self.group.buttonToggled.connect(self._toggled)

    def _toggled(self, button: QPushButton, checked: bool) -> None:
        if checked:
            self.group.blockSignals(True)
            for other in self.buttons.values():
                if other is not button:
                    other.setChecked(False)
            self.group.blockSignals(False)
        self.changed.emit()

    def value(self) -> object:
        return next((k for k, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, stored: str | None) -> None:
        self.group.blockSignals(True)
        for key, button in self.buttons.items():
            button.setChecked(key == stored)
        self.group.blockSignals(False)


class YesNoEditor(SegmentEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        yes = QCoreApplication.translate("YesNoEditor", "Yes")
        no = QCoreApplication.translate("YesNoEditor", "No")
        super().__init__([("yes", yes), ("no", no)], parent)


class ScaleEditor(SegmentEditor):
    """One button per step from the lowest to the highest option (1..5 by default)."""

    def __init__(self, criterion: Criterion, parent: QWidget | None = None) -> None:
        low, high = scale_bounds(criterion.options)
        steps = [int(low) + i for i in range(int(high) - int(low) + 1)]
        locale = QLocale()
        super().__init__([(str(n), locale.toString(n)) for n in steps], parent)
        for button in self.buttons.values():
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance("00") + 24)

    @staticmethod
    def fits(criterion: Criterion) -> bool:
        low, high = scale_bounds(criterion.options)
        return (
            float(low).is_integer()
            and float(high).is_integer()
            and high - low + 1 <= MAX_SCALE_BUTTONS
        )


class ChoiceEditor(AnswerEditor):
    def __init__(self, criterion: Criterion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.addItem(self.tr("— not answered —"), None)
        for label, _score in choice_options(criterion.options):
            self.combo.addItem(label, label)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.combo)
        lay.addStretch(1)
        self.combo.activated.connect(lambda _i: self.changed.emit())

    def value(self) -> object:
        return self.combo.currentData()

    def set_value(self, stored: str | None) -> None:
        found = self.combo.findData(stored) if stored is not None else 0
        if found < 0:  # an answer no longer among the options: keep it visible
            self.combo.addItem(stored, stored)
            found = self.combo.count() - 1
        self.combo.setCurrentIndex(found)


class LineEditor(AnswerEditor):
    """Numbers and free text: the text as typed (core checks a number is one)."""

    def __init__(self, criterion: Criterion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        if criterion.answer_type == "number":
            options = criterion.options if isinstance(criterion.options, dict) else {}
            target = options.get("target")
            self.edit.setPlaceholderText(
                arg(self.tr("A number, e.g. %1"), QLocale().toString(target))
                if isinstance(target, int | float)
                else self.tr("A number")
            )
            self.edit.setMaximumWidth(200)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit, 1)
        self.edit.textEdited.connect(lambda _t: self.changed.emit())

    def value(self) -> object:
        return self.edit.text()

    def set_value(self, stored: str | None) -> None:
        if self.edit.text() != (stored or ""):
            self.edit.setText(stored or "")

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.edit.setClearButtonEnabled(not read_only)


def editor_for(criterion: Criterion) -> AnswerEditor:
    kind = criterion.answer_type
    if kind == "yes_no":
        return YesNoEditor()
    if kind == "scale" and ScaleEditor.fits(criterion):
        return ScaleEditor(criterion)
    if kind == "choice":
        return ChoiceEditor(criterion)
    return LineEditor(criterion)  # number, text, and a scale too wide for buttons
