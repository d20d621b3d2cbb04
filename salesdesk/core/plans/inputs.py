"""What saving an account plan takes, and how it is checked before anything is written."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import ActionStatus
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Contact
from .errors import PlanInputError

TITLE_MAX = 300


@dataclass(frozen=True)
class ActionInput:
    title: str
    owner_id: uuid.UUID | None = None
    due_date: date | None = None
    status: str = ActionStatus.OPEN
    id: uuid.UUID | None = None  # None: a new action


@dataclass(frozen=True)
class StakeholderInput:
    contact_id: uuid.UUID
    role: str | None = None
    relationship_strength: int = 3  # 1 (weak) to 5 (strong)


@dataclass(frozen=True)
class PlanInput:
    relationship_goals: str | None = None
    customer_needs: str | None = None
    whitespace: str | None = None
    risks: str | None = None
    review_date: date | None = None
    owner_id: uuid.UUID | None = None  # a new plan without one belongs to whoever saves it
    actions: tuple[ActionInput, ...] = ()
    stakeholders: tuple[StakeholderInput, ...] = ()


def contact_name(first: str | None, last: str | None) -> str:
    return " ".join(p for p in (first, last) if p) or "?"


def validate_plan(s: Session, account_id, data: PlanInput, names: dict) -> PlanInput:
    if data.owner_id is not None and data.owner_id not in names:
        raise PlanInputError(
            "owner", QT_TRANSLATE_NOOP("Errors", "The plan's owner no longer exists.")
        )
    actions = []
    for row, item in enumerate(data.actions, start=1):
        title = " ".join((item.title or "").split())
        if not title:
            raise PlanInputError(
                "actions",
                QT_TRANSLATE_NOOP("Errors", "Action {number} needs a title."),
                row,
                number=row,
            )
        if len(title) > TITLE_MAX:
            raise PlanInputError(
                "actions",
                QT_TRANSLATE_NOOP(
                    "Errors", "Action {number}: keep the title under {max} characters."
                ),
                row,
                number=row,
                max=TITLE_MAX,
            )
        if item.status not in ActionStatus._value2member_map_:
            raise PlanInputError(
                "actions",
                QT_TRANSLATE_NOOP("Errors", "Action {number}: {status} is not a status."),
                row,
                number=row,
                status=item.status,
            )
        if item.owner_id is not None and item.owner_id not in names:
            raise PlanInputError(
                "actions",
                QT_TRANSLATE_NOOP("Errors", "Action {number}: its owner no longer exists."),
                row,
                number=row,
            )
        actions.append(replace(item, title=title, status=str(ActionStatus(item.status))))
    own = {
        c.id: c
        for c in s.scalars(
            select(Contact).where(
                Contact.id.in_([p.contact_id for p in data.stakeholders]),
                Contact.deleted_at.is_(None),
            )
        )
    }
    seen: set[uuid.UUID] = set()
    people = []
    for row, item in enumerate(data.stakeholders, start=1):
        contact = own.get(item.contact_id)
        if contact is None or contact.account_id != account_id:
            name = contact_name(contact.first_name, contact.last_name) if contact else "?"
            raise PlanInputError(
                "stakeholders",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} is not a contact of this account: choose one of its contacts.",
                ),
                row,
                name=name,
            )
        name = contact_name(contact.first_name, contact.last_name)
        if item.contact_id in seen:
            raise PlanInputError(
                "stakeholders",
                QT_TRANSLATE_NOOP("Errors", "{name} is listed twice as a stakeholder."),
                row,
                name=name,
            )
        seen.add(item.contact_id)
        strength = item.relationship_strength
        if not isinstance(strength, int) or isinstance(strength, bool) or not 1 <= strength <= 5:
            raise PlanInputError(
                "stakeholders",
                QT_TRANSLATE_NOOP(
                    "Errors", "{name}: the relationship strength goes from 1 (weak) to 5 (strong)."
                ),
                row,
                name=name,
            )
        people.append(replace(item, role=clean(item.role)))
    return replace(
        data,
        relationship_goals=clean(data.relationship_goals),
        customer_needs=clean(data.customer_needs),
        whitespace=clean(data.whitespace),
        risks=clean(data.risks),
        actions=tuple(actions),
        stakeholders=tuple(people),
    )


def clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None
