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
    return {
        "A": QCoreApplication.translate("Territory", "A: visit weekly"),
        "B": QCoreApplication.translate("Territory", "B: every second week"),
        "C": QCoreApplication.translate("Territory", "C: once a cycle"),
        "D": QCoreApplication.translate("Territory", "D: phone only"),
    }.get(level, level)


def precision_text(precision: str) -> str:
    return {
        "manual": QCoreApplication.translate("Territory", "Location set by hand"),
        "rooftop": QCoreApplication.translate("Territory", "Location from the full address"),
        "address": QCoreApplication.translate("Territory", "Location from the full address"),
        "street": QCoreApplication.translate("Territory", "Location from the street"),
        "postcode": QCoreApplication.translate("Territory", "Location from the postcode"),
        "city": QCoreApplication.translate("Territory", "Approximate location: town centre"),
        "none": QCoreApplication.translate(
            "Territory", "Needs location: not on the map or in routes"
        ),
    }.get(precision) or arg(QCoreApplication.translate("Territory", "Location (%1)"), precision)


def explain(a: RankedAccount) -> str:
    """The score in words, e.g. "Customer · potential £1.2M · 35% share of wallet · ..."."""
    parts = [
        QCoreApplication.translate("Territory", "Customer")
        if a.kind == "customer"
        else QCoreApplication.translate("Territory", "Prospect")
    ]
    parts.append(
        arg(
            QCoreApplication.translate("Territory", "potential %1"),
            compact_money(a.potential, a.currency),
        )
    )
    if a.kind == "customer" and a.potential > 0:
        share = round(100 * a.current_revenue / a.potential)
        parts.append(
            arg(
                QCoreApplication.translate("Territory", "%1% share of wallet"),
                QLocale().toString(share),
            )
        )
    if a.days_since_visit is None:
        parts.append(QCoreApplication.translate("Territory", "never visited"))
    else:
        parts.append(
            QCoreApplication.translate(
                "Territory", "last visit %n day(s) ago", None, a.days_since_visit
            )
        )
    if a.open_pipeline > 0:
        money = compact_money(a.open_pipeline, a.currency)
        parts.append(
            arg(QCoreApplication.translate("Territory", "open pipeline %1 (weighted)"), money)
        )
    if a.override:
        parts.append(
            arg(
                QCoreApplication.translate("Territory", "level %1, set by the rep (ranking: %2)"),
                a.level,
                a.derived_level,
            )
        )
    else:
        parts.append(arg(QCoreApplication.translate("Territory", "level %1"), a.level))
    return " · ".join(parts)


def waiting_text(reason: str, attempts: int) -> str:
    """Why an address is still queued for geocoding, in the user's language."""
    from ..core.geocoding import status_text

    return status_text(reason, attempts, QCoreApplication.translate)


def geocode_summary(report) -> str:
    """One line for the status bar after "Look up addresses"."""
    if report.cancelled:
        text = QCoreApplication.translate(
            "Territory",
            "Address lookup cancelled: %n account(s) located so far.",
            None,
            report.located,
        )
    else:
        text = QCoreApplication.translate(
            "Territory", "Address lookup: %n account(s) located.", None, report.located
        )
    if report.gazetteer:
        text += " " + QCoreApplication.translate(
            "Territory", "%n at town level only (offline gazetteer).", None, report.gazetteer
        )
    if report.still_queued:
        text += " " + QCoreApplication.translate(
            "Territory", "%n still waiting (see Needs location).", None, report.still_queued
        )
    return text
