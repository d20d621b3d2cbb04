"""Cross-sell and upsell openings, customers with no open deal, and a deal from one.

Segment Food / 10-49 staff: B1 won P1+P2 (and P6, no longer sold), B2 won P1, B3 won
P1+P3, C (the customer we look at) won P3 and has P2 on an open deal, B4 lost a deal
with P2 (bought nothing). Elsewhere: X (Chemicals, same size) won P4, D (Food, 500
staff) won P5.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from salesdesk.core.deals.openings import (
    CROSS_SELL,
    NO_DEAL,
    UPSELL,
    create_deal_from,
    cross_sell,
    no_open_deal,
    upsell,
)
from salesdesk.core.models import (
    Account,
    LineItem,
    Opportunity,
    PipelineStage,
    Product,
    StageChange,
    User,
)


@pytest.fixture
def world(db):
    with db.write() as s:
        stage = {st.name: st.id for st in s.scalars(select(PipelineStage))}
        rep = User(name="Rep", role="field_rep")
        manager = User(name="Manager", role="account_manager")
        s.add_all([rep, manager])
        s.flush()
        products = {}
        for name, price, active in (
            ("P1", 100.0, True),
            ("P2", 200.0, True),
            ("P3", 300.0, True),
            ("P4", 400.0, True),
            ("P5", 500.0, True),
            ("P6", 600.0, False),
        ):
            products[name] = Product(name=name, unit_price=price, active=active)
        s.add_all(products.values())
        accounts = {}
        for name, industry, staff, revenue, potential, kind in (
            ("B1", "Food", 20, 40_000, 60_000, "customer"),
            ("B2", "Food", 30, 20_000, 50_000, "customer"),
            ("B3", "Food", 40, 0, 0, "customer"),
            ("B4", "Food", 25, 0, 0, "customer"),
            ("C", "Food", 15, 10_000, 100_000, "customer"),
            ("X", "Chemicals", 20, 0, 0, "customer"),
            ("D", "Food", 500, 0, 0, "customer"),
            ("Prospect", "Food", 20, 0, 1_000_000, "prospect"),
        ):
            accounts[name] = Account(
                name=name,
                industry=industry,
                employees=staff,
                current_revenue=revenue,
                estimated_potential=potential,
                kind=kind,
                owner_id=rep.id,
                account_manager_id=manager.id if name == "C" else None,
            )
        s.add_all(accounts.values())
        s.flush()

        def deal(account, stage_name, *items):
            opp = Opportunity(
                name=f"{account} deal",
                account_id=accounts[account].id,
                stage_id=stage[stage_name],
                kind="new_business",
            )
            s.add(opp)
            s.flush()
            for item in items:
                s.add(
                    LineItem(
                        opportunity_id=opp.id,
                        product_id=products[item].id,
                        unit_price=products[item].unit_price,
                    )
                )

        deal("B1", "Closed won", "P1", "P2", "P6")
        deal("B2", "Closed won", "P1")
        deal("B3", "Closed won", "P1", "P3")
        deal("B4", "Closed lost", "P2")
        deal("C", "Closed won", "P3")
        deal("C", "Proposal", "P2")
        deal("X", "Closed won", "P4")
        deal("D", "Closed won", "P5")
        return {
            "rep": rep.id,
            "manager": manager.id,
            **{k: a.id for k, a in accounts.items()},
            **{k: p.id for k, p in products.items()},
        }


def _names(found):
    return [(o.product, o.buyers, o.similar) for o in found.items]


def test_cross_sell_suggests_what_similar_customers_buy(db, world):
    found = cross_sell(db, account_id=world["C"])
    # P2 is on C's open deal, P3 bought, P4/P5 other segments, P6 no longer sold.
    assert _names(found) == [("P1", 3, 3)]
    assert found.total == 1
    opening = found.items[0]
    assert opening.kind == CROSS_SELL and opening.account == "C"
    assert opening.unit_price == 100.0 and opening.size_band == "10-49"
    assert opening.share == 1.0


def test_cross_sell_ranks_by_how_many_similar_customers_buy(db, world):
    # B2's peers with a purchase: B1, B3 and C. P3: B3 and C; P2: B1 only (C's is open).
    assert _names(cross_sell(db, account_id=world["B2"])) == [("P3", 2, 3), ("P2", 1, 3)]


def test_cross_sell_for_every_customer_is_limited_and_counted(db, world):
    everyone = cross_sell(db)
    accounts = {o.account for o in everyone.items}
    assert "Prospect" not in accounts and "X" not in accounts  # no peers who bought
    assert everyone.total == len(everyone.items)
    first = cross_sell(db, limit=2)
    assert len(first.items) == 2 and first.total == everyone.total
    assert [o.buyers for o in everyone.items] == sorted(
        (o.buyers for o in everyone.items), reverse=True
    )
    managed = cross_sell(db, owner_id=world["manager"])
    assert {o.account for o in managed.items} == {"C"}


def test_upsell_ranks_customers_far_below_potential_by_gap(db, world):
    found = upsell(db)
    assert [(o.account, o.gap) for o in found.items] == [("C", 90_000), ("B2", 30_000)]
    assert found.total == 2  # B1 earns 2/3 of its potential; a prospect is no customer
    assert [o.account for o in upsell(db, ratio=0.7).items] == ["C", "B2", "B1"]


def test_customers_without_an_open_deal(db, world):
    found = no_open_deal(db)
    names = [o.account for o in found.items]
    assert "C" not in names and "Prospect" not in names
    assert set(names) == {"B1", "B2", "B3", "B4", "X", "D"}
    assert names[:2] == ["B1", "B2"]  # the highest potential first
    assert no_open_deal(db, account_id=world["C"]).items == []


def _count(db, model):
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_create_deal_from_a_cross_sell_once(db, world):
    opening = cross_sell(db, account_id=world["C"]).items[0]
    deals, changes = _count(db, Opportunity), _count(db, StageChange)
    deal_id = create_deal_from(db, opening, world["rep"])
    assert create_deal_from(db, opening, world["rep"]) == deal_id  # the double click
    assert (_count(db, Opportunity), _count(db, StageChange)) == (deals + 1, changes + 1)
    with db.read() as s:
        deal = s.get(Opportunity, deal_id)
        first = s.scalars(
            select(PipelineStage)
            .where(PipelineStage.is_won.is_(False), PipelineStage.is_lost.is_(False))
            .order_by(PipelineStage.position)
        ).first()
        lines = s.scalars(select(LineItem).where(LineItem.opportunity_id == deal_id)).all()
        change = s.scalars(select(StageChange).where(StageChange.opportunity_id == deal_id)).one()
        assert deal.kind == "cross_sell" and deal.stage_id == first.id
        assert deal.owner_id == world["manager"]  # the account's manager
        assert deal.amount == 100.0 and deal.name == "C – P1"
        assert [(li.product_id, li.quantity, li.unit_price) for li in lines] == [
            (world["P1"], 1.0, 100.0)
        ]
        assert change.from_stage_id is None and change.to_stage_id == first.id
        assert change.changed_by_id == world["rep"] and change.amount == 100.0
    assert cross_sell(db, account_id=world["C"]).items == []  # now on an open deal


def test_create_deal_from_an_upsell_and_a_no_deal_customer(db, world):
    opening = upsell(db, account_id=world["B2"]).items[0]
    deal_id = create_deal_from(db, opening, world["rep"], name="Bigger line")
    assert create_deal_from(db, opening, world["rep"]) == deal_id
    with db.read() as s:
        deal = s.get(Opportunity, deal_id)
        assert (deal.kind, deal.amount, deal.name) == ("upsell", 30_000, "Bigger line")
    assert upsell(db, account_id=world["B2"]).items[0].deal_id == deal_id
    assert opening.kind == UPSELL

    quiet = no_open_deal(db, account_id=world["B3"]).items[0]
    assert quiet.kind == NO_DEAL
    first = create_deal_from(db, quiet, world["rep"])
    assert create_deal_from(db, quiet, world["rep"]) == first
    assert no_open_deal(db, account_id=world["B3"]).items == []
