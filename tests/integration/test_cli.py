"""The command line against real database files."""

import hashlib
import json

from salesdesk.cli import main
from salesdesk.core.migrate import head_revision


def test_info_json_reports_counts_and_schema_revision(db_path, capsys):
    assert main(["--db", str(db_path), "info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["schema_revision"] == head_revision()
    assert info["counts"]["accounts"] == 0
    assert info["counts"]["email_templates"] > 0  # reference data is there from the start
    assert info["profile"] is None


def test_profile_is_set_and_shown(db_path, capsys):
    assert (
        main(
            [
                "--db",
                str(db_path),
                "profile",
                "--name",
                "Priya Shah",
                "--role",
                "inside_rep",
                "--quota",
                "45000",
                "--home",
                "53.4794, -2.2453",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["--db", str(db_path), "profile", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["name"], shown["role"], shown["monthly_quota"]) == (
        "Priya Shah",
        "inside_rep",
        45000.0,
    )
    assert (shown["home_lat"], shown["home_lon"]) == (53.4794, -2.2453)


def test_profile_needs_a_name_and_role_first(db_path, capsys):
    assert main(["--db", str(db_path), "profile", "--quota", "10"]) == 1
    assert "--name and --role" in capsys.readouterr().err


def test_backup_writes_a_verified_copy(db_path, tmp_path, capsys):
    out = tmp_path / "copy.sqlite3"
    assert main(["--db", str(db_path), "backup", "--out", str(out)]) == 0
    assert out.exists() and "verified" in capsys.readouterr().out


def test_a_file_that_is_not_a_database_gets_one_clear_line_and_exit_1(tmp_path, capsys):
    path = tmp_path / "budget.xlsx"
    path.write_bytes(b"PK\x03\x04 not a database at all")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert main(["--db", str(path), "info"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not a SalesDesk database" in err[0]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_folder_given_as_database_is_one_readable_line(tmp_path, capsys):
    assert main(["--db", str(tmp_path), "info"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("salesdesk: ") and "Traceback" not in err[0]


def test_backup_refuses_to_overwrite_a_file(db_path, tmp_path, capsys):
    out = tmp_path / "keep.sqlite3"
    out.write_bytes(b"precious")
    assert main(["--db", str(db_path), "backup", "--out", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert out.read_bytes() == b"precious"


def test_a_quota_that_is_not_a_number_is_refused(db_path, capsys):
    code = main(
        ["--db", str(db_path), "profile", "--name", "A", "--role", "field_rep", "--quota", "nan"]
    )
    assert code == 1 and "must be a number" in capsys.readouterr().err


def test_a_rep_sets_and_clears_an_attention_level_from_the_command_line(db, db_path, capsys):
    from salesdesk.core.models import Account

    with db.write() as s:
        s.add_all(
            [
                Account(name="Bolton Bakeries", city="Bolton", estimated_potential=1000.0),
                Account(name="Bolton Brewery", city="Bolton", estimated_potential=10.0),
            ]
        )
    assert main(["--db", str(db_path), "attention", "Bolton", "A"]) == 1
    assert "several accounts" in capsys.readouterr().err
    assert main(["--db", str(db_path), "attention", "bakeries", "D"]) == 0
    assert "attention level D (your choice" in capsys.readouterr().out
    with db.read() as s:
        row = s.query(Account).filter_by(name="Bolton Bakeries").one()
        assert (row.attention_level, row.attention_override) == ("D", True)
    assert main(["--db", str(db_path), "attention", "bakeries", "auto"]) == 0
    with db.read() as s:
        row = s.query(Account).filter_by(name="Bolton Bakeries").one()
        assert row.attention_override is False and row.attention_level == "A"
