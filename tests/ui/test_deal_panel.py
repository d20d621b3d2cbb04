"""The deal panel with pytest-qt on a real database: the amount refused inline when
negative, two lines making the amount, a touch logged beside a call's, a new deal."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from salesdesk.core.calls.debrief import DebriefInput, submit_debrief
from salesdesk.core.calls.planning import PlanInput as CallPlan
from salesdesk.core.calls.planning import plan_call
from salesdesk.core.deals.lines import products
from salesdesk.core.deals.records import DealInput, deal_detail, save_deal
from salesdesk.core.domain import Role
from salesdesk.core.models import Account, Contact, StageChange, Touch
from salesdesk.core.workspace import ProfileInput, save_profile
from salesdesk.ui.deals.deal_panel import DEAL, LINES, PLAN, TOUCHES, DealPanel


@pytest.fixture
def world(db):
    me = save_profile(db, ProfileInput(name="Robin Ashworth", role=Role.FIELD_REP))
    with db.write() as s:
        account = Account(name="Acme Packaging", city="Bolton")
        s.add(account)
        s.flush()
        ann = Contact(account_id=account.id, first_name="Ann", last_name="Lee", title="CFO")
        s.add(ann)
        s.flush()
        ids = {"account": account.id, "ann": ann.id}
    deal = save_deal(
        db, DealInput(account_id=ids["account"], name="Line upgrade", amount=10_000), me.id
    ).id
    return {"me": me, "deal": deal, **ids}


@pytest.fixture
def panel(qtbot, make_state, world):
    widget = DealPanel(make_state(world["me"]))
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    return widget


def test_a_negative_amount_is_refused_at_its_field(qtbot, panel, world, db):
    panel.show_deal(world["deal"])
    form = panel.deal_form
    form.amount.setText("-250")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form._errors["amount"].isVisible()
    assert "negative" in form._errors["amount"].text()
    assert deal_detail(db, world["deal"]).amount == 10_000

    form.amount.clear()
    qtbot.keyClicks(form.amount, "12,500")
    assert not form._errors["amount"].isVisible()  # an edit hides the message
    with qtbot.waitSignal(panel.changed) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [world["deal"]]
    assert deal_detail(db, world["deal"]).amount == 12_500
    assert "12,500" in panel.amount.text()


def test_two_lines_make_the_amount(qtbot, panel, world, db):
    panel.show_deal(world["deal"])
    panel.tabs.setCurrentIndex(LINES)
    lines = panel.lines
    book = products(db)
    for index in (0, 1):
        lines.product.setCurrentIndex(index)
        lines.add_chosen()
    assert lines.table.rowCount() == 2
    lines.table.cellWidget(0, 1).setValue(3)  # quantity
    lines.table.cellWidget(1, 3).setValue(50)  # discount %
    expected = round(3 * book[0].unit_price + book[1].unit_price * 0.5, 2)
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(lines.save_button, Qt.MouseButton.LeftButton)
    assert deal_detail(db, world["deal"]).amount == expected
    assert panel.detail.amount == expected and panel.detail.line_count == 2
    form = panel.deal_form
    assert form.amount.isReadOnly() and form.amount_note.isVisibleTo(form)
    assert float(form.amount.text()) == expected
    assert lines.table.rowCount() == 2


def test_log_a_touch_beside_a_calls(qtbot, panel, world, db):
    me = world["me"].id
    call = plan_call(
        db,
        me,
        CallPlan(
            account_id=world["account"],
            start=datetime.now() - timedelta(days=2),
            opportunity_id=world["deal"],
        ),
    )
    submit_debrief(db, me, call, DebriefInput(outcome="Asked for a quote"))
    panel.show_deal(world["deal"])
    panel.tabs.setCurrentIndex(TOUCHES)
    touches = panel.touches
    assert touches.table.rowCount() == 1 and "(call)" in touches.table.item(0, 1).text()
    touches.channel.setCurrentIndex(touches.channel.findData("phone"))
    touches.tactic.setCurrentIndex(touches.tactic.findData("reference call"))
    touches.contact.setCurrentIndex(touches.contact.findData(str(world["ann"])))
    qtbot.keyClicks(touches.outcome, "Agreed to a reference visit")
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(touches.log_button, Qt.MouseButton.LeftButton)
    assert touches.table.rowCount() == 2
    assert touches.table.item(0, 4).text() == "Agreed to a reference visit"
    assert touches.outcome.text() == ""
    with db.read() as s:
        logged = s.scalars(select(Touch).where(Touch.call_id.is_(None))).one()
    assert (logged.channel, logged.tactic, logged.contact_id, logged.user_id) == (
        "phone",
        "reference call",
        world["ann"],
        me,
    )


def test_a_new_deal_opens_the_other_tabs_once_saved(qtbot, panel, world, db):
    panel.new_deal(world["account"])
    assert not panel.tabs.isTabEnabled(PLAN)
    form = panel.deal_form
    assert form.account.account_id == world["account"]
    qtbot.keyClicks(form.name, "Service plan")
    form.amount.setText("900")
    with qtbot.waitSignal(panel.changed) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    deal = saved.args[0]
    assert deal != world["deal"] and panel.deal_id == deal
    assert panel.tabs.isTabEnabled(PLAN) and panel.tabs.currentIndex() == PLAN
    with db.read() as s:
        rows = s.scalar(select(func.count()).where(StageChange.opportunity_id == deal))
    assert rows == 1 and panel.history.moves.rowCount() == 1
    panel.tabs.setCurrentIndex(DEAL)
    assert panel.title.text() == "Service plan"
