"""Export an account plan or a territory book as PDF, off the GUI thread.

Both ask where to save (`choose_path`, injectable for tests: parent, suggested path ->
a path or None), run on ui/worker.Job and end with a message: "Open" shows the PDF in
the system's viewer. The territory book also asks for whom (`choose_scope`: parent,
state -> (rep_id, territory_id) or None) and shows a progress dialog whose Cancel stops
the export without leaving a file.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ... import APP_NAME
from ..export_job import with_progress
from ..messages import arg, warn
from ..worker import Job
from .scope import choose_book_scope

ChoosePath = Callable[[QWidget | None, str], str | None]
ChooseScope = Callable[[QWidget | None, object], tuple[uuid.UUID | None, uuid.UUID | None] | None]
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
# Jobs and message boxes without a parent widget, kept alive until they are done.
_alive: set = set()


def pdf_translate(text: str) -> str:
    """The documents' wording (context "Pdf") in the user's language."""
    return QCoreApplication.translate("Pdf", text)


def ask_pdf_path(parent: QWidget | None, suggested: str) -> str | None:
    """The save dialog; None when the user cancels. Adds .pdf when the name has none."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PdfExport", "Save as PDF"),
        suggested,
        QCoreApplication.translate("PdfExport", "PDF documents (*.pdf)"),
    )
    if not path:
        return None
    return path if path.lower().endswith(".pdf") else path + ".pdf"


def suggested_path(name: str) -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    safe = _UNSAFE.sub(" ", name).strip(" .")[:80] or APP_NAME
    return str(Path(folder or Path.home()) / f"{safe}.pdf")


def export_account_plan(
    parent: QWidget | None,
    app_state,
    account_id: uuid.UUID,
    choose_path: ChoosePath = ask_pdf_path,
) -> Job | None:
    """Ask where, then write the account's plan; returns the running job (None if the
    user cancelled the dialog)."""
    from ...documents.account_plan import account_plan_pdf
    from ...documents.plan_data import account_name

    db = app_state.ctx.db
    title = QCoreApplication.translate("PdfExport", "%1 - account plan")
    path = choose_path(parent, suggested_path(arg(title, account_name(db, account_id))))
    if not path:
        return None
    job = Job(
        lambda _p, _c: account_plan_pdf(db, account_id, path, translate=pdf_translate), parent
    )
    job.succeeded.connect(lambda _r: show_written(parent, path))
    job.failed.connect(lambda error: warn(parent, _not_written(error)))
    return _keep(job).start()


def export_territory_book(
    parent: QWidget | None,
    app_state,
    choose_path: ChoosePath = ask_pdf_path,
    choose_scope: ChooseScope = choose_book_scope,
) -> Job | None:
    """Ask for whom and where, then write the book with a progress dialog and Cancel;
    returns the running job (None if the user cancelled a dialog)."""
    from ...documents.territory_book import territory_book_pdf

    scope = choose_scope(parent, app_state)
    if scope is None:
        return None
    rep_id, territory_id = scope
    name = QCoreApplication.translate("PdfExport", "Territory book")
    path = choose_path(parent, suggested_path(name))
    if not path:
        return None
    db = app_state.ctx.db
    job = Job(
        lambda progress, cancelled: territory_book_pdf(
            db,
            path,
            rep_id=rep_id,
            territory_id=territory_id,
            progress=progress,
            cancel=cancelled,
            translate=pdf_translate,
        ),
        parent,
    )
    dialog = with_progress(
        parent,
        job,
        QCoreApplication.translate("PdfExport", "Writing the territory book…"),
        QCoreApplication.translate("PdfExport", "Cancel"),
        written=lambda _count: show_written(parent, path),
        failed=lambda error: warn(parent, _not_written(error)),
        cancelled=lambda: warn(
            parent,
            QCoreApplication.translate(
                "PdfExport", "The export was cancelled; no file was written."
            ),
        ),
        show_after_ms=0,
    )
    dialog.show()
    return _keep(job).start()


def _keep(job: Job) -> Job:
    _alive.add(job)
    for signal in (job.succeeded, job.failed, job.cancelled):
        signal.connect(lambda *_a: _alive.discard(job))
    return job


def _not_written(error: str) -> str:
    return arg(QCoreApplication.translate("PdfExport", "The PDF was not written: %1"), error)


def show_written(parent: QWidget | None, path: str) -> QMessageBox:
    """'Written to …' with Open (the system's PDF viewer) and Close; not blocking."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        APP_NAME,
        arg(QCoreApplication.translate("PdfExport", "The PDF was written to\n%1"), path),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName("pdfWritten")
    open_button = box.addButton(
        QCoreApplication.translate("PdfExport", "Open"), QMessageBox.ButtonRole.AcceptRole
    )
    open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(path)))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _alive.add(box)
    box.finished.connect(lambda _result: _alive.discard(box))
    box.open()
    return box
