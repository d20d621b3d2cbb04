"""Settings, Automation: the rule switches and the no-visit days, saved by the dialog's
Save with one call; read-only for anyone but a sales manager."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from salesdesk.core.automation import rules
from salesdesk.core.domain import Role
from salesdesk.core.models import Task
from salesdesk.core.workspace import ProfileInput, save_profile
from salesdesk.ui.dialogs.settings import SettingsDialog


@pytest.fixture
def open_settings(qtbot, db, make_state, settings):
    def build(role=Role.SALES_MANAGER):
        profile = save_profile(db, ProfileInput(name="Morgan Lee", role=role))
        dialog = SettingsDialog(make_state(profile), settings)
        qtbot.addWidget(dialog)
        return dialog, dialog.rules_page

    return build


def _stored(db) -> dict:
    with db.read() as s:
        return rules.rule_settings(s)


def test_a_manager_switches_a_rule_off_and_sets_the_days(db, open_settings):
    with db.write() as s:
        s.add(Task(title="made by a rule", created_by_rule="debrief_next_step"))
    dialog, page = open_settings()
    assert dialog.tabs.tabText(dialog.tabs.indexOf(page)) == "Automation"
    assert set(page.rows) == {r.key for r in rules.RULES}
    debrief = page.rows["debrief_next_step"]
    assert debrief.made.text() == "Records made so far: 1"
    assert debrief.switch.isEnabled() and debrief.switch.isChecked()
    debrief.switch.setChecked(False)
    no_visit = page.rows["a_account_no_visit"]
    assert no_visit.days.value() == 30 and no_visit.days.isEnabled()
    no_visit.days.setValue(45)
    assert page.changes() == {
        "debrief_next_step": {"enabled": False},
        "a_account_no_visit": {"enabled": True, "days": 45},
    }
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = _stored(db)
    assert stored["debrief_next_step"]["enabled"] is False
    assert stored["a_account_no_visit"] == {"enabled": True, "days": 45}
    assert stored["lead_qualified"]["enabled"] is True

    _again, page = open_settings()
    assert not page.rows["debrief_next_step"].switch.isChecked()
    page.rows["a_account_no_visit"].switch.setChecked(False)
    assert not page.rows["a_account_no_visit"].days.isEnabled()


def test_a_rep_sees_the_rules_read_only(db, open_settings):
    dialog, page = open_settings(Role.FIELD_REP)
    assert not page.can_edit
    assert "Only a sales manager" in page.note.text()
    for row in page.rows.values():
        assert not row.switch.isEnabled()
        assert row.days is None or not row.days.isEnabled()
    page.rows["lead_qualified"].switch.setChecked(False)  # programmatically: still not saved
    dialog.accept()
    assert _stored(db)["lead_qualified"]["enabled"] is True
