"""Save what the user types as a draft in the database, continuously.

A form calls `changed()` on every edit. The draft is written 0.8 s after the last edit,
and at least every 1.5 s while the user keeps typing, so a killed process loses at most
the last two seconds. Each save is one short transaction (a few milliseconds in WAL).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ...core.calls.drafts import discard_draft, save_draft
from ...core.db import Database
from ...core.errors import SalesDeskError
from ..messages import error_text

IDLE_MS = 800
MAX_WAIT_S = 1.5


class DraftKeeper(QObject):
    saved = Signal()
    failed = Signal(str)

    def __init__(
        self,
        db: Database,
        user_id: uuid.UUID | None,
        collect: Callable[[], dict],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._user = user_id
        self._collect = collect
        self.key: str | None = None
        self._dirty_since: float | None = None
        self._paused = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_MS)
        self._timer.timeout.connect(self.flush)

    @property
    def dirty(self) -> bool:
        return self._dirty_since is not None

    def set_key(self, key: str | None) -> None:
        """Point at another draft (the form now shows another record): save the old first."""
        if key != self.key:
            self.flush()
            self.key = key

    def pause(self) -> None:
        """Ignore changes while the form is filled by code, not typed by the user."""
        self._paused += 1

    def resume(self) -> None:
        self._paused = max(0, self._paused - 1)

    def changed(self, *_args: object) -> None:
        if self._paused or self.key is None:
            return
        now = time.monotonic()
        if self._dirty_since is None:
            self._dirty_since = now
        if now - self._dirty_since >= MAX_WAIT_S:
            self.flush()
        else:
            self._timer.start()

    def flush(self) -> None:
        """Write the draft now if anything changed since the last write."""
        self._timer.stop()
        if self._dirty_since is None or self.key is None:
            return
        try:
            save_draft(self._db, self._user, self.key, self._collect())
        except SalesDeskError as exc:  # e.g. a full disk: the text stays in the form
            self.failed.emit(error_text(exc))
            return
        self._dirty_since = None
        self.saved.emit()

    def forget(self) -> None:
        """The form was saved (the service dropped the draft) or reset: nothing pending."""
        self._timer.stop()
        self._dirty_since = None

    def discard(self) -> None:
        """Throw the draft away (the user chose to)."""
        self.forget()
        if self.key is not None:
            discard_draft(self._db, self._user, self.key)
