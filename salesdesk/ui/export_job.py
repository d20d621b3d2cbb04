"""A file export on a worker (ui/worker.Job) with a progress dialog whose Cancel stops it.

Shared by the territory book (ui/documents/export.py) and the report exports
(ui/reports/export.py): the dialog follows the job's progress, closes when the job
ends, whichever way, and only then is the user told (written, failed or cancelled), so
the message never sits under a dialog that is about to close.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from .. import APP_NAME
from .worker import Job


def with_progress(
    parent: QWidget | None,
    job: Job,
    text: str,
    cancel_text: str,
    *,
    written: Callable[[object], object],
    failed: Callable[[str], object],
    cancelled: Callable[[], object],
    show_after_ms: int = 400,
) -> QProgressDialog:
    """Connect `job` to a progress dialog (`text`, a `cancel_text` button) shown once the
    job has run `show_after_ms`, then to `written(result)`, `failed(error text)` or
    `cancelled()`. Call before job.start(); the dialog is `job.progress_dialog`."""
    dialog = QProgressDialog(text, cancel_text, 0, 0, parent)
    dialog.setWindowTitle(APP_NAME)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(show_after_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    job.progress_dialog = dialog  # for tests, and alive as long as the job

    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))

    def finish() -> None:
        dialog.canceled.disconnect(job.cancel)
        dialog.close()
        dialog.deleteLater()

    dialog.canceled.connect(job.cancel)
    job.progress.connect(on_progress)
    job.succeeded.connect(lambda result: (finish(), written(result)))
    job.failed.connect(lambda error: (finish(), failed(error)))
    job.cancelled.connect(lambda: (finish(), cancelled()))
    return dialog
