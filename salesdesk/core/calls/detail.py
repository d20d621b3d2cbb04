"""Everything about one call, as the call window shows it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import aliased

from ..db import Database
from ..domain import CallStage
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (
    Account,
    Call,
    CallAttendee,
    CallFeedback,
    CallObjection,
    CallQuestion,
    DebriefVersion,
    User,
)
from .errors import CallInputError
from .listing import STAGE
from .planning import left_open, split_lines


@dataclass(frozen=True)
class QuestionState:
    id: uuid.UUID
    text: str
    asked: bool
    carried_from: uuid.UUID | None


@dataclass(frozen=True)
class ObjectionState:
    id: uuid.UUID
    objection: str
    answer: str | None
    raised: bool
    resolved: bool
    carried_from: uuid.UUID | None


@dataclass(frozen=True)
class Feedback:
    section: str
    comment: str
    reviewer_id: uuid.UUID | None
    reviewer: str | None
    at: datetime


@dataclass(frozen=True)
class VersionItem:
    number: int
    author: str | None
    at: datetime
    content: dict


@dataclass(frozen=True)
class CallDetail:
    id: uuid.UUID
    account_id: uuid.UUID
    account: str
    city: str | None
    opportunity_id: uuid.UUID | None
    owner_id: uuid.UUID | None
    owner: str | None
    call_type: str
    status: str
    stage: CallStage
    start: datetime | None
    duration_min: int
    objective: str | None
    materials: str | None
    attendee_ids: list[uuid.UUID]
    questions: list[QuestionState]
    objections: list[ObjectionState]
    checked_in_at: datetime | None
    checked_out_at: datetime | None
    check_in_lat: float | None
    check_in_lon: float | None
    notes: str | None
    outcome: str | None
    went_well: str | None
    to_improve: str | None
    unasked_questions: list[str]
    unresolved_objections: list[dict]
    next_steps: list[str]
    debriefed_at: datetime | None
    debrief_version: int
    review_status: str
    reviewer_id: uuid.UUID | None
    reviewer: str | None
    review_requested_at: datetime | None
    reviewed_at: datetime | None
    created_by_rule: str | None
    feedback: list[Feedback] = field(default_factory=list)
    versions: list[VersionItem] = field(default_factory=list)


def call_detail(db: Database, call_id: uuid.UUID) -> CallDetail:
    owner, reviewer = aliased(User), aliased(User)
    with db.read() as s:
        row = s.execute(
            select(Call, STAGE, Account.name, Account.city, owner.name, reviewer.name)
            .join(Account, Account.id == Call.account_id)
            .outerjoin(owner, owner.id == Call.owner_id)
            .outerjoin(reviewer, reviewer.id == Call.reviewer_id)
            .where(Call.id == call_id, Call.deleted_at.is_(None))
        ).first()
        if row is None:
            raise CallInputError(
                "call", QT_TRANSLATE_NOOP("Errors", "This call was deleted meanwhile.")
            )
        c, stage, account, city, owner_name, reviewer_name = row
        unasked, unresolved = left_open(s, c) if c.debriefed_at else ([], [])
        attendees = list(
            s.scalars(select(CallAttendee.contact_id).where(CallAttendee.call_id == call_id))
        )
        questions = [
            QuestionState(q.id, q.text, q.asked, q.carried_from_call_id)
            for q in s.scalars(
                select(CallQuestion)
                .where(CallQuestion.call_id == call_id)
                .order_by(CallQuestion.position)
            )
        ]
        objections = [
            ObjectionState(
                o.id, o.objection, o.prepared_answer, o.raised, o.resolved, o.carried_from_call_id
            )
            for o in s.scalars(
                select(CallObjection)
                .where(CallObjection.call_id == call_id)
                .order_by(CallObjection.created_at, CallObjection.objection)
            )
        ]
        author = aliased(User)
        feedback = [
            Feedback(f.section, f.comment, f.reviewer_id, name, f.updated_at)
            for f, name in s.execute(
                select(CallFeedback, author.name)
                .outerjoin(author, author.id == CallFeedback.reviewer_id)
                .where(CallFeedback.call_id == call_id, CallFeedback.deleted_at.is_(None))
                .order_by(CallFeedback.created_at)
            )
        ]
        versions = [
            VersionItem(v.number, name, v.created_at, dict(v.content))
            for v, name in s.execute(
                select(DebriefVersion, author.name)
                .outerjoin(author, author.id == DebriefVersion.author_id)
                .where(DebriefVersion.call_id == call_id)
                .order_by(DebriefVersion.number.desc())
            )
        ]
    return CallDetail(
        c.id,
        c.account_id,
        account,
        city,
        c.opportunity_id,
        c.owner_id,
        owner_name,
        c.call_type,
        c.status,
        CallStage(stage),
        c.planned_start,
        c.duration_min,
        c.objective,
        c.materials,
        attendees,
        questions,
        objections,
        c.checked_in_at,
        c.checked_out_at,
        c.check_in_lat,
        c.check_in_lon,
        c.notes,
        c.outcome,
        c.went_well,
        c.to_improve,
        unasked,
        unresolved,
        split_lines(c.next_steps),
        c.debriefed_at,
        c.debrief_version,
        c.review_status,
        c.reviewer_id,
        reviewer_name,
        c.review_requested_at,
        c.reviewed_at,
        c.created_by_rule,
        feedback,
        versions,
    )
