"""Weekly quota snapshots: each rep's position stored as it was known, week by week.

The app takes one automatically at its first start of each week (`ensure_weekly_snapshot`)
and a user on demand (`take_snapshot`). A snapshot belongs to the month and the week
(Monday) of the local day it was taken on; a week that straddles two months gets an
automatic snapshot in each of them, the first start of the week and the first start in
the new month. A past week then shows the last snapshot taken in it, what was really
known then, never a recomputation; the current week may show the live position.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ..db import Database
from ..models import QuotaSnapshot, new_id, utcnow
from ..today import local_day
from .common import month_start, week_start, weeks_of
from .quota import Figures, position_in, quota_holders, total

AUTO, MANUAL = "auto", "manual"


@dataclass(frozen=True)
class SnapshotTaken:
    month: date
    week_start: date
    taken_at: datetime
    kind: str
    reps: int


@dataclass(frozen=True)
class WeekPosition:
    """One week of a month: the figures to show and where they come from.

    source: "snapshot" (the last one taken in the week, summed over the reps that have
    one), "live" (the current week, computed now), "none" (a past or current week with no
    snapshot: shown as such, never made up) or "future".
    """

    week_start: date
    source: str
    figures: Figures | None = None
    taken_at: datetime | None = None  # the newest of the summed snapshots
    reps: int = 0  # how many reps the figures sum

    @property
    def live(self) -> bool:
        return self.source == "live"


def take_snapshot(
    db: Database, kind: str = MANUAL, now: datetime | None = None, today: date | None = None
) -> SnapshotTaken:
    """Store the current month's position of every rep with a quota, in one transaction.

    `now` is naive UTC (default: now); `today` the local day it falls on (derived).
    """
    with db.write() as session:
        return _take(session, kind, now, today)


def ensure_weekly_snapshot(
    db: Database, today: date | None = None, now: datetime | None = None
) -> SnapshotTaken | None:
    """Take this week's automatic snapshot unless it exists; None when it already did.

    One query when the snapshot is there. Checked again inside the write, so two
    starts at once store one snapshot.
    """
    now = now or utcnow()
    today = today or local_day(now)
    with db.read() as session:
        if _has_auto(session, today):
            return None
    with db.write() as session:
        if _has_auto(session, today):
            return None
        return _take(session, AUTO, now, today)


def _has_auto(session: Session, today: date) -> bool:
    return (
        session.scalar(
            select(QuotaSnapshot.id)
            .where(
                QuotaSnapshot.kind == AUTO,
                QuotaSnapshot.week_start == week_start(today),
                QuotaSnapshot.month == month_start(today),
                QuotaSnapshot.deleted_at.is_(None),
            )
            .limit(1)
        )
        is not None
    )


def _take(session: Session, kind: str, now: datetime | None, today: date | None) -> SnapshotTaken:
    if kind not in (AUTO, MANUAL):
        raise ValueError(f"a snapshot is 'auto' or 'manual', not {kind!r}")
    now = now or utcnow()
    today = today or local_day(now)
    month, week = month_start(today), week_start(today)
    found = position_in(session, month, quota_holders(session, month), today)
    rows = [
        {
            "id": new_id(),
            "created_at": now,
            "updated_at": now,
            "version": 1,
            "user_id": rep.user_id,
            "month": month,
            "week_start": week,
            "taken_at": now,
            "kind": kind,
            **stored_values(rep.figures),
        }
        for rep in found.reps
    ]
    if rows:
        session.execute(insert(QuotaSnapshot), rows)
        session.info.setdefault("changed", set()).add(QuotaSnapshot.__tablename__)
    return SnapshotTaken(month, week, now, kind, len(rows))


def stored_values(f: Figures) -> dict:
    """A snapshot row's figures (the demo stores its past weeks the same way)."""
    return {
        "quota": f.quota,
        "closed_won": f.closed_won,
        "commit": f.commit,
        "best_case": f.best_case,
        "pipeline": f.pipeline,
        "open_deals": f.open_deals,
        "details": {
            "won": f.won_deals,
            "commit": f.commit_deals,
            "best_case": f.best_case_deals,
            "pipeline": f.pipeline_deals,
            "overdue": f.overdue_deals,
            "overdue_amount": f.overdue_amount,
            "undated": f.undated_deals,
            "undated_amount": f.undated_amount,
        },
    }


def _figures(s: QuotaSnapshot) -> Figures:
    d = s.details if isinstance(s.details, dict) else {}

    def count(key: str) -> int:
        value = d.get(key)
        return int(value) if isinstance(value, int | float) else 0

    def amount(key: str) -> float:
        value = d.get(key)
        return float(value) if isinstance(value, int | float) else 0.0

    return Figures(
        quota=s.quota,
        closed_won=s.closed_won,
        commit=s.commit,
        best_case=s.best_case,
        pipeline=s.pipeline,
        won_deals=count("won"),
        commit_deals=count("commit"),
        best_case_deals=count("best_case"),
        pipeline_deals=count("pipeline"),
        overdue_deals=count("overdue"),
        overdue_amount=amount("overdue_amount"),
        undated_deals=count("undated"),
        undated_amount=amount("undated_amount"),
    )


def weekly_positions(
    db: Database,
    month: date,
    user_ids: Sequence[uuid.UUID],
    today: date | None = None,
    live: Figures | None = None,
) -> list[WeekPosition]:
    """Each week of `month` (common.weeks_of): the last snapshot taken in it, summed over
    the reps. The current week shows `live` (a position computed now) when given."""
    today = today or date.today()
    first = month_start(month)
    ids = list(dict.fromkeys(user_ids))
    last: dict[tuple[date, uuid.UUID], QuotaSnapshot] = {}
    if ids:
        with db.read() as session:
            for snap in session.scalars(
                select(QuotaSnapshot)
                .where(
                    QuotaSnapshot.month == first,
                    QuotaSnapshot.user_id.in_(ids),
                    QuotaSnapshot.deleted_at.is_(None),
                )
                .order_by(QuotaSnapshot.taken_at, QuotaSnapshot.id)
            ):
                last[(snap.week_start, snap.user_id)] = snap  # the later one wins
    this_week = week_start(today)
    weeks = []
    for monday in weeks_of(first):
        if monday == this_week and live is not None:
            weeks.append(WeekPosition(monday, "live", live, None, len(ids)))
            continue
        snaps = [s for (week, _user), s in last.items() if week == monday]
        if snaps:
            weeks.append(
                WeekPosition(
                    monday,
                    "snapshot",
                    total(_figures(s) for s in snaps),
                    max(s.taken_at for s in snaps),
                    len(snaps),
                )
            )
        else:
            weeks.append(WeekPosition(monday, "future" if monday > today else "none"))
    return weeks
