"""Writing calls to an .ics file: one VEVENT per call with a start time, its UID, and the
X-SALESDESK- properties for the way back; the file replaced in one step.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...db import Database
from ...domain import CallStage, CallStatus, CallType
from ...models import Account, Call, CallAttendee, CallQuestion, Contact, User, utcnow
from ..listing import CallQuery, call_ids
from .common import _EMAIL, NOT_WRITABLE, SOURCE, UID_DOMAIN, IcsFileError

PRODID = "-//SalesDesk//Calls//EN"
WORDS = {
    CallType.VISIT: "Visit",
    CallType.PHONE: "Phone call",
    CallType.VIDEO: "Video call",
    "objective": "Objective",
    "questions": "Questions to ask",
    "materials": "Materials",
}


def export_ics(
    db: Database,
    path: str | os.PathLike[str],
    query: CallQuery | None = None,
    *,
    include_cancelled: bool = False,
    stamp: datetime | None = None,
    words: Mapping[str, str] | None = None,
) -> int:
    """Write the calls matching `query` that have a start time to `path`; return how many.

    Cancelled calls only with `include_cancelled` (or a query for that stage). The file
    is replaced in one step. `stamp` (DTSTAMP) defaults to now; `words` overrides the
    English type names and description headings (WORDS) with translated ones.
    """
    from icalendar import Calendar

    query = replace(query or CallQuery(), sort="start", descending=False)
    include_cancelled = include_cancelled or query.stage == CallStage.CANCELLED
    words = {**WORDS, **(words or {})}
    stamp = (stamp or utcnow()).replace(microsecond=0, tzinfo=UTC)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    count = 0
    ids = call_ids(db, query)
    with db.read() as s:
        for start in range(0, len(ids), 500):
            for event in _events(s, ids[start : start + 500], include_cancelled, stamp, words):
                cal.add_component(event)
                count += 1
    _write_atomically(Path(path), cal.to_ical())
    return count


def _events(s: Session, ids: list[uuid.UUID], include_cancelled: bool, stamp, words) -> list:
    from icalendar import Event, vCalAddress, vText

    calls = {
        c.id: (c, a)
        for c, a in s.execute(
            select(Call, Account)
            .join(Account, Account.id == Call.account_id)
            .where(Call.id.in_(ids), Call.planned_start.is_not(None), Account.deleted_at.is_(None))
        )
    }
    people: dict[uuid.UUID, list[Contact]] = defaultdict(list)
    for call_id, contact in s.execute(
        select(CallAttendee.call_id, Contact)
        .join(Contact, Contact.id == CallAttendee.contact_id)
        .where(
            CallAttendee.call_id.in_(ids),
            CallAttendee.deleted_at.is_(None),
            Contact.deleted_at.is_(None),
        )
        .order_by(Contact.last_name, Contact.first_name)
    ):
        people[call_id].append(contact)
    questions: dict[uuid.UUID, list[str]] = defaultdict(list)
    for call_id, text in s.execute(
        select(CallQuestion.call_id, CallQuestion.text)
        .where(CallQuestion.call_id.in_(ids), CallQuestion.deleted_at.is_(None))
        .order_by(CallQuestion.position)
    ):
        questions[call_id].append(text)
    owner_ids = {c.owner_id for c, _ in calls.values() if c.owner_id}
    owners = {u.id: u for u in s.scalars(select(User).where(User.id.in_(owner_ids)))}

    events = []
    for call_id in ids:
        if call_id not in calls:
            continue
        call, account = calls[call_id]
        cancelled = call.status == CallStatus.CANCELLED
        if cancelled and not include_cancelled:
            continue
        start = call.planned_start.replace(tzinfo=UTC)
        event = Event()
        event.add("uid", call_uid(call))
        event.add("dtstamp", stamp)
        event.add("last-modified", call.updated_at.replace(microsecond=0, tzinfo=UTC))
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=call.duration_min))
        kind = words.get(call.call_type, call.call_type)
        event.add("summary", f"{kind}: {account.name}")
        town = " ".join(p for p in (account.postal_code, account.city) if p)
        where = ", ".join(p for p in (account.street, town) if p)
        if where:
            event.add("location", where)
        about = _description(call, questions[call_id], words)
        if about:
            event.add("description", about)
        event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
        owner = owners.get(call.owner_id)
        if owner is not None and owner.email and _EMAIL.fullmatch(owner.email.strip()):
            event.add("organizer", _address(vCalAddress, owner.email, owner.name))
        for contact in people[call_id]:
            if contact.email and _EMAIL.fullmatch(contact.email.strip()):
                event.add("attendee", _address(vCalAddress, contact.email, contact.name))
        # VALUE=TEXT: without it, a reader sees X- values still escaped ("a\,b").
        event.add("x-salesdesk-call-type", vText(call.call_type), parameters={"VALUE": "TEXT"})
        event.add(
            "x-salesdesk-objective", vText(call.objective or ""), parameters={"VALUE": "TEXT"}
        )
        events.append(event)
    return events


def call_uid(call: Call) -> str:
    """The calendar UID of a call: the one it was imported with, else its own id."""
    if call.source_system == SOURCE and call.source_id:
        return call.source_id
    return f"{call.id}@{UID_DOMAIN}"


def _address(factory, email: str, name: str | None):
    address = factory(f"mailto:{email.strip()}")
    if name:
        address.params["CN"] = name
    return address


def _description(call: Call, questions: list[str], words: Mapping[str, str]) -> str:
    parts = []
    if call.objective:
        parts.append(f"{words['objective']}: {call.objective}")
    if questions:
        parts.append(f"{words['questions']}:\n" + "\n".join(f"- {q}" for q in questions))
    if call.materials:
        parts.append(f"{words['materials']}: {call.materials}")
    return "\n\n".join(parts)


def _write_atomically(path: Path, data: bytes) -> None:
    """The whole file or the old one: a temporary file beside it, swapped in one step."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise IcsFileError(NOT_WRITABLE, path=str(path), detail=exc.strerror or exc) from None
