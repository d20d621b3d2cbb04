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
from ..db import Database, as_stored
from ..models import Account, Opportunity, PipelineStage, User
from ..models.base import utcnow
from .common import category_of
from .moves import lost_reasons
from .stages import Stage, live_stages

CLOSED_DAYS = 30  # won and lost columns show deals closed this recently


class Card:
    """One deal on the board. Ids are read as the stored hex text and made UUIDs only when
    asked for: 5,000 cards cost 10,000 UUID parses otherwise, a third of the load."""

    __slots__ = (
        "_account_id",
        "_id",
        "account",
        "amount",
        "category",
        "close_date",
        "days_in_stage",
        "entered_at",
        "kind",
        "name",
        "overdue",
        "owner",
        "owner_id",
        "stage_id",
        "stalled",
    )

    def __init__(
        self,
        id: uuid.UUID | str,
        name: str,
        account_id: uuid.UUID | str,
        account: str,
        amount: float,
        close_date: date | None,
        owner_id: uuid.UUID | None,
        owner: str | None,
        stage_id: uuid.UUID,
        entered_at: datetime,
        days_in_stage: int,
        stalled: bool,
        overdue: bool,  # open with a close date in the past
        category: str | None,  # forecast category (open deals)
        kind: str,
    ) -> None:
        self._id, self.name, self._account_id, self.account = id, name, account_id, account
        self.amount, self.close_date, self.owner_id, self.owner = (
            amount,
            close_date,
            owner_id,
            owner,
        )
        self.stage_id, self.entered_at, self.days_in_stage = stage_id, entered_at, days_in_stage
        self.stalled, self.overdue, self.category, self.kind = stalled, overdue, category, kind

    @property
    def id(self) -> uuid.UUID:
        if isinstance(self._id, str):
            self._id = uuid.UUID(hex=self._id)
        return self._id

    @property
    def account_id(self) -> uuid.UUID:
        if isinstance(self._account_id, str):
            self._account_id = uuid.UUID(hex=self._account_id)
        return self._account_id

    def __repr__(self) -> str:
        return f"<Card {self.name!r} {self.amount}>"


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
    deal_ids: Sequence[uuid.UUID] | None = None  # only these deals (a card after a move)


def board(db: Database, query: BoardQuery = BoardQuery(), today: date | None = None) -> Board:
    now = utcnow()
    today = today or date.today()
    owner, account, stage = aliased(User), aliased(Account), aliased(PipelineStage)
    stmt = (
        select(
            as_stored(Opportunity.id),
            Opportunity.name,
            as_stored(Opportunity.account_id),
            account.name,
            Opportunity.amount,
            as_stored(Opportunity.close_date),
            as_stored(Opportunity.owner_id),
            owner.name,
            as_stored(Opportunity.stage_id),
            as_stored(Opportunity.stage_entered_at),
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
    if query.deal_ids is not None:
        stmt = stmt.where(Opportunity.id.in_(list(query.deal_ids)))
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
    stage_ids = {st.id.hex: st.id for st in stages}
    owners: dict[str | None, uuid.UUID | None] = {None: None}
    for (
        key,
        name,
        account_key,
        account_name,
        amount,
        close_text,
        owner_key,
        owner_name,
        stage_key,
        entered_text,
        explicit,
        probability,
        kind,
        is_won,
        is_lost,
        stall_days,
        stage_probability,
    ) in rows:
        is_open = not (is_won or is_lost)
        entered = datetime.fromisoformat(entered_text) if entered_text else now
        days = max(0, (now - entered).days)
        close_date = date.fromisoformat(close_text) if close_text else None
        owner_id = owners.get(owner_key)
        if owner_id is None and owner_key is not None:
            owner_id = owners[owner_key] = uuid.UUID(hex=owner_key)
        stage_id = stage_ids.get(stage_key) or uuid.UUID(hex=stage_key)
        cards.setdefault(stage_id, []).append(
            Card(
                key,
                name,
                account_key,
                account_name,
                amount or 0.0,
                close_date,
                owner_id,
                owner_name,
                stage_id,
                entered,
                days,
                is_open and stall_days is not None and days >= stall_days,
                is_open and close_date is not None and close_date < today,
                str(
                    category_of(
                        explicit, probability if probability is not None else stage_probability
                    )
                )
                if is_open
                else None,
                kind,
            )
        )
    return Board(stages, cards)


def lost_reason_choices(db: Database) -> list[str]:
    """The managed reasons a deal can be lost for (the board asks for one on a drop)."""
    with db.read() as s:
        return lost_reasons(s)
