"""A deal itself on real SQLite: create and edit, the opportunity plan, line items, touches
(calls included) and the managed list of tactics."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from salesdesk.core.calls.debrief import DebriefInput, submit_debrief
from salesdesk.core.calls.planning import PlanInput as CallPlan
from salesdesk.core.calls.planning import plan_call
from salesdesk.core.deals.lines import LineInput, deal_lines, products, save_lines
from salesdesk.core.deals.moves import move_deal
from salesdesk.core.deals.plan import (
    CompetitorInput,
    PlanInput,
    StakeholderInput,
    plan_of,
    save_plan,
)
from salesdesk.core.deals.records import (
    DealInput,
    DealInputError,
    deal_detail,
    deal_input,
    save_deal,
)
from salesdesk.core.deals.touches import (
    DEFAULT_TACTICS,
    log_touch,
    save_tactics,
    tactic_list,
    touches,
)
from salesdesk.core.demo.pipeline import TACTICS
from salesdesk.core.domain import BuyingRole, Role
from salesdesk.core.models import (
    Account,
    Contact,
    Opportunity,
    StageChange,
    Touch,
)
from salesdesk.core.workspace import ProfileInput, save_profile

TODAY = date(2026, 11, 25)


@pytest.fixture
def world(db):
    """A rep, two accounts, two contacts at the first and one at the second."""
    me = save_profile(db, ProfileInput(name="Robin Ashworth", role=Role.FIELD_REP))
    with db.write() as s:
        acme = Account(name="Acme Packaging", city="Bolton")
        other = Account(name="Other Ltd")
        s.add_all([acme, other])
        s.flush()
        ann = Contact(account_id=acme.id, first_name="Ann", last_name="Lee", title="CFO")
        bob = Contact(account_id=acme.id, first_name="Bob", last_name="Ray")
        stranger = Contact(account_id=other.id, first_name="Cy", last_name="Stranger")
        s.add_all([ann, bob, stranger])
        s.flush()
        ids = {
            "me": me.id,
            "acme": acme.id,
            "other": other.id,
            "ann": ann.id,
            "bob": bob.id,
            "stranger": stranger.id,
        }
    return ids


def new_deal(db, world, **changes):
    data = DealInput(account_id=world["acme"], name="Line upgrade", amount=10_000, close_date=TODAY)
    return save_deal(db, replace(data, **changes), world["me"], today=TODAY)


def count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_a_new_deal_starts_in_the_first_open_stage_with_a_history_row(db, world):
    saved = new_deal(db, world, primary_contact_id=world["ann"])
    detail = deal_detail(db, saved.id, today=TODAY)
    assert saved.created and saved.warnings == ()
    assert detail.stage.name == "Prospecting" and detail.account == "Acme Packaging"
    assert detail.owner == "Robin Ashworth" and detail.primary_contact == "Ann Lee"
    assert [(h.from_stage, h.to_stage, h.user) for h in detail.history] == [
        (None, "Prospecting", "Robin Ashworth")
    ]
    assert detail.category == "pipeline" and detail.qualification is None


def test_a_negative_amount_is_refused_and_nothing_is_written(db, world):
    with pytest.raises(DealInputError) as caught:
        new_deal(db, world, amount=-5)
    assert caught.value.field == "amount" and "negative" in str(caught.value)
    assert count(db, Opportunity) == 0 and count(db, StageChange) == 0

    saved = new_deal(db, world)
    with pytest.raises(DealInputError) as caught:
        save_deal(db, replace(deal_input(db, saved.id), amount=-1), world["me"])
    assert caught.value.field == "amount"
    assert deal_detail(db, saved.id).amount == 10_000


def test_a_past_close_date_on_an_open_deal_is_saved_with_a_warning(db, world):
    saved = new_deal(db, world, close_date=TODAY - timedelta(days=3))
    assert deal_detail(db, saved.id).close_date == TODAY - timedelta(days=3)
    ((template, params),) = saved.warnings
    assert "has passed" in template and params == {"date": "2026-11-22"}
    assert new_deal(db, world, close_date=TODAY).warnings == ()


def test_the_primary_contact_must_belong_to_the_account(db, world):
    with pytest.raises(DealInputError) as caught:
        new_deal(db, world, primary_contact_id=world["stranger"])
    assert caught.value.field == "contact"
    with pytest.raises(DealInputError) as caught:
        new_deal(db, world, account_id=None)
    assert caught.value.field == "account"
    with pytest.raises(DealInputError) as caught:
        new_deal(db, world, name="   ")
    assert caught.value.field == "name"
    assert count(db, Opportunity) == 0


def test_editing_a_deal_keeps_its_stage_and_writes_no_history(db, world):
    saved = new_deal(db, world)
    move_deal(db, saved.id, "Proposal", user_id=world["me"])
    edited = replace(
        deal_input(db, saved.id), name="Bigger upgrade", amount=12_500, forecast_category="commit"
    )
    assert not save_deal(db, edited, world["me"], today=TODAY).created
    detail = deal_detail(db, saved.id, today=TODAY)
    assert (detail.name, detail.amount, detail.stage.name) == ("Bigger upgrade", 12_500, "Proposal")
    assert detail.category == "commit" and len(detail.history) == 2


def test_the_plan_round_trips(db, world):
    deal = new_deal(db, world).id
    plan = PlanInput(
        business_problem="Pallets damaged in transit",
        stakeholders=(
            StakeholderInput(world["bob"], BuyingRole.CHAMPION, "supportive"),
            StakeholderInput(world["ann"], BuyingRole.DECISION_MAKER, "neutral"),
        ),
        competitors=(
            CompetitorInput("Atlas Pack", "Local engineers", "Higher price"),
            CompetitorInput("", "", ""),  # a blank row is skipped
        ),
        competitive_position="Ahead on service",
        next_step="Site survey",
        next_step_date=TODAY + timedelta(days=7),
    )
    saved = save_plan(db, deal, plan)
    assert saved == plan_of(db, deal)
    assert [(p.name, p.decision_role, p.attitude) for p in saved.stakeholders] == [
        ("Bob Ray", "champion", "supportive"),
        ("Ann Lee", "decision_maker", "neutral"),
    ]
    assert [(c.name, c.our_strengths, c.our_weaknesses) for c in saved.competitors] == [
        ("Atlas Pack", "Local engineers", "Higher price")
    ]
    assert (saved.business_problem, saved.next_step_date) == (
        "Pallets damaged in transit",
        TODAY + timedelta(days=7),
    )
    emptied = save_plan(db, deal, PlanInput())
    assert emptied.stakeholders == () and emptied.competitors == () and emptied.next_step is None


def test_a_stakeholder_from_another_account_is_refused(db, world):
    deal = new_deal(db, world).id
    save_plan(db, deal, PlanInput(competitors=(CompetitorInput("Kept"),)))
    bad = PlanInput(
        business_problem="changed",
        stakeholders=(StakeholderInput(world["stranger"], BuyingRole.USER),),
    )
    with pytest.raises(DealInputError) as caught:
        save_plan(db, deal, bad)
    assert caught.value.field == "stakeholders"
    plan = plan_of(db, deal)
    assert plan.business_problem is None and [c.name for c in plan.competitors] == ["Kept"]


def test_line_items_set_the_amount_to_their_total(db, world):
    deal = new_deal(db, world).id
    book = {p.sku: p for p in products(db)}
    wrapper, film = book["PKG-SW-200"], next(p for p in book.values() if p.unit_price < 1000)
    saved = save_lines(
        db,
        deal,
        [
            LineInput(wrapper.id, quantity=2, discount_pct=10),  # list price
            LineInput(film.id, quantity=3, unit_price=100.0),
        ],
    )
    expected = round(2 * wrapper.unit_price * 0.9 + 300.0, 2)
    assert saved.total == saved.amount == expected
    assert deal_detail(db, deal).amount == expected
    assert [line.product for line in deal_lines(db, deal)] == [wrapper.name, film.name]
    # With lines the typed amount cannot override them; removing the lines keeps it.
    with pytest.raises(DealInputError) as caught:
        save_deal(db, replace(deal_input(db, deal), amount=1.0))
    assert caught.value.field == "amount"
    assert save_lines(db, deal, []).amount == expected
    save_deal(db, replace(deal_input(db, deal), amount=5.0))
    assert deal_detail(db, deal).amount == 5.0


def test_bad_lines_are_refused_whole(db, world):
    deal = new_deal(db, world).id
    wrapper = products(db)[0]
    save_lines(db, deal, [LineInput(wrapper.id, quantity=1)])
    for bad in (
        LineInput(wrapper.id, quantity=0),
        LineInput(wrapper.id, unit_price=-1),
        LineInput(wrapper.id, discount_pct=101),
        LineInput(world["acme"]),  # not a product
    ):
        with pytest.raises(DealInputError) as caught:
            save_lines(db, deal, [LineInput(wrapper.id, quantity=5), bad])
        assert caught.value.field == "lines" and caught.value.params["row"] == 2
    assert [line.quantity for line in deal_lines(db, deal)] == [1]
    assert deal_detail(db, deal).amount == wrapper.unit_price


def test_touches_include_the_deals_calls(db, world):
    deal = new_deal(db, world).id
    start = datetime(2026, 11, 20, 9, 0)
    call = plan_call(
        db, world["me"], CallPlan(account_id=world["acme"], start=start, opportunity_id=deal)
    )
    submit_debrief(db, world["me"], call, DebriefInput(outcome="Asked for a quote"))
    logged = log_touch(
        db,
        deal,
        "email",
        "ROI case",
        "Sent the ROI case",
        contact_id=world["ann"],
        when=datetime(2026, 11, 21, 10, 0),
        user_id=world["me"],
    )
    found = touches(db, deal)
    assert (found[0].id, found[0].from_call) == (logged, False)
    assert [(t.channel, t.tactic, t.outcome, t.contact) for t in found] == [
        ("email", "ROI case", "Sent the ROI case", "Ann Lee"),
        ("visit", None, "Asked for a quote", None),
    ]
    assert found[1].from_call and found[1].call_id == call


def test_a_call_linked_after_its_debrief_still_counts(db, world):
    deal = new_deal(db, world).id
    call = plan_call(
        db, world["me"], CallPlan(account_id=world["acme"], start=datetime(2026, 11, 2))
    )
    submit_debrief(db, world["me"], call, DebriefInput(outcome="Met the CFO"))
    assert touches(db, deal) == []
    plan_call(
        db,
        world["me"],
        CallPlan(account_id=world["acme"], start=datetime(2026, 11, 2), opportunity_id=deal),
        call_id=call,
    )
    assert [t.outcome for t in touches(db, deal)] == ["Met the CFO"]


def test_bad_touches_are_refused(db, world):
    deal = new_deal(db, world).id
    cases = (
        ({"channel": "pigeon"}, "channel"),
        ({"tactic": "bribery"}, "tactic"),
        ({"contact_id": world["stranger"]}, "contact"),
        ({"when": datetime.now() + timedelta(days=2)}, "when"),
    )
    for change, field in cases:
        args = {"channel": "phone", "tactic": "demo", "outcome": "", **change}
        with pytest.raises(DealInputError) as caught:
            log_touch(db, deal, **args)
        assert caught.value.field == field
    assert count(db, Touch) == 0
    log_touch(db, deal, "phone", "  roi CASE ", None)  # any case, spaces tidied
    assert touches(db, deal)[0].tactic == "ROI case"


def test_the_tactics_list_is_managed(db, world):
    listed = tactic_list(db)
    assert listed == list(DEFAULT_TACTICS)
    for names in TACTICS.values():  # the demo's touches use tactics on the list
        assert set(names) <= set(listed)
    assert save_tactics(db, ["Demo", " demo ", "", "Webinar"]) == ["Demo", "Webinar"]
    assert tactic_list(db) == ["Demo", "Webinar"]
    with pytest.raises(DealInputError):
        save_tactics(db, [" "])
    deal = new_deal(db, world).id
    with pytest.raises(DealInputError):
        log_touch(db, deal, "visit", "trial", None)
