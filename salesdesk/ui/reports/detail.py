"""One report in full: a large chart, the sortable table, the notes, and Export."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.reports import Report
from ..messages import arg
from ..views.common import Card, label
from .chart import ReportChart
from .export import FORMATS, ChoosePath, ask_path, start_export
from .formats import note_text, report_text
from .table import ReportTableModel


class ReportDetail(QWidget):
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self.currency = "GBP"
        self.choose_path: ChoosePath = ask_path  # tests answer the save dialog
        self.jobs: list = []

        self.back_button = QPushButton(self.tr("Reports"))
        # The standard back arrow points the reading way back (right in Persian).
        self.back_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.back_button.setToolTip(self.tr("Back to all reports (Alt+Left, Esc)"))
        self.back_button.clicked.connect(self.back)
        for keys in (QKeySequence.StandardKey.Back, QKeySequence(Qt.Key.Key_Escape)):
            QShortcut(keys, self, self.back.emit, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.title = label("")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.period = label("", "muted")
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setToolTip(self.tr("Save this report as CSV, Excel or PDF"))
        self.export_menu = QMenu(self.export_button)
        names = {"csv": self.tr("CSV…"), "xlsx": self.tr("Excel (XLSX)…"), "pdf": self.tr("PDF…")}
        for fmt in FORMATS:
            action = self.export_menu.addAction(names[fmt])
            action.setData(fmt)
            action.triggered.connect(lambda _c=False, f=fmt: self.export(f))
        self.export_button.setMenu(self.export_menu)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(8)
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.period)
        top.addLayout(heading, 1)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)

        self.chart_card = QFrame()  # the page's title says what the chart is
        self.chart_card.setProperty("role", "card")
        self.chart = ReportChart()
        self.chart.setMinimumHeight(260)
        chart_box = QVBoxLayout(self.chart_card)
        chart_box.setContentsMargins(12, 10, 12, 8)
        chart_box.addWidget(self.chart, 1)
        self.table_card = Card(self.tr("Figures"))
        self.model = ReportTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the report's own order
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(70)
        self.table_card.body.addWidget(self.table, 1)
        self.notes = label("", "muted", wrap=True)
        self.notes.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.table_card.body.addWidget(self.notes)

        # The chart above the table: both get the full width (tables of eight columns).
        body = QVBoxLayout()
        body.setSpacing(12)
        body.addWidget(self.chart_card, 5)
        body.addWidget(self.table_card, 4)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        lay.addLayout(top)
        lay.addLayout(body, 1)

    def show_report(self, report: Report, currency: str) -> None:
        self.report, self.currency = report, currency
        self.title.setText(report_text(report.title))
        loc = self.locale()
        if report.filter is not None:
            self.period.setText(
                arg(
                    self.tr("%1 to %2"),
                    loc.toString(QDate(report.filter.start), "d MMMM yyyy"),
                    loc.toString(QDate(report.filter.end), "d MMMM yyyy"),
                )
            )
        self.chart_card.setVisible(report.chart is not None)
        self.chart.show_report(report, currency)
        self.model.set_report(report, currency, loc)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        first = self.table.horizontalHeader()
        if self.model.columnCount():
            first.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        notes = [note_text(n, loc) for n in report.notes]
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self.export_button.setEnabled(True)

    def export(self, fmt: str):
        """Ask where and write the report shown; returns the job (None if cancelled)."""
        if self.report is None:
            return None
        job = start_export(self, self.report, fmt, self.currency, self.choose_path)
        if job is not None:
            self.jobs = [*self.jobs[-3:], job]
        return job
