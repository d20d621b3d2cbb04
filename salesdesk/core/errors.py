"""Errors a user can read. Each message says what happened and what is safe."""

from __future__ import annotations

from sqlite3 import DatabaseError as _SqliteError

from sqlalchemy.exc import DBAPIError

# What a database failure can surface as, at the driver or the SQLAlchemy level.
DatabaseError = (_SqliteError, DBAPIError)


class SalesDeskError(Exception):
    """Base for errors shown to the user as they are."""


class NotADatabaseError(SalesDeskError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"{path} is not a SalesDesk database (it is not an SQLite file). "
            "The file was not changed."
        )


class CorruptDatabaseError(SalesDeskError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(
            f"{path} is damaged ({detail}). The file was not changed; "
            "restore a backup or open another database."
        )


class DatabaseTooNewError(SalesDeskError):
    def __init__(self, path: str, revision: str) -> None:
        super().__init__(
            f"{path} was written by a newer version of SalesDesk (schema {revision}). "
            "Update SalesDesk to open it; the file was not changed."
        )


class StorageError(SalesDeskError):
    """A write failed because of the disk (full, read-only, locked). Nothing was saved."""


class MigrationError(SalesDeskError):
    pass


def readable_database_error(exc: BaseException) -> str:
    """One line for a failure SQLite reported, without the SQL statement behind it."""
    original = getattr(exc, "orig", None) or exc
    return f"The database reported an error ({original}); nothing was saved by this step."
