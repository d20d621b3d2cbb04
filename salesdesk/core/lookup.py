"""Finding a record by the short id lists print (the first characters of its UUID)."""

from __future__ import annotations

import uuid

from sqlalchemy import literal_column, select
from sqlalchemy.orm import Session


def id_prefix_hits(s: Session, model, text: str, limit: int = 2) -> list[uuid.UUID]:
    """Ids of live `model` rows whose id starts with `text` (a full UUID works too, with
    or without dashes); empty when `text` is not at least 6 hex digits. SQLite stores a
    Uuid as 32 hex characters, so a prefix is a LIKE on the column."""
    key = text.strip().lower().replace("-", "")
    if len(key) < 6 or any(ch not in "0123456789abcdef" for ch in key):
        return []
    column = literal_column(f"{model.__tablename__}.id")
    stmt = select(model.id).where(column.like(key + "%"), model.deleted_at.is_(None))
    return list(s.scalars(stmt.limit(limit)))
