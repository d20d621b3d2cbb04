"""The time audit: where each week went, by activity category, and what the app could do.

Categories are a managed list in the setting `time_categories`: `[{"key", "label"}, ...]`.
Time entries store the **key** (the demo and call check-out already write
`selling_face_to_face`, `selling_remote`, `travel`, ...), so renaming a category keeps
its history; a new category gets a key made from its first label. Entries whose key is
no longer in the list (a removed category, an imported one) count under "other"
(`OTHER`) in the report and are left alone by the timesheet.

Weeks run Monday to Sunday on this computer's clock; entries are stored in naive UTC
and fall into the local day they started on.

Automation candidates are repeated manual work a rule or automatic capture could do,
each with a count and an estimate of minutes saved (the `*_MINUTES` constants below are
deliberately conservative guesses of the typing each record takes, not measurements):

- `manual_admin`: hours typed as admin/CRM entry; a quarter of them is counted as
  saved (`ADMIN_SHARE_SAVED`), what the automatic rules take off the keyboard.
- `manual_selling_time`: face-to-face/phone time typed by hand, which call check-in/out
  records by itself (`SELLING_ENTRY_MINUTES` per entry).
- `hand_follow_up_tasks` / `hand_follow_up_calls`: tasks and calls typed by hand
  (`created_by_rule` NULL) on an account within `FOLLOW_UP_WINDOW_DAYS` after one of its
  calls was debriefed with next steps: the debrief rule (`debrief_next_step`) would
  have made them (`TASK_MINUTES`, `CALL_MINUTES` each).
- `hand_accounts` / `hand_contacts`: accounts and contacts typed by hand within
  `QUALIFY_WINDOW_DAYS` after a lead with the same company name / e-mail (or linked to
  it) was qualified: qualifying creates them (rule `lead_qualified`).
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from ..db import Database
from ..domain import TimeSource
from ..errors import SalesDeskError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Account, Call, Contact, Lead, Task, TimeEntry, User, utcnow
from ..today import utc_start_of
from ..workspace import get_setting, set_setting

CATEGORIES_KEY = "time_categories"
# A label is a short name in lists, charts and report tables (a 5,000-character one
# stopped the PDF export).
MAX_CATEGORY_LABEL = 80
OTHER = "other"
DEFAULT_CATEGORIES: tuple[tuple[str, str], ...] = (
    ("selling_face_to_face", "Selling face to face"),
    ("selling_remote", "Selling by phone/email"),
    ("travel", "Travel"),
    ("planning", "Planning"),
    ("admin", "Admin/CRM entry"),
    ("reporting", "Reporting"),
    ("internal_meetings", "Internal meetings"),
    ("training", "Training"),
)
DAY_MINUTES = 24 * 60
FORM_MINUTES_CAP = 60  # the most one sitting in a plan/debrief form counts

ADMIN_SHARE_SAVED = 0.25
SELLING_ENTRY_MINUTES = 2
TASK_MINUTES = 3
CALL_MINUTES = 5
ACCOUNT_MINUTES = 5
CONTACT_MINUTES = 3
FOLLOW_UP_WINDOW_DAYS = 2
QUALIFY_WINDOW_DAYS = 1
SELLING = ("selling_face_to_face", "selling_remote")


class TimeAuditError(SalesDeskError):
    """Bad timesheet or category input; `field` names the input at fault."""

    def __init__(self, field: str, template: str, **params: object) -> None:
        super().__init__(template, **params)
        self.field = field


# Categories ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Category:
    key: str
    label: str


def categories(session: Session) -> list[Category]:
    """The managed list, the defaults until edited."""
    value = get_setting(session, CATEGORIES_KEY)
    found: list[Category] = []
    if isinstance(value, list):
        for item in value:
            if isinstance(item, dict) and item.get("key") and item.get("label"):
                found.append(Category(str(item["key"]), str(item["label"])))
    return found or [Category(k, label) for k, label in DEFAULT_CATEGORIES]


def _slug(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", label.casefold()).strip("_")[:36] or "category"


def save_categories(
    db: Database, items: Sequence[Category | tuple[str | None, str] | str]
) -> list[Category]:
    """Store the list in this order. An item keeps its key (a rename keeps history); a
    new one (a bare label, or key None) gets a key from its label. Blank labels are
    dropped; a repeated label or key, or one over MAX_CATEGORY_LABEL characters, is
    refused."""
    result: list[Category] = []
    keys: set[str] = set()
    labels: set[str] = set()
    for item in items:
        if isinstance(item, Category):
            key, label = item.key, item.label
        elif isinstance(item, str):
            key, label = None, item
        else:
            key, label = item
        label = " ".join(str(label).split())
        if not label:
            continue
        if len(label) > MAX_CATEGORY_LABEL:
            raise TimeAuditError(
                "categories",
                QT_TRANSLATE_NOOP("Errors", "A time category has at most {max} characters."),
                max=MAX_CATEGORY_LABEL,
            )
        if label.casefold() in labels:
            raise TimeAuditError(
                "categories",
                QT_TRANSLATE_NOOP("Errors", "The category “{label}” is in the list twice."),
                label=label,
            )
        if not key:
            key = base = _slug(label)
            n = 2
            while key in keys or key == OTHER:
                key, n = f"{base}_{n}", n + 1
        if key in keys:
            raise TimeAuditError(
                "categories",
                QT_TRANSLATE_NOOP("Errors", "The category key {key} is used twice."),
                key=key,
            )
        keys.add(key)
        labels.add(label.casefold())
        result.append(Category(key, label))
    if not result:
        raise TimeAuditError(
            "categories", QT_TRANSLATE_NOOP("Errors", "Keep at least one time category.")
        )
    with db.write() as s:
        set_setting(s, CATEGORIES_KEY, [{"key": c.key, "label": c.label} for c in result])
    return result


# Weeks --------------------------------------------------------------------------------
def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def parse_iso_week(text: str) -> date:
    """`2026-W48` → that week's Monday."""
    m = re.fullmatch(r"\s*(\d{4})-?W(\d{1,2})\s*", text, re.IGNORECASE)
    if not m:
        raise TimeAuditError(
            "week",
            QT_TRANSLATE_NOOP(
                "Errors", "Write the week as YYYY-Www (for example 2026-W48), not {text}."
            ),
            text=text,
        )
    try:
        return date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    except ValueError:
        raise TimeAuditError(
            "week", QT_TRANSLATE_NOOP("Errors", "There is no week {text}."), text=text
        ) from None


def local_day(moment: datetime) -> date:
    """The local day a stored (naive UTC) time falls on."""
    return moment.replace(tzinfo=UTC).astimezone().date()


def _utc_at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour)).astimezone(UTC).replace(tzinfo=None)


def _check_monday(week_start: date) -> None:
    if week_start.weekday() != 0:
        raise TimeAuditError(
            "week",
            QT_TRANSLATE_NOOP("Errors", "A week starts on a Monday, not {day}."),
            day=week_start.isoformat(),
        )


def _live(ids: Iterable[uuid.UUID]):
    return [TimeEntry.deleted_at.is_(None), TimeEntry.user_id.in_(list(ids))]


# Report -------------------------------------------------------------------------------
@dataclass(frozen=True)
class CategoryRow:
    key: str
    label: str
    minutes: int
    share: float  # of the week's total, 0..1
    auto_minutes: int
    manual_minutes: int
    previous: tuple[int, ...]  # minutes in each earlier week, the latest first
    previous_average: float  # minutes per week
    team_average: float | None  # minutes per teammate with time that week


@dataclass(frozen=True)
class Candidate:
    kind: str
    count: int
    minutes_saved: int


@dataclass(frozen=True)
class WeekReport:
    week_start: date
    user_ids: tuple[uuid.UUID, ...]
    total_minutes: int
    auto_minutes: int
    manual_minutes: int
    rows: list[CategoryRow]
    previous_weeks: tuple[date, ...]
    previous_totals: tuple[int, ...]
    team_size: int  # teammates with time that week (the average's divisor)
    team_total_average: float | None
    candidates: list[Candidate] = field(default_factory=list)

    @property
    def minutes_saved(self) -> int:
        return sum(c.minutes_saved for c in self.candidates)


def _week_minutes(
    s: Session, ids: Sequence[uuid.UUID], week_start: date, weeks_back: int
) -> dict[tuple[int, str, str], int]:
    """{(week index: 0 this week, 1 the one before, ...; category; source): minutes}."""
    bounds = [utc_start_of(week_start - timedelta(weeks=i)) for i in range(weeks_back + 1)]
    end = utc_start_of(week_start + timedelta(days=7))
    index = case(*[(TimeEntry.started_at >= b, i) for i, b in enumerate(bounds)], else_=-1).label(
        "w"
    )
    rows = s.execute(
        select(index, TimeEntry.category, TimeEntry.source, func.sum(TimeEntry.minutes))
        .where(*_live(ids), TimeEntry.started_at >= bounds[-1], TimeEntry.started_at < end)
        .group_by(index, TimeEntry.category, TimeEntry.source)
    ).all()
    return {(w, cat, src): int(m or 0) for w, cat, src, m in rows}


def _teammates(s: Session, ids: Sequence[uuid.UUID]) -> list[uuid.UUID]:
    """One person: the others with the same manager. Several: the group itself."""
    if len(ids) != 1:
        return list(ids)
    manager = s.scalar(select(User.manager_id).where(User.id == ids[0]))
    if manager is None:
        return []
    return list(
        s.scalars(
            select(User.id).where(
                User.manager_id == manager, User.id != ids[0], User.deleted_at.is_(None)
            )
        )
    )


def team_of(db: Database, manager_id: uuid.UUID) -> list[uuid.UUID]:
    """The people who report to `manager_id`."""
    with db.read() as s:
        return list(
            s.scalars(
                select(User.id)
                .where(User.manager_id == manager_id, User.deleted_at.is_(None))
                .order_by(User.name)
            )
        )


def week_report(
    db: Database,
    who: uuid.UUID | Sequence[uuid.UUID],
    week_start: date,
    weeks_back: int = 4,
) -> WeekReport:
    """Hours and share per category for one person (or a group, summed), the earlier
    weeks and the teammates' average beside them, and the automation candidates."""
    _check_monday(week_start)
    ids = (who,) if isinstance(who, uuid.UUID) else tuple(who)
    weeks_back = max(0, weeks_back)
    with db.read() as s:
        cats = categories(s)
        known = {c.key for c in cats}
        mine = _week_minutes(s, ids, week_start, weeks_back)
        team = _teammates(s, ids)
        team_cat: dict[str, int] = defaultdict(int)
        team_people = 0
        if team:
            start, end = utc_start_of(week_start), utc_start_of(week_start + timedelta(days=7))
            rows = s.execute(
                select(TimeEntry.user_id, TimeEntry.category, func.sum(TimeEntry.minutes))
                .where(*_live(team), TimeEntry.started_at >= start, TimeEntry.started_at < end)
                .group_by(TimeEntry.user_id, TimeEntry.category)
            ).all()
            team_people = len({r[0] for r in rows})
            for _, cat, m in rows:
                team_cat[cat if cat in known else OTHER] += int(m or 0)
        candidates = _candidates(s, ids, week_start, mine)

    per: dict[tuple[int, str, str], int] = defaultdict(int)
    for (w, cat, src), m in mine.items():
        per[(w, cat if cat in known else OTHER, src)] += m
    shown = list(cats)
    if any(k[1] == OTHER for k in per) or team_cat.get(OTHER):
        shown.append(Category(OTHER, "Other"))

    def total(w: int, cat: str | None = None, src: str | None = None) -> int:
        return sum(
            m
            for (ww, cc, ss), m in per.items()
            if ww == w and (cat is None or cc == cat) and (src is None or ss == src)
        )

    week_total = total(0)
    result_rows = []
    for c in shown:
        minutes = total(0, c.key)
        previous = tuple(total(w, c.key) for w in range(1, weeks_back + 1))
        result_rows.append(
            CategoryRow(
                key=c.key,
                label=c.label,
                minutes=minutes,
                share=minutes / week_total if week_total else 0.0,
                auto_minutes=total(0, c.key, TimeSource.AUTO),
                manual_minutes=minutes - total(0, c.key, TimeSource.AUTO),
                previous=previous,
                previous_average=sum(previous) / len(previous) if previous else 0.0,
                team_average=team_cat.get(c.key, 0) / team_people if team_people else None,
            )
        )
    auto = total(0, src=TimeSource.AUTO)
    return WeekReport(
        week_start=week_start,
        user_ids=ids,
        total_minutes=week_total,
        auto_minutes=auto,
        manual_minutes=week_total - auto,
        rows=result_rows,
        previous_weeks=tuple(week_start - timedelta(weeks=w) for w in range(1, weeks_back + 1)),
        previous_totals=tuple(total(w) for w in range(1, weeks_back + 1)),
        team_size=team_people,
        team_total_average=sum(team_cat.values()) / team_people if team_people else None,
        candidates=candidates,
    )


def _days_between(later, earlier):
    return func.julianday(later) - func.julianday(earlier)


def _candidates(
    s: Session, ids: Sequence[uuid.UUID], week_start: date, mine: dict
) -> list[Candidate]:
    start, end = utc_start_of(week_start), utc_start_of(week_start + timedelta(days=7))
    found: list[Candidate] = []

    admin = sum(
        m for (w, c, src), m in mine.items() if w == 0 and c == "admin" and src != TimeSource.AUTO
    )
    admin_entries, selling_entries = s.execute(
        select(
            func.count().filter(TimeEntry.category == "admin"),
            func.count().filter(TimeEntry.category.in_(SELLING)),
        ).where(
            *_live(ids),
            TimeEntry.source != TimeSource.AUTO,
            TimeEntry.started_at >= start,
            TimeEntry.started_at < end,
        )
    ).one()
    if admin_entries:
        found.append(Candidate("manual_admin", admin_entries, round(admin * ADMIN_SHARE_SAVED)))
    if selling_entries:
        found.append(
            Candidate(
                "manual_selling_time", selling_entries, selling_entries * SELLING_ENTRY_MINUTES
            )
        )

    debriefed = aliased(Call)

    def after_debrief(account_col, created_col, not_self=None):
        cond = [
            debriefed.account_id == account_col,
            debriefed.deleted_at.is_(None),
            debriefed.debriefed_at.is_not(None),
            func.coalesce(func.trim(debriefed.next_steps), "") != "",
            _days_between(created_col, debriefed.debriefed_at).between(0, FOLLOW_UP_WINDOW_DAYS),
        ]
        if not_self is not None:
            cond.append(debriefed.id != not_self)
        return exists(select(debriefed.id).where(*cond))

    tasks = s.scalar(
        select(func.count(Task.id)).where(
            Task.deleted_at.is_(None),
            Task.created_by_rule.is_(None),
            Task.owner_id.in_(ids),
            Task.created_at >= start,
            Task.created_at < end,
            after_debrief(Task.account_id, Task.created_at),
        )
    )
    calls = s.scalar(
        select(func.count(Call.id)).where(
            Call.deleted_at.is_(None),
            Call.created_by_rule.is_(None),
            Call.owner_id.in_(ids),
            Call.created_at >= start,
            Call.created_at < end,
            after_debrief(Call.account_id, Call.created_at, Call.id),
        )
    )
    if tasks:
        found.append(Candidate("hand_follow_up_tasks", tasks, tasks * TASK_MINUTES))
    if calls:
        found.append(Candidate("hand_follow_up_calls", calls, calls * CALL_MINUTES))

    lead = aliased(Lead)
    accounts = s.scalar(
        select(func.count(Account.id)).where(
            Account.deleted_at.is_(None),
            Account.created_by_rule.is_(None),
            Account.owner_id.in_(ids),
            Account.created_at >= start,
            Account.created_at < end,
            exists(
                select(lead.id).where(
                    lead.qualified_at.is_not(None),
                    _days_between(Account.created_at, lead.qualified_at).between(
                        0, QUALIFY_WINDOW_DAYS
                    ),
                    or_(
                        lead.account_id == Account.id,
                        and_(
                            lead.company.is_not(None),
                            func.lower(lead.company) == func.lower(Account.name),
                        ),
                    ),
                )
            ),
        )
    )
    contacts = s.scalar(
        select(func.count(func.distinct(Contact.id)))
        .select_from(Contact)
        .join(
            lead,
            and_(
                lead.qualified_at.is_not(None),
                lead.owner_id.in_(ids),
                or_(
                    lead.contact_id == Contact.id,
                    and_(
                        lead.email.is_not(None),
                        func.lower(lead.email) == func.lower(Contact.email),
                    ),
                ),
            ),
        )
        .where(
            Contact.deleted_at.is_(None),
            Contact.created_by_rule.is_(None),
            Contact.created_at >= start,
            Contact.created_at < end,
            _days_between(Contact.created_at, lead.qualified_at).between(0, QUALIFY_WINDOW_DAYS),
        )
    )
    if accounts:
        found.append(Candidate("hand_accounts", accounts, accounts * ACCOUNT_MINUTES))
    if contacts:
        found.append(Candidate("hand_contacts", contacts, contacts * CONTACT_MINUTES))
    found.sort(key=lambda c: -c.minutes_saved)
    return found


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
                *_live([user_id]),
                TimeEntry.started_at >= utc_start_of(week_start),
                TimeEntry.started_at < utc_start_of(week_start + timedelta(days=7)),
            )
            .order_by(TimeEntry.started_at)
        )
    )


def timesheet(db: Database, user_id: uuid.UUID, week_start: date) -> Timesheet:
    _check_monday(week_start)
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
    _check_monday(week_start)
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
                        started_at=_utc_at(key[0], 9),
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
