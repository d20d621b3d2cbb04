"""Integration fixtures: fresh, migrated SQLite files opened directly (no bootstrap)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from salesdesk.core.db import Database
from salesdesk.core.migrate import prepare


@pytest.fixture
def make_db(tmp_path: Path) -> Iterator[Callable[[str], Database]]:
    """Open (and migrate) a new database file named `name` in the test's folder."""
    opened: list[Database] = []

    def make(name: str = "test.sqlite3") -> Database:
        path = tmp_path / name
        prepare(path, tmp_path / "backups")
        db = Database(path)
        opened.append(db)
        return db

    yield make
    for db in opened:
        db.dispose()


@pytest.fixture
def fresh_db(make_db: Callable[[str], Database]) -> Database:
    """A migrated, empty database (no reference data yet), without the app's start-up."""
    return make_db("test.sqlite3")
