"""Imported phones keep what was written, E.164 and validity; imported leads that share an
email with an earlier lead are flagged as duplicates. Real SQLite files throughout."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from sqlalchemy import select, update

from salesdesk.cli import main
from salesdesk.core.imports.importer import ImportOptions, preview, run_import
from salesdesk.core.models import Account, Contact, Lead


def write_csv(path: Path, rows) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def imp(db, path, kind, options=None):
    options = options or ImportOptions()
    return run_import(db, None, path, kind, preview(path, kind).mapping, options=options)


def phones(db, model=Account) -> dict[str, tuple]:
    with db.read() as s:
        rows = s.execute(select(model.name, model.phone, model.phone_e164, model.phone_valid))
        return {name: tuple(rest) for name, *rest in rows}


def test_a_phone_keeps_its_text_e164_and_validity(db, tmp_path):
    rows = [["Name", "Country", "Phone"],
            ["Acme", "United Kingdom", "020 7946 0018"],
            ["Büro", "Germany", "030 1234567"],
            ["Too short", "", "0161 49"],
            ["Not a number", "", "call reception"]]  # fmt: skip
    report = imp(db, write_csv(tmp_path / "a.csv", rows), "accounts")
    assert report.created == 4 and not report.errors
    assert phones(db) == {
        "Acme": ("020 7946 0018", "+442079460018", True),
        "Büro": ("030 1234567", "+49301234567", True),
        "Too short": ("0161 49", "+44016149", False),
        "Not a number": ("call reception", None, False),
    }
    # Both kept as written, each with a warning that says so.
    assert [(w.row, w.template) for w in report.warnings] == [
        (4, "not a valid phone number (kept as written)"),
        (5, "not a phone number"),
    ]


def test_the_same_number_written_another_way_is_unchanged(db, tmp_path):
    path = write_csv(
        tmp_path / "a.csv", [["Name", "City", "Phone"], ["Acme", "Leeds", "0113 496 0000"]]
    )
    imp(db, path, "accounts")
    write_csv(path, [["Name", "City", "Phone"], ["Acme", "Leeds", "+44 (113) 4960000"]])
    report = imp(db, path, "accounts")
    assert (report.unchanged, report.updated) == (1, 0)
    assert phones(db)["Acme"] == ("0113 496 0000", "+441134960000", True)  # as first written
    write_csv(path, [["Name", "City", "Phone"], ["Acme", "Leeds", "0113 496 0999"]])
    assert imp(db, path, "accounts").updated == 1
    assert phones(db)["Acme"] == ("0113 496 0999", "+441134960999", True)


def test_a_phone_saved_before_e164_was_kept_still_matches(db, tmp_path):
    path = write_csv(
        tmp_path / "a.csv", [["Name", "City", "Phone"], ["Acme", "Leeds", "0113 496 0000"]]
    )
    imp(db, path, "accounts")
    with db.write() as s:  # as an import before schema 0004 stored it
        s.execute(update(Account).values(phone="+441134960000", phone_e164=None, phone_valid=None))
    assert imp(db, path, "accounts").unchanged == 1


def test_a_country_given_later_reads_the_same_text_again(db, tmp_path):
    path = write_csv(
        tmp_path / "a.csv", [["Name", "City", "Phone"], ["Büro", "Berlin", "030 1234567"]]
    )
    imp(db, path, "accounts")  # read as a British number: not valid
    assert phones(db)["Büro"][2] is False
    rows = [["Name", "City", "Country", "Phone"], ["Büro", "Berlin", "DE", "030 1234567"]]
    assert imp(db, write_csv(path, rows), "accounts").updated == 1
    assert phones(db)["Büro"] == ("030 1234567", "+49301234567", True)


def test_the_default_phone_region_is_an_option(db, tmp_path):
    path = write_csv(
        tmp_path / "c.csv",
        [["Last Name", "Email", "Phone"], ["Roux", "r@x.example", "01 23 45 67 89"]],
    )
    imp(db, path, "contacts", ImportOptions(phone_region="FR"))
    with db.read() as s:
        contact = s.scalars(select(Contact)).one()
    assert (contact.phone, contact.phone_e164, contact.phone_valid) == (
        "01 23 45 67 89", "+33123456789", True
    )  # fmt: skip


def test_a_phone_longer_than_its_column_is_cut_with_a_warning(db, tmp_path):
    long = "+44 20 7946 0018 ext. 1234 (reception, ask for Sam)"
    report = imp(db, write_csv(tmp_path / "a.csv", [["Name", "Phone"], ["Acme", long]]), "accounts")
    assert report.created == 1 and "too long: {length} characters, at most {limit}" in {
        w.template for w in report.warnings
    }
    assert phones(db)["Acme"][0] == long[:40]


# --- lead duplicates ----------------------------------------------------------------------

LEADS = [["Record ID", "Last Name", "Company", "Email"],
         ["L1", "Lee", "Foo", "Lee@Foo.example"],
         ["L2", "Lee", "Foo Ltd", "lee@foo.example"],
         ["L3", "Ng", "Bar", "ng@bar.example"],
         ["L4", "Ode", "Baz", "ode@baz.example"]]  # fmt: skip


def leads(db) -> dict[str, Lead]:
    with db.read() as s:
        return {lead.source_id or lead.last_name: lead for lead in s.scalars(select(Lead))}


def test_imported_leads_sharing_an_email_are_flagged_not_merged(db, tmp_path):
    existing = write_csv(tmp_path / "old.csv", [["Last Name", "Email"], ["Ng", "NG@bar.example"]])
    imp(db, existing, "leads")
    path = write_csv(tmp_path / "leads.csv", LEADS)
    # Matched on the record id only: every row is a lead of its own.
    report = imp(db, path, "leads", ImportOptions(match_keys=()))
    assert (report.created, report.duplicates_flagged) == (4, 2)
    got = leads(db)
    assert got["L2"].duplicate_of_id == got["L1"].id  # the later row of the file
    assert got["L3"].duplicate_of_id == got["Ng"].id  # the lead that was there first
    assert got["L1"].duplicate_of_id is None and got["L4"].duplicate_of_id is None
    assert report.to_dict()["duplicates_flagged"] == 2


def test_leads_matched_on_email_update_instead_of_duplicating(db, tmp_path):
    imp(
        db,
        write_csv(tmp_path / "old.csv", [["Last Name", "Email"], ["Ng", "NG@bar.example"]]),
        "leads",
    )
    report = imp(db, write_csv(tmp_path / "leads.csv", LEADS), "leads")
    assert (report.created, report.updated, report.duplicates_flagged) == (2, 2, 0)
    assert all(lead.duplicate_of_id is None for lead in leads(db).values())


def test_a_dry_run_flags_nothing(db, tmp_path):
    path = write_csv(tmp_path / "leads.csv", LEADS)
    report = imp(db, path, "leads", ImportOptions(match_keys=(), dry_run=True))
    assert (report.created, report.duplicates_flagged) == (4, 0) and leads(db) == {}


def test_the_cli_reports_flagged_duplicates(db_path, tmp_path, capsys):
    path = write_csv(tmp_path / "leads.csv", LEADS)
    args = ["--db", str(db_path), "import", "leads", str(path), "--match", ""]
    assert main(args) == 0
    assert "1 lead(s) flagged as duplicates" in capsys.readouterr().out
    assert main([*args, "--json"]) == 0  # the same file again: nothing created or updated
    assert json.loads(capsys.readouterr().out)["duplicates_flagged"] == 0


def test_the_cli_takes_a_phone_region(db_path, tmp_path, capsys):
    path = write_csv(tmp_path / "c.csv", [["Name", "Phone"], ["Roux", "01 23 45 67 89"]])
    args = ["--db", str(db_path), "import", "accounts", str(path), "--json"]
    assert main([*args, "--phone-region", "fr"]) == 0
    assert json.loads(capsys.readouterr().out)["warnings"] == 0


def test_a_vcard_4_takes_the_number_as_read_on_import(db, tmp_path):
    from salesdesk.core.exports import export_vcards

    rows = [["Last Name", "Email", "Phone"], ["Roux", "r@x.example", "01 23 45 67 89"]]
    imp(db, write_csv(tmp_path / "c.csv", rows), "contacts", ImportOptions(phone_region="FR"))
    out = tmp_path / "contacts.vcf"
    export_vcards(db, out, "4.0")  # no account, so no country to read the number with
    assert "TEL;VALUE=uri;TYPE=work,voice:tel:+33-1-23-45-67-89" in out.read_text("utf-8")
    export_vcards(db, out, "3.0")  # 3.0 keeps the text as written
    assert "TEL;TYPE=WORK,VOICE:01 23 45 67 89" in out.read_text("utf-8")
