"""A report's values and words as the viewer reads them: money in their currency, shares
as "25 %", hours as "12.5 h", dates in their locale, and the core's English templates
(context "Reports") in their language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ...core.reports.base import Kind, Note
from ..labels import money

NONE = "—"  # nothing to divide by, no value
NUMERIC = frozenset({Kind.INT, Kind.MONEY, Kind.PERCENT, Kind.HOURS})


def report_text(text: str) -> str:
    """A title, column label or note template from core/reports in the user's language."""
    return QCoreApplication.translate("Reports", text)


def percent(share: float | None, locale: QLocale) -> str:
    if share is None:
        return NONE
    # The space keeps "25 %" apart as the issue writes it; the locale gives the digits.
    return locale.toString(100.0 * share, "f", 0) + " %"


def hours(value: float, locale: QLocale) -> str:
    return locale.toString(float(value), "f", 1) + " h"


def value_words() -> dict[str, str]:
    """The few codes reports put in text columns (forecast's source, what works' by)."""
    return {
        "snapshot": QCoreApplication.translate("ReportValues", "snapshot"),
        "live": QCoreApplication.translate("ReportValues", "live"),
        "none": QCoreApplication.translate("ReportValues", "no snapshot"),
        "future": QCoreApplication.translate("ReportValues", "to come"),
        "all": QCoreApplication.translate("ReportValues", "all touches"),
        "channel": QCoreApplication.translate("ReportValues", "channel"),
        "tactic": QCoreApplication.translate("ReportValues", "tactic"),
    }


CODED = frozenset({("forecast", "source"), ("whatworks", "by")})


def format_value(value: object, kind: Kind, locale: QLocale, currency: str) -> str:
    """One cell as text; None is an em dash whatever the kind."""
    if value is None:
        return NONE
    if kind == Kind.MONEY:
        return money(float(value), currency, locale)
    if kind == Kind.PERCENT:
        return percent(float(value), locale)
    if kind == Kind.HOURS:
        return hours(float(value), locale)
    if kind == Kind.INT:
        return locale.toString(int(value))
    if kind == Kind.DATE and isinstance(value, date):
        return locale.toString(QDate(value), QLocale.FormatType.ShortFormat)
    return str(value)


def axis_value(value: float, kind: Kind, locale: QLocale, currency: str) -> str:
    """A value axis tick: whole amounts, shares without decimals, hours as numbers."""
    if kind == Kind.MONEY:
        return money(value, currency, locale)
    if kind == Kind.PERCENT:
        return percent(value, locale)
    if kind == Kind.HOURS:
        return hours(value, locale) if value != int(value) else locale.toString(int(value)) + " h"
    if value == int(value):
        return locale.toString(int(value))
    return locale.toString(value, "f", 1)


def note_text(note: Note, locale: QLocale) -> str:
    """A note's template in the user's language with its values in their number format."""
    params = {}
    for key, value in note.params.items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            params[key] = value if not isinstance(value, date) else locale.toString(QDate(value))
        elif isinstance(value, int):
            params[key] = locale.toString(value)
        else:
            params[key] = locale.toString(value, "f", 1)
    text = report_text(note.template)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation naming a value it lacks
        return note.template.format(**params)
