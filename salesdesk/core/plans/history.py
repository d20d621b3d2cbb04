"""The history of an account plan: who changed what, when (ChangeLog rows).

A save writes its rows with one time and one user, in the order of the form; parts of
the plan are named by their field ("risks", "review_date"...), an action by
"action:<title>", a stakeholder by "stakeholder:<contact name>", and the account's
owner and account manager changing hands (a handoff accepted) by "account_owner" and
"account_manager" on the account. Values are the readable text that changed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import literal_column, or_, select
from sqlalchemy.orm import Session

from ..db import Database
from ..models import AccountPlan, ChangeLog, User
from ..models.base import utcnow

PLAN_ENTITY = "account_plan"
ACCOUNT_ENTITY = "account"
SEP = " · "
FIELD_MAX = 64  # ChangeLog.field


@dataclass(frozen=True)
class HistoryEntry:
    changed_at: datetime
    user: str | None
    entity: str  # "account_plan", or "account" for an ownership change
    field: str
    old_value: str | None
    new_value: str | None


def plan_history(db: Database, account_id: uuid.UUID, limit: int = 500) -> list[HistoryEntry]:
    """Who changed what in the account's plan (and who took the account over), newest
    first; the rows of one save keep the order they were written in."""
    with db.read() as s:
        plan_id = s.scalar(select(AccountPlan.id).where(AccountPlan.account_id == account_id))
        conditions = [(ChangeLog.entity == ACCOUNT_ENTITY) & (ChangeLog.entity_id == account_id)]
        if plan_id is not None:
            conditions.append((ChangeLog.entity == PLAN_ENTITY) & (ChangeLog.entity_id == plan_id))
        rows = s.execute(
            select(
                ChangeLog.created_at,
                User.name,
                ChangeLog.entity,
                ChangeLog.field,
                ChangeLog.old_value,
                ChangeLog.new_value,
            )
            .outerjoin(User, User.id == ChangeLog.user_id)
            .where(or_(*conditions), ChangeLog.deleted_at.is_(None))
            .order_by(ChangeLog.created_at.desc(), literal_column("change_log.rowid"))
            .limit(limit)
        ).all()
    return [HistoryEntry(*r) for r in rows]


class ChangeWriter:
    """ChangeLog rows of one save: one time, one user, written in order."""

    def __init__(self, s: Session, user_id: uuid.UUID | None) -> None:
        self.s, self.user_id, self.now = s, user_id, utcnow()

    def add(
        self,
        entity_id: uuid.UUID,
        name: str,
        old: str | None,
        new: str | None,
        entity: str = PLAN_ENTITY,
    ) -> None:
        self.s.add(
            ChangeLog(
                entity=entity,
                entity_id=entity_id,
                field=name,
                old_value=old,
                new_value=new,
                user_id=self.user_id,
                created_at=self.now,
                updated_at=self.now,
            )
        )
        self.s.flush()  # keeps the rows in the order written (the history reads rowid)


def log_change(s: Session, user_id, entity: str, entity_id, name: str, old, new) -> None:
    """One ChangeLog row outside a plan save (an account's owner changing hands)."""
    ChangeWriter(s, user_id).add(entity_id, name, old, new, entity)


def named(kind: str, name: str) -> str:
    full = f"{kind}:{name}"
    return full if len(full) <= FIELD_MAX else full[: FIELD_MAX - 1] + "…"
