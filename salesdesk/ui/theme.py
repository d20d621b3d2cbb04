"""One look for the whole app: Fusion, a light or dark palette following the system
(or the user's choice), one icon set (Material Design Icons via qtawesome)."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#2563eb"
SCHEMES = ("system", "light", "dark")

_LIGHT = {
    "window": "#f5f6f8",
    "base": "#ffffff",
    "alt": "#f0f2f5",
    "text": "#1f2328",
    "muted": "#5b6470",
    "button": "#ffffff",
    "border": "#d5d9df",
    "nav": "#eceff3",
}
_DARK = {
    "window": "#1e1f22",
    "base": "#26282c",
    "alt": "#2c2e33",
    "text": "#e6e8eb",
    "muted": "#9aa3ad",
    "button": "#2f3136",
    "border": "#3b3e44",
    "nav": "#18191b",
}


def is_dark(scheme: str) -> bool:
    if scheme == "dark":
        return True
    if scheme == "light":
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def colors() -> dict[str, str]:
    app = QApplication.instance()
    return _DARK if app is not None and app.property("sd_dark") else _LIGHT


def _palette(c: dict[str, str]) -> QPalette:
    pal = QPalette()
    role = QPalette.ColorRole
    for r, key in (
        (role.Window, "window"),
        (role.Base, "base"),
        (role.AlternateBase, "alt"),
        (role.Text, "text"),
        (role.WindowText, "text"),
        (role.ButtonText, "text"),
        (role.Button, "button"),
        (role.ToolTipBase, "base"),
        (role.ToolTipText, "text"),
        (role.PlaceholderText, "muted"),
    ):
        pal.setColor(r, QColor(c[key]))
    pal.setColor(role.Highlight, QColor(ACCENT))
    pal.setColor(role.HighlightedText, QColor("#ffffff"))
    pal.setColor(role.Link, QColor(ACCENT))
    for r in (role.Text, role.WindowText, role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, r, QColor(c["muted"]))
    return pal


def _stylesheet(c: dict[str, str]) -> str:
    return f"""
    QListWidget#nav {{ background: {c["nav"]}; border: none; padding-top: 8px; outline: 0; }}
    QListWidget#nav::item {{ padding: 9px 12px; margin: 1px 8px; border-radius: 6px;
                             color: {c["text"]}; }}
    QListWidget#nav::item:selected {{ background: {ACCENT}; color: #ffffff; }}
    QListWidget#nav::item:hover:!selected {{ background: {c["border"]}; }}
    QLabel[role="title"] {{ font-size: 20pt; font-weight: 600; }}
    QLabel[role="subtitle"] {{ color: {c["muted"]}; }}
    QLabel[role="figure"] {{ font-size: 18pt; font-weight: 600; }}
    QLabel[role="muted"] {{ color: {c["muted"]}; }}
    QFrame[role="card"] {{ background: {c["base"]}; border: 1px solid {c["border"]};
                          border-radius: 8px; }}
    QProgressBar {{ border: 1px solid {c["border"]}; border-radius: 4px; background: {c["alt"]};
                   height: 8px; text-align: center; }}
    QProgressBar::chunk {{ background: {ACCENT}; border-radius: 3px; }}
    """


def apply_theme(app: QApplication, scheme: str = "system") -> None:
    dark = is_dark(scheme)
    app.setStyle("Fusion")
    app.setProperty("sd_dark", dark)
    c = _DARK if dark else _LIGHT
    app.setPalette(_palette(c))
    app.setStyleSheet(_stylesheet(c))


def icon(name: str, color: str | None = None) -> QIcon:
    c = colors()
    return qta.icon(
        name, color=color or c["text"], color_active=color or c["text"], color_disabled=c["muted"]
    )
