"""What a proposal refuses before it is made and prints whole once made: terms and notes
up to the limits (then the PDF carries every word, over pages), the company's terms and
logo (a logo of too many pixels), and the date printed on the quote (the local day)."""

from __future__ import annotations

import io
import time
from datetime import datetime

import pytest
from PIL import Image

from salesdesk.core.company import (
    LOGO_MAX_PIXELS,
    TERMS_MAX,
    Company,
    CompanyError,
    company,
    save_company,
    set_logo,
)
from salesdesk.core.deals.proposals import (
    NOTES_MAX,
    ProposalError,
    create_proposal,
    proposal,
    proposals_of,
)
from salesdesk.core.models import Opportunity, Proposal
from salesdesk.documents.proposal import proposal_pdf
from tests.integration.test_proposals import TODAY, _lines, make_world
from tests.pdfkit import pdf_pages


@pytest.fixture
def world(db):
    return make_world(db)


def _words(count: int, marker: str) -> str:
    return "word " * count + marker


@pytest.mark.parametrize(
    ("field", "limit"),
    [("terms", TERMS_MAX), ("notes", NOTES_MAX)],
)
def test_over_long_terms_or_notes_are_refused_and_nothing_is_made(db, world, field, limit):
    _lines(db, world, (2, 1, 650.0, 0))
    with pytest.raises(ProposalError) as caught:
        create_proposal(db, world["deal"], world["rep"], today=TODAY, **{field: "x" * (limit + 1)})
    assert caught.value.field == field
    assert f"{limit + 1} characters" in str(caught.value) and str(limit) in str(caught.value)
    assert proposals_of(db, world["deal"]) == []
    pid = create_proposal(db, world["deal"], world["rep"], today=TODAY, **{field: "x" * limit})
    assert len(getattr(proposal(db, pid), field)) == limit


def test_the_company_terms_have_the_same_limit(db):
    with pytest.raises(CompanyError) as caught:
        save_company(db, Company(name="Northwind", terms="x" * (TERMS_MAX + 1)))
    assert caught.value.field == "terms" and str(TERMS_MAX) in str(caught.value)
    save_company(db, Company(name="Northwind", terms="x" * TERMS_MAX))
    assert len(company(db).terms) == TERMS_MAX


def test_the_pdf_prints_terms_and_notes_whole_over_pages(db, world, tmp_path):
    _lines(db, world, (2, 1, 650.0, 0))
    notes = _words(NOTES_MAX // 5 - 4, "END-OF-NOTES")
    pid = create_proposal(db, world["deal"], world["rep"], today=TODAY, notes=notes)
    terms = _words(2000, "END-OF-TERMS")  # 10,000: stored before the limit was there
    with db.write() as s:
        s.get(Proposal, pid).terms = terms
    out = tmp_path / "quote.pdf"
    proposal_pdf(proposal(db, pid), out)
    pages = pdf_pages(out)
    whole = "".join(pages).replace("\n", " ")
    assert "END-OF-NOTES" in whole and "END-OF-TERMS" in whole
    assert whole.count("word") == notes.count("word") + 2000
    assert len(pages) >= 3 and f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_the_quote_date_is_the_local_day_it_was_made(db, world, tmp_path, monkeypatch):
    _lines(db, world, (2, 1, 650.0, 0))
    pid = create_proposal(db, world["deal"], world["rep"], today=TODAY)
    with db.write() as s:  # 20:00 UTC on the 27th is already the 28th at UTC+14
        s.get(Proposal, pid).created_at = datetime(2026, 11, 27, 20, 0)
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")
    time.tzset()
    try:
        out = tmp_path / "quote.pdf"
        proposal_pdf(proposal(db, pid), out)
    finally:
        monkeypatch.undo()
        time.tzset()
    text = " ".join(pdf_pages(out)[0].split())
    assert "Date 2026-11-28" in text and "2026-11-27" not in text


def _big_png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("1", (width, height), 1).save(out, "PNG", optimize=True)
    return out.getvalue()


def test_a_logo_of_too_many_pixels_is_refused_though_its_file_is_small(db):
    data = _big_png(12000, 8000)
    assert len(data) < 64 * 1024  # small on disk: only its size in pixels gives it away
    started = time.perf_counter()
    with pytest.raises(CompanyError, match=f"larger than {LOGO_MAX_PIXELS}") as caught:
        set_logo(db, data)
    assert caught.value.field == "logo"
    assert time.perf_counter() - started < 1  # read from the header, not decoded
    with pytest.raises(CompanyError, match="larger than"):
        set_logo(db, _big_png(LOGO_MAX_PIXELS + 1, 10))
    assert company(db).logo is None
    set_logo(db, _big_png(LOGO_MAX_PIXELS, 40))
    assert company(db).logo is not None


def test_a_deals_amount_is_the_subtotal_its_proposal_prints(db, world):
    # Half a cent on each line: summed before rounding the deal said 0.25, the quote 0.26.
    _lines(db, world, (1, 1, 0.125, 0), (1, 1, 0.125, 0))
    with db.read() as s:
        amount = s.get(Opportunity, world["deal"]).amount
    made = create_proposal(db, world["deal"], world["rep"], today=TODAY)
    with db.read() as s:
        assert amount == s.get(Proposal, made).subtotal == 0.26
