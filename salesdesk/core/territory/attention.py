"""Storing attention levels: the derived ones in bulk, and a rep's override per account."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import bindparam, update

from ..db import Database
from ..domain import AttentionLevel
from ..errors import SalesDeskError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Account, utcnow
from .ranking import RankingWeights, rank_in_session


class AccountNotFoundError(SalesDeskError):
    def __init__(self, account_id: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "The account {account_id} does not exist (any more); nothing was changed."
            ),
            account_id=account_id,
        )


class InvalidAttentionLevelError(SalesDeskError):
    def __init__(self, level: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "{level} is not an attention level: use A, B, C or D (phone only)."
            ),
            level=level,
        )


def apply_attention_levels(
    db: Database,
    owner_id: uuid.UUID | None = None,
    weights: RankingWeights | None = None,
    today: date | None = None,
) -> int:
    """Store the derived level of every account without an override; returns how many changed.

    One unit of work: the ranking is read inside the same IMMEDIATE transaction that
    writes, so no edit can slip in between, and a failure leaves every level as it was.
    """
    with db.write() as session:
        result = rank_in_session(session, owner_id, weights, today)
        changes = [
            {"b_id": a.id, "b_level": a.derived_level}
            for a in result.accounts
            if not a.override and a.attention_level != a.derived_level
        ]
        if changes:
            t = Account.__table__
            # Core executemany: one prepared UPDATE, no ORM objects for 10,000 rows. The
            # version bump and the change notice are what the ORM would have done.
            session.execute(
                update(t)
                .where(t.c.id == bindparam("b_id"))
                .values(
                    attention_level=bindparam("b_level"),
                    version=t.c.version + 1,
                    updated_at=utcnow(),
                ),
                changes,
            )
            session.info.setdefault("changed", set()).add(t.name)
    return len(changes)


def set_attention_override(
    db: Database,
    account_id: uuid.UUID,
    level: AttentionLevel | str | None,
    weights: RankingWeights | None = None,
    today: date | None = None,
) -> AttentionLevel:
    """Fix an account's level as the rep's choice, or (None) return it to the derived level.

    Returns the level now stored. Clearing ranks the owner's book to find the derived
    level, so the account is immediately where `apply_attention_levels` would put it.
    """
    chosen = None if level is None else _level(level)
    with db.write() as session:
        account = session.get(Account, account_id)
        if account is None or account.deleted_at is not None:
            raise AccountNotFoundError(account_id)
        if chosen is None:
            result = rank_in_session(session, account.owner_id, weights, today)
            ranked = next(a for a in result.accounts if a.id == account_id)
            chosen = AttentionLevel(ranked.derived_level)
            account.attention_override = False
        else:
            account.attention_override = True
        account.attention_level = chosen.value
    return chosen


def _level(level: AttentionLevel | str) -> AttentionLevel:
    try:
        return AttentionLevel(str(level).strip().upper())
    except ValueError:
        raise InvalidAttentionLevelError(level) from None
