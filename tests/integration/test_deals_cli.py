"""`salesdesk deals list|move` against a real demo database: filters, moves in every
direction, the stage history rows they write, and the exit codes."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from salesdesk.cli import main
from salesdesk.core.deals.moves import stage_history
from salesdesk.core.deals.records import deal_detail
from salesdesk.core.demo import generate
from salesdesk.core.domain import Role
from salesdesk.core.models import Opportunity, PipelineStage, StageChange
from salesdesk.core.workspace import ProfileInput, save_profile

TODAY = date(2026, 6, 12)


@pytest.fixture
def demo(db, db_path):
    me = save_profile(db, ProfileInput(name="Robin Ashworth", role=Role.FIELD_REP))
    generate(db, accounts=60, seed=3, today=TODAY, me=me.id)
    return db, str(db_path), me


def _run(path, *args) -> int:
    return main(["--db", path, "deals", *args])


def _open_deal(db, owner_id=None, stage="Proposal") -> Opportunity:
    with db.read() as s:
        stmt = (
            select(Opportunity)
            .join(PipelineStage, PipelineStage.id == Opportunity.stage_id)
            .where(PipelineStage.name == stage)
            .order_by(Opportunity.id)
        )
        if owner_id is not None:
            stmt = stmt.where(Opportunity.owner_id == owner_id)
        return s.scalars(stmt).first()


def _history_rows(db, deal_id) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).where(StageChange.opportunity_id == deal_id))


def test_list_shows_the_reps_own_open_deals_and_filters_by_stage(demo, capsys):
    db, path, _me = demo
    assert _run(path, "list", "--json") == 0
    mine = json.loads(capsys.readouterr().out)
    assert mine and {r["owner"] for r in mine} == {"Robin Ashworth"}
    assert all(r["open"] for r in mine)
    assert _run(path, "list", "--all", "--json") == 0
    everyone = json.loads(capsys.readouterr().out)
    assert len(everyone) > len(mine)

    assert _run(path, "list", "--all", "--stage", "proposal", "--json") == 0
    proposals = json.loads(capsys.readouterr().out)
    with db.read() as s:
        expected = s.scalar(
            select(func.count())
            .select_from(Opportunity)
            .join(PipelineStage, PipelineStage.id == Opportunity.stage_id)
            .where(PipelineStage.name == "Proposal", Opportunity.deleted_at.is_(None))
        )
    assert len(proposals) == expected > 0 and {r["stage"] for r in proposals} == {"Proposal"}

    assert _run(path, "list", "--all", "--stage", "Closed won", "--json") == 0
    won = json.loads(capsys.readouterr().out)
    assert won and not any(r["open"] for r in won)


def test_list_as_a_table(demo, capsys):
    _db, path, _me = demo
    assert _run(path, "list", "--all", "--stage", "Negotiation") == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:4] == ["id", "deal", "account", "stage"]
    assert "Negotiation" in out and "in total." in out


def test_an_unknown_stage_lists_the_stages_and_exits_2(demo, capsys):
    _db, path, _me = demo
    assert _run(path, "list", "--stage", "Maybe") == 2
    err = capsys.readouterr().err
    assert "There is no stage Maybe" in err and "Prospecting" in err and "Closed lost" in err


def test_move_forwards_backwards_and_won_writes_history(demo, capsys):
    db, path, _me = demo
    deal = _open_deal(db)
    before = _history_rows(db, deal.id)
    assert _run(path, "move", deal.id.hex[:8], "negotiation") == 0
    assert "Proposal → Negotiation" in capsys.readouterr().out
    assert _run(path, "move", str(deal.id), "Qualification", "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["from"], out["to"], out["changed"]) == ("Negotiation", "Qualification", True)
    assert _run(path, "move", deal.id.hex[:8], "Closed won") == 0
    capsys.readouterr()
    history = stage_history(db, deal.id)
    assert _history_rows(db, deal.id) == before + 3
    assert [(h.from_stage, h.to_stage, h.backwards) for h in history[-3:]] == [
        ("Proposal", "Negotiation", False),
        ("Negotiation", "Qualification", True),
        ("Qualification", "Closed won", False),
    ]
    assert history[-1].user == "Robin Ashworth"
    assert deal_detail(db, deal.id).closed_at is not None


def test_lost_needs_a_reason_from_the_list(demo, capsys):
    db, path, _me = demo
    deal = _open_deal(db)
    before = _history_rows(db, deal.id)
    assert _run(path, "move", deal.id.hex[:8], "Closed lost") == 1
    err = capsys.readouterr().err
    assert "Say why the deal was lost" in err and "competitor" in err
    assert _run(path, "move", deal.id.hex[:8], "Closed lost", "--reason", "gut feeling") == 1
    capsys.readouterr()
    assert _history_rows(db, deal.id) == before

    assert _run(path, "move", deal.id.hex[:8], "Closed lost", "--reason", "Competitor") == 0
    assert "(competitor)" in capsys.readouterr().out
    detail = deal_detail(db, deal.id)
    assert detail.stage.name == "Closed lost" and detail.lost_reason == "competitor"
    assert detail.history[-1].reason == "competitor"
    assert _history_rows(db, deal.id) == before + 1


def test_moving_to_the_stage_it_is_in_changes_nothing(demo, capsys):
    db, path, _me = demo
    deal = _open_deal(db)
    before = _history_rows(db, deal.id)
    assert _run(path, "move", deal.id.hex[:8], "Proposal") == 0
    assert "nothing changed" in capsys.readouterr().out
    assert _history_rows(db, deal.id) == before


def test_move_to_a_missing_stage_or_deal_exits_2(demo, capsys):
    db, path, _me = demo
    deal = _open_deal(db)
    assert _run(path, "move", deal.id.hex[:8], "Heaven") == 2
    assert "There is no stage Heaven" in capsys.readouterr().err
    assert _run(path, "move", "0000000000", "Proposal") == 2
    assert "No deal matches 0000000000" in capsys.readouterr().err
    assert _run(path, "move", "abc", "Proposal") == 2  # too short to be a prefix
    capsys.readouterr()
    assert deal_detail(db, deal.id).stage.name == "Proposal"


def test_a_past_close_date_is_a_warning_on_the_move(demo, capsys):
    db, path, _me = demo
    deal = _open_deal(db)
    with db.write() as s:
        s.get(Opportunity, deal.id).close_date = date(2020, 1, 31)
    assert _run(path, "move", deal.id.hex[:8], "Negotiation") == 0
    out = capsys.readouterr().out
    assert "Warning: The close date 2020-01-31 has passed" in out
