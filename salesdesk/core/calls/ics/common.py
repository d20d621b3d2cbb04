"""What the other modules share: the identifiers of imported calls, the "Errors" templates
of files and events (all marked for lupdate here, in one place), IcsFileError, and the
helpers that make a Note and normalise a name.
"""

from __future__ import annotations

import re

from ...errors import SalesDeskError
from ...i18n import QT_TRANSLATE_NOOP
from ...territory.notes import Note

SOURCE = "ics"
UID_DOMAIN = "salesdesk"  # as territory/exports.visit_uid: one call, one UID everywhere
_EMAIL = re.compile(r"[^@\s<>\"(),;:]+@[^@\s<>\"(),;:]+\.[^@\s<>\"(),;:]+")

NOT_ICS = QT_TRANSLATE_NOOP(
    "Errors", "{path} is not an iCalendar (.ics) file. Nothing was imported."
)
NOT_READABLE = QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {detail}. Nothing was imported.")
TOO_BIG = QT_TRANSLATE_NOOP(
    "Errors", "{path} is larger than {size} MB, too large for a calendar. Nothing was imported."
)
NOT_WRITABLE = QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {detail}. Nothing was written.")

NO_START = QT_TRANSLATE_NOOP("Errors", "The event has no start time (DTSTART).")
BAD_PROPERTY = QT_TRANSLATE_NOOP("Errors", "The event's {name} cannot be read: {detail}")
BAD_LINE = QT_TRANSLATE_NOOP("Errors", "A line of the event cannot be read: {detail}")
BROKEN = QT_TRANSLATE_NOOP("Errors", "The event cannot be read: {detail}")
INCOMPLETE = QT_TRANSLATE_NOOP("Errors", "The event is cut off (its END:VEVENT line is missing).")
ALL_DAY = QT_TRANSLATE_NOOP("Errors", "All-day events are not imported.")
RECURRING = QT_TRANSLATE_NOOP("Errors", "Recurring meetings are not imported.")
UNKNOWN_ZONE = QT_TRANSLATE_NOOP("Errors", "The time zone {zone} is not known.")
END_BEFORE_START = QT_TRANSLATE_NOOP("Errors", "The event ends before it starts.")
TOO_LONG = QT_TRANSLATE_NOOP("Errors", "The event lasts longer than {hours} hours.")
DUPLICATE = QT_TRANSLATE_NOOP("Errors", "The same event (UID) is earlier in the file.")
CANCELLED_MEETING = QT_TRANSLATE_NOOP(
    "Errors", "The meeting is cancelled and there is no call to cancel."
)
NO_ACCOUNT = QT_TRANSLATE_NOOP(
    "Errors", "No account matches the attendees, the title, the location or the email domains."
)
SEVERAL_BY_ATTENDEES = QT_TRANSLATE_NOOP(
    "Errors", "The attendees belong to several accounts: {accounts}."
)
SEVERAL_BY_NAME = QT_TRANSLATE_NOOP(
    "Errors", "The title or location names several accounts: {accounts}."
)
SEVERAL_BY_DOMAIN = QT_TRANSLATE_NOOP(
    "Errors", "The email domains belong to several accounts: {accounts}."
)
KEPT_RUN = QT_TRANSLATE_NOOP(
    "Errors", "The call has already run; the calendar's changes were not applied."
)
KEPT_CANCELLED = QT_TRANSLATE_NOOP(
    "Errors", "The call was cancelled in SalesDesk; the calendar's changes were not applied."
)
KEPT_DELETED = QT_TRANSLATE_NOOP(
    "Errors", "The call was deleted in SalesDesk; it was not imported again."
)
KEPT_EDITED = QT_TRANSLATE_NOOP(
    "Errors",
    "The call was changed in SalesDesk after the calendar event; SalesDesk's version was kept.",
)


class IcsFileError(SalesDeskError):
    """The calendar file cannot be read or written at all; nothing was changed."""


def _norm(text: str) -> str:
    return " ".join(str(text).casefold().split())


def _note(template: str, **params: object) -> Note:
    return Note(template, params, "Errors")
