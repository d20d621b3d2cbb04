"""What every export shares: formula-safe text, plain numbers, and the atomic file swap.

Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell whose text starts
with `=`, `+`, `-` or `@` (and some also after a tab or carriage return) as a formula,
so a customer called `=HYPERLINK("http://x")` would become a live link. Every *text*
value that starts with one of FORMULA_TRIGGERS is written with a leading `'`, in CSV
and XLSX alike (XLSX cells are also typed as strings, so nothing there is a formula).
Numbers stay numbers: a negative amount is a number cell, not text, and is not touched.

Control characters other than tab, CR and LF are dropped from text first, in CSV as in
XLSX (whose XML cannot hold them): a spreadsheet may skip a leading one, so "\x00=1+1"
would run as "=1+1"; it is written "'=1+1".
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from ..errors import SalesDeskError
from ..i18n import QT_TRANSLATE_NOOP

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# The C0 control characters but tab, LF and CR (the ones XML 1.0 forbids).
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")

# The same template as the calendar export's: one message, one translation.
NOT_WRITABLE = QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {detail}. Nothing was written.")


class ExportError(SalesDeskError):
    """The file could not be written; any earlier file at the path is untouched."""


class ExportCancelled(SalesDeskError):  # noqa: N818 - reads as what happened
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The export was cancelled; no file was written.")
        )


def safe_text(text: str) -> str:
    """`text` with a leading `'` when a spreadsheet would read it as a formula, and when
    it already starts with quotes before a trigger ("'=x" is written "''=x"): the import
    takes exactly one quote off, so every text comes back as it was."""
    if text.startswith(FORMULA_TRIGGERS):
        return "'" + text
    if text.startswith("'") and text.lstrip("'").startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


def plain_number(value: int | float) -> str:
    """No thousands separators, '.' decimal, no exponent: 1234567.5, -2, 0.000012."""
    if isinstance(value, int):
        return str(value)
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return format(Decimal(repr(value)), "f")


def cell_value(value: object) -> str | int | float | None:
    """A stored value as a cell: numbers as numbers, dates ISO 8601, text without control
    characters (but tab and line ends) and then formula-safe."""
    if value is None:
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return safe_text(CONTROL_CHARACTERS.sub("", str(value)))


@contextlib.contextmanager
def atomic_file(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary path beside `path`, moved over it in one step when the block succeeds.

    On any error the temporary file goes and the old file (if any) stays; a disk or
    permission failure becomes an ExportError that names the file.
    """
    target = Path(path)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
        yield Path(tmp)
        with open(tmp, "rb+") as written:  # the data on disk before the name points at it
            os.fsync(written.fileno())
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise ExportError(NOT_WRITABLE, path=str(target), detail=exc.strerror or exc) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
