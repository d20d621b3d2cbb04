"""One look for the whole app: Fusion, a light or dark palette following the system
(or the user's choice), one icon set (Material Design Icons via qtawesome)."""

from __future__ import annotations

from functools import cache
from importlib.metadata import version
from pathlib import Path

from platformdirs import user_cache_path
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
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
    "error": "#b42318",
    "warning": "#b54708",
    "ok": "#067647",
    "banner": "#fef6e7",
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
    "error": "#f97066",
    "warning": "#fdb022",
    "ok": "#47cd89",
    "banner": "#3a2f1a",
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
    QLabel[role="muted"] {{ color: {c["muted"]}; }}
    QLabel[role="error"] {{ color: {c["error"]}; }}
    QLabel[role="warning"] {{ color: {c["warning"]}; }}
    QLabel[role="ok"] {{ color: {c["ok"]}; }}
    QFrame[role="banner"] {{ background: {c["banner"]}; border: 1px solid {c["warning"]};
                            border-radius: 6px; }}
    QLabel[role="chip"] {{ border: 1px solid {c["border"]}; border-radius: 9px;
                          padding: 1px 8px; background: {c["alt"]}; }}
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


ICON_SIZES = (20, 40)  # the navigation size and its 2x for high-DPI screens
_icons: dict[tuple[str, str], QIcon] = {}


def icon(name: str, color: str | None = None) -> QIcon:
    """A Material Design icon from qtawesome, drawn in the palette's text colour.

    Importing qtawesome costs about 0.3 s of cold start (its Qt star imports and font
    loading), so each icon it draws is kept as PNGs in the user's cache folder, keyed by
    the qtawesome version; later starts load those and never import it.
    """
    tint = color or colors()["text"]
    key = (name, tint)
    if key not in _icons:
        _icons[key] = _cached_icon(name, tint)
    return _icons[key]


def _cache_dir() -> Path:
    return user_cache_path("SalesDesk", appauthor=False) / "icons" / version("qtawesome")


def _cached_icon(name: str, tint: str) -> QIcon:
    stem = f"{name}-{tint.lstrip('#')}"
    files = [_cache_dir() / f"{stem}-{size}.png" for size in ICON_SIZES]
    result = QIcon()
    if all(f.exists() for f in files):
        for f in files:
            result.addPixmap(QPixmap(str(f)))
        if not result.isNull():
            return result
    import qtawesome as qta

    drawn = qta.icon(name, color=tint, color_active=tint, color_disabled=colors()["muted"])
    try:
        files[0].parent.mkdir(parents=True, exist_ok=True)
        for size, f in zip(ICON_SIZES, files, strict=True):
            drawn.pixmap(size, size).save(str(f), "PNG")
    except OSError:
        pass  # a read-only cache only costs speed
    return drawn


@cache
def dot_icon(color: str) -> QIcon:
    """A small dot in `color`, ringed in white so it shows on a selected row (a status
    or stage in lists and filters)."""
    size = 12
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#ffffff"))
    painter.setBrush(QColor(color))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.end()
    dot = QIcon()
    # The same dot when selected: the style would tint it with the highlight colour.
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
        dot.addPixmap(pixmap, mode)
    return dot
