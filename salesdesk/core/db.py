"""The SQLite database: connection settings, units of work and change notices.

Every connection runs in WAL mode with foreign keys on and a busy timeout. Reads begin
a deferred transaction; writes begin IMMEDIATE so a second writer waits instead of
failing with "database is locked" halfway through (see shared/TECH_NOTES.md).
An encrypted file (core/crypto.py) is opened the same way, given its `key`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, String, create_engine, event, type_coerce
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from . import crypto
from .crypto import SQLITE_HEADER
from .errors import CorruptDatabaseError, NotADatabaseError, StorageError
from .i18n import QT_TRANSLATE_NOOP

BUSY_TIMEOUT_MS = 5000

ChangeListener = Callable[[frozenset[str]], None]


def check_file(path: Path, key: str | None = None) -> None:
    """Cheap checks before anything writes: the SQLite header and a readable schema.

    The page-by-page quick_check costs about half a second per 300 MB, so it is not on
    the start-up path; the window runs integrity_problem() in the background instead.
    An encrypted file has no header to read: without `key` it is refused with
    PassphraseRequiredError, with a wrong one with WrongPassphraseError.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    if key is None:
        with path.open("rb") as fh:
            header = fh.read(16)
        if header != SQLITE_HEADER:
            if crypto.is_encrypted(path):
                raise crypto.PassphraseRequiredError(str(path))
            raise NotADatabaseError(str(path))
    try:
        con = crypto.connect(path, key, readonly=True)
        try:
            con.execute("SELECT count(*), max(rootpage) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except crypto.driver_errors() as exc:
        raise CorruptDatabaseError(str(path), str(exc)) from exc


def integrity_problem(
    path: Path,
    full: bool = False,
    cancelled: Callable[[], bool] | None = None,
    key: str | None = None,
) -> str | None:
    """None if SQLite finds the file sound, else what it found (first lines).

    quick_check reads every page; `full` adds the index-versus-table checks. A true
    `cancelled()` stops the check early (and it then reports nothing).
    """
    pragma = "integrity_check(20)" if full else "quick_check(20)"
    try:
        con = crypto.connect(Path(path), key, readonly=True)
        try:
            if cancelled is not None:
                con.set_progress_handler(lambda: 1 if cancelled() else 0, 20_000)
            rows = [r[0] for r in con.execute(f"PRAGMA {pragma}")]
        finally:
            con.close()
    except crypto.driver_errors() as exc:
        if cancelled is not None and cancelled():  # interrupted: nothing was checked
            return None
        return str(exc)
    return None if rows == ["ok"] else "; ".join(rows)


def _on_connect(dbapi_con: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy's begin event, not pysqlite, decide when a transaction starts.
    dbapi_con.isolation_level = None
    for pragma in (
        "PRAGMA journal_mode=WAL",
        "PRAGMA foreign_keys=ON",
        f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
        "PRAGMA synchronous=NORMAL",
    ):
        dbapi_con.execute(pragma)


def _on_begin(conn) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(path: Path, key: str | None = None) -> Engine:
    """An engine for `path`; with `key`, SQLCipher connections opened with that passphrase."""
    if key is None:
        engine = create_engine(
            f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}
        )
    else:
        engine = create_engine(
            f"sqlite:///{path}",
            module=crypto.driver(),
            creator=lambda: crypto.connect(
                path, key, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
            ),
        )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def storage_error(exc: BaseException) -> StorageError | None:
    """Translate a disk-level SQLite failure into a message the user can act on."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "disk is full" in text or "disk i/o" in text:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The disk is full or failing: nothing was saved. Free some space and try again.",
            )
        )
    if "readonly" in text or "read-only" in text:
        return StorageError(
            QT_TRANSLATE_NOOP("Errors", "The database file is read-only: nothing was saved.")
        )
    if "locked" in text or "busy" in text:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Errors", "The database is busy in another program: nothing was saved. Try again."
            )
        )
    return None


class Database:
    """One open database file: hands out read sessions and write units of work."""

    def __init__(self, path: Path, key: str | None = None) -> None:
        self.path = Path(path)
        self.key = key  # the passphrase of an encrypted file (backups need it), else None
        self.engine = make_engine(self.path, key)
        self._reads = sessionmaker(self.engine, expire_on_commit=False)
        self._writes = sessionmaker(
            self.engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )
        self._listeners: list[ChangeListener] = []

    def subscribe(self, listener: ChangeListener) -> None:
        """Call `listener(table_names)` after each committed write."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: ChangeListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    @contextmanager
    def read(self) -> Iterator[Session]:
        # Closing (not rolling back) ends the read transaction and leaves loaded
        # objects usable as plain values after the block.
        with self._reads() as session:
            try:
                yield session
            except OperationalError as exc:
                # e.g. a WAL file in a read-only folder: SQLite cannot create -shm.
                translated = storage_error(exc)
                if translated is not None:
                    raise translated from exc
                raise

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back everything on any error."""
        changed: set[str] = set()
        with self._writes() as session:
            # Bulk Core inserts add their table names here themselves.
            session.info["changed"] = changed
            event.listen(session, "after_flush", _collect_tables(changed))
            try:
                yield session
                session.commit()
            except OperationalError as exc:
                session.rollback()
                translated = storage_error(exc)
                if translated is not None:
                    raise translated from exc
                raise
            except BaseException:
                session.rollback()
                raise
        if changed:
            frozen = frozenset(changed)
            for listener in list(self._listeners):
                listener(frozen)

    def dispose(self) -> None:
        self.engine.dispose()


def _collect_tables(into: set[str]):
    def after_flush(session: Session, _ctx) -> None:
        for obj in (*session.new, *session.dirty, *session.deleted):
            table = getattr(obj, "__tablename__", None)
            if table:
                into.add(table)

    return after_flush


def as_stored(column):
    """The column as SQLite stores it (32-character hex for a Uuid, ISO text for a date
    or time), without SQLAlchemy's conversion of every value: for reads of many rows."""
    return type_coerce(column, String)


def stored_time(moment: datetime) -> str:
    """A naive UTC time as SQLAlchemy stores it in SQLite, for comparing as text."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")
