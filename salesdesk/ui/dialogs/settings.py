"""Settings: appearance, which processes each role sees (managers), data file and its
backups (list, back up now, restore, how many to keep), map, qualification, automation
rules."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.backup import (
    KEEP_MAX,
    KEEP_MIN,
    BackupInfo,
    backup_keep,
    list_backups,
    rolling_backup,
    set_backup_keep,
    verify_backup,
)
from ...core.domain import ALWAYS_VISIBLE, Process, Role
from ...core.errors import SalesDeskError
from ...core.workspace import role_processes, set_role_processes
from ..backups import ask, reason_title, request_restore, run_in_background, when_text
from ..labels import process_title, role_title
from ..messages import arg, error_text, show_message, warn
from ..theme import SCHEMES
from .company_settings import CompanySettingsPage
from .map_settings import MapSettingsPage
from .qualification_settings import QualificationSettingsPage
from .rules_settings import RulesSettingsPage


class SettingsDialog(QDialog):
    def __init__(self, app_state, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._state = app_state
        self._settings = settings
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.tabs.addTab(self._navigation_tab(), self.tr("Processes by role"))
        self.data_page = self._data_tab()
        self.tabs.addTab(self.data_page, self.tr("Data"))
        self.map_page = MapSettingsPage(settings, app_state.ctx.db)
        self.tabs.addTab(self.map_page, self.tr("Map"))
        self.qualification_page = QualificationSettingsPage(app_state)
        self.tabs.addTab(self.qualification_page, self.tr("Qualification"))
        self.rules_page = RulesSettingsPage(app_state)
        self.tabs.addTab(self.rules_page, self.tr("Automation"))
        self.company_page = CompanySettingsPage(app_state)
        self.tabs.addTab(self.company_page, self.tr("Company"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
        lay.addWidget(buttons)
        self.resize(900, 680)  # the Qualification tab's framework editor needs the room

    def _general_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.theme = QComboBox()
        names = {
            "system": self.tr("Follow the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for key in SCHEMES:
            self.theme.addItem(names[key], key)
        current = str(self._settings.value("appearance/scheme", "system"))
        self.theme.setCurrentIndex(max(0, self.theme.findData(current)))
        form.addRow(self.tr("&Appearance"), self.theme)
        return page

    def _navigation_tab(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        manager = self._state.profile is not None and self._state.profile.role == Role.SALES_MANAGER
        note = QLabel(
            self.tr("Choose which processes each role sees in the navigation.")
            if manager
            else self.tr("Only a sales manager can change which processes each role sees.")
        )
        note.setWordWrap(True)
        lay.addWidget(note)
        grid = QGridLayout()
        mapping = role_processes(self._state.ctx.db)
        self.boxes: dict[tuple[Role, Process], QCheckBox] = {}
        for col, role in enumerate(Role, start=1):
            grid.addWidget(QLabel(f"<b>{role_title(role)}</b>"), 0, col)
        for row, proc in enumerate(Process, start=1):
            grid.addWidget(QLabel(process_title(proc)), row, 0)
            for col, role in enumerate(Role, start=1):
                box = QCheckBox()
                box.setChecked(proc in mapping[role])
                box.setEnabled(manager and proc not in ALWAYS_VISIBLE)
                box.setAccessibleName(f"{role_title(role)}: {process_title(proc)}")
                grid.addWidget(box, row, col)
                self.boxes[(role, proc)] = box
        lay.addLayout(grid)
        lay.addStretch(1)
        self._manager = manager
        return page

    def _data_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        path = QLineEdit(str(self._state.ctx.db_path))
        path.setReadOnly(True)
        form.addRow(self.tr("Database file"), path)
        row = QHBoxLayout()
        open_btn = QPushButton(self.tr("Open folder"))
        open_btn.clicked.connect(self._open_folder)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self._backup)
        row.addWidget(open_btn)
        row.addWidget(self.backup_button)
        row.addStretch(1)
        form.addRow("", row)
        backups = QLineEdit(str(self._state.ctx.backup_dir))
        backups.setReadOnly(True)
        form.addRow(self.tr("Backups folder"), backups)
        self.keep = QSpinBox()
        self.keep.setRange(KEEP_MIN, KEEP_MAX)
        self._keep_saved = backup_keep(self._state.ctx.db)
        self.keep.setValue(self._keep_saved)
        self.keep.setToolTip(
            self.tr(
                "A backup is taken at start-up before an upgrade, once a day while SalesDesk "
                "is open, and when you ask; the oldest beyond this number are removed."
            )
        )
        keep_label = QLabel(self.tr("&Keep the last"))
        keep_label.setBuddy(self.keep)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep)
        keep_row.addWidget(QLabel(self.tr("backups")))
        keep_row.addStretch(1)
        form.addRow(keep_label, keep_row)

        self.backup_list = QTreeWidget()
        self.backup_list.setRootIsDecorated(False)
        self.backup_list.setUniformRowHeights(True)
        self.backup_list.setHeaderLabels([self.tr("Taken"), self.tr("Reason"), self.tr("Size")])
        header = self.backup_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.backup_list.headerItem().setTextAlignment(
            2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.backup_list.setAccessibleName(self.tr("Available backups"))
        self.backup_list.itemSelectionChanged.connect(self._on_backup_selected)
        box = QGroupBox(self.tr("Available backups"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.backup_list)
        restore_row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setToolTip(
            self.tr(
                "Replace the data with the selected backup; the current data is backed up first."
            )
        )
        self.restore_button.clicked.connect(self._restore)
        restore_row.addStretch(1)
        restore_row.addWidget(self.restore_button)
        box_layout.addLayout(restore_row)
        form.addRow(box)
        self.refresh_backups()
        return page

    def refresh_backups(self) -> None:
        ctx = self._state.ctx
        self.backup_list.clear()
        locale = QLocale()
        for info in list_backups(ctx.backup_dir, stem=ctx.db_path.stem, key=ctx.db.key):
            item = QTreeWidgetItem(
                [
                    when_text(info.taken_at),
                    reason_title(info.reason),
                    locale.formattedDataSize(info.size),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, info)
            item.setToolTip(0, str(info.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.backup_list.addTopLevelItem(item)
        for column in (0, 2):
            self.backup_list.resizeColumnToContents(column)
        if self.backup_list.topLevelItemCount():
            self.backup_list.setCurrentItem(self.backup_list.topLevelItem(0))
        self._on_backup_selected()

    def selected_backup(self) -> BackupInfo | None:
        item = self.backup_list.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def _on_backup_selected(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._state.ctx.db_path.parent)))

    def _backup(self) -> None:
        """A verified backup off the GUI thread (seconds on a large file), then the list."""
        from ..worker import Job

        ctx = self._state.ctx
        self.backup_button.setEnabled(False)
        job = Job(
            lambda _p, _c: rolling_backup(ctx.db_path, ctx.backup_dir, "manual", key=ctx.db.key),
            self,
        )
        job.succeeded.connect(self._backup_done)
        job.failed.connect(self._backup_failed)
        job.start()

    def _backup_done(self, dest: object) -> None:
        self.backup_button.setEnabled(True)
        self.refresh_backups()
        text = QCoreApplication.translate("Backup", "Backup written and verified:\n%1")
        show_message(self, arg(text, dest))

    def _backup_failed(self, error: str) -> None:
        self.backup_button.setEnabled(True)
        warn(self, arg(QCoreApplication.translate("Backup", "Backup failed: %1"), error))

    def _restore(self) -> None:
        """Confirm, check the backup, then close the window: run_gui restores and restarts."""
        info = self.selected_backup()
        if info is None:
            return
        question = arg(
            self.tr(
                "Restore the backup taken %1 (%2)?\n\nSalesDesk first takes a backup of the "
                "current data, so you can go back to it. Then it replaces the data with this "
                "backup and starts again."
            ),
            when_text(info.taken_at),
            reason_title(info.reason),
        )
        if not ask(self, question, self.tr("Back up, restore and restart")):
            return
        ok, result = run_in_background(
            self, self.tr("Checking the backup…"), lambda: verify_backup(info.path)
        )
        if not ok:
            warn(self, str(result))
            return
        parent = self.parentWidget()
        self.reject()
        if not request_restore(info.path):
            warn(parent, self.tr("A window could not be closed, so nothing was restored."))

    def chosen_mapping(self) -> dict[Role, tuple[Process, ...]]:
        return {
            role: tuple(p for p in Process if self.boxes[(role, p)].isChecked()) for role in Role
        }

    def accept(self) -> None:
        problem = self.map_page.validate()
        if problem:
            self.tabs.setCurrentWidget(self.map_page)
            warn(self, problem)
            return
        if not self.qualification_page.save():
            self.tabs.setCurrentWidget(self.qualification_page)
            return
        if not self.rules_page.save():
            self.tabs.setCurrentWidget(self.rules_page)
            return
        if not self.company_page.save():
            self.tabs.setCurrentWidget(self.company_page)
            return
        if self.keep.value() != self._keep_saved:
            try:
                self._keep_saved = set_backup_keep(self._state.ctx.db, self.keep.value())
            except SalesDeskError as exc:
                self.tabs.setCurrentWidget(self.data_page)
                warn(self, error_text(exc))
                return
        self._settings.setValue("appearance/scheme", self.theme.currentData())
        self.map_page.save()
        if self._manager:
            try:
                set_role_processes(self._state.ctx.db, self._state.profile, self.chosen_mapping())
            except (SalesDeskError, PermissionError) as exc:
                warn(self, error_text(exc))
                return
        super().accept()
