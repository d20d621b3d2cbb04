"""Shared test setup: headless Qt, an isolated home for settings and data, fresh databases."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

# Before any Qt import: no display here, and the web engine refuses root without this.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
# QSettings and the default data directory must never touch the developer's real ones.
_HOME = Path(tempfile.mkdtemp(prefix="salesdesk-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ["XDG_CACHE_HOME"] = str(_HOME / "cache")
os.environ.pop("SALESDESK_DB", None)

import pytest  # noqa: E402

from salesdesk.bootstrap import AppContext, open_context  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "salesdesk.sqlite3"


@pytest.fixture
def ctx(db_path: Path):
    context: AppContext = open_context(db_path)
    yield context
    if "PySide6.QtCore" in sys.modules:
        # A view's background job may still be reading (the app waits for them too
        # before closing the database): closing under it crashes the interpreter.
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(30_000)
    context.close()


@pytest.fixture
def db(ctx):
    return ctx.db
