"""Start the window: Qt application, theme, translations, first run, main window."""

from __future__ import annotations

import os
import sys
import time

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from .. import APP_NAME, __version__
from ..bootstrap import RESOURCES, AppContext, open_context, resolve_db_path
from ..core.errors import SalesDeskError
from ..core.workspace import current_profile, save_profile
from .changes import ChangeNotifier
from .messages import arg, critical, error_text, warn
from .state import AppState
from .theme import apply_theme

_STARTED = time.perf_counter()


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, set up once (tests and `screenshot` may ask again)."""
    if QApplication.instance() is None:
        from .map.scheme import register_schemes

        register_schemes()  # the map's URL scheme must be known before the application
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    if app.property("sd_ready"):
        return app
    app.setProperty("sd_ready", True)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    _install_translators(app)
    if os.environ.get("SALESDESK_RTL") == "1":
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    scheme = str(QSettings().value("appearance/scheme", "system"))
    apply_theme(app, scheme)
    app.styleHints().colorSchemeChanged.connect(
        lambda _s: apply_theme(app, str(QSettings().value("appearance/scheme", "system")))
    )
    return app


def _install_translators(app: QApplication) -> None:
    """Qt's own strings and ours, for the user's locale (or $SALESDESK_LANG)."""
    lang = os.environ.get("SALESDESK_LANG")
    locale = QLocale(lang) if lang else QLocale.system()
    if locale.language() == QLocale.Language.C:  # no LANG set: read dates and money as en_GB
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    folders = [
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase"),
        (str(RESOURCES / "translations"), "salesdesk"),
    ]
    for folder, name in folders:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
    # Persian, Arabic, Hebrew...: mirror every layout.
    app.setLayoutDirection(locale.textDirection())


def _show_unexpected_error(exc_type, exc, tb) -> None:
    """Last resort for a bug: say so in a dialog (and on stderr) instead of failing silently."""
    import traceback

    traceback.print_exception(exc_type, exc, tb)
    app = QApplication.instance()
    if app is None or QThread.currentThread() != app.thread():
        return  # widgets only on the GUI thread; workers report through their signals
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    text = QCoreApplication.translate(
        "App",
        "Something went wrong: %1\n\nYour saved work is safe: every change is saved "
        "whole or not at all.",
    )
    critical(QApplication.activeWindow(), arg(text, f"{exc_type.__name__}: {exc}"))


def run_gui(db_arg: str | None = None) -> int:
    app = make_application()
    sys.excepthook = _show_unexpected_error
    from .dialogs.passphrase import open_with_passphrase

    try:  # encrypted, and neither the keyring nor $SALESDESK_PASSPHRASE opens it: ask
        ctx = open_with_passphrase(
            lambda key: open_context(db_arg, key=key), resolve_db_path(db_arg)
        )
        if ctx is None:  # the user cancelled the passphrase prompt
            return 0
    except SalesDeskError as exc:
        from .backups import offers_recovery, recover_at_start

        if not offers_recovery(db_arg, exc):
            critical(None, error_text(exc))
            return 1
        ctx = recover_at_start(db_arg, exc)  # latest good backup / another file / quit
        if ctx is None:
            return 1
    state = AppState(ctx=ctx, notifier=ChangeNotifier(ctx.db, app), profile=current_profile(ctx.db))
    if state.profile is None and not first_run(state):
        ctx.close()
        return 0

    from .main_window import MainWindow

    window = MainWindow(state, QSettings())
    window.show()
    if ctx.migration.migrated and ctx.migration.backup is not None:
        window.statusBar().showMessage(
            QCoreApplication.translate("App", "Database upgraded; a backup was kept at %1").replace(
                "%1", str(ctx.migration.backup)
            ),
            10000,
        )
    check = _check_integrity_later(window, ctx)
    from .backups import DailyBackup, restore_then_restart, take_pending_restore

    DailyBackup(window, ctx)
    _take_weekly_snapshot_later(ctx)
    _run_rules_later(ctx)
    if os.environ.get("SALESDESK_EXIT_AFTER_SHOW") == "1":  # used by benchmarks/
        QTimer.singleShot(0, lambda: _report_and_quit(app))
    code = app.exec()
    check.cancel()
    QThreadPool.globalInstance().waitForDone(5000)
    # Delete the window (and the map's web pages) while the web engine still runs.
    shiboken6.delete(window)
    ctx.close()
    pending = take_pending_restore()  # Settings, Data: Restore… closed the window for it
    if pending is not None:
        return restore_then_restart(ctx.db_path, pending, key=ctx.db.key)
    return code


def _check_integrity_later(window: QWidget, ctx: AppContext):
    """Read every page off the GUI thread after start-up; warn if SQLite finds damage."""
    from ..core.db import integrity_problem
    from .worker import Job

    job = Job(
        lambda _progress, cancelled: integrity_problem(
            ctx.db_path, cancelled=cancelled, key=ctx.db.key
        ),
        QApplication.instance(),
    )

    def report(problem: object) -> None:
        if problem:
            from .backups import offer_restore_after_damage

            offer_restore_after_damage(window, ctx, problem)

    job.succeeded.connect(report)
    return job.start()


def _take_weekly_snapshot_later(ctx: AppContext):
    """The week's automatic quota snapshot (one query once taken), off the GUI thread;
    a failure skips it for this start and never stops the window."""
    from ..core.deals.snapshots import ensure_weekly_snapshot
    from .worker import Job

    job = Job(lambda _progress, _cancelled: ensure_weekly_snapshot(ctx.db), QApplication.instance())
    return job.start()


def _run_rules_later(ctx: AppContext):
    """The "no visit to an A account in N days" rule (one query, nothing when it is off
    or its tasks are open already), off the GUI thread; a failure skips it for this
    start and never stops the window."""
    from ..core.automation.rules import run_no_visit_rule
    from ..core.workspace import current_profile
    from .worker import Job

    def work(_progress, _cancelled) -> int:
        profile = current_profile(ctx.db)
        return run_no_visit_rule(ctx.db, user_id=profile.id if profile else None)

    job = Job(work, QApplication.instance())
    return job.start()


def _report_and_quit(app: QApplication) -> None:
    # Wall-clock epoch, so the benchmark can measure from before the process started.
    print(
        f"window-shown-at {time.time():.6f} "
        f"(import to shown {time.perf_counter() - _STARTED:.3f} s)",
        file=sys.stderr,
    )
    app.quit()


def first_run(state: AppState, parent: QWidget | None = None) -> bool:
    """Ask for the profile and offer demo data. False if the user cancelled."""
    from ..core.stats import record_counts
    from .dialogs.welcome import WelcomeDialog

    has_data = record_counts(state.ctx.db, ("accounts",))["accounts"] > 0
    dialog = WelcomeDialog(has_data, parent)
    if not dialog.exec():
        return False
    try:
        state.profile = save_profile(state.ctx.db, dialog.profile_input)
    except SalesDeskError as exc:
        critical(parent, error_text(exc))
        return False
    if dialog.wants_demo:
        load_demo(state.ctx, state.profile.id, parent)
    return True


def load_demo(ctx: AppContext, me, parent: QWidget | None = None, accounts: int = 400) -> bool:
    """Build demo data off the GUI thread with a progress dialog that can cancel."""
    from ..core.demo import generate
    from .worker import Job

    progress = QProgressDialog(
        QCoreApplication.translate("App", "Building the demo territory…"),
        QCoreApplication.translate("App", "Cancel"),
        0,
        100,
        parent,
    )
    progress.setWindowTitle(APP_NAME)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(0)
    loop = QEventLoop()
    outcome: dict[str, object] = {}
    job = Job(
        lambda report, cancelled: generate(
            ctx.db, accounts=accounts, me=me, progress=report, cancel=cancelled
        )
    )
    job.progress.connect(lambda done, total: progress.setValue(int(100 * done / max(total, 1))))
    job.succeeded.connect(lambda r: (outcome.setdefault("ok", r), loop.quit()))
    job.failed.connect(lambda msg: (outcome.setdefault("error", msg), loop.quit()))
    job.cancelled.connect(loop.quit)
    progress.canceled.connect(job.cancel)
    job.start()
    loop.exec()
    progress.close()
    if "error" in outcome:
        text = QCoreApplication.translate("App", "The demo data could not be built: %1")
        warn(parent, arg(text, outcome["error"]))
    return "ok" in outcome
