"""Report values as text for a reader (the PDF, the CLI's table), and the filter line.

`tr` translates an English template of the "Reports" context (identity by default: the
CLI speaks English; the window passes Qt's translator).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ..i18n import QT_TRANSLATE_NOOP
from ..territory.explain import CURRENCY_SYMBOLS
from .base import Kind, Note, Report

Translate = Callable[[str], str]
EMPTY = "–"


def _same(text: str) -> str:
    return text


def shown(value: object, kind: Kind, currency: str = "GBP") -> str:
    """One value as a reader sees it: £1,235; 25.0%; 3.5; 2026-11-02; – for none."""
    if value is None:
        return EMPTY
    if kind == Kind.MONEY:
        symbol = CURRENCY_SYMBOLS.get(currency, currency + " ")
        sign = "-" if value < 0 else ""
        return f"{sign}{symbol}{abs(value):,.0f}"
    if kind == Kind.PERCENT:
        return f"{value * 100:.1f}%"
    if kind == Kind.HOURS:
        return f"{value:,.1f}"
    if kind == Kind.INT:
        return f"{value:,}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def note_text(note: Note, tr: Translate = _same) -> str:
    return tr(note.template).format(**note.params)


def filter_line(report: Report, tr: Translate = _same) -> str:
    """ "2026-11-01 – 2026-11-30 · Reps: A, B · Territory: North"."""
    flt = report.filter
    if flt is None:
        return ""
    parts = [f"{flt.start.isoformat()} – {flt.end.isoformat()}"]
    if report.rep_names:
        parts.append(
            tr(QT_TRANSLATE_NOOP("Reports", "Reps: {names}")).format(
                names=", ".join(report.rep_names)
            )
        )
    elif flt.rep_ids is None:
        parts.append(tr(QT_TRANSLATE_NOOP("Reports", "All reps")))
    if report.territory_name:
        parts.append(
            tr(QT_TRANSLATE_NOOP("Reports", "Territory: {name}")).format(name=report.territory_name)
        )
    return " · ".join(parts)
