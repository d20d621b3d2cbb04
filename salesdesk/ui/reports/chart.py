"""A report's chart: bars (side by side, stacked or horizontal) per `Chart.series`, the
`Chart.line` drawn over them on the same value axis, ticks at round steps in the
column's format, the app's colours; "No data for this period" instead of empty axes.

In right-to-left layouts the categories run from the right (and horizontal bars grow
from the right) with the value axis on the reading side, so weeks read from the first.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QStackedBarSeries,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QFrame, QLabel, QStackedLayout, QWidget

from ...core.reports.base import Kind, Report
from ..theme import ACCENT, colors
from .axes import category_texts, fit_labels, month_column, unique, value_axis
from .formats import report_text

COMPACT_ROWS = 6  # horizontal bars a card has room for
COMPACT_FLIPPED_ROWS = 8  # the same, for bars laid down because their names are long
# Past the named keys the bars take these in turn: distinct on white and on dark grey.
_CYCLE = (ACCENT, "#0d9488", "#f59e0b", "#8b5cf6", "#ec4899", "#64748b", "#84cc16")


def series_colors() -> dict[str, str]:
    """Colours of the sales figures wherever they are drawn (quota dashboard, reports)."""
    c = colors()
    return {"won": c["ok"], "commit": "#6cc596", "best_case": ACCENT, "quota": c["error"]}


def color_of(key: str, index: int) -> str:
    known = series_colors()
    known.update({"closed_won": known["won"], "target": known["quota"], "done": known["won"]})
    return known.get(key, _CYCLE[index % len(_CYCLE)])


def has_data(report: Report) -> bool:
    """Whether the chart has anything to draw: some row with a non-zero bar or line."""
    spec = report.chart
    if spec is None or not report.rows:
        return False
    keys = [*spec.series, *([spec.line] if spec.line else [])]
    at = [report.column(k) for k in keys]
    return any(row[i] for row in report.rows for i in at)


def _line_runs(report: Report, rows: list[tuple]) -> list[list[tuple[int, float]]]:
    """The line's points, cut where a new month starts: a quota to date restarts each
    month, and a line joining the months would draw a fall that never happened."""
    at, month_at = report.column(report.chart.line), month_column(report)
    runs: list[list[tuple[int, float]]] = []
    month = object()
    for i, row in enumerate(rows):
        here = row[month_at] if month_at is not None else None
        if not runs or here != month:
            runs.append([])
            month = here
        runs[-1].append((i, float(row[at] or 0.0)))
    return runs


def build_chart(
    report: Report,
    locale: QLocale,
    currency: str,
    compact: bool = False,
    rtl: bool = False,
    room: int = 0,
) -> QChart:
    """The QChart for `report` (which has_data); `compact` for the overview's cards;
    `room` the plot's usual width in pixels (the category labels are fitted to it)."""
    spec = report.chart
    c = colors()
    chart = QChart()
    chart.setBackgroundBrush(QColor(c["base"]))
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(0, 2, 0, 0) if compact else QMargins(4, 6, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    small = QFont()
    small.setPointSizeF(small.pointSizeF() * (0.8 if compact else 0.9))
    labels = {col.key: report_text(col.label) for col in report.columns}
    horizontal, rows = spec.horizontal, report.rows
    if not horizontal:
        if rtl:  # the first week (or stage) on the reading side; a bar axis cannot reverse
            rows = list(reversed(rows))
        at = report.column(spec.category)
        texts = category_texts(report, rows, locale, 24)
        room = room or (300 if compact else 900)  # a wide card's plot, the page's
        dates = report.columns[at].kind == Kind.DATE
        fitted = fit_labels(texts, QFontMetrics(small), room, dates)
        horizontal = fitted.flip
        categories = fitted.texts
        rows = report.rows if horizontal else rows
    if horizontal:
        # A card has room for a few bars only: the report's first rows. A horizontal
        # axis counts from the bottom: the rows go in upside down to read from the top.
        if compact:
            rows = rows[: COMPACT_ROWS if spec.horizontal else COMPACT_FLIPPED_ROWS]
        rows = list(reversed(rows))
        categories = unique(category_texts(report, rows, locale, 16 if compact else 32))

    if horizontal:
        bars = QHorizontalStackedBarSeries() if spec.stacked else QHorizontalBarSeries()
    else:
        bars = QStackedBarSeries() if spec.stacked else QBarSeries()
    bars.setBarWidth(0.7 if spec.stacked or len(spec.series) == 1 else 0.8)
    low, high = 0.0, 0.0
    # Horizontal groups stack their bars from the bottom: the first series goes in last
    # to sit on top, and the legend turns round to match.
    ordered = list(enumerate(spec.series))
    for index, key in reversed(ordered) if horizontal else ordered:
        at = report.column(key)
        bar = QBarSet(labels[key])
        tint = QColor(color_of(key, index))
        bar.setColor(tint)
        bar.setBorderColor(tint)
        for row in rows:
            bar.append(float(row[at] or 0.0))
        bars.append(bar)
    for row in rows:
        values = [float(row[report.column(k)] or 0.0) for k in spec.series]
        if spec.stacked:
            high = max(high, sum(v for v in values if v > 0))
            low = min(low, sum(v for v in values if v < 0))
        else:
            high, low = max(high, *values), min(low, *values)
    chart.addSeries(bars)

    lines = []
    if spec.line:
        pen = QPen(QColor(color_of(spec.line, 0)), 2 if compact else 2.5, Qt.PenStyle.DashLine)
        for run in _line_runs(report, rows):
            line = QLineSeries()
            line.setName(labels[spec.line])
            line.setPen(pen)
            line.setPointsVisible(len(run) == 1)  # a lone week would draw nothing
            for i, value in run:
                high, low = max(high, value), min(low, value)
                line.append(value, i) if horizontal else line.append(i, value)
            chart.addSeries(line)
            lines.append(line)

    cats = QBarCategoryAxis()
    cats.append(categories)
    cats.setTruncateLabels(False)
    cats.setLabelsColor(QColor(c["text"]))
    cats.setLabelsFont(small)
    cats.setGridLineVisible(False)
    kind = next(col.kind for col in report.columns if col.key == spec.series[0])
    values = value_axis(low, high, kind, locale, currency, 3 if compact else 5)
    values.setLabelsFont(small)
    if horizontal:
        # Bars grow from the reading side; room for the last value label at the end.
        values.setReverse(rtl)
        # (The chart gives the names a few pixels too few: 8 more on their side.)
        margins = chart.margins()
        margins.setLeft(margins.left() + (24 if rtl else 8))
        margins.setRight(margins.right() + 16)
        chart.setMargins(margins)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(cats, Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    else:
        chart.addAxis(cats, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    for series in (bars, *lines):
        series.attachAxis(cats)
        series.attachAxis(values)

    legend = chart.legend()
    # A card says which colour is which itself (legend_items): a narrow legend clips.
    legend.setVisible(not compact and len(spec.series) + len(lines) > 1)
    for line in lines[1:]:  # one entry for the line, however many months it spans
        for marker in legend.markers(line):
            marker.setVisible(False)
    legend.setReverseMarkers(horizontal)
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    legend.setLabelColor(QColor(c["text"]))
    legend.setFont(small)
    return chart


def legend_items(report: Report) -> list[tuple[str, str]]:
    """(name, colour) of each bar series and the line, as the chart draws them."""
    spec = report.chart
    if spec is None:
        return []
    names = {col.key: report_text(col.label) for col in report.columns}
    found = [(names[k], color_of(k, i)) for i, k in enumerate(spec.series)]
    if spec.line:
        found.append((names[spec.line], color_of(spec.line, 0)))
    return found


class ReportChart(QWidget):
    """A report's chart, or a quiet "No data for this period" when there is nothing."""

    def __init__(self, compact: bool = False, room: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.compact, self.room = compact, room
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The card takes the click: the chart view must not swallow it.
        self.view.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, compact)
        self.empty = QLabel(self.tr("No data for this period"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setProperty("role", "muted")
        self.empty.setWordWrap(True)
        self.stack = QStackedLayout(self)
        self.stack.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        self.setMinimumHeight(130 if compact else 260)

    def show_report(self, report: Report, currency: str) -> None:
        if not has_data(report):
            self.stack.setCurrentWidget(self.empty)
            return
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        chart = build_chart(report, self.locale(), currency, self.compact, rtl, self.room)
        self.view.setBackgroundBrush(QColor(colors()["base"]))
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.stack.setCurrentWidget(self.view)

    def clear(self) -> None:
        self.stack.setCurrentWidget(self.empty)

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty

    def series_count(self) -> int:
        """Bar sets plus the line: what the reader tells apart by colour."""
        if self.is_empty() or self.view.chart() is None:
            return 0
        bars, line = 0, 0
        for series in self.view.chart().series():
            if isinstance(series, QLineSeries):
                line = 1  # one line, drawn in a piece per month
            else:
                bars += len(series.barSets())
        return bars + line
