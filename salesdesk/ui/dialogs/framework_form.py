"""Settings, Qualification: the form of one framework (its fields and criteria table).

What is typed lives in the form until the framework is saved; `check` runs the core's
validation and puts each message next to the field or criterion it is about, keeping
everything typed.
"""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import SalesDeskError
from ...core.leads import frameworks
from ...core.leads.frameworks import FrameworkError, FrameworkInput
from ...core.leads.scoring import AnswerError
from ..messages import arg, error_text
from ..views.common import label
from .criterion_editor import CriterionDraft, CriterionEditor, DraftError, answer_type_title

COL_NAME, COL_ANSWER, COL_WEIGHT, COL_SHARE, COL_REQUIRED = range(5)


class FrameworkForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._id: uuid.UUID | None = None
        self._drafts: list[CriterionDraft] = []
        self._row_errors: dict[int, tuple[str, str]] = {}
        self._checked = False  # problems were shown: check again as the manager edits
        self._go_to_problem = True
        self._read_only = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(self._fields())
        lay.addWidget(self._criteria_box())
        self.criterion_box = QGroupBox(self.tr("Selected criterion"))
        self.criterion = CriterionEditor()
        QVBoxLayout(self.criterion_box).addWidget(self.criterion)
        lay.addWidget(self.criterion_box)
        self.criterion.edited.connect(self._on_criterion_edited)
        self.criterion.profile_claimed.connect(self._on_profile_claimed)

    def _fields(self) -> QGridLayout:
        self.name = QLineEdit()
        self.name_error = label("", "error", wrap=True)
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("What it is for, when to use it"))
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.0, 100.0)
        self.threshold.setDecimals(0)
        self.threshold.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.threshold.setToolTip(
            self.tr("A lead qualifies at this score (out of 100) with no knock-out.")
        )
        self.threshold_error = label("", "error", wrap=True)
        self.is_default = QCheckBox(self.tr("De&fault framework"))
        self.is_default.setToolTip(
            self.tr("Leads whose source and team have no framework of their own get this one.")
        )
        self.source = QComboBox()
        self.source.setEditable(True)
        self.source.lineEdit().setPlaceholderText(self.tr("No source"))
        self.team = QComboBox()
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        rows = (
            (self.tr("&Name"), self.name, self.tr("&Score to qualify"), self.threshold),
            (None, self.name_error, None, self.threshold_error),
            (self.tr("&Description"), self.description, None, None),
            (self.tr("Lead so&urce"), self.source, self.tr("&Team"), self.team),
        )
        for row, (first, first_field, second, second_field) in enumerate(rows):
            if first is not None:
                grid.addWidget(_buddy(first, first_field), row, 0)
            if second_field is None:
                grid.addWidget(first_field, row, 1, 1, 3)
                continue
            grid.addWidget(first_field, row, 1)
            if second is not None:
                grid.addWidget(_buddy(second, second_field), row, 2)
            grid.addWidget(second_field, row, 3)
        grid.addWidget(self.is_default, len(rows), 1, 1, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        for error in (self.name_error, self.threshold_error):
            error.hide()
        self.name.textEdited.connect(self._on_edited)
        self.description.textEdited.connect(self._on_edited)
        self.threshold.valueChanged.connect(self._on_edited)
        self.is_default.toggled.connect(self._on_edited)
        self.source.editTextChanged.connect(self._on_edited)
        self.team.currentIndexChanged.connect(self._on_edited)
        return grid

    def _criteria_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Criteria, in the order they are asked"))
        grid = QGridLayout(box)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Criterion"),
                self.tr("Answer"),
                self.tr("Weight"),
                self.tr("Share"),
                self.tr("Knock-out"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Criteria"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        row_height = self.table.fontMetrics().height() + 8
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.setMinimumHeight(row_height * 6 + 8)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_row(row))
        self.add_button = QPushButton(self.tr("A&dd"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.total = label("", "muted", wrap=True)
        self.criteria_error = label("", "error", wrap=True)
        self.criteria_error.hide()
        grid.addWidget(self.table, 0, 0)
        grid.addLayout(buttons, 0, 1)
        grid.addWidget(self.total, 1, 0, 1, 2)
        grid.addWidget(self.criteria_error, 2, 0, 1, 2)
        return box

    # filling ----------------------------------------------------------------------
    def load(
        self,
        data: FrameworkInput,
        sources: list[str],
        managers: list[tuple[uuid.UUID, str]],
    ) -> None:
        """Show `data` (a stored framework's input, or a new one with id None)."""
        self._id = data.id
        self._drafts = [CriterionDraft.from_input(c) for c in data.criteria]
        self._checked = False
        widgets = (
            self.name,
            self.description,
            self.threshold,
            self.is_default,
            self.source,
            self.team,
        )
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.name.setText(data.name)
            self.description.setText(data.description or "")
            self.threshold.setValue(data.qualify_threshold)
            self.is_default.setChecked(data.is_default)
            self.source.clear()
            self.source.addItems(
                ["", *sources]
                if not data.lead_source or data.lead_source in sources
                else ["", data.lead_source, *sources]
            )
            self.source.setCurrentText(data.lead_source or "")
            self.team.clear()
            self.team.addItem(self.tr("No team"), None)
            for manager_id, name in managers:
                self.team.addItem(arg(self.tr("%1's team"), name), manager_id)
            if data.manager_id is not None and self.team.findData(data.manager_id) < 0:
                self.team.addItem(self.tr("Another manager's team"), data.manager_id)
            self.team.setCurrentIndex(max(0, self.team.findData(data.manager_id)))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._clear_errors()
        self._fill_table(0)

    def snapshot(self) -> tuple:
        """Everything typed, to tell whether the framework changed since it was shown."""
        return (
            self.name.text(),
            self.description.text(),
            self.threshold.value(),
            self.is_default.isChecked(),
            self.source.currentText().strip(),
            self.team.currentData(),
            tuple(d.snapshot() for d in self._drafts),
        )

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for edit in (self.name, self.description):
            edit.setReadOnly(read_only)
        for widget in (self.threshold, self.is_default, self.source, self.team):
            widget.setEnabled(not read_only)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setVisible(not read_only)
        self.criterion.set_read_only(read_only)

    # checking ---------------------------------------------------------------------
    def check(self, go_to_problem: bool = True) -> FrameworkInput | None:
        """The input when the core accepts it; otherwise None, with each problem shown
        next to its field or criterion (and the first bad criterion selected)."""
        self._checked = True
        self._go_to_problem = go_to_problem
        self._clear_errors()
        for row, draft in enumerate(self._drafts):
            try:
                # The core's own rules for one criterion (its weight checked with the rest).
                item = replace(draft.to_input(), weight=1.0)
                frameworks.validate(FrameworkInput("-", [item]))
            except DraftError as exc:
                self._row_errors[row] = (exc.field, exc.text)
            except SalesDeskError as exc:
                where = "name" if not draft.name.strip() else "options"
                self._row_errors[row] = (where, error_text(exc))
        if self._row_errors:
            self._mark_rows()
            return None
        data = self._input()
        try:
            frameworks.validate(data)
        except SalesDeskError as exc:
            self.show_problem(exc)
            return None
        return data

    def show_problem(self, exc: SalesDeskError) -> None:
        """Put a core error next to what it is about."""
        text = error_text(exc)
        if isinstance(exc, FrameworkError) and exc.field in ("name", "threshold"):
            error = self.name_error if exc.field == "name" else self.threshold_error
            error.setText(text)
            error.show()
            return
        if isinstance(exc, AnswerError) and exc.key:
            for row, draft in enumerate(self._drafts):
                if draft.to_input().key == exc.key:
                    self._row_errors[row] = ("options", text)
            if self._row_errors:
                self._mark_rows()
                return
        self.criteria_error.setText(text)
        self.criteria_error.show()

    def first_problem(self) -> QWidget | None:
        """The message to scroll to after a check that failed."""
        if self._row_errors:
            return self.criterion_box
        for error in (self.name_error, self.threshold_error, self.criteria_error):
            if not error.isHidden():
                return error
        return None

    def has_problems(self) -> bool:
        return bool(self._row_errors) or any(
            not e.isHidden() for e in (self.name_error, self.threshold_error, self.criteria_error)
        )

    def _input(self) -> FrameworkInput:
        return FrameworkInput(
            name=self.name.text(),
            criteria=[d.to_input() for d in self._drafts],
            qualify_threshold=self.threshold.value(),
            lead_source=self.source.currentText(),
            manager_id=self.team.currentData(),
            is_default=self.is_default.isChecked(),
            description=self.description.text(),
            id=self._id,
        )

    def _clear_errors(self) -> None:
        self._row_errors = {}
        for error in (self.name_error, self.threshold_error, self.criteria_error):
            error.setText("")
            error.hide()
        self._mark_rows()

    def _mark_rows(self) -> None:
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_NAME)
            problem = self._row_errors.get(row)
            item.setIcon(icon if problem else QIcon())
            item.setToolTip(problem[1] if problem else "")
        current = self.table.currentRow()
        if self._row_errors and current not in self._row_errors and self._go_to_problem:
            self.table.setCurrentCell(min(self._row_errors), COL_NAME)
        else:
            self._show_error_of(current)

    def _show_error_of(self, row: int) -> None:
        field_name, text = self._row_errors.get(row, (None, ""))
        self.criterion.show_error(field_name, text)

    # criteria table ---------------------------------------------------------------
    def _fill_table(self, select: int | None) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._drafts))
        for row in range(len(self._drafts)):
            for col in range(5):
                if self.table.item(row, col) is None:
                    item = QTableWidgetItem()
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    self.table.setItem(row, col, item)
            self._update_row(row)
        self.table.blockSignals(False)
        row = -1 if not self._drafts else min(max(select or 0, 0), len(self._drafts) - 1)
        if row >= 0:
            self.table.setCurrentCell(row, COL_NAME)
        self._show_row(row)
        self._update_totals()
        self._mark_rows()

    def _update_row(self, row: int) -> None:
        draft = self._drafts[row]
        answer = answer_type_title("yes_no" if draft.from_profile else draft.answer_type)
        if draft.from_profile:
            answer = arg(self.tr("%1, from the profile"), answer)
        locale = QLocale()
        self.table.item(row, COL_NAME).setText(draft.name or self.tr("(no name)"))
        self.table.item(row, COL_ANSWER).setText(answer)
        weight = self.table.item(row, COL_WEIGHT)
        weight.setText(locale.toString(draft.weight, "f", 1))
        weight.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.item(row, COL_SHARE).setTextAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.table.item(row, COL_REQUIRED).setText(self.tr("Yes") if draft.required else "")

    def _update_totals(self) -> None:
        locale = QLocale()
        total = sum(d.weight for d in self._drafts)
        for row, draft in enumerate(self._drafts):
            self.table.item(row, COL_SHARE).setText(self._share_text(draft.weight, total))
        text = arg(
            self.tr("Total weight %1: each criterion's share is its weight over it."),
            locale.toString(total, "f", 1),
        )
        if total <= 0:
            text = self.tr("Total weight 0.")
        self.total.setProperty("role", "warning" if total <= 0 else "muted")
        self.total.style().unpolish(self.total)
        self.total.style().polish(self.total)
        self.total.setText(text)
        row = self.table.currentRow()
        if 0 <= row < len(self._drafts):
            self.criterion.set_share(
                arg(self.tr("%1 of the total"), self._share_text(self._drafts[row].weight, total))
            )

    @staticmethod
    def _share_text(weight: float, total: float) -> str:
        locale = QLocale()
        value = 100.0 * weight / total if total > 0 else 0.0
        return locale.toString(value, "f", 0) + locale.percent()

    def _show_row(self, row: int) -> None:
        has_row = 0 <= row < len(self._drafts)
        self.criterion_box.setEnabled(has_row)
        if has_row:
            self.criterion.show_draft(self._drafts[row])
            self._show_error_of(row)
        else:
            self.criterion.show_draft(CriterionDraft())
        self.remove_button.setEnabled(has_row)
        self.up_button.setEnabled(has_row and row > 0)
        self.down_button.setEnabled(has_row and row < len(self._drafts) - 1)
        self._update_totals()

    def _add(self) -> None:
        self._drafts.append(CriterionDraft(name=self.tr("New criterion")))
        self._fill_table(len(self._drafts) - 1)
        self.criterion.name.setFocus()
        self.criterion.name.selectAll()
        self._on_edited()

    def _remove(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._drafts):
            del self._drafts[row]
            self._fill_table(row)
            self._on_edited()

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        other = row + step
        if 0 <= row < len(self._drafts) and 0 <= other < len(self._drafts):
            self._drafts[row], self._drafts[other] = self._drafts[other], self._drafts[row]
            self._fill_table(other)
            self._on_edited()

    # edits ------------------------------------------------------------------------
    def _on_criterion_edited(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._drafts):
            self._update_row(row)
            self._update_totals()
        self._on_edited()

    def _on_profile_claimed(self) -> None:
        """Only one criterion pre-answers from the profile: the one just ticked."""
        row = self.table.currentRow()
        for other, draft in enumerate(self._drafts):
            if other != row and draft.from_profile:
                draft.from_profile = False
                self._update_row(other)

    def _on_edited(self, *_args) -> None:
        if self._checked and self.has_problems():
            self.check(go_to_problem=False)  # a fixed problem's message goes at once
        self.edited.emit()


def _buddy(text: str, field: QWidget) -> QLabel:
    caption = QLabel(text)
    caption.setBuddy(field)
    return caption
