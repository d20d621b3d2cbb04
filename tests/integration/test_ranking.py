"""Account ranking and attention levels against a real SQLite file."""

from __future__ import annotations

import argparse
import json
import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from salesdesk.commands import rank as rank_command
from salesdesk.core.demo import generate
from salesdesk.core.models import Account, Call, Opportunity, PipelineStage
from salesdesk.core.territory.attention import (
    AccountNotFoundError,
    InvalidAttentionLevelError,
    apply_attention_levels,
    set_attention_override,
)
from salesdesk.core.territory.ranking import (
    InvalidRankingWeightsError,
    RankingWeights,
    rank_accounts,
)
from salesdesk.core.today import utc_start_of

TODAY = date(2026, 6, 15)


def add_account(
    db,
    name: str,
    potential: float,
    revenue: float = 0.0,
    kind: str = "prospect",
    located: bool = True,
    visited_days_ago: int | None = None,
    deal: tuple[float, str] | None = None,
) -> uuid.UUID:
    with db.write() as s:
        account = Account(
            name=name,
            kind=kind,
            city="Bolton",
            estimated_potential=potential,
            current_revenue=revenue,
            lat=53.58 if located else None,
            lon=-2.43 if located else None,
        )
        s.add(account)
        s.flush()
        if visited_days_ago is not None:
            when = utc_start_of(TODAY - timedelta(days=visited_days_ago)) + timedelta(hours=10)
            s.add(
                Call(
                    account_id=account.id,
                    call_type="visit",
                    status="done",
                    planned_start=when,
                    checked_in_at=when,
                )
            )
        if deal is not None:
            amount, stage_name = deal
            stage = s.scalar(select(PipelineStage.id).where(PipelineStage.name == stage_name))
            s.add(Opportunity(account_id=account.id, name="Deal", stage_id=stage, amount=amount))
        return account.id


def ranked(db, **kwargs):
    return rank_accounts(db, today=TODAY, **kwargs)


def test_an_empty_database_ranks_nothing_without_error(db):
    result = ranked(db)
    assert result.accounts == [] and result.needs_location == []
    assert result.total_score == 0
    assert apply_attention_levels(db, today=TODAY) == 0


def test_score_parts_add_up_and_are_explained_in_words(db):
    account = add_account(
        db,
        "Acme",
        100_000,
        revenue=40_000,
        kind="customer",
        visited_days_ago=30,
        deal=(10_000, "Proposal"),  # 60 % stage probability
    )
    with db.write() as s:  # neither a phone call nor a planned visit counts as a visit
        recent = utc_start_of(TODAY - timedelta(days=2))
        s.add(Call(account_id=account, call_type="phone", status="done", planned_start=recent))
        s.add(Call(account_id=account, call_type="visit", status="planned", planned_start=recent))
    (a,) = ranked(db).accounts
    assert a.parts["expected_value"] == pytest.approx(60_000 * 0.6 * 0.35)
    assert a.parts["open_pipeline"] == pytest.approx(10_000 * 0.6 * 0.35)
    assert a.parts["recency"] == pytest.approx((12_600 + 2_100) * 0.5 * 30 / 90)
    assert sum(a.parts.values()) == pytest.approx(a.score)
    assert a.days_since_visit == 30
    assert a.explanation == (
        "customer, potential £100k, 40% share of wallet, last visit 30 days ago, "
        "open pipeline £6k (weighted)"
    )


def test_weights_change_the_score_and_bad_weights_are_refused(db):
    add_account(db, "Acme", 100_000)
    base = ranked(db).accounts[0].score
    doubled = ranked(db, weights=RankingWeights(margin=0.7)).accounts[0].score
    assert doubled == pytest.approx(2 * base)
    with pytest.raises(InvalidRankingWeightsError):
        RankingWeights(margin=1.5)
    with pytest.raises(InvalidRankingWeightsError):
        RankingWeights(a_share=0.6, b_share=0.3, c_share=0.2)


def test_bigger_headroom_ranks_higher_all_else_equal(db):
    add_account(db, "Small", 50_000, revenue=30_000, kind="customer", visited_days_ago=10)
    add_account(db, "Big", 50_000, revenue=10_000, kind="customer", visited_days_ago=10)
    assert [a.name for a in ranked(db).accounts] == ["Big", "Small"]


def test_a_longer_gap_since_the_last_visit_ranks_higher(db):
    add_account(db, "Seen", 50_000, visited_days_ago=3)
    add_account(db, "Forgotten", 50_000, visited_days_ago=60)
    add_account(db, "Never", 50_000)
    result = ranked(db)
    assert [a.name for a in result.accounts] == ["Never", "Forgotten", "Seen"]
    assert "never visited" in result.accounts[0].explanation


def test_levels_follow_the_pareto_thresholds(db):
    # Shares 55 / 27 / 14 / 4 %: cumulative before each 0, 55, 82, 96 % (no ties at a boundary).
    for name, potential in (("a", 55_000), ("b", 27_000), ("c", 14_000), ("d", 4_000)):
        add_account(db, name, potential)
    add_account(db, "nothing to gain", 20_000, revenue=25_000, kind="customer")
    result = ranked(db)
    assert [(a.name, a.derived_level) for a in result.accounts] == [
        ("a", "A"),
        ("b", "B"),
        ("c", "C"),
        ("d", "D"),
        ("nothing to gain", "D"),
    ]
    wider = ranked(db, weights=RankingWeights(a_share=0.85, b_share=0.1, c_share=0.05))
    assert [a.derived_level for a in wider.accounts] == ["A", "A", "A", "C", "D"]


def test_overrides_are_kept_marked_and_cleared_back_to_the_derived_level(db):
    top = add_account(db, "Top", 90_000)
    add_account(db, "Other", 10_000)
    apply_attention_levels(db, today=TODAY)
    assert set_attention_override(db, top, "d") == "D"
    a = next(a for a in ranked(db).accounts if a.id == top)
    assert (a.override, a.attention_level, a.derived_level, a.level) == (True, "D", "A", "D")
    assert apply_attention_levels(db, today=TODAY) == 0  # the override stays
    assert set_attention_override(db, top, None, today=TODAY) == "A"
    a = next(a for a in ranked(db).accounts if a.id == top)
    assert (a.override, a.attention_level, a.level) == (False, "A", "A")


def test_override_errors_name_the_problem_and_change_nothing(db):
    account = add_account(db, "Acme", 10_000)
    with pytest.raises(InvalidAttentionLevelError, match="E is not an attention level"):
        set_attention_override(db, account, "E")
    with pytest.raises(AccountNotFoundError):
        set_attention_override(db, uuid.uuid4(), "A")
    assert ranked(db).accounts[0].override is False


def test_accounts_without_coordinates_are_flagged_not_dropped(db):
    add_account(db, "Mapped", 10_000)
    lost = add_account(db, "Lost", 80_000, located=False)
    result = ranked(db)
    assert [a.name for a in result.accounts] == ["Lost", "Mapped"]
    assert [a.id for a in result.needs_location] == [lost]
    assert result.accounts[0].derived_level == "A"


def test_apply_is_one_unit_of_work_and_idempotent(db):
    ids = [add_account(db, f"Account {i}", 10_000 * (i + 1)) for i in range(6)]
    notices = []
    db.subscribe(notices.append)
    assert apply_attention_levels(db, today=TODAY) == 6
    assert notices == [frozenset({"accounts"})]
    assert apply_attention_levels(db, today=TODAY) == 0
    assert len(notices) == 1
    with db.read() as s:
        rows = s.execute(select(Account.attention_level, Account.version)).all()
    assert all(level is not None and version == 2 for level, version in rows)
    # A failure on one row rolls back every row of the unit of work.
    with db.write() as s:
        s.execute(text("UPDATE accounts SET attention_level = NULL"))
        s.execute(
            text(
                "CREATE TRIGGER refuse BEFORE UPDATE OF attention_level ON accounts "
                f"WHEN OLD.id = '{ids[0].hex}' BEGIN SELECT RAISE(ABORT, 'refused'); END"
            )
        )
    with pytest.raises(DBAPIError):
        apply_attention_levels(db, today=TODAY)
    with db.read() as s:
        assert (
            s.scalar(text("SELECT count(*) FROM accounts WHERE attention_level IS NOT NULL")) == 0
        )


def test_demo_territory_ranks_every_account_with_levels_per_owner(db):
    summary = generate(db, accounts=300, today=TODAY)
    result = ranked(db)
    assert len(result.accounts) == 300
    assert [a.score for a in result.accounts] == sorted(
        (a.score for a in result.accounts), reverse=True
    )
    for a in result.accounts:
        assert sum(a.parts.values()) == pytest.approx(a.score)
        assert a.explanation and "<" not in a.explanation
    with db.read() as s:
        unlocated = set(s.scalars(select(Account.id).where(Account.lat.is_(None))))
    assert {a.id for a in result.needs_location} == unlocated
    mine = ranked(db, owner_id=summary.me)
    assert mine.accounts and all(a.owner_id == summary.me for a in mine.accounts)
    # An account's level does not depend on who is looking at the list.
    everyone = {a.id: a.derived_level for a in result.accounts}
    assert all(everyone[a.id] == a.derived_level for a in mine.accounts)
    a_share = sum(a.score for a in mine.accounts if a.derived_level == "A") / mine.total_score
    assert 0.5 <= a_share < 0.5 + mine.accounts[0].score / mine.total_score


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="salesdesk")
    rank_command.add_parser(parser.add_subparsers(dest="command"))
    return parser


def test_rank_command_prints_json_and_a_table(ctx, capsys):
    generate(ctx.db, accounts=120, today=date.today())
    assert rank_command.run(ctx, _parser().parse_args(["rank", "--json", "--limit", "5"])) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["accounts"]) == 5
    first = data["accounts"][0]
    assert {"rank", "level", "score", "parts", "explanation", "override"} <= set(first)
    assert isinstance(data["needs_location"], list)
    assert rank_command.run(ctx, _parser().parse_args(["rank", "--limit", "3", "--apply"])) == 0
    out = capsys.readouterr().out
    assert "Attention levels stored" in out and "potential £" in out
    assert rank_command.run(ctx, _parser().parse_args(["rank", "--apply", "--json"])) == 0
    assert json.loads(capsys.readouterr().out)["applied"] == 0


def test_rank_command_on_an_empty_database(ctx, capsys):
    assert rank_command.run(ctx, _parser().parse_args(["rank"])) == 0
    assert "No accounts" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        _parser().parse_args(["rank", "--limit", "0"])
