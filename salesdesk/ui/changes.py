"""Bridge the database's change notices to a Qt signal, so views refresh themselves."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..core.db import Database


class ChangeNotifier(QObject):
    """Emits `changed(tables)` on the GUI thread after every committed write."""

    changed = Signal(frozenset)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Emitting from a worker thread is queued to this object's (GUI) thread.
        emit = self.changed.emit
        db.subscribe(emit)
        self.destroyed.connect(lambda: db.unsubscribe(emit))
