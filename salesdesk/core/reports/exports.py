"""A report as a file: CSV, XLSX, PDF (documents/report_pdf.py) or JSON.

CSV and XLSX go through the record exports' writers (exports/writers.py), so every text
cell loses its control characters but tab and line ends, is then formula-safe
(exports/files.safe_text: a leading `'` before `= + - @`, tab, CR), and every XLSX text
cell is a string cell. The header row is the column labels. Numbers
stay numbers: money unrounded, a percentage as its fraction (XLSX shows it with a
percent format), hours as decimal hours; dates ISO 8601; an empty value an empty cell.
The notes are not part of the table: they are in the PDF and the JSON.

JSON is data for programs, not a spreadsheet: values are as they are (no quote added),
dates ISO 8601, with the columns, chart, notes and filter beside the rows.

Every format is written to a temporary file swapped in at the end (files.atomic_file):
cancelled or failed, the old file at the path stays as it was.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from ..errors import SalesDeskError
from ..exports.files import ExportCancelled, atomic_file
from ..exports.writers import write_table
from ..i18n import QT_TRANSLATE_NOOP
from .base import Kind, Report
from .values import filter_line, note_text

FORMATS = ("csv", "xlsx", "pdf", "json")
NUMBER_FORMATS = {
    Kind.MONEY: "#,##0.00",
    Kind.PERCENT: "0.0%",
    Kind.HOURS: "0.0",
    Kind.INT: "0",
}
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def _same(text: str) -> str:
    return text


def write_report(
    report: Report,
    path: str | Path,
    fmt: str,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    currency: str = "GBP",
    translate: Callable[[str, str], str] | None = None,
) -> None:
    if fmt not in FORMATS:
        raise SalesDeskError(
            QT_TRANSLATE_NOOP("Errors", "Unknown export format {format}: use one of {formats}."),
            format=fmt,
            formats=", ".join(FORMATS),
        )
    tr = _same if translate is None else lambda text: translate("Reports", text)
    report = _with_labels(report, tr)
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    with atomic_file(path) as tmp:
        if fmt == "pdf":
            from ...documents.report_pdf import report_pdf

            pdf_tr = _same if translate is None else lambda text: translate("Pdf", text)
            report_pdf(report, tmp, currency, tr, pdf_tr, progress=progress, cancelled=cancelled)
        elif fmt == "json":
            tmp.write_text(
                json.dumps(as_json(report, tr), ensure_ascii=False, indent=1), encoding="utf-8"
            )
        else:
            header = [tr(c.label) for c in report.columns]
            formats = [NUMBER_FORMATS.get(c.kind) for c in report.columns]
            rows = _checked(report.rows, progress, cancelled)
            write_table(tmp, header, rows, fmt, number_formats=formats, sheet=report.name)
        if cancelled is not None and cancelled():
            raise ExportCancelled()
    if progress is not None:
        progress(len(report.rows), len(report.rows))


def _with_labels(report: Report, tr: Callable[[str], str]) -> Report:
    """The report with its label columns (Report.labels) in the user's language."""
    at = [i for i, c in enumerate(report.columns) if c.key in report.labels]
    if not at or tr is _same:
        return report
    rows = [
        tuple(tr(v) if i in at and isinstance(v, str) else v for i, v in enumerate(row))
        for row in report.rows
    ]
    return dataclasses.replace(report, rows=rows)


def _checked(rows: list[tuple], progress, cancelled) -> Iterator[tuple]:
    total = len(rows)
    for done, row in enumerate(rows, start=1):
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        yield row
        if progress is not None:
            progress(done, total)


def as_json(report: Report, tr: Callable[[str], str] = _same) -> dict:
    """The report as plain JSON values: columns, rows as objects keyed by column, chart,
    notes (template, values and text) and the filter."""
    flt = report.filter
    chart = report.chart
    return {
        "name": report.name,
        "title": tr(report.title),
        "filter": None
        if flt is None
        else {
            "start": flt.start.isoformat(),
            "end": flt.end.isoformat(),
            "rep_ids": None if flt.rep_ids is None else [str(i) for i in flt.rep_ids],
            "territory_id": None if flt.territory_id is None else str(flt.territory_id),
            "text": filter_line(report, tr),
        },
        "columns": [
            {"key": c.key, "label": tr(c.label), "kind": str(c.kind)} for c in report.columns
        ],
        "rows": [
            {c.key: _json_value(v) for c, v in zip(report.columns, row, strict=True)}
            for row in report.rows
        ],
        "chart": None
        if chart is None
        else {
            "category": chart.category,
            "series": list(chart.series),
            "stacked": chart.stacked,
            "line": chart.line,
            "horizontal": chart.horizontal,
        },
        "notes": [
            {"template": n.template, "params": n.params, "text": note_text(n, tr)}
            for n in report.notes
        ],
    }


def _json_value(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)
