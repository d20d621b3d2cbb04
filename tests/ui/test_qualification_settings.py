"""Settings, Qualification: frameworks, the ideal customer profile and the
disqualification reasons, edited by a sales manager and saved by the dialog's Save."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from salesdesk.core.domain import Role
from salesdesk.core.leads import frameworks, icp
from salesdesk.core.leads.records import LeadInput, save_lead
from salesdesk.core.models import Lead
from salesdesk.core.workspace import ProfileInput, save_profile
from salesdesk.ui.dialogs import framework_editor
from salesdesk.ui.dialogs.settings import SettingsDialog


@pytest.fixture
def open_settings(qtbot, db, make_state, settings):
    def build(role=Role.SALES_MANAGER):
        profile = save_profile(db, ProfileInput(name="Morgan Lee", role=role))
        dialog = SettingsDialog(make_state(profile), settings)
        qtbot.addWidget(dialog)
        return dialog, dialog.qualification_page

    return build


def _framework_of(db, lead_id):
    with db.read() as s:
        return frameworks.framework_for(s, s.get(Lead, lead_id))


def _names(db) -> list[str]:
    return [f.name for f in frameworks.frameworks(db)]


def test_a_bant_framework_assigned_to_a_source_is_the_one_its_leads_get(db, open_settings):
    lead = save_lead(db, LeadInput(company="Halden Foods", source="Trade show")).id
    dialog, page = open_settings()
    page.frameworks.bant_button.click()
    form = page.frameworks.form
    assert [form.table.item(r, 0).text() for r in range(form.table.rowCount())] == [
        "Budget",
        "Authority",
        "Need",
        "Timeline",
    ]
    form.source.setCurrentIndex(form.source.findText("Trade show"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    chosen = _framework_of(db, lead)
    assert chosen.name == "BANT" and chosen.lead_source == "Trade show"
    assert [c.key for c in chosen.criteria] == ["budget", "authority", "need", "timeline"]
    other = save_lead(db, LeadInput(company="Brook Mills", source="Website")).id
    assert _framework_of(db, other).name == "Default qualification"


def test_zero_total_weight_is_refused_next_to_the_criteria_and_nothing_is_written(
    db, open_settings
):
    dialog, page = open_settings()
    page.frameworks.meddic_button.click()
    form = page.frameworks.form
    for row in range(form.table.rowCount()):
        form.table.setCurrentCell(row, 0)
        form.criterion.weight.setValue(0.0)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert _names(db) == ["Default qualification"]
    assert not form.criteria_error.isHidden()
    assert form.criteria_error.text().startswith("The criteria's weights add up to zero")
    assert dialog.tabs.currentWidget() is page and page.parts.currentWidget() is page.frameworks
    # Everything typed is still there to fix.
    assert form.name.text() == "MEDDIC" and form.table.rowCount() == 6
    form.table.setCurrentCell(0, 0)
    form.criterion.weight.setValue(10.0)
    assert form.criteria_error.isHidden()  # the message goes once it is fixed
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "MEDDIC" in _names(db)


def test_a_nameless_criterion_and_a_one_option_choice_are_shown_at_their_fields(
    qtbot, db, open_settings
):
    dialog, page = open_settings()
    page.frameworks.bant_button.click()
    form = page.frameworks.form
    form.table.setCurrentCell(1, 0)  # Authority, a choice
    form.criterion.choices.setPlainText("The person who decides | 1")
    form.table.setCurrentCell(2, 0)
    form.criterion.name.selectAll()
    qtbot.keyClick(form.criterion.name, Qt.Key.Key_Backspace)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert _names(db) == ["Default qualification"]
    assert form.table.currentRow() == 2  # the criterion being edited has a problem too
    assert form.criterion.name_error.text() == "Every criterion needs a name."
    assert not form.criterion.name_error.isHidden()
    assert form.criterion.name.text() == ""  # kept as typed
    form.table.setCurrentCell(1, 0)
    assert "at least two options" in form.criterion.options_error.text()
    assert form.criterion.choices.toPlainText() == "The person who decides | 1"
    assert not form.table.item(1, 0).icon().isNull()
    assert not form.table.item(2, 0).icon().isNull()


def test_unsaved_edits_are_asked_about_before_another_framework_is_shown(
    db, open_settings, monkeypatch
):
    _dialog, page = open_settings()
    panel = page.frameworks
    panel.bant_button.click()
    answers = iter(["cancel", "save"])
    monkeypatch.setattr(panel, "_ask_unsaved", lambda: next(answers))
    panel.list.setCurrentRow(0)
    assert panel.form.name.text() == "BANT"  # cancelled: still editing it
    panel.list.setCurrentRow(0)
    assert panel.form.name.text() == "Default qualification"
    assert sorted(_names(db)) == ["BANT", "Default qualification"]


def test_the_last_framework_cannot_be_deleted(db, open_settings, monkeypatch):
    _dialog, page = open_settings()
    told = []
    monkeypatch.setattr(page.frameworks, "_confirm", lambda _question: True)
    monkeypatch.setattr(framework_editor, "warn", lambda _parent, text: told.append(text))
    page.frameworks.delete_button.click()
    assert told == ["This is the last framework; leads need one. Edit it instead."]
    assert _names(db) == ["Default qualification"]


def test_editing_the_customer_profile_changes_a_leads_fit(db, open_settings):
    lead_id = save_lead(
        db, LeadInput(company="Halden Foods", industry="Chemicals", employees=120)
    ).id

    def fit() -> str | None:
        with db.read() as s:
            return icp.fit(icp.load_profile(s), s.get(Lead, lead_id)).answer

    assert fit() is None
    dialog, page = open_settings()
    page.profile.industries.set_checked("Chemicals")  # offered: a lead has it
    page.profile.size_boxes["50-249"].setChecked(True)
    dialog.accept()
    assert fit() == "yes"
    dialog, page = open_settings()
    page.profile.industries.entry.setText("Textiles")
    page.profile.industries.add_typed()
    page.profile.industries.set_checked("Chemicals", False)
    dialog.accept()
    assert fit() == "no"
    with db.read() as s:
        assert icp.load_profile(s).industries == ("Textiles",)


def test_disqualification_reasons_are_renamed_moved_and_removed(db, open_settings):
    dialog, page = open_settings()
    reasons = page.reasons
    reasons.list.setCurrentRow(reasons.list.count() - 1)  # "unreachable"
    reasons.remove_button.click()
    reasons.add_button.click()
    reasons.list.currentItem().setText("Went with a distributor")
    reasons.up_button.click()
    reasons.list.item(0).setText("No budget this year")
    dialog.accept()
    with db.read() as s:
        assert frameworks.disqualify_reasons(s) == [
            "No budget this year",
            "not decision maker",
            "poor fit",
            "no need",
            "timing",
            "competitor",
            "Went with a distributor",
            "duplicate",
        ]


def test_an_empty_reason_list_is_refused(db, open_settings):
    dialog, page = open_settings()
    while page.reasons.list.count():
        page.reasons.list.setCurrentRow(0)
        page.reasons.remove_button.click()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert page.reasons.error.text() == "Keep at least one disqualification reason."
    assert page.parts.currentWidget() is page.reasons
    with db.read() as s:
        assert frameworks.disqualify_reasons(s) == list(frameworks.DEFAULT_REASONS)


def test_a_field_rep_sees_the_settings_but_cannot_change_them(db, open_settings):
    dialog, page = open_settings(Role.FIELD_REP)
    assert not page.can_edit
    assert "sales manager" in page.note.text()
    panel = page.frameworks
    assert panel.form.name.text() == "Default qualification"
    assert panel.new_button.isHidden() and panel.bant_button.isHidden()
    assert panel.form.name.isReadOnly() and not panel.form.criterion.weight.isEnabled()
    assert panel.form.add_button.isHidden() and page.reasons.add_button.isHidden()
    assert not page.profile.size_boxes["1-9"].isEnabled()
    assert page.profile.industries.add_button.isHidden()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _names(db) == ["Default qualification"]
    with db.read() as s:
        assert not icp.load_profile(s).defined


def test_saving_untouched_settings_writes_nothing(db, open_settings):
    from salesdesk.core.models import QualificationFramework
    from salesdesk.core.workspace import get_setting

    def stored():
        with db.read() as s:
            return (
                [r.version for r in s.query(QualificationFramework)],
                get_setting(s, icp.SETTING_KEY),
                get_setting(s, frameworks.REASONS_KEY),
            )

    before = stored()
    dialog, _page = open_settings()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert stored() == before and before[1:] == (None, None)
