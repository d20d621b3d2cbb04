"""Export a report as CSV, XLSX or PDF: ask where, write on a worker with progress and
Cancel, then say where it went or why it failed (a full disk, a file open elsewhere)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ... import APP_NAME
from ...core.reports import Report, export_report
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
    dialog = QProgressDialog(
        QCoreApplication.translate("ReportExport", "Writing the report…"),
        QCoreApplication.translate("ReportExport", "Cancel"),
        0,
        0,
        parent,
    )
    dialog.setWindowTitle(APP_NAME)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # a small report is written before it would show
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    job.progress_dialog = dialog  # for tests, and alive as long as the job
    job.path = path

    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))

    def finish() -> None:
        dialog.canceled.disconnect(job.cancel)
        dialog.close()
        dialog.deleteLater()

    dialog.canceled.connect(job.cancel)
    job.progress.connect(on_progress)
    written = arg(QCoreApplication.translate("ReportExport", "The report was written to\n%1"), path)
    job.succeeded.connect(lambda _r: (finish(), tell(parent, written)))
    job.failed.connect(
        lambda error: (
            finish(),
            tell(
                parent,
                arg(
                    QCoreApplication.translate("ReportExport", "The report was not written: %1"),
                    error,
                ),
                True,
            ),
        )
    )
    job.cancelled.connect(
        lambda: (
            finish(),
            tell(
                parent,
                QCoreApplication.translate(
                    "ReportExport", "The export was cancelled; no file was written."
                ),
                True,
            ),
        )
    )
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
