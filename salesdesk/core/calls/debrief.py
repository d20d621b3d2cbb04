"""Debrief a call: what went well, what to improve, what was left, what happens next.

Submitting is one transaction: the debrief, a numbered version of it (edits after
submission add a version, they never overwrite one), the follow-up tasks and calls its
next steps asked for, the objection library's tally, a touch on the account, and the
removal of the draft.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select

from ..automation import rules
from ..db import Database
from ..domain import CallStatus, Channel
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (
    Call,
    CallObjection,
    CallQuestion,
    DebriefVersion,
    ObjectionLibraryEntry,
    Task,
    Touch,
    utcnow,
)
from .drafts import drop_draft
from .errors import CallInputError, live_call
from .planning import carry_into, left_open, split_lines

FOLLOW_UP_RULE = "debrief_next_step"  # automation.rules.DEBRIEF_NEXT_STEP
FOLLOW_UP_SOURCE = "debrief"
NONE, TASK, CALL = "none", "task", "call"


@dataclass(frozen=True)
class NextStep:
    text: str
    follow_up: str = NONE  # "none", "task" (due on `due`) or "call" (starting at `start`)
    due: date | None = None
    start: datetime | None = None  # naive UTC


@dataclass(frozen=True)
class DebriefInput:
    went_well: str = ""
    to_improve: str = ""
    outcome: str = ""
    unasked_questions: tuple[str, ...] = ()
    # ({"objection": ..., "answer": ...}, ...): what is still open, with the answer to try
    unresolved_objections: tuple[dict, ...] = ()
    next_steps: tuple[NextStep, ...] = ()


@dataclass(frozen=True)
class DebriefResult:
    version: int
    tasks: list[uuid.UUID] = field(default_factory=list)
    calls: list[uuid.UUID] = field(default_factory=list)


def debrief_defaults(db: Database, call_id: uuid.UUID) -> DebriefInput:
    """The debrief form's starting point: the submitted debrief, or one pre-filled from
    the plan (questions not ticked as asked, objections raised and not resolved)."""
    with db.read() as s:
        call = live_call(s, call_id)
        if call.debriefed_at is not None:
            unasked, unresolved = left_open(s, call)
            return DebriefInput(
                call.went_well or "",
                call.to_improve or "",
                call.outcome or "",
                tuple(unasked),
                tuple(unresolved),
                _submitted_steps(s, call),
            )
        questions = s.scalars(
            select(CallQuestion.text)
            .where(CallQuestion.call_id == call_id, ~CallQuestion.asked)
            .order_by(CallQuestion.position)
        ).all()
        objections = s.scalars(
            select(CallObjection).where(
                CallObjection.call_id == call_id, CallObjection.raised, ~CallObjection.resolved
            )
        ).all()
        return DebriefInput(
            outcome=call.outcome or "",
            unasked_questions=tuple(questions),
            unresolved_objections=tuple(
                {"objection": o.objection, "answer": o.prepared_answer or ""} for o in objections
            ),
        )


def submit_debrief(
    db: Database,
    user_id: uuid.UUID | None,
    call_id: uuid.UUID,
    debrief: DebriefInput,
    draft_key: str | None = None,
    now: datetime | None = None,
) -> DebriefResult:
    """Submit (or re-submit, as a new version) the debrief of `call_id`."""
    now = now or utcnow()
    steps = [NextStep(st.text.strip(), st.follow_up, st.due, st.start) for st in debrief.next_steps]
    steps = [st for st in steps if st.text]
    _validate(debrief, steps)
    with db.write() as s:
        call = live_call(s, call_id)
        if call.status == CallStatus.CANCELLED:
            raise CallInputError(
                "call", QT_TRANSLATE_NOOP("Errors", "A cancelled call has no debrief.")
            )
        if (
            call.checked_in_at is None
            and call.planned_start is not None
            and call.planned_start > now
        ):
            raise CallInputError(
                "call",
                QT_TRANSLATE_NOOP(
                    "Errors", "This call has not happened yet: check in first, or debrief it after."
                ),
            )
        first = call.debriefed_at is None
        if not first and call.debrief_version == 0:
            # Submitted before versions were kept: that text becomes version 1.
            s.add(
                DebriefVersion(
                    call_id=call.id, number=1, author_id=call.owner_id, content=_content_of(s, call)
                )
            )
            call.debrief_version = 1
        call.went_well = debrief.went_well.strip() or None
        call.to_improve = debrief.to_improve.strip() or None
        call.outcome = debrief.outcome.strip() or None
        call.unasked_questions = [q.strip() for q in debrief.unasked_questions if q.strip()]
        call.unresolved_objections = [
            {"objection": o["objection"].strip(), "answer": (o.get("answer") or "").strip()}
            for o in debrief.unresolved_objections
            if (o.get("objection") or "").strip()
        ]
        call.next_steps = "\n".join(st.text for st in steps) or None
        if first:
            call.debriefed_at = now
            if call.status in (CallStatus.PLANNED, CallStatus.IN_PROGRESS):
                call.status = CallStatus.DONE
            _tally_objections(s, call.id)
            s.add(
                Touch(
                    account_id=call.account_id,
                    opportunity_id=call.opportunity_id,
                    call_id=call.id,
                    user_id=call.owner_id,
                    channel=_channel(call.call_type),
                    outcome=call.outcome,
                    occurred_at=call.checked_in_at or call.planned_start or now,
                )
            )
        call.debrief_version += 1
        content = _content_of(s, call)
        content["next_steps"] = [
            asdict(st) | {"due": _iso(st.due), "start": _iso(st.start)} for st in steps
        ]
        s.add(
            DebriefVersion(
                call_id=call.id, number=call.debrief_version, author_id=user_id, content=content
            )
        )
        # With the rule off the next steps stay notes (in next_steps and the version).
        tasks, calls = (
            _follow_ups(s, call, steps, user_id) if rules.enabled(s, FOLLOW_UP_RULE) else ([], [])
        )
        drop_draft(s, user_id, draft_key)
        return DebriefResult(call.debrief_version, tasks, calls)


def _submitted_steps(s, call: Call) -> tuple[NextStep, ...]:
    """The next steps as last submitted, with the follow-up each asked for."""
    content = s.scalar(
        select(DebriefVersion.content)
        .where(DebriefVersion.call_id == call.id)
        .order_by(DebriefVersion.number.desc())
        .limit(1)
    )
    steps = []
    for st in (content or {}).get("next_steps") or []:
        if isinstance(st, dict) and st.get("text"):
            due, start = st.get("due"), st.get("start")
            steps.append(
                NextStep(
                    st["text"],
                    st.get("follow_up") or NONE,
                    date.fromisoformat(due) if due else None,
                    datetime.fromisoformat(start) if start else None,
                )
            )
    return tuple(steps) or tuple(NextStep(t) for t in split_lines(call.next_steps))


def _validate(debrief: DebriefInput, steps: list[NextStep]) -> None:
    if not (
        debrief.went_well.strip() or debrief.to_improve.strip() or steps or debrief.outcome.strip()
    ):
        raise CallInputError(
            "went_well",
            QT_TRANSLATE_NOOP(
                "Errors",
                "Write at least what went well, what to improve, the outcome or a next step.",
            ),
        )
    for st in steps:
        if st.follow_up == TASK and st.due is None:
            raise CallInputError(
                "next_steps",
                QT_TRANSLATE_NOOP("Errors", "Give the follow-up task “{text}” a due date."),
                text=st.text,
            )
        if st.follow_up == CALL and st.start is None:
            raise CallInputError(
                "next_steps",
                QT_TRANSLATE_NOOP("Errors", "Give the follow-up call “{text}” a date and time."),
                text=st.text,
            )
        if st.follow_up not in (NONE, TASK, CALL):
            raise CallInputError(
                "next_steps",
                QT_TRANSLATE_NOOP("Errors", "Unknown follow-up {value}."),
                value=st.follow_up,
            )


def _follow_ups(s, call: Call, steps: list[NextStep], user_id) -> tuple[list, list]:
    """Create the tasks and calls the next steps ask for, once each (a re-submitted
    debrief finds the ones it made before by call and text)."""
    tasks, calls = [], []
    owner = call.owner_id or user_id
    for st in steps:
        if st.follow_up == TASK:
            exists = s.scalar(
                select(Task.id).where(
                    Task.call_id == call.id,
                    Task.title == st.text[:300],
                    Task.created_by_rule == FOLLOW_UP_RULE,
                )
            )
            if exists is None:
                task = Task(
                    title=st.text[:300],
                    due_date=st.due,
                    owner_id=owner,
                    account_id=call.account_id,
                    opportunity_id=call.opportunity_id,
                    call_id=call.id,
                    created_by_rule=FOLLOW_UP_RULE,
                )
                s.add(task)
                s.flush()
                tasks.append(task.id)
        elif st.follow_up == CALL:
            source_id = f"{call.id}:{st.text}"[:300]
            exists = s.scalar(
                select(Call.id).where(
                    Call.source_system == FOLLOW_UP_SOURCE, Call.source_id == source_id
                )
            )
            if exists is None:
                nxt = Call(
                    account_id=call.account_id,
                    opportunity_id=call.opportunity_id,
                    owner_id=owner,
                    call_type=call.call_type,
                    status=CallStatus.PLANNED,
                    planned_start=st.start,
                    duration_min=call.duration_min,
                    objective=st.text,
                    created_by_rule=FOLLOW_UP_RULE,
                    source_system=FOLLOW_UP_SOURCE,
                    source_id=source_id,
                )
                s.add(nxt)
                s.flush()
                carry_into(s, nxt)
                calls.append(nxt.id)
    return tasks, calls


def _tally_objections(s, call_id: uuid.UUID) -> None:
    """Remember, per objection, how often it came up and how often the answer worked."""
    raised = s.scalars(
        select(CallObjection).where(CallObjection.call_id == call_id, CallObjection.raised)
    ).all()
    for o in raised:
        entry = s.scalar(
            select(ObjectionLibraryEntry).where(
                ObjectionLibraryEntry.objection == o.objection,
                ObjectionLibraryEntry.deleted_at.is_(None),
            )
        )
        if entry is None:
            entry = ObjectionLibraryEntry(objection=o.objection, times_used=0, times_resolved=0)
            s.add(entry)
        entry.times_used = (entry.times_used or 0) + 1
        if o.resolved:
            entry.times_resolved = (entry.times_resolved or 0) + 1
            if o.prepared_answer:
                entry.answer = o.prepared_answer


def _content_of(s, call: Call) -> dict:
    unasked, unresolved = left_open(s, call)
    return {
        "went_well": call.went_well,
        "to_improve": call.to_improve,
        "outcome": call.outcome,
        "unasked_questions": unasked,
        "unresolved_objections": unresolved,
        "next_steps": [{"text": t} for t in split_lines(call.next_steps)],
    }


def _channel(call_type: str) -> str:
    return call_type if call_type in Channel._value2member_map_ else Channel.VISIT


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def default_follow_up_day(today: date) -> date:
    """A week on, moved off the weekend: what a follow-up defaults to."""
    day = today + timedelta(days=7)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day
