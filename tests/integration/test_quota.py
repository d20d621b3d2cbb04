"""The quota dashboard's core on real SQLite: the live position, weekly snapshots, the
gap and the inputs to close it (tests/quotakit.py describes the team)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import event, func, select

from salesdesk.core.deals.common import category_of, weeks_of
from salesdesk.core.deals.needs import needs
from salesdesk.core.deals.quota import position, quota_holders, team_of
from salesdesk.core.deals.snapshots import (
    ensure_weekly_snapshot,
    take_snapshot,
    weekly_positions,
)
from salesdesk.core.demo import generate
from salesdesk.core.models import Opportunity, PipelineStage, QuotaSnapshot
from salesdesk.core.today import utc_start_of
from tests.quotakit import build

TODAY = date(2026, 3, 11)  # a Wednesday; March 2026 begins on a Sunday


@pytest.fixture
def team(fresh_db):
    return fresh_db, build(fresh_db, TODAY)


def _snapshots(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(QuotaSnapshot))


def _at(day: date, hour: int = 9) -> datetime:
    return utc_start_of(day) + timedelta(hours=hour)


def test_position_sums_the_month_by_forecast_category(team):
    db, t = team
    alex = position(db, TODAY, [t.alex], TODAY).of(t.alex)
    assert alex.quota == 50000  # the Quota row, not the profile's 40,000
    assert (alex.closed_won, alex.won_deals) == (10000, 1)
    assert (alex.commit, alex.commit_deals) == (17000, 2)  # Negotiation + the rep's commit
    assert (alex.best_case, alex.best_case_deals) == (11000, 2)  # with the overdue one
    assert (alex.pipeline, alex.pipeline_deals) == (5000, 1)
    assert alex.gap == 50000 - 10000 - 17000


def test_overdue_deals_count_now_undated_ones_nowhere_omitted_ones_not_at_all(team):
    db, t = team
    alex = position(db, TODAY, [t.alex], TODAY).of(t.alex)
    assert (alex.overdue_deals, alex.overdue_amount) == (1, 3000)
    assert (alex.undated_deals, alex.undated_amount) == (1, 4000)
    assert alex.open_deals == 5  # the omitted 7,000 and next month's 9,000 are not here


def test_a_past_month_shows_only_what_was_won_and_a_later_month_its_own_deals(team):
    db, t = team
    february = position(db, date(2026, 2, 1), [t.alex], TODAY).of(t.alex)
    assert february.closed_won == 10000 + 6000  # the two wins of M-1
    assert february.open_deals == 0 and february.quota == 40000  # no Quota row: profile
    april = position(db, date(2026, 4, 1), [t.alex], TODAY).of(t.alex)
    assert (april.commit, april.best_case, april.closed_won) == (9000, 11000, 0)
    assert april.overdue_deals == 0 and april.undated_deals == 0


def test_the_team_is_the_managers_reps_and_sums_them(team):
    db, t = team
    assert team_of(db, t.max, TODAY) == [t.alex, t.bea]  # Max carries no quota
    found = position(db, TODAY, team_of(db, t.max, TODAY), TODAY)
    assert [r.name for r in found.reps] == ["Alex Rep", "Bea Rep"]
    assert found.total.quota == 50000 + 30000
    assert found.total.closed_won == 10000 + 5000
    with db.read() as s:
        assert set(quota_holders(s, TODAY)) == {t.alex, t.bea, t.zed}


def test_the_sql_category_follows_category_of(team):
    db, t = team
    with db.read() as s:
        rows = s.execute(
            select(Opportunity.amount, Opportunity.forecast_category, PipelineStage.probability)
            .join(PipelineStage, PipelineStage.id == Opportunity.stage_id)
            .where(
                Opportunity.owner_id == t.alex,
                ~PipelineStage.is_won,
                ~PipelineStage.is_lost,
                Opportunity.close_date < date(2026, 4, 1),
            )
        ).all()
    alex = position(db, TODAY, [t.alex], TODAY).of(t.alex)
    by_python: dict[str, float] = {}
    for amount, explicit, probability in rows:
        key = str(category_of(explicit, probability))
        by_python[key] = by_python.get(key, 0.0) + amount
    assert by_python == {
        "commit": alex.commit,
        "best_case": alex.best_case,
        "pipeline": alex.pipeline,
        "omitted": 7000,
    }


def test_a_snapshot_stores_every_rep_with_a_quota_in_one_transaction(team):
    db, t = team
    commits = []
    event.listen(db.engine, "commit", lambda _conn: commits.append(1))
    taken = take_snapshot(db, now=_at(date(2026, 3, 2)), today=date(2026, 3, 2))
    assert (taken.reps, taken.kind, taken.week_start) == (3, "manual", date(2026, 3, 2))
    assert len(commits) == 1
    with db.read() as s:
        rows = {r.user_id: r for r in s.scalars(select(QuotaSnapshot))}
    assert set(rows) == {t.alex, t.bea, t.zed}
    alex = rows[t.alex]
    assert (alex.quota, alex.closed_won, alex.commit, alex.best_case, alex.pipeline) == (
        50000,
        10000,
        17000,
        11000,
        5000,
    )
    assert alex.open_deals == 5 and alex.details["undated"] == 1
    assert alex.month == date(2026, 3, 1)


def test_a_past_week_keeps_what_was_stored_after_the_deal_changes(team):
    db, t = team
    take_snapshot(db, now=_at(date(2026, 3, 2)), today=date(2026, 3, 2))
    with db.write() as s:
        s.get(Opportunity, t.commit_deal).amount = 25000.0
    live = position(db, TODAY, [t.alex], TODAY).total
    weeks = weekly_positions(db, TODAY, [t.alex], TODAY, live=live)
    by_week = {w.week_start: w for w in weeks}
    past = by_week[date(2026, 3, 2)]
    assert past.source == "snapshot" and past.figures.commit == 17000
    now = by_week[date(2026, 3, 9)]
    assert now.live and now.figures.commit == 27000


def test_each_week_shows_its_last_snapshot_or_none(team):
    db, t = team
    take_snapshot(db, now=_at(date(2026, 3, 2)), today=date(2026, 3, 2))
    with db.write() as s:
        s.get(Opportunity, t.commit_deal).amount = 20000.0
    take_snapshot(db, now=_at(date(2026, 3, 4), 16), today=date(2026, 3, 4))
    weeks = weekly_positions(db, TODAY, [t.alex, t.bea], TODAY)
    assert [w.week_start for w in weeks] == weeks_of(TODAY)
    sources = [w.source for w in weeks]
    assert sources == ["none", "snapshot", "none", "future", "future", "future"]
    second = weeks[1]
    assert second.figures.commit == 22000 and second.reps == 2  # the later of the two
    assert second.figures.closed_won == 15000 and second.taken_at == _at(date(2026, 3, 4), 16)


def test_the_weekly_snapshot_is_taken_once_and_then_costs_one_query(team):
    db, _t = team
    monday = date(2026, 3, 9)
    assert ensure_weekly_snapshot(db, monday, _at(monday)).kind == "auto"
    statements = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    assert ensure_weekly_snapshot(db, TODAY, _at(TODAY)) is None
    assert [q.split()[0] for q in statements if not q.startswith("BEGIN")] == ["SELECT"]
    assert _snapshots(db) == 3
    # A manual one does not stand in for the week's automatic one.
    take_snapshot(db, now=_at(date(2026, 3, 16)), today=date(2026, 3, 16))
    assert ensure_weekly_snapshot(db, date(2026, 3, 17), _at(date(2026, 3, 17))) is not None
    assert _snapshots(db) == 9


def test_a_week_across_two_months_gets_an_automatic_snapshot_in_each(team):
    db, _t = team
    assert ensure_weekly_snapshot(db, date(2026, 3, 30), _at(date(2026, 3, 30))) is not None
    assert ensure_weekly_snapshot(db, date(2026, 3, 31), _at(date(2026, 3, 31))) is None
    taken = ensure_weekly_snapshot(db, date(2026, 4, 1), _at(date(2026, 4, 1)))
    assert (taken.month, taken.week_start) == (date(2026, 4, 1), date(2026, 3, 30))


def test_needs_follow_the_hand_worked_example(team):
    """Alex, March 2026, today Wednesday 11 March (tests/quotakit.py has the data).

    Position: quota 50,000 (Quota row); won 10,000; commit 15,000 + 2,000 = 17,000.
        gap = 50,000 - 10,000 - 17,000 = 23,000
    History: September 2025 to February 2026 (the six whole months before March).
        won 4, lost 4          -> win rate 4 / 8 = 0.5
        won 36,000             -> average won deal 36,000 / 4 = 9,000
        cycles 30, 40, 50, 60  -> 45 days; a deal created today closes 11 Mar + 45 = 25 Apr
        out of Proposal: 5 moves, 4 forward (to Negotiation), 1 to lost    -> 0.8
        out of Negotiation: 5 moves, 4 forward (to won), 1 back to Proposal -> 0.8
        P(win from Proposal) = 0.8 * 0.8 = 0.64
        36 done calls / 4 won  -> 9 calls per won deal
    Inputs:
        deals to win    = ceil(23,000 / 9,000) = ceil(2.56) = 3
        deals to create = ceil(3 / 0.5)        = 6
        proposals       = ceil(3 / 0.64)       = ceil(4.69) = 5
        calls in total  = ceil(3 * 9)          = 27
        weeks left: the weeks of 9, 16, 23 and 30 March = 4
        calls this week = ceil(27 / 4)         = ceil(6.75) = 7
    """
    db, t = team
    n = needs(db, TODAY, [t.alex], TODAY)
    h = n.history
    assert n.gap == 23000
    assert (h.since, h.until) == (date(2025, 9, 1), date(2026, 3, 1))
    assert (h.won, h.lost, h.win_rate, h.average_won) == (4, 4, 0.5, 9000)
    assert h.cycle_days == pytest.approx(45.0)
    assert (h.calls, h.calls_per_won) == (36, 9)
    stages = {s.name: (s.left, s.forward) for s in h.stages}
    assert stages["Proposal"] == (5, 4) and stages["Negotiation"] == (5, 4)
    assert n.proposal_stage == "Proposal" and n.proposal_rate == pytest.approx(0.64)
    assert (n.deals_to_win, n.deals_to_create, n.proposals) == (3, 6, 5)
    assert (n.calls_total, n.weeks_left, n.calls_this_week) == (27, 4, 7)
    assert n.new_deal_closes == date(2026, 4, 25)
    assert n.shortfalls == ()


def test_thin_history_gives_a_reason_instead_of_numbers(team):
    db, t = team
    n = needs(db, TODAY, [t.bea], TODAY)  # Bea has no closed deal before March
    assert n.gap == 30000 - 5000
    assert n.deals_to_win is None and n.deals_to_create is None and n.calls_this_week is None
    assert n.shortfalls[0].code == "thin_history"
    assert n.shortfalls[0].values == {"closed": 0, "least": 3}
    assert any(s.code == "thin_stage" for s in n.shortfalls)


def test_a_covered_quota_needs_nothing(team):
    db, t = team
    with db.write() as s:
        s.get(Opportunity, t.commit_deal).amount = 60000.0
    n = needs(db, TODAY, [t.alex], TODAY)
    assert n.gap == 0
    assert (n.deals_to_win, n.deals_to_create, n.proposals, n.calls_this_week) == (0, 0, 0, 0)


def test_the_demo_stores_the_past_weeks_as_the_deals_stood_then(fresh_db):
    today = date(2024, 6, 27)  # Thursday; June 2024 begins on a Saturday
    generate(fresh_db, accounts=200, seed=5, today=today)
    with fresh_db.read() as s:
        holders = quota_holders(s, today)
        snaps = s.scalars(select(QuotaSnapshot)).all()
        first = date(2024, 6, 1)
        for snap in snaps:
            won = s.scalar(
                select(func.coalesce(func.sum(Opportunity.amount), 0.0))
                .join(PipelineStage, PipelineStage.id == Opportunity.stage_id)
                .where(
                    PipelineStage.is_won,
                    Opportunity.owner_id == snap.user_id,
                    Opportunity.closed_at >= utc_start_of(first),
                    Opportunity.closed_at <= snap.taken_at,
                )
            )
            assert snap.closed_won == pytest.approx(won)
    weeks = {(s.week_start, s.user_id) for s in snaps}
    mondays = [date(2024, 5, 27) + timedelta(days=7 * i) for i in range(5)]
    assert weeks == {(m, u) for m in mondays for u in holders}
    assert all(s.kind == "auto" and s.month == first for s in snaps)
    assert sum(s.open_deals for s in snaps) > 0 and sum(s.closed_won for s in snaps) > 0
    # The app's own start this week finds the demo's snapshot and takes none.
    assert ensure_weekly_snapshot(fresh_db, today, _at(today)) is None
