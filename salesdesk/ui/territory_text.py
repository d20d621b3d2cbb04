"""Territory texts in the user's language: attention levels, score reasons, precision.

Every string is a literal in a translate() call (lupdate only finds literals);
numbers go in with arg() and %n plurals, never str.format on a translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ..core.territory.explain import compact_money
from ..core.territory.ranking import RankedAccount
from .messages import arg


def attention_title(level: str) -> str:
    t = QCoreApplication.translate
    return {
        "A": t("Territory", "A: visit weekly"),
        "B": t("Territory", "B: every second week"),
        "C": t("Territory", "C: once a cycle"),
        "D": t("Territory", "D: phone only"),
    }.get(level, level)


def precision_text(precision: str) -> str:
    t = QCoreApplication.translate
    return {
        "manual": t("Territory", "Location set by hand"),
        "rooftop": t("Territory", "Location from the full address"),
        "address": t("Territory", "Location from the full address"),
        "street": t("Territory", "Location from the street"),
        "postcode": t("Territory", "Location from the postcode"),
        "city": t("Territory", "Approximate location: town centre"),
        "none": t("Territory", "Needs location: not on the map or in routes"),
    }.get(precision) or arg(t("Territory", "Location (%1)"), precision)


def explain(a: RankedAccount) -> str:
    """The score in words, e.g. "Customer · potential £1.2M · 35% share of wallet · ..."."""
    t = QCoreApplication.translate
    parts = [t("Territory", "Customer") if a.kind == "customer" else t("Territory", "Prospect")]
    parts.append(arg(t("Territory", "potential %1"), compact_money(a.potential, a.currency)))
    if a.kind == "customer" and a.potential > 0:
        share = round(100 * a.current_revenue / a.potential)
        parts.append(arg(t("Territory", "%1% share of wallet"), QLocale().toString(share)))
    if a.days_since_visit is None:
        parts.append(t("Territory", "never visited"))
    else:
        parts.append(t("Territory", "last visit %n day(s) ago", None, a.days_since_visit))
    if a.open_pipeline > 0:
        money = compact_money(a.open_pipeline, a.currency)
        parts.append(arg(t("Territory", "open pipeline %1 (weighted)"), money))
    if a.override:
        parts.append(
            arg(t("Territory", "level %1, set by the rep (ranking: %2)"), a.level, a.derived_level)
        )
    else:
        parts.append(arg(t("Territory", "level %1"), a.level))
    return " · ".join(parts)


def waiting_text(reason: str, attempts: int) -> str:
    """Why an address is still queued for geocoding, in the user's language."""
    from ..core.geocoding import status_text

    return status_text(reason, attempts, QCoreApplication.translate)


def geocode_summary(report) -> str:
    """One line for the status bar after "Look up addresses"."""
    t = QCoreApplication.translate
    if report.cancelled:
        text = t(
            "Territory",
            "Address lookup cancelled: %n account(s) located so far.",
            None,
            report.located,
        )
    else:
        text = t("Territory", "Address lookup: %n account(s) located.", None, report.located)
    if report.gazetteer:
        text += " " + t(
            "Territory", "%n at town level only (offline gazetteer).", None, report.gazetteer
        )
    if report.still_queued:
        text += " " + t(
            "Territory", "%n still waiting (see Needs location).", None, report.still_queued
        )
    return text
