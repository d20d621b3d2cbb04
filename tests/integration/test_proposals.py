"""Proposals on a real SQLite file: totals and their rounding, numbering across deals and
years, versions frozen as issued, the refusals, the company's logo check, the "proposal
sent" rule, and the PDF read back."""

from __future__ import annotations

import io
import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PIL import Image
from sqlalchemy import func, select

from salesdesk.core.automation.rules import (
    PROPOSAL_SENT,
    PROPOSAL_SENT_REASON,
    rule_counts,
    save_rule_settings,
)
from salesdesk.core.company import Company, CompanyError, company, save_company, set_logo
from salesdesk.core.deals.lines import LineInput, save_lines
from salesdesk.core.deals.moves import move_deal, stage_history
from salesdesk.core.deals.proposals import (
    ProposalError,
    create_proposal,
    mark_accepted,
    mark_sent,
    proposal,
    proposals_of,
)
from salesdesk.core.deals.quote_totals import line_amount, quote_totals
from salesdesk.core.deals.stages import StageInput, save_stages, stages
from salesdesk.core.models import Account, Contact, Opportunity, Product, Proposal, Touch, User
from salesdesk.documents.proposal import proposal_pdf
from tests.pdfkit import PERSIAN_NAME, base_letters, pdf_pages

D = Decimal
TODAY = date(2026, 11, 27)


def _png(size=(40, 20)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (31, 95, 139)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def world(db):
    return make_world(db)


def make_world(db) -> dict:
    """A rep, a customer with a contact, three products and a deal in the first stage."""
    first = stages(db)[0]
    with db.write() as s:
        rep = User(name="Rosa Rep", role="field_rep", email="rosa@example.com", phone="+44 1")
        acc = Account(name="Acme Foods", street="1 Mill Lane", city="Preston", country="GB")
        s.add_all([rep, acc])
        s.flush()
        ann = Contact(account_id=acc.id, first_name="Ann", last_name="Buyer", email="ann@acme.test")
        products = [
            Product(name="Labeller LB-300", sku="LB-300", category="Machines", unit_price=19.99),
            Product(name="Film roll", sku="FR-1", category="Consumables", unit_price=0.35),
            Product(name="Service day", sku="SD-1", unit_price=650.0),
        ]
        s.add(ann)
        s.add_all(products)
        s.flush()
        deal = Opportunity(
            account_id=acc.id,
            name="Acme line",
            stage_id=first.id,
            owner_id=rep.id,
            primary_contact_id=ann.id,
        )
        s.add(deal)
        s.flush()
        return {
            "deal": deal.id,
            "rep": rep.id,
            "account": acc.id,
            "products": [p.id for p in products],
        }


def _lines(db, world, *items) -> None:
    save_lines(
        db, world["deal"], [LineInput(world["products"][i], q, p, d) for i, q, p, d in items]
    )


def _another_deal(db, world, name="Second deal") -> uuid.UUID:
    with db.write() as s:
        deal = Opportunity(
            account_id=world["account"], name=name, stage_id=stages(db)[0].id, owner_id=world["rep"]
        )
        s.add(deal)
        s.flush()
        return deal.id


# totals ---------------------------------------------------------------------------------


def test_line_totals_round_half_up_to_cents_before_they_are_added():
    assert line_amount(3, "19.99", "12.5") == D("52.47")  # 52.47375
    assert line_amount(1, "0.125", 0) == D("0.13")  # half-up, not to even
    assert line_amount("0.1", "0.35", 0) == D("0.04")  # 0.035, no float drift
    totals = quote_totals([D("52.47"), D("0.13")], "10", "20")
    assert totals.subtotal == D("52.60")
    assert totals.discount == D("5.26")
    assert totals.tax == D("9.47")  # (52.60 − 5.26) × 20% = 9.468
    assert totals.total == D("56.81")


def test_a_proposal_totals_lines_discount_and_tax(db, world):
    _lines(db, world, (0, 3, 19.99, 12.5), (1, 7, 0.35, 0), (2, 1, 650.0, 0))
    pid = create_proposal(
        db, world["deal"], world["rep"], discount_pct=7.5, tax_pct=19, today=TODAY
    )
    doc = proposal(db, pid)
    assert [line.total for line in doc.lines] == [D("52.47"), D("2.45"), D("650.00")]
    assert doc.subtotal == D("704.92")
    assert doc.discount == D("52.87")  # 52.869
    assert doc.tax == D("123.89")  # 652.05 × 19% = 123.8895
    assert doc.total == D("775.94")
    assert doc.subtotal - doc.discount + doc.tax == doc.total
    assert doc.currency == "GBP" and doc.status == "draft"
    assert doc.valid_until == TODAY + timedelta(days=30)


def test_company_defaults_fill_tax_validity_and_terms(db, world):
    _lines(db, world, (2, 2, 650.0, 0))
    save_company(db, Company(name="Northwind", tax_pct=20.0, validity_days=14, terms="Net 14."))
    doc = proposal(db, create_proposal(db, world["deal"], world["rep"], today=TODAY))
    assert doc.tax_pct == D("20") and doc.tax == D("260.00") and doc.total == D("1560.00")
    assert doc.valid_until == TODAY + timedelta(days=14)
    assert doc.terms == "Net 14." and doc.seller["name"] == "Northwind"
    assert doc.customer["contact"] == "Ann Buyer" and doc.customer["email"] == "ann@acme.test"
    assert doc.seller["prepared_by"] == "Rosa Rep" and doc.seller["prepared_by_phone"] == "+44 1"


@pytest.mark.parametrize(
    ("field", "kwargs"),
    [
        ("discount_pct", {"discount_pct": 101}),
        ("tax_pct", {"tax_pct": -1}),
        ("valid_until", {"valid_until": TODAY - timedelta(days=1)}),
    ],
)
def test_bad_rates_or_a_past_date_are_refused_and_nothing_is_written(db, world, field, kwargs):
    _lines(db, world, (2, 1, 650.0, 0))
    with pytest.raises(ProposalError) as caught:
        create_proposal(db, world["deal"], world["rep"], today=TODAY, **kwargs)
    assert caught.value.field == field
    assert proposals_of(db, world["deal"]) == []


# numbers and versions -------------------------------------------------------------------


def test_numbers_run_per_year_across_deals_and_are_never_reused(db, world):
    _lines(db, world, (2, 1, 650.0, 0))
    other = _another_deal(db, world)
    save_lines(db, other, [LineInput(world["products"][0])])
    first = create_proposal(db, world["deal"], None, today=TODAY)
    second = create_proposal(db, other, None, today=TODAY)
    third = create_proposal(db, world["deal"], None, today=TODAY)
    assert [proposal(db, p).number for p in (first, second, third)] == [
        "Q-2026-0001",
        "Q-2026-0002",
        "Q-2026-0003",
    ]
    assert [proposal(db, p).version for p in (first, second, third)] == [1, 1, 2]
    with db.write() as s:  # deleting the newest must not free its number
        s.delete(s.get(Proposal, third))
    fourth = create_proposal(db, world["deal"], None, today=TODAY)
    assert proposal(db, fourth).number == "Q-2026-0004"
    save_company(db, Company(number_prefix="QT"))
    new_year = create_proposal(db, other, None, today=date(2027, 1, 2))
    assert proposal(db, new_year).number == "QT-2027-0001"
    with db.read() as s:
        numbers = s.scalars(select(Proposal.number)).all()
    assert len(numbers) == len(set(numbers))


def test_a_version_stays_as_issued_after_the_deal_changes(db, world):
    _lines(db, world, (0, 2, 19.99, 0))
    pid = create_proposal(db, world["deal"], world["rep"], tax_pct=0, today=TODAY)
    before = proposal(db, pid)
    _lines(db, world, (2, 5, 700.0, 10))
    with db.write() as s:
        s.get(Account, world["account"]).name = "Acme Renamed"
        s.get(Product, world["products"][0]).name = "Labeller LB-400"
    after = proposal(db, pid)
    assert after.lines == before.lines and after.total == D("39.98")
    assert after.customer["account"] == "Acme Foods"
    assert after.lines[0].product == "Labeller LB-300"
    newer = proposal(db, create_proposal(db, world["deal"], None, tax_pct=0, today=TODAY))
    assert newer.version == 2 and newer.total == D("3150.00")
    assert [r.version for r in proposals_of(db, world["deal"])] == [2, 1]


def test_a_deal_without_lines_gets_no_proposal(db, world):
    with pytest.raises(ProposalError, match="This deal has no line items") as caught:
        create_proposal(db, world["deal"], world["rep"])
    assert caught.value.field == "lines"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Proposal)) == 0


def test_a_lost_deal_gets_no_proposal(db, world):
    _lines(db, world, (2, 1, 650.0, 0))
    move_deal(db, world["deal"], "Closed lost", reason="price")
    with pytest.raises(ProposalError, match="lost") as caught:
        create_proposal(db, world["deal"], world["rep"])
    assert caught.value.field == "stage"


# company settings -------------------------------------------------------------------------


def test_the_logo_must_be_a_small_image(db):
    with pytest.raises(CompanyError, match="PNG, JPEG or GIF"):
        set_logo(db, b"%PDF-1.4 not an image")
    with pytest.raises(CompanyError, match="at most 1 MB"):
        set_logo(db, b"\x89PNG" + b"0" * (1024 * 1024))
    assert company(db).logo is None
    set_logo(db, _png())
    assert company(db).logo_bytes == _png()
    set_logo(db, None)
    assert company(db).logo is None


def test_bad_company_settings_are_refused_whole(db):
    save_company(db, Company(name="Northwind", number_prefix="NW"))
    for bad in (
        Company(name="X", number_prefix="Q-1"),
        Company(name="X", tax_pct=120),
        Company(name="X", validity_days=0),
        Company(name="X", logo="bm90IGFuIGltYWdl"),
    ):
        with pytest.raises(CompanyError):
            save_company(db, bad)
    assert company(db).name == "Northwind" and company(db).number_prefix == "NW"


# the rule ---------------------------------------------------------------------------------


def _stage_of(db, deal_id) -> str:
    with db.read() as s:
        stage_id = s.get(Opportunity, deal_id).stage_id
    return next(st.name for st in stages(db) if st.id == stage_id)


def _sent(db, world, **kwargs):
    _lines(db, world, (2, 1, 650.0, 0))
    pid = create_proposal(db, world["deal"], world["rep"], today=TODAY)
    return pid, mark_sent(db, pid, world["rep"], **kwargs)


def test_sending_moves_an_earlier_deal_to_the_proposal_stage(db, world):
    pid, sent = _sent(db, world)
    assert (sent.from_stage, sent.to_stage) == ("Prospecting", "Proposal")
    assert _stage_of(db, world["deal"]) == "Proposal"
    last = stage_history(db, world["deal"])[-1]
    assert (last.from_stage, last.to_stage, last.reason) == (
        "Prospecting",
        "Proposal",
        PROPOSAL_SENT_REASON,
    )
    assert last.user == "Rosa Rep"
    doc = proposal(db, pid)
    assert doc.status == "sent" and doc.sent_at is not None
    with db.read() as s:
        touch = s.scalars(select(Touch).where(Touch.opportunity_id == world["deal"])).one()
        assert touch.channel == "email" and touch.tactic == "proposal sent"
        assert doc.number in touch.outcome
        assert rule_counts(s)[PROPOSAL_SENT] == 1
    with pytest.raises(ProposalError, match="sent already"):
        mark_sent(db, pid, world["rep"])


def test_the_rule_switched_off_leaves_the_stage(db, world):
    save_rule_settings(db, {PROPOSAL_SENT: {"enabled": False}})
    _pid, sent = _sent(db, world)
    assert sent.to_stage is None and _stage_of(db, world["deal"]) == "Prospecting"


def test_the_rule_never_moves_backwards(db, world):
    move_deal(db, world["deal"], "Negotiation")
    _pid, sent = _sent(db, world)
    assert sent.to_stage is None and _stage_of(db, world["deal"]) == "Negotiation"


def test_the_rule_leaves_a_won_deal_alone(db, world):
    move_deal(db, world["deal"], "Closed won")
    changes = len(stage_history(db, world["deal"]))
    _pid, sent = _sent(db, world)
    assert sent.to_stage is None and _stage_of(db, world["deal"]) == "Closed won"
    assert len(stage_history(db, world["deal"])) == changes


def test_without_a_proposal_stage_the_deal_moves_one_open_stage_on(db, world):
    kept = [
        StageInput(st.name, st.probability, st.is_won, st.is_lost, st.stall_days, st.id)
        for st in stages(db)
        if st.name != "Proposal"
    ]
    save_stages(db, kept)
    _pid, sent = _sent(db, world)
    assert (sent.from_stage, sent.to_stage) == ("Prospecting", "Qualification")


def _rename_proposal_stage(db, name="Quote sent") -> None:
    items = [
        StageInput(
            name if st.name == "Proposal" else st.name,
            st.probability,
            st.is_won,
            st.is_lost,
            st.stall_days,
            st.id,
        )
        for st in stages(db)
    ]
    save_stages(db, items)


def test_only_the_first_version_sent_moves_the_deal(db, world):
    _rename_proposal_stage(db)  # no stage called Proposal: each move is one stage on
    _lines(db, world, (2, 1, 650.0, 0))
    moves = []
    for _version in range(4):
        pid = create_proposal(db, world["deal"], world["rep"], today=TODAY)
        moves.append(mark_sent(db, pid, world["rep"]).to_stage)
    assert moves == ["Qualification", None, None, None]
    assert _stage_of(db, world["deal"]) == "Qualification"
    reasons = [h.reason for h in stage_history(db, world["deal"])]
    assert reasons.count(PROPOSAL_SENT_REASON) == 1
    with db.read() as s:  # every send is still a touch on the deal
        assert s.scalar(select(func.count()).select_from(Touch)) == 4


def test_a_version_answered_before_keeps_a_later_send_from_moving(db, world):
    _lines(db, world, (2, 1, 650.0, 0))
    first = create_proposal(db, world["deal"], world["rep"], today=TODAY)
    mark_accepted(db, first)  # answered without being marked sent
    second = create_proposal(db, world["deal"], world["rep"], today=TODAY)
    assert mark_sent(db, second, world["rep"]).to_stage is None
    assert _stage_of(db, world["deal"]) == "Prospecting"


# the PDF ----------------------------------------------------------------------------------


def test_the_pdf_prints_number_customer_lines_and_total(db, world, tmp_path):
    _lines(db, world, (0, 3, 19.99, 12.5), (1, 7, 0.35, 0), (2, 1, 650.0, 0))
    save_company(db, Company(name="Northwind Packaging", tax_pct=20.0))
    set_logo(db, _png((300, 90)))
    doc = proposal(db, create_proposal(db, world["deal"], world["rep"], today=TODAY))
    out = tmp_path / "quote.pdf"
    proposal_pdf(doc, out)
    (text,) = pdf_pages(out)
    for expected in (
        "Q-2026-0001",
        "Acme Foods",
        "Ann Buyer",
        "Northwind Packaging",
        "Labeller LB-300",
        "Film roll",
        "Service day",
        "£52.47",
        "£845.90",  # 704.92 + 20% tax
        "Page 1 of 1",
    ):
        assert expected in text, expected


def test_hostile_and_persian_names_print_literally_over_pages(db, world, tmp_path):
    hostile = '<b>Bold</b> & <font size=400>"Co"</font> 😀 ' + "x" * 480
    with db.write() as s:
        s.get(Account, world["account"]).name = hostile[:300]
        s.get(Product, world["products"][0]).name = PERSIAN_NAME
        s.get(Product, world["products"][1]).name = "<img src=x> & <br/>" + "y" * 180
    _lines(db, world, *[(i % 3, 1, 10.0, 0) for i in range(60)])
    save_company(db, Company(name=PERSIAN_NAME, address="<i>Unit</i> & 4\nتهران"))
    doc = proposal(db, create_proposal(db, world["deal"], world["rep"], today=TODAY))
    out = tmp_path / "quote.pdf"
    proposal_pdf(doc, out)
    pages = pdf_pages(out)
    assert len(pages) >= 3
    assert all(f"Page {n} of {len(pages)}" in p for n, p in enumerate(pages, start=1))
    whole = "\n".join(pages)
    assert "<b>Bold</b> &" in whole and "<img src=x> &" in whole
    assert base_letters(PERSIAN_NAME).replace(" ", "") in base_letters(whole).replace(" ", "")
    assert all("Unit price" in p for p in pages[:-1])  # the header repeats
    assert f"£{doc.total:,.2f}" in whole
