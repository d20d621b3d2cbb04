"""The What works report against deals.whatworks.what_works(), and its local days.

The report reads only the filter's touched deals (the rep and territory filter in SQL);
its figures must be what_works()'s for the same touches. Its period is local calendar
days, as every report's (period.bounds), whatever this computer's time zone.
"""

from __future__ import annotations

import os
import time
from datetime import date, datetime

import pytest
from sqlalchemy import select

from salesdesk.core.deals.whatworks import WhatWorks, what_works
from salesdesk.core.demo import generate
from salesdesk.core.domain import Role
from salesdesk.core.models import Account, Opportunity, Touch, User
from salesdesk.core.reports import ReportFilter, run_report
from salesdesk.core.reports.insight import ALL, ALL_TOUCHES, CHANNEL, CHANNELS, TACTIC
from tests import reportkit
from tests.reportkit import MARCH

TODAY = date(2024, 6, 12)
HALF_YEAR = ReportFilter(date(2024, 1, 1), date(2024, 6, 30))


@pytest.fixture
def zone():
    """Set this process's time zone (TZ and time.tzset) for one test, then put it back."""
    if not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset")
    before = os.environ.get("TZ")

    def set_zone(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield set_zone
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def expected_rows(found: WhatWorks) -> list[tuple]:
    """The report's rows for what_works()'s figures (insight.build_whatworks' layout)."""
    baseline = found.total.overall.won.value

    def row(method, by, f):
        win = f.won.value
        diff = None if win is None or baseline is None else win - baseline
        return (method, by, f.touches, f.deals, f.advanced.value, f.won.n, win, diff)

    if not found.total.overall.touches:
        return []
    return [
        row(ALL_TOUCHES, ALL, found.total.overall),
        *(row(CHANNELS.get(f.key, f.key), CHANNEL, f) for f in found.total.channels),
        *(row(f.key, TACTIC, f) for f in found.total.tactics),
    ]


def test_the_report_counts_what_works_counts_for_everyone_a_team_and_one_rep(db, zone):
    zone("UTC")  # what_works() counts naive UTC days: the same days here
    generate(db, accounts=60, seed=3, today=TODAY)
    with db.read() as s:
        manager = s.scalar(select(User.id).where(User.role == Role.SALES_MANAGER))
        team = tuple(
            s.scalars(select(User.id).where(User.manager_id == manager).order_by(User.name))
        )
        deleted = s.scalar(select(Account.id).where(Account.deleted_at.is_not(None)))
    assert deleted is None  # what_works() keeps deals of deleted accounts, the report not
    for reps in (None, team, team[:1], team[1:2]):
        flt = ReportFilter(HALF_YEAR.start, HALF_YEAR.end, rep_ids=reps)
        report = run_report(db, "whatworks", flt)
        found = what_works(db, start=flt.start, end=flt.end, owner_ids=reps)
        assert report.rows == expected_rows(found), reps
        assert found.total.overall.touches > 0


def test_the_territory_filter_keeps_the_deals_of_its_accounts(db):
    world = reportkit.build(db)
    north = run_report(db, "whatworks", ReportFilter(MARCH.start, MARCH.end, None, world.north))
    assert north.rows[0][:4] == (ALL_TOUCHES, ALL, 2, 1)  # the won deal's email and visit
    south = run_report(db, "whatworks", ReportFilter(MARCH.start, MARCH.end, None, world.south))
    assert south.rows == []  # Bea's only touch there is on no deal
    alex_south = ReportFilter(MARCH.start, MARCH.end, (world.alex,), world.south)
    assert run_report(db, "whatworks", alex_south).rows == []


def test_a_touch_is_in_the_local_day_it_happened_as_in_the_other_reports(db, zone):
    world = reportkit.build(db)
    zone("Europe/Berlin")  # UTC+1 in March 2024 until the 31st, then UTC+2
    with db.read() as s:
        deal = s.scalars(
            select(Opportunity).where(Opportunity.amount == 4000.0)  # the won deal
        ).one()
    with db.write() as s:
        for when in (
            datetime(2024, 2, 29, 23, 30),  # 1 March, 00:30 in Berlin: in March
            datetime(2024, 3, 31, 22, 30),  # 1 April, 00:30 in Berlin: not
        ):
            s.add(
                Touch(
                    account_id=deal.account_id,
                    opportunity_id=deal.id,
                    user_id=world.alex,
                    channel="phone",
                    occurred_at=when,
                )
            )
    report = run_report(db, "whatworks", MARCH)
    total = next(r for r in report.rows if r[1] == ALL)
    assert total[report.column("touches")] == 3  # the email, the visit, 1 March's call
    activities = run_report(db, "activities", MARCH)
    assert sum(r[activities.column("other")] for r in activities.rows) == 2  # the same day
    april = ReportFilter(date(2024, 4, 1), date(2024, 4, 30))
    assert run_report(db, "whatworks", april).rows[0][2] == 1  # 1 April's call


def test_one_reps_report_reads_their_touches_not_the_whole_teams(db):
    """The rep filter is applied in SQL: counted in SQLite steps (its progress handler),
    one rep's report reads a fraction of what everyone's does when the others have
    nearly all the touches and history."""
    from salesdesk.core.models import PipelineStage, StageChange
    from salesdesk.core.reports.insight import _what_works

    with db.write() as s:
        stages = list(s.scalars(select(PipelineStage.id).order_by(PipelineStage.position)))
        few, many = User(name="Few", role=Role.FIELD_REP), User(name="Many", role=Role.FIELD_REP)
        account = Account(name="Acme")
        s.add_all([few, many, account])
        s.flush()
        for owner, deals in ((few, 1), (many, 150)):
            for n in range(deals):
                deal = Opportunity(
                    name=f"{owner.name} {n}", account_id=account.id, owner_id=owner.id
                )
                deal.stage_id = stages[0]
                s.add(deal)
                s.flush()
                for k in range(8):
                    when = datetime(2024, 3, 1 + k, 12)
                    s.add(
                        Touch(
                            account_id=account.id,
                            opportunity_id=deal.id,
                            user_id=owner.id,
                            channel="email",
                            occurred_at=when,
                        )
                    )
                    s.add(
                        StageChange(
                            opportunity_id=deal.id, to_stage_id=stages[k % 3], changed_at=when
                        )
                    )
        ids = few.id, many.id

    def steps(flt: ReportFilter) -> int:
        counted = [0]
        with db.read() as s:
            raw = s.connection().connection.driver_connection

            def tick() -> int:
                counted[0] += 1
                return 0

            raw.set_progress_handler(tick, 100)
            try:
                found = _what_works(s, flt)
            finally:
                raw.set_progress_handler(None, 100)
        assert found.total.overall.touches == (8 if flt.rep_ids == ids[:1] else 1208)
        return counted[0]

    everyone = steps(ReportFilter(MARCH.start, MARCH.end))
    one = steps(ReportFilter(MARCH.start, MARCH.end, rep_ids=ids[:1]))
    assert one < everyone / 3, (one, everyone)
