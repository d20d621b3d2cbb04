"""The account overview: key figures, the last debriefs, open deals and plan actions due.

Five small queries whatever the size of the file, each on an indexed account id: the
account with its people, its deals with their stages, its last debriefed calls, its
plan, and the plan's actions due.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from ..db import Database
from ..domain import ActionStatus, CallStatus
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Account, AccountPlan, Call, Opportunity, PipelineStage, PlanAction, User
from ..today import utc_start_of
from .errors import PlanInputError

RECENT_CALLS = 5
ACTIONS_DUE_DAYS = 30


@dataclass(frozen=True)
class CallHighlight:
    call_id: uuid.UUID
    when: datetime | None  # the check-out, else the planned start (naive UTC)
    owner: str | None
    outcome: str | None
    went_well: str | None
    next_steps: str | None


@dataclass(frozen=True)
class OpenDeal:
    id: uuid.UUID
    name: str
    stage: str
    amount: float
    close_date: date | None
    owner: str | None


@dataclass(frozen=True)
class ActionDue:
    id: uuid.UUID
    title: str
    owner: str | None
    due_date: date
    status: str
    overdue: bool


@dataclass(frozen=True)
class AccountOverview:
    account_id: uuid.UUID
    name: str
    kind: str
    city: str | None
    industry: str | None
    owner: str | None
    account_manager: str | None
    current_revenue: float
    estimated_potential: float
    share_of_wallet: float | None  # revenue / potential; None without a potential
    open_pipeline: float
    open_deals_count: int
    won_this_year: float
    won_this_year_count: int
    has_plan: bool
    review_date: date | None
    recent_calls: tuple[CallHighlight, ...]
    open_deals: tuple[OpenDeal, ...]
    actions_due: tuple[ActionDue, ...]


def account_overview(
    db: Database, account_id: uuid.UUID, today: date | None = None
) -> AccountOverview:
    """Everything the Overview tab shows for one account. `today` is the local day."""
    today = today or date.today()
    year_start = utc_start_of(date(today.year, 1, 1))
    owner, manager, deal_owner = aliased(User), aliased(User), aliased(User)
    with db.read() as s:
        row = s.execute(
            select(Account, owner.name, manager.name)
            .outerjoin(owner, owner.id == Account.owner_id)
            .outerjoin(manager, manager.id == Account.account_manager_id)
            .where(Account.id == account_id, Account.deleted_at.is_(None))
        ).first()
        if row is None:
            raise PlanInputError(
                "account", QT_TRANSLATE_NOOP("Errors", "This account was deleted meanwhile.")
            )
        account, owner_name, manager_name = row
        deals = s.execute(
            select(
                Opportunity.id,
                Opportunity.name,
                Opportunity.amount,
                Opportunity.close_date,
                Opportunity.closed_at,
                PipelineStage.name,
                PipelineStage.position,
                PipelineStage.is_won,
                PipelineStage.is_lost,
                deal_owner.name,
            )
            .join(PipelineStage, PipelineStage.id == Opportunity.stage_id)
            .outerjoin(deal_owner, deal_owner.id == Opportunity.owner_id)
            .where(Opportunity.account_id == account_id, Opportunity.deleted_at.is_(None))
        ).all()
        when = func.coalesce(Call.checked_out_at, Call.planned_start, Call.debriefed_at)
        calls = s.execute(
            select(Call.id, when, User.name, Call.outcome, Call.went_well, Call.next_steps)
            .outerjoin(User, User.id == Call.owner_id)
            .where(
                Call.account_id == account_id,
                Call.deleted_at.is_(None),
                Call.debriefed_at.is_not(None),
                Call.status != CallStatus.CANCELLED,
            )
            .order_by(when.desc())
            .limit(RECENT_CALLS)
        ).all()
        plan = s.execute(
            select(AccountPlan.id, AccountPlan.review_date).where(
                AccountPlan.account_id == account_id, AccountPlan.deleted_at.is_(None)
            )
        ).first()
        actions = []
        if plan is not None:
            actions = s.execute(
                select(
                    PlanAction.id,
                    PlanAction.title,
                    User.name,
                    PlanAction.due_date,
                    PlanAction.status,
                )
                .outerjoin(User, User.id == PlanAction.owner_id)
                .where(
                    PlanAction.plan_id == plan.id,
                    PlanAction.deleted_at.is_(None),
                    PlanAction.status != ActionStatus.DONE,
                    PlanAction.due_date.is_not(None),
                    PlanAction.due_date <= today + timedelta(days=ACTIONS_DUE_DAYS),
                )
                .order_by(PlanAction.due_date, PlanAction.title)
            ).all()

    open_deals = sorted(
        (d for d in deals if not (d.is_won or d.is_lost)),
        key=lambda d: (d.close_date is None, d.close_date or date.max, d.name),
    )
    won = [d for d in deals if d.is_won and d.closed_at is not None and d.closed_at >= year_start]
    revenue, potential = account.current_revenue or 0.0, account.estimated_potential or 0.0
    return AccountOverview(
        account_id=account.id,
        name=account.name,
        kind=account.kind,
        city=account.city,
        industry=account.industry,
        owner=owner_name,
        account_manager=manager_name,
        current_revenue=revenue,
        estimated_potential=potential,
        share_of_wallet=revenue / potential if potential > 0 else None,
        open_pipeline=sum(d.amount or 0.0 for d in open_deals),
        open_deals_count=len(open_deals),
        won_this_year=sum(d.amount or 0.0 for d in won),
        won_this_year_count=len(won),
        has_plan=plan is not None,
        review_date=plan.review_date if plan else None,
        recent_calls=tuple(CallHighlight(*c) for c in calls),
        open_deals=tuple(
            OpenDeal(d.id, d.name, d[5], d.amount or 0.0, d.close_date, d[9]) for d in open_deals
        ),
        actions_due=tuple(
            ActionDue(a.id, a.title, a[2], a.due_date, a.status, a.due_date < today)
            for a in actions
        ),
    )
