"""A small, hand-countable sales team for the quota tests (core, CLI and dashboard).

Everything is dated from the month of `today` (M): the month's deals, and a history in
the six whole months before it (M-6 .. M-1) that the needs example is worked from.

Team of Max (sales manager, no quota): Alex (Quota row 50,000 for M; profile 40,000) and
Bea (profile 30,000, no Quota row). Zed (quota 20,000) has no manager.

Alex in M:
  won        10,000  closed on the 1st
  commit     15,000  Negotiation (80%)           closes the last day of M
              2,000  Qualification, rep set commit
  best case   8,000  Proposal (60%)
              3,000  Needs analysis (40%), close date in M-1: overdue, counts in M
  pipeline    5,000  Prospecting (10%)
  left out    7,000  Proposal marked omitted; 4,000 Prospecting with no close date
              (undated); 9,000 Negotiation closing in M+1; 6,000 lost in M
Bea in M: won 5,000. Zed in M: won 1,000.

Alex's history (M-6 .. M-1): 4 won (12,000, 8,000, 10,000, 6,000 after 30, 40, 50, 60
days), 4 lost (1 from Proposal, 3 from Prospecting); moves out of Proposal: 4 forward to
Negotiation + 1 to lost; out of Negotiation: 4 to won + 1 back to Proposal; 36 done calls
(plus a planned one, one before the window, one in M and one of Bea's, not counted).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from salesdesk.core.db import Database
from salesdesk.core.deals.common import month_start, next_month
from salesdesk.core.domain import Role
from salesdesk.core.models import (
    Account,
    Call,
    Opportunity,
    PipelineStage,
    Quota,
    StageChange,
    User,
)
from salesdesk.core.reference import ensure_reference_data


@dataclass
class Team:
    month: date
    max: uuid.UUID
    alex: uuid.UUID
    bea: uuid.UUID
    zed: uuid.UUID
    commit_deal: uuid.UUID
    stages: dict[str, uuid.UUID]


def months_before(first: date, n: int) -> date:
    index = first.year * 12 + first.month - 1 - n
    return date(index // 12, index % 12 + 1, 1)


def build(db: Database, today: date) -> Team:
    m = month_start(today)
    last = next_month(m) - timedelta(days=1)
    with db.write() as s:
        ensure_reference_data(s)
        s.flush()
        stages = {st.name: st.id for st in s.scalars(select(PipelineStage))}
        boss = User(name="Max Boss", role=Role.SALES_MANAGER, monthly_quota=0.0)
        s.add(boss)
        s.flush()
        alex = User(name="Alex Rep", role=Role.FIELD_REP, monthly_quota=40000.0, manager_id=boss.id)
        bea = User(name="Bea Rep", role=Role.FIELD_REP, monthly_quota=30000.0, manager_id=boss.id)
        zed = User(name="Zed Solo", role=Role.FIELD_REP, monthly_quota=20000.0)
        s.add_all([alex, bea, zed])
        s.flush()
        s.add(Quota(user_id=alex.id, period_start=m, amount=50000.0))
        account = Account(name="Acme Packaging")
        s.add(account)
        s.flush()

        def deal(owner, stage, amount, close=None, closed=None, category=None, created=None):
            opp = Opportunity(
                account_id=account.id,
                name=f"{stage} {amount:.0f}",
                stage_id=stages[stage],
                amount=amount,
                close_date=close,
                closed_at=closed,
                owner_id=owner.id,
                forecast_category=category,
                created_at=created or datetime(m.year, m.month, 1) - timedelta(days=20),
            )
            s.add(opp)
            s.flush()
            return opp

        def move(opp, src, dst, at):
            s.add(
                StageChange(
                    opportunity_id=opp.id,
                    from_stage_id=stages[src] if src else None,
                    to_stage_id=stages[dst],
                    changed_at=at,
                )
            )

        first_moment = datetime(m.year, m.month, 1, 12)
        deal(alex, "Closed won", 10000.0, m, first_moment)
        commit = deal(alex, "Negotiation", 15000.0, last)
        deal(alex, "Qualification", 2000.0, last, category="commit")
        deal(alex, "Proposal", 8000.0, last)
        deal(alex, "Needs analysis", 3000.0, m - timedelta(days=10))
        deal(alex, "Prospecting", 5000.0, last)
        deal(alex, "Proposal", 7000.0, last, category="omitted")
        deal(alex, "Prospecting", 4000.0, None)
        deal(alex, "Negotiation", 9000.0, next_month(m) + timedelta(days=3))
        deal(alex, "Closed lost", 6000.0, m, first_moment)
        deal(bea, "Closed won", 5000.0, m, first_moment)
        deal(zed, "Closed won", 1000.0, m, first_moment)

        # History: M-2 and M-1 hold the wins, so every move of theirs is in the window.
        for month_back, amount, cycle in (
            (2, 12000.0, 30),
            (2, 8000.0, 40),
            (1, 10000.0, 50),
            (1, 6000.0, 60),
        ):
            start = months_before(m, month_back)
            closed = datetime(start.year, start.month, 15, 12)
            created = closed - timedelta(days=cycle)
            won = deal(alex, "Closed won", amount, closed.date(), closed, created=created)
            move(won, None, "Proposal", created)
            move(won, "Proposal", "Negotiation", created + timedelta(days=10))
            move(won, "Negotiation", "Closed won", closed)
        for month_back, src in (
            (3, "Proposal"),
            (4, "Prospecting"),
            (4, "Prospecting"),
            (5, "Prospecting"),
        ):
            start = months_before(m, month_back)
            closed = datetime(start.year, start.month, 10, 12)
            lost = deal(
                alex,
                "Closed lost",
                2000.0,
                closed.date(),
                closed,
                created=closed - timedelta(days=20),
            )
            move(lost, None, src, closed - timedelta(days=20))
            move(lost, src, "Closed lost", closed)
        back = deal(alex, "Proposal", 11000.0, next_month(m) + timedelta(days=5))
        move(back, "Proposal", "Negotiation", datetime(*months_before(m, 8).timetuple()[:3], 12))
        back_at = months_before(m, 2)
        move(back, "Negotiation", "Proposal", datetime(back_at.year, back_at.month, 10, 12))

        for i in range(36):
            start = months_before(m, 1 + i % 6)
            when = datetime(start.year, start.month, 3 + i // 6, 10)
            s.add(Call(account_id=account.id, owner_id=alex.id, status="done", planned_start=when))
        mid = months_before(m, 3)
        s.add(
            Call(
                account_id=account.id,
                owner_id=alex.id,
                status="planned",
                planned_start=datetime(mid.year, mid.month, 20, 10),
            )
        )
        early = months_before(m, 7)
        s.add(
            Call(
                account_id=account.id,
                owner_id=alex.id,
                status="done",
                planned_start=datetime(early.year, early.month, 20, 10),
            )
        )
        s.add(
            Call(account_id=account.id, owner_id=alex.id, status="done", planned_start=first_moment)
        )
        s.add(
            Call(
                account_id=account.id,
                owner_id=bea.id,
                status="done",
                planned_start=datetime(mid.year, mid.month, 20, 10),
            )
        )
        ids = Team(m, boss.id, alex.id, bea.id, zed.id, commit.id, stages)
    return ids
