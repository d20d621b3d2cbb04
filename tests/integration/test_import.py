"""Importing CSV/XLSX files into real SQLite databases: a small corpus of realistic exports
written by the tests (HubSpot, Salesforce, Excel-saved cp1252, UTF-16, Persian digits)."""

from __future__ import annotations

import codecs
import csv
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import select

from salesdesk.core.imports.importer import ImportOptions, preview, run_import
from salesdesk.core.imports.mapping import field_keys, guess_mapping
from salesdesk.core.imports.reading import ImportReadError
from salesdesk.core.imports.report import ImportCancelled, NoRowsError, UnusableMappingError
from salesdesk.core.imports.saved import save_mapping, saved_mappings
from salesdesk.core.models import Account, Contact, GeocodeQueue, Lead, Opportunity, PipelineStage

HUBSPOT = ImportOptions(preset="hubspot")
SALESFORCE = ImportOptions(preset="salesforce")

HUBSPOT_COMPANIES = [
    ["Record ID", "Company name", "Type", "Street Address", "City", "Postal Code",
     "Country/Region", "Phone Number", "Annual Revenue", "Number of Employees", "Description"],
    ["101", "Acme Ltd", "Customer", "1 High St", "London", "EC1A 1BB", "United Kingdom",
     "020 7946 0018", "1,234.56", "12", "Key account\nsince 2019"],
    ["102", "Büro Müller GmbH", "Prospect", "Hauptstr. 5", "Berlin", "10115", "Germany",
     "030 1234567", "", "5", ""],
    ["103", "Nordic Tools AB", "Partner", "", "Malmö", "", "Sweden", "", "", "", ""],
]  # fmt: skip
HUBSPOT_CONTACTS = [
    ["Record ID", "First Name", "Last Name", "Email", "Phone Number",
     "Associated Company ID", "Company Name"],
    ["201", "Ann", "Smith", "ann@acme.example", "+44 20 7946 0019", "101", ""],
    ["202", "Bob", "Jones", "bob@mueller.example", "", "", "büro müller gmbh"],
    ["203", "Cy", "Nobody", "cy@ghost.example", "", "999", "Ghost Inc"],
]  # fmt: skip
SF_ACCOUNTS = [
    ["Id", "Name", "BillingStreet", "BillingCity", "BillingCountry", "BillingLatitude",
     "BillingLongitude", "AnnualRevenue"],
    ["001A", "Globex", "5 Main St", "Springfield", "US", "39.78", "-89.65", "2000000"],
    ["001B", "Initech", "", "Austin", "US", "", "", ""],
]  # fmt: skip
SF_OPPORTUNITIES = [
    ["Id", "Name", "AccountId", "StageName", "Amount", "CloseDate", "Probability"],
    ["006A", "Globex renewal", "001A", "Closed Won", "12000", "2026-03-31", "100"],
    ["006B", "Initech pilot", "001B", "Prospecting", "5000.50", "2026-09-30", ""],
]  # fmt: skip


def write_csv(path: Path, rows, *, encoding="utf-8", delimiter=",") -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


def dump(db) -> dict[str, list[tuple]]:
    """Every row of every table, in rowid order: equal dumps mean nothing changed."""
    con = sqlite3.connect(db.path)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: con.execute(f'SELECT * FROM "{n}" ORDER BY rowid').fetchall() for n in names}
    finally:
        con.close()


def all_of(db, model):
    with db.read() as s:
        return list(s.scalars(select(model).where(model.deleted_at.is_(None))))


def imp(db, path, kind, options=None, mapping=None, **kw):
    options = options or ImportOptions()
    if mapping is None:
        mapping = preview(path, kind, preset=options.preset).mapping
    return run_import(db, None, path, kind, mapping, options=options, **kw)


@pytest.fixture
def hubspot(tmp_path):
    return (
        write_csv(tmp_path / "companies.csv", HUBSPOT_COMPANIES),
        write_csv(tmp_path / "contacts.csv", HUBSPOT_CONTACTS),
    )


def test_hubspot_companies_are_stored_normalised(db, hubspot):
    report = imp(db, hubspot[0], "accounts", HUBSPOT)
    assert report.counts()["created"] == 3 and report.written and not report.errors
    acme = next(a for a in all_of(db, Account) if a.source_id == "101")
    assert (acme.name, acme.kind, acme.country) == ("Acme Ltd", "customer", "GB")
    assert (acme.phone, acme.phone_e164, acme.phone_valid) == (
        "020 7946 0018", "+442079460018", True
    )  # fmt: skip
    assert acme.current_revenue == 1234.56 and acme.employees == 12
    assert acme.notes == "Key account\nsince 2019" and acme.source_system == "hubspot"
    nordic = next(a for a in all_of(db, Account) if a.source_id == "103")
    assert nordic.kind == "prospect"  # "Partner" is no SalesDesk type: the default, warned
    assert [w.row for w in report.warnings] == [4]


def test_contacts_link_to_accounts_by_company_id_or_name(db, hubspot):
    imp(db, hubspot[0], "accounts", HUBSPOT)
    report = imp(db, hubspot[1], "contacts", HUBSPOT)
    accounts = {a.source_id: a.id for a in all_of(db, Account)}
    contacts = {c.source_id: c for c in all_of(db, Contact)}
    assert contacts["201"].account_id == accounts["101"]
    assert contacts["202"].account_id == accounts["102"]  # by name, case-insensitive
    # An unknown company keeps the contact, unlinked, with a warning (not an error).
    assert contacts["203"].account_id is None and report.created == 3 and not report.errors
    assert [(w.row, w.column, w.value) for w in report.warnings] == [
        (4, "Associated Company ID", "999")
    ]


def test_salesforce_accounts_and_opportunities_link_and_take_stages(db, tmp_path):
    accounts = write_csv(tmp_path / "Account.csv", SF_ACCOUNTS)
    deals = write_csv(tmp_path / "Opportunity.csv", SF_OPPORTUNITIES)
    assert imp(db, accounts, "accounts", SALESFORCE).created == 2
    report = imp(db, deals, "deals", SALESFORCE)
    assert report.created == 2 and not report.errors and not report.warnings
    ids = {a.source_id: a.id for a in all_of(db, Account)}
    with db.read() as s:
        stages = {st.id: st.name for st in s.scalars(select(PipelineStage))}
    opps = {o.source_id: o for o in all_of(db, Opportunity)}
    assert opps["006A"].account_id == ids["001A"] and stages[opps["006A"].stage_id] == "Closed won"
    assert opps["006A"].closed_at is not None and str(opps["006A"].close_date) == "2026-03-31"
    assert opps["006B"].amount == 5000.5 and opps["006B"].probability == 10.0  # the stage's


def test_a_deal_whose_account_is_unknown_is_a_row_error(db, tmp_path):
    deals = write_csv(tmp_path / "Opportunity.csv", SF_OPPORTUNITIES)
    before = dump(db)
    report = imp(db, deals, "deals", SALESFORCE)
    assert report.refused and not report.written and report.rejected_rows == 2
    assert {e.column for e in report.errors} == {"AccountId"}
    assert dump(db) == before


def test_accounts_with_an_address_and_no_coordinates_are_queued_for_geocoding(db, tmp_path):
    report = imp(db, write_csv(tmp_path / "Account.csv", SF_ACCOUNTS), "accounts", SALESFORCE)
    assert report.geocode_queued == 1
    with db.read() as s:
        queued = s.execute(select(GeocodeQueue.account_id, GeocodeQueue.detail)).all()
    initech = next(a for a in all_of(db, Account) if a.name == "Initech")
    assert queued == [(initech.id, "imported")]  # Globex came with its coordinates


def test_excel_cp1252_semicolons_and_decimal_commas(db, tmp_path):
    rows = [["Firma", "Ort", "Umsatz", "Telefon"],
            ["Café Zürich", "Köln", "1.234,56 €", "0221 123456"],
            ["Straßen & Söhne", "Düsseldorf", "1'234'567.89", ""]]  # fmt: skip
    path = write_csv(tmp_path / "excel.csv", rows, encoding="cp1252", delimiter=";")
    shown = preview(path, "accounts")
    assert (shown.encoding, shown.delimiter) == ("cp1252", ";")
    mapping = {"Firma": "name", "Ort": "city", "Umsatz": "current_revenue", "Telefon": "phone"}
    report = run_import(
        db, None, path, "accounts", mapping, options=ImportOptions(phone_region="DE")
    )
    assert report.created == 2
    got = {a.name: (a.city, a.current_revenue, a.phone, a.phone_e164) for a in all_of(db, Account)}
    assert got == {
        "Café Zürich": ("Köln", 1234.56, "0221 123456", "+49221123456"),
        "Straßen & Söhne": ("Düsseldorf", 1234567.89, None, None),
    }


def test_utf16_with_bom_tab_separated(db, tmp_path):
    path = tmp_path / "utf16.txt"
    text = "Name\tCity\nشرکت نمونه\tتهران\nZoë Ltd\tLeeds\n"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    shown = preview(path, "accounts")
    assert shown.delimiter == "\t" and shown.mapping == {"Name": "name", "City": "city"}
    assert imp(db, path, "accounts").created == 2
    assert {a.name for a in all_of(db, Account)} == {"شرکت نمونه", "Zoë Ltd"}


def test_quoted_fields_with_embedded_newlines_and_persian_digits(db, tmp_path):
    rows = [["Last Name", "Email", "Phone", "Notes"],
            ["Rahimi", "ali@example.ir", "+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹", 'Likes "tea",\r\nmornings only'],
            ["Karimi", "sara@example.ir", "٠٢١ ٨٨٧٧ ٦٦٥٥", ""]]  # fmt: skip
    path = write_csv(tmp_path / "contacts.csv", rows)
    report = run_import(
        db, None, path, "contacts",
        {"Last Name": "last_name", "Email": "email", "Phone": "phone", "Notes": "preferences"},
        options=ImportOptions(phone_region="IR"),
    )  # fmt: skip
    assert report.created == 2 and not report.errors
    got = {c.last_name: c for c in all_of(db, Contact)}
    assert (got["Rahimi"].phone, got["Rahimi"].phone_e164) == ("+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹", "+989123456789")
    assert got["Rahimi"].preferences == 'Likes "tea",\nmornings only'
    assert (got["Karimi"].phone_e164, got["Karimi"].phone_valid) == ("+982188776655", True)


def test_xlsx_file(db, tmp_path):
    book = Workbook()
    sheet = book.active
    for row in [["Deal Name", "Associated Company", "Amount", "Close Date"]]:
        sheet.append(row)
    imp(db, write_csv(tmp_path / "a.csv", [["Name"], ["Acme"]]), "accounts")
    sheet.append(["Acme expansion", "ACME", 1500, "2026-05-01"])
    path = tmp_path / "deals.xlsx"
    book.save(path)
    report = imp(db, path, "deals", HUBSPOT)
    assert report.created == 1, report.errors
    deal = all_of(db, Opportunity)[0]
    assert (deal.amount, str(deal.close_date)) == (1500.0, "2026-05-01")


def test_dry_run_computes_everything_and_writes_nothing(db, hubspot):
    before = dump(db)
    report = imp(db, hubspot[0], "accounts", ImportOptions(preset="hubspot", dry_run=True))
    assert (report.created, report.geocode_queued, report.written) == (3, 3, False)
    assert dump(db) == before


def test_one_bad_row_rejects_the_whole_file_by_default(db, tmp_path):
    rows = [["Name", "Email", "Employees"], ["Good", "a@b.example", "3"],
            ["Bad", "not-an-email", "lots"], ["", "c@d.example", "1"]]  # fmt: skip
    path = write_csv(tmp_path / "a.csv", rows)
    before = dump(db)
    report = imp(db, path, "accounts")
    assert report.refused and not report.written and dump(db) == before
    assert (report.read, report.skipped, report.created) == (3, 3, 0)
    assert [(e.row, e.column, e.value) for e in report.errors] == [
        (3, "Email", "not-an-email"), (3, "Employees", "lots"), (4, "Name", "")
    ]  # fmt: skip
    assert report.errors[0].template == "not an email address"


def test_skip_invalid_imports_the_valid_rows(db, tmp_path):
    rows = [["Name", "Email"], ["Good", "a@b.example"], ["Bad", "nope"]]
    report = imp(
        db, write_csv(tmp_path / "a.csv", rows), "accounts", ImportOptions(skip_invalid=True)
    )
    assert (report.read, report.created, report.skipped, report.written) == (2, 1, 1, True)
    assert [a.name for a in all_of(db, Account)] == ["Good"]


def test_importing_the_same_file_twice_adds_nothing(db, hubspot):
    imp(db, hubspot[0], "accounts", HUBSPOT)
    imp(db, hubspot[1], "contacts", HUBSPOT)
    before = dump(db)
    again = imp(db, hubspot[0], "accounts", HUBSPOT)
    contacts = imp(db, hubspot[1], "contacts", HUBSPOT)
    assert (again.created, again.updated, again.unchanged, again.geocode_queued) == (0, 0, 3, 0)
    assert (contacts.created, contacts.unchanged) == (0, 3)
    assert dump(db) == before


def test_an_updated_file_updates_only_the_changed_records(db, tmp_path):
    path = write_csv(tmp_path / "c.csv", HUBSPOT_COMPANIES)
    imp(db, path, "accounts", HUBSPOT)
    changed = [list(r) for r in HUBSPOT_COMPANIES]
    changed[1][4] = "Manchester"
    changed[2][9] = ""  # a blank cell never erases
    changed.append(["104", "New Co", "", "", "York", "", "", "", "", "", ""])
    report = imp(db, write_csv(path, changed), "accounts", HUBSPOT)
    assert (report.created, report.updated, report.unchanged) == (1, 1, 2)
    accounts = {a.source_id: a for a in all_of(db, Account)}
    assert accounts["101"].city == "Manchester" and accounts["101"].version == 2
    assert accounts["102"].employees == 5 and accounts["102"].version == 1


def test_rows_without_a_source_id_match_on_name_and_city_or_chosen_keys(db, tmp_path):
    path = write_csv(
        tmp_path / "a.csv", [["Name", "City", "Email"], ["Acme", "Leeds", "x@a.example"]]
    )
    imp(db, path, "accounts")
    write_csv(path, [["Name", "City", "Email"], ["ACME ", "leeds", "y@a.example"]])
    assert imp(db, path, "accounts").updated == 1
    write_csv(path, [["Name", "City", "Email"], ["Acme Inc", "Leeds", "y@a.example"]])
    report = imp(db, path, "accounts", ImportOptions(match_keys=("email",)))
    assert (report.created, report.updated) == (0, 1)
    assert [a.name for a in all_of(db, Account)] == ["Acme Inc"]


def test_leads_match_on_email(db, tmp_path):
    rows = [
        ["Last Name", "Company", "Email", "Lead Status"],
        ["Lee", "Foo", "lee@foo.example", "Working - Contacted"],
    ]
    path = write_csv(tmp_path / "l.csv", rows)
    assert imp(db, path, "leads").created == 1
    assert imp(db, path, "leads").unchanged == 1
    assert [(x.status, x.company) for x in all_of(db, Lead)] == [("working", "Foo")]


@pytest.mark.parametrize("cancel_at", [1, 3])
def test_cancel_rolls_everything_back(db, tmp_path, cancel_at):
    rows = [["Name", "City"]] + [[f"Account {i}", "Leeds"] for i in range(2500)]
    path = write_csv(tmp_path / "a.csv", rows)
    imp(db, write_csv(tmp_path / "one.csv", [["Name", "City"], ["Account 7", "Leeds"]]), "accounts")
    before = dump(db)
    calls = []

    def cancelled() -> bool:  # ticks at rows 0, 1000, 2000, 2500 and after writing
        calls.append(1)
        return len(calls) >= cancel_at if cancel_at == 1 else len(calls) == 5

    with pytest.raises(ImportCancelled):
        imp(db, path, "accounts", cancelled=cancelled)
    assert dump(db) == before


def test_progress_is_reported_every_thousand_rows(db, tmp_path):
    rows = [["Name"]] + [[f"A{i}"] for i in range(2500)]
    seen = []
    imp(
        db,
        write_csv(tmp_path / "a.csv", rows),
        "accounts",
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen[:4] == [(0, 2500), (1000, 2500), (2000, 2500), (2500, 2500)]


def test_error_report_csv_is_formula_safe(db, tmp_path):
    rows = [["Name", "Email"], ['=HYPERLINK("http://x")', "=1+1"], ["@SUM", "-2"]]
    report = imp(db, write_csv(tmp_path / "a.csv", rows), "accounts")
    out = tmp_path / "errors.csv"
    assert report.write_errors_csv(out) == 2
    with open(out, encoding="utf-8-sig", newline="") as fh:
        cells = list(csv.reader(fh))
    assert cells[0] == ["row", "column", "value", "problem", "severity"]
    assert [r[2] for r in cells[1:]] == ["'=1+1", "'-2"]


def test_header_only_file_and_unusable_mappings_write_nothing(db, tmp_path):
    with pytest.raises(NoRowsError):
        imp(db, write_csv(tmp_path / "h.csv", [["Name", "City"]]), "accounts")
    path = write_csv(tmp_path / "d.csv", [["Name", "Name", "City"], ["A", "B", "C"]])
    with pytest.raises(UnusableMappingError, match="more than one column named Name"):
        imp(db, path, "accounts")
    path = write_csv(tmp_path / "n.csv", [["City"], ["Leeds"]])
    with pytest.raises(UnusableMappingError, match="Account name"):
        imp(db, path, "accounts")


def test_preview_shows_rows_as_they_will_be_stored(hubspot):
    shown = preview(hubspot[0], "accounts", rows=2)
    assert shown.preset == "hubspot" and shown.total_rows == 3 and len(shown.rows) == 2
    assert shown.rows[0].values["current_revenue"] == 1234.56
    assert shown.rows[0].values["phone"] == "020 7946 0018" and shown.mapping_problems == []
    assert shown.rows[0].values["phone_e164"] == "+442079460018"
    assert shown.rows[0].values["phone_valid"] is True


def test_an_export_with_field_keys_as_headers_maps_to_itself():
    for kind in ("accounts", "contacts", "leads", "deals"):
        keys = field_keys(kind)
        assert guess_mapping(keys, kind) == {k: k for k in keys}


def test_saved_mappings_are_kept_per_record_type(db):
    save_mapping(db, "Old CRM", "accounts", {"Firma": "name", "Ort": "city", "X": None})
    save_mapping(db, "Another", "accounts", {"Kunde": "name"})
    assert saved_mappings(db, "accounts") == {
        "Another": {"Kunde": "name"},
        "Old CRM": {"Firma": "name", "Ort": "city"},
    }
    assert saved_mappings(db, "contacts") == {}


# --- property: messy files never crash the importer --------------------------------------

_TRICKY = "abcXYZ éüß ,;\t\"'\r\n=+-@ شرکت تهران ۱۲۳ ٤٥ e\u0301 \u200f\u202e אב 123.45 1,5"
_CELL = st.text(alphabet=st.sampled_from(_TRICKY), max_size=12)
_ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1252")


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    rows=st.lists(st.lists(_CELL, min_size=4, max_size=4), min_size=1, max_size=8),
    encoding=st.sampled_from(_ENCODINGS),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
def test_messy_files_import_with_every_row_accounted_for(db, tmp_path, rows, encoding, delimiter):
    if encoding == "cp1252":
        rows = [[c.encode("cp1252", "ignore").decode("cp1252") for c in r] for r in rows]
    path = tmp_path / "messy.csv"
    write_csv(path, [["Name", "City", "Notes", "Phone"], *rows], encoding=encoding,
              delimiter=delimiter)  # fmt: skip
    mapping = {"Name": "name", "City": "city", "Notes": "notes", "Phone": "phone"}
    options = ImportOptions(skip_invalid=True, delimiter=delimiter)
    try:
        first = run_import(db, None, path, "accounts", mapping, options=options)
    except (NoRowsError, ImportReadError):
        return  # only blank rows, or bytes no encoding reads: a clear message instead
    accounted = first.created + first.updated + first.unchanged + first.skipped
    assert accounted == first.read <= len(rows)
    assert first.skipped == first.rejected_rows
    again = run_import(db, None, path, "accounts", mapping, options=options)
    assert again.created == 0 and again.read == first.read


def test_a_helper_process_reads_the_same_rows(make_db, tmp_path):
    rows = [["Name", "City", "Phone", "Revenue"]]
    rows += [[f"A{i}", "Leeds", f"0113 496 {i:04d}", f"{i},5"] for i in range(300)]
    rows += [["", "Leeds", "", "x"]]  # an error in the helper's half
    path = write_csv(tmp_path / "a.csv", rows)
    results = []
    for workers in (1, 2):
        db = make_db(f"w{workers}.sqlite3")
        options = ImportOptions(workers=workers, skip_invalid=True)
        report = imp(db, path, "accounts", options)
        with db.read() as s:
            stored = s.execute(
                select(Account.name, Account.phone, Account.current_revenue).order_by(Account.name)
            ).all()
        results.append((report.counts(), report.errors, stored))
    assert results[0] == results[1] and results[0][0]["created"] == 300


def _export_like(db, model, kind, path: Path) -> Path:
    """A file shaped like SalesDesk's export: `id`, then the field keys."""
    keys = field_keys(kind)
    rows = [["id", *keys]]
    for record in all_of(db, model):
        with db.read() as s:
            linked = kind == "contacts" and record.account_id is not None
            account = s.get(Account, record.account_id) if linked else None
        links = {
            "account_source_id": account.source_id if account else None,
            "account_name": account.name if account else None,
        }
        cells = [links[k] if k in links else getattr(record, k) for k in keys]
        rows.append([str(record.id), *("" if v is None else str(v) for v in cells)])
    return write_csv(path, rows)


def test_a_salesdesk_export_imports_again_with_no_change(db, hubspot, tmp_path):
    imp(db, hubspot[0], "accounts", HUBSPOT)
    imp(db, hubspot[1], "contacts", HUBSPOT)
    accounts = _export_like(db, Account, "accounts", tmp_path / "accounts.csv")
    contacts = _export_like(db, Contact, "contacts", tmp_path / "contacts.csv")
    before = dump(db)
    shown = preview(accounts, "accounts")
    assert shown.preset is None and "id" not in shown.mapping
    first = imp(db, accounts, "accounts")
    second = imp(db, contacts, "contacts")
    assert (first.unchanged, first.created, first.updated) == (3, 0, 0), first.errors
    assert (second.unchanged, second.created, second.updated) == (3, 0, 0), second.errors
    assert first.source_system == "file" and dump(db) == before


def test_rows_written_while_the_helper_works_are_rolled_back_on_refusal(db, tmp_path):
    rows = [["Name", "City"]] + [[f"A{i}", "Leeds"] for i in range(300)] + [["", "York"]]
    path = write_csv(tmp_path / "a.csv", rows)
    before = dump(db)
    report = imp(db, path, "accounts", ImportOptions(workers=2))
    assert report.refused and report.errors[0].row == 302 and dump(db) == before


def test_chunks_the_helper_has_not_started_are_read_here(make_db, tmp_path, monkeypatch):
    from salesdesk.core.imports import parallel

    monkeypatch.setattr(parallel, "HELPER_CHUNK", 40)  # many chunks: some are taken back
    rows = [["Name", "City", "Phone"]]
    rows += [[f"A{i}", "Leeds", f"0113 496 {i:04d}"] for i in range(1200)]
    path = write_csv(tmp_path / "a.csv", rows)
    stored = []
    for workers in (1, 2):
        db = make_db(f"w{workers}.sqlite3")
        assert imp(db, path, "accounts", ImportOptions(workers=workers)).created == 1200
        with db.read() as s:
            stored.append(s.execute(select(Account.name, Account.phone_e164)).all())
    assert sorted(stored[0]) == sorted(stored[1])
