"""What works on a hand-made pipeline whose every count is worked out below.

Stages (reference): Prospecting 0, Qualification 1, Needs analysis 2, Proposal 3,
Negotiation 4, Closed won, Closed lost. Day n = 2024-01-01 + n days, 12:00.

D1 (Food, 20 staff, rep A): Prospecting d0 -> Qualification d10 -> won d40.
D2 (Food, rep A): Prospecting d0 -> lost d5.
D3 (Chemicals, 300 staff, rep B): Qualification d0 -> Needs d30 -> back to Qual d32 -> Needs d50.
D4 (Chemicals, rep B): no history, now in Proposal.

Touches: T1 D1 visit/product demo d2 (Prosp; Qual on d10: advanced)
         T2 D1 phone/follow-up call d30 (Qual; won on d40: advanced)
         T3 D2 visit/product demo d1 (Prosp; lost on d5: not)
         T4 D3 email/proposal sent d20 (Qual; Needs on d30: advanced)
         T5 D3 visit/product demo d31 (Needs; back, then Needs again: never higher)
         T6 D4 phone, no tactic d5 (Proposal, from the deal: no history)
         T7 D1 visit/product demo d10, the moment of the move (Qual; won 30 days later)
         T9 D3 video/online demo d-2, before the first change (Qual; Needs 32 days later)
         T8 no deal, email d3
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from salesdesk.core.deals.whatworks import UNKNOWN, what_works
from salesdesk.core.models import Account, Opportunity, PipelineStage, StageChange, Touch, User

DAY0 = datetime(2024, 1, 1, 12, 0)


def day(n: float) -> datetime:
    return DAY0 + timedelta(days=n)


@pytest.fixture
def pipeline(db):
    with db.write() as s:
        stage = {st.name: st.id for st in s.scalars(select(PipelineStage))}
        rep_a, rep_b = User(name="Rep A", role="field_rep"), User(name="Rep B", role="field_rep")
        food = Account(name="Food Co", kind="customer", industry="Food", employees=20)
        chem = Account(name="Chem Co", kind="customer", industry="Chemicals", employees=300)
        s.add_all([rep_a, rep_b, food, chem])
        s.flush()

        def deal(name, account, owner, now, moves):
            opp = Opportunity(name=name, account_id=account.id, owner_id=owner.id)
            opp.stage_id = stage[now]
            s.add(opp)
            s.flush()
            before = None
            for when, to in moves:
                s.add(
                    StageChange(
                        opportunity_id=opp.id,
                        from_stage_id=before and stage[before],
                        to_stage_id=stage[to],
                        changed_at=day(when),
                    )
                )
                before = to
            return opp

        d1 = deal(
            "D1",
            food,
            rep_a,
            "Closed won",
            [(0, "Prospecting"), (10, "Qualification"), (40, "Closed won")],
        )
        d2 = deal("D2", food, rep_a, "Closed lost", [(0, "Prospecting"), (5, "Closed lost")])
        d3 = deal(
            "D3",
            chem,
            rep_b,
            "Needs analysis",
            [
                (0, "Qualification"),
                (30, "Needs analysis"),
                (32, "Qualification"),
                (50, "Needs analysis"),
            ],
        )
        d4 = deal("D4", chem, rep_b, "Proposal", [])

        def touch(opp, account, channel, tactic, when, user):
            s.add(
                Touch(
                    account_id=account.id,
                    opportunity_id=opp and opp.id,
                    channel=channel,
                    tactic=tactic,
                    occurred_at=day(when),
                    user_id=user.id,
                )
            )

        touch(d1, food, "visit", "product demo", 2, rep_a)  # T1
        touch(d1, food, "phone", "follow-up call", 30, rep_a)  # T2
        touch(d2, food, "visit", "product demo", 1, rep_a)  # T3
        touch(d3, chem, "email", "proposal sent", 20, rep_b)  # T4
        touch(d3, chem, "visit", "product demo", 31, rep_b)  # T5
        touch(d4, chem, "phone", None, 5, rep_b)  # T6
        touch(d1, food, "visit", "product demo", 10, rep_a)  # T7
        touch(None, food, "email", None, 3, rep_a)  # T8
        touch(d3, chem, "video", "online demo", -2, rep_b)  # T9
        return {"a": rep_a.id, "b": rep_b.id}


def _by_key(rows):
    return {f.key: f for f in rows}


def _counts(f):
    return (f.touches, f.deals, f.advanced.hits, f.advanced.n, f.won.hits, f.won.n)


def test_totals_and_baseline(db, pipeline):
    found = what_works(db)
    assert _counts(found.total.overall) == (8, 4, 3, 8, 1, 2)
    assert found.touches_without_deal == 1
    assert found.touches_without_tactic == 1
    assert found.days == 14


def test_per_channel_counts_touches_deals_advances_and_win_rate(db, pipeline):
    channels = _by_key(what_works(db).total.channels)
    assert _counts(channels["visit"]) == (4, 3, 1, 4, 1, 2)
    assert _counts(channels["phone"]) == (2, 2, 1, 2, 1, 1)
    assert _counts(channels["email"]) == (1, 1, 1, 1, 0, 0)
    assert _counts(channels["video"]) == (1, 1, 0, 1, 0, 0)
    assert list(channels) == ["visit", "phone", "email", "video"]  # most touches first
    assert channels["email"].won.value is None  # no closed deal: no rate, not 0%


def test_per_tactic_leaves_out_touches_without_one(db, pipeline):
    tactics = _by_key(what_works(db).total.tactics)
    assert set(tactics) == {"product demo", "follow-up call", "proposal sent", "online demo"}
    assert _counts(tactics["product demo"]) == (4, 3, 1, 4, 1, 2)
    assert _counts(tactics["follow-up call"]) == (1, 1, 1, 1, 1, 1)


def test_more_days_count_the_move_exactly_n_days_later(db, pipeline):
    found = what_works(db, days=30)
    assert found.total.overall.advanced.hits == 4  # T7: won exactly 30 days on
    assert _by_key(found.total.channels)["visit"].advanced.hits == 2


def test_stage_at_the_touch_comes_from_the_history(db, pipeline):
    stages = {t.key: t for t in what_works(db).by_stage}
    assert list(stages) == ["Prospecting", "Qualification", "Needs analysis", "Proposal"]
    assert _counts(stages["Prospecting"].overall) == (2, 2, 1, 2, 1, 2)
    # T2, T4, T7 (at the moment of the move) and T9 (before the first change).
    assert _counts(stages["Qualification"].overall) == (4, 2, 2, 4, 1, 1)
    assert _counts(stages["Needs analysis"].overall) == (1, 1, 0, 1, 0, 0)  # back and forth
    assert _counts(stages["Proposal"].overall) == (1, 1, 0, 1, 0, 0)  # no history: current
    qual = _by_key(stages["Qualification"].channels)
    assert _counts(qual["visit"]) == (1, 1, 0, 1, 1, 1)


def test_segments_split_by_industry_and_size_band(db, pipeline):
    found = what_works(db)
    industry = {t.key: t for t in found.by_industry}
    assert _counts(industry["Food"].overall) == (4, 2, 2, 4, 1, 2)
    assert _counts(industry["Chemicals"].overall) == (4, 2, 1, 4, 0, 0)
    assert [t.key for t in found.by_size] == ["10-49", "250-999"]
    assert found.by_size[0].overall.touches == 4
    assert UNKNOWN not in industry


def test_small_samples_are_flagged_below_the_threshold(db, pipeline):
    default = what_works(db)
    assert all(f.small for f in default.total.channels)  # all under 10
    found = what_works(db, small_sample=3)
    channels = _by_key(found.total.channels)
    assert not channels["visit"].advanced.small and channels["phone"].advanced.small
    assert found.total.overall.won.small  # 2 closed deals
    assert not found.total.overall.advanced.small


def test_period_and_owner_filters(db, pipeline):
    late = what_works(db, start=date(2024, 1, 21))
    assert late.total.overall.touches == 3  # T2, T4, T5
    assert late.touches_without_deal == 0
    only_a = what_works(db, owner_ids=[pipeline["a"]])
    assert _counts(only_a.total.overall) == (4, 2, 2, 4, 1, 2)
    assert only_a.touches_without_deal == 1
    early = what_works(db, end=date(2024, 1, 2))
    assert early.total.overall.touches == 2  # T3 (d1) and T9 (d-2)


def test_an_empty_database_gives_empty_tables(db):
    found = what_works(db)
    assert found.total.overall.touches == 0 and found.total.channels == []
    assert found.by_stage == [] and found.total.overall.won.value is None
