"""The import wizard on real files and a real database: file, columns, check, import."""

from __future__ import annotations

import csv
import datetime as dt
import os
from pathlib import Path

import pytest
import shiboken6
from openpyxl import Workbook
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QWizard
from sqlalchemy import select

from salesdesk.core.domain import Role
from salesdesk.core.models import Account
from salesdesk.core.workspace import ProfileInput, save_profile
from salesdesk.ui.dialogs.import_wizard import ImportWizard

HUBSPOT_COMPANIES = [
    ["Record ID", "Company name", "Type", "Street Address", "City", "Postal Code",
     "Country/Region", "Phone Number", "Annual Revenue", "Number of Employees", "Description"],
    ["101", "Acme Ltd", "Customer", "1 High St", "London", "EC1A 1BB", "United Kingdom",
     "020 7946 0018", "1,234.56", "12", "Key account\nsince 2019"],
    ["102", "Büro Müller GmbH", "Prospect", "Hauptstr. 5", "Berlin", "10115", "Germany",
     "030 1234567", "", "5", ""],
    ["103", "Nordic Tools AB", "Partner", "", "Malmö", "", "Sweden", "", "", "", ""],
]  # fmt: skip
BAD_ROW = ["104", "Broken Co", "Customer", "", "Leeds", "", "Atlantis", "", "lots", "many", ""]


def write_csv(path: Path, rows, *, encoding="utf-8", delimiter=",") -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


def account_names(db) -> list[str]:
    with db.read() as s:
        return sorted(s.scalars(select(Account.name)).all())


@pytest.fixture
def open_wizard(qtbot, db, make_state):
    profile = save_profile(db, ProfileInput(name="Robin Ashworth", role=Role.FIELD_REP))
    state = make_state(profile)

    wizards = []

    def build(path=None, record_type=None) -> ImportWizard:
        wizard = ImportWizard(state, path=str(path) if path else None, record_type=record_type)
        qtbot.addWidget(wizard)
        wizard.show()
        wizards.append(wizard)
        read(qtbot, wizard)
        return wizard

    yield build
    QThreadPool.globalInstance().waitForDone(30_000)
    for wizard in wizards:  # now, not whenever the garbage collector gets to the cycle
        shiboken6.delete(wizard)


def read(qtbot, wizard: ImportWizard) -> None:
    """The file is read in the background: wait for it."""
    qtbot.waitUntil(lambda: not wizard.file_page.reading, timeout=20_000)


def can_go_on(wizard: ImportWizard) -> bool:
    commit = wizard.currentPage().isCommitPage()
    which = QWizard.WizardButton.CommitButton if commit else QWizard.WizardButton.NextButton
    return wizard.button(which).isEnabled() and wizard.currentPage().isComplete()


def to_check_page(qtbot, wizard: ImportWizard) -> None:
    assert can_go_on(wizard)
    wizard.next()  # columns
    assert can_go_on(wizard)
    wizard.next()  # check: the dry run
    assert wizard.currentPage() is wizard.check_page
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=20_000)


def finish_import(qtbot, wizard: ImportWizard) -> None:
    wizard.next()
    assert wizard.currentPage() is wizard.import_page
    qtbot.waitUntil(lambda: wizard.import_page.finished, timeout=20_000)


def test_a_hubspot_companies_file_goes_through_every_page(qtbot, db, open_wizard, tmp_path):
    wizard = open_wizard(write_csv(tmp_path / "companies.csv", HUBSPOT_COMPANIES))
    assert wizard.file_page.preview.rowCount() == 3
    assert wizard.file_page.preview.item(1, 1).text() == "Büro Müller GmbH"
    to_check_page(qtbot, wizard)
    page = wizard.check_page
    assert page.counts["read"].text() == "3"
    assert page.counts["created"].text() == "3"
    assert page.rows.rowCount() == 3
    assert account_names(db) == []  # the dry run wrote nothing
    assert can_go_on(wizard)
    finish_import(qtbot, wizard)
    assert wizard.import_page.counts["created"].text() == "3"
    assert account_names(db) == ["Acme Ltd", "Büro Müller GmbH", "Nordic Tools AB"]
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_the_columns_are_prefilled_from_the_hubspot_preset(open_wizard, tmp_path):
    wizard = open_wizard(write_csv(tmp_path / "companies.csv", HUBSPOT_COMPANIES))
    wizard.next()
    mapping = wizard.columns_page.mapping()
    assert mapping["Company name"] == "name"
    assert mapping["Record ID"] == "source_id"
    assert wizard.columns_page.columns.item(0, 1).text() == "101"  # a sample value


def test_a_bad_row_blocks_all_or_nothing_and_skip_invalid_imports_the_rest(
    qtbot, db, open_wizard, tmp_path
):
    wizard = open_wizard(write_csv(tmp_path / "bad.csv", [*HUBSPOT_COMPANIES, BAD_ROW]))
    to_check_page(qtbot, wizard)
    page = wizard.check_page
    assert page.problems.rowCount() >= 1
    assert page.problems.item(0, 0).text() == "5"  # the spreadsheet's row number
    assert page.problems.item(0, 1).text() == "Error"  # errors first, then warnings
    assert page.all_or_nothing.isChecked()
    assert not can_go_on(wizard)
    page.skip_invalid.setChecked(True)
    assert can_go_on(wizard)
    finish_import(qtbot, wizard)
    assert wizard.import_page.counts["skipped"].text() == "1"
    assert account_names(db) == ["Acme Ltd", "Büro Müller GmbH", "Nordic Tools AB"]


def test_problems_can_be_saved_as_csv(qtbot, open_wizard, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    wizard = open_wizard(write_csv(tmp_path / "bad.csv", [*HUBSPOT_COMPANIES, BAD_ROW]))
    to_check_page(qtbot, wizard)
    out = tmp_path / "problems.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    wizard.check_page.save_csv.click()
    lines = out.read_text("utf-8-sig").splitlines()
    assert lines[0] == "row,column,value,problem,severity"
    assert any(line.startswith("5,") for line in lines[1:])


def test_the_encoding_can_be_overridden_and_the_preview_rereads(qtbot, open_wizard, tmp_path):
    rows = [["Company name", "City"], ["Zoë Café", "Lyon"]]
    wizard = open_wizard(write_csv(tmp_path / "excel.csv", rows, encoding="cp1252"))
    page = wizard.file_page
    page.encoding.setCurrentIndex(page.encoding.findData("utf-8"))
    read(qtbot, wizard)
    assert page.error.isVisibleTo(page)
    assert "utf-8" in page.error.text()
    assert not can_go_on(wizard)
    page.encoding.setCurrentIndex(page.encoding.findData("cp1252"))
    read(qtbot, wizard)
    assert not page.error.isVisibleTo(page)
    assert page.preview.item(0, 0).text() == "Zoë Café"
    assert can_go_on(wizard)


def test_a_semicolon_file_can_be_forced_to_commas(qtbot, open_wizard, tmp_path):
    rows = [["Company name", "City"], ["Acme", "Leeds"]]
    wizard = open_wizard(write_csv(tmp_path / "semi.csv", rows, delimiter=";"))
    page = wizard.file_page
    assert page.preview.columnCount() == 2
    page.delimiter.setCurrentIndex(page.delimiter.findData(","))
    read(qtbot, wizard)
    assert page.preview.columnCount() == 1


def test_a_binary_file_shows_the_error_inline_and_writes_nothing(db, open_wizard, tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(256)) * 20)
    wizard = open_wizard(path)
    page = wizard.file_page
    assert page.error.isVisibleTo(page)
    assert "binary" in page.error.text()
    assert not can_go_on(wizard)
    assert page.preview.rowCount() == 0
    assert account_names(db) == []


def test_the_columns_page_blocks_next_while_a_required_field_is_unmapped(open_wizard, tmp_path):
    wizard = open_wizard(write_csv(tmp_path / "companies.csv", HUBSPOT_COMPANIES))
    wizard.next()
    page = wizard.columns_page
    name_combo = page.combos[1]
    assert name_combo.currentData() == "name"
    name_combo.setCurrentIndex(0)  # Do not import
    assert not can_go_on(wizard)
    assert page.problems.isVisibleTo(page)
    name_combo.setCurrentIndex(name_combo.findData("name"))
    assert can_go_on(wizard)
    page.combos[4].setCurrentIndex(page.combos[4].findData("name"))  # City as the name too
    assert not can_go_on(wizard)
    assert "more than one column" in page.problems.text()


def test_a_mapping_saved_by_name_is_offered_as_a_preset(open_wizard, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    wizard = open_wizard(write_csv(tmp_path / "companies.csv", HUBSPOT_COMPANIES))
    wizard.next()
    page = wizard.columns_page
    page.combos[2].setCurrentIndex(0)  # do not import Type
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("My export", True))
    page.save_mapping()
    assert page.preset.currentData() == "saved:My export"
    page.combos[2].setCurrentIndex(page.combos[2].findData("kind"))
    page.preset.activated.emit(page.preset.currentIndex())
    assert page.combos[2].currentData() is None


def test_cancelling_the_import_leaves_the_database_unchanged(qtbot, db, open_wizard, tmp_path):
    header = HUBSPOT_COMPANIES[0]
    blank = [""] * (len(header) - 3)
    rows = [header] + [[str(1000 + i), f"Company {i}", "Leeds", *blank] for i in range(20_000)]
    wizard = open_wizard(write_csv(tmp_path / "big.csv", rows))
    to_check_page(qtbot, wizard)
    wizard.next()
    wizard.import_page.cancel.click()
    qtbot.waitUntil(lambda: wizard.import_page.finished, timeout=30_000)
    assert wizard.import_page.status.text() == "Cancelled: nothing was imported"
    more = wizard.check_page.more  # 20,000 warnings ("Leeds" is no account type): cut
    assert more.text() == "The first 500 of 20,000 problems are shown; the CSV has them all."
    assert account_names(db) == []


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_screenshots_of_every_page(qtbot, open_wizard, tmp_path, direction):
    """Set SALESDESK_SHOTS=/tmp/shots to keep them (and look at them)."""
    out = Path(os.environ.get("SALESDESK_SHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    if direction == "rtl":
        QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        wizard = open_wizard(write_csv(tmp_path / "companies.csv", [*HUBSPOT_COMPANIES, BAD_ROW]))
        wizard.grab().save(str(out / f"wizard_{direction}_1_file.png"))
        wizard.next()
        wizard.grab().save(str(out / f"wizard_{direction}_2_columns.png"))
        wizard.next()
        qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=20_000)
        wizard.grab().save(str(out / f"wizard_{direction}_3_check.png"))
        wizard.check_page.tabs.setCurrentIndex(0)
        wizard.grab().save(str(out / f"wizard_{direction}_3_check_rows.png"))
        wizard.check_page.skip_invalid.setChecked(True)
        finish_import(qtbot, wizard)
        wizard.grab().save(str(out / f"wizard_{direction}_4_import.png"))
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert (out / f"wizard_{direction}_4_import.png").exists()


def test_the_file_is_read_in_the_background(qtbot, open_wizard, tmp_path):
    wizard = open_wizard()
    page = wizard.file_page
    page.path.setText(str(write_csv(tmp_path / "companies.csv", HUBSPOT_COMPANIES)))
    page.reread()
    assert page.reading and not can_go_on(wizard)  # Next waits for the read
    read(qtbot, wizard)
    assert page.preview.rowCount() == 3 and can_go_on(wizard)
    assert "3 rows" in page.detected.text()


def test_an_xlsx_file_imports_through_the_wizard(qtbot, db, open_wizard, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Company", "City", "Country", "Phone", "Employees", "Since"])
    sheet.append(["Acme Ltd", "Leeds", "GB", "0113 496 0000", 12, dt.date(2020, 5, 1)])
    sheet.append(["Zoë Café", "Lyon", "France", "04 72 00 00 00", 3.0, None])
    path = tmp_path / "accounts.xlsx"
    book.save(path)
    wizard = open_wizard(path)
    assert wizard.file_page.preview.item(1, 0).text() == "Zoë Café"
    to_check_page(qtbot, wizard)
    page = wizard.check_page
    headers = [page.rows.horizontalHeaderItem(c).text() for c in range(page.rows.columnCount())]
    assert headers[-3:] == ["Phone", "Phone (E.164)", "Valid phone"]
    assert [page.rows.item(0, c).text() for c in range(len(headers) - 3, len(headers))] == [
        "0113 496 0000", "+441134960000", "yes"
    ]  # fmt: skip
    finish_import(qtbot, wizard)
    assert wizard.import_page.counts["created"].text() == "2"
    with db.read() as s:
        rows = s.execute(select(Account.name, Account.employees, Account.phone_e164)).all()
    assert sorted(rows) == [("Acme Ltd", 12, "+441134960000"), ("Zoë Café", 3, "+33472000000")]


def test_the_detected_export_is_named(open_wizard, tmp_path):
    wizard = open_wizard(write_csv(tmp_path / "companies.csv", HUBSPOT_COMPANIES))
    wizard.next()
    page = wizard.columns_page
    assert page.detected.isVisibleTo(page) and page.detected.text() == "Detected: HubSpot export"
    plain = open_wizard(write_csv(tmp_path / "plain.csv", [["Name", "City"], ["A", "B"]]))
    plain.next()
    assert not plain.columns_page.detected.isVisibleTo(plain.columns_page)


def test_back_and_next_keep_the_columns_the_user_chose(qtbot, open_wizard, tmp_path):
    wizard = open_wizard(write_csv(tmp_path / "companies.csv", HUBSPOT_COMPANIES))
    wizard.next()
    page = wizard.columns_page
    page.combos[2].setCurrentIndex(0)  # do not import Type
    page.combos[4].setCurrentIndex(page.combos[4].findData("region"))  # City as the region
    wizard.back()
    wizard.next()
    assert page.combos[2].currentData() is None and page.combos[4].currentData() == "region"
    wizard.next()  # the dry run uses them too
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=20_000)
    assert wizard.mapping["Type"] is None and wizard.mapping["City"] == "region"
    wizard.back()
    wizard.back()  # another record type: its own columns, guessed anew
    wizard.file_page.record_type.setCurrentIndex(wizard.file_page.record_type.findData("contacts"))
    wizard.next()
    assert "region" not in set(page.mapping().values())


def test_warnings_are_listed_after_errors_and_marked(qtbot, open_wizard, tmp_path):
    wizard = open_wizard(write_csv(tmp_path / "bad.csv", [*HUBSPOT_COMPANIES, BAD_ROW]))
    to_check_page(qtbot, wizard)
    table = wizard.check_page.problems
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    kinds = [kind for _, kind, _ in rows]
    assert kinds == sorted(kinds) and {"Error", "Warning"} <= set(kinds)  # errors first
    assert ["4", "Warning", "Type"] in rows  # "Partner" is no SalesDesk type: the default
    colours = {table.item(r, 1).foreground().color().name() for r in range(table.rowCount())}
    assert len(colours) == 2
    assert wizard.check_page.tabs.tabText(1) == "2 errors, 2 warnings"


def test_match_keys_and_phone_region_reach_the_import(qtbot, db, open_wizard, tmp_path):
    rows = [["Company name", "City", "Phone"], ["Büro", "Berlin", "030 1234567"]]
    wizard = open_wizard(write_csv(tmp_path / "de.csv", rows))
    wizard.next()
    page = wizard.columns_page
    assert page.match.currentText() == "Record ID, else Account name + City"
    page.match.setCurrentIndex(page.match.findText("Record ID, else Account name"))
    page.region.setCurrentIndex(page.region.findData("DE"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=20_000)
    finish_import(qtbot, wizard)
    with db.read() as s:
        assert s.execute(select(Account.phone_e164, Account.phone_valid)).one() == (
            "+49301234567", True
        )  # fmt: skip
    # Matched on the name alone: the same company in another city is the same account.
    again = open_wizard(write_csv(tmp_path / "de2.csv", [rows[0], ["Büro", "Bonn", ""]]))
    again.next()
    again.columns_page.match.setCurrentIndex(1)
    to_check_page_from_columns(qtbot, again)
    assert again.check_page.counts["updated"].text() == "1"


def test_a_leads_import_shows_the_duplicates_it_flagged(qtbot, db, open_wizard, tmp_path):
    rows = [["Record ID", "Last Name", "Email"], ["1", "Lee", "lee@foo.example"],
            ["2", "Lee", "LEE@foo.example"]]  # fmt: skip
    wizard = open_wizard(write_csv(tmp_path / "leads.csv", rows), record_type="leads")
    wizard.next()
    page = wizard.columns_page
    page.match.setCurrentIndex(page.match.findData(()))  # two leads, not one updated
    to_check_page_from_columns(qtbot, wizard)
    finish_import(qtbot, wizard)
    counts = wizard.import_page.counts
    assert counts["created"].text() == "2" and counts["duplicates_flagged"].text() == "1"
    assert counts["duplicates_flagged"].isVisibleTo(wizard.import_page)


def test_accounts_show_no_duplicate_count(qtbot, open_wizard, tmp_path):
    wizard = open_wizard(write_csv(tmp_path / "companies.csv", HUBSPOT_COMPANIES))
    to_check_page(qtbot, wizard)
    finish_import(qtbot, wizard)
    assert not wizard.import_page.counts["duplicates_flagged"].isVisibleTo(wizard.import_page)


def to_check_page_from_columns(qtbot, wizard: ImportWizard) -> None:
    assert can_go_on(wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=20_000)
