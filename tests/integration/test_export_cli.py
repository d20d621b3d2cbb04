"""`salesdesk export KIND --out FILE` against a real demo database."""

from __future__ import annotations

import csv
from datetime import date

import openpyxl
import pytest
from icalendar import Calendar
from sqlalchemy import func, select

from salesdesk.cli import main
from salesdesk.core.demo import generate
from salesdesk.core.models import Account
from salesdesk.core.workspace import current_profile

TODAY = date(2024, 6, 12)


@pytest.fixture
def demo(db, db_path):
    """A demo territory; its local profile (a field rep) is the CLI's user."""
    generate(db, accounts=40, seed=3, today=TODAY)
    return db, current_profile(db), str(db_path)


def _accounts(db, owner_id=None) -> int:
    stmt = select(func.count()).select_from(Account).where(Account.deleted_at.is_(None))
    if owner_id is not None:
        stmt = stmt.where(Account.owner_id == owner_id)
    with db.read() as s:
        return s.scalar(stmt)


def test_csv_export_of_my_accounts_prints_the_count(demo, tmp_path, capsys):
    db, me, path = demo
    out = tmp_path / "accounts.csv"
    assert main(["--db", path, "export", "accounts", "--out", str(out)]) == 0
    mine = _accounts(db, me.id)
    assert f"Wrote {mine} accounts (yours; --all for everyone's)" in capsys.readouterr().out
    with open(out, encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.DictReader(f))) == mine


def test_all_exports_everyones_accounts_as_xlsx_from_the_suffix(demo, tmp_path, capsys):
    db, _, path = demo
    out = tmp_path / "accounts.xlsx"
    assert main(["--db", path, "export", "accounts", "--out", str(out), "--all"]) == 0
    assert f"Wrote {_accounts(db)} accounts to" in capsys.readouterr().out
    assert openpyxl.load_workbook(out).active.max_row == _accounts(db) + 1


def test_contacts_as_vcard_4(demo, tmp_path, capsys):
    _, _, path = demo
    out = tmp_path / "people.vcf"
    args = ["export", "contacts", "--out", str(out), "--vcard-version", "4.0", "--all"]
    assert main(["--db", path, *args]) == 0
    text = out.read_bytes().decode("utf-8")  # CRLF as written
    count = text.count("BEGIN:VCARD\r\nVERSION:4.0\r\n")
    assert count > 0 and f"Wrote {count} contacts" in capsys.readouterr().out


def test_calls_as_ics(demo, tmp_path, capsys):
    _, _, path = demo
    out = tmp_path / "calls.ics"
    assert main(["--db", path, "export", "calls", "--out", str(out)]) == 0
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert events and f"Wrote {len(events)} calls" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["accounts", "--out", "a.vcf"], "vcf is only for contacts"),
        (["calls", "--out", "c.csv", "--format", "vcf"], "vcf is only for contacts"),
        (["deals", "--out", "d.ics"], "ics is only for calls"),
        (["leads", "--out", "leads.txt"], "cannot tell the format"),
    ],
)
def test_a_format_the_kind_has_not_exits_2_and_writes_nothing(
    demo, tmp_path, capsys, monkeypatch, args, reason
):
    _, _, path = demo
    monkeypatch.chdir(tmp_path)
    before = set(tmp_path.iterdir())
    assert main(["--db", path, "export", *args]) == 2
    assert reason in capsys.readouterr().err
    assert set(tmp_path.iterdir()) == before


def test_an_unknown_kind_is_an_argparse_error(demo, capsys):
    _, _, path = demo
    with pytest.raises(SystemExit) as exit_:
        main(["--db", path, "export", "widgets", "--out", "w.csv"])
    assert exit_.value.code == 2 and "invalid choice" in capsys.readouterr().err


@pytest.mark.parametrize("suffix", ["csv", "xlsx", "vcf"])
def test_an_unwritable_path_exits_1_and_leaves_no_file(demo, tmp_path, capsys, suffix):
    _, _, path = demo
    folder = tmp_path / "missing"
    out = folder / f"contacts.{suffix}"
    assert main(["--db", path, "export", "contacts", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("salesdesk: Cannot write") and "Nothing was written." in err
    assert not folder.exists()


def test_writing_over_a_folder_exits_1_and_keeps_it(demo, tmp_path, capsys):
    _, _, path = demo
    target = tmp_path / "out.csv"
    target.mkdir()
    assert main(["--db", path, "export", "deals", "--out", str(target)]) == 1
    assert "Cannot write" in capsys.readouterr().err
    assert target.is_dir() and list(target.iterdir()) == []
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
