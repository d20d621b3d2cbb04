"""The timesheet's categories: a manager renames, adds and removes; history is kept."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtWidgets import QDialogButtonBox

from salesdesk.core.automation import timeaudit as ta
from salesdesk.core.deals.common import week_start
from salesdesk.core.domain import Role, TimeSource
from salesdesk.core.models import TimeEntry
from salesdesk.core.workspace import ProfileInput, current_profile, save_profile
from salesdesk.ui.automation.categories_dialog import TimeCategoriesDialog
from salesdesk.ui.automation.timesheet import TimeAuditPanel


def _dialog(qtbot, make_state, db, role):
    save_profile(db, ProfileInput(name="Morgan", role=role))
    state = make_state(current_profile(db))
    panel = TimeAuditPanel(state)
    qtbot.addWidget(panel)
    dialog = TimeCategoriesDialog(state, panel._default_labels(), panel)
    qtbot.addWidget(dialog)
    return dialog, panel


def test_a_manager_renames_adds_and_removes_categories_keeping_history(qtbot, make_state, db):
    dialog, panel = _dialog(qtbot, make_state, db, Role.SALES_MANAGER)
    me = current_profile(db).id
    monday = week_start(date.today())
    with db.write() as s:
        s.add(
            TimeEntry(
                user_id=me,
                category="training",
                minutes=90,
                started_at=datetime.combine(monday, time(10)).astimezone(UTC).replace(tzinfo=None),
                source=str(TimeSource.MANUAL),
            )
        )
    items = dialog.editor.list
    assert items.count() == len(ta.DEFAULT_CATEGORIES)
    training = next(
        items.item(r) for r in range(items.count()) if items.item(r).text() == "Training"
    )
    training.setText("Courses and e-learning")
    reporting = next(r for r in range(items.count()) if items.item(r).text() == "Reporting")
    items.setCurrentRow(reporting)
    dialog.editor.remove_button.click()
    dialog.editor.add().setText("Trade shows")
    dialog.accept()

    with db.read() as s:
        saved = ta.categories(s)
    labels = {c.key: c.label for c in saved}
    # Renamed: same key, so the 1.5 h of training stay in the row; built-ins stay English.
    assert labels["training"] == "Courses and e-learning"
    assert labels["selling_face_to_face"] == "Selling face to face"
    assert "reporting" not in labels
    assert labels["trade_shows"] == "Trade shows"
    report = ta.week_report(db, me, monday)
    row = next(r for r in report.rows if r.key == "training")
    assert (row.label, row.minutes) == ("Courses and e-learning", 90)
    panel.refresh()
    assert any(panel.grid.item(r, 0).text() == "Trade shows" for r in range(panel.grid.rowCount()))


def test_a_repeated_name_is_refused_in_the_dialog_and_nothing_is_stored(qtbot, make_state, db):
    dialog, _panel = _dialog(qtbot, make_state, db, Role.SALES_MANAGER)
    dialog.editor.add().setText("travel")
    dialog.accept()
    assert dialog.editor.error.isVisibleTo(dialog)
    assert "twice" in dialog.editor.error.text()
    with db.read() as s:
        assert [c.key for c in ta.categories(s)] == [k for k, _ in ta.DEFAULT_CATEGORIES]


def test_a_rep_sees_the_categories_read_only(qtbot, make_state, db):
    dialog, _panel = _dialog(qtbot, make_state, db, Role.FIELD_REP)
    assert not dialog.editor.add_button.isVisibleTo(dialog)
    box = dialog.findChild(QDialogButtonBox)
    assert box.button(QDialogButtonBox.StandardButton.Save) is None
