"""The import wizard on real files and a real database: file, columns, check, import."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest
import shiboken6
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
        return wizard

    yield build
    QThreadPool.globalInstance().waitForDone(30_000)
    for wizard in wizards:  # now, not whenever the garbage collector gets to the cycle
        shiboken6.delete(wizard)


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


def test_the_encoding_can_be_overridden_and_the_preview_rereads(open_wizard, tmp_path):
    rows = [["Company name", "City"], ["Zoë Café", "Lyon"]]
    wizard = open_wizard(write_csv(tmp_path / "excel.csv", rows, encoding="cp1252"))
    page = wizard.file_page
    page.encoding.setCurrentIndex(page.encoding.findData("utf-8"))
    assert page.error.isVisibleTo(page)
    assert "utf-8" in page.error.text()
    assert not can_go_on(wizard)
    page.encoding.setCurrentIndex(page.encoding.findData("cp1252"))
    assert not page.error.isVisibleTo(page)
    assert page.preview.item(0, 0).text() == "Zoë Café"
    assert can_go_on(wizard)


def test_a_semicolon_file_can_be_forced_to_commas(open_wizard, tmp_path):
    rows = [["Company name", "City"], ["Acme", "Leeds"]]
    wizard = open_wizard(write_csv(tmp_path / "semi.csv", rows, delimiter=";"))
    page = wizard.file_page
    assert page.preview.columnCount() == 2
    page.delimiter.setCurrentIndex(page.delimiter.findData(","))
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
