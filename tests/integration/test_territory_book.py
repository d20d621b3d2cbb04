"""The territory book (issue 8): contents with page numbers, scope, progress, cancel."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from salesdesk.core.errors import SalesDeskError
from salesdesk.core.exports.files import ExportCancelled
from salesdesk.core.models import Territory, User
from salesdesk.documents.territory_book import (
    FALLBACK_COUNT,
    find_rep,
    find_territory,
    key_account_ids,
    territory_book_pdf,
)
from tests.pdfkit import PERSIAN_NAME, add_account, add_plan, base_letters, pdf_pages

TODAY = date(2030, 1, 15)
NAMES = ("Delta Foods", "Alpha Mills", "<b>Charlie</b> & Co", "Bravo Plastics")


@pytest.fixture
def book_db(db):
    for name in NAMES:
        add_plan(db, add_account(db, name), goals="Grow " * 300)
    add_account(db, "Echo Without Plan")
    return db


def _toc(path) -> dict[str, int]:
    """{name: page} from the contents page, pairing each name with the number on its line
    (the numbers are written after the rest of the page, so they are matched by height)."""
    runs: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            runs.append((round(cm[5] + tm[5]), cm[4] + tm[4], text.strip()))

    PdfReader(str(path)).pages[1].extract_text(visitor_text=visit)
    numbers = {y: int(t) for y, x, t in runs if t.isdigit() and x > 400}
    names = [(y, t) for y, x, t in runs if x < 100 and y in numbers]
    return {name: numbers[y] for y, name in sorted(names, reverse=True)}


def test_contents_list_every_key_account_with_the_page_it_starts_on(book_db, tmp_path):
    out = tmp_path / "book.pdf"
    assert territory_book_pdf(book_db, out, today=TODAY) == len(NAMES)
    pages = pdf_pages(out)
    toc = _toc(out)
    assert list(toc) == sorted(NAMES, key=str.casefold)  # name order; no plan, no entry
    for name, page in toc.items():
        assert name in pages[page - 1], (name, page)
        assert name not in pages[page - 2] or page - 2 == 1  # starts there (or contents)
    starts = list(toc.values())
    assert starts == sorted(starts) and starts[0] == 3  # cover, contents, first account
    assert f"Page 3 of {len(pages)}" in pages[2]


def test_the_contents_link_to_the_accounts_and_the_outline_names_them(book_db, tmp_path):
    out = tmp_path / "book.pdf"
    territory_book_pdf(book_db, out, today=TODAY)
    reader = PdfReader(str(out))
    assert [o.title for o in reader.outline] == sorted(NAMES, key=str.casefold)
    links = reader.pages[1].get("/Annots") or []
    assert len(links) == len(NAMES)


def test_progress_rises_to_the_total(book_db, tmp_path):
    calls = []
    territory_book_pdf(book_db, tmp_path / "book.pdf", progress=lambda d, t: calls.append((d, t)))
    done = [d for d, _ in calls]
    assert done == sorted(done) and calls[-1][0] == calls[-1][1] == 2 * len(NAMES)


@pytest.mark.parametrize("after", [0, 3, 6])
def test_cancel_leaves_no_file(book_db, tmp_path, after):
    folder = tmp_path / "out"
    folder.mkdir()
    seen = []
    with pytest.raises(ExportCancelled):
        territory_book_pdf(
            book_db,
            folder / "book.pdf",
            progress=lambda d, t: seen.append(d),
            cancel=lambda: len(seen) >= after,
        )
    assert list(folder.iterdir()) == []


def test_a_rep_or_territory_book_has_only_their_accounts(db, tmp_path):
    with db.write() as s:
        north = Territory(name="North")
        other = User(name="Sam Other", role="field_rep")
        s.add_all([north, other])
        s.flush()
        north_id, other_id = north.id, other.id
    mine = add_account(db, "Mine Ltd")
    theirs = add_account(db, "Theirs Ltd", owner_id=other_id, territory_id=north_id)
    for account in (mine, theirs):
        add_plan(db, account)
    with db.read() as s:
        assert key_account_ids(s, rep_id=other_id) == [theirs]
        assert key_account_ids(s, territory_id=north_id) == [theirs]
        assert set(key_account_ids(s)) == {mine, theirs}
    assert find_rep(db, "sam")[0] == other_id and find_territory(db, "NORTH")[0] == north_id
    out = tmp_path / "north.pdf"
    territory_book_pdf(db, out, territory_id=north_id, today=TODAY)
    assert "Key accounts in North" in pdf_pages(out)[0]
    assert list(_toc(out)) == ["Theirs Ltd"]


def test_without_any_plan_the_top_accounts_by_potential_stand_in(db):
    ids = [add_account(db, f"A{i:02}", estimated_potential=float(i)) for i in range(25)]
    with db.read() as s:
        chosen = key_account_ids(s)
    assert len(chosen) == FALLBACK_COUNT and set(chosen) == set(ids[-FALLBACK_COUNT:])


def test_an_unknown_rep_is_a_readable_error(db):
    with pytest.raises(SalesDeskError, match="No user matches"):
        find_rep(db, "nobody")


def test_an_empty_scope_still_writes_a_book_that_says_so(db, tmp_path):
    out = tmp_path / "empty.pdf"
    assert territory_book_pdf(db, out, today=TODAY) == 0
    assert "There are no accounts to show." in "\n".join(pdf_pages(out))


def test_a_persian_account_is_listed_in_the_contents(db, tmp_path):
    add_plan(db, add_account(db, PERSIAN_NAME))
    add_plan(db, add_account(db, "Zulu Ltd"))
    out = tmp_path / "book.pdf"
    territory_book_pdf(db, out, today=TODAY)
    contents = base_letters(pdf_pages(out)[1])
    assert base_letters(PERSIAN_NAME) in contents and "Zulu Ltd" in contents
