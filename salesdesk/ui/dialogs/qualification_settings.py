"""Settings, Qualification tab: frameworks, the ideal customer profile and the
disqualification reasons a sales manager keeps (issue 6). Other roles look only.

The Settings dialog's Save saves each part that changed with one core call (one
transaction each): the framework being edited, the profile, the reasons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.db import Database
from ...core.domain import Role
from ...core.errors import SalesDeskError
from ...core.leads.frameworks import disqualify_reasons, save_disqualify_reasons
from ...core.leads.icp import save_profile
from ..messages import error_text, warn
from ..views.common import label
from .framework_editor import FrameworksPanel
from .profile_editor import ProfileEditor


class ReasonsEditor(QWidget):
    """The managed list of disqualification reasons, in the order reps see them."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        with db.read() as s:
            self._saved = disqualify_reasons(s)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Disqualification reasons"))
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        for reason in self._saved:
            self._add_item(reason)
        self.list.currentRowChanged.connect(self._sync_buttons)
        self.list.itemChanged.connect(lambda _item: self._clear_error())
        self.add_button = QPushButton(self.tr("&Add"))
        self.rename_button = QPushButton(self.tr("Re&name"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.add_button.clicked.connect(self._add)
        self.rename_button.clicked.connect(lambda: self.list.editItem(self.list.currentItem()))
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.error = label("", "error", wrap=True)
        self.error.hide()
        buttons = QVBoxLayout()
        for button in (
            self.add_button,
            self.rename_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid = QGridLayout(self)
        grid.addWidget(
            label(
                self.tr(
                    "Reps choose one of these when they disqualify a lead. A lead keeps its "
                    "reason when the reason is renamed or removed here."
                ),
                "muted",
                wrap=True,
            ),
            0,
            0,
            1,
            3,
        )
        grid.addWidget(self.list, 1, 0)
        grid.addLayout(buttons, 1, 1)
        grid.addWidget(self.error, 2, 0, 1, 3)
        grid.setColumnStretch(2, 1)  # a list of short phrases needs no full width
        self.list.setMinimumWidth(self.list.fontMetrics().averageCharWidth() * 40)
        self._buttons = (
            self.add_button,
            self.rename_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        )
        self.list.setCurrentRow(0)
        self._sync_buttons()

    def reasons(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def is_dirty(self) -> bool:
        return self.reasons() != self._saved

    def save(self, db: Database) -> bool:
        try:
            self._saved = save_disqualify_reasons(db, self.reasons())
        except SalesDeskError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return False
        return True

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        if read_only:
            self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for button in self._buttons:
            button.setVisible(not read_only)

    def _add_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        return item

    def _add(self) -> None:
        item = self._add_item(self.tr("New reason"))
        self.list.setCurrentItem(item)
        self.list.editItem(item)
        self._clear_error()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
        self._sync_buttons()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        other = row + step
        if 0 <= row < self.list.count() and 0 <= other < self.list.count():
            item = self.list.takeItem(row)
            self.list.insertItem(other, item)
            self.list.setCurrentRow(other)

    def _sync_buttons(self, *_args) -> None:
        row = self.list.currentRow()
        self.rename_button.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)

    def _clear_error(self) -> None:
        self.error.hide()


class QualificationSettingsPage(QWidget):
    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = app_state.ctx.db
        self.can_edit = app_state.role == Role.SALES_MANAGER
        self.note = label(
            self.tr("How leads are qualified, for the whole team.")
            if self.can_edit
            else self.tr("Only a sales manager can change the qualification settings."),
            "muted",
            wrap=True,
        )
        self.frameworks = FrameworksPanel(self._db)
        self.profile = ProfileEditor(self._db)
        self.reasons = ReasonsEditor(self._db)
        self.parts = QTabWidget()
        self.parts.setDocumentMode(True)
        self.parts.addTab(self.frameworks, self.tr("Frameworks"))
        self.parts.addTab(self.profile, self.tr("Ideal customer profile"))
        self.parts.addTab(self.reasons, self.tr("Disqualification reasons"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.note)
        lay.addWidget(self.parts, 1)
        for part in (self.frameworks, self.profile, self.reasons):
            part.set_read_only(not self.can_edit)

    def save(self) -> bool:
        """Save each part that changed; False (with the problem shown next to what it is
        about, and its part on top) when one could not be saved."""
        if not self.can_edit:
            return True
        if not self.frameworks.check():
            self.parts.setCurrentWidget(self.frameworks)
            return False
        if self.reasons.is_dirty() and not self.reasons.save(self._db):
            self.parts.setCurrentWidget(self.reasons)
            return False
        if self.profile.is_dirty():
            try:
                save_profile(self._db, self.profile.profile())
            except SalesDeskError as exc:
                self.parts.setCurrentWidget(self.profile)
                warn(self, error_text(exc))
                return False
            self.profile.mark_saved()
        if not self.frameworks.save():
            self.parts.setCurrentWidget(self.frameworks)
            return False
        return True
