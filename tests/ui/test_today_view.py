"""The Today view and the review panels as a user meets them: rows, activation, counts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from salesdesk.core.calls.debrief import DebriefInput, submit_debrief
from salesdesk.core.calls.review import request_review, review_queue, team_review_stats
from salesdesk.core.demo import generate
from salesdesk.core.domain import ReviewStatus, Role
from salesdesk.core.models import Call, User, utcnow
from salesdesk.core.today import today_summary
from salesdesk.core.workspace import ProfileInput, save_profile
from salesdesk.ui.views.review_panels import (
    OVERDUE_ROLE,
    ReviewQueuePanel,
    TeamDebriefsPanel,
    warning_color,
)
from salesdesk.ui.views.today import ID_ROLE, TodayView


def _others_debriefed(db, me, n):
    with db.read() as s:
        return s.execute(
            select(Call.id, Call.owner_id)
            .where(
                Call.owner_id != me,
                Call.owner_id.is_not(None),
                Call.debriefed_at.is_not(None),
                Call.review_status == ReviewStatus.NONE,
            )
            .order_by(Call.debriefed_at.desc(), Call.id)
            .limit(n)
        ).all()


@pytest.fixture
def rep_view(qtbot, db, make_state):
    profile = save_profile(db, ProfileInput(name="Robin Ashworth", role=Role.FIELD_REP))
    generate(db, accounts=60, seed=3, today=date.today(), me=profile.id)
    for call, owner in _others_debriefed(db, profile.id, 2):
        request_review(db, owner, call, profile.id)
    view = TodayView(make_state(profile))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    return view, db, profile.id


def _double_click(qtbot, viewport, pos) -> None:
    # An item view takes a double click only after the press that selects the item.
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=pos)


def _ids(tree):
    return [tree.topLevelItem(i).data(0, ID_ROLE) for i in range(tree.topLevelItemCount())]


def test_the_cards_show_the_summary_rows(rep_view):
    view, db, me = rep_view
    s = today_summary(db, me)
    assert _ids(view.calls) == [str(c.id) for c in s.calls] and len(s.calls) == 5
    first = view.calls.topLevelItem(0)
    assert first.text(1) == s.calls[0].account
    assert first.text(4) == "Planned"
    assert _ids(view.debriefs) == [str(d.call_id) for d in s.debriefs_due]
    assert view.debriefs.topLevelItemCount() > 0
    assert _ids(view.reviews) == [str(r.call_id) for r in s.reviews]
    assert view.reviews.topLevelItemCount() == 2
    assert view.tasks.topLevelItemCount() == len(s.follow_ups)
    overdue = [i for i, t in enumerate(s.follow_ups) if t.overdue]
    if overdue:
        item = view.tasks.topLevelItem(overdue[0])
        assert item.foreground(0).color() == warning_color()


def test_double_click_or_enter_opens_the_call(rep_view, qtbot):
    view, _, _ = rep_view
    for tree in (view.calls, view.debriefs, view.reviews):
        item = tree.topLevelItem(tree.topLevelItemCount() - 1)
        tree.scrollToItem(item)
        with qtbot.waitSignal(view.open_call) as caught:
            _double_click(qtbot, tree.viewport(), tree.visualItemRect(item).center())
        assert str(caught.args[0]) == item.data(0, ID_ROLE)

        tree.setFocus()
        tree.setCurrentItem(tree.topLevelItem(0))
        with qtbot.waitSignal(view.open_call) as caught:
            qtbot.keyClick(tree, Qt.Key.Key_Return)
        assert str(caught.args[0]) == tree.topLevelItem(0).data(0, ID_ROLE)


def test_plan_a_call_button_asks_for_a_new_plan(rep_view, qtbot):
    view, _, _ = rep_view
    with qtbot.waitSignal(view.plan_call) as caught:
        qtbot.mouseClick(view.plan_button, Qt.MouseButton.LeftButton)
    assert caught.args == [None]


def test_a_debrief_written_elsewhere_leaves_the_card(rep_view):
    view, db, me = rep_view
    oldest = view.debriefs.topLevelItem(0).data(0, ID_ROLE)
    count = view.debriefs_count.text()
    call_id = today_summary(db, me).debriefs_due[0].call_id
    assert str(call_id) == oldest
    submit_debrief(db, me, call_id, DebriefInput(outcome="Ordered"))
    assert oldest not in _ids(view.debriefs)  # the change notice refreshed the view
    assert view.debriefs_count.text() != count


@pytest.fixture
def manager_state(db, make_state):
    boss = save_profile(db, ProfileInput(name="Morgan Boss", role=Role.SALES_MANAGER))
    generate(db, accounts=60, seed=3, today=date.today(), me=boss.id)
    return make_state(boss), db, boss.id


def test_the_team_panel_counts_per_rep_and_marks_overdue(qtbot, manager_state):
    state, db, boss = manager_state
    panel = TeamDebriefsPanel(state)
    qtbot.addWidget(panel)
    panel.show()
    since = panel.since()
    expected = {r.name: r for r in team_review_stats(db, boss, since)}
    assert panel.proxy.rowCount() == len(expected) > 0
    for name, r in expected.items():
        row = panel.row_of(name)
        assert [row[c] for c in range(1, 6)] == [
            str(v)
            for v in (r.submitted, r.reviewed, r.requested, r.overdue_debriefs, r.overdue_reviews)
        ]
    late = next(r for r in expected.values() if r.overdue_debriefs)
    row = next(
        i for i in range(panel.proxy.rowCount()) if panel.proxy.index(i, 0).data() == late.name
    )
    color = panel.proxy.index(row, panel.COL_LATE_DEBRIEFS).data(Qt.ItemDataRole.ForegroundRole)
    assert color.color() == warning_color()

    # A debrief sent to the manager now waits for review: one more for its rep.
    [(call, owner)] = _others_debriefed(db, boss, 1)
    with db.read() as s:
        rep = s.get(User, owner).name
    waiting = int(panel.row_of(rep)[panel.COL_WAITING])
    request_review(db, owner, call, boss)
    assert int(panel.row_of(rep)[panel.COL_WAITING]) == waiting + 1


def test_the_team_panel_period_and_sorting(qtbot, manager_state):
    state, db, boss = manager_state
    panel = TeamDebriefsPanel(state)
    qtbot.addWidget(panel)
    month = {r.name: r.submitted for r in panel.stats}
    panel.period.setCurrentIndex(panel.period.findData("days30"))
    assert panel.since() < utcnow() - timedelta(days=29)
    assert {r.name: r.submitted for r in panel.stats} == {
        r.name: r.submitted for r in team_review_stats(db, boss, panel.since())
    }
    panel.period.setCurrentIndex(panel.period.findData("week"))
    week = {r.name: r.submitted for r in panel.stats}
    assert all(week[n] <= month[n] for n in month)

    panel.table.sortByColumn(panel.COL_SUBMITTED, Qt.SortOrder.DescendingOrder)
    shown = [
        int(panel.proxy.index(i, panel.COL_SUBMITTED).data()) for i in range(panel.proxy.rowCount())
    ]
    assert shown == sorted(shown, reverse=True)


def test_the_review_queue_panel_lists_and_opens_the_waiting_debriefs(qtbot, manager_state):
    state, db, boss = manager_state
    sent = _others_debriefed(db, boss, 3)
    for call, owner in sent:
        request_review(db, owner, call, boss)
    with db.write() as session:  # one has waited past REVIEW_DAYS
        session.get(Call, sent[0][0]).review_requested_at = utcnow() - timedelta(days=5)
    panel = ReviewQueuePanel(state)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    qtbot.waitExposed(panel)
    queue = review_queue(db, boss)
    assert panel.proxy.rowCount() == len(queue) >= 3
    assert [panel.call_id_at(i) for i in range(len(queue))] == [r.call_id for r in queue]
    late = [i for i, r in enumerate(queue) if r.overdue]
    assert late == [0]  # the longest waiting comes first
    waiting = panel.proxy.index(0, panel.COL_WAITING)
    assert waiting.data(OVERDUE_ROLE) is True
    assert waiting.data(Qt.ItemDataRole.ForegroundRole).color() == warning_color()
    assert "overdue" in waiting.data(Qt.ItemDataRole.AccessibleTextRole)

    index = panel.proxy.index(0, panel.COL_ACCOUNT)
    with qtbot.waitSignal(panel.open_call) as caught:
        _double_click(qtbot, panel.table.viewport(), panel.table.visualRect(index).center())
    assert caught.args == [queue[0].call_id]

    from salesdesk.core.calls.review import submit_review

    submit_review(db, boss, queue[0].call_id, {"overall": "Well prepared."})
    assert panel.proxy.rowCount() == len(queue) - 1
    assert queue[0].call_id not in [panel.call_id_at(i) for i in range(panel.proxy.rowCount())]
