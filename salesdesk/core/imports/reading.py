"""Reading a CSV or XLSX file into a table of text: headers and rows, nothing interpreted.

`read_table(path)` detects the encoding (byte order mark, strict UTF-8, then the most
plausible single-byte encoding, cp1252 preferred when it fits) and the delimiter (comma,
semicolon or tab); both can be overridden. Every cell comes back as text; values.py turns
text into phones, numbers and dates. Row numbers are the ones a spreadsheet shows: the
header is row 1, and blank rows count but are not returned.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import SalesDeskError
from ..i18n import QT_TRANSLATE_NOOP
from . import vcards

DELIMITERS = (",", ";", "\t")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
# Single-byte encodings worth guessing; the ones a Western Excel writes come first.
SINGLE_BYTE = (
    "cp1252",
    "iso8859_15",
    "latin_1",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "koi8_r",
    "iso8859_2",
    "iso8859_5",
    "iso8859_7",
    "mac_roman",
    "cp850",
    "cp437",
)
# A guess in one of these is Western European text that cp1252 reads the same way.
_CP1252_LIKE = {"cp1252", "latin_1", "iso8859_1", "iso8859_15", "cp1250", "mac_latin2"}
_SAMPLE = 64 * 1024


class ImportReadError(SalesDeskError):
    """The file cannot be read as a table. Nothing was imported."""


class EmptyFileError(ImportReadError):
    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "{path} is empty; there is nothing to import."),
            path=path,
        )


class NoHeaderError(ImportReadError):
    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} has no header row: the first row must name the columns "
                "(for example Name, City, Phone).",
            ),
            path=path,
        )


class UnsupportedFileError(ImportReadError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is not a CSV or XLSX file SalesDesk can read ({detail}). "
                "Save it from your spreadsheet as CSV or XLSX and try again.",
            ),
            path=path,
            detail=detail,
        )


class UnreadableRowError(ImportReadError):
    def __init__(self, path: str, row: int, detail: str) -> None:
        self.row = row
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "{path}: row {row} cannot be read ({detail}). Nothing was imported."
            ),
            path=path,
            row=row,
            detail=detail,
        )


class EncodingError(ImportReadError):
    def __init__(self, path: str, encoding: str, row: int) -> None:
        self.row = row
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} cannot be read as {encoding} (first bad text in row {row}). "
                "Choose another encoding.",
            ),
            path=path,
            encoding=encoding,
            row=row,
        )


class SheetNotFoundError(ImportReadError):
    def __init__(self, path: str, sheet: str, sheets: list[str]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "{path} has no sheet named {sheet} (it has: {sheets})."),
            path=path,
            sheet=sheet,
            sheets=", ".join(sheets),
        )


@dataclass(frozen=True)
class HeaderChange:
    """A header that was empty or repeated, and the unique name it was given."""

    column: int  # 0-based
    original: str
    name: str


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]  # each exactly len(headers) long
    encoding: str | None  # None for XLSX
    delimiter: str | None  # None for XLSX
    encoding_confidence: float  # 1.0 for a BOM, strict UTF-8, an override or XLSX
    row_numbers: list[int] = field(default_factory=list)  # the spreadsheet row of each row
    header_changes: list[HeaderChange] = field(default_factory=list)
    long_rows: list[int] = field(default_factory=list)  # rows whose extra cells were dropped
    sheet: str | None = None  # the XLSX sheet read


# --- entry point -------------------------------------------------------------------------


def read_table(
    path: str | Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
) -> Table:
    """Read a CSV/TSV/XLSX file. `encoding`, `delimiter` (CSV) and `sheet` (XLSX) override."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError as exc:
        raise UnsupportedFileError(str(path), "a folder") from exc
    if not data.strip(b" \t\r\n\x00") or data in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE):
        raise EmptyFileError(str(path))
    if data.startswith(b"PK\x03\x04") or path.suffix.lower() in XLSX_SUFFIXES:
        return _read_xlsx(path, sheet)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnsupportedFileError(str(path), "an old Excel .xls file")
    if vcards.looks_like_vcard(path, data):
        return _read_vcards(path, data)
    return _read_csv(path, data, encoding, delimiter)


def _read_vcards(path: Path, data: bytes) -> Table:
    """A .vcf file: one row per card under the contacts' field keys (see vcards.py)."""
    rows = vcards.rows(vcards.decode(data))
    if not rows:
        raise EmptyFileError(str(path))
    return Table(
        headers=list(vcards.HEADERS),
        rows=rows,
        encoding="utf-8",
        delimiter=None,
        encoding_confidence=1.0,
        row_numbers=list(range(1, len(rows) + 1)),
    )


# --- encoding ----------------------------------------------------------------------------


def detect_encoding(data: bytes) -> tuple[str, float]:
    """The encoding of `data` and how sure we are (0..1). Raises ValueError for binary data."""
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        return "utf-32", 1.0
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", 1.0
    if data.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le", 1.0  # the BOM is stripped when decoding
    if data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be", 1.0
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        even, odd = sample[0::2], sample[1::2]
        if odd.count(0) > 0.6 * len(odd) and even.count(0) < 0.1 * len(even):
            return "utf-16-le", 0.8
        if even.count(0) > 0.6 * len(even) and odd.count(0) < 0.1 * len(odd):
            return "utf-16-be", 0.8
        raise ValueError("binary data")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8", 1.0
    return _guess_single_byte(sample)


def _guess_single_byte(sample: bytes) -> tuple[str, float]:
    from charset_normalizer import from_bytes

    matches = from_bytes(sample, cp_isolation=list(SINGLE_BYTE))
    best = matches.best()
    fits_cp1252 = _decodes(sample, "cp1252")
    if best is None:
        return ("cp1252", 0.3) if fits_cp1252 else ("latin_1", 0.1)
    chosen, chaos = best.encoding, best.chaos
    if chosen != "cp1252" and fits_cp1252:
        cp1252 = next((m for m in matches if m.encoding == "cp1252"), None)
        if chosen in _CP1252_LIKE or (cp1252 is not None and cp1252.chaos <= chaos + 0.02):
            chosen = "cp1252"
            chaos = cp1252.chaos if cp1252 is not None else chaos
    return chosen, round(max(0.0, min(1.0, 1.0 - chaos)) * 0.9, 3)  # a guess is never certain


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _decode(path: Path, data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except LookupError as exc:
        raise UnsupportedFileError(str(path), f"unknown encoding {encoding}") from exc
    except UnicodeDecodeError as exc:
        # The row of the first bad byte; for UTF-16 count the encoded newlines.
        one, two = "\n".encode(encoding), "\n\n".encode(encoding)
        newline = two[len(one) :]  # without the BOM that "utf-16" puts first
        row = data[: exc.start].count(newline) + 1
        raise EncodingError(str(path), encoding, row) from exc
    return text.removeprefix("\ufeff")


def _looks_binary(text: str) -> bool:
    sample = text[:_SAMPLE]
    if "\x00" in sample:
        return True
    controls = sum(1 for c in sample if c < " " and c not in "\t\r\n\f")
    return controls > max(2, len(sample) // 100)


# --- delimiter ---------------------------------------------------------------------------


def detect_delimiter(text: str) -> str:
    """Comma, semicolon or tab: csv.Sniffer on a sample, checked against the header line."""
    sample = text[:_SAMPLE]
    header = _first_line(sample)
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    counts = {d: len(_split_line(header, d)) for d in DELIMITERS}
    if sniffed in DELIMITERS and counts[sniffed] > 1 and counts[sniffed] >= max(counts.values()):
        return sniffed
    best = max(DELIMITERS, key=lambda d: counts[d])  # ties keep the order: comma first
    return best if counts[best] > 1 else (sniffed or ",")


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line
    return ""


def _split_line(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return line.split(delimiter)


# --- CSV ---------------------------------------------------------------------------------


def _read_csv(path: Path, data: bytes, encoding: str | None, delimiter: str | None) -> Table:
    if encoding:
        confidence = 1.0
    else:
        try:
            encoding, confidence = detect_encoding(data)
        except ValueError as exc:
            raise UnsupportedFileError(str(path), "binary data") from exc
    text = _decode(path, data, encoding)
    if not text.strip():
        raise EmptyFileError(str(path))
    if _looks_binary(text):
        raise UnsupportedFileError(str(path), "binary data")
    if delimiter is None:
        delimiter = detect_delimiter(text)
    elif delimiter.lower() in ("tab", "\\t"):
        delimiter = "\t"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, list[str]]] = []
    number = 0
    while True:
        number += 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise UnreadableRowError(str(path), number, str(exc)) from exc
        records.append((number, record))
    table = _table(str(path), records)
    table.encoding, table.delimiter, table.encoding_confidence = encoding, delimiter, confidence
    return table


def _table(path: str, records: list[tuple[int, list[str]]]) -> Table:
    """Headers and rows from (row number, cells); blank rows dropped, rows squared up."""
    records = [(n, cells) for n, cells in records if any(c.strip() for c in cells)]
    if not records:
        raise EmptyFileError(path)
    header_cells = list(records[0][1])
    while header_cells and not header_cells[-1].strip():
        header_cells.pop()
    if not _looks_like_header(header_cells):
        raise NoHeaderError(path)
    headers, changes = unique_headers(header_cells)
    width = len(headers)
    rows: list[list[str]] = []
    numbers: list[int] = []
    long_rows: list[int] = []
    for n, cells in records[1:]:
        if len(cells) > width:
            if any(c.strip() for c in cells[width:]):
                long_rows.append(n)
            cells = cells[:width]
        elif len(cells) < width:
            cells = cells + [""] * (width - len(cells))
        rows.append(cells)
        numbers.append(n)
    return Table(
        headers=headers,
        rows=rows,
        encoding=None,
        delimiter=None,
        encoding_confidence=1.0,
        row_numbers=numbers,
        header_changes=changes,
        long_rows=long_rows,
    )


_DATA_LIKE = re.compile(
    r"^\s*([-+(]?[\d.,' ]+\)?%?|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}.*|[^@\s]+@[^@\s]+\.\w+)\s*$"
)


def _looks_like_header(cells: list[str]) -> bool:
    """A header names columns: at least one cell that is not a number, a date or an email."""
    named = [c for c in cells if c.strip()]
    return bool(named) and not all(_DATA_LIKE.match(c) for c in named)


def unique_headers(cells: list[str]) -> tuple[list[str], list[HeaderChange]]:
    """Trimmed, unique header names: an empty one becomes "Column 3", a repeat "Email (2)"."""
    names: list[str] = []
    changes: list[HeaderChange] = []
    seen: set[str] = set()
    for i, original in enumerate(cells):
        name = " ".join(original.split()) or f"Column {i + 1}"
        if name.casefold() in seen:
            k = 2
            while f"{name} ({k})".casefold() in seen:
                k += 1
            name = f"{name} ({k})"
        if name != original.strip() or not original.strip():
            changes.append(HeaderChange(i, original, name))
        seen.add(name.casefold())
        names.append(name)
    return names, changes


# --- XLSX --------------------------------------------------------------------------------


def _read_xlsx(path: Path, sheet: str | None) -> Table:
    try:
        from openpyxl import load_workbook
    except ImportError as exc:  # pragma: no cover - openpyxl is a dependency
        raise UnsupportedFileError(str(path), "XLSX support is not installed") from exc
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise UnsupportedFileError(str(path), "not a valid XLSX workbook") from exc
    except Exception as exc:  # openpyxl's InvalidFileException and parser errors
        raise UnsupportedFileError(str(path), type(exc).__name__) from exc
    try:
        if sheet is not None:
            if sheet not in workbook.sheetnames:
                raise SheetNotFoundError(str(path), sheet, list(workbook.sheetnames))
            worksheet = workbook[sheet]
        else:
            worksheet = workbook.worksheets[0]
        records: list[tuple[int, list[str]]] = []
        try:
            for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
                records.append((number, [cell_text(v) for v in values]))
        except Exception as exc:
            raise UnreadableRowError(str(path), len(records) + 1, str(exc)) from exc
        title = worksheet.title
    finally:
        workbook.close()
    table = _table(str(path), records)
    table.sheet = title
    return table


def cell_text(value: object) -> str:
    """An XLSX cell as the text a CSV export of it would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    return str(value)
