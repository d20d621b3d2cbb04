"""A month's position against quota, computed live: per rep, and summed for a team.

What counts (deals are owned by the rep in `owner_id`; tombstoned rows never count):
- quota: the rep's Quota row for the month, else their profile's monthly quota;
- closed won: deals in a won stage whose `closed_at` falls in the month (local days);
- commit / best case / pipeline: open deals by forecast category (common.category_of)
  whose close date is in the month. An open deal whose close date has already passed
  has not closed, so the earliest it can close is now: it counts in the current month
  (and is reported as overdue), never in the past month it missed. An open deal with no
  close date is in no month's forecast; the current month reports it as undated.
  Omitted deals are left out. A past month therefore shows only what was won in it.
- a team: the users whose manager is the manager, plus the manager if they carry a quota.

One aggregate query over the deals and one for the quotas, whatever the number of deals
(the demo at 100,000 accounts: benchmarks/bench_quota.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date

from sqlalchemy import and_, case, func, literal, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from ..db import Database
from ..domain import ForecastCategory
from ..models import Opportunity, PipelineStage, Quota, User
from ..today import utc_start_of
from .common import BEST_CASE_FROM, COMMIT_FROM, month_start, next_month, open_stage

WON, UNDATED = "won", "undated"


@dataclass(frozen=True)
class Figures:
    """Amounts and deal counts of one rep (or a sum of reps) for one month."""

    quota: float = 0.0
    closed_won: float = 0.0
    commit: float = 0.0
    best_case: float = 0.0
    pipeline: float = 0.0
    won_deals: int = 0
    commit_deals: int = 0
    best_case_deals: int = 0
    pipeline_deals: int = 0
    overdue_deals: int = 0  # counted this month although their close date has passed
    overdue_amount: float = 0.0
    undated_deals: int = 0  # open, no close date: in no month's forecast
    undated_amount: float = 0.0

    @property
    def open_deals(self) -> int:
        return self.commit_deals + self.best_case_deals + self.pipeline_deals

    @property
    def gap(self) -> float:
        """What is left to reach quota after what is won and what is committed."""
        return max(0.0, self.quota - self.closed_won - self.commit)

    @property
    def attainment(self) -> float:
        """Closed won as a share of quota (0 without a quota)."""
        return self.closed_won / self.quota if self.quota else 0.0

    def __add__(self, other: Figures) -> Figures:
        return Figures(
            **{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(Figures)}
        )


def total(figures: Iterable[Figures]) -> Figures:
    result = Figures()
    for f in figures:
        result = result + f
    return result


@dataclass(frozen=True)
class RepPosition:
    user_id: uuid.UUID
    name: str
    figures: Figures


@dataclass(frozen=True)
class Position:
    """The month's position of each rep asked for, and their sum."""

    month: date
    reps: tuple[RepPosition, ...]
    total: Figures

    def of(self, user_id: uuid.UUID) -> Figures | None:
        return next((r.figures for r in self.reps if r.user_id == user_id), None)


def position(
    db: Database, month: date, user_ids: Sequence[uuid.UUID], today: date | None = None
) -> Position:
    """The live position of `user_ids` in `month` (today: the local day, for overdue deals)."""
    with db.read() as session:
        return position_in(session, month, user_ids, today or date.today())


def position_in(
    session: Session, month: date, user_ids: Sequence[uuid.UUID], today: date
) -> Position:
    """position() inside the caller's session (a snapshot reads and writes in one unit)."""
    first = month_start(month)
    ids = list(dict.fromkeys(user_ids))
    if not ids:
        return Position(first, (), Figures())
    names, quotas = _quotas(session, first, ids)
    values: dict[uuid.UUID, dict[str, float | int]] = {uid: {} for uid in ids}
    for owner, bucket, amount, count, overdue, overdue_amount in _deals(session, first, ids, today):
        row, amount = values[owner], float(amount or 0.0)
        if bucket == WON:
            row.update(closed_won=amount, won_deals=int(count))
        elif bucket == UNDATED:
            row.update(undated_deals=int(count), undated_amount=amount)
        elif bucket != ForecastCategory.OMITTED:
            row.update({str(bucket): amount, f"{bucket}_deals": int(count)})
            row["overdue_deals"] = int(row.get("overdue_deals", 0)) + int(overdue or 0)
            row["overdue_amount"] = float(row.get("overdue_amount", 0.0)) + float(
                overdue_amount or 0
            )
    reps = tuple(
        RepPosition(uid, names.get(uid, ""), replace(Figures(**values[uid]), quota=quotas[uid]))
        for uid in ids
        if uid in names
    )
    return Position(first, reps, total(r.figures for r in reps))


def unindexed(column):
    """`+column`: SQLite then uses no index for the term. Reading a team's deals through
    the owner index costs a random page read per deal (0.3 s for 27,000 deals on the
    100,000-account demo); one pass over the table takes 0.03 s."""
    return UnaryExpression(column, operator=custom_op("+"), type_=column.type)


def _quotas(
    session: Session, first: date, ids: list[uuid.UUID]
) -> tuple[dict[uuid.UUID, str], dict[uuid.UUID, float]]:
    rows = session.execute(
        select(User.id, User.name, User.monthly_quota, Quota.amount)
        .outerjoin(
            Quota,
            and_(Quota.user_id == User.id, Quota.period_start == first, Quota.deleted_at.is_(None)),
        )
        .where(User.id.in_(ids), User.deleted_at.is_(None))
    ).all()
    names = {r.id: r.name for r in rows}
    quotas = {
        r.id: float(r.amount if r.amount is not None else r.monthly_quota or 0.0) for r in rows
    }
    return names, quotas


def category_sql():
    """SQL for common.category_of(deal's category, stage probability), on the joined stage."""
    known = [str(c) for c in ForecastCategory]
    return case(
        (Opportunity.forecast_category.in_(known), Opportunity.forecast_category),
        (func.coalesce(PipelineStage.probability, 0.0) >= COMMIT_FROM, literal("commit")),
        (func.coalesce(PipelineStage.probability, 0.0) >= BEST_CASE_FROM, literal("best_case")),
        else_=literal("pipeline"),
    )


def _deals(session: Session, first: date, ids: list[uuid.UUID], today: date):
    """(owner, won / undated / category, amount, deals, overdue deals, overdue amount)."""
    end = next_month(first)
    won = and_(
        PipelineStage.is_won.is_(True),
        Opportunity.closed_at >= utc_start_of(first),
        Opportunity.closed_at < utc_start_of(end),
    )
    current = month_start(today)
    if first < current:
        counted = won  # a past month's open deals have moved on to the current month
    elif first == current:  # overdue and undated deals included
        counted = or_(
            won,
            and_(open_stage(), or_(Opportunity.close_date < end, Opportunity.close_date.is_(None))),
        )
    else:
        counted = or_(
            won, and_(open_stage(), Opportunity.close_date >= first, Opportunity.close_date < end)
        )
    bucket = case(
        (PipelineStage.is_won.is_(True), literal(WON)),
        (Opportunity.close_date.is_(None), literal(UNDATED)),
        else_=category_sql(),
    )
    owner = unindexed(Opportunity.owner_id)
    overdue = and_(open_stage(), Opportunity.close_date < today)
    return session.execute(
        select(
            owner,
            bucket,
            func.sum(Opportunity.amount),
            func.count(),
            func.sum(case((overdue, 1), else_=0)),
            func.sum(case((overdue, Opportunity.amount), else_=0.0)),
        )
        .join(PipelineStage, PipelineStage.id == Opportunity.stage_id)
        .where(owner.in_(ids), Opportunity.deleted_at.is_(None), counted)
        .group_by(owner, bucket)
    ).all()


def quota_holders(session: Session, month: date) -> list[uuid.UUID]:
    """Everyone with a quota for `month` (a Quota row, else a monthly quota), by name."""
    first = month_start(month)
    amount = func.coalesce(Quota.amount, User.monthly_quota, 0.0)
    return list(
        session.scalars(
            select(User.id)
            .outerjoin(
                Quota,
                and_(
                    Quota.user_id == User.id,
                    Quota.period_start == first,
                    Quota.deleted_at.is_(None),
                ),
            )
            .where(User.deleted_at.is_(None), amount > 0)
            .order_by(User.name, User.id)
        )
    )


def team_of(db: Database, manager_id: uuid.UUID, month: date) -> list[uuid.UUID]:
    """The manager's reps by name, and the manager first if they carry a quota."""
    with db.read() as session:
        holders = set(quota_holders(session, month))
        reps = list(
            session.scalars(
                select(User.id)
                .where(User.manager_id == manager_id, User.deleted_at.is_(None))
                .order_by(User.name, User.id)
            )
        )
    return ([manager_id] if manager_id in holders else []) + reps
