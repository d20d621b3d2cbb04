"""Leads that share an email with an earlier lead are flagged, never merged.

The flag (`duplicate_of_id`) points at the earliest live lead with the same address,
compared without regard to case; the rep decides what to do with the pair.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, aliased

from ..models import Lead


def normal_email(email: str | None) -> str | None:
    """The form two addresses are compared in (trimmed, lower case), None when empty."""
    text = (email or "").strip().lower()
    return text or None


def duplicate_of(s: Session, email: str | None, exclude: uuid.UUID | None = None) -> Lead | None:
    """The earliest live lead with this email (other than `exclude`), or None."""
    key = normal_email(email)
    if key is None:
        return None
    query = (
        select(Lead)
        .where(func.lower(Lead.email) == key, Lead.deleted_at.is_(None))
        .order_by(Lead.created_at, Lead.id)
        .limit(1)
    )
    if exclude is not None:
        query = query.where(Lead.id != exclude)
    return s.scalar(query)


def flag_duplicates(s: Session, lead_ids: Iterable[uuid.UUID] | None = None) -> int:
    """Point each given lead (all leads when None) whose email an earlier live lead
    already has at that lead; clear the flag where the twin is gone. One UPDATE per
    direction, inside the caller's transaction. Returns how many leads are flagged."""
    earlier = aliased(Lead)
    twin = (
        select(earlier.id)
        .where(
            func.lower(earlier.email) == func.lower(Lead.email),
            earlier.deleted_at.is_(None),
            earlier.id != Lead.id,
            (earlier.created_at < Lead.created_at)
            | ((earlier.created_at == Lead.created_at) & (earlier.id < Lead.id)),
        )
        .order_by(earlier.created_at, earlier.id)
        .limit(1)
        .scalar_subquery()
    )
    ids = None if lead_ids is None else list(lead_ids)
    query = (
        update(Lead)
        .where(Lead.deleted_at.is_(None), Lead.duplicate_of_id.is_distinct_from(twin))
        .values(duplicate_of_id=twin, version=Lead.version + 1)
    )
    if ids is not None:
        if not ids:
            return 0
        query = query.where(Lead.id.in_(ids))
    s.execute(query.execution_options(synchronize_session=False))
    counted = select(func.count()).where(Lead.duplicate_of_id.is_not(None))
    if ids is not None:
        counted = counted.where(Lead.id.in_(ids))
    return s.scalar(counted.select_from(Lead)) or 0
