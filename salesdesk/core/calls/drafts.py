"""Form drafts: what a user is typing, saved every second or two, until saved or discarded.

A draft is a JSON object owned by one user under a key naming the form and its record
("plan:new:<account id>", "debrief:<call id>"). Each save is one short transaction, so
a killed process loses at most what was typed since the last save.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..db import Database
from ..models import FormDraft, utcnow


@dataclass(frozen=True)
class Draft:
    key: str
    content: dict
    saved_at: datetime


def save_draft(db: Database, user_id: uuid.UUID | None, key: str, content: dict) -> None:
    """Create or replace `user_id`'s draft under `key`."""
    with db.write() as s:
        row = s.scalar(select(FormDraft).where(_mine(user_id), FormDraft.key == key))
        if row is None:
            s.add(FormDraft(user_id=user_id, key=key, content=dict(content)))
        else:
            row.content = dict(content)
            row.updated_at = utcnow()


def load_draft(db: Database, user_id: uuid.UUID | None, key: str) -> Draft | None:
    with db.read() as s:
        row = s.scalar(select(FormDraft).where(_mine(user_id), FormDraft.key == key))
        return Draft(row.key, dict(row.content), row.updated_at) if row else None


def list_drafts(db: Database, user_id: uuid.UUID | None, prefix: str = "") -> list[Draft]:
    """The user's drafts whose key starts with `prefix`, newest first."""
    stmt = select(FormDraft).where(_mine(user_id)).order_by(FormDraft.updated_at.desc())
    if prefix:
        stmt = stmt.where(FormDraft.key.startswith(prefix, autoescape=True))
    with db.read() as s:
        return [Draft(r.key, dict(r.content), r.updated_at) for r in s.scalars(stmt)]


def discard_draft(db: Database, user_id: uuid.UUID | None, key: str) -> None:
    with db.write() as s:
        drop_draft(s, user_id, key)


def drop_draft(session: Session, user_id: uuid.UUID | None, key: str | None) -> None:
    """Delete the draft inside a save's own transaction: saved and draft gone, or neither."""
    if key:
        session.execute(delete(FormDraft).where(_mine(user_id), FormDraft.key == key))


def _mine(user_id: uuid.UUID | None):
    return FormDraft.user_id.is_(None) if user_id is None else FormDraft.user_id == user_id
