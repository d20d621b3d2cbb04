"""Run long work off the GUI thread with progress, cancel and errors as signals.

The job opens its own unit of work through the services and never touches widgets;
results come back on the GUI thread through queued signals.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRunnable, QThreadPool, Signal

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


class LatestAnswer(QObject):
    """A panel's figures from one background question, kept up to date.

    Asked when the panel is shown after a change to one of the `watched` tables (or
    first shown), and at once when such a change comes while it is visible. `question()`
    runs on the GUI thread and returns the work (a no-argument callable) for the pool;
    `answer(result)` and `failed(text)` run on the GUI thread, for the newest question
    only: an earlier, slower answer never overwrites a newer one. `ignore()` true skips
    a change notice (the panel's own write, already shown).
    """

    def __init__(
        self,
        panel,
        notifier,
        watched: frozenset[str],
        question: Callable[[], Callable[[], object]],
        answer: Callable[[object], None],
        failed: Callable[[str], None],
        ignore: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(panel)
        self._panel, self._watched, self._ignore = panel, watched, ignore
        self._question, self._answer, self._failed = question, answer, failed
        self._asked = 0
        self._jobs: list[Job] = []  # parented too; the list keeps the wrappers alive
        self.dirty = True
        panel.installEventFilter(self)
        notifier.changed.connect(self._on_changed)

    def eventFilter(self, watched, event) -> bool:
        if watched is self._panel and event.type() == QEvent.Type.Show and self.dirty:
            self.ask()
        return False

    def _on_changed(self, tables: frozenset) -> None:
        if not tables & self._watched or self._ignore():
            return
        self.dirty = True
        if self._panel.isVisible():
            self.ask()

    def ask(self) -> None:
        """Ask now (a filter changed, a button was pressed)."""
        self.dirty = False
        self._asked += 1
        asked, work = self._asked, self._question()
        job = Job(lambda _progress, _cancelled: work(), self)
        job.succeeded.connect(lambda result: asked == self._asked and self._answer(result))
        job.failed.connect(lambda text: asked == self._asked and self._failed(text))
        self._jobs = [*self._jobs[-3:], job]
        job.start()
