"""`salesdesk pdf proposal` against a real database: the first call makes version 1, the
next ones re-print it, --new and --version, the refusals and their exit codes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from salesdesk.cli import main
from salesdesk.core.deals.lines import LineInput, save_lines
from salesdesk.core.deals.stages import stages
from salesdesk.core.domain import Role
from salesdesk.core.models import Account, Opportunity, Product, Proposal
from salesdesk.core.workspace import ProfileInput, save_profile
from tests.pdfkit import pdf_pages


@pytest.fixture
def deal(db, db_path):
    me = save_profile(db, ProfileInput(name="Robin Ashworth", role=Role.FIELD_REP))
    with db.write() as s:
        acc = Account(name="Acme Foods")
        product = Product(name="Labeller LB-300", unit_price=1250.0)
        s.add_all([acc, product])
        s.flush()
        opp = Opportunity(
            account_id=acc.id, name="Acme line", stage_id=stages(db)[0].id, owner_id=me.id
        )
        s.add(opp)
        s.flush()
        deal_id, product_id = opp.id, product.id
    return db, str(db_path), deal_id, product_id


def _run(path, *args) -> int:
    return main(["--db", path, "pdf", "proposal", *args])


def _count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Proposal))


def test_first_run_makes_version_one_then_reprints_it(deal, tmp_path, capsys):
    db, path, deal_id, product = deal
    save_lines(db, deal_id, [LineInput(product, 2)])
    out = tmp_path / "quote.pdf"
    assert _run(path, deal_id.hex[:8], "--out", str(out), "--tax", "20") == 0
    said = capsys.readouterr().out
    year = date.today().year
    assert f"Q-{year}-0001 version 1" in said and "£3,000.00" in said
    assert f"Q-{year}-0001" in pdf_pages(out)[0]
    assert _run(path, deal_id.hex[:8], "--out", str(out)) == 0
    assert "version 1" in capsys.readouterr().out and _count(db) == 1


def test_new_and_version_choose_what_is_printed(deal, tmp_path, capsys):
    db, path, deal_id, product = deal
    save_lines(db, deal_id, [LineInput(product, 1)])
    out = tmp_path / "quote.pdf"
    until = (date.today() + timedelta(days=10)).isoformat()
    assert _run(path, str(deal_id), "--out", str(out), "--tax", "0") == 0
    assert (
        _run(
            path,
            str(deal_id),
            "--out",
            str(out),
            "--new",
            "--discount",
            "10",
            "--tax",
            "0",
            "--valid-until",
            until,
        )
        == 0
    )
    said = capsys.readouterr().out
    assert "version 2" in said and "£1,125.00" in said and until in said
    assert _run(path, str(deal_id), "--out", str(out), "--version", "1") == 0
    assert "version 1" in capsys.readouterr().out
    assert "£1,250.00" in pdf_pages(out)[0]
    assert _run(path, str(deal_id), "--out", str(out), "--version", "7") == 2
    assert "no proposal version 7" in capsys.readouterr().err


def test_a_deal_without_lines_says_so_and_exits_1(deal, tmp_path, capsys):
    db, path, deal_id, _product = deal
    out = tmp_path / "quote.pdf"
    assert _run(path, deal_id.hex[:8], "--out", str(out)) == 1
    assert "This deal has no line items" in capsys.readouterr().err
    assert not out.exists() and _count(db) == 0


def test_unknown_deal_and_bad_input_exit_2(deal, tmp_path, capsys):
    db, path, deal_id, product = deal
    save_lines(db, deal_id, [LineInput(product, 1)])
    out = str(tmp_path / "quote.pdf")
    assert _run(path, "ffffffff", "--out", out) == 2
    assert "No deal matches ffffffff" in capsys.readouterr().err
    assert _run(path, deal_id.hex[:8], "--out", out, "--valid-until", "31/12/2026") == 2
    assert _run(path, deal_id.hex[:8], "--out", out, "--discount", "150") == 2
    assert "discount" in capsys.readouterr().err
    assert _count(db) == 0


def test_an_out_that_cannot_be_written_makes_no_version(deal, tmp_path, capsys):
    db, path, deal_id, product = deal
    save_lines(db, deal_id, [LineInput(product, 1)])
    for out in (tmp_path / "missing" / "quote.pdf", tmp_path):
        assert _run(path, deal_id.hex[:8], "--out", str(out)) == 2
        said = capsys.readouterr().err
        assert f"Cannot write {out}" in said and "Nothing was made" in said
    assert _count(db) == 0


def test_a_version_made_whose_pdf_fails_says_it_was_made(deal, tmp_path, capsys, monkeypatch):
    from salesdesk.core.exports.files import NOT_WRITABLE, ExportError
    from salesdesk.documents import proposal as writer

    db, path, deal_id, product = deal
    save_lines(db, deal_id, [LineInput(product, 1)])
    out = tmp_path / "quote.pdf"

    def disk_full(_doc, target, *_args) -> None:  # the disk filled up while writing
        raise ExportError(NOT_WRITABLE, path=str(target), detail="No space left on device")

    monkeypatch.setattr(writer, "proposal_pdf", disk_full)
    assert _run(path, deal_id.hex[:8], "--out", str(out)) == 1
    said = capsys.readouterr().err
    year = date.today().year
    assert f"Proposal Q-{year}-0001 was made; its PDF could not be written" in said
    assert "No space left on device" in said and _count(db) == 1
