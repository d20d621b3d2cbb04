"""Settings: a manager edits which processes each role sees; others only look."""

from salesdesk.core.domain import DEFAULT_ROLE_PROCESSES, Process, Role
from salesdesk.core.workspace import ProfileInput, role_processes, save_profile
from salesdesk.ui.dialogs.settings import SettingsDialog


def _dialog(qtbot, db, make_state, settings, role):
    profile = save_profile(db, ProfileInput(name="Morgan Lee", role=role))
    dialog = SettingsDialog(make_state(profile), settings)
    qtbot.addWidget(dialog)
    return dialog


def test_a_manager_takes_leads_away_from_inside_reps(qtbot, db, make_state, settings):
    dialog = _dialog(qtbot, db, make_state, settings, Role.SALES_MANAGER)
    box = dialog.boxes[(Role.INSIDE_REP, Process.LEADS)]
    assert box.isEnabled() and box.isChecked()
    box.setChecked(False)
    dialog.accept()
    assert Process.LEADS not in role_processes(db)[Role.INSIDE_REP]
    assert Process.LEADS in role_processes(db)[Role.FIELD_REP]


def test_today_cannot_be_taken_away(qtbot, db, make_state, settings):
    dialog = _dialog(qtbot, db, make_state, settings, Role.SALES_MANAGER)
    assert not dialog.boxes[(Role.FIELD_REP, Process.TODAY)].isEnabled()


def test_a_rep_sees_the_mapping_but_cannot_change_it(qtbot, db, make_state, settings):
    dialog = _dialog(qtbot, db, make_state, settings, Role.FIELD_REP)
    assert not any(box.isEnabled() for box in dialog.boxes.values())
    dialog.accept()
    assert role_processes(db) == DEFAULT_ROLE_PROCESSES


def test_the_appearance_choice_is_saved(qtbot, db, make_state, settings):
    dialog = _dialog(qtbot, db, make_state, settings, Role.FIELD_REP)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.accept()
    assert settings.value("appearance/scheme") == "dark"
