"""`salesdesk screenshot`: render one view or dialog of the real window to a PNG, offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import time
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEventLoop, QSettings, Qt, QTemporaryDir
from PySide6.QtWidgets import QApplication, QWidget

from ..bootstrap import AppContext
from ..core.domain import Process, Role
from ..core.errors import SalesDeskError
from ..core.workspace import current_profile
from .app import make_application
from .changes import ChangeNotifier
from .state import AppState
from .theme import apply_theme

DIALOGS = ("welcome", "profile", "settings", "about")


def _settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def _wait_for_views(app: QApplication, widget: QWidget, timeout_s: float = 30.0) -> None:
    """Views that load on worker threads (the map) say when they are drawn: wait for it."""
    stack = getattr(widget, "stack", None)
    view = stack.currentWidget() if stack is not None else None
    settled = getattr(view, "settled", None)
    if settled is None:
        return
    deadline = time.monotonic() + timeout_s
    while not settled() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    end = time.monotonic() + 0.8  # tiles and the last paint
    while time.monotonic() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def render_to_png(
    ctx: AppContext,
    view: str,
    out: str,
    size: tuple[int, int] | None = None,
    role: str | None = None,
    theme: str | None = None,
    rtl: bool = False,
    tab: str | None = None,
) -> Path:
    app = make_application([])
    if theme:
        apply_theme(app, theme)
    if rtl:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    state = AppState(
        ctx=ctx,
        notifier=ChangeNotifier(ctx.db, app),
        profile=current_profile(ctx.db),
        role_override=Role(role) if role else None,
    )
    out_path = Path(out).expanduser().resolve()
    if out_path.is_dir():
        raise SalesDeskError(f"{out_path} is a folder; give a file name ending in .png.")
    # Throwaway settings: a screenshot never changes the user's window state or files.
    scratch = QTemporaryDir()
    settings = QSettings(scratch.filePath("window.ini"), QSettings.Format.IniFormat)
    widget = _build(state, view, settings)
    if tab:
        _open_tab(widget, tab)
    widget.show()
    if size is not None:
        widget.resize(*size)
    elif view not in DIALOGS:  # dialogs keep the size they give themselves
        widget.resize(1280, 800)
    _settle(app)
    _wait_for_views(app, widget)
    try:
        out_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SalesDeskError(f"Cannot create the folder {out_path.parent}: {exc.strerror}") from exc
    saved = widget.grab().save(str(out_path), "PNG")
    widget.close()
    # Now, not at interpreter exit: the web engine must see its pages go before it stops.
    shiboken6.delete(widget)
    _settle(app)
    if not saved:
        raise SalesDeskError(f"Could not write {out_path}.")
    return out_path


def _open_tab(widget: QWidget, title: str) -> None:
    """Make the tab titled `title` (mnemonic and case ignored) current in the view or
    dialog; SalesDeskError naming the tabs there are when none is."""
    from PySide6.QtWidgets import QTabWidget

    host = getattr(widget, "stack", None)
    root = host.currentWidget() if host is not None else widget
    wanted = title.replace("&", "").casefold()
    found: list[str] = []
    for tabs in root.findChildren(QTabWidget):
        for i in range(tabs.count()):
            text = tabs.tabText(i).replace("&", "")
            found.append(text)
            if text.casefold() == wanted:
                tabs.setCurrentIndex(i)
                return
    raise SalesDeskError(f"There is no tab {title!r} here; tabs: {', '.join(found) or 'none'}.")


def _build(state: AppState, view: str, settings: QSettings) -> QWidget:
    if view == "welcome":
        from .dialogs.welcome import WelcomeDialog

        return WelcomeDialog()
    if view == "profile":
        from .dialogs.profile import ProfileDialog

        return ProfileDialog(state.ctx.db, state.profile)
    if view == "about":
        from .dialogs.about import AboutDialog

        return AboutDialog(str(state.ctx.db_path))
    if view == "settings":
        from .dialogs.settings import SettingsDialog

        dialog = SettingsDialog(state, settings)
        dialog.tabs.setCurrentIndex(1)  # the role-to-process grid says the most
        return dialog
    from .main_window import MainWindow

    window = MainWindow(state, settings)
    if Process(view) not in window.processes():
        window.deleteLater()
        raise SalesDeskError(
            f"The {view} view is not shown to the role {state.role.value}; "
            "choose another --view or --role."
        )
    window.show_process(Process(view))
    return window
