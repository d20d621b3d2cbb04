"""Deals listed and found, and the choices deal forms offer (contacts, people)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import aliased

from ..db import Database
from ..i18n import QT_TRANSLATE_NOOP
from ..lookup import id_prefix_hits
from ..models import Account, Contact, Opportunity, PipelineStage, User
from .common import category_of
from .records import DealInputError
from .stages import find_stage


@dataclass(frozen=True)
class DealRow:
    id: uuid.UUID
    name: str
    account: str
    stage: str
    stage_position: int
    is_open: bool
    amount: float
    close_date: date | None
    owner: str | None
    category: str | None
    entered_at: datetime


@dataclass(frozen=True)
class Choice:
    id: uuid.UUID
    name: str
    detail: str | None = None  # a contact's job title


def contact_name(first: str | None, last: str | None) -> str:
    return " ".join(p for p in (first, last) if p)


def find_deal(db: Database, text: str) -> uuid.UUID:
    """The live deal whose id is `text`, or the only one whose id starts with it (lists
    print the first eight characters)."""
    with db.read() as s:
        hits = id_prefix_hits(s, Opportunity, text)
    if len(hits) == 1:
        return hits[0]
    raise DealInputError(
        "deal", QT_TRANSLATE_NOOP("Errors", "No deal matches {ref}."), ref=text.strip()
    )


def deal_rows(
    db: Database,
    owner_id: uuid.UUID | None = None,
    stage: str | uuid.UUID | None = None,
) -> list[DealRow]:
    """Deals by stage order, largest first: open ones, or every deal in `stage` (a name or
    id; StageError listing the stages when there is none). `owner_id` None: everyone's."""
    owner, st = aliased(User), aliased(PipelineStage)
    stmt = (
        select(
            Opportunity.id,
            Opportunity.name,
            Account.name,
            st.name,
            st.position,
            st.is_won,
            st.is_lost,
            st.probability,
            Opportunity.amount,
            Opportunity.close_date,
            owner.name,
            Opportunity.forecast_category,
            Opportunity.probability,
            Opportunity.stage_entered_at,
        )
        .join(Account, Account.id == Opportunity.account_id)
        .join(st, st.id == Opportunity.stage_id)
        .outerjoin(owner, owner.id == Opportunity.owner_id)
        .where(Opportunity.deleted_at.is_(None), Account.deleted_at.is_(None))
        .order_by(st.position, Opportunity.amount.desc(), Opportunity.name)
    )
    if owner_id is not None:
        stmt = stmt.where(Opportunity.owner_id == owner_id)
    with db.read() as s:
        if stage is not None:
            stmt = stmt.where(st.id == find_stage(s, stage).id)
        else:
            stmt = stmt.where(st.is_won.is_(False), st.is_lost.is_(False))
        rows = s.execute(stmt).all()
    out = []
    for r in rows:
        is_open = not (r[5] or r[6])
        probability = r[12] if r[12] is not None else r[7]
        out.append(
            DealRow(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                is_open,
                r[8] or 0.0,
                r[9],
                r[10],
                str(category_of(r[11], probability)) if is_open else None,
                r[13],
            )
        )
    return out


def account_contacts(db: Database, account_id: uuid.UUID) -> list[Choice]:
    """The account's live contacts by name, for the contact pickers."""
    with db.read() as s:
        rows = s.execute(
            select(Contact.id, Contact.first_name, Contact.last_name, Contact.title)
            .where(Contact.account_id == account_id, Contact.deleted_at.is_(None))
            .order_by(Contact.last_name, Contact.first_name)
        ).all()
    return [Choice(r[0], contact_name(r[1], r[2]), r[3]) for r in rows]


def account_name(db: Database, account_id: uuid.UUID) -> str | None:
    with db.read() as s:
        return s.scalar(
            select(Account.name).where(Account.id == account_id, Account.deleted_at.is_(None))
        )


def people(db: Database) -> list[Choice]:
    """Everyone who can own a deal, by name."""
    with db.read() as s:
        rows = s.execute(
            select(User.id, User.name).where(User.deleted_at.is_(None)).order_by(User.name)
        ).all()
    return [Choice(r[0], r[1]) for r in rows]
