"""Account lists: the ids matching a filter in order, and rows fetched page by page.

A list of 100,000 accounts holds only ids; a view asks for the rows it shows.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import aliased

from .db import Database
from .errors import SalesDeskError
from .i18n import QT_TRANSLATE_NOOP
from .models import Account, User

SORT_COLUMNS = {
    "name": Account.name,
    "kind": Account.kind,
    "city": Account.city,
    "industry": Account.industry,
    "attention": Account.attention_level,
    "revenue": Account.current_revenue,
    "potential": Account.estimated_potential,
}


@dataclass(frozen=True)
class AccountQuery:
    text: str = ""
    kind: str | None = None  # "customer" / "prospect"
    owner_id: uuid.UUID | None = None
    sort: str = "potential"
    descending: bool = True


@dataclass(frozen=True)
class AccountRow:
    id: uuid.UUID
    name: str
    kind: str
    city: str | None
    industry: str | None
    attention_level: str | None
    current_revenue: float
    estimated_potential: float
    owner: str | None
    has_location: bool


def escape_like(text: str) -> str:
    """`text` as a literal inside LIKE (with escape="\\"): % and _ match only themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def account_ids(db: Database, query: AccountQuery) -> list[uuid.UUID]:
    """Ids of live accounts matching `query`, in its order (name breaks ties)."""
    stmt = select(Account.id).where(Account.deleted_at.is_(None))
    text = query.text.strip()
    if text:
        pattern = f"%{escape_like(text)}%"
        stmt = stmt.where(
            or_(Account.name.ilike(pattern, escape="\\"), Account.city.ilike(pattern, escape="\\"))
        )
    if query.kind:
        stmt = stmt.where(Account.kind == query.kind)
    if query.owner_id:
        stmt = stmt.where(Account.owner_id == query.owner_id)
    column = SORT_COLUMNS.get(query.sort, Account.estimated_potential)
    order = column.desc() if query.descending else column.asc()
    stmt = stmt.order_by(order.nulls_last(), Account.name, Account.id)
    with db.read() as s:
        return list(s.scalars(stmt))


def account_rows(db: Database, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, AccountRow]:
    """The display rows for `ids` (any order), one query."""
    if not ids:
        return {}
    owner = aliased(User)
    stmt = (
        select(Account, owner.name)
        .outerjoin(owner, owner.id == Account.owner_id)
        .where(Account.id.in_(list(ids)))
    )
    with db.read() as s:
        return {
            a.id: AccountRow(
                a.id,
                a.name,
                a.kind,
                a.city,
                a.industry,
                a.attention_level,
                a.current_revenue or 0.0,
                a.estimated_potential or 0.0,
                owner_name,
                a.lat is not None and a.lon is not None,
            )
            for a, owner_name in s.execute(stmt)
        }


def find_account(db: Database, text: str) -> tuple[uuid.UUID, str]:
    """The one live account whose id is `text` or whose name contains it (any case)."""
    try:
        wanted: uuid.UUID | None = uuid.UUID(text)
    except ValueError:
        wanted = None
    live = select(Account.id, Account.name).where(Account.deleted_at.is_(None))
    if wanted is not None:
        live = live.where(Account.id == wanted)
    else:
        live = live.where(Account.name.ilike(f"%{escape_like(text)}%", escape="\\")).limit(6)
    with db.read() as s:
        rows = s.execute(live).all()
    if not rows:
        raise SalesDeskError(
            QT_TRANSLATE_NOOP("Errors", "No account matches {text}."), text=repr(text)
        )
    if len(rows) > 1:
        raise SalesDeskError(
            QT_TRANSLATE_NOOP(
                "Errors", "{text} matches several accounts ({names}...); be more precise."
            ),
            text=repr(text),
            names=", ".join(r.name for r in rows[:5]),
        )
    return rows[0].id, rows[0].name
