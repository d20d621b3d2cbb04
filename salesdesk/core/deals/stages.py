"""The pipeline's stages: listed, edited by a manager, deleted with their deals moved.

Saving the stages is one transaction. A pipeline needs at least one open stage, one won
and one lost stage; probabilities are percentages; a stage that still holds deals can be
deleted only with a stage to move them to (each move is recorded in the stage history).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db import Database
from ..errors import SalesDeskError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Opportunity, PipelineStage
from ..models.base import utcnow

# The column's length: a longer name would not fit reports, boards and PDFs.
NAME_MAX = PipelineStage.__table__.c.name.type.length


class StageError(SalesDeskError):
    """Bad stage input; `field` names the form field, `stage_id` the stage if any."""

    def __init__(
        self, field: str, template: str, stage_id: uuid.UUID | None = None, **params: object
    ) -> None:
        self.field = field
        self.stage_id = stage_id
        super().__init__(template, **params)


@dataclass(frozen=True)
class Stage:
    id: uuid.UUID
    name: str
    position: int
    probability: float
    is_won: bool
    is_lost: bool
    stall_days: int | None

    @property
    def is_open(self) -> bool:
        return not (self.is_won or self.is_lost)


@dataclass(frozen=True)
class StageInput:
    name: str
    probability: float
    is_won: bool = False
    is_lost: bool = False
    stall_days: int | None = None
    id: uuid.UUID | None = None  # None: a new stage


def as_stage(row: PipelineStage) -> Stage:
    """A stored stage as the plain value services hand out."""
    return Stage(
        row.id,
        row.name,
        row.position,
        row.probability,
        row.is_won,
        row.is_lost,
        row.stall_days,
    )


def live_stages(s: Session) -> list[Stage]:
    rows = s.scalars(
        select(PipelineStage)
        .where(PipelineStage.deleted_at.is_(None))
        .order_by(PipelineStage.position, PipelineStage.name)
    )
    return [as_stage(r) for r in rows]


def stages(db: Database) -> list[Stage]:
    with db.read() as s:
        return live_stages(s)


def deal_counts(db: Database) -> dict[uuid.UUID, int]:
    """Live deals per stage (a stage holding none is absent)."""
    with db.read() as s:
        rows = s.execute(
            select(Opportunity.stage_id, func.count())
            .where(Opportunity.deleted_at.is_(None))
            .group_by(Opportunity.stage_id)
        )
        return {stage_id: n for stage_id, n in rows}


def find_stage(s: Session, ref: str | uuid.UUID) -> Stage:
    """A live stage by id or by name (any case); StageError listing the stages otherwise."""
    found = live_stages(s)
    for stage in found:
        if stage.id == ref or (
            isinstance(ref, str) and stage.name.casefold() == ref.strip().casefold()
        ):
            return stage
    raise StageError(
        "stage",
        QT_TRANSLATE_NOOP("Errors", "There is no stage {name}. The stages are: {stages}."),
        name=str(ref),
        stages=", ".join(st.name for st in found),
    )


def validate(items: Sequence[StageInput]) -> list[StageInput]:
    cleaned, names = [], set()
    for item in items:
        name = " ".join((item.name or "").split())
        if not name:
            raise StageError(
                "name", QT_TRANSLATE_NOOP("Errors", "Every stage needs a name."), item.id
            )
        if len(name) > NAME_MAX:
            raise StageError(
                "name",
                QT_TRANSLATE_NOOP(
                    "Errors", "A stage name has at most {limit} characters; this one has {length}."
                ),
                item.id,
                limit=NAME_MAX,
                length=len(name),
            )
        if name.casefold() in names:
            raise StageError(
                "name",
                QT_TRANSLATE_NOOP("Errors", "Two stages are called {name}."),
                item.id,
                name=name,
            )
        names.add(name.casefold())
        if not 0 <= item.probability <= 100:
            raise StageError(
                "probability",
                QT_TRANSLATE_NOOP("Errors", "{name}: the probability must be from 0 to 100%."),
                item.id,
                name=name,
            )
        if item.is_won and item.is_lost:
            raise StageError(
                "kind",
                QT_TRANSLATE_NOOP("Errors", "{name} cannot be both won and lost."),
                item.id,
                name=name,
            )
        if item.stall_days is not None and item.stall_days < 1:
            raise StageError(
                "stall_days",
                QT_TRANSLATE_NOOP("Errors", "{name}: stalled after at least one day, or never."),
                item.id,
                name=name,
            )
        cleaned.append(
            StageInput(
                name, float(item.probability), item.is_won, item.is_lost, item.stall_days, item.id
            )
        )
    if not any(i.is_won for i in cleaned) or not any(i.is_lost for i in cleaned):
        raise StageError(
            "kind",
            QT_TRANSLATE_NOOP("Errors", "The pipeline needs a won stage and a lost stage."),
        )
    if not any(not (i.is_won or i.is_lost) for i in cleaned):
        raise StageError(
            "kind", QT_TRANSLATE_NOOP("Errors", "The pipeline needs at least one open stage.")
        )
    return cleaned


def save_stages(
    db: Database,
    items: Sequence[StageInput],
    move_to: Mapping[uuid.UUID, uuid.UUID] | None = None,
    user_id: uuid.UUID | None = None,
) -> list[Stage]:
    """Replace the pipeline with `items` (in order). Stages left out are deleted; one that
    holds deals needs `move_to[its id]` naming a kept stage, or StageError (field
    "move_to", its stage_id, how many deals) and nothing changes."""
    # Imported here: moves.py imports this module (find_stage, StageError).
    from .moves import record_move

    items = validate(items)
    move_to = dict(move_to or {})
    with db.write() as s:
        existing = {
            r.id: r
            for r in s.scalars(select(PipelineStage).where(PipelineStage.deleted_at.is_(None)))
        }
        kept_ids = {i.id for i in items if i.id is not None}
        for item in items:
            if item.id is not None and item.id not in existing:
                raise StageError(
                    "name",
                    QT_TRANSLATE_NOOP("Errors", "The stage {name} was deleted meanwhile."),
                    item.id,
                    name=item.name,
                )
        rows: list[PipelineStage] = []
        for position, item in enumerate(items):
            row = existing.get(item.id) if item.id else None
            if row is None:
                row = PipelineStage()
                s.add(row)
            row.name, row.position, row.probability = item.name, position, item.probability
            row.is_won, row.is_lost, row.stall_days = item.is_won, item.is_lost, item.stall_days
            rows.append(row)
        s.flush()
        now = utcnow()
        for stage_id, row in existing.items():
            if stage_id in kept_ids:
                continue
            deals = s.scalars(
                select(Opportunity).where(
                    Opportunity.stage_id == stage_id, Opportunity.deleted_at.is_(None)
                )
            ).all()
            if deals:
                target_id = move_to.get(stage_id)
                target = next((r for r in rows if r.id == target_id), None)
                if target is None:
                    raise StageError(
                        "move_to",
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{name} still holds {count} deals: choose the stage to move them to.",
                        ),
                        stage_id,
                        name=row.name,
                        count=len(deals),
                    )
                for deal in deals:
                    record_move(s, deal, target, user_id, now, keep_close_date=True)
            row.deleted_at = now
        return [as_stage(r) for r in rows]
