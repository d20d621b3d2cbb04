"""A report's table: a small model over its rows, formatted by column kind and sortable."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from ...core.reports.base import Kind, Report
from .formats import CODED, NUMERIC, format_value, report_text, value_words

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's plain value (float, date, str)
_Index = QModelIndex | QPersistentModelIndex


class ReportTableModel(QAbstractTableModel):
    """The rows of one report; numbers on the trailing side, None as an em dash."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self.rows: list[tuple] = []
        self.currency = "GBP"
        self.locale = QLocale()
        self.words = value_words()

    def set_report(self, report: Report | None, currency: str, locale: QLocale) -> None:
        self.beginResetModel()
        self.report = report
        self.rows = list(report.rows) if report else []
        self.currency = currency
        self.locale = locale
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.report is None:
            return 0
        return len(self.report.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.report is None:
            return None
        column = self.report.columns[index.column()]
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if (self.report.name, column.key) in CODED and isinstance(value, str):
                return self.words.get(value, value)
            if column.key in self.report.labels and isinstance(value, str):
                return report_text(value)
            return format_value(value, column.kind, self.locale, self.currency)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # Leading/trailing: numbers line up on the right, or on the left in Persian.
            side = (
                Qt.AlignmentFlag.AlignTrailing
                if column.kind in NUMERIC
                else Qt.AlignmentFlag.AlignLeading
            )
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role == VALUE_ROLE:
            return value
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or self.report is None:
            return None
        if not 0 <= section < len(self.report.columns):
            return None
        column = self.report.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return report_text(column.label)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = (
                Qt.AlignmentFlag.AlignTrailing
                if column.kind in NUMERIC
                else Qt.AlignmentFlag.AlignLeading
            )
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.report is None or not 0 <= column < len(self.report.columns):
            return
        kind = self.report.columns[column].kind
        descending = order == Qt.SortOrder.DescendingOrder

        def key(row: tuple):
            value = row[column]
            if value is None:  # blanks last either way
                return (1,)
            if kind == Kind.TEXT:
                return (0, str(value).casefold())
            return (0, value)

        rows = self.rows
        present = [i for i, r in enumerate(rows) if r[column] is not None]
        blank = [i for i, r in enumerate(rows) if r[column] is None]
        order = sorted(present, key=lambda i: key(rows[i]), reverse=descending) + blank
        self.layoutAboutToBeChanged.emit()
        self.rows = [rows[i] for i in order]
        moved = {was: now for now, was in enumerate(order)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(old, [self.index(moved[i.row()], i.column()) for i in old])
        self.layoutChanged.emit()
