"""The Today start page: the day's calls in route order, the debriefs and reviews due,
the follow-ups of the week, and the month against quota.

A handful of queries whatever the size of the file (the lists are capped, their totals
counted alongside): the page refreshes after every write to calls or tasks.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import aliased

from .calls.review import DEBRIEF_DAYS, REVIEW_DAYS, ReviewItem
from .db import Database
from .domain import CallStatus, ReviewStatus, Role
from .models import (
    Account,
    Call,
    CallQuestion,
    Opportunity,
    PipelineStage,
    Quota,
    Task,
    User,
    utcnow,
)


def utc_start_of(day: date) -> datetime:
    """Midnight at the start of `day` on this computer's clock, as the naive UTC we store."""
    return datetime.combine(day, time.min).astimezone(UTC).replace(tzinfo=None)


def local_day(moment: datetime) -> date:
    """The day a stored (naive UTC) time falls on, on this computer's calendar."""
    return moment.replace(tzinfo=UTC).astimezone().date()


OVERDUE_SHOWN = 5  # the most recent overdue tasks; the card counts all of them
UPCOMING_SHOWN = 12
DEBRIEFS_SHOWN = 10  # the oldest ones; the card counts all of them
REVIEWS_SHOWN = 10


class PlanStatus(StrEnum):
    """How far one of today's calls has come, as the Today page shows it."""

    NOT_PLANNED = "not_planned"  # no objective and no questions yet
    PLANNED = "planned"
    CHECKED_IN = "checked_in"
    DONE = "done"  # checked out, debrief due
    DEBRIEFED = "debriefed"


@dataclass(frozen=True)
class CallItem:
    id: uuid.UUID
    start: datetime | None
    account: str
    city: str | None
    call_type: str
    objective: str | None
    plan_status: PlanStatus = PlanStatus.PLANNED
    duration_min: int = 0


@dataclass(frozen=True)
class DebriefDue:
    """A call that happened (checked out, or its start passed) and has no debrief yet."""

    call_id: uuid.UUID
    ended: datetime  # check-out, else the planned start (naive UTC)
    account: str
    city: str | None
    call_type: str
    overdue: bool  # ended more than DEBRIEF_DAYS ago


@dataclass(frozen=True)
class TaskItem:
    id: uuid.UUID
    title: str
    due: date | None
    account: str | None
    overdue: bool = False


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
    calls: list[CallItem] = field(default_factory=list)  # route order
    debriefs_due: list[DebriefDue] = field(default_factory=list)  # oldest first, capped
    debriefs_due_count: int = 0
    reviews: list[ReviewItem] = field(default_factory=list)  # longest waiting first, capped
    reviews_waiting: int = 0
    reviews_overdue: int = 0
    follow_ups: list[TaskItem] = field(default_factory=list)  # overdue first, then by due
    overdue_tasks: int = 0
    follow_ups_count: int = 0  # overdue plus due within the week
    month: MonthPosition = MonthPosition(0.0, 0.0, 0.0, 0)


def plan_status(
    status: str,
    objective: str | None,
    has_questions: bool,
    checked_in: datetime | None,
    checked_out: datetime | None,
    debriefed: datetime | None,
) -> PlanStatus:
    if debriefed is not None:
        return PlanStatus.DEBRIEFED
    if checked_out is not None or status == CallStatus.DONE:
        return PlanStatus.DONE
    if checked_in is not None or status == CallStatus.IN_PROGRESS:
        return PlanStatus.CHECKED_IN
    if (objective or "").strip() or has_questions:
        return PlanStatus.PLANNED
    return PlanStatus.NOT_PLANNED


def today_summary(
    db: Database,
    user_id: uuid.UUID | None,
    day: date | None = None,
    now: datetime | None = None,
) -> TodaySummary:
    """What `user_id` has on `day` (and, at `now`, naive UTC, what is due); a sales
    manager sees the team's month position."""
    day = day or date.today()
    now = now or utcnow()
    with db.read() as s:
        user = s.get(User, user_id) if user_id else None
        if user is None:
            return TodaySummary(day=day, user_name=None)
        team = user.role == Role.SALES_MANAGER
        mine = (lambda col: col.is_not(None)) if team else (lambda col: col == user.id)
        calls = _calls_of_day(s, user.id, day)
        debriefs, debriefs_count = _debriefs_due(s, user.id, now)
        reviews, waiting, late = _reviews(s, user.id, now)
        follow_ups, overdue, follow_ups_count = _follow_ups(s, user.id, day)
        month = _month_position(s, user, team, mine, day)
        return TodaySummary(
            day,
            user.name,
            calls,
            debriefs,
            debriefs_count,
            reviews,
            waiting,
            late,
            follow_ups,
            overdue,
            follow_ups_count,
            month,
        )


def _calls_of_day(s, owner_id: uuid.UUID, day: date) -> list[CallItem]:
    """In route order: the route planner writes each stop's start, so order by it (the
    id keeps two calls at the same time in a stable order, as the planner reads them)."""
    has_questions = exists().where(
        CallQuestion.call_id == Call.id, CallQuestion.deleted_at.is_(None)
    )
    rows = s.execute(
        select(
            Call.id,
            Call.planned_start,
            Call.duration_min,
            Account.name,
            Account.city,
            Call.call_type,
            Call.objective,
            Call.status,
            Call.checked_in_at,
            Call.checked_out_at,
            Call.debriefed_at,
            has_questions.label("has_questions"),
        )
        .join(Account, Account.id == Call.account_id)
        .where(
            # The day is the narrow filter: without likely(), SQLite (no statistics)
            # walks every call of the owner, thousands of them, to find today's few.
            func.likely(Call.owner_id == owner_id),
            Call.deleted_at.is_(None),
            Call.planned_start >= utc_start_of(day),
            Call.planned_start < utc_start_of(day + timedelta(days=1)),
            Call.status != CallStatus.CANCELLED,
        )
        .order_by(Call.planned_start, Call.id)
    )
    return [
        CallItem(
            r.id,
            r.planned_start,
            r.name,
            r.city,
            r.call_type,
            r.objective,
            plan_status(
                r.status,
                r.objective,
                bool(r.has_questions),
                r.checked_in_at,
                r.checked_out_at,
                r.debriefed_at,
            ),
            r.duration_min or 0,
        )
        for r in rows
    ]


def _debriefs_due(s, owner_id: uuid.UUID, now: datetime) -> tuple[list[DebriefDue], int]:
    """The oldest DEBRIEFS_SHOWN calls waiting for a debrief, and how many wait in all.

    A call is over when checked out, or, never checked in, when its start has passed;
    one checked in and not out is still running.
    """
    ended = func.coalesce(Call.checked_out_at, Call.planned_start)
    due = (
        select(
            Call.id,
            ended.label("ended"),
            Call.account_id,
            Call.call_type,
            func.count().over().label("total"),
        )
        .where(
            Call.owner_id == owner_id,
            Call.deleted_at.is_(None),
            Call.status != CallStatus.CANCELLED,
            Call.debriefed_at.is_(None),
            or_(Call.checked_in_at.is_(None), Call.checked_out_at.is_not(None)),
            ended < now,
        )
        .order_by(ended, Call.id)
        .limit(DEBRIEFS_SHOWN)
        .subquery()
    )
    rows = s.execute(
        select(due, Account.name, Account.city)
        .join(Account, Account.id == due.c.account_id)
        .order_by(due.c.ended, due.c.id)
    ).all()
    late = now - timedelta(days=DEBRIEF_DAYS)
    items = [DebriefDue(r.id, r.ended, r.name, r.city, r.call_type, r.ended < late) for r in rows]
    return items, (rows[0].total if rows else 0)


def _reviews(s, reviewer_id: uuid.UUID, now: datetime) -> tuple[list[ReviewItem], int, int]:
    """The debriefs waiting longest for `reviewer_id` (as calls.review.review_queue orders
    them), how many wait in all and how many are overdue. Only the shown rows are
    loaded: a manager can have thousands waiting."""
    late = now - timedelta(days=REVIEW_DAYS)
    overdue = and_(Call.review_requested_at.is_not(None), Call.review_requested_at < late)
    waiting = (
        select(
            Call.id,
            Call.account_id,
            Call.owner_id,
            Call.planned_start,
            Call.debriefed_at,
            Call.review_requested_at,
            func.count().over().label("total"),
            func.sum(case((overdue, 1), else_=0)).over().label("late"),
        )
        .where(
            Call.reviewer_id == reviewer_id,
            Call.review_status == ReviewStatus.REQUESTED,
            Call.deleted_at.is_(None),
        )
        .order_by(Call.review_requested_at.nulls_first(), Call.debriefed_at, Call.id)
        .limit(REVIEWS_SHOWN)
        .subquery()
    )
    author = aliased(User)
    rows = s.execute(
        select(waiting, Account.name.label("account"), author.name.label("author"))
        .join(Account, Account.id == waiting.c.account_id)
        .outerjoin(author, author.id == waiting.c.owner_id)
        .order_by(waiting.c.review_requested_at.nulls_first(), waiting.c.debriefed_at, waiting.c.id)
    ).all()
    items = [
        ReviewItem(
            r.id,
            r.account,
            r.author,
            r.planned_start,
            r.debriefed_at,
            r.review_requested_at,
            r.review_requested_at is not None and r.review_requested_at < late,
        )
        for r in rows
    ]
    return items, (rows[0].total if rows else 0), (int(rows[0].late or 0) if rows else 0)


def _follow_ups(s, owner_id: uuid.UUID, day: date) -> tuple[list[TaskItem], int, int]:
    """Open tasks overdue (the most recent few) then due this week; the counts of both."""
    week_end = day + timedelta(days=7)
    open_tasks = and_(Task.owner_id == owner_id, Task.done_at.is_(None), Task.deleted_at.is_(None))
    task_rows = select(Task, Account.name).outerjoin(Account, Account.id == Task.account_id)
    recent_overdue = s.execute(
        task_rows.where(open_tasks, Task.due_date < day)
        .order_by(Task.due_date.desc(), Task.id)
        .limit(OVERDUE_SHOWN)
    ).all()
    upcoming = s.execute(
        task_rows.where(open_tasks, Task.due_date >= day, Task.due_date <= week_end)
        .order_by(Task.due_date, Task.id)
        .limit(UPCOMING_SHOWN)
    ).all()
    tasks = [
        TaskItem(t.id, t.title, t.due_date, name, t.due_date is not None and t.due_date < day)
        for t, name in [*reversed(recent_overdue), *upcoming]
    ]
    overdue, total = s.execute(
        select(
            func.coalesce(func.sum(case((Task.due_date < day, 1), else_=0)), 0),
            func.count(),
        ).where(open_tasks, Task.due_date <= week_end)
    ).one()
    return tasks, int(overdue), int(total)


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
