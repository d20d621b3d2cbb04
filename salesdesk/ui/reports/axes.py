"""The axes of a report's chart: category labels that fit, values at round steps.

Category labels must be unique (a bar axis drops a repeated one) and must fit: side by
side when they can, on two lines when that is enough; weeks leave every other (or
third…) label out; names that still do not fit turn the chart on its side
(`Labels.flip`): a name is read whole or not at all.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass

from PySide6.QtCharts import QCategoryAxis
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QColor, QFontMetrics

from ...core.reports import Kind, Report
from ..theme import colors
from .formats import NONE, axis_value


def nice_step(raw: float) -> float:
    """The round step (1, 2, 2.5 or 5 times a power of ten) at or above `raw`."""
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1.0
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)


@dataclass
class Labels:
    texts: list[str]  # one per row, unique; rich text when wrapped
    flip: bool = False  # draw horizontal bars instead: the names need the room


def month_column(report: Report) -> int | None:
    """A report by week and month (forecast) repeats a week that straddles two months."""
    return next(
        (i for i, c in enumerate(report.columns) if c.key == "month" and c.kind == Kind.DATE),
        None,
    )


def category_texts(report: Report, rows: list[tuple], locale: QLocale, limit: int = 0) -> list[str]:
    """Each row's category as plain text, at most `limit` characters when given."""
    at = report.column(report.chart.category)
    kind = report.columns[at].kind
    month_at = month_column(report)
    found: list[str] = []
    for row in rows:
        value = row[at]
        if value is None:
            text = NONE
        elif kind == Kind.DATE:
            if month_at is not None and row[month_at] is not None:
                value = max(value, row[month_at])  # the month's part of the week
            text = locale.toString(QDate(value), "d MMM")
        elif report.chart.category in report.labels:
            text = QCoreApplication.translate("Reports", str(value))
        else:
            text = str(value) or QCoreApplication.translate("ReportChart", "All")
        if limit and len(text) > limit:
            text = text[: limit - 1] + "…"
        found.append(text)
    return found


def unique(texts: list[str], escaped: bool = False) -> list[str]:
    """Escaped for the axis (its labels are rich text) and unique."""
    found: list[str] = []
    for text in texts if escaped else (html.escape(t, quote=False) for t in texts):
        while text in found:
            text += "\u200b"  # invisible: two rows with the same name stay two bars
        found.append(text)
    return found


def _two_lines(text: str) -> list[str]:
    """The text cut at the space nearest its middle."""
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if not spaces:
        return [text]
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return [text[:cut], text[cut + 1 :]]


def fit_labels(texts: list[str], metrics: QFontMetrics, room: int, dates: bool) -> Labels:
    """Labels for a vertical bar chart `room` pixels wide (see the module's docstring)."""
    gap = 12
    if not texts:
        return Labels([])
    flat = max(metrics.horizontalAdvance(t) for t in texts) + gap
    if flat * len(texts) <= room:
        return Labels(unique(texts))
    if dates:
        every = math.ceil(flat * len(texts) / room)
        # Left-out labels stay unique and invisible (zero-width spaces of each length);
        # the first shown is not the first bar, whose label would cross the chart's edge.
        first = every // 2
        shown = [t if i % every == first else "\u200b" * (i + 1) for i, t in enumerate(texts)]
        return Labels(unique(shown))
    lines = [_two_lines(t) for t in texts]
    wrapped = max(metrics.horizontalAdvance(part) for parts in lines for part in parts) + gap
    if wrapped * len(texts) <= room:
        # The break is markup, the names are escaped.
        joined = ["<br>".join(html.escape(p, quote=False) for p in parts) for parts in lines]
        return Labels(unique(joined, escaped=True))
    return Labels(unique(texts), flip=True)


def value_axis(
    low: float, high: float, kind: Kind, locale: QLocale, currency: str, ticks: int
) -> QCategoryAxis:
    """Labels at round steps in the column's own format (a QValueAxis prints %f)."""
    c = colors()
    span = (high - low) or 1.0
    step = nice_step(span * 1.05 / ticks)
    if kind == Kind.INT:
        step = max(1.0, math.ceil(step))
    first = math.floor(low / step) * step
    count = max(1, math.ceil((high - first) * 1.05 / step))
    if kind == Kind.PERCENT and low >= 0 and high <= 1:  # shares: always 0 to 100 %
        first, step, count = 0.0, (0.5 if ticks < 4 else 0.25), (2 if ticks < 4 else 4)
    axis = QCategoryAxis()
    axis.setStartValue(first)
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    for i in range(count + 1):
        value = first + i * step
        axis.append(axis_value(value, kind, locale, currency), value)
    axis.setRange(first, first + count * step)
    axis.setLabelsColor(QColor(c["muted"]))
    axis.setGridLineColor(QColor(c["border"]))
    axis.setLineVisible(False)
    axis.setTruncateLabels(False)  # "£400,0…" says nothing: the ticks are few and apart
    return axis
