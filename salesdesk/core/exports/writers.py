"""The CSV and XLSX table writers every export shares (records, reports).

CSV: UTF-8 with a BOM (so Excel reads it as UTF-8), comma, RFC 4180 quoting, CRLF.
XLSX: openpyxl in write-only mode, every text cell a string cell, line breaks as LF
(XML turns a CR into one anyway). Both drop control characters other than tab and line
ends, then are formula-safe (files.cell_value), and are written to `tmp`, which the
caller swaps in (files.atomic_file).
"""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Iterable, Sequence
from enum import StrEnum
from pathlib import Path

from .files import CONTROL_CHARACTERS, cell_value, plain_number, safe_text


class TableFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


def write_table(
    tmp: Path,
    header: Sequence[str],
    rows: Iterable[tuple],
    fmt: TableFormat | str,
    *,
    number_formats: Sequence[str | None] | None = None,
    sheet: str = "export",
) -> int:
    """Write `header` and `rows` to `tmp` as CSV or XLSX; return how many rows.
    `number_formats` (XLSX only): an Excel number format per column for its numbers,
    e.g. "0.0%" for a fraction shown as a percentage."""
    if TableFormat(fmt) == TableFormat.CSV:
        return write_csv(tmp, header, rows)
    return write_xlsx(tmp, header, rows, number_formats=number_formats, sheet=sheet)


def write_csv(tmp: Path, header: Sequence[str], rows: Iterable[tuple]) -> int:
    count = 0
    with open(tmp, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([csv_cell(cell_value(h)) for h in header])
        for row in rows:
            writer.writerow([csv_cell(v) for v in map(cell_value, row)])
            count += 1
    return count


def csv_cell(value: str | int | float | None) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else plain_number(value)


def xlsx_text(value: str) -> str:
    """Text as an XLSX cell holds it: XML allows no control characters but tab and line
    ends, and reads a CR as a line end, so line breaks become LF (as Excel writes them)
    and other control characters go (files.CONTROL_CHARACTERS, as in CSV)."""
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    return CONTROL_CHARACTERS.sub("", text)


def xlsx_safe(text: str) -> str:
    """Text as an XLSX text cell holds it: xlsx_text(), with a leading `'` when the text
    as given or as XLSX holds it needs one. Both: a CR in front is a trigger that becomes
    a harmless LF ("\r=1" is "'\n=1"), and dropping a control character could uncover a
    trigger ("\x00=1" is "'=1", never "=1")."""
    shown = xlsx_text(text)
    return "'" + shown if safe_text(text) != text or safe_text(shown) != shown else shown


def write_xlsx(
    tmp: Path,
    header: Sequence[str],
    rows: Iterable[tuple],
    *,
    number_formats: Sequence[str | None] | None = None,
    sheet: str = "export",
) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet)
    formats = list(number_formats or ())

    def cell(raw: object, column: int) -> WriteOnlyCell:
        value = xlsx_safe(raw) if isinstance(raw, str) else cell_value(raw)
        if isinstance(value, str):  # already as XLSX holds it (xlsx_safe, cell_value)
            c = WriteOnlyCell(ws, value=value)
            c.data_type = "s"  # never a formula, whatever the text
            return c
        c = WriteOnlyCell(ws, value=value)
        if value is not None and column < len(formats) and formats[column]:
            c.number_format = formats[column]
        return c

    count = 0
    try:
        ws.append([cell(h, i) for i, h in enumerate(header)])
        for row in rows:
            ws.append([cell(v, i) for i, v in enumerate(row)])
            count += 1
    except BaseException:
        with contextlib.suppress(Exception):  # release the sheet's own temporary file
            ws.close()
        raise
    wb.save(tmp)
    return count
