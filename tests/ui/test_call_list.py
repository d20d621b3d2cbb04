"""The calls list on demo data: filters against direct SQL, selection, keys, sorting."""

from __future__ import annotations

import shutil
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from salesdesk.bootstrap import open_context
from salesdesk.core.demo import generate
from salesdesk.core.domain import CallStage, Role
from salesdesk.core.models import Call
from salesdesk.core.today import utc_start_of
from salesdesk.core.workspace import ProfileInput, current_profile, save_profile
from salesdesk.ui.models import call_table
from salesdesk.ui.models.call_table import (
    COL_ACCOUNT,
    COL_DATE,
    COL_OBJECTIVE,
    COL_STAGE,
    COL_TOWN,
    ID_ROLE,
    STAGE_ROLE,
    CallTableModel,
)
from salesdesk.ui.views.call_list import PERIODS, CallListPanel, period_range

TODAY = date.today()  # the date presets count from the real today
SHOTS = Path("/tmp/shots")

# The stage as the list derives it, written out in plain SQL to check the services.
STAGE_SQL = """CASE
    WHEN status = 'cancelled' THEN 'cancelled'
    WHEN review_status = 'reviewed' THEN 'reviewed'
    WHEN debriefed_at IS NOT NULL THEN 'debriefed'
    WHEN status = 'done' THEN 'done'
    WHEN status = 'in_progress' THEN 'in_progress'
    ELSE 'planned' END"""


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    """One demo territory (60 accounts, about 1,600 calls) with a field rep's profile,
    copied for each test: generating it per test would triple the run time."""
    path = tmp_path_factory.mktemp("calls") / "demo.sqlite3"
    ctx = open_context(path)
    try:
        me = save_profile(ctx.db, ProfileInput(name="Robin Ashworth", role=Role.FIELD_REP))
        generate(ctx.db, accounts=60, seed=3, today=TODAY, me=me.id)
    finally:
        ctx.close()
    return path


@pytest.fixture
def db_path(tmp_path, demo_file) -> Path:
    path = tmp_path / "salesdesk.sqlite3"
    shutil.copy(demo_file, path)
    return path


@pytest.fixture
def panel(qtbot, db, make_state):
    widget = CallListPanel(make_state(current_profile(db)))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    return widget


def _count(db, where: str = "1", **params) -> int:
    with db.read() as s:
        return s.execute(
            text(f"SELECT count(*) FROM calls WHERE deleted_at IS NULL AND ({where})"), params
        ).scalar_one()


def _stored(moment: datetime) -> str:
    """A naive UTC time as SQLAlchemy writes it into SQLite, to compare in plain SQL."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _shown(panel) -> list[uuid.UUID]:
    model = panel.model
    return [model.call_id(row) for row in range(model.rowCount())]


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_model_passes_qt_model_tester(qtmodeltester, db, qapp):
    qtmodeltester.check(CallTableModel(db))


def test_rows_are_fetched_a_page_at_a_time(db, qapp, monkeypatch):
    model = CallTableModel(db)
    fetched = []
    real = call_table.call_rows
    monkeypatch.setattr(
        call_table, "call_rows", lambda db_, ids: fetched.append(len(ids)) or real(db_, ids)
    )
    n = model.rowCount()
    assert n == _count(db) > 2 * call_table.PAGE
    for row in (0, 5, call_table.PAGE - 1, n - 1):
        assert model.data(model.index(row, COL_ACCOUNT))
    assert fetched == [call_table.PAGE, n - (n - 1) // call_table.PAGE * call_table.PAGE]
    assert uuid.UUID(model.data(model.index(3, COL_DATE), ID_ROLE)) == model.call_id(3)


def test_my_calls_and_the_team_match_the_database(panel, db):
    me = current_profile(db).id
    assert panel.scope.isVisible() or not panel.isVisible()
    assert panel.model.rowCount() == _count(db, "owner_id = :me", me=me.hex) > 0
    _choose(panel.scope, "team")
    assert panel.model.rowCount() == _count(db)
    assert str(_count(db)) in panel.count.text()


def test_search_finds_account_town_or_objective(panel, db):
    _choose(panel.scope, "team")
    panel.search.setText("bury")  # a town (Bury, Burythorpe...), account names, objectives
    panel.apply_filter()
    expected = _count(
        db,
        "account_id IN (SELECT id FROM accounts WHERE name LIKE :p OR city LIKE :p)"
        " OR objective LIKE :p",
        p="%bury%",
    )
    assert panel.model.rowCount() == expected > 0
    panel.search.setText("  BURY ")  # case and spaces around do not matter
    panel.apply_filter()
    assert panel.model.rowCount() == expected
    panel.search.setText("budget process")  # an objective only
    panel.apply_filter()
    assert panel.model.rowCount() == _count(db, "objective LIKE :p", p="%budget process%") > 0
    panel.search.setText("100%")  # LIKE wildcards are taken literally
    panel.apply_filter()
    assert panel.model.rowCount() == 0


def test_search_waits_for_typing_to_pause(qtbot, panel, db):
    _choose(panel.scope, "team")
    panel.search.setText("budget process")
    assert panel.model.rowCount() == _count(db)  # not yet: debounced
    qtbot.waitUntil(lambda: panel.model.rowCount() < _count(db), timeout=2000)


@pytest.mark.parametrize("stage", list(CallStage))
def test_stage_filter_shows_exactly_that_stage(panel, db, stage):
    _choose(panel.scope, "team")
    _choose(panel.stage, stage.value)
    expected = _count(db, f"{STAGE_SQL} = :stage", stage=stage.value)
    assert panel.model.rowCount() == expected
    model = panel.model
    shown = {model.data(model.index(r, COL_STAGE), STAGE_ROLE) for r in range(min(expected, 50))}
    assert shown <= {stage.value}
    if expected:
        assert model.data(model.index(0, COL_STAGE)) == call_table.stage_title(stage)
        assert not model.data(model.index(0, COL_STAGE), Qt.ItemDataRole.DecorationRole).isNull()


def test_demo_data_has_calls_in_every_stage_but_in_progress(db):
    with db.read() as s:
        stages = dict(s.execute(text(f"SELECT {STAGE_SQL}, count(*) FROM calls GROUP BY 1")).all())
    assert {"planned", "done", "debriefed", "reviewed", "cancelled"} <= set(stages)


@pytest.mark.parametrize("call_type", ["visit", "phone", "video"])
def test_type_filter(panel, db, call_type):
    _choose(panel.scope, "team")
    _choose(panel.call_type, call_type)
    assert panel.model.rowCount() == _count(db, "call_type = :t", t=call_type) > 0


@pytest.mark.parametrize("period", [p for p in PERIODS if p not in ("all", "custom")])
def test_date_presets_match_the_local_days(panel, db, period):
    _choose(panel.scope, "team")
    _choose(panel.period, period)
    first_day = QLocale().firstDayOfWeek().value
    start, end = period_range(period, QDate.currentDate().toPython(), first_day)
    expected = _count(
        db,
        "planned_start >= :a AND planned_start < :b",
        a=_stored(utc_start_of(start)),
        b=_stored(utc_start_of(end)),
    )
    assert panel.model.rowCount() == expected
    assert not panel.date_from.isVisibleTo(panel)
    if period in ("today", "week", "next7", "last30"):
        assert expected > 0  # the demo has calls today and every working day around it


def test_custom_dates_show_two_date_fields_and_include_the_last_day(panel, db):
    _choose(panel.scope, "team")
    _choose(panel.period, "custom")
    assert panel.date_from.isVisibleTo(panel) and panel.date_to.isVisibleTo(panel)
    day = QDate.currentDate()
    panel.date_to.setDate(day.addDays(-1))
    panel.date_from.setDate(day.addDays(-7))
    start = day.addDays(-7).toPython()
    expected = _count(
        db,
        "planned_start >= :a AND planned_start < :b",
        a=_stored(utc_start_of(start)),
        b=_stored(utc_start_of(day.toPython())),
    )
    assert panel.model.rowCount() == expected > 0
    _choose(panel.period, "all")
    assert not panel.date_from.isVisibleTo(panel)


def test_period_presets_count_whole_local_days():
    wednesday = date(2026, 12, 30)
    assert period_range("today", wednesday) == (wednesday, date(2026, 12, 31))
    assert period_range("week", wednesday) == (date(2026, 12, 28), date(2027, 1, 4))
    assert period_range("week", wednesday, first_day=6) == (date(2026, 12, 26), date(2027, 1, 2))
    assert period_range("next7", wednesday) == (wednesday, date(2027, 1, 6))
    assert period_range("last30", wednesday) == (date(2026, 12, 1), date(2026, 12, 31))
    assert period_range("month", wednesday) == (date(2026, 12, 1), date(2027, 1, 1))
    assert period_range("all", wednesday) == (None, None)


def test_account_history_shows_every_reps_calls_on_one_account(panel, db):
    with db.read() as s:
        account, _reps = s.execute(
            text(
                "SELECT account_id, count(DISTINCT owner_id) AS reps FROM calls"
                " GROUP BY account_id ORDER BY reps DESC, count(*) DESC LIMIT 1"
            )
        ).one()
    account_id = uuid.UUID(hex=account)
    panel.set_account(account_id)
    assert panel.model.rowCount() == _count(db, "account_id = :a", a=account) > 0
    assert panel.table.isColumnHidden(COL_ACCOUNT) and panel.table.isColumnHidden(COL_TOWN)
    assert not panel.scope.isVisibleTo(panel)
    panel.set_account(None)
    assert panel.model.rowCount() == _count(db, "owner_id = :me", me=current_profile(db).id.hex)
    assert not panel.table.isColumnHidden(COL_ACCOUNT)


def test_selection_survives_a_reload_after_a_write(qtbot, panel, db):
    _choose(panel.scope, "team")
    chosen = panel.model.call_id(5)
    with qtbot.waitSignal(panel.current_call_changed) as changed:
        assert panel.select_call(chosen)
    assert changed.args == [chosen]
    account = panel.model.data(panel.model.index(5, COL_ACCOUNT))
    emitted = []
    panel.current_call_changed.connect(emitted.append)
    with db.write() as s:  # a newer call lands on top and moves the chosen one down
        acc = s.execute(text("SELECT account_id FROM calls LIMIT 1")).scalar_one()
        s.add(
            Call(
                account_id=uuid.UUID(hex=acc),
                planned_start=datetime.combine(TODAY + timedelta(days=60), datetime.min.time()),
            )
        )
    assert panel.model.rowCount() == _count(db)
    row = panel.table.currentIndex().row()
    assert row == 6 and panel.model.call_id(row) == chosen
    assert panel.model.data(panel.model.index(row, COL_ACCOUNT)) == account
    assert panel.current_call == chosen and emitted == []
    assert panel.table.selectionModel().isRowSelected(6)

    # A filter that leaves it out clears the selection, and says so.
    other = next(
        s for s in CallStage if s.value != panel.model.data(panel.table.currentIndex(), STAGE_ROLE)
    )
    _choose(panel.stage, other.value)
    assert emitted == [None] and panel.current_call is None


def test_a_filter_set_again_after_a_write_shows_the_new_call(panel, db):
    """The model keeps its last few lists to clear a filter at once; a write empties them."""
    _choose(panel.scope, "team")
    _choose(panel.call_type, "phone")
    phones = panel.model.rowCount()
    _choose(panel.call_type, None)
    with db.write() as s:
        acc = s.execute(text("SELECT account_id FROM calls LIMIT 1")).scalar_one()
        s.add(
            Call(
                account_id=uuid.UUID(hex=acc), call_type="phone", planned_start=datetime(2026, 1, 5)
            )
        )
    _choose(panel.call_type, "phone")
    assert panel.model.rowCount() == phones + 1 == _count(db, "call_type = 'phone'")


def test_selecting_a_call_the_filter_leaves_out_does_nothing(panel, db):
    _choose(panel.stage, CallStage.PLANNED.value)
    with db.read() as s:
        done = s.execute(text("SELECT id FROM calls WHERE status = 'done' LIMIT 1")).scalar_one()
    assert not panel.select_call(uuid.UUID(hex=done))
    assert panel.current_call is None


def test_double_click_and_enter_open_the_call(qtbot, panel):
    panel.show()
    qtbot.waitExposed(panel)
    table = panel.table
    rect = table.visualRect(panel.model.index(2, COL_OBJECTIVE))
    expected = panel.model.call_id(2)
    with qtbot.waitSignal(panel.open_call) as opened:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [expected]
    assert panel.current_call == expected
    panel.select_call(panel.model.call_id(4))
    with qtbot.waitSignal(panel.open_call) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [panel.model.call_id(4)]


def test_focusing_the_table_from_the_keyboard_selects_nothing(qtbot, panel):
    """Qt makes the first row current when a table gains focus; the Calls view opens
    the call this panel reports, so only a real selection may be reported."""
    emitted = []
    panel.current_call_changed.connect(emitted.append)
    panel.show()
    with qtbot.waitActive(panel):
        panel.activateWindow()
    panel.table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(panel.table.hasFocus, timeout=2000)
    assert emitted == [] and panel.current_call is None
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    assert emitted == [panel.current_call] and panel.current_call is not None


def test_ctrl_f_focuses_the_search_field(qtbot, panel):
    panel.show()
    with qtbot.waitActive(panel):
        panel.activateWindow()
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(panel.search.hasFocus, timeout=2000)


def test_sorting_by_account_orders_by_name_and_keeps_the_date_order_inside(panel, db):
    _choose(panel.scope, "team")
    panel.table.sortByColumn(COL_ACCOUNT, Qt.SortOrder.AscendingOrder)
    assert panel.model.query.sort == "account" and not panel.model.query.descending
    model = panel.model
    with db.read() as s:
        names = s.execute(
            text(
                "SELECT a.name FROM calls c JOIN accounts a ON a.id = c.account_id"
                " WHERE c.deleted_at IS NULL ORDER BY a.name, c.planned_start, c.id"
            )
        ).scalars()
        expected = list(names)
    shown = [model.data(model.index(r, COL_ACCOUNT)) for r in range(model.rowCount())]
    assert shown == expected


def test_a_column_the_list_cannot_sort_by_keeps_the_current_order(panel):
    header = panel.table.horizontalHeader()
    before = _shown(panel)
    panel.table.sortByColumn(COL_OBJECTIVE, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == COL_DATE
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert _shown(panel) == before


def _screenshot(qtbot, panel, name: str) -> None:
    _choose(panel.scope, "team")
    _choose(panel.period, "last30")  # done, debriefed, reviewed and cancelled calls
    panel.show()
    qtbot.waitExposed(panel)
    model = panel.model
    past = next(
        r for r in range(model.rowCount()) if model.data(model.index(r, 0), STAGE_ROLE) != "planned"
    )
    panel.select_call(model.call_id(past + 6))  # centred: today's plans over done calls
    QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert panel.grab().save(str(SHOTS / name))


def test_screenshot_left_to_right(qtbot, panel):
    _screenshot(qtbot, panel, "call_list.png")


def test_screenshot_right_to_left(qtbot, db, make_state):
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        widget = CallListPanel(make_state(current_profile(db)))
        qtbot.addWidget(widget)
        widget.resize(1200, 700)
        _screenshot(qtbot, widget, "call_list_rtl.png")
        assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_call_deleted_after_the_list_was_read_shows_empty_and_is_read_once(db, qapp, monkeypatch):
    model = CallTableModel(db)
    gone = model.call_id(1)
    with db.write() as s:
        s.execute(text("DELETE FROM calls WHERE id = :id"), {"id": gone.hex})
    fetched = []
    real = call_table.call_rows
    monkeypatch.setattr(
        call_table, "call_rows", lambda db_, ids: fetched.append(len(ids)) or real(db_, ids)
    )
    assert model.data(model.index(1, COL_ACCOUNT)) is None
    assert model.data(model.index(1, COL_ACCOUNT)) is None
    assert model.data(model.index(0, COL_ACCOUNT))
    assert fetched == [call_table.PAGE]
