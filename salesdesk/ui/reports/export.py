"""Export a report as CSV, XLSX or PDF: ask where, write on a worker with progress and
Cancel, then say where it went or why it failed (a full disk, a file open elsewhere)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ... import APP_NAME
from ...core.reports import Report, export_report
from ..export_job import with_progress
from ..messages import arg
from ..worker import Job
from .formats import report_text

FORMATS = ("csv", "xlsx", "pdf")
ChoosePath = Callable[[QWidget | None, str, str], str | None]  # parent, format, suggested
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def format_title(fmt: str) -> str:
    return {
        "csv": QCoreApplication.translate("ReportExport", "CSV (comma-separated values)"),
        "xlsx": QCoreApplication.translate("ReportExport", "Excel workbook (XLSX)"),
        "pdf": QCoreApplication.translate("ReportExport", "PDF document"),
    }[fmt]


def ask_path(parent: QWidget | None, fmt: str, suggested: str) -> str | None:
    """The save dialog; None when the user cancels. Adds the extension when missing."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ReportExport", "Export the report"),
        suggested,
        f"{format_title(fmt)} (*.{fmt})",
    )
    if not path:
        return None
    return path if path.lower().endswith("." + fmt) else f"{path}.{fmt}"


def suggested_path(report: Report, fmt: str) -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = report_text(report.title)
    if report.filter is not None:
        name += f" {report.filter.start.isoformat()} – {report.filter.end.isoformat()}"
    safe = _UNSAFE.sub(" ", name).strip(" .")[:100] or APP_NAME
    return str(Path(folder or Path.home()) / f"{safe}.{fmt}")


def start_export(
    parent: QWidget,
    report: Report,
    fmt: str,
    currency: str,
    choose_path: ChoosePath = ask_path,
) -> Job | None:
    """Ask where, then write; returns the running job (None if the user cancelled)."""
    path = choose_path(parent, fmt, suggested_path(report, fmt))
    if not path:
        return None
    job = Job(
        # QCoreApplication.translate is thread-safe: labels and notes in the user's language.
        lambda progress, cancelled: export_report(
            report,
            path,
            fmt,
            progress=progress,
            cancelled=cancelled,
            currency=currency,
            translate=QCoreApplication.translate,
        ),
        parent,
    )
    job.path = path
    written = arg(QCoreApplication.translate("ReportExport", "The report was written to\n%1"), path)
    not_written = QCoreApplication.translate("ReportExport", "The report was not written: %1")
    with_progress(
        parent,
        job,
        QCoreApplication.translate("ReportExport", "Writing the report…"),
        QCoreApplication.translate("ReportExport", "Cancel"),
        written=lambda _r: tell(parent, written),
        failed=lambda error: tell(parent, arg(not_written, error), True),
        cancelled=lambda: tell(
            parent,
            QCoreApplication.translate(
                "ReportExport", "The export was cancelled; no file was written."
            ),
            True,
        ),
    )  # shown after 400 ms: a small report is written before it would show
    return job.start()


def tell(parent: QWidget, text: str, warning: bool = False) -> QMessageBox:
    """A message that does not block (the export ended while the user went on)."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.Close, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # paths and error text, never markup
    box.setObjectName("reportExportMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
