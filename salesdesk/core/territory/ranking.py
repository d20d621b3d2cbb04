"""Rank accounts by potential value with a score that explains itself.

score = expected value + open pipeline + recency, all in money of expected margin:

- expected value = headroom (potential - current revenue, at least 0)
  x win or retention probability (customer / prospect) x margin
- open pipeline = sum of amount x probability of open deals, x `pipeline_weight`
- recency = (expected value + open pipeline) x `recency_weight` x min(days since the last
  done visit, cap) / cap; never visited counts as the cap. Scaling by the account's value
  makes a long gap urgent for a valuable account without lifting a tiny one to the top.

Attention levels come from the Pareto share of the total score within each owner's
book (an account's level does not depend on who looks at the list): A makes the top
`a_share` of the score, B the next `b_share`, C the next `c_share`, D (phone only) the rest.

Three aggregate queries and plain Python: no per-account query, no ORM objects.
"""

from __future__ import annotations

import gc
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Row
from sqlalchemy.orm import Session

from ..db import Database
from ..domain import AccountKind, AttentionLevel
from ..errors import SalesDeskError
from ..i18n import QT_TRANSLATE_NOOP
from ..today import utc_start_of
from .explain import explanation
from .levels import ParetoLevels
from .ranking_data import account_rows, last_visits, open_pipeline


class InvalidRankingWeightsError(SalesDeskError):
    def __init__(self, name: str, value: object, low: object, high: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "The ranking setting {name} must be from {low} to {high}, not {value}."
            ),
            name=name,
            value=value,
            low=low,
            high=high,
        )


@dataclass(frozen=True)
class RankingWeights:
    """How the score is built; every default is a plain, documented business guess."""

    customer_probability: float = 0.6  # chance of growing an existing customer's share
    prospect_probability: float = 0.25  # chance of winning a new logo
    margin: float = 0.35  # gross margin: turns revenue into value to us
    pipeline_weight: float = 0.35  # weighted pipeline counted at margin, like expected value
    recency_weight: float = 0.5  # at the cap, a visit gap adds half of the account's value
    recency_cap_days: int = 90  # beyond a quarter without a visit, more days add nothing
    a_share: float = 0.5  # A: accounts making the top 50 % of the total score
    b_share: float = 0.3  # B: the next 30 %
    c_share: float = 0.15  # C: the next 15 %; D (phone only): the rest

    def __post_init__(self) -> None:
        for name in ("customer_probability", "prospect_probability", "margin"):
            _check(name, getattr(self, name), 0.0, 1.0)
        _check("pipeline_weight", self.pipeline_weight, 0.0, 10.0)
        _check("recency_weight", self.recency_weight, 0.0, 10.0)
        _check("recency_cap_days", self.recency_cap_days, 1, 3650)
        for name in ("a_share", "b_share", "c_share"):
            _check(name, getattr(self, name), 0.0, 1.0)
        total = self.a_share + self.b_share + self.c_share
        _check("a_share + b_share + c_share", round(total, 6), 0.0, 1.0)


def _check(name: str, value: float, low: float, high: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise InvalidRankingWeightsError(name, value, low, high)


# Not frozen: a frozen dataclass's __init__ costs five times more, 50 ms for 10,000
# accounts on the reference machine. Treat instances as read-only values.
@dataclass(slots=True)
class RankedAccount:
    """One account's place in the ranking, its score parts and attention levels."""

    id: uuid.UUID
    name: str
    city: str | None
    kind: str
    owner_id: uuid.UUID | None
    score: float
    parts: dict[str, float]  # expected_value + open_pipeline + recency == score
    attention_level: str | None  # as stored now
    derived_level: str  # what the ranking says
    override: bool  # the rep fixed the level; it is kept
    has_location: bool
    potential: float
    current_revenue: float
    days_since_visit: int | None  # None: never visited
    open_pipeline: float  # sum of amount x probability (before pipeline_weight)
    currency: str = "GBP"

    @property
    def level(self) -> str:
        """The level that counts: the rep's override, else the derived one."""
        if self.override and self.attention_level:
            return self.attention_level
        return self.derived_level

    @property
    def explanation(self) -> str:
        """The score in words (built on demand: a view shows a few dozen rows at a time)."""
        return explanation(
            self.kind,
            self.potential,
            self.current_revenue,
            self.days_since_visit,
            self.open_pipeline,
            self.currency,
        )


@dataclass(frozen=True)
class RankingResult:
    accounts: list[RankedAccount]  # best first
    needs_location: list[RankedAccount]  # ranked too, but cannot be routed or mapped
    total_score: float
    today: date
    weights: RankingWeights = field(default_factory=RankingWeights)

    def level_counts(self) -> dict[str, int]:
        counts = dict.fromkeys((str(v) for v in AttentionLevel), 0)
        for a in self.accounts:
            counts[a.level] += 1
        return counts


def rank_accounts(
    db: Database,
    owner_id: uuid.UUID | None = None,
    weights: RankingWeights | None = None,
    today: date | None = None,
    currency: str = "GBP",
) -> RankingResult:
    """Every live account (of `owner_id`, or all), best first, with levels and reasons."""
    with db.read() as session:
        return rank_in_session(session, owner_id, weights, today, currency)


def rank_in_session(
    session: Session,
    owner_id: uuid.UUID | None = None,
    weights: RankingWeights | None = None,
    today: date | None = None,
    currency: str = "GBP",
) -> RankingResult:
    """rank_accounts() inside an open session, so a write can rank and store in one unit."""
    w = weights or RankingWeights()
    today = today or date.today()
    # Ids stay as the stored hex text until the end: converting every key of every
    # query to uuid.UUID cost more than all the arithmetic.
    with _gc_paused():
        rows = account_rows(session, owner_id)
        visits = last_visits(session, owner_id)
        pipeline = open_pipeline(session, owner_id)
        ranked = _score(rows, visits, pipeline, w, today, currency)
    return RankingResult(
        accounts=ranked,
        needs_location=[a for a in ranked if not a.has_location],
        total_score=sum(a.score for a in ranked),
        today=today,
        weights=w,
    )


def _score(
    rows: Sequence[Row],
    last_visits: dict[str, datetime],
    pipeline: dict[str, float],
    w: RankingWeights,
    today: date,
    currency: str,
) -> list[RankedAccount]:
    """Score, sort and level the account rows: the hot loop, kept to plain locals."""
    midnight = utc_start_of(today)
    cap, recency_weight, pipeline_weight = w.recency_cap_days, w.recency_weight, w.pipeline_weight
    p_customer, p_prospect, margin = w.customer_probability, w.prospect_probability, w.margin
    customer = AccountKind.CUSTOMER.value
    scored, totals = [], {}
    for row in rows:
        key, name, _city, kind, owner, revenue, potential, _located, _level, _override = row
        p = p_customer if kind == customer else p_prospect
        ev = (potential - revenue if potential > revenue else 0.0) * p * margin
        weighted = pipeline.get(key, 0.0)
        pipe = weighted * pipeline_weight
        last = last_visits.get(key)
        # Whole local days: from the UTC instant of local midnight today back to the visit.
        days = None if last is None else (0 if last >= midnight else (midnight - last).days + 1)
        gap = cap if days is None or days > cap else days
        recency = (ev + pipe) * recency_weight * gap / cap
        score = ev + pipe + recency
        totals[owner] = totals.get(owner, 0.0) + score
        # Sorting plain tuples needs no key function; name then id break ties stably.
        scored.append((-score, name, key, row, ev, pipe, recency, days, weighted))
    scored.sort()
    level_of = ParetoLevels(totals, (w.a_share, w.b_share, w.c_share))
    owners: dict[str | None, uuid.UUID | None] = {None: None}
    ranked = []
    add = ranked.append
    for neg, name, key, row, ev, pipe, recency, days, weighted in scored:
        _key, _name, city, kind, owner, revenue, potential, located, level, override = row
        if owner not in owners:
            owners[owner] = uuid.UUID(owner)
        add(
            RankedAccount(
                _uuid(key),
                name,
                city,
                kind,
                owners[owner],
                -neg,
                {"expected_value": ev, "open_pipeline": pipe, "recency": recency},
                level,
                level_of(owner, -neg),
                bool(override),
                bool(located),
                potential,
                revenue,
                days,
                weighted,
                currency,
            )
        )
    return ranked


def _uuid(
    hex_text: str,
    new=object.__new__,
    put=object.__setattr__,
    cls=uuid.UUID,
    unknown=uuid.SafeUUID.unknown,
) -> uuid.UUID:
    # What UUID(hex) builds, without its parsing and checks: half the cost, and the
    # text comes from our own Uuid column. 10,000 of these were 12 ms of the 0.2 s budget.
    if len(hex_text) != 32:  # not the stored form (dashes?): let UUID parse it
        return cls(hex_text)
    u = new(cls)
    put(u, "int", int(hex_text, 16))
    put(u, "is_safe", unknown)
    return u


@contextmanager
def _gc_paused() -> Iterator[None]:
    # Tens of thousands of short-lived objects and no cycles: the cyclic collector would
    # only rescan the heap (measured: a quarter of the time). generate() does the same.
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
