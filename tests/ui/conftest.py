from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from salesdesk.ui.app import make_application
from salesdesk.ui.changes import ChangeNotifier
from salesdesk.ui.map.scheme import register_schemes
from salesdesk.ui.state import AppState

# pytest-qt creates the QApplication: the map's URL scheme must be registered first.
register_schemes()


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
