"""Forecast vs quota by week: how each month of the period stood, week by week.

A row per week (Monday) of each month the period touches (deals.common.weeks_of; a week
that straddles two months has a row in each). Its figures are the month's position as
it was known that week: the last stored snapshot taken in the week (deals.snapshots,
summed over the reps), or the live position for the current week (deals.quota). A past
week with no snapshot, and a week still to come, show no figures: they are never made
up. Won is closed won so far in the month; commit, best case and pipeline are the open
deals expected to close in the month.

Quota is the month's quota spread evenly over its days and counted to the week's last
day (to the month's end at most): the pace a rep needs to be on, against won so far.
Quotas and snapshots belong to reps, not territories: a territory filter is ignored
here (a note says so).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from sqlalchemy.orm import Session

from ..deals.common import month_start, next_month
from ..deals.quota import position_in, quota_holders
from ..deals.snapshots import weekly_positions
from ..i18n import QT_TRANSLATE_NOOP
from .base import Chart, Column, Kind, Note, Report, ReportFilter
from .period import InSession

TITLE = QT_TRANSLATE_NOOP("Reports", "Forecast vs quota")
COLUMNS = (
    Column("week", QT_TRANSLATE_NOOP("Reports", "Week"), Kind.DATE),
    Column("month", QT_TRANSLATE_NOOP("Reports", "Month"), Kind.DATE),
    Column("quota", QT_TRANSLATE_NOOP("Reports", "Quota to date"), Kind.MONEY),
    Column("won", QT_TRANSLATE_NOOP("Reports", "Won"), Kind.MONEY),
    Column("commit", QT_TRANSLATE_NOOP("Reports", "Commit"), Kind.MONEY),
    Column("best_case", QT_TRANSLATE_NOOP("Reports", "Best case"), Kind.MONEY),
    Column("pipeline", QT_TRANSLATE_NOOP("Reports", "Pipeline"), Kind.MONEY),
    Column("source", QT_TRANSLATE_NOOP("Reports", "Source")),  # snapshot, live, none, future
)
CHART = Chart("week", ("won", "commit", "best_case"), stacked=True, line="quota")


def quota_to(month_quota: float, month: date, week: date) -> float:
    """The month's quota spread over its days, counted to the week's Sunday."""
    days = calendar.monthrange(month.year, month.month)[1]
    last = min(week + timedelta(days=6), next_month(month) - timedelta(days=1))
    elapsed = max(0, (last - month).days + 1)
    return month_quota * elapsed / days


def build_forecast(s: Session, flt: ReportFilter, today: date | None = None) -> Report:
    today = today or date.today()
    rows, missing = [], 0
    month = month_start(flt.start)
    while month <= flt.end:
        ids = list(flt.rep_ids) if flt.rep_ids is not None else quota_holders(s, month)
        if not ids:  # nobody carries a quota: nothing to show for the month
            month = next_month(month)
            continue
        live = position_in(s, month, ids, today)
        weeks = weekly_positions(InSession(s), month, ids, today, live=live.total)
        for w in weeks:
            if w.week_start + timedelta(days=6) < flt.start or w.week_start > flt.end:
                continue
            f = w.figures
            quota = quota_to((f or live.total).quota, month, w.week_start)
            if f is None:
                missing += w.source == "none"
                rows.append((w.week_start, month, quota, None, None, None, None, w.source))
            else:
                rows.append(
                    (
                        w.week_start,
                        month,
                        quota,
                        f.closed_won,
                        f.commit,
                        f.best_case,
                        f.pipeline,
                        w.source,
                    )
                )
        month = next_month(month)
    notes = []
    if missing:
        notes.append(
            Note(
                QT_TRANSLATE_NOOP(
                    "Reports", "{count} past weeks have no stored snapshot and show no figures."
                ),
                {"count": missing},
            )
        )
    if flt.territory_id is not None:
        notes.append(
            Note(
                QT_TRANSLATE_NOOP(
                    "Reports", "Quotas and forecasts belong to reps: the territory is not applied."
                )
            )
        )
    return Report("forecast", TITLE, COLUMNS, rows, CHART, notes)
