"""An editable, ordered list of short phrases a manager keeps: disqualification reasons,
lost reasons, sales tactics. Add, rename (double-click or F2), remove, move; Save is one
core call that cleans the list and may refuse it (shown under the list, nothing lost).

Keyed lists (time categories) pass `(key, text)` pairs: a renamed item keeps its key,
an added one has key None, and `save` receives the pairs instead of the texts."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import SalesDeskError
from ..messages import error_text
from ..views.common import label

KEY_ROLE = Qt.ItemDataRole.UserRole + 31


class ManagedListEditor(QWidget):
    def __init__(
        self,
        items: Sequence[str] | Sequence[tuple[object, str]],
        save: Callable[[list], list],
        note: str,
        name: str,
        new_text: str,
        parent: QWidget | None = None,
        *,
        keyed: bool = False,
    ) -> None:
        super().__init__(parent)
        self._keyed = keyed
        self._save = save
        self._new_text = new_text
        self.list = QListWidget()
        self.list.setAccessibleName(name)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        for item in items:
            if isinstance(item, tuple):
                self._add_item(item[1], item[0])
            else:
                self._add_item(item)
        self._saved = self._current()
        self.list.currentRowChanged.connect(self._sync_buttons)
        self.list.itemChanged.connect(lambda _item: self.error.hide())
        self.add_button = QPushButton(self.tr("&Add"))
        self.rename_button = QPushButton(self.tr("Re&name"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(lambda: self.list.editItem(self.list.currentItem()))
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self._buttons = (
            self.add_button,
            self.rename_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        )
        self.error = label("", "error", wrap=True)
        self.error.hide()
        buttons = QVBoxLayout()
        for button in self._buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid = QGridLayout(self)
        grid.addWidget(label(note, "muted", wrap=True), 0, 0, 1, 3)
        grid.addWidget(self.list, 1, 0)
        grid.addLayout(buttons, 1, 1)
        grid.addWidget(self.error, 2, 0, 1, 3)
        grid.setColumnStretch(2, 1)  # a list of short phrases needs no full width
        self.list.setMinimumWidth(self.list.fontMetrics().averageCharWidth() * 40)
        self.list.setCurrentRow(0)
        self._sync_buttons()

    def items(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def keyed_items(self) -> list[tuple[object, str]]:
        """(key, text) per row; key None for a row added here."""
        return [
            (self.list.item(i).data(KEY_ROLE), self.list.item(i).text())
            for i in range(self.list.count())
        ]

    def _current(self) -> list:
        return self.keyed_items() if self._keyed else self.items()

    def is_dirty(self) -> bool:
        return self._current() != self._saved

    def save(self) -> bool:
        """Store the list (one transaction); False with the message shown if refused."""
        try:
            saved = self._save(self._current())
        except SalesDeskError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return False
        if self._keyed:  # rows added here get their keys; blank ones are gone
            self.list.clear()
            for key, text in saved:
                self._add_item(text, key)
            self._sync_buttons()
        self._saved = saved
        return True

    def set_read_only(self, read_only: bool) -> None:
        if read_only:
            self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for button in self._buttons:
            button.setVisible(not read_only)

    def add(self) -> QListWidgetItem:
        item = self._add_item(self._new_text)
        self.list.setCurrentItem(item)
        self.list.editItem(item)
        self.error.hide()
        return item

    def _add_item(self, text: str, key: object = None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(KEY_ROLE, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        return item

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
