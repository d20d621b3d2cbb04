"""Run a call: check in at the door, tick what was asked and raised, check out.

Checking out records the call's time for the time audit (selling face to face for a
visit, remote selling otherwise), once per call, and for a visit the drive that led to
it (drive_time.py).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select

from ..db import Database
from ..domain import CallStatus, CallType, TimeSource
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Call, CallObjection, CallQuestion, TimeEntry, utcnow
from .drafts import drop_draft
from .drive_time import record_drive
from .errors import CallInputError, live_call

TIME_RULE = "call_check_out"
SELLING = ("selling_face_to_face", "selling_remote")


@dataclass(frozen=True)
class RunInput:
    """What the run form holds. Times are naive UTC; None leaves a time unset."""

    checked_in_at: datetime | None = None
    checked_out_at: datetime | None = None
    notes: str = ""
    outcome: str = ""
    asked: dict[uuid.UUID, bool] = field(default_factory=dict)  # question id -> asked
    # objection id -> (raised, resolved)
    objections: dict[uuid.UUID, tuple[bool, bool]] = field(default_factory=dict)
    # where the check-in happened; None keeps what is stored (cleared with the check-in)
    check_in_lat: float | None = None
    check_in_lon: float | None = None


def check_in(
    db: Database,
    call_id: uuid.UUID,
    at: datetime | None = None,
    lat: float | None = None,
    lon: float | None = None,
) -> datetime:
    """Mark the call started (now, or `at`); return the time recorded."""
    at = at or utcnow()
    with db.write() as s:
        call = live_call(s, call_id)
        if call.status == CallStatus.CANCELLED:
            raise CallInputError(
                "check_in", QT_TRANSLATE_NOOP("Errors", "This call was cancelled.")
            )
        if call.checked_in_at is not None:
            raise CallInputError(
                "check_in",
                QT_TRANSLATE_NOOP("Errors", "Already checked in at {time}."),
                time=_local_clock(call.checked_in_at),
            )
        _check_location(lat, lon)
        call.checked_in_at = at
        call.check_in_lat, call.check_in_lon = lat, lon
        if call.status == CallStatus.PLANNED:
            call.status = CallStatus.IN_PROGRESS
    return at


def check_out(db: Database, call_id: uuid.UUID, at: datetime | None = None) -> datetime:
    """Mark the call finished (now, or `at`); return the time recorded."""
    at = at or utcnow()
    with db.write() as s:
        call = live_call(s, call_id)
        if call.checked_in_at is None:
            raise CallInputError(
                "check_out", QT_TRANSLATE_NOOP("Errors", "Check in before checking out.")
            )
        _check_order(call.checked_in_at, at)
        call.checked_out_at = at
        if call.status in (CallStatus.PLANNED, CallStatus.IN_PROGRESS):
            call.status = CallStatus.DONE
        _record_time(s, call)
    return at


def save_run(
    db: Database,
    user_id: uuid.UUID | None,
    call_id: uuid.UUID,
    run: RunInput,
    draft_key: str | None = None,
) -> None:
    """Save the run form: times, notes, outcome, the ticks. One transaction."""
    if run.checked_out_at is not None and run.checked_in_at is None:
        raise CallInputError(
            "check_out", QT_TRANSLATE_NOOP("Errors", "Check in before checking out.")
        )
    if run.checked_in_at is not None and run.checked_out_at is not None:
        _check_order(run.checked_in_at, run.checked_out_at)
    with db.write() as s:
        call = live_call(s, call_id)
        _check_location(run.check_in_lat, run.check_in_lon)
        call.checked_in_at = run.checked_in_at
        call.checked_out_at = run.checked_out_at
        if run.checked_in_at is None:
            call.check_in_lat = call.check_in_lon = None
        elif run.check_in_lat is not None:
            call.check_in_lat, call.check_in_lon = run.check_in_lat, run.check_in_lon
        call.notes = run.notes.strip() or None
        call.outcome = run.outcome.strip() or None
        if call.status != CallStatus.CANCELLED:
            if run.checked_out_at is not None:
                call.status = CallStatus.DONE
            elif run.checked_in_at is not None:
                call.status = CallStatus.IN_PROGRESS
            elif call.debriefed_at is None:
                call.status = CallStatus.PLANNED
        for q in s.scalars(select(CallQuestion).where(CallQuestion.call_id == call_id)):
            if q.id in run.asked:
                q.asked = bool(run.asked[q.id])
        for o in s.scalars(select(CallObjection).where(CallObjection.call_id == call_id)):
            if o.id in run.objections:
                raised, resolved = run.objections[o.id]
                o.raised = bool(raised or resolved)
                o.resolved = bool(resolved)
        _record_time(s, call)
        drop_draft(s, user_id, draft_key)


def cancel_call(db: Database, call_id: uuid.UUID) -> None:
    """Cancel a call that has not happened (planned, or checked in by mistake)."""
    with db.write() as s:
        call = live_call(s, call_id)
        if call.debriefed_at is not None or call.checked_out_at is not None:
            raise CallInputError(
                "call",
                QT_TRANSLATE_NOOP(
                    "Errors", "This call has taken place: debrief it instead of cancelling it."
                ),
            )
        call.status = CallStatus.CANCELLED


def _check_location(lat: float | None, lon: float | None) -> None:
    if (lat is None) != (lon is None) or (
        lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180)
    ):
        raise CallInputError(
            "location", QT_TRANSLATE_NOOP("Errors", "The check-in location is not valid.")
        )


def _local_clock(utc: datetime) -> str:
    """A stored (naive UTC) time on this computer's clock, as HH:MM."""
    return utc.replace(tzinfo=UTC).astimezone().strftime("%H:%M")


def _check_order(start: datetime, end: datetime) -> None:
    if end < start:
        raise CallInputError(
            "check_out",
            QT_TRANSLATE_NOOP("Errors", "The check-out time is before the check-in time."),
        )


def _record_time(s, call: Call) -> None:
    """The call's minutes in the time audit, kept in step with its check-in/out times:
    a run whose times are cleared loses its automatic entries."""
    record_drive(s, call)
    entry = s.scalar(
        select(TimeEntry)
        .where(
            TimeEntry.call_id == call.id,
            TimeEntry.source == TimeSource.AUTO,
            TimeEntry.category.in_(SELLING),
        )
        .limit(1)
    )
    if call.owner_id is None or call.checked_in_at is None or call.checked_out_at is None:
        if entry is not None:
            s.delete(entry)
        return
    minutes = max(1, round((call.checked_out_at - call.checked_in_at).total_seconds() / 60))
    category = "selling_face_to_face" if call.call_type == CallType.VISIT else "selling_remote"
    if entry is None:
        entry = TimeEntry(call_id=call.id, source=TimeSource.AUTO, note=TIME_RULE)
        s.add(entry)
    entry.user_id = call.owner_id
    entry.category = category
    entry.started_at = call.checked_in_at
    entry.minutes = minutes
