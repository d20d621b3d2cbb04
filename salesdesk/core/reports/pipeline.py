"""Pipeline by stage: the open deals expected to close in the period, per stage in
pipeline order, and the deals won and lost in the period.

Open stages: deals with a close date in the period (open deals dated outside it or not
dated at all are counted in a note); amount, weighted amount (amount x the stage's
probability, as deals.stages defines it) and the average days the deals have been in
their stage. Won and lost stages: the deals closed (`closed_at`) in the period; their
days in stage are not shown. Deals of the filter's reps (owner) on live accounts of
its territory; tombstoned deals, accounts and stages never count.
"""

from __future__ import annotations

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from ..deals.common import open_stage
from ..deals.quota import unindexed
from ..deals.stages import live_stages
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Account, Opportunity, PipelineStage
from ..models.base import utcnow
from .base import Chart, Column, Kind, Note, Report, ReportFilter
from .period import account_conditions, bounds, owned_by

TITLE = QT_TRANSLATE_NOOP("Reports", "Pipeline by stage")
COLUMNS = (
    Column("stage", QT_TRANSLATE_NOOP("Reports", "Stage")),
    Column("deals", QT_TRANSLATE_NOOP("Reports", "Deals"), Kind.INT),
    Column("amount", QT_TRANSLATE_NOOP("Reports", "Amount"), Kind.MONEY),
    Column("weighted", QT_TRANSLATE_NOOP("Reports", "Weighted amount"), Kind.MONEY),
    Column("avg_days", QT_TRANSLATE_NOOP("Reports", "Average days in stage"), Kind.INT),
)
CHART = Chart("stage", ("amount", "weighted"))


def build_pipeline(s: Session, flt: ReportFilter) -> Report:
    start, end = bounds(flt)
    now = utcnow()
    in_period = and_(Opportunity.close_date >= flt.start, Opportunity.close_date <= flt.end)
    closed_in_period = and_(Opportunity.closed_at >= start, Opportunity.closed_at < end)
    is_open = open_stage()
    # 0 dated in the period, 1 dated outside it, 2 undated; closed deals are 0 (in period)
    where = case(
        (~is_open, 0),
        (Opportunity.close_date.is_(None), 2),
        (in_period, 0),
        else_=1,
    ).label("where")
    days = func.julianday(now) - func.julianday(Opportunity.stage_entered_at)
    # Grouping through the stage index costs a random read per deal: a pass is faster.
    stage = unindexed(Opportunity.stage_id)
    rows = s.execute(
        select(
            stage,
            where,
            func.count(),
            func.sum(Opportunity.amount),
            func.avg(days),
        )
        .join(PipelineStage, PipelineStage.id == Opportunity.stage_id)
        .join(Account, Account.id == Opportunity.account_id)
        .where(
            Opportunity.deleted_at.is_(None),
            PipelineStage.deleted_at.is_(None),
            *account_conditions(flt),
            *owned_by(Opportunity.owner_id, flt),
            or_(is_open, closed_in_period),
        )
        .group_by(stage, where)
    ).all()
    counted = {sid: (n, amount or 0.0, avg) for sid, w, n, amount, avg in rows if w == 0}
    outside = sum(n for _sid, w, n, _a, _d in rows if w == 1)
    undated = sum(n for _sid, w, n, _a, _d in rows if w == 2)
    table = []
    for stage in live_stages(s):
        n, amount, avg = counted.get(stage.id, (0, 0.0, None))
        weighted = amount * (stage.probability or 0.0) / 100.0
        shown_days = round(avg) if stage.is_open and avg is not None else None
        table.append((stage.name, int(n), float(amount), weighted, shown_days))
    if not any(row[1] for row in table):
        table = []  # nothing in the period: no rows, as every report
    notes = []
    if outside:
        notes.append(
            Note(
                QT_TRANSLATE_NOOP(
                    "Reports", "{count} open deals are expected to close outside the period."
                ),
                {"count": outside},
            )
        )
    if undated:
        notes.append(
            Note(
                QT_TRANSLATE_NOOP(
                    "Reports", "{count} open deals have no close date and are left out."
                ),
                {"count": undated},
            )
        )
    return Report("pipeline", TITLE, COLUMNS, table, CHART, notes)
