"""Qualification analytics: leads by source and status, why leads were dropped, and per
rep and per source the conversion rate and the time it takes to qualify.

Conversion rate = qualified / decided (qualified + disqualified): leads still open do not
count against anyone. Time to qualify is the median days from entry to qualification.
Every figure comes with its count, so a 100% from two leads reads as two leads.
"""

from __future__ import annotations

import statistics
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import aliased

from ..db import Database
from ..domain import LeadStatus
from ..models import Lead, User


@dataclass(frozen=True)
class Group:
    key: str  # source, or rep name
    total: int
    by_status: dict[str, int]
    qualified: int
    disqualified: int
    conversion: float | None  # qualified / decided, None when nothing decided
    median_days: float | None  # entry to qualification

    @property
    def decided(self) -> int:
        return self.qualified + self.disqualified


@dataclass(frozen=True)
class LeadAnalytics:
    total: int
    by_source: list[Group]
    by_rep: list[Group]
    reasons: list[tuple[str, int]]  # most frequent first
    overall: Group


NO_SOURCE = "(none)"
NO_OWNER = "(nobody)"
NO_REASON = "(no reason)"


def lead_analytics(
    db: Database,
    start: date | None = None,
    end: date | None = None,
    owner_id: uuid.UUID | None = None,
) -> LeadAnalytics:
    """Leads entered from `start` to `end` (inclusive, either open-ended)."""
    owner = aliased(User)
    stmt = (
        select(
            Lead.source,
            Lead.status,
            Lead.disqualify_reason,
            Lead.created_at,
            Lead.qualified_at,
            owner.name,
        )
        .outerjoin(owner, owner.id == Lead.owner_id)
        .where(Lead.deleted_at.is_(None))
    )
    if start is not None:
        stmt = stmt.where(Lead.created_at >= datetime.combine(start, time.min))
    if end is not None:
        stmt = stmt.where(Lead.created_at <= datetime.combine(end, time.max))
    if owner_id is not None:
        stmt = stmt.where(Lead.owner_id == owner_id)
    with db.read() as s:
        rows = s.execute(stmt).all()
    sources: dict[str, list] = defaultdict(list)
    reps: dict[str, list] = defaultdict(list)
    reasons: Counter[str] = Counter()
    for row in rows:
        sources[(row.source or "").strip() or NO_SOURCE].append(row)
        reps[row.name or NO_OWNER].append(row)
        if row.status == LeadStatus.DISQUALIFIED:
            reasons[row.disqualify_reason or NO_REASON] += 1
    return LeadAnalytics(
        len(rows),
        _groups(sources),
        _groups(reps),
        reasons.most_common(),
        _group("", rows),
    )


def _groups(buckets: dict[str, list]) -> list[Group]:
    groups = [_group(key, rows) for key, rows in buckets.items()]
    return sorted(groups, key=lambda g: (-g.total, g.key))


def _group(key: str, rows: list) -> Group:
    statuses = Counter(row.status for row in rows)
    qualified = statuses.get(LeadStatus.QUALIFIED, 0)
    disqualified = statuses.get(LeadStatus.DISQUALIFIED, 0)
    decided = qualified + disqualified
    days = [
        (row.qualified_at - row.created_at).total_seconds() / 86400
        for row in rows
        if row.status == LeadStatus.QUALIFIED and row.qualified_at and row.created_at
    ]
    return Group(
        key,
        len(rows),
        {str(s): statuses.get(s, 0) for s in LeadStatus},
        qualified,
        disqualified,
        round(qualified / decided, 4) if decided else None,
        round(statistics.median(days), 1) if days else None,
    )
