"""Call management services on real SQLite: plan, run, debrief, review, carry-forward."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from salesdesk.core.calls.debrief import (
    CALL,
    TASK,
    DebriefInput,
    NextStep,
    debrief_defaults,
    submit_debrief,
)
from salesdesk.core.calls.detail import call_detail
from salesdesk.core.calls.drafts import discard_draft, list_drafts, load_draft, save_draft
from salesdesk.core.calls.errors import CallInputError
from salesdesk.core.calls.listing import CallQuery, call_ids
from salesdesk.core.calls.planning import (
    ObjectionInput,
    PlanInput,
    QuestionInput,
    add_to_question_bank,
    objection_library,
    plan_call,
    plan_history,
    question_bank,
)
from salesdesk.core.calls.review import (
    request_review,
    review_queue,
    submit_review,
    team_review_stats,
)
from salesdesk.core.calls.running import RunInput, cancel_call, check_in, check_out, save_run
from salesdesk.core.demo import generate
from salesdesk.core.domain import CallStage, Role
from salesdesk.core.models import (
    Account,
    Call,
    Contact,
    DebriefVersion,
    FormDraft,
    ObjectionLibraryEntry,
    Task,
    TimeEntry,
    Touch,
    User,
)
from salesdesk.core.workspace import ProfileInput, save_profile
from tests.hostile import HOSTILE as HOSTILE_NAMES

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 9, 0)


@pytest.fixture
def world(ctx):
    me = save_profile(ctx.db, ProfileInput(name="Rep Me", role=Role.FIELD_REP))
    generate(ctx.db, accounts=40, seed=5, today=TODAY, me=me.id)
    with ctx.db.read() as s:
        account = s.scalar(
            select(Account)
            .where(Account.id.in_(select(Contact.account_id)))
            .order_by(Account.name)
            .limit(1)
        )
        contacts = s.scalars(select(Contact.id).where(Contact.account_id == account.id)).all()
        manager = s.scalar(select(User).where(User.role == Role.SALES_MANAGER))
    return ctx.db, me.id, account.id, list(contacts), manager.id


def _plan(account_id, contacts, start=NOW, **kw) -> PlanInput:
    return PlanInput(
        account_id=account_id,
        start=start,
        duration_min=60,
        objective="Agree the trial",
        attendee_ids=tuple(contacts[:1]),
        questions=(QuestionInput("Who signs?"), QuestionInput("What budget?")),
        objections=(ObjectionInput("Too expensive", "Show the ROI case"),),
        **kw,
    )


def test_plan_refuses_bad_input_with_the_field(world):
    db, me, account, _contacts, _ = world
    bad = [
        (PlanInput(account_id=None, start=NOW), "account"),
        (PlanInput(account_id=account, start=None), "start"),
        (PlanInput(account_id=account, start=NOW, duration_min=0), "duration"),
        (PlanInput(account_id=account, start=NOW, call_type="fax"), "type"),
    ]
    with db.read() as s:
        other = s.scalar(select(Contact.id).where(Contact.account_id != account).limit(1))
    bad.append((PlanInput(account_id=account, start=NOW, attendee_ids=(other,)), "attendees"))
    before = _count(db, Call)
    for plan, field in bad:
        with pytest.raises(CallInputError) as info:
            plan_call(db, me, plan)
        assert info.value.field == field
        assert str(info.value)
    assert _count(db, Call) == before


def test_plan_run_debrief_review_and_carry_forward(world):
    db, me, account, contacts, manager = world
    save_draft(db, me, "plan:new", {"objective": "Agree the"})
    call_id = plan_call(db, me, _plan(account, contacts), draft_key="plan:new")
    assert load_draft(db, me, "plan:new") is None  # saved with the plan, same transaction
    detail = call_detail(db, call_id)
    assert detail.stage == CallStage.PLANNED
    assert [q.text for q in detail.questions] == ["Who signs?", "What budget?"]
    assert detail.attendee_ids == contacts[:1]

    # Run: check-out before check-in is refused, then the real run.
    with pytest.raises(CallInputError) as info:
        check_out(db, call_id, NOW)
    assert info.value.field == "check_out"
    check_in(db, call_id, NOW, 53.4, -2.2)
    with pytest.raises(CallInputError):
        check_in(db, call_id, NOW)
    with pytest.raises(CallInputError) as info:
        check_out(db, call_id, NOW - timedelta(minutes=5))
    assert info.value.field == "check_out"
    q_signs, _q_budget = call_detail(db, call_id).questions
    objection = call_detail(db, call_id).objections[0]
    save_run(
        db,
        me,
        call_id,
        RunInput(
            checked_in_at=NOW,
            checked_out_at=NOW + timedelta(minutes=50),
            notes="Met the MD",
            outcome="Wants a trial",
            asked={q_signs.id: True},
            objections={objection.id: (True, False)},
        ),
    )
    detail = call_detail(db, call_id)
    assert detail.stage == CallStage.DONE
    with db.read() as s:
        entry = s.scalar(select(TimeEntry).where(TimeEntry.call_id == call_id))
    assert (entry.minutes, entry.category) == (50, "selling_face_to_face")

    # Debrief: pre-filled from the plan's unticked question and unresolved objection.
    defaults = debrief_defaults(db, call_id)
    assert defaults.unasked_questions == ("What budget?",)
    assert defaults.unresolved_objections == (
        {"objection": "Too expensive", "answer": "Show the ROI case"},
    )
    steps = (
        NextStep("Send the trial agreement", TASK, due=TODAY + timedelta(days=2)),
        NextStep("Visit for the trial review", CALL, start=NOW + timedelta(days=14)),
        NextStep("Think about pricing"),
    )
    debrief = DebriefInput(
        went_well="Rapport",
        to_improve="Ask budget early",
        outcome="Trial agreed",
        unasked_questions=defaults.unasked_questions,
        unresolved_objections=defaults.unresolved_objections,
        next_steps=steps,
    )
    result = submit_debrief(db, me, call_id, debrief, now=NOW + timedelta(hours=2))
    assert result.version == 1 and len(result.tasks) == 1 and len(result.calls) == 1
    with db.read() as s:
        task = s.get(Task, result.tasks[0])
        follow = s.get(Call, result.calls[0])
        touch = s.scalar(select(Touch).where(Touch.call_id == call_id))
        library = s.scalar(
            select(ObjectionLibraryEntry).where(ObjectionLibraryEntry.objection == "Too expensive")
        )
    assert (task.due_date, task.created_by_rule, task.account_id) == (
        TODAY + timedelta(days=2),
        "debrief_next_step",
        account,
    )
    assert follow.planned_start == NOW + timedelta(days=14)
    assert follow.created_by_rule == "debrief_next_step"
    assert touch.channel == "visit"
    assert library.times_used >= 1

    # Re-submitting (an edit) adds a version and creates nothing twice.
    edited = DebriefInput(**{**debrief.__dict__, "went_well": "Rapport with the MD"})
    again = submit_debrief(db, me, call_id, edited, now=NOW + timedelta(hours=3))
    assert (again.version, again.tasks, again.calls) == (2, [], [])
    versions = call_detail(db, call_id).versions
    assert [v.number for v in versions] == [2, 1]
    assert versions[1].content["went_well"] == "Rapport"
    assert versions[0].content["went_well"] == "Rapport with the MD"

    # Carry-forward: the next plan for the account starts with what was left.
    history = plan_history(db, account)
    assert history.last_call_id == call_id
    assert [q.text for q in history.carried_questions] == ["What budget?"]
    assert history.carried_questions[0].carried_from == call_id
    assert [o.objection for o in history.carried_objections] == ["Too expensive"]
    assert "Send the trial agreement" in history.last_next_steps

    # Review: not by the author; by the manager, per section.
    with pytest.raises(CallInputError) as info:
        request_review(db, me, call_id, me)
    assert info.value.field == "reviewer"
    request_review(db, me, call_id, manager)
    queue = review_queue(db, manager)
    assert call_id in [item.call_id for item in queue]
    with pytest.raises(CallInputError):
        submit_review(db, me, call_id, {"overall": "Great"})
    submit_review(db, manager, call_id, {"went_well": "Good", "to_improve": "Yes, earlier"})
    detail = call_detail(db, call_id)
    assert detail.stage == CallStage.REVIEWED
    assert {f.section: f.comment for f in detail.feedback} == {
        "went_well": "Good",
        "to_improve": "Yes, earlier",
    }
    assert call_id not in [item.call_id for item in review_queue(db, manager)]
    assert call_id in call_ids(db, CallQuery(stage=CallStage.REVIEWED, account_id=account))


def test_debrief_of_a_future_call_and_a_cancelled_call_is_refused(world):
    db, me, account, contacts, _ = world
    future = plan_call(db, me, _plan(account, contacts, start=NOW + timedelta(days=3)))
    with pytest.raises(CallInputError):
        submit_debrief(db, me, future, DebriefInput(went_well="x"), now=NOW)
    cancel_call(db, future)
    assert call_detail(db, future).stage == CallStage.CANCELLED
    with pytest.raises(CallInputError):
        submit_debrief(db, me, future, DebriefInput(went_well="x"), now=NOW + timedelta(days=9))
    past = plan_call(db, me, _plan(account, contacts, start=NOW - timedelta(days=1)))
    with pytest.raises(CallInputError) as info:
        submit_debrief(db, me, past, DebriefInput(), now=NOW)
    assert info.value.field == "went_well"
    with pytest.raises(CallInputError) as info:
        submit_debrief(db, me, past, DebriefInput(next_steps=(NextStep("Call", TASK),)), now=NOW)
    assert info.value.field == "next_steps"
    assert _count(db, DebriefVersion, DebriefVersion.call_id == past) == 0


def test_plan_update_keeps_run_ticks_and_hostile_text_is_stored_verbatim(world):
    db, me, account, contacts, _ = world
    call_id = plan_call(db, me, _plan(account, contacts))
    q = call_detail(db, call_id).questions[0]
    save_run(db, me, call_id, RunInput(asked={q.id: True}))
    hostile = tuple(QuestionInput(text) for text in HOSTILE_NAMES)
    plan_call(
        db,
        me,
        PlanInput(
            account_id=account,
            start=NOW,
            objective=HOSTILE_NAMES[0],
            questions=(QuestionInput("Who signs?"), *hostile),
        ),
        call_id=call_id,
    )
    detail = call_detail(db, call_id)
    assert detail.questions[0].asked  # same text: the tick stays
    assert [x.text for x in detail.questions[1:]] == [t.strip() for t in HOSTILE_NAMES if t.strip()]
    assert detail.objective == HOSTILE_NAMES[0].strip()


def test_question_bank_and_objection_library(world):
    db, _me, _account, _contacts, _ = world
    general = question_bank(db)
    assert general
    phone = question_bank(db, "phone")
    assert all(q.call_type in (None, "phone") for q in phone)
    new = add_to_question_bank(db, "  Who else is at the table?  ", "visit")
    assert add_to_question_bank(db, "who else is at the table?") == new
    library = objection_library(db)
    assert library
    rates = [o.times_resolved for o in library]
    assert rates == sorted(rates, reverse=True)


def test_drafts_are_per_user_and_key(world):
    db, me, _account, _contacts, manager = world
    save_draft(db, me, "debrief:1", {"went_well": "a"})
    save_draft(db, me, "debrief:1", {"went_well": "ab"})
    save_draft(db, manager, "debrief:1", {"went_well": "other"})
    assert load_draft(db, me, "debrief:1").content == {"went_well": "ab"}
    assert [d.key for d in list_drafts(db, me, "debrief:")] == ["debrief:1"]
    discard_draft(db, me, "debrief:1")
    assert load_draft(db, me, "debrief:1") is None
    assert load_draft(db, manager, "debrief:1").content == {"went_well": "other"}
    assert _count(db, FormDraft) == 1


def test_team_review_stats_count_per_rep(world):
    db, me, account, contacts, manager = world
    call_id = plan_call(db, me, _plan(account, contacts, start=NOW - timedelta(days=5)))
    stats = {r.user_id: r for r in team_review_stats(db, manager, NOW - timedelta(days=30))}
    assert me in stats
    assert stats[me].overdue_debriefs >= 1
    submit_debrief(db, me, call_id, DebriefInput(went_well="ok"), now=NOW)
    request_review(db, me, call_id, manager)
    after = {r.user_id: r for r in team_review_stats(db, manager, NOW - timedelta(days=30))}
    assert after[me].submitted == stats[me].submitted + 1
    assert after[me].requested == stats[me].requested + 1
    assert after[me].overdue_debriefs == stats[me].overdue_debriefs - 1


def _count(db, model, *where) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def test_a_debrief_from_before_versions_becomes_version_1_on_its_first_edit(world):
    """Files upgraded from schema 0002 (and demo data) have debriefs with no versions."""
    db, me, account, contacts, _ = world
    call_id = plan_call(db, me, _plan(account, contacts, start=NOW - timedelta(days=2)))
    with db.write() as s:  # as an 0002 file holds it: columns filled, no version rows
        call = s.get(Call, call_id)
        call.went_well, call.next_steps = "Old text", "Old step"
        call.debriefed_at, call.status = NOW - timedelta(days=2), "done"
    submit_debrief(db, me, call_id, DebriefInput(went_well="New text"), now=NOW)
    versions = call_detail(db, call_id).versions
    assert [(v.number, v.content["went_well"]) for v in versions] == [
        (2, "New text"),
        (1, "Old text"),
    ]
    assert versions[1].content["next_steps"] == [{"text": "Old step"}]
    # its unasked questions come from the plan's unticked ones (no list was kept then)
    assert versions[1].content["unasked_questions"] == ["Who signs?", "What budget?"]


def test_only_the_reviewer_asked_or_a_manager_reviews(world):
    db, me, account, contacts, manager = world
    call_id = plan_call(db, me, _plan(account, contacts, start=NOW - timedelta(days=1)))
    submit_debrief(db, me, call_id, DebriefInput(went_well="ok"), now=NOW)
    with db.read() as s:
        peers = s.scalars(
            select(User.id).where(User.role != Role.SALES_MANAGER, User.id != me).limit(2)
        ).all()
    asked, other = peers
    request_review(db, me, call_id, asked)
    with pytest.raises(CallInputError) as info:
        submit_review(db, other, call_id, {"overall": "Looks fine"})
    assert info.value.field == "reviewer"
    submit_review(db, manager, call_id, {"overall": "Standing in"})  # a manager may
    detail = call_detail(db, call_id)
    assert (detail.stage, detail.reviewer_id) == (CallStage.REVIEWED, manager)


def test_carry_forward_takes_the_call_before_and_reaches_follow_up_calls(world):
    db, me, account, contacts, _ = world
    first = plan_call(db, me, _plan(account, contacts, start=NOW + timedelta(days=30)))
    later = plan_call(db, me, _plan(account, contacts, start=NOW + timedelta(days=40)))
    submit_debrief(
        db,
        me,
        later,
        DebriefInput(went_well="x", unasked_questions=("Asked later?",)),
        now=NOW + timedelta(days=41),
    )
    # `first` comes before `later`: what `later` left open is not carried back into it
    assert "Asked later?" not in [
        q.text for q in plan_history(db, account, first).carried_questions
    ]
    result = submit_debrief(
        db,
        me,
        first,
        DebriefInput(
            went_well="y",
            unasked_questions=("Budget?",),
            unresolved_objections=({"objection": "Too dear", "answer": "ROI"},),
            next_steps=(NextStep("Come back", CALL, start=NOW + timedelta(days=35)),),
        ),
        now=NOW + timedelta(days=31),
    )
    follow = call_detail(db, result.calls[0])
    assert [(q.text, q.carried_from) for q in follow.questions] == [("Budget?", first)]
    assert [(o.objection, o.answer) for o in follow.objections] == [("Too dear", "ROI")]
    # the debrief reopens with each next step's follow-up as submitted
    assert debrief_defaults(db, first).next_steps[0].follow_up == CALL


def test_saving_a_plan_keeps_question_rows_and_their_ticks(world):
    db, me, account, contacts, _ = world
    call_id = plan_call(db, me, _plan(account, contacts))
    before = {q.text: q.id for q in call_detail(db, call_id).questions}
    plan_call(
        db,
        me,
        PlanInput(
            account_id=account,
            start=NOW,
            questions=(QuestionInput("What budget?"), QuestionInput("New one?")),
        ),
        call_id=call_id,
    )
    after = call_detail(db, call_id).questions
    assert [q.text for q in after] == ["What budget?", "New one?"]
    assert after[0].id == before["What budget?"]  # same row: a run form's tick still applies
