"""Demo quota snapshots: the weeks of the current month already past, as they stood then.

The app stores a snapshot at its first start of each week; a fresh demo has had no
starts, so its dashboard would show no weekly positions. This phase replays the stage
history to each earlier week's first working morning (8:00, the Monday, or the 1st for
the week the month begins in) and stores what the app would have seen: deals won by
then in the month, and the deals open then by the forecast category of the stage they
were in. A week whose morning is today or later is left to the app.
"""

from __future__ import annotations

import uuid
from bisect import bisect_right
from collections import defaultdict
from datetime import date, datetime

from sqlalchemy import and_, or_, select

from ..deals.common import category_of, month_start, next_month, weeks_of
from ..deals.quota import Figures
from ..deals.snapshots import AUTO, stored_values
from ..domain import ForecastCategory
from ..models import Opportunity, PipelineStage, Quota, QuotaSnapshot, StageChange
from ..today import utc_start_of
from .context import Ctx, local_to_utc
from .people import QUOTA_ROLES

_Deal = tuple  # (owner, amount, category, close_date, created_at)


def add_quota_snapshots(ctx: Ctx) -> None:
    first = month_start(ctx.today)
    mornings = [
        (monday, max(monday, first)) for monday in weeks_of(first) if max(monday, first) < ctx.today
    ]
    reps = ctx.reps(*QUOTA_ROLES)
    if not mornings or not reps:
        return
    ctx.writer.flush()  # the deals and quotas are read back from the database
    session = ctx.writer.session
    owners = [p.id for p in reps]
    quotas = {p.id: p.quota for p in reps}
    quotas.update(
        session.execute(
            select(Quota.user_id, Quota.amount).where(
                Quota.user_id.in_(owners), Quota.period_start == first
            )
        ).all()
    )
    stages = {
        r.id: r
        for r in session.execute(
            select(
                PipelineStage.id,
                PipelineStage.probability,
                PipelineStage.is_won,
                PipelineStage.is_lost,
            )
        )
    }
    month_utc = utc_start_of(first)  # as the app's live position counts the month
    relevant = and_(
        Opportunity.owner_id.in_(owners),
        or_(
            Opportunity.closed_at >= month_utc,
            and_(Opportunity.closed_at.is_(None), Opportunity.close_date < next_month(first)),
        ),
    )
    deals: dict[uuid.UUID, _Deal] = {
        r.id: (r.owner_id, r.amount, r.forecast_category, r.close_date, r.created_at)
        for r in session.execute(
            select(
                Opportunity.id,
                Opportunity.owner_id,
                Opportunity.amount,
                Opportunity.forecast_category,
                Opportunity.close_date,
                Opportunity.created_at,
            ).where(relevant)
        )
    }
    history: dict[uuid.UUID, tuple[list[datetime], list[uuid.UUID]]] = defaultdict(lambda: ([], []))
    for opp, stage, when in session.execute(
        select(StageChange.opportunity_id, StageChange.to_stage_id, StageChange.changed_at)
        .join(Opportunity, Opportunity.id == StageChange.opportunity_id)
        .where(relevant)
        .order_by(StageChange.opportunity_id, StageChange.changed_at)
    ):
        times, entered = history[opp]
        times.append(when)
        entered.append(stage)
    for monday, day in mornings:
        taken = local_to_utc(day, 8, ctx.rng.randint(0, 40))
        figures = _as_of(taken, day, deals, history, stages)
        for person in reps:
            f = figures.get(person.id, {})
            values = stored_values(Figures(quota=float(quotas.get(person.id) or 0.0), **f))
            ctx.add(
                QuotaSnapshot.__table__,
                taken,
                user_id=person.id,
                month=first,
                week_start=monday,
                taken_at=taken,
                kind=AUTO,
                **values,
            )


def _as_of(taken: datetime, day: date, deals, history, stages) -> dict[uuid.UUID, dict]:
    """Per owner, the Figures fields as the app would have computed them at `taken`."""
    out: dict[uuid.UUID, dict] = defaultdict(lambda: defaultdict(float))
    for opp, (owner, amount, explicit, close_date, created) in deals.items():
        if created > taken:
            continue
        times, entered = history.get(opp, ((), ()))
        at = bisect_right(times, taken)
        if not at:
            continue
        stage = stages.get(entered[at - 1])
        if stage is None or stage.is_lost:
            continue
        row = out[owner]
        if stage.is_won:
            row["closed_won"] += amount
            row["won_deals"] += 1
            continue
        if close_date is None:
            row["undated_deals"] += 1
            row["undated_amount"] += amount
            continue
        category = category_of(explicit, stage.probability)
        if category == ForecastCategory.OMITTED:
            continue
        row[str(category)] += amount
        row[f"{category}_deals"] += 1
        if close_date < day:
            row["overdue_deals"] += 1
            row["overdue_amount"] += amount
    return {
        owner: {k: int(v) if k.endswith("_deals") else float(v) for k, v in row.items()}
        for owner, row in out.items()
    }
