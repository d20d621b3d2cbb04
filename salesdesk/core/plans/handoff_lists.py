"""Handoffs as lists and one handoff in full: the queues, an account's handoffs, the
account managers a handoff can go to."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from ..db import Database
from ..domain import HandoffStatus, Role
from ..models import Account, Handoff, HandoffMessage, Opportunity, User


@dataclass(frozen=True)
class Briefing:
    insights: str | None = None  # gained during the sale
    commitments: str | None = None  # made to the customer
    key_contacts: str | None = None  # and their preferences
    open_issues: str | None = None  # and risks
    first_steps: str | None = None  # recommended to the account manager


@dataclass(frozen=True)
class HandoffRow:
    id: uuid.UUID
    account_id: uuid.UUID
    account: str
    deal: str | None
    from_user_id: uuid.UUID | None
    from_user: str | None
    to_user_id: uuid.UUID | None
    to_user: str | None
    status: str
    created_at: datetime
    sent_at: datetime | None
    accepted_at: datetime | None
    messages: int

    @property
    def waiting_on(self) -> str | None:
        """Whose move it is: "sender" (draft, questions), "recipient" (sent) or None."""
        return {
            HandoffStatus.DRAFT: "sender",
            HandoffStatus.QUESTIONS: "sender",
            HandoffStatus.SENT: "recipient",
        }.get(self.status)


@dataclass(frozen=True)
class Message:
    author_id: uuid.UUID | None
    author: str | None
    body: str
    created_at: datetime


@dataclass(frozen=True)
class HandoffDetail:
    row: HandoffRow
    briefing: Briefing
    messages: tuple[Message, ...]


@dataclass(frozen=True)
class HandoffQueue:
    incoming: tuple[HandoffRow, ...]  # sent to me: waiting ones first, oldest first
    outgoing: tuple[HandoffRow, ...]  # written by me: open ones first, oldest first


def account_managers(db: Database) -> list[tuple[uuid.UUID, str]]:
    """Who can receive a handoff."""
    with db.read() as s:
        rows = s.execute(
            select(User.id, User.name)
            .where(User.deleted_at.is_(None), User.role == Role.ACCOUNT_MANAGER)
            .order_by(User.name)
        ).all()
    return [(r.id, r.name) for r in rows]


def handoff_queue(db: Database, user_id: uuid.UUID | None) -> HandoffQueue:
    """The handoffs sent to `user_id` (not drafts) and those written by them."""
    with db.read() as s:
        incoming = _rows(s, Handoff.to_user_id == user_id, Handoff.status != HandoffStatus.DRAFT)
        outgoing = _rows(s, Handoff.from_user_id == user_id)
    return HandoffQueue(tuple(_queue_order(incoming)), tuple(_queue_order(outgoing)))


def all_handoffs(db: Database, status: str | None = None) -> list[HandoffRow]:
    """Everyone's handoffs (a sales manager's view), open ones first, oldest first."""
    with db.read() as s:
        rows = _rows(s, *([Handoff.status == status] if status else []))
    return _queue_order(rows)


def account_handoffs(db: Database, account_id: uuid.UUID) -> list[HandoffRow]:
    """One account's handoffs: the open one first, then the others newest first."""
    with db.read() as s:
        rows = _rows(s, Handoff.account_id == account_id)
    rows.sort(key=lambda r: r.created_at, reverse=True)
    rows.sort(key=lambda r: r.status == HandoffStatus.ACCEPTED)
    return rows


def handoff_detail(db: Database, handoff_id: uuid.UUID) -> HandoffDetail | None:
    with db.read() as s:
        rows = _rows(s, Handoff.id == handoff_id)
        if not rows:
            return None
        h = s.get(Handoff, handoff_id)
        briefing = Briefing(**{f.name: getattr(h, f.name) for f in fields(Briefing)})
        messages = s.execute(
            select(
                HandoffMessage.author_id, User.name, HandoffMessage.body, HandoffMessage.created_at
            )
            .outerjoin(User, User.id == HandoffMessage.author_id)
            .where(HandoffMessage.handoff_id == handoff_id, HandoffMessage.deleted_at.is_(None))
            .order_by(HandoffMessage.created_at)
        ).all()
    return HandoffDetail(rows[0], briefing, tuple(Message(*m) for m in messages))


def _rows(s: Session, *where) -> list[HandoffRow]:
    sender, recipient = aliased(User), aliased(User)
    count = (
        select(func.count(HandoffMessage.id))
        .where(HandoffMessage.handoff_id == Handoff.id, HandoffMessage.deleted_at.is_(None))
        .correlate(Handoff)
        .scalar_subquery()
    )
    stmt = (
        select(
            Handoff.id,
            Handoff.account_id,
            Account.name,
            Opportunity.name,
            Handoff.from_user_id,
            sender.name,
            Handoff.to_user_id,
            recipient.name,
            Handoff.status,
            Handoff.created_at,
            Handoff.sent_at,
            Handoff.accepted_at,
            count,
        )
        .join(Account, Account.id == Handoff.account_id)
        .outerjoin(Opportunity, Opportunity.id == Handoff.opportunity_id)
        .outerjoin(sender, sender.id == Handoff.from_user_id)
        .outerjoin(recipient, recipient.id == Handoff.to_user_id)
        .where(Handoff.deleted_at.is_(None), Account.deleted_at.is_(None), *where)
    )
    return [HandoffRow(*r) for r in s.execute(stmt)]


def _queue_order(rows: list[HandoffRow]) -> list[HandoffRow]:
    """Open handoffs first, oldest first (by when sent, else when started); then the
    accepted ones, the latest first."""
    open_rows = sorted(
        (r for r in rows if r.status != HandoffStatus.ACCEPTED),
        key=lambda r: (r.sent_at or r.created_at, r.created_at),
    )
    done = sorted(
        (r for r in rows if r.status == HandoffStatus.ACCEPTED),
        key=lambda r: r.accepted_at or r.created_at,
        reverse=True,
    )
    return open_rows + done
