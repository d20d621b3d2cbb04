"""Table model over account ids with a lazy, paged row cache (fast on 100,000 rows)."""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...core.accounts import AccountQuery, AccountRow, account_ids, account_rows
from ...core.db import Database
from ..labels import money

PAGE = 200
COL_NAME, COL_KIND, COL_CITY, COL_INDUSTRY, COL_ATTENTION, COL_REVENUE, COL_POTENTIAL, COL_OWNER = (
    range(8)
)
SORT_KEYS = {
    COL_NAME: "name",
    COL_KIND: "kind",
    COL_CITY: "city",
    COL_INDUSTRY: "industry",
    COL_ATTENTION: "attention",
    COL_REVENUE: "revenue",
    COL_POTENTIAL: "potential",
}
ID_ROLE = Qt.ItemDataRole.UserRole + 1
NUMERIC = (COL_REVENUE, COL_POTENTIAL)


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("AccountTable", "Account"),
        QCoreApplication.translate("AccountTable", "Kind"),
        QCoreApplication.translate("AccountTable", "Town"),
        QCoreApplication.translate("AccountTable", "Industry"),
        QCoreApplication.translate("AccountTable", "Attention"),
        QCoreApplication.translate("AccountTable", "Revenue"),
        QCoreApplication.translate("AccountTable", "Potential"),
        QCoreApplication.translate("AccountTable", "Owner"),
    ]


def _kind(value: str) -> str:
    return {
        "customer": QCoreApplication.translate("AccountTable", "Customer"),
        "prospect": QCoreApplication.translate("AccountTable", "Prospect"),
    }.get(value, value)


class AccountTableModel(QAbstractTableModel):
    def __init__(self, db: Database, query: AccountQuery | None = None, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._query = query or AccountQuery()
        self._ids: list[uuid.UUID] = []
        self._rows: dict[uuid.UUID, AccountRow] = {}
        self._headers = _headers()
        self.reload()

    @property
    def query(self) -> AccountQuery:
        return self._query

    def set_query(self, query: AccountQuery) -> None:
        if query != self._query:
            self._query = query
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = account_ids(self._db, self._query)
        self._rows.clear()
        self.endResetModel()

    def account_id(self, row: int) -> uuid.UUID:
        return self._ids[row]

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

    def _row(self, row: int) -> AccountRow | None:
        account_id = self._ids[row]
        cached = self._rows.get(account_id)
        if cached is None:
            start = (row // PAGE) * PAGE
            self._rows.update(account_rows(self._db, self._ids[start : start + PAGE]))
            cached = self._rows.get(account_id)
        return cached

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return str(self._ids[index.row()])
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if col == COL_ATTENTION:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        r = self._row(index.row())
        if r is None:  # deleted since the ids were read
            return None
        values = {
            COL_NAME: r.name,
            COL_KIND: _kind(r.kind),
            COL_CITY: r.city or "",
            COL_INDUSTRY: r.industry or "",
            COL_ATTENTION: r.attention_level or "",
            COL_REVENUE: money(r.current_revenue),
            COL_POTENTIAL: money(r.estimated_potential),
            COL_OWNER: r.owner or "",
        }
        return values.get(col)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is not None:
            self.set_query(
                replace(self._query, sort=key, descending=order == Qt.SortOrder.DescendingOrder)
            )
