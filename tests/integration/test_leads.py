"""Lead qualification on a real SQLite file: scoring, knock-outs, the ideal customer
profile, frameworks per source and team, duplicates, conversion and its idempotency,
analytics."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from salesdesk.core.domain import LeadStatus, Role
from salesdesk.core.errors import SalesDeskError
from salesdesk.core.leads import frameworks as fw
from salesdesk.core.leads import icp
from salesdesk.core.leads.analytics import lead_analytics
from salesdesk.core.leads.qualify import NEW_ACCOUNT, disqualify, open_lead, qualify, reopen
from salesdesk.core.leads.qualify import save_answers as save_lead_answers
from salesdesk.core.leads.records import (
    LeadInput,
    LeadInputError,
    LeadQuery,
    delete_lead,
    email_taken,
    find_lead,
    lead_ids,
    lead_rows,
    save_lead,
)
from salesdesk.core.leads.scoring import AnswerError, Criterion, Verdict, assess
from salesdesk.core.models import (
    Account,
    Contact,
    Lead,
    LeadAnswer,
    Opportunity,
    PipelineStage,
    StageChange,
    User,
)
from salesdesk.core.models.base import utcnow

GOOD = {"decision_maker": "yes", "budget": "yes", "need": 4, "timing": "< 3 months"}


def _lead(db, **fields) -> object:
    base = {
        "first_name": "Sara",
        "last_name": "Ahmadi",
        "company": "Northwind Foods Ltd",
        "email": "sara@northwind-foods.example",
        "phone": "0161 496 0077",
        "city": "Leeds",
        "industry": "Food & drink",
        "employees": 60,
        "source": "website",
    }
    return save_lead(db, LeadInput(**{**base, **fields})).id


def _count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))


def _profile(db, **dims) -> None:
    icp.save_profile(db, icp.Profile(**dims))


# --- scoring (pure) --------------------------------------------------------------------

CRITERIA = [
    Criterion("fit", "Fit", "yes_no", 30, required=True),
    Criterion("need", "Need", "scale", 20, options=[1, 2, 3, 4, 5]),
    Criterion(
        "timing",
        "Timing",
        "choice",
        20,
        options=[{"label": "now", "score": 1}, {"label": "later", "score": 0.25}],
    ),
    Criterion("seats", "Seats", "number", 20, options={"min": 10, "target": 50}),
    Criterion("notes", "Notes", "text", 10),
]


def test_each_answer_type_scores_its_share_of_the_weight():
    result = assess(
        CRITERIA, {"fit": "Yes", "need": "۴", "timing": "LATER", "seats": "30", "notes": "x"}, 60
    )
    points = {a.key: a.points for a in result.answers}
    # yes = 30; scale 4 of 1..5 = 3/4 of 20; later = 0.25 of 20; 30 seats halfway 10..50.
    assert points == {"fit": 30, "need": 15, "timing": 5, "seats": 10, "notes": 10}
    assert result.score == 70.0 and result.verdict == Verdict.QUALIFIES
    assert {a.key: a.value for a in result.answers}["timing"] == "later"


def test_a_required_no_knocks_out_whatever_the_score():
    result = assess(CRITERIA, {"fit": "no", "need": 5, "timing": "now", "seats": 80}, 10)
    assert result.verdict == Verdict.KNOCKED_OUT and result.knockouts == ("fit",)
    assert result.score == 60.0


def test_an_unanswered_required_question_keeps_the_verdict_open():
    result = assess(CRITERIA, {"need": 5, "timing": "now", "seats": 80}, 10)
    assert result.verdict == Verdict.INCOMPLETE and result.missing == ("fit",)


def test_answers_of_the_wrong_type_are_reported_and_score_nothing():
    result = assess(CRITERIA, {"fit": "maybe", "need": 9, "timing": "never", "seats": "many"}, 60)
    assert set(result.errors) == {"fit", "need", "timing", "seats"}
    assert "yes or no" in str(result.errors["fit"])
    assert "from 1 to 5" in str(result.errors["need"])
    assert "now, later" in str(result.errors["timing"])
    assert result.score == 0.0


def test_a_framework_with_zero_total_weight_is_refused():
    with pytest.raises(SalesDeskError, match="add up to zero"):
        assess([Criterion("a", "A", "yes_no", 0), Criterion("b", "B", "text", 0)], {}, 50)


# --- leads -------------------------------------------------------------------------------


def test_a_lead_needs_a_company_or_a_person(db):
    with pytest.raises(LeadInputError, match="company or a person") as caught:
        save_lead(db, LeadInput(email="x@example.com", city="Leeds"))
    assert caught.value.field == "company"
    assert _count(db, Lead) == 0
    assert save_lead(db, LeadInput(last_name="Okafor")).id


def test_bad_email_and_country_are_refused_with_the_field(db):
    with pytest.raises(LeadInputError) as caught:
        save_lead(db, LeadInput(company="Acme", email="not an address"))
    assert caught.value.field == "email"
    with pytest.raises(LeadInputError) as caught:
        save_lead(db, LeadInput(company="Acme", country="England"))
    assert caught.value.field == "country"


def test_phone_keeps_the_raw_text_with_e164_and_validity(db):
    lead_id = _lead(db, phone=" 0161 496 0077 ")
    with db.read() as s:
        lead = s.get(Lead, lead_id)
        assert (lead.phone, lead.phone_e164, lead.phone_valid) == (
            "0161 496 0077",
            "+441614960077",
            True,
        )


def test_duplicate_email_is_flagged_on_entry_and_cleared_when_the_twin_goes(db):
    first = _lead(db)
    assert email_taken(db, "SARA@Northwind-Foods.example") == "Sara Ahmadi (Northwind Foods Ltd)"
    saved = save_lead(db, LeadInput(company="Other Co", email="Sara@NORTHWIND-foods.example"))
    assert saved.duplicate_of == first
    assert lead_ids(db, LeadQuery(duplicates_only=True)) == [saved.id]
    delete_lead(db, first)
    assert lead_ids(db, LeadQuery(duplicates_only=True)) == []


def test_list_filters_and_finds_by_id_prefix(db):
    a = _lead(db)
    b = _lead(db, company="Tiny Textiles", email="t@tiny.example", source="trade show")
    assert lead_ids(db, LeadQuery(source="Trade Show")) == [b]
    assert set(lead_ids(db, LeadQuery(text="northwind"))) == {a}
    assert lead_ids(db, LeadQuery(text="%")) == []
    assert lead_rows(db, [a])[a].status == LeadStatus.NEW
    assert find_lead(db, a.hex[:8]) == a
    with pytest.raises(LeadInputError):
        find_lead(db, "zzzz")


# --- the ideal customer profile ----------------------------------------------------------


def test_the_profile_pre_answers_the_fit_question_and_says_why(db):
    _profile(db, industries=("Food & drink",), size_bands=("50-249",), regions=("Yorkshire",))
    lead_id = _lead(db, region="Yorkshire")
    opened = open_lead(db, lead_id)
    assert opened.answers == {"icp_fit": "yes"} and opened.prefilled == {"icp_fit"}
    checks = {c.dimension: (c.status, c.lead_value) for c in opened.fit.checks}
    assert checks == {
        "industries": ("match", "Food & drink"),
        "size_bands": ("match", "50-249"),
        "regions": ("match", "Yorkshire"),
    }


def test_one_mismatch_answers_no_and_missing_data_answers_nothing(db):
    _profile(db, industries=("Food & drink",), size_bands=("250-999",))
    small = open_lead(db, _lead(db, employees=12))
    assert small.answers["icp_fit"] == "no"
    assert ("size_bands", "mismatch") in {(c.dimension, c.status) for c in small.fit.checks}
    unknown = open_lead(db, _lead(db, email="x@y.example", industry=None, employees=None))
    assert "icp_fit" not in unknown.answers and unknown.fit.answer is None


def test_a_stored_answer_overrides_the_profile(db):
    _profile(db, industries=("Textiles",))
    lead_id = _lead(db)
    save_lead_answers(db, lead_id, {"icp_fit": "yes"})
    opened = open_lead(db, lead_id)
    assert opened.answers["icp_fit"] == "yes" and not opened.prefilled
    assert opened.fit.answer == "no"  # still shown: the rep overrode it knowingly


# --- frameworks ---------------------------------------------------------------------------


def _bant(**extra) -> fw.FrameworkInput:
    return fw.FrameworkInput(
        "BANT",
        [
            fw.CriterionInput("Budget", "Is there a budget?", "yes_no", 25, required=True),
            fw.CriterionInput("Authority", "Do they decide?", "yes_no", 25),
            fw.CriterionInput("Need", "How strong?", "scale", 25, options=[1, 2, 3, 4, 5]),
            fw.CriterionInput("Timeline", "When?", "choice", 25, options=["now", "later"]),
        ],
        **{"qualify_threshold": 50, **extra},
    )


def test_a_lead_gets_the_framework_of_its_source_then_its_team_then_the_default(db):
    with db.write() as s:
        boss = User(name="Boss", role=Role.SALES_MANAGER)
        rep = User(name="Rep", role=Role.FIELD_REP)
        s.add_all([boss, rep])
        s.flush()
        rep.manager_id = boss.id
        boss_id, rep_id = boss.id, rep.id
    by_source = fw.save_framework(db, _bant(lead_source="Trade show"))
    by_team = fw.save_framework(db, _bant(manager_id=boss_id, lead_source=None))
    assert open_lead(db, _lead(db, source="trade SHOW")).framework.id == by_source
    assert open_lead(db, _lead(db, email="b@b.example", owner_id=rep_id)).framework.id == by_team
    default = open_lead(db, _lead(db, email="c@c.example", source="web"))
    assert default.framework.name == "Default qualification"


def test_framework_input_is_validated_and_nothing_is_written(db):
    before = len(fw.frameworks(db))
    zero = fw.FrameworkInput("Zero", [fw.CriterionInput("A", "?", "yes_no", 0)])
    with pytest.raises(SalesDeskError, match="add up to zero"):
        fw.save_framework(db, zero)
    one_option = fw.FrameworkInput("X", [fw.CriterionInput("A", "?", "choice", 1, options=["a"])])
    with pytest.raises(AnswerError, match="at least two options"):
        fw.save_framework(db, one_option)
    with pytest.raises(fw.FrameworkError) as caught:
        fw.save_framework(db, _bant(qualify_threshold=150))
    assert caught.value.field == "threshold"
    assert len(fw.frameworks(db)) == before


def test_editing_a_framework_keeps_answers_of_kept_criteria(db):
    framework_id = fw.save_framework(db, _bant(lead_source="web"))
    lead_id = _lead(db, source="web")
    save_lead_answers(db, lead_id, {"budget": "yes", "authority": "no"})
    stored = next(f for f in fw.frameworks(db) if f.id == framework_id).as_input()
    fw.save_framework(db, fw.FrameworkInput(**{**stored.__dict__, "criteria": stored.criteria[:1]}))
    opened = open_lead(db, lead_id)
    assert [c.key for c in opened.framework.criteria] == ["budget"]
    assert opened.answers == {"budget": "yes"}


def test_the_last_framework_cannot_be_deleted(db):
    only = fw.frameworks(db)
    assert len(only) == 1
    with pytest.raises(fw.FrameworkError, match="last framework"):
        fw.delete_framework(db, only[0].id)


# --- conversion ---------------------------------------------------------------------------


def test_qualifying_creates_account_contact_and_opportunity_once(db):
    _profile(db, industries=("Food & drink",))
    lead_id = _lead(db)
    answers = {**open_lead(db, lead_id).answers, **GOOD}
    done = qualify(db, lead_id, answers)
    assert done.created == {"account": True, "contact": True, "opportunity": True}
    with db.read() as s:
        acc = s.get(Account, done.account_id)
        contact = s.get(Contact, done.contact_id)
        opp = s.get(Opportunity, done.opportunity_id)
        first_stage = s.scalars(select(PipelineStage).order_by(PipelineStage.position)).first()
        lead = s.get(Lead, lead_id)
        assert (acc.name, acc.city, acc.industry, acc.created_by_rule) == (
            "Northwind Foods Ltd",
            "Leeds",
            "Food & drink",
            "lead_qualified",
        )
        assert (contact.account_id, contact.email, contact.phone_e164) == (
            acc.id,
            "sara@northwind-foods.example",
            "+441614960077",
        )
        assert opp.stage_id == first_stage.id and opp.primary_contact_id == contact.id
        assert opp.qualification["score"] == done.assessment.score == 93.8
        answered = {a["key"]: a["answer"] for a in opp.qualification["answers"]}
        assert answered["icp_fit"] == "yes" and answered["need"] == "4"
        assert s.scalar(select(func.count()).where(StageChange.opportunity_id == opp.id)) == 1
        assert lead.status == LeadStatus.QUALIFIED and lead.qualified_at is not None
        assert (lead.account_id, lead.contact_id, lead.opportunity_id) == (
            acc.id,
            contact.id,
            opp.id,
        )
    counts = [_count(db, m) for m in (Account, Contact, Opportunity, LeadAnswer)]
    again = qualify(db, lead_id, answers)
    assert again.created == {"account": False, "contact": False, "opportunity": False}
    assert again.opportunity_id == done.opportunity_id
    assert [_count(db, m) for m in (Account, Contact, Opportunity, LeadAnswer)] == counts


def test_qualifying_into_a_confirmed_existing_account_reuses_its_contact(db):
    with db.write() as s:
        acc = Account(
            name="Northwind Foods Limited", city="Leeds", website="northwind-foods.example"
        )
        s.add(acc)
        s.flush()
        s.add(Contact(account_id=acc.id, first_name="Sara", last_name="Ahmadi"))
        acc_id = acc.id
    lead_id = _lead(db)
    matches = open_lead(db, lead_id).matches
    assert [m.id for m in matches] == [acc_id]
    # "Limited" and "Ltd" are the same legal form: the same name.
    assert {"same_name", "domain", "city"} <= set(matches[0].reasons) and matches[0].sure
    answers = {"icp_fit": "yes", **GOOD}
    done = qualify(db, lead_id, answers, account=acc_id)
    assert done.account_id == acc_id
    assert done.created == {"account": False, "contact": False, "opportunity": True}
    assert _count(db, Account) == 1 and _count(db, Contact) == 1


def test_without_a_choice_only_a_sure_match_is_taken(db):
    with db.write() as s:
        s.add(Account(name="Northwind Food Ltd", city="York"))  # similar name, other town
    lead_id = _lead(db, email="sara@gmail.com")  # a free-mail domain says nothing
    opened = open_lead(db, lead_id)
    assert opened.matches and not opened.matches[0].sure
    done = qualify(db, lead_id, {"icp_fit": "yes", **GOOD})
    assert done.created["account"] and _count(db, Account) == 2
    forced_new = _lead(db, email="other@northwind-foods.example", last_name="Other")
    assert qualify(db, forced_new, {"icp_fit": "yes", **GOOD}, account=NEW_ACCOUNT).created[
        "account"
    ]


def test_qualify_refuses_knock_outs_gaps_and_low_scores_unless_forced(db):
    lead_id = _lead(db)
    with pytest.raises(AnswerError, match="Knocked out by ICP fit"):
        qualify(db, lead_id, {"icp_fit": "no", **GOOD})
    with pytest.raises(AnswerError, match="required questions first: ICP fit"):
        qualify(db, lead_id, GOOD)
    low = {"icp_fit": "yes", "decision_maker": "yes", "need": 1}
    with pytest.raises(AnswerError, match="below the 60"):
        qualify(db, lead_id, low)
    with pytest.raises(AnswerError, match="yes or no"):
        qualify(db, lead_id, {**low, "budget": "perhaps"})
    assert _count(db, Opportunity) == 0
    assert qualify(db, lead_id, low, force=True).created["opportunity"]


def test_disqualify_needs_a_reason_from_the_managed_list(db):
    lead_id = _lead(db)
    with pytest.raises(LeadInputError, match="Choose a reason"):
        disqualify(db, lead_id, "bored")
    fw.save_disqualify_reasons(db, ["No budget", "Bored of us", " no budget "])
    with db.read() as s:
        assert fw.disqualify_reasons(s) == ["No budget", "Bored of us"]
    disqualify(db, lead_id, "bored of US", {"budget": "no"})
    with db.read() as s:
        lead = s.get(Lead, lead_id)
        assert (lead.status, lead.disqualify_reason) == ("disqualified", "Bored of us")
        assert lead.disqualified_at is not None
    reopen(db, lead_id)
    assert lead_rows(db, [lead_id])[lead_id].status == LeadStatus.WORKING


def test_a_hostile_company_name_is_stored_as_written(db):
    name = '<img src="/etc/passwd"/> =HYPERLINK("x") شرکت آلفا'
    lead_id = _lead(db, company=name, email="h@h.example")
    done = qualify(db, lead_id, {"icp_fit": "yes", **GOOD})
    assert done.names["account"] == name


# --- analytics ----------------------------------------------------------------------------


def test_analytics_counts_conversion_and_time_to_qualify(db):
    leads = [
        _lead(db, email=f"{i}@x{i}.example", source=src)
        for i, src in enumerate(["web", "web", "web", "show"])
    ]
    with db.write() as s:
        for lead_id in leads:
            s.get(Lead, lead_id).created_at = utcnow() - timedelta(days=10)
    qualify(db, leads[0], {"icp_fit": "yes", **GOOD}, account=NEW_ACCOUNT)
    disqualify(db, leads[1], "no budget")
    disqualify(db, leads[3], "no budget")
    stats = lead_analytics(db)
    web = next(g for g in stats.by_source if g.key == "web")
    assert (web.total, web.qualified, web.disqualified, web.conversion) == (3, 1, 1, 0.5)
    assert web.by_status == {"new": 1, "working": 0, "qualified": 1, "disqualified": 1}
    assert web.median_days == pytest.approx(10.0, abs=0.1)
    assert stats.reasons == [("no budget", 2)]
    assert stats.overall.conversion == pytest.approx(1 / 3, abs=1e-3)
    assert lead_analytics(db, start=date.today() + timedelta(days=1)).total == 0
