"""The time audit: where each week went, by activity category, and what the app could do.

Categories are a managed list in the setting `time_categories`: `[{"key", "label"}, ...]`.
Time entries store the **key** (the demo and call check-out already write
`selling_face_to_face`, `selling_remote`, `travel`, ...), so renaming a category keeps
its history; a new category gets a key made from its first label. Entries whose key is
no longer in the list (a removed category, an imported one) count under "other"
(`OTHER`) in the report and are left alone by the timesheet.

Weeks run Monday to Sunday on this computer's clock; entries are stored in naive UTC
and fall into the local day they started on.

The automation candidates (candidates.py) and the timesheet (timesheet.py) build on it.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ..db import Database
from ..domain import TimeSource
from ..errors import SalesDeskError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import TimeEntry, User
from ..today import utc_start_of
from ..workspace import get_setting, set_setting
from .candidates import Candidate, find_candidates, live_entries

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


def utc_at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour)).astimezone(UTC).replace(tzinfo=None)


def check_monday(week_start: date) -> None:
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
        .where(*live_entries(ids), TimeEntry.started_at >= bounds[-1], TimeEntry.started_at < end)
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
    check_monday(week_start)
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
                .where(
                    *live_entries(team), TimeEntry.started_at >= start, TimeEntry.started_at < end
                )
                .group_by(TimeEntry.user_id, TimeEntry.category)
            ).all()
            team_people = len({r[0] for r in rows})
            for _, cat, m in rows:
                team_cat[cat if cat in known else OTHER] += int(m or 0)
        candidates = find_candidates(s, ids, week_start, mine)

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
