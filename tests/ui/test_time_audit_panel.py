"""The time audit panel: type hours in the grid, save, and the report follows."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMainWindow

from salesdesk.core.automation import timesheet as ts
from salesdesk.core.deals.common import week_start
from salesdesk.core.domain import Role, TimeSource
from salesdesk.core.models import TimeEntry, User
from salesdesk.core.workspace import CURRENT_USER_KEY, current_profile, set_setting
from salesdesk.ui.automation.timesheet import TimeAuditPanel, parse_hours
from salesdesk.ui.views.automation import AutomationView

WEEK = week_start(date.today()) - timedelta(weeks=1)


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour)).astimezone(UTC).replace(tzinfo=None)


@pytest.fixture
def panel(qtbot, make_state, db):
    with db.write() as s:
        boss = User(name="Morgan", role=Role.SALES_MANAGER)
        s.add(boss)
        s.flush()
        me = User(name="Sam", role=Role.FIELD_REP, manager_id=boss.id)
        mate = User(name="Kim", role=Role.FIELD_REP, manager_id=boss.id)
        s.add_all([me, mate])
        s.flush()
        s.add_all(
            [
                TimeEntry(
                    user_id=me.id,
                    category="selling_face_to_face",
                    minutes=120,
                    started_at=at(WEEK, 10),
                    source=str(TimeSource.AUTO),
                ),
                TimeEntry(
                    user_id=mate.id,
                    category="admin",
                    minutes=180,
                    started_at=at(WEEK, 10),
                    source=str(TimeSource.MANUAL),
                ),
            ]
        )
        set_setting(s, CURRENT_USER_KEY, str(me.id))
    widget = TimeAuditPanel(make_state(current_profile(db)))
    window = QMainWindow()
    window.setCentralWidget(widget)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    widget.week.setDate(QDate(WEEK + timedelta(days=2)))  # snaps to the Monday
    yield widget  # the window stays referenced until the test ends (qtbot holds it weakly)
    window.close()


def _row(table, text: str) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == text)


def test_hours_typed_in_the_grid_are_saved_and_the_report_follows(panel, db):
    assert panel.week_start() == WEEK
    report = {r.key: r for r in panel.report.rows}
    assert report["selling_face_to_face"].minutes == 120
    assert report["admin"].team_average == 180
    # the automatic time is in the read-only grid, not in the editable one
    assert panel.auto_grid.isVisible()
    assert panel.auto_grid.item(0, 1).text() == "2.0"

    admin = _row(panel.grid, "Admin/CRM entry")
    panel.grid.item(admin, 1).setText("1:30")  # Monday
    panel.grid.item(admin, 3).setText("0.5")  # Wednesday
    assert panel.grid.item(admin, 8).text() == "2.0"
    assert "Unsaved" in panel.message.text()
    assert panel.save()
    assert panel.message.text() == "Timesheet saved."
    sheet = ts.timesheet(db, panel.state.user_id, WEEK)
    assert sheet.manual == {(WEEK, "admin"): 90, (WEEK + timedelta(days=2), "admin"): 30}

    report = {r.key: r for r in panel.report.rows}
    assert report["admin"].minutes == 120 and report["admin"].manual_minutes == 120
    assert panel.report.total_minutes == 240
    row = _row(panel.table, "Admin/CRM entry")
    assert panel.table.item(row, 1).text() == "2.0"
    assert panel.table.item(row, 2).text() == "50%"
    assert panel.table.item(row, 3).data(Qt.ItemDataRole.UserRole + 21) == pytest.approx(0.5)
    kinds = [panel.candidates.item(r, 0).text() for r in range(panel.candidates.rowCount())]
    assert any("Admin/CRM entry typed by hand" in k for k in kinds)


def test_bad_cells_and_too_long_days_are_refused_with_a_message(panel, db):
    admin = _row(panel.grid, "Admin/CRM entry")
    panel.grid.item(admin, 1).setText("lots")
    assert "not a number of hours" in panel.message.text()
    assert not panel.save()
    panel.grid.item(admin, 1).setText("23")  # + 2 h automatic on Monday
    assert not panel.save()
    assert "24" in panel.message.text()
    assert ts.timesheet(db, panel.state.user_id, WEEK).manual == {}


def test_parse_hours():
    assert parse_hours("1.5") == parse_hours("1,5") == parse_hours("1:30") == 90
    assert parse_hours("90m") == 90 and parse_hours("") == 0 and parse_hours("۲") == 120
    assert parse_hours("x") is None and parse_hours("1:75") is None and parse_hours("-1") is None


def test_the_automation_view_has_a_time_audit_tab(qtbot, make_state, db):
    view = AutomationView(make_state(None))
    qtbot.addWidget(view)
    assert view.tabs.tabText(0) == "Time audit"
    assert view.time_audit.message.text() == "Create your profile to keep a timesheet."


def test_unchanged_cells_keep_their_exact_minutes(panel, db):
    me = panel.state.user_id
    ts.save_timesheet(db, me, WEEK, [ts.TimesheetRow(WEEK, "planning", 25)])
    panel.refresh()
    planning = _row(panel.grid, "Planning")
    assert panel.grid.item(planning, 1).text() == "0.4"  # shown rounded
    admin = _row(panel.grid, "Admin/CRM entry")
    panel.grid.item(admin, 2).setText("1")
    assert panel.save()
    assert ts.timesheet(db, me, WEEK).manual == {
        (WEEK, "planning"): 25,
        (WEEK + timedelta(days=1), "admin"): 60,
    }


def test_time_in_the_plan_form_is_captured_for_the_audit(qtbot, make_state, db):
    from salesdesk.core.models import Account, Call, utcnow
    from salesdesk.ui.calls.editor import PLAN, CallEditor

    with db.write() as s:
        me = User(name="Sam", role=Role.FIELD_REP)
        s.add(me)
        s.flush()
        account = Account(name="Acme", owner_id=me.id)
        s.add(account)
        s.flush()
        call = Call(account_id=account.id, owner_id=me.id, planned_start=at(WEEK, 10))
        s.add(call)
        s.flush()
        set_setting(s, CURRENT_USER_KEY, str(me.id))
        me_id, call_id = me.id, call.id
    editor = CallEditor(make_state(current_profile(db)))
    qtbot.addWidget(editor)
    editor.open_call(call_id, PLAN)
    editor._form_since = (PLAN, utcnow() - timedelta(minutes=95))  # a long sitting
    qtbot.keyClicks(editor.plan.objective, "Agree the trial")
    assert editor.plan.save()
    with db.read() as s:
        entries = s.query(TimeEntry).filter(TimeEntry.user_id == me_id).all()
    assert [(e.category, e.minutes, e.source, e.note) for e in entries] == [
        ("planning", 60, "auto", "call_plan_form")
    ]
    # the clock starts again at the save: saving at once adds nothing
    assert editor.plan.save()
    with db.read() as s:
        assert s.query(TimeEntry).filter(TimeEntry.user_id == me_id).count() == 1
    shiboken6.delete(editor)  # now, not in a random order at exit (a crash there)
