"""For whom a territory book is made: everyone, one rep, or one territory."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...documents.territory_book import book_scopes


class BookScopeDialog(QDialog):
    """Radio buttons for everyone / a rep / a territory, with a list for each."""

    def __init__(self, db, current_user: uuid.UUID | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export territory book"))
        users, territories = book_scopes(db)
        self.everyone = QRadioButton(self.tr("All key accounts"))
        self.by_rep = QRadioButton(self.tr("Key accounts of a rep"))
        self.by_territory = QRadioButton(self.tr("Key accounts in a territory"))
        group = QButtonGroup(self)
        for button in (self.everyone, self.by_rep, self.by_territory):
            group.addButton(button)
        self.reps = QComboBox()
        for user_id, name in users:
            self.reps.addItem(name, user_id)
        self.territories = QComboBox()
        for territory_id, name in territories:
            self.territories.addItem(name, territory_id)
        self.by_rep.setEnabled(bool(users))
        self.by_territory.setEnabled(bool(territories))
        mine = self.reps.findData(current_user) if current_user else -1
        if mine >= 0:
            self.reps.setCurrentIndex(mine)
            self.by_rep.setChecked(True)
        else:
            self.everyone.setChecked(True)
        self.reps.setEnabled(self.by_rep.isChecked())
        self.territories.setEnabled(False)
        self.by_rep.toggled.connect(self.reps.setEnabled)
        self.by_territory.toggled.connect(self.territories.setEnabled)
        form = QFormLayout()
        form.addRow(self.everyone)
        form.addRow(self.by_rep, self.reps)
        form.addRow(self.by_territory, self.territories)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def scope(self) -> tuple[uuid.UUID | None, uuid.UUID | None]:
        """(rep_id, territory_id): at most one set."""
        if self.by_rep.isChecked():
            return self.reps.currentData(), None
        if self.by_territory.isChecked():
            return None, self.territories.currentData()
        return None, None


def choose_book_scope(parent: QWidget | None, app_state) -> tuple | None:
    dialog = BookScopeDialog(app_state.ctx.db, app_state.user_id, parent)
    return dialog.scope() if dialog.exec() else None
