"""Plan a call: who, when, why, what to ask, what they may object; and what history says.

One plan save is one transaction: the call, its attendees, questions and objections,
and the removal of the plan's draft, together or not at all.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from ..db import Database
from ..domain import ActionStatus, CallStatus, CallType
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (
    Account,
    AccountPlan,
    Call,
    CallAttendee,
    CallObjection,
    CallQuestion,
    Contact,
    ObjectionLibraryEntry,
    Opportunity,
    PipelineStage,
    PlanAction,
    QuestionBankEntry,
)
from .drafts import drop_draft
from .errors import CallInputError, live_call

MAX_DURATION_MIN = 12 * 60


@dataclass(frozen=True)
class QuestionInput:
    text: str
    carried_from: uuid.UUID | None = None  # the call whose debrief left it unasked


@dataclass(frozen=True)
class ObjectionInput:
    objection: str
    answer: str = ""
    carried_from: uuid.UUID | None = None


@dataclass(frozen=True)
class PlanInput:
    account_id: uuid.UUID | None
    start: datetime | None  # naive UTC
    duration_min: int = 45
    call_type: str = CallType.VISIT
    objective: str = ""
    materials: str = ""
    attendee_ids: tuple[uuid.UUID, ...] = ()
    questions: tuple[QuestionInput, ...] = ()
    objections: tuple[ObjectionInput, ...] = ()
    opportunity_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ContactItem:
    id: uuid.UUID
    name: str
    title: str | None
    email: str | None


@dataclass(frozen=True)
class DealItem:
    id: uuid.UUID
    name: str
    stage: str
    stage_id: uuid.UUID
    amount: float
    close_date: date | None


@dataclass(frozen=True)
class ActionItem:
    title: str
    due: date | None
    status: str


@dataclass(frozen=True)
class PlanHistory:
    """What matters from the account's history when planning its next call."""

    account_id: uuid.UUID
    account: str
    contacts: list[ContactItem] = field(default_factory=list)
    last_call_id: uuid.UUID | None = None
    last_call_start: datetime | None = None
    last_outcome: str | None = None
    last_next_steps: list[str] = field(default_factory=list)
    carried_questions: list[QuestionInput] = field(default_factory=list)
    carried_objections: list[ObjectionInput] = field(default_factory=list)
    open_deals: list[DealItem] = field(default_factory=list)
    plan_actions: list[ActionItem] = field(default_factory=list)


@dataclass(frozen=True)
class BankQuestion:
    id: uuid.UUID
    text: str
    call_type: str | None
    stage: str | None


@dataclass(frozen=True)
class LibraryObjection:
    id: uuid.UUID
    objection: str
    answer: str | None
    times_used: int
    times_resolved: int


def plan_call(
    db: Database,
    user_id: uuid.UUID | None,
    plan: PlanInput,
    call_id: uuid.UUID | None = None,
    draft_key: str | None = None,
) -> uuid.UUID:
    """Create (or, with `call_id`, update) a planned call; return its id.

    Updating keeps what the run already recorded: a question or objection whose text
    is unchanged keeps its asked / raised / resolved ticks.
    """
    _validate(plan)
    with db.write() as s:
        account = s.get(Account, plan.account_id)
        if account is None or account.deleted_at is not None:
            raise CallInputError(
                "account", QT_TRANSLATE_NOOP("Errors", "The account of this call no longer exists.")
            )
        _check_links(s, plan)
        if call_id is None:
            call = Call(owner_id=user_id, status=CallStatus.PLANNED)
            s.add(call)
        else:
            call = live_call(s, call_id)
        call.account_id = plan.account_id
        call.opportunity_id = plan.opportunity_id
        call.call_type = plan.call_type
        call.planned_start = plan.start
        call.duration_min = plan.duration_min
        call.objective = plan.objective.strip() or None
        call.materials = plan.materials.strip() or None
        s.flush()
        _replace_children(s, call.id, plan)
        drop_draft(s, user_id, draft_key)
        return call.id


def _validate(plan: PlanInput) -> None:
    if plan.account_id is None:
        raise CallInputError(
            "account", QT_TRANSLATE_NOOP("Errors", "Choose the account this call is with.")
        )
    if plan.start is None:
        raise CallInputError("start", QT_TRANSLATE_NOOP("Errors", "Give the call a date and time."))
    if not 1 <= plan.duration_min <= MAX_DURATION_MIN:
        raise CallInputError(
            "duration",
            QT_TRANSLATE_NOOP("Errors", "A call lasts from 1 minute to {hours} hours."),
            hours=MAX_DURATION_MIN // 60,
        )
    if plan.call_type not in CallType._value2member_map_:
        raise CallInputError(
            "type", QT_TRANSLATE_NOOP("Errors", "Unknown call type {value}."), value=plan.call_type
        )


def _check_links(s: Session, plan: PlanInput) -> None:
    if plan.attendee_ids:
        found = set(
            s.scalars(
                select(Contact.id).where(
                    Contact.id.in_(plan.attendee_ids),
                    Contact.account_id == plan.account_id,
                    Contact.deleted_at.is_(None),
                )
            )
        )
        if len(found) != len(set(plan.attendee_ids)):
            raise CallInputError(
                "attendees",
                QT_TRANSLATE_NOOP("Errors", "Attendees must be contacts of the call's account."),
            )
    if plan.opportunity_id is not None:
        deal = s.get(Opportunity, plan.opportunity_id)
        if deal is None or deal.account_id != plan.account_id:
            raise CallInputError(
                "deal", QT_TRANSLATE_NOOP("Errors", "The deal must belong to the call's account.")
            )


def _replace_children(s: Session, call_id: uuid.UUID, plan: PlanInput) -> None:
    s.execute(delete(CallAttendee).where(CallAttendee.call_id == call_id))
    for contact_id in dict.fromkeys(plan.attendee_ids):
        s.add(CallAttendee(call_id=call_id, contact_id=contact_id))

    # Questions keep their row (and id, and tick) while their text stays: a run form
    # open on another tab, or its draft, still points at them.
    existing = {
        q.text: q for q in s.scalars(select(CallQuestion).where(CallQuestion.call_id == call_id))
    }
    position = 0
    for q in plan.questions:
        text = q.text.strip()
        if not text:
            continue
        row = existing.pop(text, None)
        if row is None:
            row = CallQuestion(call_id=call_id, text=text, carried_from_call_id=q.carried_from)
            s.add(row)
        row.position = position
        position += 1
    for gone in existing.values():
        s.delete(gone)

    objections = {
        o.objection: o
        for o in s.scalars(select(CallObjection).where(CallObjection.call_id == call_id))
    }
    for o in plan.objections:
        text = o.objection.strip()
        if not text:
            continue
        row = objections.pop(text, None)
        if row is None:
            row = CallObjection(
                call_id=call_id, objection=text, carried_from_call_id=o.carried_from
            )
            s.add(row)
        row.prepared_answer = o.answer.strip() or None
    for gone in objections.values():
        s.delete(gone)


def plan_history(
    db: Database, account_id: uuid.UUID, before: uuid.UUID | None = None
) -> PlanHistory:
    """What the account's history brings to a new plan (or to call `before`'s plan).

    The carried questions and objections are those the latest debriefed call (other
    than `before`) left unasked and unresolved.
    """
    with db.read() as s:
        account = s.get(Account, account_id)
        if account is None:
            raise CallInputError(
                "account", QT_TRANSLATE_NOOP("Errors", "The account of this call no longer exists.")
            )
        contacts = [
            ContactItem(c.id, c.name, c.title, c.email)
            for c in s.scalars(
                select(Contact)
                .where(Contact.account_id == account_id, Contact.deleted_at.is_(None))
                .order_by(Contact.last_name, Contact.first_name)
            )
        ]
        last_q = select(Call).where(
            Call.account_id == account_id,
            Call.deleted_at.is_(None),
            Call.debriefed_at.is_not(None),
        )
        if before is not None:
            # the call before that one: its start, not today, decides what came first
            start = s.scalar(select(Call.planned_start).where(Call.id == before))
            last_q = last_q.where(Call.id != before)
            if start is not None:
                last_q = last_q.where(Call.planned_start < start)
        last = s.scalar(last_q.order_by(Call.planned_start.desc().nulls_last()).limit(1))
        unasked, unresolved = left_open(s, last) if last is not None else ([], [])
        deals = [
            DealItem(o.id, o.name, stage.name, stage.id, o.amount or 0.0, o.close_date)
            for o, stage in s.execute(
                select(Opportunity, PipelineStage)
                .join(PipelineStage, PipelineStage.id == Opportunity.stage_id)
                .where(
                    Opportunity.account_id == account_id,
                    Opportunity.deleted_at.is_(None),
                    ~PipelineStage.is_won,
                    ~PipelineStage.is_lost,
                )
                .order_by(Opportunity.close_date.nulls_last())
            )
        ]
        actions = [
            ActionItem(a.title, a.due_date, a.status)
            for a in s.scalars(
                select(PlanAction)
                .join(AccountPlan, AccountPlan.id == PlanAction.plan_id)
                .where(
                    AccountPlan.account_id == account_id,
                    PlanAction.deleted_at.is_(None),
                    PlanAction.status != ActionStatus.DONE,
                )
                .order_by(PlanAction.due_date.nulls_last())
            )
        ]
    history = PlanHistory(
        account_id, account.name, contacts, open_deals=deals, plan_actions=actions
    )
    if last is None:
        return history
    return PlanHistory(
        account_id,
        account.name,
        contacts,
        last_call_id=last.id,
        last_call_start=last.planned_start,
        last_outcome=last.outcome,
        last_next_steps=split_lines(last.next_steps),
        carried_questions=[QuestionInput(t, last.id) for t in unasked],
        carried_objections=[
            ObjectionInput(o["objection"], o.get("answer") or "", last.id) for o in unresolved
        ],
        open_deals=deals,
        plan_actions=actions,
    )


def carry_into(s: Session, call: Call) -> None:
    """Give a call planned without a person's plan (a follow-up made from a debrief, a
    calendar import) the questions and objections the account's last debriefed call
    before it left open, as the plan form does for a new call."""
    has_plan = s.scalar(
        select(func.count()).select_from(CallQuestion).where(CallQuestion.call_id == call.id)
    ) or s.scalar(
        select(func.count()).select_from(CallObjection).where(CallObjection.call_id == call.id)
    )
    if has_plan:
        return
    last_q = select(Call).where(
        Call.account_id == call.account_id,
        Call.id != call.id,
        Call.deleted_at.is_(None),
        Call.debriefed_at.is_not(None),
    )
    if call.planned_start is not None:
        last_q = last_q.where(Call.planned_start < call.planned_start)
    last = s.scalar(last_q.order_by(Call.planned_start.desc().nulls_last()).limit(1))
    if last is None:
        return
    questions, objections = left_open(s, last)
    for position, text in enumerate(questions):
        s.add(
            CallQuestion(
                call_id=call.id, position=position, text=text, carried_from_call_id=last.id
            )
        )
    for o in objections:
        s.add(
            CallObjection(
                call_id=call.id,
                objection=o["objection"],
                prepared_answer=o.get("answer") or None,
                carried_from_call_id=last.id,
            )
        )


def left_open(s: Session, call: Call) -> tuple[list[str], list[dict]]:
    """The questions a debriefed call left unasked and the objections left unresolved.

    The debrief's own lists when it has them; for a debrief written before they were
    kept (older files, demo data) the plan's unticked questions and the objections
    raised and not resolved.
    """
    if call.unasked_questions is not None:
        questions = [t for t in call.unasked_questions if isinstance(t, str) and t]
    else:
        questions = list(
            s.scalars(
                select(CallQuestion.text)
                .where(CallQuestion.call_id == call.id, ~CallQuestion.asked)
                .order_by(CallQuestion.position)
            )
        )
    if call.unresolved_objections is not None:
        objections = [
            {"objection": o["objection"], "answer": o.get("answer") or ""}
            for o in call.unresolved_objections
            if isinstance(o, dict) and o.get("objection")
        ]
    else:
        objections = [
            {"objection": o.objection, "answer": o.prepared_answer or ""}
            for o in s.scalars(
                select(CallObjection).where(
                    CallObjection.call_id == call.id, CallObjection.raised, ~CallObjection.resolved
                )
            )
        ]
    return questions, objections


def split_lines(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def question_bank(
    db: Database, call_type: str | None = None, stage_id: uuid.UUID | None = None
) -> list[BankQuestion]:
    """Questions for this call type and deal stage (and the general ones), best match first."""
    stmt = (
        select(QuestionBankEntry, PipelineStage.name)
        .outerjoin(PipelineStage, PipelineStage.id == QuestionBankEntry.stage_id)
        .where(QuestionBankEntry.deleted_at.is_(None))
    )
    if call_type:
        stmt = stmt.where(
            or_(QuestionBankEntry.call_type.is_(None), QuestionBankEntry.call_type == call_type)
        )
    if stage_id is not None:
        stmt = stmt.where(
            or_(QuestionBankEntry.stage_id.is_(None), QuestionBankEntry.stage_id == stage_id)
        )
    specific = (QuestionBankEntry.stage_id.is_not(None)) | (
        QuestionBankEntry.call_type.is_not(None)
    )
    stmt = stmt.order_by(specific.desc(), QuestionBankEntry.text)
    with db.read() as s:
        return [BankQuestion(q.id, q.text, q.call_type, stage) for q, stage in s.execute(stmt)]


def add_to_question_bank(
    db: Database, text: str, call_type: str | None = None, stage_id: uuid.UUID | None = None
) -> uuid.UUID:
    """Keep a typed question for later plans (once: the same text is not added twice)."""
    text = text.strip()
    if not text:
        raise CallInputError("question", QT_TRANSLATE_NOOP("Errors", "The question is empty."))
    with db.write() as s:
        existing = s.scalar(
            select(QuestionBankEntry.id).where(
                func.lower(QuestionBankEntry.text) == text.lower(),
                QuestionBankEntry.deleted_at.is_(None),
            )
        )
        if existing is not None:
            return existing
        entry = QuestionBankEntry(text=text, call_type=call_type, stage_id=stage_id)
        s.add(entry)
        s.flush()
        return entry.id


def objection_library(db: Database) -> list[LibraryObjection]:
    """Objections heard before, the answers that worked most often first."""
    with db.read() as s:
        return [
            LibraryObjection(o.id, o.objection, o.answer, o.times_used, o.times_resolved)
            for o in s.scalars(
                select(ObjectionLibraryEntry)
                .where(ObjectionLibraryEntry.deleted_at.is_(None))
                .order_by(
                    ObjectionLibraryEntry.times_resolved.desc(), ObjectionLibraryEntry.objection
                )
            )
        ]
