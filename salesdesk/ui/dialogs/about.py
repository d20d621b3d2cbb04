"""About SalesDesk: version, database, and the components it stands on."""

from __future__ import annotations

import platform

import PySide6
import sqlalchemy
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ... import APP_NAME, __version__
from ..messages import arg
from ..theme import icon


class AboutDialog(QDialog):
    def __init__(self, db_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(arg(self.tr("About %1"), APP_NAME))
        lay = QVBoxLayout(self)
        pic = QLabel()
        pic.setPixmap(icon("mdi6.briefcase-variant-outline", "#2563eb").pixmap(56, 56))
        lay.addWidget(pic, alignment=Qt.AlignmentFlag.AlignHCenter)
        title = QLabel(f"{APP_NAME} {__version__}")
        title.setProperty("role", "title")
        lay.addWidget(title, alignment=Qt.AlignmentFlag.AlignHCenter)
        text = QLabel(
            self.tr(
                "An offline-first workbench for field sales teams: plan calls and routes "
                "without a network, write debriefs, follow deals against quota."
            )
        )
        text.setWordWrap(True)
        lay.addWidget(text)
        details = QLabel(
            arg(self.tr("Database: %1"), db_path)
            + "\n"
            + f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 "
            f"{PySide6.__version__} · SQLAlchemy {sqlalchemy.__version__}\n"
            + self.tr(
                "Icons: Material Design Icons via QtAwesome. Demo towns and the offline "
                "gazetteer: GeoNames (CC BY 4.0). Map: Leaflet (BSD-2-Clause), "
                "protomaps-leaflet (BSD-3-Clause), Natural Earth via world-atlas (public "
                "domain). Qt and PySide6 are used under the LGPL v3."
            )
        )
        details.setTextFormat(Qt.TextFormat.PlainText)  # carries the file path
        details.setProperty("role", "muted")
        details.setWordWrap(True)
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.setMinimumWidth(480)
