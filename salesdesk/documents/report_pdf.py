"""A dashboard report as a PDF: title, filter line, a bar chart, the table, the notes.

A4 in the documents' look (layout.py): the report's title in the page header, "Page N
of M" in the footer, the table's header row repeated on every page it runs onto. The
chart follows the report's Chart spec: one bar series per key (stacked when asked),
bars across for long category names, and the `line` series (a quota) drawn over the
bars on the same scale. Text goes through text.py, so Persian prints shaped and in
order. A text cell is cut at TEXT_LIMIT characters with an ellipsis (a table row must
fit on one page: a 5,000-character stage name stopped the export); a page reportlab
still cannot lay out is an ExportError, and the caller's temporary file goes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer
from reportlab.platypus.doctemplate import LayoutError

from ..core.exports.files import ExportCancelled, ExportError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.reports.base import Kind, Report
from ..core.reports.values import filter_line, note_text, shown
from . import words as w
from .layout import CONTENT_W, MUTED, PlanDocument, data_table, make_styles
from .text import clean, fit, para, visual

Translate = Callable[[str], str]
SERIES_COLOURS = (
    colors.HexColor("#1f5f8b"),
    colors.HexColor("#6aa5cf"),
    colors.HexColor("#e0a33a"),
    colors.HexColor("#8aa35c"),
    colors.HexColor("#9a6fb0"),
)
LINE_COLOUR = colors.HexColor("#b23a3a")
CHART_H = 70 * mm
CHART_MAX_H = 160 * mm
MAX_BARS = 45  # categories a chart draws; more are left to the table
NO_ROWS = QT_TRANSLATE_NOOP("Reports", "There is nothing to show for this period and filter.")
WIDTHS = {Kind.TEXT: 2.4, Kind.DATE: 1.3}  # relative column widths; numbers 1
# Characters per text cell: 300 wrap to about 12 lines in the narrowest text column (the
# eight columns of What works), so a row stays well within a page.
TEXT_LIMIT = 300
TOO_LARGE = QT_TRANSLATE_NOOP(
    "Errors",
    "The report has a row too large for a PDF page. Nothing was written; "
    "export it as CSV or XLSX instead.",
)


def _same(text: str) -> str:
    return text


class ReportDocument(PlanDocument):
    """PlanDocument with its body pages only: a report has no cover. `cancelled` is
    asked after every page, so Cancel also stops a long table being laid out."""

    def __init__(self, *args, cancelled: Callable[[], bool] | None = None, **kwargs) -> None:
        super().__init__(*args, cover_pages=0, **kwargs)
        self.pageTemplates.reverse()  # the first page uses the first template
        self.cancelled = cancelled

    def afterPage(self) -> None:  # noqa: N802 - reportlab's hook
        super().afterPage()
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled()


def report_pdf(
    report: Report,
    path: str | Path,
    currency: str = "GBP",
    tr: Translate = _same,
    pdf_tr: Translate = _same,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: date | None = None,
) -> None:
    """Write `report` to `path` (the caller swaps it in; see reports.exports). `tr`
    translates the report's English ("Reports"), `pdf_tr` the documents' ("Pdf")."""
    styles = make_styles()
    title = tr(report.title)
    story: list[Flowable] = [
        para(title, styles["account"]),
        para(_one_line(filter_line(report, tr), 2 * TEXT_LIMIT), styles["account_meta"]),
    ]
    chart = _chart(report, tr)
    if chart is not None:
        story += [chart, Spacer(1, 4 * mm)]
    if report.rows:
        kinds = [c.kind for c in report.columns]
        weights = [WIDTHS.get(k, 1.0) for k in kinds]
        widths = [CONTENT_W * x / sum(weights) for x in weights]
        rows = []
        for i, row in enumerate(report.rows):
            if cancelled is not None and i % 200 == 0 and cancelled():
                raise ExportCancelled()
            rows.append([_cell(v, k, currency) for v, k in zip(row, kinds, strict=True)])
        right = [i for i, k in enumerate(kinds) if k not in (Kind.TEXT, Kind.DATE)]
        header = [tr(c.label) for c in report.columns]
        story.append(data_table(header, rows, widths, styles, right=right))
    else:
        story.append(para(tr(NO_ROWS), styles["muted"]))
    if report.notes:
        story.append(Spacer(1, 4 * mm))
        story += [para(note_text(n, tr), styles["note"]) for n in report.notes]
    prepared = pdf_tr(w.PREPARED_ON).format(date=w.day(today or date.today()))
    doc = ReportDocument(
        str(path),
        pdf_tr,
        kind=title,
        footer_left=f"SalesDesk · {prepared}",
        title=title,
        cancelled=cancelled,
    )
    doc.header_right = filter_line(report, tr)
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    try:
        doc.build(story, canvasmaker=doc.canvas_maker)
    except LayoutError:
        raise ExportError(TOO_LARGE) from None
    if progress is not None:
        progress(len(report.rows), len(report.rows))


def _cell(value: object, kind: Kind, currency: str) -> str:
    text = shown(value, kind, currency)
    if kind != Kind.TEXT:
        return text
    return _one_line(text, TEXT_LIMIT)


def _one_line(text: str, limit: int) -> str:
    """`text` on one line (300 line breaks would be 300 lines), cut with an ellipsis."""
    text = " ".join(clean(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _chart(report: Report, tr: Translate) -> Drawing | None:
    spec = report.chart
    if spec is None or not report.rows:
        return None
    category = report.column(spec.category)
    kind = report.columns[category].kind
    keys = [k for k in spec.series if _has(report, k)]
    if not keys:
        return None
    data = [tuple(_number(row[report.column(k)]) for row in report.rows) for k in keys]
    labels = [_category(row[category], kind) for row in report.rows]
    line = [_number(row[report.column(spec.line)]) for row in report.rows] if spec.line else None
    if spec.horizontal:  # reportlab draws the first category at the bottom
        data, labels = [s[::-1] for s in data], labels[::-1]
    series_kind = report.columns[report.column(keys[0])].kind
    width = CONTENT_W
    if len(labels) > MAX_BARS:  # unreadable as bars: the table holds them
        return None
    height = CHART_H
    if spec.horizontal:  # a line per category, on one page with the title
        height = min(CHART_MAX_H, CHART_H + max(0, len(labels) - 8) * 3.5 * mm)
    drawing = Drawing(width, height)
    bars = HorizontalBarChart() if spec.horizontal else VerticalBarChart()
    legend_w = 45 * mm
    bars.x, bars.y = (38 * mm, 8 * mm) if spec.horizontal else (14 * mm, 12 * mm)
    bars.width = width - bars.x - legend_w
    bars.height = height - bars.y - 4 * mm
    bars.data = data
    bars.categoryAxis.categoryNames = labels
    bars.categoryAxis.labels.fontName = "Vazirmatn"
    bars.categoryAxis.labels.fontSize = 7
    bars.valueAxis.labels.fontName = "Vazirmatn"
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.labels.fillColor = MUTED
    if spec.stacked:
        bars.categoryAxis.style = "stacked"
    room = bars.width / max(1, len(labels)) - 2
    if not spec.horizontal and any(stringWidth(t, "Vazirmatn", 7) > room for t in labels):
        bars.categoryAxis.labels.angle = 30
        bars.categoryAxis.labels.boxAnchor = "ne"
    totals = _totals(data, spec.stacked) + (line or [])
    top = max([*totals, 0.0]) or 1.0
    bottom = min([*(v for s in data for v in s), 0.0])
    bars.valueAxis.valueMin, bars.valueAxis.valueMax = bottom, top * 1.08
    if series_kind == Kind.PERCENT:
        bars.valueAxis.labelTextFormat = lambda v: f"{v * 100:.0f}%"
    else:
        bars.valueAxis.labelTextFormat = _short
    for i in range(len(keys)):
        bars.bars[i].fillColor = SERIES_COLOURS[i % len(SERIES_COLOURS)]
        bars.bars[i].strokeColor = None
    drawing.add(bars)
    pairs = [
        (SERIES_COLOURS[i % len(SERIES_COLOURS)], _label(report, k, tr)) for i, k in enumerate(keys)
    ]
    if line is not None and not spec.horizontal:
        over = HorizontalLineChart()
        over.x, over.y, over.width, over.height = bars.x, bars.y, bars.width, bars.height
        over.data = [tuple(line)]
        over.joinedLines = 1
        over.lines[0].strokeColor = LINE_COLOUR
        over.lines[0].strokeWidth = 1.5
        over.valueAxis.valueMin, over.valueAxis.valueMax = bottom, top * 1.08
        over.valueAxis.visible = 0
        over.categoryAxis.visible = 0
        over.categoryAxis.categoryNames = labels
        drawing.add(over)
        pairs.append((LINE_COLOUR, _label(report, spec.line, tr)))
    legend = Legend()
    legend.x, legend.y = width - legend_w + 4 * mm, height - 6 * mm
    legend.fontName, legend.fontSize = "Vazirmatn", 7.5
    legend.alignment = "right"
    legend.colorNamePairs = pairs
    legend.columnMaximum = 8
    drawing.add(legend)
    return drawing


def _has(report: Report, key: str) -> bool:
    try:
        report.column(key)
    except KeyError:
        return False
    return True


def _label(report: Report, key: str, tr: Translate) -> str:
    return visual(fit(tr(report.columns[report.column(key)].label), "Vazirmatn", 7.5, 40 * mm))


def _number(value: object) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


def _totals(data: list[tuple[float, ...]], stacked: bool) -> list[float]:
    if not stacked:
        return [v for s in data for v in s]
    return [sum(max(0.0, v) for v in column) for column in zip(*data, strict=True)]


def _category(value: object, kind: Kind) -> str:
    if value is None:
        return "–"
    if isinstance(value, date):
        return value.strftime("%m-%d") if kind == Kind.DATE else value.isoformat()
    return visual(fit(str(value), "Vazirmatn", 7, 34 * mm))


def _short(value: float) -> str:
    """An axis label: 1.2M, 350k, 40."""
    size = abs(value)
    if size >= 1_000_000:
        return f"{value / 1_000_000:.1f}M"
    if size >= 1_000:
        return f"{value / 1_000:.0f}k"
    return f"{value:.0f}"
