"""The Today page's read service on real SQLite: calls in route order with their plan
status, debriefs due, reviews waiting, follow-ups."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import event, select

from salesdesk.core import today
from salesdesk.core.calls.debrief import TASK, DebriefInput, NextStep, submit_debrief
from salesdesk.core.calls.planning import PlanInput, QuestionInput, plan_call
from salesdesk.core.calls.review import request_review, review_queue, submit_review
from salesdesk.core.calls.running import cancel_call, check_in, check_out
from salesdesk.core.demo import generate
from salesdesk.core.domain import ReviewStatus, Role
from salesdesk.core.models import Call, Task
from salesdesk.core.today import DEBRIEFS_SHOWN, PlanStatus, today_summary, utc_start_of
from salesdesk.core.workspace import ProfileInput, save_profile

TODAY = date(2026, 11, 25)
NOW = utc_start_of(TODAY) + timedelta(hours=12)  # local noon-ish, naive UTC


@pytest.fixture
def rep(ctx):
    me = save_profile(ctx.db, ProfileInput(name="Rep Me", role=Role.FIELD_REP))
    generate(ctx.db, accounts=60, seed=3, today=TODAY, me=me.id)
    return ctx.db, me.id


def _summary(db, me):
    return today_summary(db, me, TODAY, NOW)


def _account_of(db, call_id):
    with db.read() as s:
        return s.get(Call, call_id).account_id


def _others_debriefed_calls(db, me, n: int) -> list[tuple]:
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


def _set_requested(db, call_id, at: datetime) -> None:
    with db.write() as s:
        s.get(Call, call_id).review_requested_at = at


def test_without_a_user_the_summary_is_empty(rep):
    db, _ = rep
    s = today_summary(db, None, TODAY, NOW)
    assert s.calls == [] and s.debriefs_due == [] and s.reviews == [] and s.follow_ups == []


def test_todays_calls_come_in_route_order_with_their_plan_status(rep):
    db, me = rep
    calls = _summary(db, me).calls
    assert len(calls) == 5
    assert all(c.plan_status == PlanStatus.PLANNED for c in calls)  # the demo plans them
    starts = [c.start for c in calls]
    assert starts == sorted(starts)

    check_in(db, calls[0].id, at=calls[0].start)
    check_in(db, calls[1].id, at=calls[1].start)
    check_out(db, calls[1].id, at=calls[1].start + timedelta(minutes=30))
    check_in(db, calls[2].id, at=calls[2].start)
    check_out(db, calls[2].id, at=calls[2].start + timedelta(minutes=30))
    submit_debrief(db, me, calls[2].id, DebriefInput(went_well="Fine"), now=NOW)
    # Re-planned without objective or questions: not planned yet.
    account = _account_of(db, calls[3].id)
    plan_call(db, me, PlanInput(account_id=account, start=calls[3].start), call_id=calls[3].id)
    cancel_call(db, calls[4].id)
    # Two calls at the same time (the route planner can write that): a stable order.
    same = [
        plan_call(
            db,
            me,
            PlanInput(
                account_id=account, start=calls[3].start, questions=(QuestionInput("Budget?"),)
            ),
        )
        for _ in range(2)
    ]

    after = _summary(db, me).calls
    assert [c.plan_status for c in after] == [
        PlanStatus.CHECKED_IN,
        PlanStatus.DONE,
        PlanStatus.DEBRIEFED,
        *[PlanStatus.NOT_PLANNED if c.id == calls[3].id else PlanStatus.PLANNED for c in after[3:]],
    ]
    assert calls[4].id not in {c.id for c in after}  # cancelled
    tied = [c.id for c in after if c.start == calls[3].start]
    assert set(tied) == {calls[3].id, *same}
    assert tied == sorted(tied)  # by id, as the route planner reads them
    assert [c.id for c in _summary(db, me).calls] == [c.id for c in after]


def test_debriefs_due_are_past_calls_without_debrief_oldest_first(rep, monkeypatch):
    db, me = rep
    calls = _summary(db, me).calls
    check_in(db, calls[0].id, at=NOW - timedelta(hours=3))  # still running: not due
    check_in(db, calls[1].id, at=NOW - timedelta(hours=2))
    check_out(db, calls[1].id, at=NOW - timedelta(hours=1))  # over: due

    shown = _summary(db, me)
    monkeypatch.setattr(today, "DEBRIEFS_SHOWN", 10_000)
    every = _summary(db, me)
    ids = [d.call_id for d in every.debriefs_due]
    assert every.debriefs_due_count == len(ids) == shown.debriefs_due_count
    assert shown.debriefs_due == every.debriefs_due[:DEBRIEFS_SHOWN]  # the oldest ones
    assert len(ids) > DEBRIEFS_SHOWN  # the demo leaves a backlog: the list is capped
    ended = [d.ended for d in every.debriefs_due]
    assert ended == sorted(ended) and ended[-1] < NOW
    assert calls[1].id in ids  # checked out an hour ago
    assert calls[0].id not in ids  # checked in, still running
    assert {c.id for c in calls[2:] if c.start < NOW} <= set(ids)  # start passed, no check-in
    assert not {c.id for c in calls[2:] if c.start >= NOW} & set(ids)  # later today
    assert all(d.overdue == (d.ended < NOW - timedelta(days=2)) for d in every.debriefs_due)
    with db.read() as session:
        debriefed = set(session.scalars(select(Call.id).where(Call.debriefed_at.is_not(None))))
    assert not debriefed & set(ids)


def test_a_debriefed_call_leaves_the_debriefs_due(rep):
    db, me = rep
    before = _summary(db, me)
    oldest = before.debriefs_due[0]
    submit_debrief(db, me, oldest.call_id, DebriefInput(outcome="Ordered"), now=NOW)
    after = _summary(db, me)
    assert oldest.call_id not in {d.call_id for d in after.debriefs_due}
    assert after.debriefs_due_count == before.debriefs_due_count - 1
    assert after.debriefs_due[0].ended >= oldest.ended


def test_reviews_waiting_for_me_come_longest_waiting_first_with_overdue(rep):
    db, me = rep
    (fresh, fresh_owner), (old, old_owner) = _others_debriefed_calls(db, me, 2)
    request_review(db, fresh_owner, fresh, me)
    request_review(db, old_owner, old, me)
    _set_requested(db, fresh, NOW - timedelta(hours=1))
    _set_requested(db, old, NOW - timedelta(days=5))

    s = _summary(db, me)
    assert [r.call_id for r in s.reviews] == [old, fresh]
    assert [r.overdue for r in s.reviews] == [True, False]
    assert (s.reviews_waiting, s.reviews_overdue) == (2, 1)
    assert s.reviews[0].author and s.reviews[0].account
    # The same items, in the same order, as the review queue service gives.
    assert s.reviews == review_queue(db, me, NOW)


def test_a_reviewed_debrief_leaves_the_queue(rep):
    db, me = rep
    [(call, owner)] = _others_debriefed_calls(db, me, 1)
    request_review(db, owner, call, me)
    assert [r.call_id for r in _summary(db, me).reviews] == [call]
    submit_review(db, me, call, {"overall": "Good questions; agree the next step sooner."})
    s = _summary(db, me)
    assert s.reviews == [] and s.reviews_waiting == 0


def test_follow_ups_show_overdue_first_then_the_week(rep):
    db, me = rep
    call = _summary(db, me).debriefs_due[0].call_id
    submit_debrief(
        db,
        me,
        call,
        DebriefInput(
            next_steps=(
                NextStep("Send the price list", TASK, due=TODAY + timedelta(days=3)),
                NextStep("Check in next quarter", TASK, due=TODAY + timedelta(days=40)),
            )
        ),
        now=NOW,
    )
    s = _summary(db, me)
    titles = [t.title for t in s.follow_ups]
    assert "Send the price list" in titles and "Check in next quarter" not in titles
    flags = [t.overdue for t in s.follow_ups]
    assert flags == sorted(flags, reverse=True)  # overdue ones first
    assert all(t.overdue == (t.due < TODAY) for t in s.follow_ups)
    upcoming = [t.due for t in s.follow_ups if not t.overdue]
    assert upcoming == sorted(upcoming) and all(d <= TODAY + timedelta(days=7) for d in upcoming)
    with db.read() as session:
        open_due = session.scalars(
            select(Task.due_date).where(
                Task.owner_id == me,
                Task.done_at.is_(None),
                Task.due_date <= TODAY + timedelta(days=7),
            )
        ).all()
    assert s.follow_ups_count == len(open_due)
    assert s.overdue_tasks == sum(d < TODAY for d in open_due)


def test_the_summary_takes_a_handful_of_queries_whatever_the_lists_hold(rep):
    db, me = rep
    for call, owner in _others_debriefed_calls(db, me, 6):
        request_review(db, owner, call, me)
    statements = []

    def count(*_args):
        statements.append(1)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        s = _summary(db, me)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert s.calls and s.debriefs_due and len(s.reviews) == 6 and s.follow_ups
    assert len(statements) <= 12
