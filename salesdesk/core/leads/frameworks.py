"""Qualification frameworks a manager keeps, which one a lead gets, and the managed list
of disqualification reasons.

A lead is assessed with the framework it was first answered under (so later edits to
other frameworks do not move its score); a new lead gets the framework assigned to its
source, else the one assigned to its owner's team, else the default one.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from ..db import Database
from ..errors import SalesDeskError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Lead, QualificationCriterion, QualificationFramework, User
from ..workspace import clean_phrases, set_setting, stored_phrases
from .icp import ICP_CRITERION
from .scoring import ANSWER_TYPES, AnswerError, Criterion, check_weights, choice_options

REASONS_KEY = "disqualify_reasons"
DEFAULT_REASONS = (
    "no budget",
    "not decision maker",
    "poor fit",
    "no need",
    "timing",
    "competitor",
    "duplicate",
    "unreachable",
)


class FrameworkError(SalesDeskError):
    """Bad framework input; `field` names the form field ("name", "criteria"...)."""

    def __init__(self, field_name: str, template: str, **params: object) -> None:
        self.field = field_name
        super().__init__(template, **params)


@dataclass(frozen=True)
class CriterionInput:
    name: str
    question: str
    answer_type: str
    weight: float
    required: bool = False
    options: object = None
    key: str | None = None  # kept from the stored criterion; made from the name if new
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class FrameworkInput:
    name: str
    criteria: Sequence[CriterionInput]
    qualify_threshold: float = 60.0
    lead_source: str | None = None
    manager_id: uuid.UUID | None = None
    is_default: bool = False
    description: str | None = None
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class Framework:
    id: uuid.UUID
    name: str
    qualify_threshold: float
    lead_source: str | None
    manager_id: uuid.UUID | None
    is_default: bool
    description: str | None
    criteria: tuple[Criterion, ...] = field(default_factory=tuple)
    criterion_ids: tuple[uuid.UUID, ...] = field(default_factory=tuple)

    def as_input(self) -> FrameworkInput:
        return FrameworkInput(
            self.name,
            [
                CriterionInput(
                    c.name, c.question, c.answer_type, c.weight, c.required, c.options, c.key, i
                )
                for c, i in zip(self.criteria, self.criterion_ids, strict=True)
            ],
            self.qualify_threshold,
            self.lead_source,
            self.manager_id,
            self.is_default,
            self.description,
            self.id,
        )


def load(s: Session, framework_id: uuid.UUID) -> Framework | None:
    row = s.get(QualificationFramework, framework_id)
    if row is None or row.deleted_at is not None:
        return None
    rows = s.scalars(
        select(QualificationCriterion)
        .where(
            QualificationCriterion.framework_id == framework_id,
            QualificationCriterion.deleted_at.is_(None),
        )
        .order_by(QualificationCriterion.position)
    ).all()
    return Framework(
        row.id,
        row.name,
        row.qualify_threshold,
        row.lead_source,
        row.manager_id,
        row.is_default,
        row.description,
        tuple(
            Criterion(c.key, c.name, c.answer_type, c.weight, c.required, c.options, c.question)
            for c in rows
        ),
        tuple(c.id for c in rows),
    )


def frameworks(db: Database) -> list[Framework]:
    with db.read() as s:
        ids = s.scalars(
            select(QualificationFramework.id)
            .where(QualificationFramework.deleted_at.is_(None))
            .order_by(QualificationFramework.is_default.desc(), QualificationFramework.name)
        ).all()
        return [f for f in (load(s, i) for i in ids) if f is not None]


def framework_for(s: Session, lead: Lead) -> Framework | None:
    """The framework the lead is (or will be) assessed with."""
    if lead.framework_id is not None:
        found = load(s, lead.framework_id)
        if found is not None:
            return found
    live = select(QualificationFramework).where(QualificationFramework.deleted_at.is_(None))
    if lead.source:
        for row in s.scalars(live.where(QualificationFramework.lead_source.is_not(None))):
            if row.lead_source.casefold() == lead.source.strip().casefold():
                return load(s, row.id)
    if lead.owner_id is not None:
        owner = s.get(User, lead.owner_id)
        team = {lead.owner_id} | ({owner.manager_id} if owner and owner.manager_id else set())
        row = s.scalars(
            live.where(QualificationFramework.manager_id.in_(team)).order_by(
                QualificationFramework.created_at
            )
        ).first()
        if row is not None:
            return load(s, row.id)
    row = s.scalars(
        live.order_by(QualificationFramework.is_default.desc(), QualificationFramework.created_at)
    ).first()
    return None if row is None else load(s, row.id)


def validate(data: FrameworkInput) -> FrameworkInput:
    """The input cleaned, or FrameworkError/AnswerError saying what to fix."""
    name = (data.name or "").strip()
    if not name:
        raise FrameworkError("name", QT_TRANSLATE_NOOP("Errors", "Give the framework a name."))
    if not 0 <= data.qualify_threshold <= 100:
        raise FrameworkError(
            "threshold",
            QT_TRANSLATE_NOOP("Errors", "The score to qualify must be between 0 and 100."),
        )
    criteria, keys = [], set()
    for item in data.criteria:
        c = _clean_criterion(item)
        if c.key in keys:
            if c.key == ICP_CRITERION:
                raise AnswerError(
                    c.key,
                    QT_TRANSLATE_NOOP(
                        "Errors", "Only one criterion can be answered from the customer profile."
                    ),
                )
            c = replace(c, key=_unique(c.key, keys))
        keys.add(c.key)
        criteria.append(c)
    check_weights([Criterion(c.key, c.name, c.answer_type, c.weight, c.required) for c in criteria])
    source = (data.lead_source or "").strip() or None
    description = (data.description or "").strip() or None
    return replace(data, name=name, criteria=criteria, lead_source=source, description=description)


def save_framework(db: Database, data: FrameworkInput) -> uuid.UUID:
    """Create or update a framework and its criteria in one transaction. Criteria left out
    are retired (answers already given to them stay with their leads)."""
    data = validate(data)
    with db.write() as s:
        if data.lead_source:
            taken = s.scalars(
                select(QualificationFramework.name).where(
                    QualificationFramework.deleted_at.is_(None),
                    func.lower(QualificationFramework.lead_source) == data.lead_source.lower(),
                    QualificationFramework.id != data.id if data.id else true(),
                )
            ).first()
            if taken is not None:
                raise FrameworkError(
                    "lead_source",
                    QT_TRANSLATE_NOOP(
                        "Errors", "Leads from {source} already get the framework {name}."
                    ),
                    source=data.lead_source,
                    name=taken,
                )
        row = s.get(QualificationFramework, data.id) if data.id else None
        if data.id is not None and (row is None or row.deleted_at is not None):
            raise FrameworkError(
                "name", QT_TRANSLATE_NOOP("Errors", "This framework was deleted meanwhile.")
            )
        if row is None:
            row = QualificationFramework()
            s.add(row)
        row.name = data.name
        row.qualify_threshold = data.qualify_threshold
        row.lead_source = data.lead_source
        row.manager_id = data.manager_id
        row.description = data.description
        row.is_default = data.is_default
        s.flush()
        if data.is_default:
            for other in s.scalars(
                select(QualificationFramework).where(
                    QualificationFramework.is_default.is_(True),
                    QualificationFramework.id != row.id,
                )
            ):
                other.is_default = False
        existing = {
            c.id: c
            for c in s.scalars(
                select(QualificationCriterion).where(
                    QualificationCriterion.framework_id == row.id,
                    QualificationCriterion.deleted_at.is_(None),
                )
            )
        }
        kept = set()
        for position, item in enumerate(data.criteria):
            crit = existing.get(item.id) if item.id else None
            if crit is None:
                crit = QualificationCriterion(framework_id=row.id)
                s.add(crit)
            else:
                kept.add(crit.id)
            crit.position = position
            crit.key = item.key
            crit.name = item.name
            crit.question = item.question
            crit.answer_type = item.answer_type
            crit.options = item.options
            crit.weight = item.weight
            crit.required = item.required
        from ..models.base import utcnow

        for crit_id, crit in existing.items():
            if crit_id not in kept:
                crit.deleted_at = utcnow()
        return row.id


def delete_framework(db: Database, framework_id: uuid.UUID) -> None:
    """Retire a framework; leads answered under it keep their answers and scores."""
    from ..models.base import utcnow

    with db.write() as s:
        row = s.get(QualificationFramework, framework_id)
        if row is None or row.deleted_at is not None:
            return
        left = s.scalar(
            select(QualificationFramework.id).where(
                QualificationFramework.deleted_at.is_(None),
                QualificationFramework.id != framework_id,
            )
        )
        if left is None:
            raise FrameworkError(
                "name",
                QT_TRANSLATE_NOOP(
                    "Errors", "This is the last framework; leads need one. Edit it instead."
                ),
            )
        row.deleted_at = utcnow()
        if row.is_default:
            row.is_default = False
            s.get(QualificationFramework, left).is_default = True


def disqualify_reasons(s: Session) -> list[str]:
    return stored_phrases(s, REASONS_KEY, DEFAULT_REASONS)


def save_disqualify_reasons(db: Database, reasons: Sequence[str]) -> list[str]:
    """Store the managed list (trimmed, no duplicates, order kept); leads keep the reason
    they were disqualified with even when it is removed from the list."""
    cleaned = clean_phrases(reasons)
    if not cleaned:
        raise FrameworkError(
            "reasons", QT_TRANSLATE_NOOP("Errors", "Keep at least one disqualification reason.")
        )
    with db.write() as s:
        set_setting(s, REASONS_KEY, cleaned)
    return cleaned


def _clean_criterion(item: CriterionInput) -> CriterionInput:
    name = " ".join((item.name or "").split())
    if not name:
        raise AnswerError(
            item.key or "", QT_TRANSLATE_NOOP("Errors", "Every criterion needs a name.")
        )
    question = (item.question or "").strip() or name
    if item.answer_type not in ANSWER_TYPES:
        raise AnswerError(
            item.key or "",
            QT_TRANSLATE_NOOP("Errors", "{name}: unknown answer type {kind}."),
            name=name,
            kind=item.answer_type,
        )
    options = item.options
    if item.answer_type == "choice":
        pairs = [(label.strip(), score) for label, score in choice_options(options)]
        pairs = [(label, score) for label, score in pairs if label]
        if len(pairs) < 2:
            raise AnswerError(
                item.key or "",
                QT_TRANSLATE_NOOP("Errors", "{name}: a choice needs at least two options."),
                name=name,
            )
        options = [{"label": label, "score": score} for label, score in pairs]
    elif item.answer_type == "scale":
        numbers = [o for o in options or [] if isinstance(o, int | float)]
        options = numbers if len(numbers) >= 2 else [1, 2, 3, 4, 5]
        if min(options) >= max(options):
            raise AnswerError(
                item.key or "",
                QT_TRANSLATE_NOOP(
                    "Errors", "{name}: the scale's lowest point must be below its highest."
                ),
                name=name,
            )
    elif item.answer_type == "number":
        options = options if isinstance(options, dict) and options else None
    else:
        options = None
    key = item.key or _slug(name)
    return replace(item, name=name, question=question, options=options, key=key)


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")[:36]
    return slug or "criterion_" + uuid.uuid4().hex[:8]


def _unique(key: str, taken: set[str]) -> str:
    n = 2
    while f"{key}_{n}" in taken:
        n += 1
    return f"{key}_{n}"
