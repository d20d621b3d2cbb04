"""Records out to the files other tools read: CSV/XLSX tables, vCards (calls as ICS live
in calls/ics). Every export writes live records only, is formula-safe (files.py) and
replaces its file in one step, so a failure leaves no half-written file.
"""

from __future__ import annotations

from .files import (
    FORMULA_TRIGGERS,
    NOT_WRITABLE,
    ExportCancelled,
    ExportError,
    plain_number,
    safe_text,
)
from .tables import CALL_COLUMNS, ExportKind, TableFormat, columns, export_records
from .vcard import VERSIONS, export_vcards

__all__ = [
    "CALL_COLUMNS",
    "FORMULA_TRIGGERS",
    "NOT_WRITABLE",
    "VERSIONS",
    "ExportCancelled",
    "ExportError",
    "ExportKind",
    "TableFormat",
    "columns",
    "export_records",
    "export_vcards",
    "plain_number",
    "safe_text",
]
