"""Table model over call keys with a lazy, paged row cache (fast on 50,000 calls).

The model holds the stored keys (32 hex digits) of the calls that match its query, in
order; rows are read a page at a time when the view first shows them, and their display
texts are made once per page, so scrolling only paints.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimeZone,
)
from PySide6.QtGui import QIcon

from ...core.calls.listing import CallQuery, CallRow, call_keys, call_rows
from ...core.db import Database
from ...core.domain import CallStage
from ..labels import call_stage_title, call_type_title
from ..theme import dot_icon

PAGE = 100
RECENT = 4
(
    COL_DATE,
    COL_ACCOUNT,
    COL_TOWN,
    COL_TYPE,
    COL_STAGE,
    COL_OBJECTIVE,
    COL_OUTCOME,
    COL_OWNER,
    COL_REVIEWER,
) = range(9)
SORT_KEYS = {COL_DATE: "start", COL_ACCOUNT: "account", COL_TYPE: "type", COL_STAGE: "stage"}
ID_ROLE = Qt.ItemDataRole.UserRole + 1
STAGE_ROLE = Qt.ItemDataRole.UserRole + 2  # the CallStage value, for tests and delegates
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_DECORATION = Qt.ItemDataRole.DecorationRole.value
_ROLES = frozenset(
    int(r) for r in (_DISPLAY, _DECORATION, Qt.ItemDataRole.ToolTipRole, ID_ROLE, STAGE_ROLE)
)

# Readable on the light and the dark palette; the words carry the meaning, the dot helps
# the eye run down the column.
STAGE_COLORS = {
    CallStage.PLANNED: "#0891b2",
    CallStage.IN_PROGRESS: "#d97706",
    CallStage.DONE: "#dc2626",
    CallStage.DEBRIEFED: "#16a34a",
    CallStage.REVIEWED: "#7c3aed",
    CallStage.CANCELLED: "#9ca3af",
}


def stage_title(stage: CallStage | str) -> str:
    return call_stage_title(CallStage(stage))


def stage_icon(stage: CallStage | str) -> QIcon:
    return dot_icon(STAGE_COLORS[CallStage(stage)])


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("CallTable", "Date"),
        QCoreApplication.translate("CallTable", "Account"),
        QCoreApplication.translate("CallTable", "Town"),
        QCoreApplication.translate("CallTable", "Type"),
        QCoreApplication.translate("CallTable", "Stage"),
        QCoreApplication.translate("CallTable", "Objective"),
        QCoreApplication.translate("CallTable", "Outcome"),
        QCoreApplication.translate("CallTable", "Owner"),
        QCoreApplication.translate("CallTable", "Reviewer"),
    ]


def local_datetime(utc: datetime) -> QDateTime:
    """Stored times are naive UTC; show them on this computer's clock."""
    return QDateTime(
        QDate(utc.year, utc.month, utc.day),
        QTime(utc.hour, utc.minute, utc.second),
        QTimeZone.utc(),
    ).toLocalTime()


def _one_line(text: str | None) -> str:
    return " ".join(text.split()) if text else ""


class CallTableModel(QAbstractTableModel):
    def __init__(self, db: Database, query: CallQuery | None = None, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._query = query or CallQuery()
        # key -> (row, display texts); None: deleted since the keys were read
        self._rows: dict[str, tuple[CallRow, tuple[str, ...]] | None] = {}
        # The last few lists, by query: clearing a filter (back to 50,000 calls) then
        # costs no query. Any change notice empties it (reload).
        self._recent: dict[CallQuery, list[str]] = {}
        self._headers = _headers()
        self._locale = QLocale()
        self._keys: list[str] = call_keys(db, self._query)

    @property
    def query(self) -> CallQuery:
        return self._query

    def set_query(self, query: CallQuery) -> None:
        if query == self._query:
            return
        self._recent[self._query] = self._keys
        self._query = query
        keys = self._recent.pop(query, None)
        while len(self._recent) > RECENT:
            del self._recent[next(iter(self._recent))]
        self._reset(call_keys(self._db, query) if keys is None else keys)

    def reload(self) -> None:
        """Read the list again (the data changed): also forgets the recent lists."""
        self._recent.clear()
        self._reset(call_keys(self._db, self._query))

    def _reset(self, keys: list[str]) -> None:
        self.beginResetModel()
        self._keys = keys
        self._rows.clear()
        self.endResetModel()

    def call_id(self, row: int) -> uuid.UUID:
        return uuid.UUID(hex=self._keys[row])

    def row_of(self, call_id: uuid.UUID) -> int | None:
        """The row showing `call_id`, or None if the query leaves it out."""
        try:
            return self._keys.index(call_id.hex)
        except ValueError:
            return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def _fetch(self, row: int) -> tuple[CallRow, tuple[str, ...]] | None:
        """Read the page holding `row` into the cache; its entry, if the call still exists."""
        start = (row // PAGE) * PAGE
        keys = self._keys[start : start + PAGE]
        ids = [uuid.UUID(hex=k) for k in keys]
        rows = call_rows(self._db, ids)
        for key, call_id in zip(keys, ids, strict=True):
            r = rows.get(call_id)
            self._rows[key] = None if r is None else (r, self._texts(r))
        return self._rows[self._keys[row]]

    def _texts(self, r: CallRow) -> tuple[str, ...]:
        when = (
            self._locale.toString(local_datetime(r.start), QLocale.FormatType.ShortFormat)
            if r.start
            else ""
        )
        return (
            when,
            r.account,
            r.city or "",
            call_type_title(r.call_type),
            stage_title(r.stage),
            _one_line(r.objective),
            _one_line(r.outcome),
            r.owner or "",
            r.reviewer or "",
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        # Painting one screen asks about 1,600 times (seven roles per cell): refuse
        # the roles this model does not use before anything else.
        if role not in _ROLES or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._keys):
            return None
        if role == ID_ROLE:
            return str(self.call_id(row))
        key = self._keys[row]
        cached = self._rows[key] if key in self._rows else self._fetch(row)
        if cached is None:  # deleted since the keys were read
            return None
        r, texts = cached
        col = index.column()
        if role == _DISPLAY:
            return texts[col] if 0 <= col < len(texts) else None
        if role == _DECORATION:
            return stage_icon(r.stage) if col == COL_STAGE else None
        if role == STAGE_ROLE:
            return r.stage.value
        if col == COL_OBJECTIVE:  # tooltips: the whole text where the cell cuts it
            return r.objective or None
        if col == COL_OUTCOME:
            return r.outcome or None
        return texts[col] if 0 <= col < len(texts) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is not None:
            self.set_query(
                replace(self._query, sort=key, descending=order == Qt.SortOrder.DescendingOrder)
            )
