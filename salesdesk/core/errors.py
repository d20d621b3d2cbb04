"""Errors a user can read. Each message says what happened and what is safe."""

from __future__ import annotations

from sqlite3 import DatabaseError as _SqliteError

from sqlalchemy.exc import DBAPIError

from .i18n import QT_TRANSLATE_NOOP

# What a database failure can surface as, at the driver or the SQLAlchemy level.
DatabaseError = (_SqliteError, DBAPIError)


class SalesDeskError(Exception):
    """An error a user can read and act on.

    `template` is English with {named} fields, marked for translation where it is
    written; `str(exc)` is the English text, and the window shows the translation.
    """

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)


class NotADatabaseError(SalesDeskError):
    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is not a SalesDesk database (it is not an SQLite file). "
                "The file was not changed.",
            ),
            path=path,
        )


class CorruptDatabaseError(SalesDeskError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is damaged ({detail}). The file was not changed; "
                "restore a backup or open another database.",
            ),
            path=path,
            detail=detail,
        )


class DatabaseTooNewError(SalesDeskError):
    def __init__(self, path: str, revision: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} was written by a newer version of SalesDesk (schema {revision}). "
                "Update SalesDesk to open it; the file was not changed.",
            ),
            path=path,
            revision=revision,
        )


class StorageError(SalesDeskError):
    """A write failed because of the disk (full, read-only, locked). Nothing was saved."""


class MigrationError(SalesDeskError):
    pass


def readable_database_error(exc: BaseException) -> SalesDeskError:
    """A failure SQLite reported, in one line and without the SQL statement behind it."""
    original = getattr(exc, "orig", None) or exc
    return SalesDeskError(
        QT_TRANSLATE_NOOP(
            "Errors", "The database reported an error ({detail}); nothing was saved by this step."
        ),
        detail=original,
    )
