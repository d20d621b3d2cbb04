"""The weekly timesheet: the hours a person types by hand, per day and category, beside
the time captured automatically; and the automatic capture of time spent in forms.

Saving replaces the week's manual time in one unit of work; automatic entries and
entries in a category no longer listed are never touched.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import Database
from ..domain import TimeSource
from ..i18n import QT_TRANSLATE_NOOP
from ..models import TimeEntry, utcnow
from ..today import local_day, utc_start_of
from .candidates import live_entries
from .timeaudit import (
    DAY_MINUTES,
    Category,
    TimeAuditError,
    categories,
    check_monday,
    utc_at,
)

FORM_MINUTES_CAP = 60  # the most one sitting in a plan/debrief form counts


# Timesheet ----------------------------------------------------------------------------
@dataclass(frozen=True)
class TimesheetRow:
    day: date
    category: str
    minutes: int
    note: str | None = None


@dataclass(frozen=True)
class Timesheet:
    week_start: date
    days: tuple[date, ...]
    categories: list[Category]
    manual: dict[tuple[date, str], int]  # editable: manual time in a listed category
    auto: dict[tuple[date, str], int]  # read-only: captured automatically
    other: dict[tuple[date, str], int]  # read-only: manual time in a category not listed
    notes: dict[tuple[date, str], str]

    def day_total(self, day: date) -> int:
        return sum(
            m
            for part in (self.manual, self.auto, self.other)
            for (d, _), m in part.items()
            if d == day
        )


def _week_entries(s: Session, user_id: uuid.UUID, week_start: date) -> list[TimeEntry]:
    return list(
        s.scalars(
            select(TimeEntry)
            .where(
                *live_entries([user_id]),
                TimeEntry.started_at >= utc_start_of(week_start),
                TimeEntry.started_at < utc_start_of(week_start + timedelta(days=7)),
            )
            .order_by(TimeEntry.started_at)
        )
    )


def timesheet(db: Database, user_id: uuid.UUID, week_start: date) -> Timesheet:
    check_monday(week_start)
    with db.read() as s:
        cats = categories(s)
        entries = _week_entries(s, user_id, week_start)
    known = {c.key for c in cats}
    manual: dict = defaultdict(int)
    auto: dict = defaultdict(int)
    other: dict = defaultdict(int)
    notes: dict = {}
    for e in entries:
        key = (local_day(e.started_at), e.category)
        if e.source == TimeSource.AUTO:
            auto[key] += e.minutes
        elif e.category in known:
            manual[key] += e.minutes
            if e.note and key not in notes:
                notes[key] = e.note
        else:
            other[key] += e.minutes
    return Timesheet(
        week_start,
        tuple(week_start + timedelta(days=i) for i in range(7)),
        cats,
        dict(manual),
        dict(auto),
        dict(other),
        notes,
    )


def save_timesheet(
    db: Database, user_id: uuid.UUID, week_start: date, rows: Sequence[TimesheetRow]
) -> Timesheet:
    """Replace the week's manual time in listed categories with `rows` (one unit of
    work). Automatic entries, and manual ones in categories no longer listed, stay."""
    check_monday(week_start)
    days = {week_start + timedelta(days=i) for i in range(7)}
    wanted: dict[tuple[date, str], int] = defaultdict(int)
    notes: dict[tuple[date, str], str] = {}
    with db.write() as s:
        known = {c.key for c in categories(s)}
        for row in rows:
            if row.day not in days:
                raise TimeAuditError(
                    "day",
                    QT_TRANSLATE_NOOP("Errors", "{day} is not in the week of {week}."),
                    day=row.day.isoformat(),
                    week=week_start.isoformat(),
                )
            if row.category not in known:
                raise TimeAuditError(
                    "category",
                    QT_TRANSLATE_NOOP("Errors", "{category} is not a time category in the list."),
                    category=row.category,
                )
            if not isinstance(row.minutes, int) or not 0 <= row.minutes <= DAY_MINUTES:
                raise TimeAuditError(
                    "minutes",
                    QT_TRANSLATE_NOOP(
                        "Errors", "Minutes must be from 0 to 1440 (24 hours), not {minutes}."
                    ),
                    minutes=row.minutes,
                )
            wanted[(row.day, row.category)] += row.minutes
            if row.note and row.note.strip():
                notes[(row.day, row.category)] = row.note.strip()

        entries = _week_entries(s, user_id, week_start)
        fixed: dict[date, int] = defaultdict(int)
        existing: dict[tuple[date, str], list[TimeEntry]] = defaultdict(list)
        for e in entries:
            key = (local_day(e.started_at), e.category)
            if e.source == TimeSource.AUTO or e.category not in known:
                fixed[key[0]] += e.minutes
            else:
                existing[key].append(e)
        per_day: dict[date, int] = defaultdict(int)
        for (day, _), m in wanted.items():
            per_day[day] += m
        for day in sorted(per_day):
            if per_day[day] + fixed[day] > DAY_MINUTES:
                raise TimeAuditError(
                    "minutes",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{day} adds up to {hours} hours with the automatic time; a day has 24.",
                    ),
                    day=day.isoformat(),
                    hours=round((per_day[day] + fixed[day]) / 60, 1),
                )

        now = utcnow()
        for key in set(existing) | set(wanted):
            minutes = wanted.get(key, 0)
            old = existing.get(key, [])
            keep = old[0] if old and minutes > 0 else None
            for e in old:
                if e is not keep:
                    e.deleted_at = now
            if minutes <= 0:
                continue
            if keep is None:
                s.add(
                    TimeEntry(
                        user_id=user_id,
                        category=key[1],
                        started_at=utc_at(key[0], 9),
                        minutes=minutes,
                        source=TimeSource.MANUAL,
                        note=notes.get(key),
                    )
                )
            else:
                if keep.minutes != minutes:
                    keep.minutes = minutes
                if key in notes and keep.note != notes[key]:
                    keep.note = notes[key]
    return timesheet(db, user_id, week_start)


# Automatic capture from forms ---------------------------------------------------------
def record_form_time(
    db: Database,
    user_id: uuid.UUID,
    category: str,
    started_at: datetime,
    minutes: int,
    note: str | None = None,
) -> uuid.UUID | None:
    """Time spent in a form (a call plan, a debrief) as an automatic entry. Capped at
    `FORM_MINUTES_CAP`; under a minute records nothing (None). No call_id on purpose:
    the check-out rule keeps one automatic entry per call by call_id."""
    minutes = min(int(minutes), FORM_MINUTES_CAP)
    if minutes < 1:
        return None
    with db.write() as s:
        if category not in {c.key for c in categories(s)}:
            raise TimeAuditError(
                "category",
                QT_TRANSLATE_NOOP("Errors", "{category} is not a time category in the list."),
                category=category,
            )
        entry = TimeEntry(
            user_id=user_id,
            category=category,
            started_at=started_at,
            minutes=minutes,
            source=TimeSource.AUTO,
            note=note,
        )
        s.add(entry)
        s.flush()
        return entry.id
