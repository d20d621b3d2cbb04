"""Run long work off the GUI thread with progress, cancel and errors as signals.

The job opens its own unit of work through the services and never touches widgets;
results come back on the GUI thread through queued signals.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..core.errors import DatabaseError, SalesDeskError, readable_database_error
from .messages import error_text

# fn(progress(done, total), cancelled() -> bool) -> result
JobFn = Callable[[Callable[[int, int], None], Callable[[], bool]], object]


class Job(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, fn: JobFn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._cancel = threading.Event()

    def start(self) -> Job:
        """Run on the thread pool. Connect the signals first: a quick job may finish (and
        emit) before a connection made after start() exists."""
        QThreadPool.globalInstance().start(_Runnable(self))
        return self

    def cancel(self) -> None:
        self._cancel.set()

    def _run(self) -> None:
        try:
            result = self._fn(self.progress.emit, self._cancel.is_set)
        except Exception as exc:  # reported to the user, never swallowed
            if self._cancel.is_set():
                self.cancelled.emit()
            elif isinstance(exc, SalesDeskError | ValueError):
                self.failed.emit(error_text(exc))
            elif isinstance(exc, DatabaseError):
                self.failed.emit(error_text(readable_database_error(exc)))
            else:
                traceback.print_exception(exc)
                self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        # The work finished (and committed): a cancel that came too late changes nothing.
        self.succeeded.emit(result)


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        # RuntimeError from emit: the job's owner (a view) was deleted while it ran;
        # nobody waits for the result, and the work committed or rolled back as a whole.
        with contextlib.suppress(RuntimeError):
            self.job._run()
