"""Stages, moves and the board on a real SQLite file: every move in the history (including
backwards, won, lost with a reason, reopened), stage edits that move deals out of deleted
stages, and the board's cards."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from salesdesk.core.deals.board import BoardQuery, board
from salesdesk.core.deals.moves import lost_reasons, move_deal, save_lost_reasons, stage_history
from salesdesk.core.deals.stages import (
    NAME_MAX,
    StageError,
    StageInput,
    deal_counts,
    save_stages,
    stages,
)
from salesdesk.core.models import Account, Opportunity, StageChange, User
from salesdesk.core.models.base import utcnow


@pytest.fixture
def deal(db):
    """One open deal in the first stage, owned by a rep, closing next month."""
    first = stages(db)[0]
    with db.write() as s:
        rep = User(name="Rosa Rep", role="field_rep")
        acc = Account(name="Acme Foods")
        s.add_all([rep, acc])
        s.flush()
        opp = Opportunity(
            account_id=acc.id,
            name="Acme line",
            stage_id=first.id,
            amount=12000.0,
            owner_id=rep.id,
            close_date=date.today() + timedelta(days=30),
        )
        s.add(opp)
        s.flush()
        return opp.id, rep.id


def _changes(db, deal_id) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).where(StageChange.opportunity_id == deal_id))


def test_each_move_is_recorded_forwards_backwards_won_lost_and_reopened(db, deal):
    deal_id, rep = deal
    move_deal(db, deal_id, "proposal", user_id=rep)
    move_deal(db, deal_id, "Qualification", user_id=rep)
    won = move_deal(db, deal_id, "Closed won", user_id=rep)
    assert won.changed and won.to_stage.is_won
    with db.read() as s:
        opp = s.get(Opportunity, deal_id)
        assert opp.closed_at is not None and opp.probability == 100.0
    move_deal(db, deal_id, "Negotiation", user_id=rep)  # reopened
    move_deal(db, deal_id, "closed LOST", user_id=rep, reason="Price")
    history = stage_history(db, deal_id)
    assert [(h.from_stage, h.to_stage) for h in history] == [
        ("Prospecting", "Proposal"),
        ("Proposal", "Qualification"),
        ("Qualification", "Closed won"),
        ("Closed won", "Negotiation"),
        ("Negotiation", "Closed lost"),
    ]
    assert [h.backwards for h in history] == [False, True, False, True, False]
    assert history[-1].reason == "price" and history[-1].user == "Rosa Rep"
    assert all(h.amount == 12000.0 for h in history)
    with db.read() as s:
        assert s.get(Opportunity, deal_id).lost_reason == "price"


def test_lost_needs_a_reason_from_the_managed_list(db, deal):
    deal_id, _rep = deal
    with pytest.raises(StageError, match="Say why the deal was lost") as caught:
        move_deal(db, deal_id, "Closed lost")
    assert caught.value.field == "reason"
    with pytest.raises(StageError):
        move_deal(db, deal_id, "Closed lost", reason="bad vibes")
    assert _changes(db, deal_id) == 0
    save_lost_reasons(db, ["Bad vibes", "price", "PRICE"])
    with db.read() as s:
        assert lost_reasons(s) == ["Bad vibes", "price"]
    move_deal(db, deal_id, "Closed lost", reason="bad vibes")
    assert _changes(db, deal_id) == 1


def test_a_stage_that_does_not_exist_is_refused_listing_the_stages(db, deal):
    deal_id, _rep = deal
    with pytest.raises(StageError, match=r"There is no stage Signed\. The stages are: Prospecting"):
        move_deal(db, deal_id, "Signed")


def test_moving_to_the_same_stage_records_nothing(db, deal):
    deal_id, _rep = deal
    assert not move_deal(db, deal_id, "Prospecting").changed
    assert _changes(db, deal_id) == 0


def test_a_past_close_date_on_an_open_deal_warns(db, deal):
    deal_id, _rep = deal
    moved = move_deal(db, deal_id, "Proposal", today=date.today() + timedelta(days=60))
    assert moved.changed and moved.warnings and "has passed" in moved.warnings[0][0]
    assert not move_deal(db, deal_id, "Closed won").warnings


def test_deleting_a_stage_with_deals_asks_where_to_move_them(db, deal):
    deal_id, _rep = deal
    current = stages(db)
    kept = [
        StageInput(st.name, st.probability, st.is_won, st.is_lost, st.stall_days, st.id)
        for st in current[1:]
    ]
    with pytest.raises(StageError) as caught:
        save_stages(db, kept)
    assert caught.value.field == "move_to" and caught.value.stage_id == current[0].id
    assert "holds 1 deals" in str(caught.value)
    assert [st.name for st in stages(db)] == [st.name for st in current]  # nothing changed
    save_stages(db, kept, move_to={current[0].id: current[1].id})
    assert stages(db)[0].name == "Qualification"
    assert deal_counts(db) == {current[1].id: 1}
    assert [(h.from_stage, h.to_stage) for h in stage_history(db, deal_id)] == [
        ("Prospecting", "Qualification")
    ]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda items: [i for i in items if not i.is_won], "kind"),
        (lambda items: [StageInput("", 10), *items], "name"),
        (lambda items: [StageInput("Proposal", 10), *items], "name"),
        (lambda items: [StageInput("New", 140), *items], "probability"),
        (lambda items: [StageInput("New", 10, stall_days=0), *items], "stall_days"),
        (lambda items: [StageInput("Q" * (NAME_MAX + 1), 10), *items], "name"),
    ],
)
def test_bad_stage_lists_are_refused(db, change, field):
    items = [
        StageInput(st.name, st.probability, st.is_won, st.is_lost, st.stall_days, st.id)
        for st in stages(db)
    ]
    with pytest.raises(StageError) as caught:
        save_stages(db, change(items))
    assert caught.value.field == field


def _inputs(db) -> list[StageInput]:
    return [
        StageInput(st.name, st.probability, st.is_won, st.is_lost, st.stall_days, st.id)
        for st in stages(db)
    ]


def test_a_stage_name_longer_than_its_column_is_refused(db):
    items = _inputs(db)
    before = [st.name for st in stages(db)]
    with pytest.raises(StageError, match=f"at most {NAME_MAX} characters; this one has 5000"):
        save_stages(db, [replace(items[0], name="Q" * 5000), *items[1:]])
    assert [st.name for st in stages(db)] == before
    saved = save_stages(db, [replace(items[0], name="Q" * NAME_MAX), *items[1:]])
    assert saved[0].name == "Q" * NAME_MAX


def test_deleting_a_closed_stage_keeps_its_deals_close_date(db, deal):
    deal_id, _rep = deal
    move_deal(db, deal_id, "Closed won")
    with db.read() as s:
        closed_at = s.get(Opportunity, deal_id).closed_at
    items = _inputs(db)
    old_won = next(i for i in items if i.is_won)
    saved = save_stages(db, [*items, StageInput("Won direct", 100, is_won=True)])
    new_won = saved[-1].id
    save_stages(db, [i for i in _inputs(db) if i.id != old_won.id], {old_won.id: new_won})
    with db.read() as s:
        moved = s.get(Opportunity, deal_id)
        assert moved.stage_id == new_won and moved.closed_at == closed_at
    assert stage_history(db, deal_id)[-1].to_stage == "Won direct"


def test_the_board_marks_stalled_and_overdue_cards_and_totals_each_stage(db, deal):
    deal_id, rep = deal
    with db.write() as s:
        opp = s.get(Opportunity, deal_id)
        opp.stage_entered_at = utcnow() - timedelta(days=45)  # the stage allows 30
        opp.close_date = date.today() - timedelta(days=1)
        s.add(
            Opportunity(
                account_id=opp.account_id, name="Small", stage_id=opp.stage_id, amount=500.0
            )
        )
    result = board(db)
    first = result.stages[0]
    assert result.totals(first.id) == (2, 12500.0)
    card = result.cards[first.id][0]
    assert (card.name, card.stalled, card.overdue, card.days_in_stage) == (
        "Acme line",
        True,
        True,
        45,
    )
    assert card.category == "pipeline" and card.owner == "Rosa Rep"
    assert [c.name for c in board(db, BoardQuery(owner_ids=[rep])).cards[first.id]] == ["Acme line"]
    assert board(db, BoardQuery(text="LINE")).totals(first.id) == (1, 12000.0)
    move_deal(db, deal_id, "Closed won")
    won = next(st for st in result.stages if st.is_won)
    assert [c.name for c in board(db).cards[won.id]] == ["Acme line"]
    assert board(db, BoardQuery(closed_days=0)).cards[won.id] == []
