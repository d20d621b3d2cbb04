"""The three queries behind the ranking: account columns, last visits, open pipeline.

Ids come back as the stored 32-character hex text, not uuid.UUID: converting every key
of every query cost more than all of the ranking's arithmetic.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Row, and_, func, select
from sqlalchemy.orm import Session

from ..db import as_stored
from ..domain import CallStatus, CallType
from ..models import Account, Call, Opportunity, PipelineStage


def _scope(owner_id: uuid.UUID | None):
    a = Account.__table__
    live = select(a.c.id).where(a.c.deleted_at.is_(None))
    return live if owner_id is None else live.where(a.c.owner_id == owner_id)


def account_rows(session: Session, owner_id: uuid.UUID | None) -> Sequence[Row]:
    """The ranking columns of live accounts, as plain rows (no ORM objects)."""
    a = Account.__table__
    stmt = select(
        as_stored(a.c.id),
        a.c.name,
        a.c.city,
        a.c.kind,
        as_stored(a.c.owner_id),
        # Cleaned in SQL, where it costs nothing, rather than per row in Python.
        func.coalesce(a.c.current_revenue, 0.0),
        func.coalesce(a.c.estimated_potential, 0.0),
        and_(a.c.lat.is_not(None), a.c.lon.is_not(None)),
        a.c.attention_level,
        a.c.attention_override,
    ).where(a.c.deleted_at.is_(None))
    if owner_id is not None:
        stmt = stmt.where(a.c.owner_id == owner_id)
    # fetchall in one call: iterating the result fetches row by row, twice as slow.
    return session.execute(stmt).all()


def last_visits(session: Session, owner_id: uuid.UUID | None) -> dict[str, datetime]:
    """When each account last had a done visit (check-in time, else the planned start)."""
    c = Call.__table__
    # As text: datetime.fromisoformat is several times faster than the DateTime type.
    when = as_stored(func.max(func.coalesce(c.c.checked_in_at, c.c.planned_start)))
    stmt = (
        select(as_stored(c.c.account_id), when)
        .where(
            c.c.deleted_at.is_(None),
            c.c.status == CallStatus.DONE.value,
            c.c.call_type == CallType.VISIT.value,
        )
        .group_by(c.c.account_id)
    )
    if owner_id is not None:
        stmt = stmt.where(c.c.account_id.in_(_scope(owner_id)))
    parse = datetime.fromisoformat
    return {account: parse(last) for account, last in session.execute(stmt).all() if last}


def open_pipeline(session: Session, owner_id: uuid.UUID | None) -> dict[str, float]:
    """Sum of amount x probability (the deal's own, else its stage's) of open deals."""
    o, st = Opportunity.__table__, PipelineStage.__table__
    probability = func.coalesce(o.c.probability, st.c.probability) / 100.0
    stmt = (
        select(as_stored(o.c.account_id), func.sum(o.c.amount * probability))
        .join(st, st.c.id == o.c.stage_id)
        .where(
            o.c.deleted_at.is_(None),
            # Stage first: SQLite then reads only open deals by the stage index (half
            # the time of walking every deal in account order).
            o.c.stage_id.in_(select(st.c.id).where(~st.c.is_won, ~st.c.is_lost)),
        )
        .group_by(o.c.account_id)
    )
    if owner_id is not None:
        stmt = stmt.where(o.c.account_id.in_(_scope(owner_id)))
    return {account: float(total or 0.0) for account, total in session.execute(stmt).all()}
