"""Account plans: load, save with actions and stakeholders, and the history of changes.

Saving is one transaction that writes the plan, its action plan and its stakeholders and
one ChangeLog row per changed part, all stamped with the same time and user, so the
history reads as "who changed what, when". Parts of the plan are named in the log by
their field ("risks", "review_date"...), an action by "action:<title>" and a stakeholder
by "stakeholder:<contact name>"; the values are the readable text that changed (an
action's owner, due date and status joined by " · ").
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import Database
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Account, AccountPlan, Contact, PlanAction, PlanStakeholder, User
from ..models.base import utcnow
from .errors import PlanInputError
from .history import SEP, ChangeWriter, HistoryEntry, named, plan_history
from .inputs import (
    ActionInput,
    PlanInput,
    StakeholderInput,
    contact_name,
    validate_plan,
)

__all__ = [
    "ActionInput",
    "ActionRow",
    "HistoryEntry",
    "Plan",
    "PlanChoices",
    "PlanInput",
    "StakeholderInput",
    "StakeholderRow",
    "apply_plan",
    "load_plan",
    "plan_choices",
    "plan_history",
    "read_plan",
    "save_plan",
]
TEXT_FIELDS = ("relationship_goals", "customer_needs", "whitespace", "risks")


@dataclass(frozen=True)
class ActionRow:
    id: uuid.UUID
    title: str
    owner_id: uuid.UUID | None
    owner: str | None
    due_date: date | None
    status: str


@dataclass(frozen=True)
class StakeholderRow:
    id: uuid.UUID
    contact_id: uuid.UUID
    contact: str
    job_title: str | None
    role: str | None
    relationship_strength: int | None


@dataclass(frozen=True)
class Plan:
    id: uuid.UUID
    account_id: uuid.UUID
    owner_id: uuid.UUID | None
    owner: str | None
    relationship_goals: str | None
    customer_needs: str | None
    whitespace: str | None
    risks: str | None
    review_date: date | None
    updated_at: datetime
    actions: tuple[ActionRow, ...] = field(default_factory=tuple)
    stakeholders: tuple[StakeholderRow, ...] = field(default_factory=tuple)

    def as_input(self) -> PlanInput:
        """The plan as it is, ready to be changed and saved back."""
        return PlanInput(
            relationship_goals=self.relationship_goals,
            customer_needs=self.customer_needs,
            whitespace=self.whitespace,
            risks=self.risks,
            review_date=self.review_date,
            owner_id=self.owner_id,
            actions=tuple(
                ActionInput(a.title, a.owner_id, a.due_date, a.status, a.id) for a in self.actions
            ),
            stakeholders=tuple(
                StakeholderInput(s.contact_id, s.role, s.relationship_strength or 3)
                for s in self.stakeholders
            ),
        )


@dataclass(frozen=True)
class PlanChoices:
    """What the plan form offers: the account's contacts and the people who can own."""

    contacts: tuple[tuple[uuid.UUID, str, str | None], ...]  # id, name, job title
    users: tuple[tuple[uuid.UUID, str, str], ...]  # id, name, role


# reading -------------------------------------------------------------------------------
def load_plan(db: Database, account_id: uuid.UUID) -> Plan | None:
    """The account's plan with its actions (due date order) and stakeholders; None when
    the account has no plan yet."""
    with db.read() as s:
        return read_plan(s, account_id)


def read_plan(s: Session, account_id: uuid.UUID) -> Plan | None:
    plan = _live_plan(s, account_id)
    if plan is None:
        return None
    names = _user_names(s)
    actions = s.scalars(
        select(PlanAction)
        .where(PlanAction.plan_id == plan.id, PlanAction.deleted_at.is_(None))
        .order_by(
            PlanAction.due_date.is_(None),
            PlanAction.due_date,
            PlanAction.created_at,
            PlanAction.title,
        )
    ).all()
    people = s.execute(
        select(PlanStakeholder, Contact.first_name, Contact.last_name, Contact.title)
        .join(Contact, Contact.id == PlanStakeholder.contact_id)
        .where(
            PlanStakeholder.plan_id == plan.id,
            PlanStakeholder.deleted_at.is_(None),
            Contact.deleted_at.is_(None),
        )
        .order_by(PlanStakeholder.relationship_strength.desc(), Contact.last_name)
    ).all()
    return Plan(
        id=plan.id,
        account_id=plan.account_id,
        owner_id=plan.owner_id,
        owner=names.get(plan.owner_id),
        relationship_goals=plan.relationship_goals,
        customer_needs=plan.customer_needs,
        whitespace=plan.whitespace,
        risks=plan.risks,
        review_date=plan.review_date,
        updated_at=plan.updated_at,
        actions=tuple(
            ActionRow(a.id, a.title, a.owner_id, names.get(a.owner_id), a.due_date, a.status)
            for a in actions
        ),
        stakeholders=tuple(
            StakeholderRow(
                p.id,
                p.contact_id,
                contact_name(first, last),
                title,
                p.role,
                p.relationship_strength,
            )
            for p, first, last, title in people
        ),
    )


def plan_choices(db: Database, account_id: uuid.UUID) -> PlanChoices:
    with db.read() as s:
        contacts = s.execute(
            select(Contact.id, Contact.first_name, Contact.last_name, Contact.title)
            .where(Contact.account_id == account_id, Contact.deleted_at.is_(None))
            .order_by(Contact.last_name, Contact.first_name)
        ).all()
        users = s.execute(
            select(User.id, User.name, User.role)
            .where(User.deleted_at.is_(None))
            .order_by(User.name)
        ).all()
    return PlanChoices(
        tuple((c.id, contact_name(c.first_name, c.last_name), c.title) for c in contacts),
        tuple((u.id, u.name, u.role) for u in users),
    )


# saving --------------------------------------------------------------------------------
def save_plan(
    db: Database, account_id: uuid.UUID, data: PlanInput, user_id: uuid.UUID | None
) -> uuid.UUID:
    """Create or update the account's plan with its actions and stakeholders, logging
    every change; PlanInputError (and nothing saved) on bad input. Returns the plan id."""
    with db.write() as s:
        return apply_plan(s, account_id, data, user_id).id


def apply_plan(
    s: Session, account_id: uuid.UUID, data: PlanInput, user_id: uuid.UUID | None
) -> AccountPlan:
    """save_plan inside a caller's transaction (accepting a handoff uses it too)."""
    account = s.get(Account, account_id)
    if account is None or account.deleted_at is not None:
        raise PlanInputError(
            "account", QT_TRANSLATE_NOOP("Errors", "This account was deleted meanwhile.")
        )
    names = _user_names(s)
    data = validate_plan(s, account_id, data, names)
    log = ChangeWriter(s, user_id)
    plan = _live_plan(s, account_id)
    if plan is None:
        plan = s.scalar(select(AccountPlan).where(AccountPlan.account_id == account_id))
        if plan is None:  # account_id is unique: a tombstoned plan is brought back
            plan = AccountPlan(account_id=account_id)
            s.add(plan)
        plan.deleted_at = None
        for name in (*TEXT_FIELDS, "review_date", "owner_id"):
            setattr(plan, name, None)
        s.flush()
        log.add(plan.id, "plan", None, "created")
        if data.owner_id is None:
            data = replace(data, owner_id=user_id)
    for name in TEXT_FIELDS:
        new = getattr(data, name)
        if getattr(plan, name) != new:
            log.add(plan.id, name, getattr(plan, name), new)
            setattr(plan, name, new)
    if plan.review_date != data.review_date:
        log.add(plan.id, "review_date", _iso(plan.review_date), _iso(data.review_date))
        plan.review_date = data.review_date
    if plan.owner_id != data.owner_id:
        log.add(plan.id, "owner", names.get(plan.owner_id), names.get(data.owner_id))
        plan.owner_id = data.owner_id
    _save_actions(s, plan, data.actions, names, log)
    _save_stakeholders(s, plan, data.stakeholders, log)
    return plan


def _save_actions(s, plan, actions, names, log) -> None:
    existing = {
        a.id: a
        for a in s.scalars(
            select(PlanAction).where(PlanAction.plan_id == plan.id, PlanAction.deleted_at.is_(None))
        )
    }
    kept: set[uuid.UUID] = set()
    for item in actions:
        row = existing.get(item.id) if item.id else None
        if row is None:
            s.add(
                PlanAction(
                    plan_id=plan.id,
                    title=item.title,
                    owner_id=item.owner_id,
                    due_date=item.due_date,
                    status=item.status,
                )
            )
            log.add(plan.id, named("action", item.title), None, _action_text(item, names))
            continue
        kept.add(row.id)
        old_parts, new_parts = [], []
        if row.title != item.title:
            old_parts.append(row.title)
            new_parts.append(item.title)
        for attr, show in (
            ("owner_id", lambda v: names.get(v)),
            ("due_date", _iso),
            ("status", lambda v: v),
        ):
            if getattr(row, attr) != getattr(item, attr):
                old_parts.append(show(getattr(row, attr)) or "—")
                new_parts.append(show(getattr(item, attr)) or "—")
                setattr(row, attr, getattr(item, attr))
        if old_parts:
            log.add(plan.id, named("action", row.title), SEP.join(old_parts), SEP.join(new_parts))
            row.title = item.title
    now = utcnow()
    for row in existing.values():
        if row.id not in kept:
            row.deleted_at = now
            log.add(plan.id, named("action", row.title), _action_text(row, names), None)


def _save_stakeholders(s, plan, people, log) -> None:
    existing = {
        p.contact_id: p
        for p in s.scalars(
            select(PlanStakeholder).where(
                PlanStakeholder.plan_id == plan.id, PlanStakeholder.deleted_at.is_(None)
            )
        )
    }
    contacts = {
        c.id: contact_name(c.first_name, c.last_name)
        for c in s.scalars(
            select(Contact).where(Contact.id.in_([*existing, *(p.contact_id for p in people)]))
        )
    }
    for item in people:
        name = contacts.get(item.contact_id, "?")
        row = existing.pop(item.contact_id, None)
        if row is None:
            s.add(
                PlanStakeholder(
                    plan_id=plan.id,
                    contact_id=item.contact_id,
                    role=item.role,
                    relationship_strength=item.relationship_strength,
                )
            )
            log.add(plan.id, named("stakeholder", name), None, _stakeholder_text(item))
            continue
        old_parts, new_parts = [], []
        if row.role != item.role:
            old_parts.append(row.role or "—")
            new_parts.append(item.role or "—")
            row.role = item.role
        if row.relationship_strength != item.relationship_strength:
            old_parts.append(_strength(row.relationship_strength))
            new_parts.append(_strength(item.relationship_strength))
            row.relationship_strength = item.relationship_strength
        if old_parts:
            log.add(plan.id, named("stakeholder", name), SEP.join(old_parts), SEP.join(new_parts))
    now = utcnow()
    for row in existing.values():
        row.deleted_at = now
        name = contacts.get(row.contact_id, "?")
        log.add(plan.id, named("stakeholder", name), _stakeholder_text(row), None)


# helpers -------------------------------------------------------------------------------
def _live_plan(s: Session, account_id) -> AccountPlan | None:
    return s.scalar(
        select(AccountPlan).where(
            AccountPlan.account_id == account_id, AccountPlan.deleted_at.is_(None)
        )
    )


def _user_names(s: Session) -> dict[uuid.UUID, str]:
    return dict(s.execute(select(User.id, User.name).where(User.deleted_at.is_(None))).all())


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _strength(value: int | None) -> str:
    return f"{value}/5" if value else "—"


def _action_text(item, names: dict) -> str:
    parts = [names.get(item.owner_id), _iso(item.due_date), item.status]
    return SEP.join(p for p in parts if p)


def _stakeholder_text(item) -> str:
    return SEP.join(p for p in (item.role, _strength(item.relationship_strength)) if p)
