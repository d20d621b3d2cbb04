"""The passphrase of an encrypted database: asked when the keyring and the environment
have none (or a wrong one), and chosen twice when encrypting."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...core import crypto
from ...core.errors import SalesDeskError
from ..messages import arg, error_text

T = TypeVar("T")
# (passphrase, remember it) or None when the user gave up.
Ask = Callable[[Path, str], "tuple[str, bool] | None"]


def _isolated(path: Path | str) -> str:
    """A file path inside translated text: kept left to right in a right-to-left line."""
    return f"\u2066{path}\u2069"


class PassphraseDialog(QDialog):
    """Ask for the passphrase of `db_path`; with `new`, choose one (typed twice)."""

    def __init__(
        self,
        db_path: Path | str,
        parent: QWidget | None = None,
        *,
        new: bool = False,
        error: str = "",
        can_remember: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self._new = new
        self.setWindowTitle(
            self.tr("Choose a passphrase") if new else self.tr("Encrypted database")
        )
        lay = QVBoxLayout(self)
        intro = QLabel(
            arg(
                self.tr("Choose a passphrase to encrypt %1.")
                if new
                else self.tr("%1 is encrypted. Enter its passphrase to open it."),
                _isolated(db_path),
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)  # carries the file path
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.passphrase_edit = self._secret_field()
        form.addRow(self.tr("&Passphrase"), self.passphrase_edit)
        self.repeat_edit: QLineEdit | None = None
        if new:
            self.repeat_edit = self._secret_field()
            form.addRow(self.tr("&Repeat it"), self.repeat_edit)
        lay.addLayout(form)
        self.show_box = QCheckBox(self.tr("&Show the passphrase"))
        self.show_box.toggled.connect(self._show)
        lay.addWidget(self.show_box)
        if can_remember is None:
            can_remember = crypto.keyring_available()
        self.remember_box = QCheckBox(self.tr("Re&member it in the system keyring"))
        self.remember_box.setEnabled(can_remember)
        self.remember_box.setChecked(can_remember)
        if not can_remember:
            self.remember_box.setToolTip(
                self.tr("No system keyring was found: SalesDesk will ask each time.")
            )
        lay.addWidget(self.remember_box)
        if new:
            warning = QLabel(
                self.tr(
                    "Without the passphrase nobody can open this database again, "
                    "SalesDesk included. Keep it somewhere safe."
                )
            )
            warning.setWordWrap(True)
            lay.addWidget(warning)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.error)
        self.show_error(error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self._update_ok()
        self.setMinimumWidth(420)

    def _secret_field(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.textChanged.connect(self._update_ok)
        return edit

    def _fields(self) -> list[QLineEdit]:
        return [e for e in (self.passphrase_edit, self.repeat_edit) if e is not None]

    def _show(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        for edit in self._fields():
            edit.setEchoMode(mode)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(all(edit.text() for edit in self._fields()))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def remember(self) -> bool:
        return self.remember_box.isEnabled() and self.remember_box.isChecked()

    def accept(self) -> None:
        if not self.passphrase():
            return
        if self._new:
            try:
                crypto.validate_new_passphrase(self.passphrase())
            except SalesDeskError as exc:
                self.show_error(error_text(exc))
                return
            if self.repeat_edit is not None and self.repeat_edit.text() != self.passphrase():
                self.show_error(self.tr("The two passphrases differ."))
                return
        super().accept()


def ask_passphrase(db_path: Path, error: str, parent: QWidget | None = None):
    """Show the dialog; (passphrase, remember) or None if cancelled."""
    dialog = PassphraseDialog(db_path, parent, error=error)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase(), dialog.remember()


def open_with_passphrase(
    open_fn: Callable[[str | None], T],
    db_path: Path,
    parent: QWidget | None = None,
    ask: Ask | None = None,
) -> T | None:
    """`open_fn(None)` (the environment or keyring supply the key), asking again while
    the file wants a passphrase; None if the user cancels.

    A passphrase that opened the file goes to the keyring if the user ticked the box.
    """
    ask = ask or (lambda path, error: ask_passphrase(path, error, parent))
    key: str | None = None
    remember = False
    while True:
        try:
            opened = open_fn(key)
        except crypto.PassphraseRequiredError:
            error = ""
        except crypto.WrongPassphraseError:
            error = QCoreApplication.translate(
                "PassphraseDialog", "That passphrase does not open this database."
            )
        else:
            if key is not None and remember:
                crypto.remember_key(db_path, key)
            return opened
        answer = ask(db_path, error)
        if answer is None:
            return None
        key, remember = answer
