from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication

from salesdesk.ui.app import make_application
from salesdesk.ui.changes import ChangeNotifier
from salesdesk.ui.map.scheme import register_schemes
from salesdesk.ui.state import AppState

# pytest-qt creates the QApplication: the map's URL scheme must be registered first.
register_schemes()


@pytest.fixture(scope="session", autouse=True)
def _delete_web_pages_before_exit():
    """Destroy every window while Qt still runs: a web page must go before its profile,
    and left to the interpreter's exit the order is random (a crash at exit)."""
    yield
    app = QApplication.instance()
    if app is None:
        return
    # Only the true windows: a popup (a combo box's list, a completer's) is a top-level
    # widget too, but its parent deletes it; deleting it here as well crashed at exit.
    for widget in QApplication.topLevelWidgets():
        if shiboken6.isValid(widget) and widget.parentWidget() is None:
            shiboken6.delete(widget)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    app.processEvents()


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_state(ctx, qapp):
    make_application([])

    def build(profile=None, role=None) -> AppState:
        return AppState(
            ctx=ctx, notifier=ChangeNotifier(ctx.db), profile=profile, role_override=role
        )

    return build


@pytest.fixture
def open_view(qtbot, make_state):
    """Open the Territory view (real web engine) and wait until its map is drawn."""
    from salesdesk.ui.views.territory import TerritoryView
    from tests.ui.mapkit import wait_ready

    views = []

    def build(profile=None):
        view = TerritoryView(make_state(profile))
        qtbot.addWidget(view)
        view.resize(1200, 760)
        view.show()
        wait_ready(qtbot, view)
        views.append(view)
        return view

    yield build
    for view in views:
        view.map.release()
