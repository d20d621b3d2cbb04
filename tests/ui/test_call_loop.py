"""The rep's call loop in the real window: plan -> check in -> debrief -> review (issue 5)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from salesdesk.core.demo import generate
from salesdesk.core.domain import CallStage, Process, Role
from salesdesk.core.models import Account, Call, CallFeedback, CallQuestion, Contact, Task, User
from salesdesk.core.workspace import ProfileInput, current_profile, save_profile
from salesdesk.ui.calls.editor import DEBRIEF, FEEDBACK, PLAN, RUN
from salesdesk.ui.main_window import MainWindow
from salesdesk.ui.views.calls import CallsView


@pytest.fixture
def rep_world(db):
    rep = save_profile(db, ProfileInput(name="Robin Ashworth", role=Role.FIELD_REP))
    generate(db, accounts=40, seed=4, today=date.today(), me=rep.id)
    with db.read() as s:
        account = s.scalar(
            select(Account)
            .where(Account.id.in_(select(Contact.account_id)))
            .order_by(Account.name)
            .limit(1)
        )
        manager = s.scalar(select(User).where(User.role == Role.SALES_MANAGER))
    return rep, account, manager


def _window(qtbot, make_state, settings, profile) -> MainWindow:
    window = MainWindow(make_state(profile), settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    with qtbot.waitActive(window):  # shortcuts (Ctrl+N, Ctrl+S...) need the active window
        window.activateWindow()
    return window


def _calls(window: MainWindow) -> CallsView:
    window.show_process(Process.CALLS)
    view = window.stack.currentWidget()
    assert isinstance(view, CallsView)
    return view


def test_plan_check_in_debrief_review_in_the_real_window(
    qtbot, db, make_state, settings, rep_world
):
    rep, account, manager = rep_world
    window = _window(qtbot, make_state, settings, rep)
    view = _calls(window)

    # Plan: Ctrl+N, pick the account by typing, objective, a typed and a bank question.
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = view.editor
    plan = editor.plan
    assert view.right.currentWidget() is editor
    assert editor.tabs.currentIndex() == PLAN and plan.call_id is None
    qtbot.keyClicks(plan.account, account.name[:6])
    qtbot.waitUntil(lambda: plan.account.completer().popup().isVisible(), timeout=3000)
    popup = plan.account.completer().popup()
    row = next(
        i
        for i in range(popup.model().rowCount())
        if popup.model().index(i, 0).data().startswith(account.name)
    )
    popup.setCurrentIndex(popup.model().index(row, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert plan.account.account_id == account.id
    # Offscreen, the window is no longer active once the popup closes; shortcuts need it.
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClicks(plan.objective, "Agree the trial on line 3")
    qtbot.keyClicks(plan.questions.entry, "Who signs the order?")
    qtbot.keyClick(plan.questions.entry, Qt.Key.Key_Return)
    plan.bank.setCurrentIndex(1)
    plan.bank.activated.emit(1)
    assert len(plan.questions.texts()) >= 2
    qtbot.keyClick(plan.objective, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    call_id = editor.call_id
    assert call_id is not None, plan.error.widget.text()
    with db.read() as s:
        call = s.get(Call, call_id)
        questions = s.scalars(select(CallQuestion.text).where(CallQuestion.call_id == call_id))
        assert call.objective == "Agree the trial on line 3"
        assert "Who signs the order?" in list(questions)
    assert editor.plan.draft_key == f"plan:{call_id}"

    # Run: check in, tick the first question, check out.
    editor.tabs.setCurrentIndex(RUN)
    qtbot.mouseClick(editor.run.check_in_button, Qt.MouseButton.LeftButton)
    assert editor.detail.stage == CallStage.IN_PROGRESS
    editor.run.questions.item(0).setCheckState(Qt.CheckState.Checked)
    assert editor.run.save()
    qtbot.mouseClick(editor.run.check_out_button, Qt.MouseButton.LeftButton)
    assert editor.detail.stage == CallStage.DONE

    # Debrief: the unticked questions are pre-filled; a next step becomes a task.
    editor.tabs.setCurrentIndex(DEBRIEF)
    debrief = editor.debrief
    assert "Who signs the order?" in debrief.unasked.texts()
    qtbot.keyClicks(debrief.went_well, "The demo convinced the supervisor")
    debrief.add_step("Send the trial agreement", "task", date.today() + timedelta(days=2))
    qtbot.keyClick(debrief.went_well, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.detail.stage == CallStage.DEBRIEFED
    with db.read() as s:
        task = s.scalar(select(Task).where(Task.call_id == call_id))
    assert task is not None and task.title == "Send the trial agreement"

    # Ask the manager; asking myself is refused inline and nothing changes.
    debrief.reviewer.setCurrentIndex(debrief.reviewer.findData(str(manager.id)))
    qtbot.mouseClick(debrief.ask_button, Qt.MouseButton.LeftButton)
    assert editor.detail.review_status == "requested"
    window.close()

    # The manager sees it in the review queue, comments per section, marks it reviewed.
    boss = _window(qtbot, make_state, settings, _profile_of(db, manager.id))
    boss_view = _calls(boss)
    boss_view.lists.setCurrentWidget(boss_view.reviews)
    boss_view.reviews.open_call.emit(call_id)
    assert boss_view.editor.call_id == call_id
    assert boss_view.editor.tabs.currentIndex() == FEEDBACK
    feedback = boss_view.editor.feedback
    assert feedback.send_button.isVisible()
    qtbot.keyClicks(feedback.comments["went_well"], "Good use of the demo")
    qtbot.mouseClick(feedback.send_button, Qt.MouseButton.LeftButton)
    assert boss_view.editor.detail.stage == CallStage.REVIEWED
    with db.read() as s:
        comments = s.scalars(select(CallFeedback.comment).where(CallFeedback.call_id == call_id))
        assert list(comments) == ["Good use of the demo"]
    boss.close()

    # The rep sees the feedback.
    again = _window(qtbot, make_state, settings, rep)
    rep_view = _calls(again)
    rep_view.open_call(call_id)
    assert rep_view.editor.tabs.currentIndex() == FEEDBACK
    assert "Good use of the demo" in rep_view.editor.feedback._received["went_well"].text()
    QApplication.processEvents()


def _profile_of(db, user_id):
    from salesdesk.core.workspace import CURRENT_USER_KEY, set_setting

    with db.write() as s:
        set_setting(s, CURRENT_USER_KEY, str(user_id))
    return current_profile(db)


def test_calendar_export_and_import_from_the_calls_view(
    qtbot, db, make_state, settings, rep_world, tmp_path, monkeypatch
):
    """The Calendar menu writes the planned calls and reads them back: nothing doubles."""
    from icalendar import Calendar

    from salesdesk.ui.calls import calendar

    rep, _account, _manager = rep_world
    window = _window(qtbot, make_state, settings, rep)
    view = _calls(window)
    target = tmp_path / "mine.ics"
    shown: list[str] = []
    monkeypatch.setattr(calendar, "show_message", lambda _parent, text: shown.append(text))
    monkeypatch.setattr(calendar.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(calendar.QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    calendar.export_planned(view, view._state, view._jobs)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert events and str(len(events)) in shown[0]
    calendar.import_meetings(view, view._state, view._jobs)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10000)
    assert shown[1].startswith(f"0 created, 0 updated, {len(events)} unchanged")


def test_call_history_and_plan_from_another_view(qtbot, db, make_state, settings, rep_world):
    """Territory's account card (and Today) hand an account to the Calls view."""
    from salesdesk.core.calls.listing import CallQuery, call_ids

    rep, account, _manager = rep_world
    window = _window(qtbot, make_state, settings, rep)
    window.account_calls(account.id)
    view = window.stack.currentWidget()
    assert isinstance(view, CallsView) and view.history.isVisible()
    assert account.name in view.history_text.text()
    expected = call_ids(db, CallQuery(account_id=account.id))
    assert view.list.model.rowCount() == len(expected) > 0
    window.plan_call(account.id)
    assert view.editor.plan.account.account_id == account.id
    assert view.editor.call_id is None
    view.show_account(None)
    assert not view.history.isVisible()
    assert view.list.model.rowCount() > len(expected)


def test_checking_in_keeps_the_notes_typed_before_and_ctrl_s_keeps_the_check_in(
    qtbot, db, make_state, settings, rep_world
):
    from salesdesk.core.calls.detail import call_detail
    from salesdesk.core.calls.planning import PlanInput, plan_call
    from salesdesk.core.models import utcnow

    rep, account, _manager = rep_world
    call_id = plan_call(db, rep.id, PlanInput(account_id=account.id, start=utcnow()))
    window = _window(qtbot, make_state, settings, rep)
    view = _calls(window)
    view.open_call(call_id, RUN)
    run = view.editor.run
    qtbot.keyClicks(run.notes, "Parking at the back")  # no pause: no draft written yet
    qtbot.mouseClick(run.check_in_button, Qt.MouseButton.LeftButton)
    detail = call_detail(db, call_id)
    assert detail.checked_in_at is not None and detail.notes == "Parking at the back"
    qtbot.keyClicks(run.notes, ", gate code 1234")
    qtbot.keyClick(run.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    detail = call_detail(db, call_id)
    assert detail.checked_in_at is not None
    assert detail.notes == "Parking at the back, gate code 1234"


def test_a_new_plan_keeps_its_draft_per_account_and_is_offered_back(
    qtbot, db, make_state, settings, rep_world
):
    from salesdesk.core.calls.drafts import list_drafts

    rep, account, _manager = rep_world
    with db.read() as s:
        other = s.scalar(select(Account.id).where(Account.id != account.id).limit(1))
    window = _window(qtbot, make_state, settings, rep)
    view = _calls(window)
    view.new_call(account.id)
    qtbot.keyClicks(view.editor.plan.objective, "For the first account")
    view.editor.flush()
    view.new_call(other)  # another account: its own, empty plan
    assert view.editor.plan.objective.toPlainText() == ""
    assert view.editor.plan.account.account_id == other
    assert view.resume.isVisible()  # the first plan is offered back
    assert [d.key for d in list_drafts(db, rep.id, "plan:new:")] == [f"plan:new:{account.id}"]
    qtbot.mouseClick(
        next(b for b in view.resume.findChildren(type(view.new_button)) if b.text() == "Resume"),
        Qt.MouseButton.LeftButton,
    )
    assert view.editor.plan.account.account_id == account.id
    assert view.editor.plan.objective.toPlainText() == "For the first account"
    assert view.editor.banner.isVisible()


def test_a_cell_still_being_typed_in_is_in_the_draft(qtbot, db, make_state, settings, rep_world):
    from PySide6.QtWidgets import QLineEdit

    from salesdesk.core.calls.drafts import load_draft

    rep, account, _manager = rep_world
    window = _window(qtbot, make_state, settings, rep)
    view = _calls(window)
    view.new_call(account.id)
    plan = view.editor.plan
    plan.add_objection("", "")  # opens the cell's editor, as "Add objection" does
    editor = plan.objections.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    qtbot.keyClicks(editor, "We already have a supplier")
    view.editor.flush()
    draft = load_draft(db, rep.id, f"plan:new:{account.id}")
    assert draft.content["objections"][-1][0] == "We already have a supplier"


def test_an_account_manager_plans_a_call_from_the_account_list(qtbot, db, make_state, settings):
    am = save_profile(db, ProfileInput(name="Ravi Patel", role=Role.ACCOUNT_MANAGER))
    generate(db, accounts=30, seed=4, today=date.today(), me=am.id)
    window = _window(qtbot, make_state, settings, am)
    window.show_process(Process.ACCOUNTS)
    accounts = window.stack.currentWidget()
    from salesdesk.ui.views.account_list import AccountListPanel

    panel = accounts.findChild(AccountListPanel)
    panel.table.selectRow(0)
    account_id = panel.model.account_id(0)
    # The open account's header carries the call buttons (the Accounts view, issue 8).
    plan_button = accounts.plan_call_button
    assert plan_button.isVisible() and plan_button.text() == "Plan a call…"
    qtbot.mouseClick(plan_button, Qt.MouseButton.LeftButton)
    view = window.stack.currentWidget()
    assert isinstance(view, CallsView)
    assert view.editor.plan.account.account_id == account_id
