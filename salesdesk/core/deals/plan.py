"""The opportunity plan: the customer's problem, who decides and how they feel about us,
the competitors with our strengths and weaknesses against each, our position, the next
step. One save_plan call writes all of it in one transaction.

Stakeholders are contacts of the deal's account, each at most once; a decision role is a
domain.BuyingRole value. Competitor rows left wholly blank are skipped.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import Database
from ..domain import BuyingRole
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Competitor, Contact, OpportunityStakeholder
from ..models.base import utcnow
from .listing import contact_name
from .records import DealInputError, live_deal

# The roles the plan offers, in this order (BuyingRole also has gatekeeper: accepted too).
DECISION_ROLES = (
    BuyingRole.DECISION_MAKER,
    BuyingRole.INFLUENCER,
    BuyingRole.CHAMPION,
    BuyingRole.BLOCKER,
    BuyingRole.USER,
)
ATTITUDES = ("supportive", "neutral", "opposed")
COMPETITOR_MAX = 200


@dataclass(frozen=True)
class StakeholderInput:
    contact_id: uuid.UUID
    decision_role: str
    attitude: str | None = None


@dataclass(frozen=True)
class CompetitorInput:
    name: str
    our_strengths: str = ""
    our_weaknesses: str = ""


@dataclass(frozen=True)
class PlanInput:
    business_problem: str = ""
    stakeholders: Sequence[StakeholderInput] = ()
    competitors: Sequence[CompetitorInput] = ()
    competitive_position: str = ""
    next_step: str = ""
    next_step_date: date | None = None


@dataclass(frozen=True)
class Stakeholder:
    contact_id: uuid.UUID
    name: str
    title: str | None
    decision_role: str
    attitude: str | None


@dataclass(frozen=True)
class CompetitorEntry:
    name: str
    our_strengths: str | None
    our_weaknesses: str | None


@dataclass(frozen=True)
class Plan:
    business_problem: str | None
    stakeholders: tuple[Stakeholder, ...]
    competitors: tuple[CompetitorEntry, ...]
    competitive_position: str | None
    next_step: str | None
    next_step_date: date | None


def _text(value: str | None) -> str | None:
    return (value or "").strip() or None


def _check_stakeholders(s: Session, account_id: uuid.UUID, items: Sequence[StakeholderInput]):
    seen: set[uuid.UUID] = set()
    for row, item in enumerate(items, start=1):
        if item.decision_role not in BuyingRole._value2member_map_:
            raise DealInputError(
                "stakeholders",
                QT_TRANSLATE_NOOP("Errors", "Stakeholder {row}: unknown role {value}."),
                row=row,
                value=item.decision_role,
            )
        if item.attitude is not None and item.attitude not in ATTITUDES:
            raise DealInputError(
                "stakeholders",
                QT_TRANSLATE_NOOP("Errors", "Stakeholder {row}: unknown attitude {value}."),
                row=row,
                value=item.attitude,
            )
        if item.contact_id in seen:
            raise DealInputError(
                "stakeholders",
                QT_TRANSLATE_NOOP(
                    "Errors", "Stakeholder {row}: this contact is already on the plan."
                ),
                row=row,
            )
        seen.add(item.contact_id)
        contact = s.get(Contact, item.contact_id)
        if contact is None or contact.deleted_at is not None or contact.account_id != account_id:
            raise DealInputError(
                "stakeholders",
                QT_TRANSLATE_NOOP(
                    "Errors", "Stakeholder {row} must be a contact of the deal's account."
                ),
                row=row,
            )


def _clean_competitors(items: Sequence[CompetitorInput]) -> list[CompetitorInput]:
    cleaned, names = [], set()
    for row, item in enumerate(items, start=1):
        name = " ".join((item.name or "").split())
        strengths, weaknesses = _text(item.our_strengths), _text(item.our_weaknesses)
        if not (name or strengths or weaknesses):
            continue
        if not name:
            raise DealInputError(
                "competitors",
                QT_TRANSLATE_NOOP("Errors", "Competitor {row} needs a name."),
                row=row,
            )
        if len(name) > COMPETITOR_MAX:
            raise DealInputError(
                "competitors",
                QT_TRANSLATE_NOOP("Errors", "Competitor {row}: at most {max} characters."),
                row=row,
                max=COMPETITOR_MAX,
            )
        if name.casefold() in names:
            raise DealInputError(
                "competitors",
                QT_TRANSLATE_NOOP("Errors", "{name} is on the list twice."),
                name=name,
            )
        names.add(name.casefold())
        cleaned.append(CompetitorInput(name, strengths or "", weaknesses or ""))
    return cleaned


def save_plan(db: Database, deal_id: uuid.UUID, plan: PlanInput) -> Plan:
    """Replace the deal's plan with `plan`; DealInputError (nothing written) on bad input."""
    competitors = _clean_competitors(plan.competitors)
    with db.write() as s:
        deal = live_deal(s, deal_id)
        _check_stakeholders(s, deal.account_id, plan.stakeholders)
        deal.business_problem = _text(plan.business_problem)
        deal.competitive_position = _text(plan.competitive_position)
        deal.next_step = _text(plan.next_step)
        deal.next_step_date = plan.next_step_date
        # Replaced as a whole: rows are small and nothing else points at them.
        for old in _rows(s, OpportunityStakeholder, deal_id):
            s.delete(old)
        for old in _rows(s, Competitor, deal_id):
            s.delete(old)
        s.flush()
        # created_at keeps the order the rep gave (one microsecond apart).
        now = utcnow()
        for n, item in enumerate(plan.stakeholders):
            s.add(
                OpportunityStakeholder(
                    created_at=now + timedelta(microseconds=n),
                    opportunity_id=deal_id,
                    contact_id=item.contact_id,
                    decision_role=str(item.decision_role),
                    attitude=item.attitude,
                )
            )
        for n, item in enumerate(competitors):
            s.add(
                Competitor(
                    created_at=now + timedelta(microseconds=n),
                    opportunity_id=deal_id,
                    name=item.name,
                    our_strengths=item.our_strengths or None,
                    our_weaknesses=item.our_weaknesses or None,
                )
            )
        s.flush()
        return plan_in(s, deal_id)


def _rows(s: Session, model, deal_id: uuid.UUID):
    return s.scalars(
        select(model).where(model.opportunity_id == deal_id, model.deleted_at.is_(None))
    ).all()


def plan_of(db: Database, deal_id: uuid.UUID) -> Plan:
    with db.read() as s:
        return plan_in(s, deal_id)


def plan_in(s: Session, deal_id: uuid.UUID) -> Plan:
    deal = live_deal(s, deal_id)
    people = s.execute(
        select(OpportunityStakeholder, Contact)
        .join(Contact, Contact.id == OpportunityStakeholder.contact_id)
        .where(
            OpportunityStakeholder.opportunity_id == deal_id,
            OpportunityStakeholder.deleted_at.is_(None),
            Contact.deleted_at.is_(None),
        )
        .order_by(OpportunityStakeholder.created_at, Contact.last_name)
    ).all()
    rivals = s.scalars(
        select(Competitor)
        .where(Competitor.opportunity_id == deal_id, Competitor.deleted_at.is_(None))
        .order_by(Competitor.created_at, Competitor.name)
    ).all()
    return Plan(
        deal.business_problem,
        tuple(
            Stakeholder(
                c.id,
                contact_name(c.first_name, c.last_name),
                c.title,
                st.decision_role,
                st.attitude,
            )
            for st, c in people
        ),
        tuple(CompetitorEntry(c.name, c.our_strengths, c.our_weaknesses) for c in rivals),
        deal.competitive_position,
        deal.next_step,
        deal.next_step_date,
    )
