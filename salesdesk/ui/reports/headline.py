"""The one figure a report's card shows, with a caption saying what it is.

Each report's figure is a sum over its rows (or a rate recomputed from the summed
counts it came from, never an average of averages); a report not listed here shows
the total of its first charted column.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ...core.reports import Kind, Report
from ..labels import money
from ..messages import arg
from .formats import NONE, format_value, hours, percent, report_text


def _sum(report: Report, key: str) -> float:
    try:
        at = report.column(key)
    except KeyError:
        return 0.0
    return sum(float(row[at] or 0.0) for row in report.rows)


def headline(report: Report, locale: QLocale, currency: str) -> tuple[str, str]:
    """(figure, caption) for the card of `report`."""
    if not report.rows:
        return NONE, QCoreApplication.translate("ReportHeadline", "No data for this period")
    rule = _RULES.get(report.name)
    if rule is not None:
        try:
            return rule(report, locale, currency)
        except (KeyError, TypeError, ValueError):  # the report changed shape: say the total
            pass
    key = report.chart.series[0] if report.chart else report.columns[-1].key
    column = report.columns[report.column(key)]
    if column.kind in (Kind.INT, Kind.MONEY, Kind.HOURS):
        total = _sum(report, key)
        value = int(total) if column.kind == Kind.INT else total
        return format_value(value, column.kind, locale, currency), report_text(column.label)
    return locale.toString(len(report.rows)), QCoreApplication.translate("ReportHeadline", "rows")


def _pipeline(report: Report, locale: QLocale, currency: str) -> tuple[str, str]:
    # Won and lost stages are the rows without days in stage (core/reports/pipeline.py).
    at = report.column("avg_days")
    open_rows = [r for r in report.rows if r[at] is not None]
    amount = sum(r[report.column("amount")] or 0.0 for r in open_rows)
    weighted = sum(r[report.column("weighted")] or 0.0 for r in open_rows)
    return money(amount, currency, locale), arg(
        QCoreApplication.translate("ReportHeadline", "open, %1 weighted"),
        money(weighted, currency, locale),
    )


def _forecast(report: Report, locale: QLocale, currency: str) -> tuple[str, str]:
    # Figures are the month so far: the latest week with figures says where it stands.
    won_at, quota_at, month_at = (report.column(k) for k in ("won", "quota", "month"))
    known = [r for r in report.rows if r[won_at] is not None]
    if not known:
        return NONE, QCoreApplication.translate("ReportHeadline", "no snapshot in this period")
    row = known[-1]
    share = row[won_at] / row[quota_at] if row[quota_at] else None
    month = locale.toString(QDate(row[month_at]), "MMMM")
    return percent(share, locale), arg(
        QCoreApplication.translate("ReportHeadline", "of the quota to date won in %1"), month
    )


def _activities(report: Report, locale: QLocale, _currency: str) -> tuple[str, str]:
    total = sum(_sum(report, key) for key in report.chart.series)  # calls = visits + phone
    return locale.toString(int(total)), QCoreApplication.translate(
        "ReportHeadline", "visits, phone calls, emails and other"
    )


def _debriefs(report: Report, locale: QLocale, _currency: str) -> tuple[str, str]:
    held, debriefed = _sum(report, "held"), _sum(report, "debriefed")
    reviewed = _sum(report, "reviewed")
    return percent(debriefed / held if held else None, locale), arg(
        QCoreApplication.translate("ReportHeadline", "of calls debriefed, %1 reviewed"),
        percent(reviewed / debriefed if debriefed else None, locale),
    )


def _coverage(report: Report, locale: QLocale, _currency: str) -> tuple[str, str]:
    planned, done = _sum(report, "planned"), _sum(report, "done")
    return percent(done / planned if planned else None, locale), arg(
        QCoreApplication.translate("ReportHeadline", "of planned visits done (%1 of %2)"),
        locale.toString(int(done)),
        locale.toString(int(planned)),
    )


def _whatworks(report: Report, locale: QLocale, _currency: str) -> tuple[str, str]:
    # The method that advanced most of its deals, among those with enough touches to say.
    by_at, rate_at, touches_at = (report.column(k) for k in ("by", "advance_rate", "touches"))
    method_at = report.column("method")
    found = [
        r
        for r in report.rows
        if r[by_at] != "all" and r[rate_at] is not None and r[touches_at] >= 10
    ]
    if not found:
        return NONE, QCoreApplication.translate("ReportHeadline", "too few touches to compare")
    best = max(found, key=lambda r: r[rate_at])
    return report_text(str(best[method_at])), arg(
        QCoreApplication.translate("ReportHeadline", "advances most deals: %1 of %2 touches"),
        percent(best[rate_at], locale),
        locale.toString(int(best[touches_at])),
    )


def _timeaudit(report: Report, locale: QLocale, _currency: str) -> tuple[str, str]:
    total = _sum(report, "hours")
    if not total:
        return NONE, QCoreApplication.translate("ReportHeadline", "no time recorded")
    share_at, name_at = report.column("share"), report.column("category")
    top = max(report.rows, key=lambda r: r[share_at] or 0.0)
    return hours(total, locale), arg(
        QCoreApplication.translate("ReportHeadline", "most in %1 (%2)"),
        report_text(top[name_at]),
        percent(top[share_at], locale),
    )


_RULES = {
    "pipeline": _pipeline,
    "forecast": _forecast,
    "activities": _activities,
    "debriefs": _debriefs,
    "coverage": _coverage,
    "whatworks": _whatworks,
    "timeaudit": _timeaudit,
}
