"""Backups in the window: the daily backup, restoring one, recovery at start-up.

Restoring replaces the database file, so nothing may hold it open. The window never
swaps the file under itself: request_restore() closes every window and quits the event
loop; run_gui() then closes the database, calls restore_then_restart() and starts a new
SalesDesk process on the restored file. At start-up (nothing open yet) a damaged file is
restored in place and opening simply continues.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEventLoop,
    QLocale,
    QObject,
    QProcess,
    Qt,
    QTime,
    QTimer,
)
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from .. import APP_NAME
from ..bootstrap import AppContext, backup_dir_for, backups_of, open_context, resolve_db_path
from ..core.backup import RestoreReport, daily_backup, restore, restore_latest
from ..core.errors import CorruptDatabaseError, NotADatabaseError, SalesDeskError
from .messages import arg, critical, error_text, show_message, warn

FIRST_DAILY_CHECK_MS = 15_000  # after start-up, once the integrity check had its go
DAILY_CHECK_EVERY_MS = 60 * 60 * 1000  # hourly: a window left open overnight backs up
LATEST = "latest"  # request_restore(None): the newest backup that passes the checks
RECOVERABLE = (CorruptDatabaseError, NotADatabaseError)

_pending: list[Path | str] = []


# small pieces -----------------------------------------------------------------------


def reason_title(reason: str) -> str:
    titles = {
        "premigrate": QCoreApplication.translate("Backups", "Before an upgrade"),
        "daily": QCoreApplication.translate("Backups", "Daily"),
        "manual": QCoreApplication.translate("Backups", "Backed up by hand"),
        "before-restore": QCoreApplication.translate("Backups", "Before a restore"),
    }
    return titles.get(reason, reason)


def when_text(taken_at: datetime) -> str:
    moment = QDateTime(
        QDate(taken_at.year, taken_at.month, taken_at.day),
        QTime(taken_at.hour, taken_at.minute, taken_at.second),
    )
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def ask(parent: QWidget | None, text: str, accept_text: str) -> bool:
    """A plain-text question with a named accept button and Cancel."""
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    accept = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is accept


def run_in_background(
    parent: QWidget | None, text: str, fn: Callable[[], object]
) -> tuple[bool, object]:
    """Run `fn` on the thread pool behind a busy dialog: (True, result) or (False, error)."""
    from .worker import Job

    progress = QProgressDialog(text, "", 0, 0, parent)
    progress.setWindowTitle(APP_NAME)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(300)
    loop = QEventLoop()
    outcome: dict[str, object] = {}
    job = Job(lambda _progress, _cancelled: fn())
    job.succeeded.connect(lambda result: (outcome.setdefault("ok", result), loop.quit()))
    job.failed.connect(lambda error: (outcome.setdefault("error", error), loop.quit()))
    job.start()
    while not outcome:  # a Quit event still queued from closing the window ends a loop early
        loop.exec()
    progress.close()
    progress.deleteLater()
    job.deleteLater()
    return ("ok" in outcome, outcome.get("ok", outcome.get("error")))


def restored_text(report: RestoreReport) -> str:
    text = arg(
        QCoreApplication.translate("Backups", "The backup %1 was restored."), report.restored.name
    )
    if report.safety_backup is not None:
        text += "\n" + arg(
            QCoreApplication.translate("Backups", "The data it replaced was backed up first: %1"),
            report.safety_backup.name,
        )
    if report.kept_aside is not None:
        text += "\n" + arg(
            QCoreApplication.translate("Backups", "The damaged file was kept as %1"),
            report.kept_aside,
        )
    return text


# restoring while the window is open --------------------------------------------------


def request_restore(backup: Path | None) -> bool:
    """Close the windows and quit so run_gui restores `backup` (None: the latest) and
    restarts. False if a window refused to close (nothing is restored then)."""
    _pending.clear()
    _pending.append(backup if backup is not None else LATEST)
    app = QApplication.instance()
    app.closeAllWindows()
    if any(w.isVisible() for w in app.topLevelWidgets() if w.isWindow()):
        _pending.clear()
        return False
    QTimer.singleShot(0, app.quit)
    return True


def take_pending_restore() -> Path | str | None:
    return _pending.pop() if _pending else None


def restore_then_restart(db_path: Path, pending: Path | str, key: str | None = None) -> int:
    """After the window closed and the database is closed: restore, say so, restart."""
    folder = backup_dir_for(db_path)
    if pending == LATEST:
        ok, result = run_in_background(
            None,
            QCoreApplication.translate("Backups", "Restoring the latest backup…"),
            lambda: restore_latest(db_path, folder, key=key),
        )
    else:
        ok, result = run_in_background(
            None,
            QCoreApplication.translate("Backups", "Restoring the backup…"),
            lambda: restore(db_path, Path(pending), folder, key=key),
        )
    if ok:
        show_message(
            None,
            restored_text(result)
            + "\n\n"
            + QCoreApplication.translate("Backups", "SalesDesk starts again now."),
        )
    else:
        critical(
            None,
            arg(
                QCoreApplication.translate(
                    "Backups",
                    "The backup was not restored: %1\n\nSalesDesk starts again with your data "
                    "as it was.",
                ),
                result,
            ),
        )
    restart(db_path)
    return 0 if ok else 1


def restart(db_path: Path) -> bool:
    """Start a new SalesDesk window on `db_path` (this process is about to exit)."""
    if getattr(sys, "frozen", False):  # a packaged build: the executable is SalesDesk
        program, args = sys.executable, ["--db", str(db_path)]
    else:
        program, args = sys.executable, ["-m", "salesdesk", "--db", str(db_path)]
    started, _pid = QProcess.startDetached(program, args, str(Path.cwd()))
    return bool(started)


# start-up ---------------------------------------------------------------------------


def offers_recovery(db_arg: str | None, exc: BaseException) -> bool:
    """A damaged (or not-SQLite) file with at least one backup: offer to restore it."""
    return isinstance(exc, RECOVERABLE) and bool(backups_of(resolve_db_path(db_arg)))


def ask_recovery(text: str) -> str:
    """'restore', 'open' or 'quit'."""
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    restore_button = box.addButton(
        QCoreApplication.translate("Backups", "Restore the latest backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    open_button = box.addButton(
        QCoreApplication.translate("Backups", "Open another file…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QCoreApplication.translate("Backups", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore_button)
    box.exec()
    clicked = box.clickedButton()
    return "restore" if clicked is restore_button else "open" if clicked is open_button else "quit"


def choose_database(folder: Path) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        None,
        QCoreApplication.translate("Backups", "Open a SalesDesk database"),
        str(folder),
        QCoreApplication.translate(
            "Backups", "SalesDesk databases (*.sqlite3 *.db);;All files (*)"
        ),
    )
    return Path(chosen) if chosen else None


def recover_at_start(db_arg: str | None, exc: SalesDeskError) -> AppContext | None:
    """The file could not be opened: offer the latest good backup, another file, or quit.

    Restoring keeps the damaged file aside; nothing has the file open yet, so opening
    simply continues afterwards. None if the user quit (or nothing could be opened).
    """
    path = resolve_db_path(db_arg)
    while True:
        backups = backups_of(path)
        if not isinstance(exc, RECOVERABLE) or not backups:
            critical(None, error_text(exc))
            return None
        text = arg(
            QCoreApplication.translate(
                "Backups",
                "SalesDesk cannot open this database:\n%1\n\nThe newest backup is from %2. "
                "Restoring it keeps the damaged file beside it, renamed, so nothing is deleted.",
            ),
            error_text(exc),
            when_text(backups[0].taken_at),
        )
        choice = ask_recovery(text)
        if choice == "quit":
            return None
        if choice == "open":
            chosen = choose_database(path.parent)
            if chosen is None:
                continue
            path = chosen.resolve()
        else:
            ok, result = run_in_background(
                None,
                QCoreApplication.translate("Backups", "Restoring the latest backup…"),
                lambda target=path: restore_latest(target, backup_dir_for(target)),
            )
            if not ok:
                critical(
                    None,
                    arg(
                        QCoreApplication.translate("Backups", "The backup was not restored: %1"),
                        result,
                    ),
                )
                continue
            show_message(None, restored_text(result))
        try:  # the file chosen (or restored) may be encrypted: ask for its passphrase
            from .dialogs.passphrase import open_with_passphrase

            return open_with_passphrase(lambda key, p=path: open_context(p, key=key), path)
        except SalesDeskError as again:
            exc = again


def offer_restore_after_damage(window: QWidget, ctx: AppContext, problem: object) -> None:
    """The background check found damage in the open file: offer the latest backup."""
    text = arg(
        QCoreApplication.translate(
            "App",
            "SQLite found damage in this database (%1). Add nothing more to it: "
            "restore a backup from the backups folder (Settings, Data).",
        ),
        problem,
    )
    if not backups_of(ctx.db_path):
        warn(window, text)
        return
    question = (
        text
        + "\n\n"
        + QCoreApplication.translate(
            "Backups",
            "Restore the latest good backup now? The damaged file is kept aside, renamed, "
            "and SalesDesk starts again.",
        )
    )
    if ask(
        window, question, QCoreApplication.translate("Backups", "Restore and restart")
    ) and not request_restore(None):
        warn(
            window,
            QCoreApplication.translate(
                "Backups", "Close the other SalesDesk windows first, then try again."
            ),
        )


# the daily backup -------------------------------------------------------------------


class DailyBackup(QObject):
    """Once a day while the window is open, a verified backup off the GUI thread.

    A backup taken today for any reason (start-up upgrade, by hand) counts as today's.
    """

    def __init__(self, window: QWidget, ctx: AppContext) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        self._running = False
        self._warned = False
        self.timer = QTimer(self)
        self.timer.setInterval(DAILY_CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QTimer.singleShot(FIRST_DAILY_CHECK_MS, self, self.check)

    def check(self) -> None:
        from .worker import Job

        if self._running:
            return
        self._running = True
        ctx = self._ctx
        job = Job(
            lambda _p, _c: daily_backup(ctx.db_path, ctx.backup_dir, key=ctx.db.key),
            QApplication.instance(),
        )
        job.succeeded.connect(self._done)
        job.failed.connect(self._failed)
        job.succeeded.connect(job.deleteLater)
        job.failed.connect(job.deleteLater)
        job.start()

    def _done(self, dest: object) -> None:
        self._running = False
        status = getattr(self._window, "statusBar", None)
        if dest is not None and status is not None:
            status().showMessage(
                arg(
                    QCoreApplication.translate("Backups", "Daily backup written and verified: %1"),
                    dest,
                ),
                8000,
            )

    def _failed(self, error: str) -> None:
        self._running = False
        if not self._warned:  # once per session, not every hour
            self._warned = True
            warn(
                self._window,
                arg(
                    QCoreApplication.translate(
                        "Backups",
                        "Today's backup failed: %1\n\nYour data is unchanged. Try Back up now "
                        "in Settings, Data; if it fails again, check the disk.",
                    ),
                    error,
                ),
            )
