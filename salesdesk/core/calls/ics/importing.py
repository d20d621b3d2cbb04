"""Importing meetings as planned calls in one transaction: new ones created, known ones
(same UID) reconciled or left as they are, and the report of what happened and why.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...db import Database
from ...domain import CallStatus
from ...models import Call, CallAttendee, utcnow
from ...territory.notes import Note
from ..planning import carry_into
from .common import (
    CANCELLED_MEETING,
    DUPLICATE,
    KEPT_CANCELLED,
    KEPT_DELETED,
    KEPT_EDITED,
    KEPT_RUN,
    SOURCE,
    UID_DOMAIN,
    _note,
)
from .matching import _Matcher
from .reading import _Meeting, _Read, _read_meetings


@dataclass(frozen=True)
class EventIssue:
    """Why an event was skipped, or why its call was left as it is."""

    index: int  # the event's position among the file's VEVENTs, from 1
    uid: str | None
    summary: str | None
    reason: Note  # an "Errors" template and its parameters: translate, then format

    def text(self) -> str:
        """The reason in English."""
        return self.reason.text()


@dataclass
class IcsImportReport:
    created: list[uuid.UUID] = field(default_factory=list)
    updated: list[uuid.UUID] = field(default_factory=list)
    unchanged: list[uuid.UUID] = field(default_factory=list)  # including those kept
    cancelled: list[uuid.UUID] = field(default_factory=list)
    skipped: list[EventIssue] = field(default_factory=list)
    kept: list[EventIssue] = field(default_factory=list)  # calendar changes not applied

    def lines(self) -> list[str]:
        """The outcome in English, one line per count and per event with a reason."""
        counts = (
            f"{len(self.created)} created, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged, {len(self.cancelled)} cancelled, "
            f"{len(self.skipped)} skipped."
        )
        out = [counts]
        for title, issues in (("Skipped:", self.skipped), ("Left as they are:", self.kept)):
            if issues:
                out.append(title)
                out.extend(f"  {_label(i)}: {i.text()}" for i in issues)
        return out


def _label(issue: EventIssue) -> str:
    what = f'"{issue.summary}"' if issue.summary else f"UID {issue.uid}" if issue.uid else ""
    return f"event {issue.index} {what}".rstrip()


def import_ics(
    db: Database,
    user_id: uuid.UUID,
    path: str | os.PathLike[str],
    now: datetime | None = None,
) -> IcsImportReport:
    """Import the meetings of an .ics file as `user_id`'s planned calls; one transaction.

    `now` (naive UTC) stamps the rows written. Raises IcsFileError for a file that is not
    iCalendar; events that cannot be imported are in the report's `skipped`.
    """
    now = now or utcnow()
    read = _read_meetings(path)
    report = IcsImportReport()
    seen: set[str] = set()
    with db.write() as s:
        known = _known_calls(s, user_id, [r.meeting.uid for r in read if r.meeting])
        accounts = _Matcher(s)
        for item in read:
            m = item.meeting
            if m is None:
                report.skipped.append(EventIssue(item.index, item.uid, item.summary, item.problem))
                continue
            issue = _issue_for(item)
            if m.uid in seen:
                report.skipped.append(issue(_note(DUPLICATE)))
                continue
            seen.add(m.uid)
            if m.uid in known:
                _reconcile(known[m.uid], m, now, report, issue)
                continue
            if m.cancelled:
                report.skipped.append(issue(_note(CANCELLED_MEETING)))
                continue
            found = accounts.match(m)
            if isinstance(found, Note):
                report.skipped.append(issue(found))
            else:
                report.created.append(_create(s, user_id, m, *found, now))
    return report


def _issue_for(item: _Read):
    return lambda reason: EventIssue(item.index, item.uid, item.summary, reason)


def _known_calls(s: Session, user_id: uuid.UUID, uids: list[str]) -> dict[str, Call]:
    """By UID: the calls these events were imported as (the first, if several), else the
    calls of this database they were exported from. The user's own calls only."""
    known: dict[str, Call] = {}
    own_ids: dict[uuid.UUID, str] = {}
    for uid in uids:
        if uid.endswith(f"@{UID_DOMAIN}"):
            with contextlib.suppress(ValueError):
                own_ids[uuid.UUID(uid.removesuffix(f"@{UID_DOMAIN}"))] = uid
    for i in range(0, len(uids), 500):
        for call in s.scalars(
            select(Call)
            .where(
                Call.source_system == SOURCE,
                Call.source_id.in_(uids[i : i + 500]),
                Call.owner_id == user_id,
            )
            .order_by(Call.created_at)
        ):
            known.setdefault(call.source_id, call)
    ids = list(own_ids)
    for i in range(0, len(ids), 500):
        for call in s.scalars(
            select(Call).where(Call.id.in_(ids[i : i + 500]), Call.owner_id == user_id)
        ):
            known.setdefault(own_ids[call.id], call)
    return known


def _create(
    s: Session,
    user_id: uuid.UUID,
    m: _Meeting,
    account_id: uuid.UUID,
    contact_ids: list[uuid.UUID],
    now: datetime,
) -> uuid.UUID:
    call_id = uuid.uuid4()  # made here, so no flush per call is needed to know it
    call = Call(
        id=call_id,
        owner_id=user_id,
        account_id=account_id,
        call_type=m.call_type,
        status=CallStatus.PLANNED,
        planned_start=m.start,
        duration_min=m.duration_min,
        objective=m.objective or None,
        source_system=SOURCE,
        source_id=m.uid,
        created_at=now,
        updated_at=now,
    )
    s.add(call)
    carry_into(s, call)  # what the account's last call left open, as a new plan has
    for contact_id in contact_ids:
        s.add(CallAttendee(call_id=call_id, contact_id=contact_id, created_at=now, updated_at=now))
    return call_id


def _reconcile(call: Call, m: _Meeting, now: datetime, report: IcsImportReport, issue) -> None:
    """Bring a known call in line with its event again, by the package docstring's rules."""
    changes = {"planned_start": m.start, "duration_min": m.duration_min}
    if m.own_fields or call.source_system == SOURCE:  # else SUMMARY is our text, not theirs
        changes["objective"] = m.objective or None
    if m.own_fields:
        changes["call_type"] = m.call_type
    differs = any(getattr(call, k) != v for k, v in changes.items())
    wants = differs or (m.cancelled and call.status != CallStatus.CANCELLED)
    ran = (
        call.checked_in_at is not None
        or call.debriefed_at is not None
        or call.status in (CallStatus.IN_PROGRESS, CallStatus.DONE)
    )
    # Our own export's LAST-MODIFIED is the call's updated_at: a later change here is newer
    # than the file. (Another calendar's clock says nothing about ours.)
    edited_here = (
        call.source_system != SOURCE
        and m.modified is not None
        and call.updated_at.replace(microsecond=0) > m.modified
    )
    reason = None
    if call.deleted_at is not None:
        reason = KEPT_DELETED
    elif ran:
        reason = KEPT_RUN if wants else None
    elif call.status == CallStatus.CANCELLED:
        reason = KEPT_CANCELLED if differs and not m.cancelled else None
    elif wants and edited_here:
        reason = KEPT_EDITED
    elif m.cancelled:
        call.status = CallStatus.CANCELLED
        call.updated_at = now
        report.cancelled.append(call.id)
        return
    elif differs:
        for key, value in changes.items():
            setattr(call, key, value)
        call.updated_at = now
        report.updated.append(call.id)
        return
    report.unchanged.append(call.id)
    if reason is not None:
        report.kept.append(issue(_note(reason)))
