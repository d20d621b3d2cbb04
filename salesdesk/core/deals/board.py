"""The pipeline board: open deals as cards per stage, plus the recently won and lost.

One query reads every card's fields (account and owner names joined), so 5,000 open deals
load in well under a second; a card knows its days in the stage, whether that is longer
than the stage allows (stalled) and whether its close date has passed.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import aliased

from ..accounts import escape_like
from ..db import Database
from ..models import Account, Opportunity, PipelineStage, User
from ..models.base import utcnow
from .common import category_of
from .stages import Stage, live_stages

CLOSED_DAYS = 30  # won and lost columns show deals closed this recently


@dataclass(frozen=True)
class Card:
    id: uuid.UUID
    name: str
    account_id: uuid.UUID
    account: str
    amount: float
    close_date: date | None
    owner_id: uuid.UUID | None
    owner: str | None
    stage_id: uuid.UUID
    entered_at: datetime
    days_in_stage: int
    stalled: bool
    overdue: bool  # open with a close date in the past
    category: str | None  # forecast category (open deals)
    kind: str


@dataclass(frozen=True)
class Board:
    stages: list[Stage]
    cards: dict[uuid.UUID, list[Card]]  # stage id -> cards, largest amount first

    def totals(self, stage_id: uuid.UUID) -> tuple[int, float]:
        cards = self.cards.get(stage_id, [])
        return len(cards), sum(c.amount for c in cards)


@dataclass(frozen=True)
class BoardQuery:
    owner_ids: Sequence[uuid.UUID] | None = None  # None: everyone's
    text: str = ""  # deal or account name contains
    closed_days: int = CLOSED_DAYS


def board(db: Database, query: BoardQuery = BoardQuery(), today: date | None = None) -> Board:
    now = utcnow()
    today = today or date.today()
    owner, account, stage = aliased(User), aliased(Account), aliased(PipelineStage)
    stmt = (
        select(
            Opportunity.id,
            Opportunity.name,
            Opportunity.account_id,
            account.name,
            Opportunity.amount,
            Opportunity.close_date,
            Opportunity.owner_id,
            owner.name,
            Opportunity.stage_id,
            Opportunity.stage_entered_at,
            Opportunity.forecast_category,
            Opportunity.probability,
            Opportunity.kind,
            stage.is_won,
            stage.is_lost,
            stage.stall_days,
            stage.probability,
        )
        .join(account, account.id == Opportunity.account_id)
        .join(stage, stage.id == Opportunity.stage_id)
        .outerjoin(owner, owner.id == Opportunity.owner_id)
        .where(
            Opportunity.deleted_at.is_(None),
            account.deleted_at.is_(None),
            stage.deleted_at.is_(None),
            or_(
                (stage.is_won.is_(False) & stage.is_lost.is_(False)),
                Opportunity.closed_at >= now - timedelta(days=query.closed_days),
            ),
        )
        .order_by(Opportunity.amount.desc(), Opportunity.name)
    )
    if query.owner_ids is not None:
        stmt = stmt.where(Opportunity.owner_id.in_(list(query.owner_ids)))
    text = query.text.strip()
    if text:
        pattern = f"%{escape_like(text)}%"
        stmt = stmt.where(
            or_(
                Opportunity.name.ilike(pattern, escape="\\"),
                account.name.ilike(pattern, escape="\\"),
            )
        )
    with db.read() as s:
        stages = live_stages(s)
        rows = s.execute(stmt).all()
    cards: dict[uuid.UUID, list[Card]] = {st.id: [] for st in stages}
    for r in rows:
        is_open = not (r.is_won or r.is_lost)
        entered = r.stage_entered_at or now
        days = max(0, (now - entered).days)
        cards.setdefault(r.stage_id, []).append(
            Card(
                r.id,
                r.name,
                r.account_id,
                r[3],
                r.amount or 0.0,
                r.close_date,
                r.owner_id,
                r[7],
                r.stage_id,
                entered,
                days,
                is_open and r.stall_days is not None and days >= r.stall_days,
                is_open and r.close_date is not None and r.close_date < today,
                str(
                    category_of(
                        r.forecast_category, r.probability if r.probability is not None else r[16]
                    )
                )
                if is_open
                else None,
                r.kind,
            )
        )
    return Board(stages, cards)
