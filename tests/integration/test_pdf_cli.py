"""`salesdesk pdf account-plan|territory-book` against a real database file."""

from __future__ import annotations

from salesdesk.cli import main
from tests.pdfkit import PERSIAN_NAME, add_account, add_plan, base_letters, pdf_pages


def test_account_plan_by_name_writes_the_pdf(db, db_path, tmp_path, capsys):
    add_plan(db, add_account(db, PERSIAN_NAME))
    out = tmp_path / "plan.pdf"
    assert main(["--db", str(db_path), "pdf", "account-plan", "آریا", "--out", str(out)]) == 0
    assert PERSIAN_NAME in capsys.readouterr().out
    assert base_letters(PERSIAN_NAME) in base_letters(pdf_pages(out)[0])


def test_account_plan_by_id(db, db_path, tmp_path):
    account = add_account(db, "Id Ltd")
    out = tmp_path / "plan.pdf"
    assert main(["--db", str(db_path), "pdf", "account-plan", str(account), "--out", str(out)]) == 0
    assert "Id Ltd" in pdf_pages(out)[0]


def test_an_unknown_account_or_unwritable_file_fails_with_a_message(db, db_path, tmp_path, capsys):
    add_account(db, "Real Ltd")
    out = tmp_path / "plan.pdf"
    assert main(["--db", str(db_path), "pdf", "account-plan", "nothing", "--out", str(out)]) == 1
    assert "No account matches" in capsys.readouterr().err
    bad = tmp_path / "missing-folder" / "plan.pdf"
    assert main(["--db", str(db_path), "pdf", "account-plan", "Real", "--out", str(bad)]) == 1
    assert "Cannot write" in capsys.readouterr().err
    assert not out.exists() and not bad.parent.exists()


def test_territory_book_for_a_rep_prints_no_progress_when_piped(db, db_path, tmp_path, capsys):
    add_plan(db, add_account(db, "Booked Ltd"))
    out = tmp_path / "book.pdf"
    args = ["--db", str(db_path), "pdf", "territory-book", "--rep", "Pat Rep", "--out", str(out)]
    assert main(args) == 0
    captured = capsys.readouterr()
    assert "1 account" in captured.out and "%" not in captured.err
    assert "Key accounts of Pat Rep" in pdf_pages(out)[0]


def test_territory_book_rep_and_territory_exclude_each_other(db_path, capsys):
    import pytest

    with pytest.raises(SystemExit):
        main(
            [
                "--db",
                str(db_path),
                "pdf",
                "territory-book",
                "--rep",
                "a",
                "--territory",
                "b",
                "--out",
                "x.pdf",
            ]
        )
    assert "not allowed with" in capsys.readouterr().err
