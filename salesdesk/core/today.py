"""The Today start page: the day's calls, what is due, and the month against quota."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, func, select

from .db import Database
from .domain import CallStatus, ReviewStatus, Role
from .models import Account, Call, Opportunity, PipelineStage, Quota, Task, User


def utc_start_of(day: date) -> datetime:
    """Midnight at the start of `day` on this computer's clock, as the naive UTC we store."""
    return datetime.combine(day, time.min).astimezone(UTC).replace(tzinfo=None)


OVERDUE_SHOWN = 5  # the most recent overdue tasks; the card counts all of them
UPCOMING_SHOWN = 12


@dataclass(frozen=True)
class CallItem:
    id: uuid.UUID
    start: datetime | None
    account: str
    city: str | None
    call_type: str
    objective: str | None


@dataclass(frozen=True)
class TaskItem:
    id: uuid.UUID
    title: str
    due: date | None
    account: str | None


@dataclass(frozen=True)
class MonthPosition:
    quota: float
    won: float
    weighted_open: float
    open_count: int

    @property
    def attainment(self) -> float:
        return self.won / self.quota if self.quota else 0.0


@dataclass(frozen=True)
class TodaySummary:
    day: date
    user_name: str | None
    calls: list[CallItem] = field(default_factory=list)
    tasks: list[TaskItem] = field(default_factory=list)
    overdue_tasks: int = 0
    debriefs_due: int = 0
    reviews_waiting: int = 0
    month: MonthPosition = MonthPosition(0.0, 0.0, 0.0, 0)


def today_summary(db: Database, user_id: uuid.UUID | None, day: date | None = None) -> TodaySummary:
    """What `user_id` has on `day`; a sales manager sees the team's month position."""
    day = day or date.today()
    start, end = (
        utc_start_of(day),
        utc_start_of(day + timedelta(days=1)),
    )
    with db.read() as s:
        user = s.get(User, user_id) if user_id else None
        if user is None:
            return TodaySummary(day=day, user_name=None)
        team = user.role == Role.SALES_MANAGER
        mine = (lambda col: col.is_not(None)) if team else (lambda col: col == user.id)

        calls = [
            CallItem(c.id, c.planned_start, name, city, c.call_type, c.objective)
            for c, name, city in s.execute(
                select(Call, Account.name, Account.city)
                .join(Account, Account.id == Call.account_id)
                .where(
                    Call.owner_id == user.id,
                    Call.deleted_at.is_(None),
                    Call.planned_start >= start,
                    Call.planned_start < end,
                    Call.status != CallStatus.CANCELLED,
                )
                .order_by(Call.planned_start)
            )
        ]
        open_tasks = and_(
            Task.owner_id == user.id, Task.done_at.is_(None), Task.deleted_at.is_(None)
        )
        task_rows = select(Task, Account.name).outerjoin(Account, Account.id == Task.account_id)
        recent_overdue = s.execute(
            task_rows.where(open_tasks, Task.due_date < day)
            .order_by(Task.due_date.desc())
            .limit(OVERDUE_SHOWN)
        ).all()
        upcoming = s.execute(
            task_rows.where(open_tasks, Task.due_date >= day, Task.due_date <= day + timedelta(7))
            .order_by(Task.due_date)
            .limit(UPCOMING_SHOWN)
        ).all()
        tasks = [
            TaskItem(t.id, t.title, t.due_date, name)
            for t, name in [*reversed(recent_overdue), *upcoming]
        ]
        overdue = s.scalar(select(func.count()).where(open_tasks, Task.due_date < day)) or 0
        debriefs_due = (
            s.scalar(
                select(func.count()).where(
                    Call.owner_id == user.id,
                    Call.status == CallStatus.DONE,
                    Call.debriefed_at.is_(None),
                    Call.deleted_at.is_(None),
                )
            )
            or 0
        )
        reviews = (
            s.scalar(
                select(func.count()).where(
                    Call.reviewer_id == user.id,
                    Call.review_status == ReviewStatus.REQUESTED,
                    Call.deleted_at.is_(None),
                )
            )
            or 0
        )
        month = _month_position(s, user, team, mine, day)
    return TodaySummary(day, user.name, calls, tasks, overdue, debriefs_due, reviews, month)


def _month_position(s, user: User, team: bool, mine, day: date) -> MonthPosition:
    first = day.replace(day=1)
    nxt = (first + timedelta(days=32)).replace(day=1)
    quota_q = select(func.coalesce(func.sum(Quota.amount), 0.0)).where(
        Quota.period_start == first, Quota.deleted_at.is_(None)
    )
    if not team:
        quota_q = quota_q.where(Quota.user_id == user.id)
    quota = s.scalar(quota_q) or (0.0 if team else user.monthly_quota)

    live = and_(mine(Opportunity.owner_id), Opportunity.deleted_at.is_(None))
    won = (
        s.scalar(
            select(func.coalesce(func.sum(Opportunity.amount), 0.0))
            .join(PipelineStage, PipelineStage.id == Opportunity.stage_id)
            .where(
                live,
                PipelineStage.is_won,
                Opportunity.closed_at >= utc_start_of(first),
                Opportunity.closed_at < utc_start_of(nxt),
            )
        )
        or 0.0
    )
    prob = func.coalesce(Opportunity.probability, PipelineStage.probability)
    weighted, count = s.execute(
        select(func.coalesce(func.sum(Opportunity.amount * prob / 100.0), 0.0), func.count())
        .join(PipelineStage, PipelineStage.id == Opportunity.stage_id)
        .where(
            live,
            ~PipelineStage.is_won,
            ~PipelineStage.is_lost,
            Opportunity.close_date >= first,
            Opportunity.close_date < nxt,
        )
    ).one()
    return MonthPosition(float(quota), float(won), float(weighted or 0.0), int(count))
