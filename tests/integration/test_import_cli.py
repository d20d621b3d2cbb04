"""`salesdesk import KIND FILE ...` against real database files: counts, JSON, exit codes."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from salesdesk.cli import main
from salesdesk.core.models import Account, Contact

COMPANIES = [
    ["Record ID", "Company name", "City", "Phone Number"],
    ["101", "Acme Ltd", "London", "020 7946 0018"],
    ["102", "Globex", "Leeds", ""],
]


def write_csv(path: Path, rows) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def count(db_path: Path, model=Account) -> int:
    from salesdesk.bootstrap import open_context

    ctx = open_context(db_path)
    try:
        with ctx.db.read() as s:
            return s.scalar(select(func.count()).select_from(model))
    finally:
        ctx.close()


def cli(db_path: Path, *args: object) -> int:
    return main(["--db", str(db_path), "import", *map(str, args)])


def test_import_prints_counts_and_a_second_run_adds_nothing(db_path, tmp_path, capsys):
    path = write_csv(tmp_path / "companies.csv", COMPANIES)
    assert cli(db_path, "accounts", path) == 0  # detected as HubSpot's export
    out = capsys.readouterr().out
    assert "created            2" in out and "read               2" in out
    assert cli(db_path, "accounts", path, "--preset", "hubspot", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["created"], data["unchanged"], data["source_system"]) == (0, 2, "hubspot")
    assert count(db_path) == 2


def test_dry_run_writes_nothing(db_path, tmp_path, capsys):
    path = write_csv(tmp_path / "companies.csv", COMPANIES)
    assert cli(db_path, "accounts", path, "--dry-run", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["dry_run"], data["written"], data["created"]) == (True, False, 2)
    assert count(db_path) == 0


def test_rejected_rows_exit_1_and_are_listed(db_path, tmp_path, capsys):
    rows = [["Name", "Email"], ["Good", "a@b.example"], ["Bad", "@@"]]
    path = write_csv(tmp_path / "a.csv", rows)
    errors = tmp_path / "errors.csv"
    assert cli(db_path, "accounts", path, "--errors-csv", errors) == 1
    out = capsys.readouterr().out
    assert "nothing was written" in out and "row 3 Email '@@': error: not an email address" in out
    assert count(db_path) == 0 and "not an email address" in errors.read_text("utf-8-sig")
    assert cli(db_path, "accounts", path, "--skip-invalid", "--json") == 1
    data = json.loads(capsys.readouterr().out)
    assert (data["created"], data["skipped"], data["row_errors"][0]["row"]) == (1, 1, 3)
    assert count(db_path) == 1


def test_mapping_file_and_match_keys(db_path, tmp_path, capsys):
    path = write_csv(tmp_path / "c.csv", [["Nachname", "Mail"], ["Weber", "w@x.example"]])
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"Nachname": "last_name", "Mail": "email"}))
    assert cli(db_path, "contacts", path, "--mapping", mapping) == 0
    capsys.readouterr()
    write_csv(path, [["Nachname", "Mail"], ["Weber-Roth", "w@x.example"]])
    assert cli(db_path, "contacts", path, "--mapping", mapping, "--match", "email", "--json") == 0
    assert json.loads(capsys.readouterr().out)["updated"] == 1
    assert count(db_path, Contact) == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "is empty"),
        ("binary.csv", bytes(range(256)) * 4, "binary data"),
        ("header.csv", b"Name,City\r\n", "no data rows"),
        ("dupes.csv", b"Name,Name,City\r\nA,B,C\r\n", "more than one column named Name"),
        ("nocol.csv", b"City,Phone\r\nLeeds,1\r\n", "no column is mapped to Account name"),
    ],
)
def test_unusable_input_exits_2_with_a_clear_message(
    db_path, tmp_path, capsys, name, content, message
):
    path = tmp_path / name
    path.write_bytes(content)
    assert cli(db_path, "accounts", path) == 2
    err = capsys.readouterr().err
    assert message in err and "Nothing was imported." in err
    assert count(db_path) == 0


def test_a_bad_mapping_file_exits_2(db_path, tmp_path, capsys):
    path = write_csv(tmp_path / "a.csv", COMPANIES)
    mapping = tmp_path / "m.json"
    mapping.write_text("[1, 2]")
    assert cli(db_path, "accounts", path, "--mapping", mapping, "--json") == 2
    assert "error" in json.loads(capsys.readouterr().out)
