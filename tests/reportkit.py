"""A small hand-built team for the report tests, every number countable by hand.

March 2024 (weeks from Monday 26 Feb to Monday 25 Mar). Max manages Alex and Bea.
North holds Alex's accounts `north` (level A) and `plain` (no level); South holds Bea's
`south` (level B); `gone` (Alex's, level A) is deleted. Every time is midday, so no
local-day boundary is near. What each report should find is in
tests/integration/test_reports.py.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from salesdesk.core.db import Database
from salesdesk.core.domain import Role
from salesdesk.core.models import (
    Account,
    Call,
    Opportunity,
    PipelineStage,
    StageChange,
    Territory,
    TimeEntry,
    Touch,
    User,
)
from salesdesk.core.reports import ReportFilter

MARCH = ReportFilter(date(2024, 3, 1), date(2024, 3, 31))
GONE = datetime(2024, 3, 20, 12)  # deleted_at of the tombstones


@dataclass
class World:
    max: uuid.UUID
    alex: uuid.UUID
    bea: uuid.UUID
    north: uuid.UUID
    south: uuid.UUID


def at(day: int, hour: int = 12, month: int = 3) -> datetime:
    return datetime(2024, month, day, hour)


def build(db: Database) -> World:
    with db.write() as s:
        stages = {st.name: st.id for st in s.scalars(select(PipelineStage))}
        boss = User(name="Max Boss", role=Role.SALES_MANAGER)
        s.add(boss)
        s.flush()
        alex = User(name="Alex Rep", role=Role.FIELD_REP, manager_id=boss.id)
        bea = User(name="Bea Rep", role=Role.FIELD_REP, manager_id=boss.id)
        north, south = Territory(name="North"), Territory(name="South")
        s.add_all([alex, bea, north, south])
        s.flush()

        def account(name, owner, territory, level, deleted=None):
            a = Account(
                name=name,
                owner_id=owner.id,
                territory_id=territory.id,
                attention_level=level,
                deleted_at=deleted,
            )
            s.add(a)
            s.flush()
            return a

        a_north = account("North Ltd", alex, north, "A")
        a_plain = account("Plain Ltd", alex, north, None)
        a_south = account("South Ltd", bea, south, "B")
        a_gone = account("Gone Ltd", alex, north, "A", deleted=GONE)

        def deal(acc, owner, stage, amount, close=None, closed=None, deleted=None):
            o = Opportunity(
                account_id=acc.id,
                owner_id=owner.id,
                name=f"{stage} {amount}",
                stage_id=stages[stage],
                amount=amount,
                close_date=close,
                closed_at=closed,
                deleted_at=deleted,
                stage_entered_at=at(1),
            )
            s.add(o)
            s.flush()
            return o

        deal(a_north, alex, "Proposal", 10000.0, date(2024, 3, 20))
        deal(a_north, alex, "Prospecting", 2000.0, date(2024, 3, 5))
        deal(a_south, bea, "Proposal", 5000.0, date(2024, 3, 15))
        deal(a_north, alex, "Proposal", 7000.0, date(2024, 5, 1))  # outside the period
        deal(a_plain, alex, "Negotiation", 3000.0)  # no close date
        won = deal(a_north, alex, "Closed won", 4000.0, date(2024, 3, 10), at(10))
        deal(a_south, bea, "Closed lost", 1000.0, date(2024, 3, 11), at(11))
        deal(a_north, alex, "Proposal", 100000.0, date(2024, 3, 10), deleted=GONE)
        deal(a_gone, alex, "Proposal", 50000.0, date(2024, 3, 10))
        s.add(
            StageChange(
                opportunity_id=won.id,
                from_stage_id=stages["Proposal"],
                to_stage_id=stages["Closed won"],
                changed_at=at(10),
            )
        )

        def call(acc, owner, kind, status, when, **kw):
            c = Call(
                account_id=acc.id,
                owner_id=owner.id,
                call_type=kind,
                status=status,
                planned_start=when,
                **kw,
            )
            s.add(c)
            s.flush()
            return c

        visit = call(
            a_north,
            alex,
            "visit",
            "done",
            at(5, 10),
            checked_out_at=at(5, 11),
            debriefed_at=at(5, 13),
            review_status="reviewed",
            reviewer_id=boss.id,
        )
        call(
            a_north,
            alex,
            "phone",
            "done",
            at(6, 10),
            duration_min=30,
            debriefed_at=datetime(2024, 3, 6, 14, 30),
            review_status="reviewed",
            reviewer_id=bea.id,  # a peer, not a manager
        )
        call(a_south, bea, "visit", "done", at(12))
        call(a_north, alex, "visit", "planned", at(13))
        call(a_north, alex, "visit", "cancelled", at(14))
        call(a_north, alex, "visit", "done", at(7), deleted_at=GONE)

        def touch(acc, user, channel, when, **kw):
            s.add(
                Touch(account_id=acc.id, user_id=user.id, channel=channel, occurred_at=when, **kw)
            )

        touch(a_north, alex, "email", at(5), opportunity_id=won.id)
        touch(a_north, alex, "phone", at(19))
        touch(a_north, alex, "visit", at(5, 11), call_id=visit.id, opportunity_id=won.id)
        touch(a_south, bea, "email", at(12))
        touch(a_south, bea, "email", at(12), deleted_at=GONE)

        def entry(user, category, minutes, when, source="manual", deleted=None):
            s.add(
                TimeEntry(
                    user_id=user.id,
                    category=category,
                    minutes=minutes,
                    started_at=when,
                    source=source,
                    deleted_at=deleted,
                )
            )

        entry(alex, "selling_face_to_face", 120, at(5), source="auto")
        entry(alex, "admin", 60, at(6))
        entry(bea, "travel", 30, at(12))
        entry(alex, "mystery", 30, at(7))  # not a known category: other
        entry(alex, "admin", 999, at(8), deleted=GONE)
        entry(alex, "admin", 500, at(2, month=4))  # after the period
        ids = World(boss.id, alex.id, bea.id, north.id, south.id)
    return ids
