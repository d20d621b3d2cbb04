"""The call pattern's inputs, settings and result: plain dataclasses, no database."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from ..i18n import QT_TRANSLATE_NOOP
from .notes import Note
from .travel import DEFAULT_DETOUR_FACTOR, DEFAULT_SPEED_KMH

# Why a visit was dropped: a code for programs and the UI, plus English text (`detail`).
NO_TIME = "no_time"  # the cycle has fewer hours than the pattern needs
DAY_FULL = "day_full"  # its day's route could not hold it
CLOSED = "closed"  # not open long enough on any working day
FIXED_CLASH = "fixed_clash"  # a fixed appointment clashing with another one on its day
# Marked for lupdate: the window shows QCoreApplication.translate("Territory", detail).
DETAILS = {
    NO_TIME: QT_TRANSLATE_NOOP(
        "Territory", "the cycle has too few working hours; the least valuable visits go first"
    ),
    DAY_FULL: QT_TRANSLATE_NOOP(
        "Territory", "its day could not hold it within the working hours and opening times"
    ),
    CLOSED: QT_TRANSLATE_NOOP("Territory", "not open long enough for the visit on any working day"),
    FIXED_CLASH: QT_TRANSLATE_NOOP(
        "Territory", "a fixed appointment that clashes with another one that day"
    ),
}

# Notes on a day or on the whole plan (Note: template + parameters, see notes.py).
LATE_LUNCH_NOTE = QT_TRANSLATE_NOOP(
    "Territory",
    "The fixed appointments leave no room for the lunch break between {start} and {end}: "
    "it is taken at {time}.",
)
NO_LUNCH_NOTE = QT_TRANSLATE_NOOP(
    "Territory", "The fixed appointments leave no room for the lunch break."
)
LONG_DAY_NOTE = QT_TRANSLATE_NOOP(
    "Territory",
    "The fixed appointments make a working day of {hours} h, longer than the maximum of {limit} h.",
)
SHORT_OF_TIME_NOTE = QT_TRANSLATE_NOOP(
    "Territory",
    "The pattern needs {needed} h but the cycle has {available} h: the least valuable "
    "visits were dropped.",
)
DROPPED_NOTE = QT_TRANSLATE_NOOP(
    "Territory", "Visits not planned: {count} of {required}; each is listed with its reason."
)


def seconds(hhmm: str) -> int:
    """ "HH:MM" as seconds since midnight."""
    hours, minutes = hhmm.split(":")
    return int(hours) * 3600 + int(minutes) * 60


@dataclass(frozen=True)
class PatternAccount:
    """An account to plan: `value` ranks what is dropped first (lowest first)."""

    id: str
    lat: float | None
    lon: float | None
    level: str  # A, B, C or D
    value: float = 1.0
    name: str = ""
    # {"mon": [["08:00", "17:00"]], ...}; a missing weekday = closed; None = always open
    opening_hours: Mapping[str, list] | None = None


@dataclass(frozen=True)
class FixedVisit:
    """An appointment that stays where it is: cycle day index (0-based) and start time."""

    account_id: str
    day: int
    start: str  # "HH:MM"
    duration_min: int | None = None  # None: the account's level visit duration


@dataclass(frozen=True)
class PatternSettings:
    """How often, how long and when: every default is a plain, documented guess."""

    # Weeks between visits per level: A weekly, B every second week, C once per 4-week
    # cycle, 0 = no visits (D: phone only).
    every_weeks: Mapping[str, int] = field(default_factory=lambda: {"A": 1, "B": 2, "C": 4, "D": 0})
    # Allowed days between repeat visits (the wrap into the next cycle counts too).
    gap_days: Mapping[str, tuple[int, int]] = field(
        default_factory=lambda: {"A": (5, 9), "B": (10, 18), "C": (20, 36)}
    )
    visit_min: Mapping[str, int] = field(default_factory=lambda: {"A": 45, "B": 40, "C": 30})
    weeks: int = 4
    workdays: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday = 0
    day_start: str = "08:00"
    day_end: str = "17:30"
    lunch_from: str = "12:00"  # the lunch break is taken inside this window
    lunch_to: str = "14:00"
    lunch_min: int = 30
    max_hours: float = 9.0  # leaving home to coming back, lunch included
    speed_kmh: float = DEFAULT_SPEED_KMH
    detour_factor: float = DEFAULT_DETOUR_FACTOR
    osrm_url: str | None = None  # each day routed on road times when this server answers

    def visits_per_cycle(self, level: str) -> int:
        """How many visits a level gets in the cycle (0 for phone only).

        An interval longer than the cycle still means one visit per cycle; a cycle that
        is not a multiple of the interval rounds down (4 x fortnightly in 5 weeks = 2).
        """
        every = self.every_weeks.get(level, 0)
        return 0 if every <= 0 else max(1, self.weeks // every)

    @property
    def days(self) -> int:
        return self.weeks * len(self.workdays)


@dataclass(frozen=True)
class PlannedVisit:
    account_id: str
    number: int  # 1..k within the cycle
    arrival: str  # visit start, HH:MM
    start_s: int  # seconds since midnight
    service_min: float
    fixed: bool = False
    name: str = ""


@dataclass(frozen=True)
class PatternDay:
    index: int  # 0-based cycle day
    week: int  # 0-based
    weekday: int  # Monday = 0
    date: date | None
    visits: list[PlannedVisit]
    drive_min: float
    work_min: float  # leaving home to coming back, lunch not counted
    depart: str | None = None
    back: str | None = None
    lunch: str | None = None  # when the lunch break starts, if the day reaches lunch time
    notes: list[Note] = field(default_factory=list)  # e.g. appointments that bent a rule
    # Rules the fixed appointments bent, each with a note: "late_lunch" (lunch after its
    # window), "no_lunch" (none), "long_day" (more than the maximum hours).
    bent: tuple[str, ...] = ()


@dataclass(frozen=True)
class DroppedVisit:
    account_id: str
    number: int
    level: str
    value: float
    day: int | None  # the day it was meant for, if it had one
    reason: str  # NO_TIME, DAY_FULL, CLOSED or FIXED_CLASH
    detail: str  # the reason in English
    name: str = ""

    @property
    def note(self) -> Note:
        """The reason as a note to translate (its template is `detail`)."""
        return Note(DETAILS[self.reason])


@dataclass(frozen=True)
class PatternPlan:
    days: list[PatternDay]
    dropped: list[DroppedVisit]  # lowest value first
    needs_location: list[str]  # account ids without coordinates
    required: int  # visits the pattern asks for (accounts with a location)
    hours_needed: float
    hours_available: float
    cycle_days: int  # calendar days in the cycle (weeks x 7), for spacing
    day_offsets: list[int]  # calendar day of each cycle day index
    notes: list[Note] = field(default_factory=list)  # about the whole plan

    @property
    def visits(self) -> int:
        return sum(len(d.visits) for d in self.days)

    @property
    def drive_min(self) -> float:
        return round(sum(d.drive_min for d in self.days), 1)

    @property
    def work_min(self) -> float:
        return round(sum(d.work_min for d in self.days), 1)

    @property
    def short_of_time(self) -> bool:
        return self.hours_needed > self.hours_available

    def visit_days(self) -> dict[str, list[int]]:
        """Cycle day indexes each account is visited on, in order."""
        out: dict[str, list[int]] = {}
        for day in self.days:
            for v in day.visits:
                out.setdefault(v.account_id, []).append(day.index)
        return out

    def gaps(self, account_id: str) -> list[int]:
        """Calendar days between an account's visits, the wrap into the next cycle included."""
        days = [self.day_offsets[d] for d in self.visit_days().get(account_id, [])]
        if len(days) < 2:
            return []
        return [b - a for a, b in pairwise(days)] + [days[0] + self.cycle_days - days[-1]]

    def totals(self) -> dict[str, object]:
        return {
            "visits": self.visits,
            "required": self.required,
            "dropped": len(self.dropped),
            "needs_location": len(self.needs_location),
            "drive_min": self.drive_min,
            "work_min": self.work_min,
            "hours_needed": round(self.hours_needed, 1),
            "hours_available": round(self.hours_available, 1),
            "spare_hours": round(self.spare_hours, 1),
        }

    @property
    def spare_hours(self) -> float:
        """Working hours of the cycle the plan leaves free (lunch breaks not counted)."""
        return max(0.0, self.hours_available - self.work_min / 60)


def drop_visits(
    a: PatternAccount, last: int, reason: str, day: int | None, first: int = 1
) -> list[DroppedVisit]:
    """DroppedVisit records for visits first..last of account `a`."""
    return [
        DroppedVisit(a.id, n, a.level, a.value, day, reason, DETAILS[reason], a.name)
        for n in range(first, last + 1)
    ]
