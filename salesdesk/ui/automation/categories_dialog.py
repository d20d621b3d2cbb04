"""Time audit categories: the managed list behind the timesheet's rows.

A sales manager edits (the list is the team's, stored with the data); others see it.
Renaming keeps a category's history (entries store its key); a removed category's time
is reported under "Other". The built-in names are shown translated and stored in
English while unchanged, so every language keeps reading its own."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ...core.automation import timeaudit as ta
from ...core.domain import Role
from ..dialogs.managed_list import ManagedListEditor


class TimeCategoriesDialog(QDialog):
    def __init__(self, app_state, labels: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Time categories"))
        self.db = app_state.ctx.db
        self._labels = labels  # built-in key -> translated label
        with self.db.read() as s:
            listed = ta.categories(s)
        self._english = dict(ta.DEFAULT_CATEGORIES)
        self.editor = ManagedListEditor(
            [(c.key, self._shown(c)) for c in listed],
            self._store,
            self.tr(
                "The rows of every timesheet, in this order. Renaming a category keeps its "
                "hours; time in a removed category is reported as Other."
            ),
            self.tr("Time categories"),
            self.tr("New category"),
            keyed=True,
        )
        self.editable = app_state.profile.role == Role.SALES_MANAGER
        self.editor.set_read_only(not self.editable)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            if self.editable
            else QDialogButtonBox.StandardButton.Close
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.editor)
        lay.addWidget(buttons)

    def _shown(self, c: ta.Category) -> str:
        if self._english.get(c.key) == c.label:
            return self._labels.get(c.key, c.label)
        return c.label

    def _store(self, pairs: list[tuple[object, str]]) -> list[tuple[str, str]]:
        stored = []
        for key, text in pairs:
            if key in self._english and text == self._labels.get(key):
                text = self._english[key]  # unchanged built-in: keep it in English
            stored.append((key, text))
        saved = ta.save_categories(self.db, stored)
        return [(c.key, self._shown(c)) for c in saved]

    def accept(self) -> None:
        if self.editable and self.editor.is_dirty() and not self.editor.save():
            return
        super().accept()
