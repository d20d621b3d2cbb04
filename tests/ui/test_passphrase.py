"""The passphrase prompt: hidden text, a passphrase chosen twice, right-to-left, retries."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit

from salesdesk.core import crypto
from salesdesk.core.db import check_file
from salesdesk.ui.dialogs.passphrase import PassphraseDialog, open_with_passphrase


def _dialog(qtbot, **kwargs) -> PassphraseDialog:
    dialog = PassphraseDialog("/data/sales.sqlite3", **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def _ok(dialog: PassphraseDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_ok_waits_for_a_passphrase_typed_out_of_sight(qtbot):
    dialog = _dialog(qtbot, can_remember=False)
    assert dialog.passphrase_edit.echoMode() == QLineEdit.EchoMode.Password
    assert not _ok(dialog).isEnabled()
    qtbot.keyClicks(dialog.passphrase_edit, "s3cret words")
    assert _ok(dialog).isEnabled()
    dialog.show_box.setChecked(True)
    assert dialog.passphrase_edit.echoMode() == QLineEdit.EchoMode.Normal
    _ok(dialog).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.passphrase() == "s3cret words" and not dialog.remember()


def test_the_file_name_stays_left_to_right_in_the_message(qtbot):
    dialog = _dialog(qtbot)
    texts = [label.text() for label in dialog.findChildren(type(dialog.error))]
    assert any("\u2066/data/sales.sqlite3\u2069" in t for t in texts)


def test_remembering_is_offered_only_with_a_system_keyring(qtbot):
    without = _dialog(qtbot, can_remember=False)
    assert not without.remember_box.isEnabled() and without.remember_box.toolTip()
    with_one = _dialog(qtbot, can_remember=True)
    assert with_one.remember_box.isEnabled() and with_one.remember()
    with_one.remember_box.setChecked(False)
    assert not with_one.remember()


def test_a_new_passphrase_is_typed_twice_and_long_enough(qtbot):
    dialog = _dialog(qtbot, new=True, can_remember=False)
    dialog.passphrase_edit.setText("short")
    assert not _ok(dialog).isEnabled()  # the second field is empty
    dialog.repeat_edit.setText("short")
    _ok(dialog).click()
    assert dialog.error.isVisibleTo(dialog) and "at least 8" in dialog.error.text()
    dialog.passphrase_edit.setText("long enough now")
    dialog.repeat_edit.setText("long enough, not")
    _ok(dialog).click()
    assert dialog.error.text() == "The two passphrases differ."
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.repeat_edit.setText("long enough now")
    _ok(dialog).click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_right_to_left_mirrors_the_form(qtbot):
    dialog = _dialog(qtbot, error="wrong")
    dialog.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.passphrase_edit
    label = dialog.layout().itemAt(1).layout().labelForField(field)
    assert label.geometry().left() > field.geometry().left()  # label on the right
    assert field.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_asking_until_the_passphrase_opens_the_file_then_remembering_it(
    qtbot, tmp_path, monkeypatch
):
    from salesdesk.bootstrap import open_context

    path = tmp_path / "sales.sqlite3"
    open_context(path).close()
    crypto.encrypt_file(path, "the right one", tmp_path / "backups")
    monkeypatch.delenv(crypto.KEY_ENV, raising=False)
    remembered = []
    monkeypatch.setattr(crypto, "remember_key", lambda p, k: remembered.append((p, k)))
    asked = []
    answers = iter([("a wrong one", True), ("the right one", True)])

    def ask(db_path, error):
        asked.append(error)
        return next(answers)

    def open_file(key):  # what open_context does with the key
        key = crypto.find_key(path, key)
        check_file(path, key)
        return key

    assert open_with_passphrase(open_file, path, ask=ask) == "the right one"
    assert asked == ["", "That passphrase does not open this database."]
    assert remembered == [(path, "the right one")]


def test_cancelling_the_prompt_opens_nothing(monkeypatch):
    def locked(key):
        raise crypto.PassphraseRequiredError("/data/sales.sqlite3")

    assert open_with_passphrase(locked, "/data/sales.sqlite3", ask=lambda p, e: None) is None


def test_other_errors_are_not_a_passphrase_matter():
    from salesdesk.core.errors import NotADatabaseError

    def broken(key):
        raise NotADatabaseError("/data/notes.txt")

    with pytest.raises(NotADatabaseError):
        open_with_passphrase(broken, "/data/notes.txt", ask=lambda p, e: pytest.fail("asked"))
