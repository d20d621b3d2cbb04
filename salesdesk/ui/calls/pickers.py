"""Choosers for the call forms: an account by name (fast on 100,000 accounts)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from ...core.accounts import AccountQuery, account_ids, account_rows
from ...core.db import Database

SUGGESTIONS = 25


class AccountPicker(QLineEdit):
    """Type part of an account's name or town; pick one of the suggestions."""

    picked = Signal(object)  # uuid.UUID, or None when the text no longer names one

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._ids: dict[str, uuid.UUID] = {}
        self.account_id: uuid.UUID | None = None
        self.setPlaceholderText(self.tr("Type an account's name or town"))
        self.setClearButtonEnabled(True)
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated.connect(self._choose)
        self.setCompleter(completer)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self._suggest)
        self.textEdited.connect(self._on_edited)

    def set_account(self, account_id: uuid.UUID | None, name: str = "") -> None:
        self.account_id = account_id
        self.setText(name)

    def _on_edited(self, text: str) -> None:
        chosen = self._ids.get(text)
        if chosen != self.account_id:
            self.account_id = chosen
            self.picked.emit(chosen)
        self._debounce.start()

    def _suggest(self) -> None:
        text = self.text().strip()
        if not text or text in self._ids:
            return
        ids = account_ids(self._db, AccountQuery(text=text, sort="name", descending=False))
        rows = account_rows(self._db, ids[:SUGGESTIONS])
        self._ids = {}
        for account_id in ids[:SUGGESTIONS]:
            row = rows.get(account_id)
            if row is not None:
                shown = f"{row.name} — {row.city}" if row.city else row.name
                self._ids[shown] = account_id
        self._model.setStringList(list(self._ids))
        self.completer().complete()

    def _choose(self, text: str) -> None:
        chosen = self._ids.get(text)
        self.setText(text)
        if chosen != self.account_id:
            self.account_id = chosen
            self.picked.emit(chosen)
