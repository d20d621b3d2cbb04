"""Account plans on a real SQLite file: saving with actions and stakeholders, the history
of who changed what, refused input, and the account overview's figures."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from salesdesk.core.deals.stages import stages
from salesdesk.core.domain import ActionStatus, CallStatus
from salesdesk.core.models import (
    Account,
    AccountPlan,
    Call,
    ChangeLog,
    Contact,
    Opportunity,
    PlanAction,
    User,
)
from salesdesk.core.plans.errors import PlanInputError
from salesdesk.core.plans.overview import account_overview
from salesdesk.core.plans.plans import (
    ActionInput,
    PlanInput,
    StakeholderInput,
    load_plan,
    plan_choices,
    plan_history,
    save_plan,
)

TODAY = date(2025, 6, 15)


@pytest.fixture
def acme(db):
    """An account with two contacts, a rep and an account manager; another account's
    contact for the refusals."""
    with db.write() as s:
        rep = User(name="Rosa Rep", role="field_rep")
        am = User(name="Ravi Patel", role="account_manager")
        acc = Account(name="Acme Foods", current_revenue=30000.0, estimated_potential=120000.0)
        other = Account(name="Other Ltd")
        s.add_all([rep, am, acc, other])
        s.flush()
        buyer = Contact(account_id=acc.id, first_name="Ada", last_name="Buyer")
        tech = Contact(account_id=acc.id, first_name="Tom", last_name="Tech")
        stranger = Contact(account_id=other.id, first_name="Sam", last_name="Stranger")
        s.add_all([buyer, tech, stranger])
        s.flush()
        return {
            "account": acc.id,
            "rep": rep.id,
            "am": am.id,
            "buyer": buyer.id,
            "tech": tech.id,
            "stranger": stranger.id,
        }


def _plan(acme, **changes) -> PlanInput:
    base = PlanInput(
        relationship_goals="Sole supplier by 2026",
        customer_needs="Faster lines",
        whitespace="Service plan",
        risks="New procurement director",
        review_date=date(2025, 9, 1),
        actions=(
            ActionInput("Quarterly business review", acme["am"], date(2025, 7, 1)),
            ActionInput("Site survey", acme["rep"], date(2025, 6, 20), ActionStatus.IN_PROGRESS),
        ),
        stakeholders=(
            StakeholderInput(acme["buyer"], "Economic buyer", 4),
            StakeholderInput(acme["tech"], "Technical buyer", 2),
        ),
    )
    return replace(base, **changes)


def test_an_account_has_no_plan_until_one_is_saved(db, acme):
    assert load_plan(db, acme["account"]) is None
    assert plan_history(db, acme["account"]) == []


def test_saving_a_new_plan_stores_everything_and_logs_its_creation(db, acme):
    plan_id = save_plan(db, acme["account"], _plan(acme), acme["am"])
    plan = load_plan(db, acme["account"])
    assert plan.id == plan_id
    assert plan.owner_id == acme["am"]  # whoever starts a plan owns it
    assert plan.relationship_goals == "Sole supplier by 2026"
    assert [a.title for a in plan.actions] == ["Site survey", "Quarterly business review"]
    assert plan.actions[0].owner == "Rosa Rep"
    assert [(p.contact, p.role, p.relationship_strength) for p in plan.stakeholders] == [
        ("Ada Buyer", "Economic buyer", 4),
        ("Tom Tech", "Technical buyer", 2),
    ]
    history = plan_history(db, acme["account"])
    assert history[0].field == "plan" and history[0].new_value == "created"
    assert {h.user for h in history} == {"Ravi Patel"}
    fields = [h.field for h in history]
    assert "action:Site survey" in fields and "stakeholder:Ada Buyer" in fields


def test_each_change_is_logged_with_who_and_the_old_and_new_value(db, acme):
    save_plan(db, acme["account"], _plan(acme), acme["am"])
    plan = load_plan(db, acme["account"])
    survey, _review = plan.actions
    changed = replace(
        plan.as_input(),
        risks="Budget freeze until April",
        review_date=date(2025, 10, 1),
        actions=(
            replace(survey_input := plan.as_input().actions[0], status=ActionStatus.DONE),
            ActionInput("Meet group procurement", acme["am"], date(2025, 8, 1)),
        ),  # the review is removed
        stakeholders=(StakeholderInput(acme["buyer"], "Economic buyer", 5),),  # Tom removed
    )
    assert survey_input.id == survey.id
    save_plan(db, acme["account"], changed, acme["rep"])
    history = plan_history(db, acme["account"])
    latest = [h for h in history if h.changed_at == history[0].changed_at]
    assert {h.user for h in latest} == {"Rosa Rep"}
    got = {h.field: (h.old_value, h.new_value) for h in latest}
    assert got == {
        "risks": ("New procurement director", "Budget freeze until April"),
        "review_date": ("2025-09-01", "2025-10-01"),
        "action:Site survey": ("in_progress", "done"),
        "action:Meet group procurement": (None, "Ravi Patel · 2025-08-01 · open"),
        "action:Quarterly business review": ("Ravi Patel · 2025-07-01 · open", None),
        "stakeholder:Ada Buyer": ("4/5", "5/5"),
        "stakeholder:Tom Tech": ("Technical buyer · 2/5", None),
    }
    plan = load_plan(db, acme["account"])
    assert [a.title for a in plan.actions] == ["Site survey", "Meet group procurement"]
    assert [p.contact for p in plan.stakeholders] == ["Ada Buyer"]


def test_saving_an_unchanged_plan_logs_nothing(db, acme):
    save_plan(db, acme["account"], _plan(acme), acme["am"])
    before = len(plan_history(db, acme["account"]))
    save_plan(db, acme["account"], load_plan(db, acme["account"]).as_input(), acme["am"])
    assert len(plan_history(db, acme["account"])) == before


def test_a_renamed_action_is_logged_under_its_old_title(db, acme):
    save_plan(db, acme["account"], _plan(acme), acme["am"])
    data = load_plan(db, acme["account"]).as_input()
    first = replace(data.actions[0], title="Site survey at unit 2")
    save_plan(db, acme["account"], replace(data, actions=(first, data.actions[1])), acme["am"])
    entry = plan_history(db, acme["account"])[0]
    assert (entry.field, entry.old_value, entry.new_value) == (
        "action:Site survey",
        "Site survey",
        "Site survey at unit 2",
    )


@pytest.mark.parametrize(
    ("change", "field", "row"),
    [
        (lambda a: {"actions": (ActionInput("  "),)}, "actions", 1),
        (
            lambda a: {"stakeholders": (StakeholderInput(a["stranger"], "Coach", 3),)},
            "stakeholders",
            1,
        ),
        (
            lambda a: {
                "stakeholders": (
                    StakeholderInput(a["buyer"], "Coach", 3),
                    StakeholderInput(a["tech"], "Coach", 6),
                )
            },
            "stakeholders",
            2,
        ),
        (
            lambda a: {"stakeholders": (StakeholderInput(a["buyer"], "Coach", 0),)},
            "stakeholders",
            1,
        ),
        (
            lambda a: {
                "stakeholders": (
                    StakeholderInput(a["buyer"], "Coach", 3),
                    StakeholderInput(a["buyer"], "User", 3),
                )
            },
            "stakeholders",
            2,
        ),
    ],
    ids=["action-without-title", "other-accounts-contact", "strength-6", "strength-0", "twice"],
)
def test_bad_input_is_refused_at_its_field_and_nothing_is_saved(db, acme, change, field, row):
    with pytest.raises(PlanInputError) as caught:
        save_plan(db, acme["account"], _plan(acme, **change(acme)), acme["am"])
    assert (caught.value.field, caught.value.row) == (field, row)
    assert load_plan(db, acme["account"]) is None
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ChangeLog)) == 0
        assert s.scalar(select(func.count()).select_from(AccountPlan)) == 0


def test_the_refusal_names_the_contact_from_another_account(db, acme):
    bad = _plan(acme, stakeholders=(StakeholderInput(acme["stranger"], "Coach", 3),))
    with pytest.raises(PlanInputError, match="Sam Stranger is not a contact of this account"):
        save_plan(db, acme["account"], bad, acme["am"])


def test_a_refused_change_keeps_the_saved_plan_as_it_was(db, acme):
    save_plan(db, acme["account"], _plan(acme), acme["am"])
    before = load_plan(db, acme["account"])
    with pytest.raises(PlanInputError):
        save_plan(
            db,
            acme["account"],
            replace(before.as_input(), risks="changed", actions=(ActionInput(""),)),
            acme["am"],
        )
    after = load_plan(db, acme["account"])
    assert after.risks == before.risks and after.actions == before.actions


def test_the_form_is_offered_the_accounts_contacts_and_the_users(db, acme):
    choices = plan_choices(db, acme["account"])
    assert [c[1] for c in choices.contacts] == ["Ada Buyer", "Tom Tech"]
    assert {u[1] for u in choices.users} == {"Rosa Rep", "Ravi Patel"}


# the overview ----------------------------------------------------------------------------
@pytest.fixture
def busy(db, acme):
    """Deals in every state, calls debriefed or not, a plan with actions due and not."""
    by_name = {st.name: st for st in stages(db)}
    won, lost = by_name["Closed won"], by_name["Closed lost"]
    with db.write() as s:
        rows = [
            ("Line upgrade", by_name["Proposal"].id, 20000.0, date(2025, 7, 30), None),
            ("Film contract", by_name["Prospecting"].id, 5000.0, date(2025, 6, 30), None),
            ("Spare parts", won.id, 8000.0, None, datetime(2025, 3, 1)),
            ("Old machine", won.id, 50000.0, None, datetime(2024, 11, 1)),  # last year
            ("Lost bid", lost.id, 9000.0, None, datetime(2025, 4, 1)),
        ]
        for name, stage, amount, close, closed in rows:
            s.add(
                Opportunity(
                    account_id=acme["account"],
                    name=name,
                    stage_id=stage,
                    amount=amount,
                    close_date=close,
                    closed_at=closed,
                    owner_id=acme["rep"],
                )
            )
        for day in range(1, 8):  # seven debriefed calls, one cancelled, one not debriefed
            s.add(
                Call(
                    account_id=acme["account"],
                    owner_id=acme["rep"],
                    status=CallStatus.DONE,
                    planned_start=datetime(2025, 5, day, 9),
                    checked_out_at=datetime(2025, 5, day, 10),
                    debriefed_at=datetime(2025, 5, day, 18),
                    outcome=f"outcome {day}",
                    went_well=f"well {day}",
                    next_steps=f"next {day}",
                )
            )
        s.add(
            Call(
                account_id=acme["account"],
                status=CallStatus.CANCELLED,
                planned_start=datetime(2025, 5, 30, 9),
                debriefed_at=datetime(2025, 5, 30, 18),
            )
        )
        s.add(Call(account_id=acme["account"], planned_start=datetime(2025, 6, 1, 9)))
    actions = (
        ActionInput("Overdue call-back", acme["rep"], TODAY - timedelta(days=3)),
        ActionInput("Review soon", acme["am"], TODAY + timedelta(days=10)),
        ActionInput("Far away", acme["am"], TODAY + timedelta(days=31)),
        ActionInput("Done already", acme["am"], TODAY, ActionStatus.DONE),
        ActionInput("No date", acme["am"]),
    )
    save_plan(db, acme["account"], _plan(acme, actions=actions), acme["am"])
    return acme


def test_the_overview_shows_the_key_figures(db, busy):
    o = account_overview(db, busy["account"], today=TODAY)
    assert (o.name, o.current_revenue, o.estimated_potential) == ("Acme Foods", 30000.0, 120000.0)
    assert o.share_of_wallet == pytest.approx(0.25)
    assert (o.open_pipeline, o.open_deals_count) == (25000.0, 2)
    assert (o.won_this_year, o.won_this_year_count) == (8000.0, 1)
    assert o.has_plan and o.review_date == date(2025, 9, 1)


def test_the_overview_lists_open_deals_by_close_date(db, busy):
    o = account_overview(db, busy["account"], today=TODAY)
    assert [(d.name, d.stage, d.amount) for d in o.open_deals] == [
        ("Film contract", "Prospecting", 5000.0),
        ("Line upgrade", "Proposal", 20000.0),
    ]


def test_the_overview_shows_the_last_five_debriefs_newest_first(db, busy):
    o = account_overview(db, busy["account"], today=TODAY)
    assert [c.outcome for c in o.recent_calls] == [f"outcome {d}" for d in (7, 6, 5, 4, 3)]
    assert o.recent_calls[0].went_well == "well 7" and o.recent_calls[0].next_steps == "next 7"
    assert o.recent_calls[0].owner == "Rosa Rep"


def test_the_overview_lists_open_actions_due_within_30_days_or_overdue(db, busy):
    o = account_overview(db, busy["account"], today=TODAY)
    assert [(a.title, a.overdue) for a in o.actions_due] == [
        ("Overdue call-back", True),
        ("Review soon", False),
    ]


def test_an_account_without_potential_has_no_share_of_wallet(db, acme):
    with db.write() as s:
        s.get(Account, acme["account"]).estimated_potential = 0.0
    o = account_overview(db, acme["account"], today=TODAY)
    assert o.share_of_wallet is None and not o.has_plan
    assert o.recent_calls == () and o.open_deals == () and o.actions_due == ()


def test_removed_actions_leave_the_overview_and_stay_as_tombstones(db, busy):
    plan = load_plan(db, busy["account"])
    keep = tuple(a for a in plan.as_input().actions if a.title != "Overdue call-back")
    save_plan(db, busy["account"], replace(plan.as_input(), actions=keep), busy["am"])
    o = account_overview(db, busy["account"], today=TODAY)
    assert [a.title for a in o.actions_due] == ["Review soon"]
    with db.read() as s:
        gone = s.scalar(select(PlanAction).where(PlanAction.title == "Overdue call-back"))
        assert gone.deleted_at is not None
