"""Shared state of one demo generation run: the seeded RNG, the clock, and what exists."""

from __future__ import annotations

import random
import uuid
from bisect import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

from sqlalchemy import Table

from ..errors import SalesDeskError
from ..i18n import QT_TRANSLATE_NOOP
from .bulk import BulkWriter, Row
from .pools import Pools, Town

T = TypeVar("T")
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class DemoRandom(random.Random):
    """random.Random with choice/randint from one random() call: 4x faster, still seeded."""

    def choice(self, seq: Sequence[T]) -> T:
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))


class DemoCancelled(SalesDeskError):  # noqa: N818 - public API name
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "Demo data generation was cancelled; nothing was saved.")
        )


@dataclass
class Person:
    id: uuid.UUID
    name: str
    role: str
    territory: int | None = None  # index into Ctx.territories
    quota: float = 0.0


@dataclass
class AccountRef:
    """What later phases need to know about one account."""

    id: uuid.UUID
    name: str
    town: Town
    lat: float | None
    lon: float | None
    owner: uuid.UUID
    manager: uuid.UUID | None
    customer: bool
    level: str
    potential: float
    created: datetime
    domain: str
    contacts: list[uuid.UUID] = field(default_factory=list)
    opportunities: list[uuid.UUID] = field(default_factory=list)


@dataclass
class OpportunityRef:
    id: uuid.UUID
    account: int
    stage: str
    owner: uuid.UUID
    closed_at: datetime | None


@dataclass
class Ctx:
    rng: random.Random
    today: date
    writer: BulkWriter
    pools: Pools
    towns: tuple[Town, ...]
    n_accounts: int
    cancel: Cancel | None = None
    me: uuid.UUID | None = None
    manager: Person | None = None
    people: list[Person] = field(default_factory=list)
    territories: list[tuple[uuid.UUID, str]] = field(default_factory=list)
    accounts: list[AccountRef] = field(default_factory=list)
    opportunities: list[OpportunityRef] = field(default_factory=list)
    # reference data read from the database
    stages: dict[str, Any] = field(default_factory=dict)  # name -> (id, probability)
    products: list[tuple[uuid.UUID, float, str]] = field(default_factory=list)
    criteria: dict[str, uuid.UUID] = field(default_factory=dict)
    framework_id: uuid.UUID | None = None
    questions: list[str] = field(default_factory=list)
    objections: list[tuple[str, str | None]] = field(default_factory=list)

    @property
    def damp(self) -> float:
        """Per-account rates of secondary records shrink above 20,000 accounts."""
        return min(1.0, (20000 / self.n_accounts) ** 0.4)

    def per_account(self, rate: float) -> int:
        """How many of something for one account: `rate` on average, damped."""
        expected = rate * self.damp
        whole = int(expected)
        return whole + (1 if self.rng.random() < expected - whole else 0)

    @property
    def start(self) -> datetime:
        """Midnight at the start of `today`: every generated past event is before it."""
        return datetime.combine(self.today, time())

    def uid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def days_ago(self, low: float, high: float) -> datetime:
        """A moment between `high` and `low` days before today, to the second."""
        seconds = int(self.rng.uniform(low, high) * 86400)
        return self.start - timedelta(seconds=max(seconds, 60))

    def add(
        self, table: Table, created: datetime, updated: datetime | None = None, **fields: Any
    ) -> uuid.UUID:
        """Queue one row with fresh id, timestamps and version 1; return its id."""
        row: Row = {
            "id": self.uid(),
            "created_at": created,
            "updated_at": updated or created,
            "version": 1,
        }
        row.update(fields)
        self.writer.add(table, row)
        return row["id"]

    def check_cancel(self) -> None:
        if self.cancel is not None and self.cancel():
            raise DemoCancelled()

    def reps(self, *roles: str) -> list[Person]:
        return [p for p in self.people if p.role in roles]


def pick(rng: random.Random, items: Sequence[T], cum_weights: Sequence[float]) -> T:
    """random.choices(items, cum_weights)[0] without its per-call overhead."""
    return items[bisect(cum_weights, rng.random() * cum_weights[-1])]


def uk_utc_offset(day: date) -> int:
    """Hours the UK is ahead of UTC on `day`: 1 during British Summer Time, else 0."""

    def last_sunday(month: int) -> date:
        d = date(day.year, month, 31)
        return d - timedelta(days=(d.weekday() + 1) % 7)

    return 1 if last_sunday(3) <= day < last_sunday(10) else 0


def local_to_utc(day: date, hour: int, minute: int = 0) -> datetime:
    """A UK wall-clock time on `day` as naive UTC (the storage convention)."""
    return datetime.combine(day, time(hour, minute)) - timedelta(hours=uk_utc_offset(day))


def working_days(start: date, end: date) -> list[date]:
    """Monday to Friday from `start` up to and excluding `end`."""
    days, d = [], start
    while d < end:
        if d.weekday() < 5:
            days.append(d)
        d += timedelta(days=1)
    return days
