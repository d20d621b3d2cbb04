"""The PDF account plan (issue 8): content, escaping, right-to-left text, bad input."""

from __future__ import annotations

from datetime import date

import arabic_reshaper
import pytest
from pypdf import PdfReader

from salesdesk.core.errors import SalesDeskError
from salesdesk.documents import location_map
from salesdesk.documents.account_plan import account_plan_pdf
from tests.pdfkit import (
    PERSIAN_NAME,
    add_account,
    add_deal_and_call,
    add_plan,
    base_letters,
    pdf_pages,
)

TODAY = date(2030, 1, 15)
HOSTILE_NAME = '<img src="/etc/passwd"/>'
HOSTILE_GOALS = 'R&D <a href="file:///etc/passwd">click</a> &amp; <font size=400>big</font>'
FRUITS = ("سیب", "انار", "هلو", "گیلاس", "آلو", "انگور")
COLOURS = ("سبز", "سرخ", "زرد", "آبی", "سیاه", "سفید", "بنفش", "نارنجی", "صورتی", "خاکی")


def _write(db, account_id, tmp_path, name="plan.pdf"):
    out = tmp_path / name
    account_plan_pdf(db, account_id, out, today=TODAY)
    return out


def test_a_key_account_prints_every_section_with_page_numbers(db, tmp_path):
    account = add_account(db)
    add_plan(db, account, goals="Become sole supplier", title="Quarterly business review")
    add_deal_and_call(db, account)
    pages = pdf_pages(_write(db, account, tmp_path))
    text = "\n".join(pages)
    for expected in (
        "Acme Packaging Ltd",
        "Prepared by",
        "Key figures",
        "£25,000",
        "25%",  # share of wallet: 25,000 of 100,000
        "Relationship goals",
        "Become sole supplier",
        "Quarterly business review",
        "Dana Buyer",
        "Service contract",
        "£12,500",
        "Asked for a proposal",
        "Send the proposal by Friday",
        "Base map: Natural Earth",
    ):
        assert expected in text, expected
    assert f"Page 2 of {len(pages)}" in pages[1]
    assert "Page 1 of" not in pages[0]  # the cover has no footer


def test_hostile_markup_in_user_text_prints_literally(db, tmp_path):
    account = add_account(db, HOSTILE_NAME, industry="<font size=400>")
    add_plan(db, account, goals=HOSTILE_GOALS, title="<b>bold</b> & <i>it</i>")
    add_deal_and_call(db, account, deal="R&D <a href=x>deal</a>")
    out = _write(db, account, tmp_path)
    text = "\n".join(pdf_pages(out))
    for literal in (
        HOSTILE_NAME,
        "<font size=400>",
        HOSTILE_GOALS,
        "<b>bold</b> & <i>it</i>",
        "R&D <a href=x>deal</a>",
    ):
        assert literal in text, literal
    reader = PdfReader(str(out))
    for page in reader.pages:  # no link came from the text (the contents' links are internal)
        for annot in page.get("/Annots") or ():
            assert "/URI" not in annot.get_object().get("/A", {})
    assert not any("/XObject" in (p["/Resources"] or {}) for p in reader.pages), "no image"


def test_a_persian_name_is_shaped_and_in_display_order(db, tmp_path):
    account = add_account(db, PERSIAN_NAME, city="تهران", lat=35.69, lon=51.39)
    text = "\n".join(pdf_pages(_write(db, account, tmp_path)))
    shaped = arabic_reshaper.reshape(PERSIAN_NAME).replace("\u200c", "")
    # pypdf reverses right-to-left runs: what was drawn in display order reads back in
    # logical order. Drawn unshaped, the presentation forms would be missing; drawn
    # without reordering, it would read back reversed.
    assert shaped in text.replace("\u200c", "")
    assert shaped[::-1] not in text
    assert any("\ufb50" <= ch <= "\ufeff" for ch in shaped)


def test_wrapped_persian_lines_come_in_reading_order(db, tmp_path):
    words = [f + c for f in FRUITS for c in COLOURS]  # 60 different words
    goals = " ".join(words)
    account = add_account(db)
    add_plan(db, account, goals=goals)
    text = base_letters("\n".join(pdf_pages(_write(db, account, tmp_path))))
    lines = [line.split() for line in text.split("\n") if set(line.split()) & set(words)]
    assert len(lines) >= 3, "the paragraph wraps"
    assert [w for line in lines for w in line] == words


def test_mixed_persian_and_english_keeps_each_run_in_order(db, tmp_path):
    account = add_account(db)
    add_plan(db, account, goals="Goal for 2030: افزایش سهم to 40%")
    text = base_letters("\n".join(pdf_pages(_write(db, account, tmp_path))))
    assert "Goal for 2030:" in text and "افزایش سهم" in text and "to 40%" in text


def test_an_account_without_a_plan_still_has_figures_deals_and_calls(db, tmp_path):
    account = add_account(db, "No Plan Ltd")
    add_deal_and_call(db, account)
    text = "\n".join(pdf_pages(_write(db, account, tmp_path)))
    assert "No account plan yet" in text
    for expected in ("Key figures", "£100,000", "Service contract", "Demo of the new line"):
        assert expected in text
    assert "Action plan" not in text


def test_missing_coordinates_leave_out_the_map_with_a_note(db, tmp_path, monkeypatch):
    drawn = []
    monkeypatch.setattr(location_map.LocationMap, "draw", lambda self: drawn.append(self))
    account = add_account(db, lat=None, lon=None)
    text = "\n".join(pdf_pages(_write(db, account, tmp_path)))
    assert "No map: this account has no location yet" in text
    assert drawn == []


def test_very_long_texts_wrap_and_split_across_pages(db, tmp_path):
    long_english = " ".join(f"word{i}" for i in range(6000))
    long_persian = " ".join(f + c for _ in range(40) for f in FRUITS for c in COLOURS)
    account = add_account(db)
    add_plan(db, account, goals=long_english, needs=long_persian, title="Q" * 20_000)
    pages = pdf_pages(_write(db, account, tmp_path))
    text = "\n".join(pages)
    assert len(pages) >= 8
    assert "word0" in text and "word5999" in text
    assert base_letters(text).count(FRUITS[0] + COLOURS[0]) == 40  # every Persian line kept
    assert 500 < text.count("Q") < 700  # a table cell is cut short: a row must fit a page


def test_an_unwritable_path_is_a_clear_error_and_leaves_no_file(db, tmp_path):
    account = add_account(db)
    folder = tmp_path / "out"
    folder.mkdir()
    blocker = folder / "not-a-folder"
    blocker.write_text("a file")
    target = blocker / "plan.pdf"
    with pytest.raises(SalesDeskError) as caught:
        account_plan_pdf(db, account, target, today=TODAY)
    assert str(target) in str(caught.value) and "Nothing was written" in str(caught.value)
    assert [p.name for p in folder.iterdir()] == ["not-a-folder"]


def test_a_failure_while_drawing_keeps_the_old_file_and_leaves_no_partial_one(
    db, tmp_path, monkeypatch
):
    account = add_account(db)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "plan.pdf"
    out.write_bytes(b"the previous export")

    def broken(self):
        raise RuntimeError("drawing failed")

    monkeypatch.setattr(location_map.LocationMap, "draw", broken)
    with pytest.raises(RuntimeError):
        account_plan_pdf(db, account, out, today=TODAY)
    assert out.read_bytes() == b"the previous export"
    assert [p.name for p in folder.iterdir()] == ["plan.pdf"]


def test_an_unknown_account_is_a_readable_error(db, tmp_path):
    import uuid

    with pytest.raises(SalesDeskError, match="No account"):
        account_plan_pdf(db, uuid.uuid4(), tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_the_wording_goes_through_the_given_translation(db, tmp_path):
    account = add_account(db)
    out = tmp_path / "fa.pdf"
    account_plan_pdf(
        db,
        account,
        out,
        today=TODAY,
        translate=lambda t: "«" + t + "»" if t == "Key figures" else t,
    )
    assert "«Key figures»" in "\n".join(pdf_pages(out))
