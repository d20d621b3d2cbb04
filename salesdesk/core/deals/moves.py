"""Moving a deal between stages: forwards, backwards, won, lost (with a reason).

Each move is one transaction that updates the deal and records a StageChange with the
date, the user, the amount and the reason, so the history shows every move, including
moves backwards and reopening a closed deal. Moving to the stage a deal is in changes
nothing and records nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ..db import Database
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Opportunity, PipelineStage, StageChange, User
from ..models.base import utcnow
from ..plans.handoffs import on_deal_won
from ..workspace import clean_phrases, set_setting, stored_phrases
from .stages import Stage, StageError, find_stage

LOST_REASONS_KEY = "lost_reasons"
DEFAULT_LOST_REASONS = (
    "price",
    "competitor",
    "no decision",
    "timing",
    "budget cut",
    "product fit",
)
# Warnings (the move still happens): the form shows them next to the deal.
CLOSE_DATE_PAST = QT_TRANSLATE_NOOP(
    "Errors", "The close date {date} has passed; set a new one so the forecast stays right."
)


@dataclass(frozen=True)
class Moved:
    deal_id: uuid.UUID
    from_stage: Stage | None
    to_stage: Stage
    changed: bool  # False: it was already there
    warnings: tuple[tuple[str, dict], ...] = field(default_factory=tuple)  # (template, params)


@dataclass(frozen=True)
class HistoryEntry:
    changed_at: datetime
    from_stage: str | None
    to_stage: str
    user: str | None
    amount: float | None
    reason: str | None
    backwards: bool


def lost_reasons(s: Session) -> list[str]:
    return stored_phrases(s, LOST_REASONS_KEY, DEFAULT_LOST_REASONS)


def save_lost_reasons(db: Database, reasons: Sequence[str]) -> list[str]:
    cleaned = clean_phrases(reasons)
    if not cleaned:
        raise StageError(
            "reasons", QT_TRANSLATE_NOOP("Errors", "Keep at least one reason for lost deals.")
        )
    with db.write() as s:
        set_setting(s, LOST_REASONS_KEY, cleaned)
    return cleaned


def move_deal(
    db: Database,
    deal_id: uuid.UUID,
    stage: str | uuid.UUID,
    *,
    user_id: uuid.UUID | None = None,
    reason: str | None = None,
    today: date | None = None,
) -> Moved:
    """Move the deal to `stage` (an id or a name). A lost stage needs `reason` from the
    managed list (any case); StageError otherwise, and nothing changes."""
    with db.write() as s:
        deal = s.get(Opportunity, deal_id)
        if deal is None or deal.deleted_at is not None:
            raise StageError(
                "deal", QT_TRANSLATE_NOOP("Errors", "This deal was deleted meanwhile.")
            )
        target = find_stage(s, stage)
        current = s.get(PipelineStage, deal.stage_id)
        before = (
            None
            if current is None
            else find_stage(s, current.id)
            if current.deleted_at is None
            else None
        )
        if target.id == deal.stage_id and (not target.is_lost or not reason):
            return Moved(deal.id, before, target, False, _warnings(deal, target, today))
        chosen = None
        if target.is_lost:
            known = {r.casefold(): r for r in lost_reasons(s)}
            chosen = known.get((reason or "").strip().casefold())
            if chosen is None:
                raise StageError(
                    "reason",
                    QT_TRANSLATE_NOOP(
                        "Errors", "Say why the deal was lost; choose one of: {reasons}."
                    ),
                    target.id,
                    reasons=", ".join(known.values()),
                )
        record_move(s, deal, target, user_id, utcnow(), reason=chosen)
        deal.lost_reason = chosen
        if target.is_won:  # a won account without an account manager: a handoff draft
            on_deal_won(s, deal.id, user_id)
        return Moved(deal.id, before, target, True, _warnings(deal, target, today))


def record_move(
    s: Session,
    deal: Opportunity,
    target: Stage | PipelineStage,
    user_id: uuid.UUID | None,
    now: datetime,
    reason: str | None = None,
    *,
    keep_close_date: bool = False,
) -> None:
    """Put `deal` in `target` and record the StageChange (who, when, its amount, why).

    Every move goes through here: a rep's move, the proposal rule's, and the deals of a
    deleted stage. A move into a won or lost stage closes the deal now; with
    `keep_close_date` a deal closed already keeps its date (merging two closed stages
    is no new close). A move into an open stage reopens it.
    """
    s.add(
        StageChange(
            opportunity_id=deal.id,
            from_stage_id=deal.stage_id,
            to_stage_id=target.id,
            changed_at=now,
            changed_by_id=user_id,
            amount=deal.amount,
            reason=reason,
        )
    )
    deal.stage_id = target.id
    deal.stage_entered_at = now
    deal.probability = target.probability
    if not (target.is_won or target.is_lost):
        deal.closed_at = None
    elif not (keep_close_date and deal.closed_at):
        deal.closed_at = now


def _warnings(deal: Opportunity, target: Stage, today: date | None) -> tuple:
    today = today or date.today()
    if target.is_open and deal.close_date is not None and deal.close_date < today:
        return ((CLOSE_DATE_PAST, {"date": deal.close_date.isoformat()}),)
    return ()


def stage_history(db: Database, deal_id: uuid.UUID) -> list[HistoryEntry]:
    """Every move of the deal, oldest first, with who made it."""
    with db.read() as s:
        return stage_history_in(s, deal_id)


def stage_history_in(s: Session, deal_id: uuid.UUID) -> list[HistoryEntry]:
    """stage_history inside an open session (the deal's detail reads it with the rest)."""
    to_stage, from_stage, user = aliased(PipelineStage), aliased(PipelineStage), aliased(User)
    stmt = (
        select(
            StageChange.changed_at,
            from_stage.name,
            from_stage.position,
            to_stage.name,
            to_stage.position,
            to_stage.is_won,
            to_stage.is_lost,
            user.name,
            StageChange.amount,
            StageChange.reason,
        )
        .join(to_stage, to_stage.id == StageChange.to_stage_id)
        .outerjoin(from_stage, from_stage.id == StageChange.from_stage_id)
        .outerjoin(user, user.id == StageChange.changed_by_id)
        .where(StageChange.opportunity_id == deal_id, StageChange.deleted_at.is_(None))
        .order_by(StageChange.changed_at, StageChange.created_at)
    )
    rows = s.execute(stmt).all()
    return [
        HistoryEntry(
            r[0],
            r[1],
            r[3],
            r[7],
            r[8],
            r[9],
            r[2] is not None and not (r[5] or r[6]) and r[4] < r[2],
        )
        for r in rows
    ]
