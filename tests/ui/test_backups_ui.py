"""Backups in the window: the Data tab, restoring with a restart, recovery at start-up."""

from __future__ import annotations

import hashlib
import sqlite3
import sys

import pytest
from PySide6.QtWidgets import QDialog, QMainWindow

from salesdesk.bootstrap import backups_of, open_context
from salesdesk.core.backup import backup_keep, rolling_backup
from salesdesk.core.errors import SalesDeskError, StorageError
from salesdesk.core.models import Account
from salesdesk.ui import backups
from salesdesk.ui.dialogs import settings as settings_module
from salesdesk.ui.dialogs.settings import SettingsDialog


def _names(path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM accounts")}
    finally:
        con.close()


def _add(ctx, name: str) -> None:
    with ctx.db.write() as s:
        s.add(Account(name=name))


def _damage(path) -> None:
    """Overwrite the first bytes of sqlite_master's page: SQLite cannot read the schema."""
    data = bytearray(path.read_bytes())
    data[100:400] = b"\xde\xad\xbe\xef" * 75
    path.write_bytes(bytes(data))


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def dialog(qtbot, ctx, make_state, settings):
    rolling_backup(ctx.db_path, ctx.backup_dir, "daily")
    rolling_backup(ctx.db_path, ctx.backup_dir, "manual")
    dialog = SettingsDialog(make_state(), settings)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentWidget(dialog.data_page)
    return dialog


# the Data tab -----------------------------------------------------------------------


def test_the_data_tab_lists_the_backups_newest_first(dialog, ctx):
    rows = dialog.backup_list
    assert rows.topLevelItemCount() == 2
    assert [rows.topLevelItem(i).text(1) for i in range(2)] == ["Backed up by hand", "Daily"]
    assert dialog.selected_backup() == backups_of(ctx.db_path)[0]
    assert dialog.restore_button.isEnabled()


def test_back_up_now_adds_a_row(dialog, qtbot, monkeypatch):
    said = []
    monkeypatch.setattr(settings_module, "show_message", lambda _p, text: said.append(text))
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: dialog.backup_list.topLevelItemCount() == 3, timeout=10_000)
    assert "verified" in said[0]


def test_the_number_of_backups_to_keep_is_saved(dialog, ctx):
    assert dialog.keep.value() == 10
    assert (dialog.keep.minimum(), dialog.keep.maximum()) == (1, 100)
    dialog.keep.setValue(4)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert backup_keep(ctx.db) == 4


def test_restore_asks_checks_the_backup_then_hands_over_to_the_restart(dialog, ctx, monkeypatch):
    questions, requested = [], []
    monkeypatch.setattr(
        settings_module, "ask", lambda _p, text, _ok: questions.append(text) or True
    )
    monkeypatch.setattr(settings_module, "request_restore", lambda p: requested.append(p) or True)
    chosen = dialog.selected_backup()
    dialog.restore_button.click()
    assert "first takes a backup of the current data" in questions[0]
    assert requested == [chosen.path]
    assert dialog.result() == QDialog.DialogCode.Rejected  # closed; nothing else saved


def test_restore_cancelled_at_the_question_does_nothing(dialog, monkeypatch):
    requested = []
    monkeypatch.setattr(settings_module, "ask", lambda *_a: False)
    monkeypatch.setattr(settings_module, "request_restore", requested.append)
    dialog.restore_button.click()
    assert requested == []
    assert dialog.isVisible() or dialog.result() == 0


def test_a_damaged_backup_is_refused_before_the_window_closes(dialog, monkeypatch):
    warned, requested = [], []
    monkeypatch.setattr(settings_module, "ask", lambda *_a: True)
    monkeypatch.setattr(settings_module, "warn", lambda _p, text: warned.append(text))
    monkeypatch.setattr(settings_module, "request_restore", requested.append)
    _damage(dialog.selected_backup().path)
    dialog.restore_button.click()
    assert requested == [] and "damaged" in warned[0]


# restoring after the window closed ------------------------------------------------------


def test_restore_then_restart_restores_and_starts_salesdesk_again(ctx, qapp, monkeypatch):
    _add(ctx, "in the backup")
    chosen = rolling_backup(ctx.db_path, ctx.backup_dir, "manual")
    _add(ctx, "added later")
    ctx.close()  # run_gui closes the database before restoring
    said, restarted = [], []
    monkeypatch.setattr(backups, "show_message", lambda _p, text: said.append(text))
    monkeypatch.setattr(backups, "restart", restarted.append)

    assert backups.restore_then_restart(ctx.db_path, chosen) == 0

    assert _names(ctx.db_path) == {"in the backup"}
    assert restarted == [ctx.db_path]
    assert "backed up first" in said[0] and "starts again" in said[0]


def test_a_failed_restore_says_so_and_restarts_on_the_data_as_it_was(ctx, qapp, monkeypatch):
    _add(ctx, "still here")
    said, restarted = [], []
    monkeypatch.setattr(backups, "critical", lambda _p, text: said.append(text))
    monkeypatch.setattr(backups, "restart", restarted.append)
    # The database is still open (ctx not closed): restore must refuse, not swap.
    assert backups.restore_then_restart(ctx.db_path, backups.LATEST) == 1
    assert "not restored" in said[0]
    assert restarted == [ctx.db_path]
    assert _names(ctx.db_path) == {"still here"}


def test_request_restore_closes_the_windows_and_leaves_the_backup_pending(
    qtbot, qapp, tmp_path, monkeypatch
):
    quits = []
    monkeypatch.setattr(backups.QTimer, "singleShot", lambda _ms, fn: quits.append(fn))
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    assert backups.request_restore(tmp_path / "b.sqlite3")
    assert not window.isVisible() and quits
    assert backups.take_pending_restore() == tmp_path / "b.sqlite3"
    assert backups.take_pending_restore() is None


def test_the_restart_runs_salesdesk_on_the_same_file(monkeypatch, tmp_path):
    started = []
    monkeypatch.setattr(
        backups.QProcess,
        "startDetached",
        lambda program, args, cwd: started.append((program, args)) or (True, 1),
    )
    assert backups.restart(tmp_path / "s.sqlite3")
    assert started == [(sys.executable, ["-m", "salesdesk", "--db", str(tmp_path / "s.sqlite3")])]


# start-up -------------------------------------------------------------------------------


def _damaged_with_backup(db_path):
    ctx = open_context(db_path)
    _add(ctx, "from the backup")
    rolling_backup(ctx.db_path, ctx.backup_dir, "daily")
    ctx.close()
    _damage(db_path)
    with pytest.raises(SalesDeskError) as refused:
        open_context(db_path)
    return refused.value


def test_at_start_up_a_damaged_file_is_replaced_by_the_latest_backup_and_kept_aside(
    db_path, qapp, monkeypatch
):
    exc = _damaged_with_backup(db_path)
    damaged = _digest(db_path)
    said = []
    monkeypatch.setattr(backups, "ask_recovery", lambda text: said.append(text) or "restore")
    monkeypatch.setattr(backups, "show_message", lambda _p, text: said.append(text))

    assert backups.offers_recovery(str(db_path), exc)
    ctx = backups.recover_at_start(str(db_path), exc)
    try:
        with ctx.db.read() as s:
            assert {a.name for a in s.query(Account)} == {"from the backup"}
    finally:
        ctx.close()
    assert "is damaged" in said[0]
    aside = list(db_path.parent.glob(f"{db_path.name}.damaged-*"))
    assert len(aside) == 1 and _digest(aside[0]) == damaged
    assert "kept as" in said[1]


def test_at_start_up_another_file_can_be_opened_instead(db_path, tmp_path, qapp, monkeypatch):
    exc = _damaged_with_backup(db_path)
    damaged = _digest(db_path)
    other = tmp_path / "other" / "elsewhere.sqlite3"
    open_context(other).close()
    monkeypatch.setattr(backups, "ask_recovery", lambda _text: "open")
    monkeypatch.setattr(backups, "choose_database", lambda _folder: other)
    ctx = backups.recover_at_start(str(db_path), exc)
    ctx.close()
    assert ctx.db_path == other.resolve()
    assert _digest(db_path) == damaged  # the damaged file was left alone


def test_the_window_quits_without_touching_the_damaged_file(db_path, qapp, monkeypatch):
    from salesdesk.ui import app as app_module

    _damaged_with_backup(db_path)
    damaged = _digest(db_path)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    monkeypatch.setattr(backups, "ask_recovery", lambda _text: "quit")
    assert app_module.run_gui(str(db_path)) == 1
    assert _digest(db_path) == damaged
    assert not list(db_path.parent.glob("*.damaged-*"))


# while the window is open -------------------------------------------------------------------


def test_the_daily_backup_is_taken_once_off_the_gui_thread(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(backups, "FIRST_DAILY_CHECK_MS", 3_600_000)
    window = QMainWindow()
    qtbot.addWidget(window)
    daily = backups.DailyBackup(window, ctx)
    assert daily.timer.isActive()
    daily.check()
    qtbot.waitUntil(lambda: not daily._running, timeout=10_000)
    assert [b.reason for b in backups_of(ctx.db_path)] == ["daily"]
    assert "Daily backup" in window.statusBar().currentMessage()
    daily.check()
    qtbot.waitUntil(lambda: not daily._running, timeout=10_000)
    assert len(backups_of(ctx.db_path)) == 1  # today's is taken


def test_a_failing_daily_backup_warns_once(qtbot, ctx, monkeypatch):
    def fail(*_a, **_k):
        raise StorageError("The disk is full")

    warned = []
    monkeypatch.setattr(backups, "daily_backup", fail)
    monkeypatch.setattr(backups, "warn", lambda _p, text: warned.append(text))
    window = QMainWindow()
    qtbot.addWidget(window)
    daily = backups.DailyBackup(window, ctx)
    for _ in range(2):
        daily.check()
        qtbot.waitUntil(lambda: not daily._running, timeout=10_000)
    assert len(warned) == 1 and "disk is full" in warned[0]


def test_damage_found_while_open_offers_the_latest_backup(qtbot, ctx, monkeypatch):
    requested, warned = [], []
    monkeypatch.setattr(backups, "ask", lambda *_a: True)
    monkeypatch.setattr(backups, "request_restore", lambda p: requested.append(p) or True)
    monkeypatch.setattr(backups, "warn", lambda _p, text: warned.append(text))
    window = QMainWindow()
    qtbot.addWidget(window)
    backups.offer_restore_after_damage(window, ctx, "page 7: btree damaged")
    assert warned and not requested  # no backup yet: only the warning
    rolling_backup(ctx.db_path, ctx.backup_dir, "daily")
    backups.offer_restore_after_damage(window, ctx, "page 7: btree damaged")
    assert requested == [None]  # None: the latest that passes the checks
