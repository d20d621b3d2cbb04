"""Territory texts in the user's language: attention levels, score reasons, precision."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.territory.explain import compact_money
from ..core.territory.ranking import RankedAccount


def _t(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Territory", text, disambiguation, n)


def attention_title(level: str) -> str:
    return {
        "A": _t("A: visit weekly"),
        "B": _t("B: every second week"),
        "C": _t("C: once a cycle"),
        "D": _t("D: phone only"),
    }.get(level, level)


def precision_text(precision: str) -> str:
    return {
        "manual": _t("Location set by hand"),
        "rooftop": _t("Location from the full address"),
        "address": _t("Location from the full address"),
        "street": _t("Location from the street"),
        "postcode": _t("Location from the postcode"),
        "city": _t("Approximate location: town centre"),
        "demo": _t("Location from the demo data"),
        "none": _t("Needs location: not on the map or in routes"),
    }.get(precision, _t("Location ({0})").format(precision))


def explain(a: RankedAccount) -> str:
    """The score in words, e.g. "Customer · potential £1.2M · 35% share of wallet · ..."."""
    parts = [_t("Customer") if a.kind == "customer" else _t("Prospect")]
    parts.append(_t("potential {0}").format(compact_money(a.potential, a.currency)))
    if a.kind == "customer" and a.potential > 0:
        share = round(100 * a.current_revenue / a.potential)
        parts.append(_t("{0}% share of wallet").format(share))
    if a.days_since_visit is None:
        parts.append(_t("never visited"))
    else:
        parts.append(_t("last visit %n day(s) ago", None, a.days_since_visit))
    if a.open_pipeline > 0:
        parts.append(
            _t("open pipeline {0} (weighted)").format(compact_money(a.open_pipeline, a.currency))
        )
    level = _t("level {0}").format(a.level)
    if a.override:
        level = _t("level {0}, set by the rep (ranking: {1})").format(a.level, a.derived_level)
    parts.append(level)
    return " · ".join(parts)


def waiting_text(reason: str, attempts: int) -> str:
    """Why an address is still queued for geocoding, in the user's language."""
    from ..core.geocoding import status_text

    return status_text(reason, attempts, QCoreApplication.translate)


def geocode_summary(report) -> str:
    """One line for the status bar after "Look up addresses"."""
    if report.cancelled:
        text = _t("Address lookup cancelled: %n account(s) located so far.", None, report.located)
    else:
        text = _t("Address lookup: %n account(s) located.", None, report.located)
    if report.gazetteer:
        text += " " + _t("%n at town level only (offline gazetteer).", None, report.gazetteer)
    if report.still_queued:
        text += " " + _t("%n still waiting (see Needs location).", None, report.still_queued)
    return text
