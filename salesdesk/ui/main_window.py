"""The main window: role-based navigation, one view per process, menus, status bar."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from .. import APP_NAME
from ..core.domain import Process
from ..core.stats import record_counts
from ..core.workspace import visible_processes
from .dialogs.about import AboutDialog
from .dialogs.profile import ProfileDialog
from .dialogs.settings import SettingsDialog
from .labels import PROCESS_ICONS, process_title, role_title
from .messages import arg, back_up_now
from .state import AppState
from .theme import apply_theme, icon
from .views import create_view

NAV_WIDTH = 220


class MainWindow(QMainWindow):
    def __init__(self, state: AppState, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.settings = settings
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon("mdi6.briefcase-variant-outline", "#2563eb"))
        self.views: dict[Process, QWidget] = {}

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setAccessibleName(self.tr("Sales processes"))
        self.nav.currentRowChanged.connect(self._on_nav_row)
        self.stack = QStackedWidget()
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.db_label = QLabel()
        self.profile_label = QLabel()
        self.view_label = QLabel()  # what the current view reports (e.g. the base map)
        for status in (self.db_label, self.profile_label, self.view_label):
            status.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.view_label, 1)
        self.statusBar().addPermanentWidget(self.profile_label)
        self.statusBar().addPermanentWidget(self.db_label)
        state.notifier.changed.connect(self._on_changed)

        self.rebuild_navigation()
        self._refresh_status()
        self._restore()
        if Process.TERRITORY in self.processes():
            # Build the Territory view (ranking, map page, web engine) while the user
            # reads Today: opening it later shows a map that is already drawn.
            QTimer.singleShot(2000, self, self._prebuild_territory)

    def _prebuild_territory(self) -> None:
        if not self.isVisible():  # closed meanwhile: nobody will look at the map
            return
        if Process.TERRITORY not in self.views and Process.TERRITORY in self.processes():
            self._view_for(Process.TERRITORY)

    # navigation ---------------------------------------------------------------
    def processes(self) -> tuple[Process, ...]:
        return visible_processes(self.state.ctx.db, self.state.role)

    def rebuild_navigation(self) -> None:
        current = self.current_process()
        procs = self.processes()
        self.nav.blockSignals(True)
        self.nav.clear()
        for i, proc in enumerate(procs, start=1):
            item = QListWidgetItem(icon(PROCESS_ICONS[proc]), process_title(proc))
            item.setData(Qt.ItemDataRole.UserRole, proc.value)
            item.setToolTip(f"{process_title(proc)} (Ctrl+{i})" if i <= 9 else process_title(proc))
            self.nav.addItem(item)
        self.nav.blockSignals(False)
        for i, action in enumerate(self.view_actions):
            action.setVisible(i < len(procs))
            if i < len(procs):
                action.setText(process_title(procs[i]))
                action.setData(procs[i].value)
        self.show_process(current if current in procs else Process.TODAY)

    def current_process(self) -> Process | None:
        item = self.nav.currentItem()
        return Process(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def show_process(self, proc: Process) -> None:
        procs = self.processes()
        if proc not in procs:
            proc = Process.TODAY
        self.nav.setCurrentRow(procs.index(proc))

    def _on_nav_row(self, row: int) -> None:
        if row < 0:
            return
        proc = Process(self.nav.item(row).data(Qt.ItemDataRole.UserRole))
        view = self._view_for(proc)
        self.stack.setCurrentWidget(view)
        self.view_label.setText(str(view.property("status_text") or ""))
        self.setWindowTitle(f"{process_title(proc)} — {APP_NAME}")

    def _view_for(self, proc: Process) -> QWidget:
        view = self.views.get(proc)
        if view is None:  # built on first visit: start-up pays only for Today
            view = create_view(proc, self.state)
            self.views[proc] = view
            self.stack.addWidget(view)
            if hasattr(view, "status_changed"):
                view.status_changed.connect(self._on_view_status)
            # Views that show calls (Today, Accounts...) hand them to the Calls view.
            for name, slot in (
                ("open_call", self.open_call),
                ("plan_call", self.plan_call),
                ("account_calls", self.account_calls),
            ):
                if isinstance(getattr(type(view), name, None), Signal):
                    getattr(view, name).connect(slot)
        return view

    def open_call(self, call_id) -> None:
        """Show one call in the Calls view (from Today, a review, a route stop...)."""
        if Process.CALLS in self.processes():
            self.show_process(Process.CALLS)
            self._view_for(Process.CALLS).open_call(call_id)

    def account_calls(self, account_id) -> None:
        """The Calls view, showing one account's call history."""
        if Process.CALLS in self.processes():
            self.show_process(Process.CALLS)
            self._view_for(Process.CALLS).show_account(account_id)

    def plan_call(self, account_id=None) -> None:
        if Process.CALLS in self.processes():
            self.show_process(Process.CALLS)
            self._view_for(Process.CALLS).new_call(account_id)

    def _on_view_status(self, text: str) -> None:
        view = self.sender()
        view.setProperty("status_text", text)
        if view is self.stack.currentWidget():
            self.view_label.setText(text)

    # menus ----------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        backup = file_menu.addAction(icon("mdi6.database-export-outline"), self.tr("&Back up now"))
        backup.triggered.connect(self._backup)
        imp = file_menu.addAction(icon("mdi6.database-import-outline"), self.tr("&Import records…"))
        imp.setShortcut(QKeySequence("Ctrl+I"))
        imp.triggered.connect(self.open_import)
        book = file_menu.addAction(icon("mdi6.file-pdf-box"), self.tr("Export &territory book…"))
        book.triggered.connect(self.export_territory_book)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        group = QActionGroup(self)
        group.triggered.connect(self._on_view_action)
        self.view_actions: list[QAction] = []
        for i in range(len(Process)):
            action = view_menu.addAction("")
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            group.addAction(action)
            self.view_actions.append(action)
        view_menu.addSeparator()
        nxt = view_menu.addAction(self.tr("Next view"))
        nxt.setShortcut(QKeySequence("Ctrl+PgDown"))
        nxt.triggered.connect(self.next_view)
        prev = view_menu.addAction(self.tr("Previous view"))
        prev.setShortcut(QKeySequence("Ctrl+PgUp"))
        prev.triggered.connect(self.previous_view)

        tools = self.menuBar().addMenu(self.tr("&Tools"))
        prof = tools.addAction(icon("mdi6.account-circle-outline"), self.tr("&Profile…"))
        prof.triggered.connect(self.edit_profile)
        prefs = tools.addAction(icon("mdi6.cog-outline"), self.tr("&Settings…"))
        prefs.setShortcut(QKeySequence.StandardKey.Preferences)
        if prefs.shortcut().isEmpty():
            prefs.setShortcut(QKeySequence("Ctrl+,"))
        prefs.triggered.connect(self.open_settings)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = help_menu.addAction(icon("mdi6.information-outline"), self.tr("&About SalesDesk"))
        about.triggered.connect(self.open_about)

    def _on_view_action(self, action: QAction) -> None:
        self.show_process(Process(action.data()))

    def next_view(self) -> None:
        self._step(1)

    def previous_view(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        n = self.nav.count()
        if n:
            self.nav.setCurrentRow((self.nav.currentRow() + delta) % n)

    def edit_profile(self) -> None:
        dialog = ProfileDialog(self.state.ctx.db, self.state.profile, self)
        if dialog.exec():
            self.state.reload_profile()
            self.rebuild_navigation()
            self._refresh_status()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.state, self.settings, self)
        if dialog.exec():
            from PySide6.QtWidgets import QApplication

            apply_theme(
                QApplication.instance(), str(self.settings.value("appearance/scheme", "system"))
            )
            self.rebuild_navigation()
            for view in self.views.values():
                if hasattr(view, "settings_changed"):
                    view.settings_changed()

    def open_import(self) -> None:
        # Imported on use: the importer (openpyxl, phonenumbers...) stays off start-up.
        from .dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.state, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()

    def export_territory_book(self) -> None:
        # Imported on use: reportlab and the fonts stay off start-up.
        from .documents.export import export_territory_book

        export_territory_book(self, self.state)

    def open_about(self) -> None:
        AboutDialog(str(self.state.ctx.db_path), self).exec()

    def _backup(self) -> None:
        back_up_now(self, self.state.ctx)

    # status and persistence ---------------------------------------------------
    def _on_changed(self, tables: frozenset) -> None:
        if "accounts" in tables or "users" in tables:
            self._refresh_status()
        if "settings" in tables:
            self.rebuild_navigation()

    def _refresh_status(self) -> None:
        path = self.state.ctx.db_path
        accounts = record_counts(self.state.ctx.db, ("accounts",))["accounts"]
        self.db_label.setText(
            arg(self.tr("Database: %1 · %2 accounts"), path.name, self.locale().toString(accounts))
        )
        self.db_label.setToolTip(str(path))
        p = self.state.profile
        self.profile_label.setText(f"{p.name} · {role_title(self.state.role)}" if p else "")

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        last = str(self.settings.value("window/last_view", Process.TODAY.value))
        if last in Process._value2member_map_:
            self.show_process(Process(last))

    def changeEvent(self, event) -> None:
        # Icons are tinted for the palette they were drawn in: redraw after a light/dark
        # switch (the system's or the user's).
        if event.type() == QEvent.Type.PaletteChange and self.nav.count():
            for i in range(self.nav.count()):
                item = self.nav.item(i)
                item.setIcon(icon(PROCESS_ICONS[Process(item.data(Qt.ItemDataRole.UserRole))]))
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        for view in self.views.values():
            if hasattr(view, "shutdown"):
                view.shutdown()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        current = self.current_process()
        if current is not None:
            self.settings.setValue("window/last_view", current.value)
        super().closeEvent(event)
