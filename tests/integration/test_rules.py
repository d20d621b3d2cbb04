"""Automatic record creation rules on a real SQLite file: the settings and their
validation, each existing rule switched off creating nothing, and the "no visit to an A
account in N days" rule (once per account, N respected, idempotent)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from salesdesk.core.automation import rules
from salesdesk.core.calls.debrief import CALL, TASK, DebriefInput, NextStep, submit_debrief
from salesdesk.core.deals.moves import move_deal
from salesdesk.core.deals.stages import stages
from salesdesk.core.domain import LeadStatus
from salesdesk.core.leads.qualify import open_lead, qualify
from salesdesk.core.leads.records import LeadInput, save_lead
from salesdesk.core.models import (
    Account,
    Call,
    Contact,
    Handoff,
    Lead,
    Opportunity,
    Task,
    User,
)

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 9, 0)
GOOD = {"decision_maker": "yes", "budget": "yes", "need": 4, "timing": "< 3 months"}


def _count(db, model, **where) -> int:
    with db.read() as s:
        q = select(func.count()).select_from(model).where(model.deleted_at.is_(None))
        for name, value in where.items():
            q = q.where(getattr(model, name) == value)
        return s.scalar(q)


def _settings(db) -> dict:
    with db.read() as s:
        return rules.rule_settings(s)


@pytest.fixture
def rep(db):
    with db.write() as s:
        user = User(name="Rosa Rep", role="field_rep")
        s.add(user)
        s.flush()
        return user.id


def _account(db, name, level="A", owner=None) -> object:
    with db.write() as s:
        acc = Account(name=name, attention_level=level, owner_id=owner)
        s.add(acc)
        s.flush()
        return acc.id


def _visit(db, account_id, when, status="done", call_type="visit", owner=None) -> None:
    with db.write() as s:
        s.add(
            Call(
                account_id=account_id,
                owner_id=owner,
                call_type=call_type,
                status=status,
                planned_start=when,
                checked_out_at=when + timedelta(hours=1) if status == "done" else None,
            )
        )


# --- settings ----------------------------------------------------------------------------


def test_defaults_every_rule_on_with_thirty_days(db):
    settings = _settings(db)
    assert set(settings) == {
        "debrief_next_step",
        "deal_won_handoff",
        "lead_qualified",
        "a_account_no_visit",
        "proposal_sent",
    }
    assert all(v["enabled"] for v in settings.values())
    assert settings["a_account_no_visit"]["days"] == 30
    with db.read() as s:
        assert rules.enabled(s, rules.NO_VISIT)


def test_saving_validates_and_merges(db):
    saved = rules.save_rule_settings(db, {"a_account_no_visit": {"days": 45}})
    assert saved["a_account_no_visit"] == {"enabled": True, "days": 45}
    rules.save_rule_settings(db, {"lead_qualified": {"enabled": False}})
    settings = _settings(db)
    assert settings["lead_qualified"]["enabled"] is False
    assert settings["a_account_no_visit"]["days"] == 45  # an earlier change kept
    bad = [
        {"nonsense": {"enabled": False}},
        {"a_account_no_visit": {"days": 0}},
        {"a_account_no_visit": {"days": 366}},
        {"a_account_no_visit": {"days": "ten"}},
        {"a_account_no_visit": {"days": True}},
        {"lead_qualified": {"days": 10}},
        {"lead_qualified": {"enabled": "yes"}},
        {"lead_qualified": "off"},
    ]
    for change in bad:
        with pytest.raises(rules.RuleSettingsError):
            rules.save_rule_settings(db, {"debrief_next_step": {"enabled": False}, **change})
    assert _settings(db) == settings  # all or nothing
    assert rules.save_rule_settings(db, {"a_account_no_visit": {"days": 365}})
    assert rules.save_rule_settings(db, {"a_account_no_visit": {"days": 1}})
    with db.read() as s, pytest.raises(rules.RuleSettingsError):
        rules.enabled(s, "nonsense")


# --- existing rules switched off ------------------------------------------------------------


def _call(db, rep) -> object:
    acc = _account(db, "Halden Foods", owner=rep)
    with db.write() as s:
        call = Call(
            account_id=acc, owner_id=rep, call_type="visit", planned_start=NOW - timedelta(hours=2)
        )
        s.add(call)
        s.flush()
        return call.id


STEPS = (
    NextStep("Send the trial agreement", TASK, due=TODAY + timedelta(days=2)),
    NextStep("Visit for the trial review", CALL, start=NOW + timedelta(days=14)),
    NextStep("Think about pricing"),
)


def test_debrief_next_steps_stay_notes_when_the_rule_is_off(db, rep):
    rules.save_rule_settings(db, {"debrief_next_step": {"enabled": False}})
    call_id = _call(db, rep)
    result = submit_debrief(
        db, rep, call_id, DebriefInput(went_well="x", next_steps=STEPS), now=NOW
    )
    assert (result.tasks, result.calls) == ([], [])
    assert _count(db, Task) == 0 and _count(db, Call) == 1
    with db.read() as s:
        assert s.get(Call, call_id).next_steps.splitlines() == [st.text for st in STEPS]
    # on again: the same debrief re-submitted makes its follow-ups, once
    rules.save_rule_settings(db, {"debrief_next_step": {"enabled": True}})
    again = submit_debrief(db, rep, call_id, DebriefInput(went_well="x", next_steps=STEPS), now=NOW)
    assert (len(again.tasks), len(again.calls)) == (1, 1)
    with db.read() as s:
        assert rules.rule_counts(s)["debrief_next_step"] == 2


def test_a_won_deal_starts_no_handoff_when_the_rule_is_off(db, rep):
    acc = _account(db, "Acme Foods", owner=rep)
    with db.write() as s:
        opp = Opportunity(account_id=acc, name="Acme line", stage_id=stages(db)[0].id, owner_id=rep)
        s.add(opp)
        s.flush()
        deal = opp.id
    rules.save_rule_settings(db, {"deal_won_handoff": {"enabled": False}})
    move_deal(db, deal, "Closed won", user_id=rep)
    assert _count(db, Handoff) == 0
    move_deal(db, deal, "Negotiation", user_id=rep)
    rules.save_rule_settings(db, {"deal_won_handoff": {"enabled": True}})
    move_deal(db, deal, "Closed won", user_id=rep)
    assert _count(db, Handoff) == 1
    with db.read() as s:
        assert rules.rule_counts(s)["deal_won_handoff"] == 1


def test_a_qualified_lead_makes_no_records_when_the_rule_is_off(db):
    rules.save_rule_settings(db, {"lead_qualified": {"enabled": False}})
    lead_id = save_lead(
        db, LeadInput(first_name="Sara", last_name="Ahmadi", company="Northwind Foods Ltd")
    ).id
    answers = {**open_lead(db, lead_id).answers, "icp_fit": "yes", **GOOD}
    done = qualify(db, lead_id, answers)
    assert (done.account_id, done.contact_id, done.opportunity_id) == (None, None, None)
    assert not any(done.created.values())
    assert done.assessment.score > 0
    assert (_count(db, Account), _count(db, Contact), _count(db, Opportunity)) == (0, 0, 0)
    with db.read() as s:
        lead = s.get(Lead, lead_id)
        assert lead.status == LeadStatus.QUALIFIED and lead.qualified_at is not None
        assert lead.opportunity_id is None and lead.score == done.assessment.score
    # on again: qualifying now creates the records
    rules.save_rule_settings(db, {"lead_qualified": {"enabled": True}})
    later = qualify(db, lead_id, answers)
    assert later.created["opportunity"] and later.opportunity_id is not None
    with db.read() as s:
        assert rules.rule_counts(s)["lead_qualified"] >= 2


# --- no visit to an A account in N days ------------------------------------------------------


def test_no_visit_rule_once_per_a_account_respecting_n(db, rep):
    stale = _account(db, "Stale A", owner=rep)
    never = _account(db, "Never visited A")
    fresh = _account(db, "Fresh A", owner=rep)
    b_level = _account(db, "Stale B", level="B", owner=rep)
    phoned = _account(db, "Phoned A", owner=rep)
    planned = _account(db, "Planned A", owner=rep)
    _visit(db, stale, NOW - timedelta(days=40))
    _visit(db, fresh, NOW - timedelta(days=10))
    _visit(db, b_level, NOW - timedelta(days=90))
    _visit(db, phoned, NOW - timedelta(days=2), call_type="phone")
    _visit(db, planned, NOW - timedelta(days=2), status="planned")
    with db.write() as s:
        s.get(Account, _account(db, "Deleted A")).deleted_at = NOW

    assert rules.run_no_visit_rule(db, today=TODAY, user_id=rep) == 4
    with db.read() as s:
        tasks = {t.account_id: t for t in s.scalars(select(Task))}
    assert set(tasks) == {stale, never, phoned, planned}
    assert tasks[stale].title == "Visit Stale A: no visit for 30 days"
    assert tasks[stale].created_by_rule == "a_account_no_visit"
    assert tasks[stale].owner_id == rep and tasks[never].owner_id == rep  # fallback: user
    assert tasks[stale].due_date == TODAY and tasks[stale].done_at is None

    # idempotent while the task is open
    assert rules.run_no_visit_rule(db, today=TODAY, user_id=rep) == 0
    assert rules.run_no_visit_rule(db, today=TODAY + timedelta(days=5)) == 0
    assert _count(db, Task) == 4
    # done: the next run makes a new one if there is still no visit
    with db.write() as s:
        s.get(Task, tasks[stale].id).done_at = NOW
    assert rules.run_no_visit_rule(db, today=TODAY) == 1
    with db.read() as s:
        assert rules.rule_counts(s)["a_account_no_visit"] == 5


def test_no_visit_rule_respects_days_and_the_switch(db, rep):
    acc = _account(db, "Twenty days A", owner=rep)
    _visit(db, acc, NOW - timedelta(days=20))
    assert rules.run_no_visit_rule(db, today=TODAY) == 0  # 30 days: visited recently
    rules.save_rule_settings(db, {"a_account_no_visit": {"enabled": False, "days": 14}})
    assert rules.run_no_visit_rule(db, today=TODAY) == 0  # off
    rules.save_rule_settings(db, {"a_account_no_visit": {"enabled": True}})
    assert rules.run_no_visit_rule(db, today=TODAY) == 1
    with db.read() as s:
        assert s.scalar(select(Task.title)) == "Visit Twenty days A: no visit for 14 days"
