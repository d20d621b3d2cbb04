"""Touches on a deal: the method (channel), the sales tactic from a managed list, and the
outcome. Debriefed calls count as touches by themselves (calls.debrief adds one with the
call's id): a deal's list shows them with the ones logged here, marked as from a call,
including calls linked to the deal after their debrief.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from ..db import Database
from ..domain import Channel
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Call, Contact, Touch, User
from ..models.base import utcnow
from ..workspace import clean_phrases, set_setting, stored_phrases
from .listing import contact_name
from .records import DealInputError, live_deal

TACTICS_KEY = "sales_tactics"
DEFAULT_TACTICS = (
    "demo",
    "reference call",
    "trial",
    "ROI case",
    "executive sponsor",
    "site survey",
    "proposal walkthrough",
    "discovery call",
    "case study",
    "trade show",
    # The demo territory's tactics (core/demo/pipeline.TACTICS), so its touches are listed.
    "product demo",
    "relationship visit",
    "follow-up call",
    "price negotiation",
    "case study sent",
    "proposal sent",
    "newsletter",
    "online demo",
    "open house",
    "webinar",
)
TACTIC_MAX = 80
FUTURE_SLACK = timedelta(minutes=5)  # clocks differ a little


@dataclass(frozen=True)
class TouchEntry:
    id: uuid.UUID
    occurred_at: datetime
    channel: str
    tactic: str | None
    outcome: str | None
    contact_id: uuid.UUID | None
    contact: str | None
    user: str | None
    call_id: uuid.UUID | None

    @property
    def from_call(self) -> bool:
        return self.call_id is not None


def tactics(s: Session) -> list[str]:
    """The managed list of sales tactics (the defaults until a manager edits it)."""
    return stored_phrases(s, TACTICS_KEY, DEFAULT_TACTICS)


def tactic_list(db: Database) -> list[str]:
    with db.read() as s:
        return tactics(s)


def save_tactics(db: Database, items: Sequence[str]) -> list[str]:
    """Replace the list (blank and repeated entries dropped, any case); at least one."""
    cleaned = clean_phrases(items)
    if any(len(text) > TACTIC_MAX for text in cleaned):
        raise DealInputError(
            "tactics",
            QT_TRANSLATE_NOOP("Errors", "A tactic has at most {max} characters."),
            max=TACTIC_MAX,
        )
    if not cleaned:
        raise DealInputError(
            "tactics", QT_TRANSLATE_NOOP("Errors", "Keep at least one sales tactic.")
        )
    with db.write() as s:
        set_setting(s, TACTICS_KEY, cleaned)
    return cleaned


def log_touch(
    db: Database,
    deal_id: uuid.UUID,
    channel: str,
    tactic: str | None,
    outcome: str | None,
    contact_id: uuid.UUID | None = None,
    when: datetime | None = None,
    user_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Record a touch on the deal (when: naive UTC, default now); DealInputError with
    the field and nothing written on bad input."""
    if channel not in Channel._value2member_map_:
        raise DealInputError(
            "channel", QT_TRANSLATE_NOOP("Errors", "Unknown method {value}."), value=channel
        )
    now = utcnow()
    if when is not None and when > now + FUTURE_SLACK:
        raise DealInputError(
            "when",
            QT_TRANSLATE_NOOP("Errors", "Log a touch once it has happened: the time is ahead."),
        )
    with db.write() as s:
        deal = live_deal(s, deal_id)
        chosen = None
        if (tactic or "").strip():
            known = {t.casefold(): t for t in tactics(s)}
            chosen = known.get(" ".join(tactic.split()).casefold())
            if chosen is None:
                raise DealInputError(
                    "tactic",
                    QT_TRANSLATE_NOOP("Errors", "Choose a tactic from the list: {tactics}."),
                    tactics=", ".join(known.values()),
                )
        if contact_id is not None:
            contact = s.get(Contact, contact_id)
            if (
                contact is None
                or contact.deleted_at is not None
                or contact.account_id != deal.account_id
            ):
                raise DealInputError(
                    "contact",
                    QT_TRANSLATE_NOOP("Errors", "The contact must be one of the deal's account's."),
                )
        touch = Touch(
            account_id=deal.account_id,
            opportunity_id=deal.id,
            contact_id=contact_id,
            user_id=user_id,
            channel=str(channel),
            tactic=chosen,
            outcome=(outcome or "").strip() or None,
            occurred_at=when or now,
        )
        s.add(touch)
        s.flush()
        return touch.id


def touches(db: Database, deal_id: uuid.UUID) -> list[TouchEntry]:
    """The deal's touches, newest first: logged ones and those from its calls."""
    with db.read() as s:
        return touches_in(s, deal_id)


def touches_in(s: Session, deal_id: uuid.UUID) -> list[TouchEntry]:
    user, contact = aliased(User), aliased(Contact)
    calls = select(Call.id).where(Call.opportunity_id == deal_id)
    rows = s.execute(
        select(Touch, contact.first_name, contact.last_name, user.name)
        .outerjoin(contact, contact.id == Touch.contact_id)
        .outerjoin(user, user.id == Touch.user_id)
        .where(
            Touch.deleted_at.is_(None),
            or_(Touch.opportunity_id == deal_id, Touch.call_id.in_(calls)),
        )
        .order_by(Touch.occurred_at.desc(), Touch.created_at.desc())
    ).all()
    return [
        TouchEntry(
            t.id,
            t.occurred_at,
            t.channel,
            t.tactic,
            t.outcome,
            t.contact_id,
            contact_name(first, last) if (first or last) else None,
            who,
            t.call_id,
        )
        for t, first, last, who in rows
    ]
