"""What every report shares: the filter it runs with, and the table and chart it returns.

A report is a table (columns with a kind each, rows of plain values) plus, optionally, a
chart over some of its columns and notes for the reader. The dashboard draws the chart
and shows the table; the exports write the table (exports.py); the CLI prints it.
Everything here is Qt-free: labels and notes are English templates marked with
QT_TRANSLATE_NOOP("Reports", ...) and translated where they are shown.

Values by column kind: TEXT str (or None), INT int, MONEY float (in the viewer's
currency, no rounding), PERCENT float as a fraction (0.25 is 25 %; None when there is
nothing to divide by), HOURS float, DATE datetime.date.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from sqlalchemy.orm import Session

from ..errors import SalesDeskError


class ReportError(SalesDeskError):
    """An unknown report, a period ending before it starts, an unusable filter."""


class Kind(StrEnum):
    TEXT = "text"
    INT = "int"
    MONEY = "money"
    PERCENT = "percent"
    HOURS = "hours"
    DATE = "date"


@dataclass(frozen=True)
class ReportFilter:
    start: date  # first day of the period, inclusive, on this computer's calendar
    end: date  # last day, inclusive
    rep_ids: tuple[uuid.UUID, ...] | None = None  # None: every rep
    territory_id: uuid.UUID | None = None  # accounts of this territory only


@dataclass(frozen=True)
class Column:
    key: str
    label: str  # QT_TRANSLATE_NOOP("Reports", ...)
    kind: Kind = Kind.TEXT


@dataclass(frozen=True)
class Chart:
    """How the dashboard draws the rows: one category per row (the `category` column),
    a bar series per key in `series` (stacked when `stacked`), and `line` drawn as a line
    over the bars (a quota, a target) when set. `horizontal` for long category names."""

    category: str
    series: tuple[str, ...]
    stacked: bool = False
    line: str | None = None
    horizontal: bool = False


@dataclass(frozen=True)
class Note:
    """A sentence for the reader: an English template ("Reports" context) and its
    values, e.g. Note("{count} deals have no close date and are left out.", {"count": 3})."""

    template: str
    params: dict[str, object] = field(default_factory=dict)


@dataclass
class Report:
    name: str
    title: str  # QT_TRANSLATE_NOOP("Reports", ...)
    columns: tuple[Column, ...]
    rows: list[tuple]
    chart: Chart | None = None
    notes: list[Note] = field(default_factory=list)
    filter: ReportFilter | None = None
    # Columns whose text values are core's own English labels, marked with
    # QT_TRANSLATE_NOOP("Reports", ...): shown and exported in the user's language.
    # (Other text is the user's data and is never translated.)
    labels: frozenset[str] = frozenset()
    # The filter's names, for the filter line of exports (run_report fills them).
    rep_names: tuple[str, ...] = ()
    territory_name: str | None = None

    def column(self, key: str) -> int:
        """The index of column `key` in each row."""
        for i, c in enumerate(self.columns):
            if c.key == key:
                return i
        raise KeyError(key)


@dataclass(frozen=True)
class ReportSpec:
    name: str  # the CLI's NAME: pipeline, forecast, activities, ...
    title: str  # QT_TRANSLATE_NOOP("Reports", ...)
    build: Callable[[Session, ReportFilter], Report]
