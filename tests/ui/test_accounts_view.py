"""The Accounts view (issue 8) in the real main window: open an account, its overview,
edit and save the account plan (Ctrl+S) and see the history entry, inline errors, and a
handoff accepted by the account manager from the queue."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from salesdesk.core.domain import DEFAULT_ROLE_PROCESSES, HandoffStatus, Process, Role
from salesdesk.core.models import Account, Contact, User
from salesdesk.core.plans.handoffs import (
    Briefing,
    handoff_detail,
    handoff_queue,
    save_briefing,
    send,
    start_handoff,
)
from salesdesk.core.plans.plans import load_plan, plan_history
from salesdesk.core.workspace import (
    CURRENT_USER_KEY,
    ProfileInput,
    current_profile,
    save_profile,
    set_setting,
)
from salesdesk.ui.main_window import MainWindow
from salesdesk.ui.views.accounts import AccountsView


@pytest.fixture
def world(db):
    """An account manager (the profile), a rep who owns Acme Foods with two contacts."""
    am = save_profile(db, ProfileInput(name="Ravi Patel", role=Role.ACCOUNT_MANAGER))
    with db.write() as s:
        rep = User(name="Rosa Rep", role="field_rep")
        s.add(rep)
        s.flush()
        acme = Account(
            name="Acme Foods",
            kind="customer",
            city="Leeds",
            owner_id=rep.id,
            current_revenue=30000.0,
            estimated_potential=120000.0,
        )
        s.add(acme)
        s.flush()
        s.add_all(
            [
                Contact(account_id=acme.id, first_name="Ada", last_name="Buyer"),
                Contact(account_id=acme.id, first_name="Tom", last_name="Tech"),
            ]
        )
        return am, rep.id, acme.id


def _accounts(qtbot, make_state, settings, profile) -> tuple[MainWindow, AccountsView]:
    window = MainWindow(make_state(profile), settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    with qtbot.waitActive(window):  # Ctrl+S needs the active window
        window.activateWindow()
    window.show_process(Process.ACCOUNTS)
    view = window.stack.currentWidget()
    assert isinstance(view, AccountsView)
    return window, view


def _select(qtbot, view: AccountsView, account_id) -> None:
    view.lists.setCurrentWidget(view.list)
    model = view.list.model
    row = next(r for r in range(model.rowCount()) if model.account_id(r) == account_id)
    view.list.table.selectRow(row)
    assert view.account_id == account_id
    qtbot.waitUntil(lambda: view.overview.overview is not None, timeout=10_000)


def test_opening_an_account_shows_its_overview(qtbot, make_state, settings, world):
    am, _rep, acme = world
    _window, view = _accounts(qtbot, make_state, settings, am)
    _select(qtbot, view, acme)
    assert view.name.text() == "Acme Foods"
    assert "Owner: Rosa Rep" in view.details.text()
    assert "No account manager yet" in view.details.text()
    value, _note = view.overview.figures["share"]
    assert value.text() == "25%"
    assert view.overview.figures["revenue"][0].text().startswith("£30")


def test_editing_and_saving_the_plan_shows_the_history_entry(
    qtbot, db, make_state, settings, world
):
    am, _rep, acme = world
    window, view = _accounts(qtbot, make_state, settings, am)
    _select(qtbot, view, acme)
    view.tabs.setCurrentWidget(view.plan)
    form = view.plan
    assert form.no_plan.isVisible()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClicks(form.goals, "Sole supplier by 2026")
    qtbot.mouseClick(form.actions.add_button, Qt.MouseButton.LeftButton)
    form.actions.table.item(0, form.actions.COL_TITLE).setText("Quarterly business review")
    qtbot.mouseClick(form.stakeholders.add_button, Qt.MouseButton.LeftButton)
    form.stakeholders.table.cellWidget(0, form.stakeholders.COL_STRENGTH).setValue(4)
    assert form.dirty
    form.goals.setFocus()
    qtbot.keyClick(form.goals, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: load_plan(db, acme) is not None)

    plan = load_plan(db, acme)
    assert plan.relationship_goals == "Sole supplier by 2026"
    assert [a.title for a in plan.actions] == ["Quarterly business review"]
    assert plan.actions[0].owner == "Ravi Patel"  # a new action is the user's
    assert [(p.contact, p.relationship_strength) for p in plan.stakeholders] == [("Ada Buyer", 4)]
    assert not form.dirty and not form.no_plan.isVisible()
    rows = [form.history.tree.topLevelItem(i) for i in range(form.history.tree.topLevelItemCount())]
    what = {r.text(form.history.COL_WHAT): r for r in rows}
    goals = what["Relationship goals"]
    assert goals.text(form.history.COL_WHO) == "Ravi Patel"
    assert goals.text(form.history.COL_AFTER) == "Sole supplier by 2026"
    assert "Action: Quarterly business review" in what
    assert len(rows) == len(plan_history(db, acme))


def test_a_refused_save_shows_the_error_at_the_action_plan(qtbot, db, make_state, settings, world):
    am, _rep, acme = world
    _window, view = _accounts(qtbot, make_state, settings, am)
    _select(qtbot, view, acme)
    view.tabs.setCurrentWidget(view.plan)
    form = view.plan
    qtbot.mouseClick(form.actions.add_button, Qt.MouseButton.LeftButton)  # no title typed
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    shown = [lab.text() for lab in form.findChildren(QLabel) if lab.isVisible()]
    assert "Action 1 needs a title." in shown
    assert form.actions.table.currentRow() == 0
    assert load_plan(db, acme) is None


def test_the_account_manager_accepts_a_handoff_from_the_queue(
    qtbot, db, make_state, settings, world
):
    am, rep, acme = world
    hid = start_handoff(db, acme, am.id, rep)
    save_briefing(
        db,
        hid,
        rep,
        Briefing(
            insights="Values fast service",
            commitments="4-hour response",
            key_contacts="Ada prefers email",
            open_issues="Delivery date not fixed",
            first_steps="Introduction visit\nCheck the film orders",
        ),
    )
    send(db, hid, rep)
    _window, view = _accounts(qtbot, make_state, settings, am)
    assert view.lists.currentWidget() is view.queue  # a handoff waits: land on the queue
    assert view.lists.tabText(view.lists.indexOf(view.queue)) == "Handoffs (1)"
    (item,) = view.queue.account_items()
    assert item.text(view.queue.COL_ACCOUNT) == "Acme Foods"
    view.queue.tree.itemActivated.emit(item, 0)
    assert view.tabs.currentWidget() is view.handoff
    panel = view.handoff
    assert panel.status.text() == "Sent"
    assert panel.accept_button.isVisible() and not panel.send_button.isVisible()
    assert panel.boxes["insights"].isReadOnly()  # the recipient reads the briefing

    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert handoff_detail(db, hid).row.status == HandoffStatus.ACCEPTED
    with db.read() as s:
        account = s.get(Account, acme)
        assert (account.account_manager_id, account.owner_id) == (am.id, am.id)
    assert panel.status.text() == "Accepted" and not panel.accept_button.isVisible()
    assert view.lists.tabText(view.lists.indexOf(view.queue)) == "Handoffs"
    plan = view.plan
    titles = [plan.actions.table.item(r, 0).text() for r in range(plan.actions.table.rowCount())]
    assert titles == ["Introduction visit", "Check the film orders"]
    assert plan.risks.toPlainText() == "Delivery date not fixed"
    qtbot.waitUntil(lambda: "Account manager: Ravi Patel" in view.details.text(), timeout=10_000)


def test_the_rep_starts_writes_and_sends_a_handoff_but_cannot_accept_it(
    qtbot, db, make_state, settings, world
):
    am, rep, acme = world
    assert Process.ACCOUNTS in DEFAULT_ROLE_PROCESSES[Role.FIELD_REP]  # reps write handoffs
    with db.write() as s:  # the rep is the local profile now
        set_setting(s, CURRENT_USER_KEY, str(rep))
    _window, view = _accounts(qtbot, make_state, settings, current_profile(db))
    view.open_account(acme, view.TAB_HANDOFF)
    panel = view.handoff
    assert panel.start_box.isVisible() and not panel.briefing.isVisible()
    panel.start_to.setCurrentIndex(panel.start_to.findData(str(am.id)))
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert panel.status.text() == "Draft" and panel.briefing.isVisible()
    assert panel.send_button.isVisible() and not panel.accept_button.isVisible()

    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)  # nothing written yet
    assert panel._errors["insights"].isVisible()
    assert "learnt during the sale" in panel._errors["insights"].text()
    for name, text in (
        ("insights", "Values fast service"),
        ("commitments", "None"),
        ("key_contacts", "Ada prefers email"),
        ("first_steps", "Introduction visit"),
    ):
        qtbot.keyClicks(panel.boxes[name], text)
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    (row,) = handoff_queue(db, rep).outgoing
    assert row.status == HandoffStatus.SENT and row.to_user == "Ravi Patel"
    assert panel.status.text() == "Sent" and not panel.accept_button.isVisible()
    assert "waiting for Ravi Patel" in panel.summary.text()
    assert view.lists.tabText(view.lists.indexOf(view.queue)) == "Handoffs"  # not my move
