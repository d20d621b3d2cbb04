"""Table model over lead ids with a lazy, paged row cache (fast on 30,000 leads).

The model holds the ids of the leads that match its query, in order; rows are read a
page at a time when the view first shows them. A lead flagged as a duplicate carries a
mark in its first column, with the twin it shares its email with in the tooltip.
"""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon

from ...core.db import Database
from ...core.domain import LeadStatus
from ...core.leads.records import LeadQuery, LeadRow, lead_ids, lead_rows
from ..messages import arg
from ..theme import colors, dot_icon, icon
from .call_table import local_datetime

PAGE = 200
(
    COL_COMPANY,
    COL_PERSON,
    COL_EMAIL,
    COL_CITY,
    COL_SOURCE,
    COL_STATUS,
    COL_SCORE,
    COL_OWNER,
    COL_CREATED,
) = range(9)
SORT_KEYS = {
    COL_COMPANY: "company",
    COL_PERSON: "name",
    COL_CITY: "city",
    COL_SOURCE: "source",
    COL_STATUS: "status",
    COL_SCORE: "score",
    COL_CREATED: "created",
}
ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # the LeadStatus value, for tests and delegates
TWIN_ROLE = Qt.ItemDataRole.UserRole + 3  # the twin's id when flagged as a duplicate
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_DECORATION = Qt.ItemDataRole.DecorationRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_ROLES = frozenset(
    int(r) for r in (_DISPLAY, _DECORATION, _TOOLTIP, _ALIGN, ID_ROLE, STATUS_ROLE, TWIN_ROLE)
)

STATUS_COLORS = {
    LeadStatus.NEW: "#0891b2",
    LeadStatus.WORKING: "#d97706",
    LeadStatus.QUALIFIED: "#16a34a",
    LeadStatus.DISQUALIFIED: "#9ca3af",
}


def status_title(status: LeadStatus | str) -> str:
    return {
        LeadStatus.NEW: QCoreApplication.translate("LeadTable", "New"),
        LeadStatus.WORKING: QCoreApplication.translate("LeadTable", "Working"),
        LeadStatus.QUALIFIED: QCoreApplication.translate("LeadTable", "Qualified"),
        LeadStatus.DISQUALIFIED: QCoreApplication.translate("LeadTable", "Disqualified"),
    }.get(str(status), str(status))


def status_icon(status: LeadStatus | str) -> QIcon:
    return dot_icon(STATUS_COLORS.get(str(status), "#9ca3af"))


def duplicate_icon() -> QIcon:
    return icon("mdi6.content-duplicate", colors()["warning"])


def row_label(row: LeadRow) -> str:
    if row.name and row.company:
        return f"{row.name} ({row.company})"
    return row.name or row.company or ""


def score_text(score: float | None, locale: QLocale | None = None) -> str:
    if score is None:
        return ""
    return (locale or QLocale()).toString(float(score), "f", 0)


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("LeadTable", "Company"),
        QCoreApplication.translate("LeadTable", "Person"),
        QCoreApplication.translate("LeadTable", "Email"),
        QCoreApplication.translate("LeadTable", "Town"),
        QCoreApplication.translate("LeadTable", "Source"),
        QCoreApplication.translate("LeadTable", "Status"),
        QCoreApplication.translate("LeadTable", "Score"),
        QCoreApplication.translate("LeadTable", "Owner"),
        QCoreApplication.translate("LeadTable", "Created"),
    ]


class LeadTableModel(QAbstractTableModel):
    def __init__(self, db: Database, query: LeadQuery | None = None, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._query = query or LeadQuery()
        self._ids: list[uuid.UUID] = []
        self._index: dict[uuid.UUID, int] = {}
        # id -> (row, display texts, twin label); None: deleted since the ids were read
        self._rows: dict[uuid.UUID, tuple[LeadRow, tuple[str, ...], str] | None] = {}
        self._headers = _headers()
        self._locale = QLocale()
        self.reload()

    @property
    def query(self) -> LeadQuery:
        return self._query

    def set_query(self, query: LeadQuery) -> None:
        if query != self._query:
            self._query = query
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = lead_ids(self._db, self._query)
        self._index = {lead_id: i for i, lead_id in enumerate(self._ids)}
        self._rows.clear()
        self.endResetModel()

    def lead_id(self, row: int) -> uuid.UUID:
        return self._ids[row]

    def row_of(self, lead_id: uuid.UUID) -> int | None:
        """The row showing `lead_id`, or None if the query leaves it out."""
        return self._index.get(lead_id)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def _fetch(self, row: int):
        """Read the page holding `row` (and the twins its duplicates point at)."""
        start = (row // PAGE) * PAGE
        ids = self._ids[start : start + PAGE]
        rows = lead_rows(self._db, ids)
        twins = {r.duplicate_of for r in rows.values() if r.duplicate_of is not None}
        twin_rows = lead_rows(self._db, list(twins - rows.keys())) if twins else {}
        twin_rows.update(rows)
        for lead_id in ids:
            r = rows.get(lead_id)
            if r is None:
                self._rows[lead_id] = None
                continue
            twin = twin_rows.get(r.duplicate_of) if r.duplicate_of else None
            self._rows[lead_id] = (r, self._texts(r), row_label(twin) if twin else "")
        return self._rows[self._ids[row]]

    def _texts(self, r: LeadRow) -> tuple[str, ...]:
        created = self._locale.toString(
            local_datetime(r.created_at).date(), QLocale.FormatType.ShortFormat
        )
        return (
            r.company or "",
            r.name,
            r.email or "",
            r.city or "",
            r.source or "",
            status_title(r.status),
            score_text(r.score, self._locale),
            r.owner or "",
            created,
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if role not in _ROLES or not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not 0 <= row < len(self._ids):
            return None
        if role == ID_ROLE:
            return str(self._ids[row])
        if role == _ALIGN:
            if col == COL_SCORE:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        lead_id = self._ids[row]
        cached = self._rows[lead_id] if lead_id in self._rows else self._fetch(row)
        if cached is None:  # deleted since the ids were read
            return None
        r, texts, twin = cached
        if role == STATUS_ROLE:
            return str(r.status)
        if role == TWIN_ROLE:
            return str(r.duplicate_of) if r.duplicate_of else None
        if role == _DISPLAY:
            return texts[col] if 0 <= col < len(texts) else None
        if role == _DECORATION:
            if col == COL_STATUS:
                return status_icon(r.status)
            if col == COL_COMPANY and r.duplicate_of is not None:
                return duplicate_icon()
            return None
        # Tooltips
        if col == COL_COMPANY and r.duplicate_of is not None:
            return arg(
                QCoreApplication.translate(
                    "LeadTable", "%1\nPossible duplicate: %2 has the same email."
                ),
                texts[col] or row_label(r),
                twin,
            )
        if col == COL_STATUS and r.disqualify_reason:
            return arg(
                QCoreApplication.translate("LeadTable", "Disqualified: %1"), r.disqualify_reason
            )
        return texts[col] if 0 <= col < len(texts) and texts[col] else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is not None:
            self.set_query(
                replace(self._query, sort=key, descending=order == Qt.SortOrder.DescendingOrder)
            )
