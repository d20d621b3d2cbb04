"""The main window as a user meets it: navigation by role, shortcuts, memory, status."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from salesdesk.core.domain import Process, Role
from salesdesk.core.workspace import ProfileInput, save_profile, set_role_processes
from salesdesk.ui.labels import process_title
from salesdesk.ui.main_window import MainWindow
from salesdesk.ui.views.automation import AutomationView
from salesdesk.ui.views.today import TodayView


def _nav_titles(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


@pytest.fixture
def window_for(qtbot, db, make_state, settings):
    def build(role: Role) -> MainWindow:
        profile = save_profile(
            db, ProfileInput(name="Robin Ashworth", role=role, monthly_quota=1000)
        )
        window = MainWindow(make_state(profile), settings)
        qtbot.addWidget(window)
        window.show()
        return window

    return build


@pytest.mark.parametrize(
    ("role", "shown", "hidden"),
    [
        (Role.FIELD_REP, Process.ACCOUNTS, Process.TODAY),
        (Role.INSIDE_REP, Process.LEADS, Process.TERRITORY),
        (Role.ACCOUNT_MANAGER, Process.ACCOUNTS, Process.LEADS),
    ],
)
def test_navigation_lists_the_processes_of_the_role(window_for, role, shown, hidden):
    titles = _nav_titles(window_for(role))
    assert titles[0] == process_title(Process.TODAY)
    assert process_title(shown) in titles
    if hidden != Process.TODAY:  # a field rep sees every process
        assert process_title(hidden) not in titles


def test_a_manager_sees_every_process_and_can_change_what_a_role_sees(window_for, db):
    window = window_for(Role.SALES_MANAGER)
    assert _nav_titles(window) == [process_title(p) for p in Process]
    manager = window.state.profile
    set_role_processes(db, manager, {Role.SALES_MANAGER: (Process.TODAY, Process.DEALS)})
    # The settings change is announced and the navigation rebuilds itself.
    assert _nav_titles(window) == [process_title(Process.TODAY), process_title(Process.DEALS)]


def test_today_is_the_start_page_and_automation_opens_in_tabs(window_for):
    window = window_for(Role.FIELD_REP)
    assert isinstance(window.stack.currentWidget(), TodayView)
    window.show_process(Process.AUTOMATION)
    view = window.stack.currentWidget()
    assert isinstance(view, AutomationView)
    assert view.tabs.tabText(0) == "Time audit"


def test_ctrl_number_shortcuts_switch_views(window_for, qtbot):
    window = window_for(Role.FIELD_REP)
    action = next(a for a in window.view_actions if a.shortcut() == QKeySequence("Ctrl+3"))
    action.trigger()
    assert window.current_process() == window.processes()[2]
    window._step(1)
    assert window.current_process() == window.processes()[3]


def test_status_bar_names_the_open_database(window_for, ctx):
    window = window_for(Role.FIELD_REP)
    assert ctx.db_path.name in window.db_label.text()
    assert window.db_label.toolTip() == str(ctx.db_path)
    assert "Robin Ashworth" in window.profile_label.text()


def test_size_position_and_last_view_are_remembered(qtbot, db, make_state, settings):
    profile = save_profile(db, ProfileInput(name="Robin", role=Role.FIELD_REP))
    first = MainWindow(make_state(profile), settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(720, 520)  # the offscreen screen is 800x600
    first.show_process(Process.DEALS)
    first.close()
    second = MainWindow(make_state(profile), settings)
    qtbot.addWidget(second)
    assert second.current_process() == Process.DEALS
    assert (second.width(), second.height()) == (720, 520)


def test_right_to_left_layout_mirrors_the_navigation(window_for, qtbot):
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = window_for(Role.FIELD_REP)
        window.resize(1000, 700)
        qtbot.waitExposed(window)
        assert window.nav.isRightToLeft()
        assert window.nav.geometry().left() > window.stack.geometry().left()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_switching_to_dark_redraws_the_navigation_icons(window_for, qapp):
    from salesdesk.ui.theme import apply_theme

    window = window_for(Role.FIELD_REP)
    before = window.nav.item(0).icon().pixmap(20, 20).toImage()
    apply_theme(qapp, "dark")
    try:
        after = window.nav.item(0).icon().pixmap(20, 20).toImage()
        assert before != after
    finally:
        apply_theme(qapp, "light")
