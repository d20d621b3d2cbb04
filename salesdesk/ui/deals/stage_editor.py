"""A sales manager edits the pipeline: stages in order with their probability, kind (open,
won, lost) and stall days; and the reasons a deal can be lost.

Removing a stage that holds deals asks at once which stage takes them (cancel keeps the
stage). Save is one save_stages call (plus one call per list that changed: lost reasons, tactics);
core's errors show under the table, with the stage they name selected.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.deals.board import lost_reason_choices
from ...core.deals.moves import save_lost_reasons
from ...core.deals.stages import StageError, StageInput, deal_counts, save_stages, stages
from ...core.deals.touches import save_tactics, tactic_list
from ...core.errors import SalesDeskError
from ..dialogs.managed_list import ManagedListEditor
from ..messages import arg, error_text
from ..theme import icon
from ..views.common import label

COL_NAME, COL_PROBABILITY, COL_KIND, COL_STALL, COL_DEALS = range(5)
KINDS = ("open", "won", "lost")


@dataclass
class _Row:
    id: uuid.UUID | None
    name: str
    probability: float
    kind: str
    stall_days: int | None
    deals: int = 0


class MoveDealsDialog(QDialog):
    """Where the deals of a stage being removed go."""

    def __init__(self, name: str, count: int, targets: list[_Row], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remove stage"))
        self.target = QComboBox()
        for row in targets:
            self.target.addItem(row.name, row.id)
        self.target.setAccessibleName(self.tr("Move the deals to"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Remove and move"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Move them to"), self.target)
        lay = QVBoxLayout(self)
        lay.setSpacing(12)
        lay.addWidget(
            label(
                arg(
                    self.tr("%1 holds %2. Which stage should they move to?"),
                    name,
                    self.tr("%n deal(s)", "", count),
                ),
                wrap=True,
            )
        )
        lay.addLayout(form)
        lay.addWidget(
            label(self.tr("Each move is recorded in the deal's stage history."), "muted", True)
        )
        lay.addWidget(buttons)
        self.setMinimumWidth(420)

    @property
    def chosen(self) -> uuid.UUID | None:
        return self.target.currentData()


class StageEditorDialog(QDialog):
    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = app_state
        self._db = app_state.ctx.db
        self.setWindowTitle(self.tr("Pipeline stages"))
        counts = deal_counts(self._db)
        self.rows = [
            _Row(
                s.id,
                s.name,
                s.probability,
                "won" if s.is_won else "lost" if s.is_lost else "open",
                s.stall_days,
                counts.get(s.id, 0),
            )
            for s in stages(self._db)
        ]
        self.move_to: dict[uuid.UUID, uuid.UUID] = {}
        self._removed: dict[uuid.UUID, _Row] = {}
        self._reasons = lost_reason_choices(self._db)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Stage"),
                self.tr("Probability"),
                self.tr("Kind"),
                self.tr("Stalled after"),
                self.tr("Deals"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(36)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_PROBABILITY, 110), (COL_KIND, 110), (COL_STALL, 130)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, width)
        header.setSectionResizeMode(COL_DEALS, QHeaderView.ResizeMode.ResizeToContents)

        self.add_button = self._tool("mdi6.plus", self.tr("Add a stage"), self.add_stage)
        self.remove_button = self._tool(
            "mdi6.delete-outline", self.tr("Remove the selected stage"), self.remove_selected
        )
        self.up_button = self._tool("mdi6.arrow-up", self.tr("Move up"), lambda: self._shift(-1))
        self.down_button = self._tool(
            "mdi6.arrow-down", self.tr("Move down"), lambda: self._shift(1)
        )
        tools = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            tools.addWidget(button)
        tools.addStretch(1)
        self.moves_note = label("", "muted", wrap=True)
        tools.addWidget(self.moves_note, 4)

        stages_page = QWidget()
        stages_lay = QVBoxLayout(stages_page)
        stages_lay.addWidget(
            label(
                self.tr(
                    "Deals move through the open stages in this order. The probability is "
                    "the default chance to win; a deal longer than the stall days in a "
                    "stage is marked stalled (blank: never)."
                ),
                "muted",
                wrap=True,
            )
        )
        stages_lay.addWidget(self.table, 1)
        stages_lay.addLayout(tools)

        self.reasons = ManagedListEditor(
            self._reasons,
            lambda items: save_lost_reasons(self._db, items),
            self.tr("Moving a deal to a lost stage asks for one of these reasons."),
            self.tr("Lost reasons"),
            self.tr("New reason"),
        )
        self.tactics = ManagedListEditor(
            tactic_list(self._db),
            lambda items: save_tactics(self._db, items),
            self.tr(
                "Reps choose a tactic when they log a touch on a deal; What works compares "
                "them. Touches keep their tactic when it is renamed or removed here."
            ),
            self.tr("Sales tactics"),
            self.tr("New tactic"),
        )

        self.tabs = QTabWidget()
        self.tabs.addTab(stages_page, self.tr("Stages"))
        self.tabs.addTab(self.reasons, self.tr("Lost reasons"))
        self.tabs.addTab(self.tactics, self.tr("Sales tactics"))

        self.error = label("", "error", wrap=True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.resize(760, 520)
        self._rebuild()
        self.table.selectRow(0)

    def _tool(self, name: str, tip: str, slot) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(name))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    # --- the table ------------------------------------------------------------------
    def _rebuild(self) -> None:
        """Show self.rows (after a structural change): one editor widget per cell."""
        self.table.setRowCount(len(self.rows))
        kinds = {"open": self.tr("Open"), "won": self.tr("Won"), "lost": self.tr("Lost")}
        for r, row in enumerate(self.rows):
            name = QLineEdit(row.name)
            name.setAccessibleName(self.tr("Stage name"))
            name.setFrame(False)
            name.textEdited.connect(lambda text, item=row: setattr(item, "name", text))
            probability = QDoubleSpinBox()
            probability.setRange(0, 100)
            probability.setDecimals(0)
            probability.setSuffix(self.tr(" %"))
            probability.setValue(row.probability)
            probability.setAccessibleName(self.tr("Probability"))
            probability.valueChanged.connect(
                lambda value, item=row: setattr(item, "probability", value)
            )
            kind = QComboBox()
            for key in KINDS:
                kind.addItem(kinds[key], key)
            kind.setCurrentIndex(KINDS.index(row.kind))
            kind.setAccessibleName(self.tr("Kind"))
            kind.currentIndexChanged.connect(lambda i, item=row: setattr(item, "kind", KINDS[i]))
            stall = QSpinBox()
            stall.setRange(0, 999)
            stall.setSpecialValueText(self.tr("never"))
            stall.setSuffix(self.tr(" days"))
            stall.setValue(row.stall_days or 0)
            stall.setAccessibleName(self.tr("Stalled after"))
            stall.valueChanged.connect(
                lambda value, item=row: setattr(item, "stall_days", value or None)
            )
            self.table.setCellWidget(r, COL_NAME, name)
            self.table.setCellWidget(r, COL_PROBABILITY, probability)
            self.table.setCellWidget(r, COL_KIND, kind)
            self.table.setCellWidget(r, COL_STALL, stall)
            deals = QTableWidgetItem(str(row.deals) if row.id is not None else "")
            deals.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            deals.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(r, COL_DEALS, deals)
        self._update_moves_note()

    def _selected(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else self.table.currentRow()

    def add_stage(self) -> None:
        at = self._selected()
        at = at + 1 if 0 <= at < len(self.rows) else len(self.rows)
        # A new stage goes after the selection, but never after won and lost.
        while at > 0 and self.rows[at - 1].kind != "open":
            at -= 1
        self.rows.insert(at, _Row(None, self.tr("New stage"), 50.0, "open", None))
        self._rebuild()
        self.table.selectRow(at)
        editor = self.table.cellWidget(at, COL_NAME)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        editor.selectAll()

    def remove_selected(self) -> bool:
        """Remove the selected stage; one that holds deals first asks where they go."""
        at = self._selected()
        if not 0 <= at < len(self.rows):
            return False
        row = self.rows[at]
        if row.id is not None and row.deals:
            targets = [r for r in self.rows if r is not row and r.id is not None]
            dialog = MoveDealsDialog(row.name, row.deals, targets, self)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            chosen = dialog.chosen
            dialog.deleteLater()
            if not accepted or chosen is None:
                return False
            self.move_to[row.id] = chosen
            target = next(r for r in self.rows if r.id == chosen)
            target.deals += row.deals
        if row.id is not None:
            self._removed[row.id] = row
            # Deals sent here earlier now follow on to where this stage's deals go.
            for source, dest in list(self.move_to.items()):
                if dest == row.id and row.id in self.move_to:
                    self.move_to[source] = self.move_to[row.id]
        del self.rows[at]
        self._rebuild()
        self.table.selectRow(min(at, len(self.rows) - 1))
        return True

    def _shift(self, delta: int) -> None:
        at = self._selected()
        to = at + delta
        if not (0 <= at < len(self.rows) and 0 <= to < len(self.rows)):
            return
        self.rows[at], self.rows[to] = self.rows[to], self.rows[at]
        self._rebuild()
        self.table.selectRow(to)

    def _update_moves_note(self) -> None:
        names = {r.id: r.name for r in self.rows if r.id is not None}
        parts = [
            arg(self.tr("%1 → %2"), self._removed[src].name, names.get(dst, "?"))
            for src, dst in self.move_to.items()
            if src in self._removed
        ]
        self.moves_note.setText(
            arg(self.tr("Deals to move on saving: %1"), ", ".join(parts)) if parts else ""
        )

    # --- lists -------------------------------------------------------------------------
    def add_reason(self) -> None:
        self.tabs.setCurrentWidget(self.reasons)
        self.reasons.add()

    # --- saving ---------------------------------------------------------------------
    def inputs(self) -> list[StageInput]:
        return [
            StageInput(
                r.name,
                float(r.probability),
                r.kind == "won",
                r.kind == "lost",
                r.stall_days,
                r.id,
            )
            for r in self.rows
        ]

    def save(self) -> bool:
        try:
            saved = save_stages(self._db, self.inputs(), self.move_to, user_id=self._state.user_id)
        except StageError as exc:
            self._show_error(exc)
            if exc.field == "move_to" and exc.stage_id in self._removed:
                self._ask_again(exc.stage_id)
            return False
        except SalesDeskError as exc:
            self._show_error(exc)
            return False
        self._adopt_ids(saved)
        for part in (self.reasons, self.tactics):
            if part.is_dirty() and not part.save():
                self.tabs.setCurrentWidget(part)
                return False
        self.accept()
        return True

    def _adopt_ids(self, saved) -> None:
        # The stages are saved: a second Save (after a reasons error) must not add them again.
        for row, stage in zip(self.rows, saved, strict=False):
            row.id = stage.id
        self.move_to.clear()
        self._removed.clear()

    def _show_error(self, exc: SalesDeskError) -> None:
        self.error.setText(error_text(exc))
        self.error.show()
        stage_id = getattr(exc, "stage_id", None)
        for r, row in enumerate(self.rows):
            if stage_id is not None and row.id == stage_id:
                self.tabs.setCurrentIndex(0)
                self.table.selectRow(r)
                break

    def _ask_again(self, stage_id: uuid.UUID) -> None:
        """Core found deals in a removed stage with nowhere to go: ask for a stage now."""
        row = self._removed[stage_id]
        targets = [r for r in self.rows if r.id is not None]
        dialog = MoveDealsDialog(row.name, max(row.deals, 1), targets, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.chosen
        dialog.deleteLater()
        if accepted and chosen is not None:
            self.move_to[stage_id] = chosen
            self.error.hide()
            self._update_moves_note()
