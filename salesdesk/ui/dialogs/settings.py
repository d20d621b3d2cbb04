"""Settings: appearance, which processes each role sees (managers), data file, map."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.domain import ALWAYS_VISIBLE, Process, Role
from ...core.errors import SalesDeskError
from ...core.workspace import role_processes, set_role_processes
from ..labels import process_title, role_title
from ..messages import back_up_now, error_text, warn
from ..theme import SCHEMES
from .map_settings import MapSettingsPage


class SettingsDialog(QDialog):
    def __init__(self, app_state, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._state = app_state
        self._settings = settings
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.tabs.addTab(self._navigation_tab(), self.tr("Processes by role"))
        self.tabs.addTab(self._data_tab(), self.tr("Data"))
        self.map_page = MapSettingsPage(settings, app_state.ctx.db)
        self.tabs.addTab(self.map_page, self.tr("Map"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
        lay.addWidget(buttons)
        self.resize(640, 420)

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
        backup_btn = QPushButton(self.tr("Back up now"))
        backup_btn.clicked.connect(self._backup)
        row.addWidget(open_btn)
        row.addWidget(backup_btn)
        row.addStretch(1)
        form.addRow("", row)
        backups = QLineEdit(str(self._state.ctx.backup_dir))
        backups.setReadOnly(True)
        form.addRow(self.tr("Backups folder"), backups)
        return page

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._state.ctx.db_path.parent)))

    def _backup(self) -> None:
        back_up_now(self, self._state.ctx)

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
        self._settings.setValue("appearance/scheme", self.theme.currentData())
        self.map_page.save()
        if self._manager:
            try:
                set_role_processes(self._state.ctx.db, self._state.profile, self.chosen_mapping())
            except (SalesDeskError, PermissionError) as exc:
                warn(self, error_text(exc))
                return
        super().accept()
