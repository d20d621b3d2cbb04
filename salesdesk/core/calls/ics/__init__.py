"""Calls to and from iCalendar (.ics) files: export calls, import meetings as planned calls.

Export writes one VEVENT per call with a start time (cancelled calls only on request),
times in UTC. The UID is the call's own: "<call id>@salesdesk", or the UID an imported
call came with, so a calendar that reads the file again updates its events.
X-SALESDESK-CALL-TYPE and X-SALESDESK-OBJECTIVE carry what SUMMARY cannot, for the way
back.

Import turns each VEVENT into a planned call owned by the importing user, all in one
transaction. The account is the first rule that finds one:
  1. attendee emails equal to contact emails (case-insensitive): the account with most,
  2. attendee names (CN) equal to contacts' full names: the account with most,
  3. an account name found as whole words in SUMMARY or LOCATION: the longest name,
  4. an attendee's or the organizer's email domain equal to the domain of an account's
     email or website (public mail services such as gmail.com do not count).
A tie skips the event with the accounts named. Contacts matched by 1 or 2 attend.
Call type: X-SALESDESK-CALL-TYPE; else "video" when the URL, LOCATION or DESCRIPTION
holds a Teams, Zoom, Meet or Webex link; "phone" when the URL or LOCATION is a tel: link
or only a phone number; "visit" otherwise. Objective: X-SALESDESK-OBJECTIVE, else SUMMARY.
Length: DTEND or DURATION, else (or when zero) 45 minutes. Times with a TZID, in UTC, or
floating (this computer's clock) become naive UTC.

Importing again: the same UID (same owner) is the same call, and "<id>@salesdesk" is
that call of this database. A changed start, length or title updates a planned call and
STATUS:CANCELLED cancels it, unless the call has run (checked in, done, debriefed), was
cancelled or deleted here, or (a call of this database) changed here after the event's
LAST-MODIFIED, i.e. the file is an older export: then it is left as it is, counted
unchanged, and the report says why. For a call of this database the title is ours, so
type and objective come only from the X- properties. Account and attendees are kept as
first matched (the rep may have corrected them).

Skipped with a reason, the rest imported: all-day and recurring events, no start, an
unreadable time or line, an unknown time zone, an end before the start, longer than
12 hours, no or several matching accounts, a duplicate UID, a cancelled meeting with no
call. A file that is not iCalendar raises IcsFileError and changes nothing.

The modules: export.py writes the file; reading.py parses it into meetings (time zones,
unfolding, each event's problem); matching.py finds a meeting's account; importing.py
creates and reconciles the calls and writes the report; common.py holds what they share,
the "Errors" templates among it. This package re-exports their public names.
"""

from __future__ import annotations

from .common import (
    ALL_DAY,
    BAD_LINE,
    BAD_PROPERTY,
    BROKEN,
    CANCELLED_MEETING,
    DUPLICATE,
    END_BEFORE_START,
    INCOMPLETE,
    KEPT_CANCELLED,
    KEPT_DELETED,
    KEPT_EDITED,
    KEPT_RUN,
    NO_ACCOUNT,
    NO_START,
    NOT_ICS,
    NOT_READABLE,
    NOT_WRITABLE,
    RECURRING,
    SEVERAL_BY_ATTENDEES,
    SEVERAL_BY_DOMAIN,
    SEVERAL_BY_NAME,
    SOURCE,
    TOO_BIG,
    TOO_LONG,
    UID_DOMAIN,
    UNKNOWN_ZONE,
    IcsFileError,
)
from .export import (
    PRODID,
    WORDS,
    call_uid,
    export_ics,
)
from .importing import (
    EventIssue,
    IcsImportReport,
    import_ics,
)
from .matching import (
    PUBLIC_MAIL,
    _Matcher,
)
from .reading import (
    DEFAULT_DURATION_MIN,
    MAX_FILE_BYTES,
    PHONE_NUMBER,
    VIDEO_HOSTS,
)

# _Matcher: the tests replace its match() to fail an import half-way.
__all__ = [
    "ALL_DAY",
    "BAD_LINE",
    "BAD_PROPERTY",
    "BROKEN",
    "CANCELLED_MEETING",
    "DEFAULT_DURATION_MIN",
    "DUPLICATE",
    "END_BEFORE_START",
    "INCOMPLETE",
    "KEPT_CANCELLED",
    "KEPT_DELETED",
    "KEPT_EDITED",
    "KEPT_RUN",
    "MAX_FILE_BYTES",
    "NOT_ICS",
    "NOT_READABLE",
    "NOT_WRITABLE",
    "NO_ACCOUNT",
    "NO_START",
    "PHONE_NUMBER",
    "PRODID",
    "PUBLIC_MAIL",
    "RECURRING",
    "SEVERAL_BY_ATTENDEES",
    "SEVERAL_BY_DOMAIN",
    "SEVERAL_BY_NAME",
    "SOURCE",
    "TOO_BIG",
    "TOO_LONG",
    "UID_DOMAIN",
    "UNKNOWN_ZONE",
    "VIDEO_HOSTS",
    "WORDS",
    "EventIssue",
    "IcsFileError",
    "IcsImportReport",
    "_Matcher",
    "call_uid",
    "export_ics",
    "import_ics",
]
