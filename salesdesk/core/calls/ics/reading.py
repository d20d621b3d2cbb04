"""Reading an .ics file into meetings: decoding and unfolding the lines, splitting them
into VTIMEZONE and VEVENT blocks, parsing each event on its own (one broken event spoils
only itself), times to naive UTC, the call type from the links, and each event's problem.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from ...domain import CallType
from ...territory.notes import Note
from ..planning import MAX_DURATION_MIN
from .common import (
    _EMAIL,
    ALL_DAY,
    BAD_LINE,
    BAD_PROPERTY,
    BROKEN,
    END_BEFORE_START,
    INCOMPLETE,
    NO_START,
    NOT_ICS,
    NOT_READABLE,
    RECURRING,
    TOO_BIG,
    TOO_LONG,
    UNKNOWN_ZONE,
    IcsFileError,
    _norm,
    _note,
)

DEFAULT_DURATION_MIN = 45
MAX_FILE_BYTES = 64 * 1024 * 1024
VIDEO_HOSTS = re.compile(
    r"teams\.microsoft\.com|teams\.live\.com|zoom\.us|meet\.google\.com|webex\.com", re.I
)
PHONE_NUMBER = re.compile(r"\+?[\d\s()./-]{6,}")
_ESCAPED = re.compile(r"\\([\\;,nN])")
# The properties an import reads: one of them unreadable skips the event.
_USED = {
    "UID", "DTSTART", "DTEND", "DURATION", "SUMMARY", "LOCATION", "DESCRIPTION", "URL",
    "ATTENDEE", "ORGANIZER", "STATUS", "RRULE", "RDATE", "RECURRENCE-ID",
}  # fmt: skip


@dataclass(frozen=True)
class _Meeting:
    uid: str
    summary: str
    location: str
    start: datetime  # naive UTC
    duration_min: int
    call_type: str
    objective: str
    own_fields: bool  # type and objective came from our X- properties
    cancelled: bool
    modified: datetime | None  # LAST-MODIFIED, naive UTC
    emails: tuple[str, ...]  # attendees', lower case
    names: tuple[str, ...]  # attendees' CN, normalised
    organizer: str | None


@dataclass(frozen=True)
class _Read:
    index: int
    uid: str | None
    summary: str | None
    meeting: _Meeting | None
    problem: Note | None


def _read_meetings(path: str | os.PathLike[str]) -> list[_Read]:
    """Each VEVENT of the file, read on its own: one broken event spoils only itself."""
    from icalendar import Calendar, Event

    lines = _unfolded(_decode(Path(path)))
    zones, blocks = _split(lines)
    for zone in zones:  # icalendar keeps VTIMEZONE rules for the events' TZIDs
        with contextlib.suppress(ValueError):
            Calendar.from_ical("BEGIN:VCALENDAR\r\n" + "\r\n".join(zone) + "\r\nEND:VCALENDAR\r\n")
    read = []
    for index, block, complete in blocks:
        uid, summary = _peek(block, "UID"), _peek(block, "SUMMARY")
        if not complete:
            read.append(_Read(index, uid, summary, None, _note(INCOMPLETE)))
            continue
        try:
            event = Event.from_ical("\r\n".join(block) + "\r\n")
        except (ValueError, TypeError) as exc:
            read.append(_Read(index, uid, summary, None, _note(BROKEN, detail=_short(exc))))
            continue
        summary = _text(event, "SUMMARY") or None
        meeting = _meeting(event)
        if isinstance(meeting, Note):
            read.append(_Read(index, _text(event, "UID") or uid, summary, None, meeting))
        else:
            read.append(_Read(index, meeting.uid, summary, meeting, None))
    return read


def _decode(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise IcsFileError(TOO_BIG, path=str(path), size=MAX_FILE_BYTES // 2**20)
        raw = path.read_bytes()
    except OSError as exc:
        raise IcsFileError(NOT_READABLE, path=str(path), detail=exc.strerror or exc) from None
    head = raw.removeprefix(b"\xef\xbb\xbf").lstrip()
    if head[:15].upper() != b"BEGIN:VCALENDAR":
        raise IcsFileError(NOT_ICS, path=str(path))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:  # RFC 5545 says UTF-8; old Outlook files are Windows-1252
        return raw.decode("cp1252", errors="replace")


def _unfolded(text: str) -> list[str]:
    lines: list[str] = []
    for line in re.split(r"\r\n|\r|\n", text):
        if line[:1] in (" ", "\t") and lines:
            lines[-1] += line[1:]
        elif line.strip():
            lines.append(line)
    return lines


def _split(lines: list[str]) -> tuple[list[list[str]], list[tuple[int, list[str], bool]]]:
    """VTIMEZONE blocks and (index, VEVENT block, complete) in file order; the calendar's
    own properties, other components and stray lines are not needed."""
    zones, events = [], []
    block: list[str] | None = None
    kind = ""
    for line in lines:
        head = line.strip().upper()
        if block is not None and (head == f"END:{kind}"):
            block.append(line)
            if kind == "VTIMEZONE":
                zones.append(block)
            else:
                events.append((block, True))
            block = None
        elif head in ("BEGIN:VEVENT", "BEGIN:VTIMEZONE", "END:VCALENDAR"):
            if block is not None and kind == "VEVENT":
                events.append((block, False))
            block, kind = ([line], head[6:]) if head.startswith("BEGIN:") else (None, "")
        elif block is not None:
            block.append(line)
    if block is not None and kind == "VEVENT":
        events.append((block, False))
    return zones, [(i, b, done) for i, (b, done) in enumerate(events, start=1)]


def _peek(block: list[str], name: str) -> str | None:
    """A property's raw value from the lines, for naming an event that does not parse."""
    for line in block:
        key, _, value = line.partition(":")
        if key.split(";")[0].strip().upper() == name:
            return _unescape(value.strip()) or None
    return None


def _meeting(event) -> _Meeting | Note:
    if any(name in event for name in ("RRULE", "RDATE", "RECURRENCE-ID")):
        return _note(RECURRING)
    for name, detail in event.errors:
        if name is None:
            return _note(BAD_LINE, detail=_short(detail))
        if name.upper() in _USED:
            return _note(BAD_PROPERTY, name=name.upper(), detail=_short(detail))
    if "DTSTART" not in event:
        return _note(NO_START)
    first = _values(event, "DTSTART")[0]
    start = first.dt
    if not isinstance(start, datetime):
        if isinstance(start, date):
            return _note(ALL_DAY)
        return _note(BAD_PROPERTY, name="DTSTART", detail=_short(start))
    start_utc = _utc(start, first.params.get("TZID"))
    if isinstance(start_utc, Note):
        return start_utc
    if "DTEND" in event:
        last = _values(event, "DTEND")[0]
        if not isinstance(last.dt, datetime):
            return _note(BAD_PROPERTY, name="DTEND", detail=str(last.dt))
        end = _utc(last.dt, last.params.get("TZID"))
        if isinstance(end, Note):
            return end
    elif "DURATION" in event and isinstance(event["DURATION"].dt, timedelta):
        end = start_utc + event["DURATION"].dt
    else:
        end = start_utc
    if end < start_utc:
        return _note(END_BEFORE_START)
    minutes = round((end - start_utc).total_seconds() / 60) or DEFAULT_DURATION_MIN
    if minutes > MAX_DURATION_MIN:
        return _note(TOO_LONG, hours=MAX_DURATION_MIN // 60)

    summary, location = _text(event, "SUMMARY"), _text(event, "LOCATION")
    own_type = _text(event, "X-SALESDESK-CALL-TYPE")
    own_fields = own_type in CallType._value2member_map_ and "X-SALESDESK-OBJECTIVE" in event
    attendees = _values(event, "ATTENDEE")
    emails = tuple(e for e in (_email(a) for a in attendees) if e)
    names = tuple(n for n in (_norm(a.params.get("CN", "")) for a in attendees) if n)
    organizer = _values(event, "ORGANIZER")
    return _Meeting(
        uid=_text(event, "UID") or _made_up_uid(first, summary, location),
        summary=summary,
        location=location,
        start=start_utc.replace(microsecond=0),
        duration_min=minutes,
        call_type=own_type if own_fields else _call_type(event, location),
        objective=(_text(event, "X-SALESDESK-OBJECTIVE") if own_fields else summary).strip(),
        own_fields=own_fields,
        cancelled=_text(event, "STATUS").upper() == "CANCELLED",
        modified=_modified(event),
        emails=emails,
        names=names,
        organizer=_email(organizer[0]) if organizer else None,
    )


def _modified(event) -> datetime | None:
    if "LAST-MODIFIED" not in event or any(n == "LAST-MODIFIED" for n, _ in event.errors):
        return None
    moment = _values(event, "LAST-MODIFIED")[0].dt
    if not isinstance(moment, datetime) or moment.tzinfo is None:
        return None  # RFC 5545: always UTC; anything else is no evidence
    return moment.astimezone(UTC).replace(tzinfo=None)


def _utc(moment: datetime, tzid: str | None) -> datetime | Note:
    """Naive UTC. A TZID icalendar could not resolve leaves the time naive: unknown zone."""
    if moment.tzinfo is None and tzid:
        return _note(UNKNOWN_ZONE, zone=tzid)
    # astimezone() on a naive time reads it as this computer's clock: floating times.
    return moment.astimezone(UTC).replace(tzinfo=None)


def _call_type(event, location: str) -> str:
    url = _text(event, "URL")
    links = " ".join(
        (
            url,
            location,
            _text(event, "DESCRIPTION"),
            _text(event, "X-MICROSOFT-SKYPETEAMSMEETINGURL"),
        )
    )
    if VIDEO_HOSTS.search(links):
        return CallType.VIDEO
    if url.lower().startswith("tel:") or location.lower().startswith("tel:"):
        return CallType.PHONE
    if PHONE_NUMBER.fullmatch(location.strip()) and sum(c.isdigit() for c in location) >= 6:
        return CallType.PHONE
    return CallType.VISIT


def _values(event, name: str) -> list:
    value = event.get(name)
    return [] if value is None else list(value) if isinstance(value, list) else [value]


def _text(event, name: str) -> str:
    from icalendar import vText

    values = _values(event, name)
    if not values:
        return ""
    value = values[0]
    # An X- property written without VALUE=TEXT comes back still escaped.
    return str(value) if isinstance(value, vText) else _unescape(str(value))


def _unescape(text: str) -> str:
    return _ESCAPED.sub(lambda m: "\n" if m[1] in "nN" else m[1], text)


def _email(address) -> str | None:
    text = str(address).strip()
    if text[:7].lower() == "mailto:":
        text = text[7:]
    text = text.strip().lower()
    return text if _EMAIL.fullmatch(text) else None


def _made_up_uid(first, summary: str, location: str) -> str:
    """An event without a UID (RFC 5545 requires one) is recognised by what it says."""
    seed = f"{first.to_ical().decode()}|{summary}|{location}"
    return hashlib.sha256(seed.encode()).hexdigest()[:32] + "@no-uid"


def _short(detail: object, limit: int = 160) -> str:
    text = " ".join(str(detail).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
