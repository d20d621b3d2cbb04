"""Qualifying a lead: its answers, the verdict, and the records qualifying creates.

`qualify` is one transaction: the answers and score, the account (a confirmed existing
one or a new one), the contact, and an opportunity in the first open stage with the
qualification attached. Repeating it creates nothing: the lead remembers its records,
and an account or contact found again is reused.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..automation import rules
from ..db import Database
from ..domain import AccountKind, LeadStatus
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (
    Account,
    Contact,
    Lead,
    LeadAnswer,
    Opportunity,
    PipelineStage,
    QualificationCriterion,
    StageChange,
)
from ..models.base import utcnow
from . import icp
from .frameworks import Framework, disqualify_reasons, framework_for
from .matching import AccountMatch, account_matches
from .records import LeadInputError, lead_label
from .scoring import AnswerError, Assessment, Verdict, assess

RULE = "lead_qualified"  # automation.rules.LEAD_QUALIFIED
NEW_ACCOUNT = "new"


@dataclass(frozen=True)
class LeadFile:
    """Everything the qualification form shows for one lead."""

    id: uuid.UUID
    label: str
    status: str
    source: str | None
    owner_id: uuid.UUID | None
    disqualify_reason: str | None
    framework: Framework
    answers: dict[str, str]  # criterion key -> stored answer
    fit: icp.Fit
    prefilled: frozenset[str]  # keys answered from the profile, not by the rep
    matches: tuple[AccountMatch, ...]
    duplicate_of: str | None
    reasons: tuple[str, ...]
    account_id: uuid.UUID | None
    contact_id: uuid.UUID | None
    opportunity_id: uuid.UUID | None
    created_at: object = None
    details: dict = field(default_factory=dict)

    def assess(self, answers: Mapping[str, object]) -> Assessment:
        return assess(self.framework.criteria, answers, self.framework.qualify_threshold)


@dataclass(frozen=True)
class Conversion:
    lead_id: uuid.UUID
    assessment: Assessment
    # None when the "qualified lead" automation rule is off: no records made or linked
    account_id: uuid.UUID | None
    contact_id: uuid.UUID | None
    opportunity_id: uuid.UUID | None
    created: dict[str, bool]  # "account", "contact", "opportunity" -> made now?
    names: dict[str, str]


def open_lead(db: Database, lead_id: uuid.UUID) -> LeadFile:
    with db.read() as s:
        lead = _live(s, lead_id)
        framework = _framework(s, lead)
        answers = stored_answers(s, lead, framework)
        profile_fit = icp.fit(icp.load_profile(s), lead)
        prefilled = set()
        asks = any(c.key == icp.ICP_CRITERION for c in framework.criteria)
        if asks and icp.ICP_CRITERION not in answers and profile_fit.answer is not None:
            answers[icp.ICP_CRITERION] = profile_fit.answer
            prefilled.add(icp.ICP_CRITERION)
        matches = () if lead.account_id else tuple(account_matches(s, lead))
        twin = s.get(Lead, lead.duplicate_of_id) if lead.duplicate_of_id else None
        details = {
            k: getattr(lead, k)
            for k in (
                "first_name", "last_name", "company", "title", "email", "phone", "phone_valid",
                "website", "city", "region", "country", "industry", "employees",
                "annual_revenue", "notes",
            )
        }  # fmt: skip
        return LeadFile(
            lead.id,
            lead_label(lead),
            lead.status,
            lead.source,
            lead.owner_id,
            lead.disqualify_reason,
            framework,
            answers,
            profile_fit,
            frozenset(prefilled),
            matches,
            twin and lead_label(twin),
            tuple(disqualify_reasons(s)),
            _alive(s, Account, lead.account_id),
            _alive(s, Contact, lead.contact_id),
            _alive(s, Opportunity, lead.opportunity_id),
            lead.created_at,
            details,
        )


def stored_answers(s: Session, lead: Lead, framework: Framework) -> dict[str, str]:
    rows = s.execute(
        select(QualificationCriterion.key, LeadAnswer.value)
        .join(QualificationCriterion, QualificationCriterion.id == LeadAnswer.criterion_id)
        .where(
            LeadAnswer.lead_id == lead.id,
            LeadAnswer.deleted_at.is_(None),
            QualificationCriterion.framework_id == framework.id,
            QualificationCriterion.deleted_at.is_(None),
        )
    ).all()
    return {key: value for key, value in rows if value is not None}


def save_answers(db: Database, lead_id: uuid.UUID, answers: Mapping[str, object]) -> Assessment:
    """Keep work in progress: the answers and score; a new lead becomes "working"."""
    with db.write() as s:
        lead = _live(s, lead_id)
        result = _record(s, lead, answers, strict=True)
        if lead.status == LeadStatus.NEW and result.answered:
            lead.status = LeadStatus.WORKING
        return result


def qualify(
    db: Database,
    lead_id: uuid.UUID,
    answers: Mapping[str, object],
    *,
    account: uuid.UUID | str | None = None,
    force: bool = False,
    user_id: uuid.UUID | None = None,
    deal_name: str | None = None,
) -> Conversion:
    """Qualify the lead and create (or find) its account, contact and opportunity.

    `account`: an existing account's id the rep confirmed, NEW_ACCOUNT, or None to take a
    sure match if there is one and create an account otherwise. `force` qualifies a lead
    scoring below the threshold (never one knocked out or with a required answer missing).
    """
    with db.write() as s:
        lead = _live(s, lead_id)
        if lead.status == LeadStatus.QUALIFIED and _alive(s, Opportunity, lead.opportunity_id):
            return _already(s, lead)
        result = _record(s, lead, answers, strict=True)
        _check_verdict(s, lead, result, force)
        now = utcnow()
        created = {"account": False, "contact": False, "opportunity": False}
        if not rules.enabled(s, RULE):  # the rule is off: the verdict only, no records
            _mark_qualified(lead, now)
            return Conversion(
                lead.id, result, None, None, None, created, dict.fromkeys(created, "")
            )
        acc = _account(s, lead, account, user_id, created)
        contact = _contact(s, lead, acc, created)
        opp = _alive(s, Opportunity, lead.opportunity_id)
        opp = s.get(Opportunity, opp) if opp else None
        if opp is None:
            opp = _opportunity(s, lead, acc, contact, result, user_id, deal_name, now)
            created["opportunity"] = True
        _mark_qualified(lead, now)
        lead.account_id, lead.opportunity_id = acc.id, opp.id
        lead.contact_id = contact.id if contact else None
        return Conversion(
            lead.id,
            result,
            acc.id,
            contact.id if contact else None,
            opp.id,
            created,
            {
                "account": acc.name,
                "contact": contact.name if contact else "",
                "opportunity": opp.name,
            },
        )


def disqualify(
    db: Database,
    lead_id: uuid.UUID,
    reason: str,
    answers: Mapping[str, object] | None = None,
) -> Assessment | None:
    """Drop the lead with a reason from the managed list (answers kept if given)."""
    with db.write() as s:
        lead = _live(s, lead_id)
        reasons = {r.casefold(): r for r in disqualify_reasons(s)}
        chosen = reasons.get((reason or "").strip().casefold())
        if chosen is None:
            raise LeadInputError(
                "reason",
                QT_TRANSLATE_NOOP("Errors", "Choose a reason from the list: {reasons}."),
                reasons=", ".join(reasons.values()),
            )
        if lead.status == LeadStatus.QUALIFIED and lead.opportunity_id:
            raise LeadInputError(
                "reason",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This lead was qualified and is now a deal; close the deal as lost instead.",
                ),
            )
        result = _record(s, lead, answers, strict=False) if answers is not None else None
        lead.status = LeadStatus.DISQUALIFIED
        lead.disqualify_reason = chosen
        lead.disqualified_at = utcnow()
        return result


def reopen(db: Database, lead_id: uuid.UUID) -> None:
    """Take a disqualified lead back into work."""
    with db.write() as s:
        lead = _live(s, lead_id)
        if lead.status == LeadStatus.DISQUALIFIED:
            lead.status = LeadStatus.WORKING
            lead.disqualify_reason = None
            lead.disqualified_at = None


# --- inside the transaction ------------------------------------------------------------


def _mark_qualified(lead: Lead, now) -> None:
    lead.status = LeadStatus.QUALIFIED
    lead.qualified_at = lead.qualified_at or now
    lead.disqualify_reason = None
    lead.disqualified_at = None


def _live(s: Session, lead_id: uuid.UUID) -> Lead:
    lead = s.get(Lead, lead_id)
    if lead is None or lead.deleted_at is not None:
        raise LeadInputError(
            "lead", QT_TRANSLATE_NOOP("Errors", "This lead was deleted meanwhile.")
        )
    return lead


def _alive(s: Session, model, record_id: uuid.UUID | None) -> uuid.UUID | None:
    if record_id is None:
        return None
    row = s.get(model, record_id)
    return None if row is None or row.deleted_at is not None else row.id


def _framework(s: Session, lead: Lead) -> Framework:
    framework = framework_for(s, lead)
    if framework is None:
        raise LeadInputError(
            "framework",
            QT_TRANSLATE_NOOP(
                "Errors", "There is no qualification framework; a manager can add one in Settings."
            ),
        )
    return framework


def _record(s: Session, lead: Lead, answers: Mapping[str, object], strict: bool) -> Assessment:
    framework = _framework(s, lead)
    result = assess(framework.criteria, answers, framework.qualify_threshold)
    if strict and result.errors:
        raise next(iter(result.errors.values()))
    ids = dict(zip((c.key for c in framework.criteria), framework.criterion_ids, strict=True))
    existing = {
        a.criterion_id: a
        for a in s.scalars(
            select(LeadAnswer).where(LeadAnswer.lead_id == lead.id, LeadAnswer.deleted_at.is_(None))
        )
    }
    for scored in result.answers:
        row = existing.get(ids[scored.key])
        if scored.value is None:
            if row is not None:
                row.deleted_at = utcnow()
            continue
        if row is None:
            row = LeadAnswer(lead_id=lead.id, criterion_id=ids[scored.key])
            s.add(row)
        if row.value != scored.value or row.points != scored.points:
            row.value, row.points = scored.value, scored.points
    lead.framework_id = framework.id
    lead.score = result.score if result.answered else None
    return result


def _check_verdict(s: Session, lead: Lead, result: Assessment, force: bool) -> None:
    framework = _framework(s, lead)
    names = {c.key: c.name for c in framework.criteria}
    if result.verdict == Verdict.KNOCKED_OUT:
        raise AnswerError(
            result.knockouts[0],
            QT_TRANSLATE_NOOP(
                "Errors", "Knocked out by {names}: this lead cannot be qualified. Disqualify it."
            ),
            names=", ".join(names[k] for k in result.knockouts),
        )
    if result.verdict == Verdict.INCOMPLETE:
        raise AnswerError(
            result.missing[0],
            QT_TRANSLATE_NOOP("Errors", "Answer the required questions first: {names}."),
            names=", ".join(names[k] for k in result.missing),
        )
    if result.verdict == Verdict.BELOW_THRESHOLD and not force:
        raise AnswerError(
            "",
            QT_TRANSLATE_NOOP(
                "Errors",
                "The score {score} is below the {threshold} needed to qualify. "
                "Answer more questions, or qualify anyway.",
            ),
            score=f"{result.score:g}",
            threshold=f"{result.threshold:g}",
        )


def _account(s: Session, lead: Lead, choice, user_id, created: dict[str, bool]) -> Account:
    if lead.account_id and _alive(s, Account, lead.account_id):
        return s.get(Account, lead.account_id)
    if choice is not None and choice != NEW_ACCOUNT:
        acc = s.get(Account, choice)
        if acc is None or acc.deleted_at is not None:
            raise LeadInputError(
                "account", QT_TRANSLATE_NOOP("Errors", "That account was deleted meanwhile.")
            )
        return acc
    # Made from this lead before (the lead's link was lost)? Reuse it.
    acc = s.scalar(
        select(Account).where(
            Account.source_system == "lead",
            Account.source_id == str(lead.id),
            Account.deleted_at.is_(None),
        )
    )
    if acc is not None:
        return acc
    if choice is None:
        sure = [m for m in account_matches(s, lead) if m.sure]
        if len(sure) == 1:
            return s.get(Account, sure[0].id)
    acc = Account(
        name=lead.company or lead_label(lead),
        kind=AccountKind.PROSPECT,
        industry=lead.industry,
        employees=lead.employees,
        city=lead.city,
        region=lead.region,
        country=lead.country,
        phone=lead.phone if not (lead.first_name or lead.last_name) else None,
        website=lead.website,
        owner_id=lead.owner_id or user_id,
        source_system="lead",
        source_id=str(lead.id),
        created_by_rule=RULE,
        notes=lead.notes,
    )
    if acc.phone:
        acc.phone_e164, acc.phone_valid = lead.phone_e164, lead.phone_valid
    s.add(acc)
    s.flush()
    created["account"] = True
    return acc


def _contact(s: Session, lead: Lead, acc: Account, created: dict[str, bool]) -> Contact | None:
    if lead.contact_id and _alive(s, Contact, lead.contact_id):
        return s.get(Contact, lead.contact_id)
    if not (lead.first_name or lead.last_name):
        return None
    same = select(Contact).where(Contact.account_id == acc.id, Contact.deleted_at.is_(None))
    if lead.email:
        found = s.scalar(same.where(func.lower(Contact.email) == lead.email.lower()))
        if found is not None:
            return found
    found = s.scalar(
        same.where(
            func.lower(Contact.last_name) == (lead.last_name or "").lower(),
            func.lower(func.coalesce(Contact.first_name, "")) == (lead.first_name or "").lower(),
        )
    )
    if found is not None:
        return found
    contact = Contact(
        account_id=acc.id,
        first_name=lead.first_name,
        last_name=lead.last_name or lead.first_name,
        title=lead.title,
        email=lead.email,
        phone=lead.phone,
        phone_e164=lead.phone_e164,
        phone_valid=lead.phone_valid,
        source_system="lead",
        source_id=str(lead.id),
        created_by_rule=RULE,
    )
    s.add(contact)
    s.flush()
    created["contact"] = True
    return contact


def _opportunity(s, lead, acc, contact, result, user_id, deal_name, now) -> Opportunity:
    stage = s.scalars(
        select(PipelineStage)
        .where(
            PipelineStage.deleted_at.is_(None),
            PipelineStage.is_won.is_(False),
            PipelineStage.is_lost.is_(False),
        )
        .order_by(PipelineStage.position)
    ).first()
    if stage is None:
        raise LeadInputError(
            "account",
            QT_TRANSLATE_NOOP("Errors", "There is no open pipeline stage to put the deal in."),
        )
    framework = _framework(s, lead)
    by_key = {c.key: c for c in framework.criteria}
    opp = Opportunity(
        account_id=acc.id,
        name=(deal_name or "").strip() or acc.name,
        stage_id=stage.id,
        stage_entered_at=now,
        probability=stage.probability,
        close_date=(now + timedelta(days=90)).date(),
        owner_id=lead.owner_id or user_id,
        primary_contact_id=contact.id if contact else None,
        source_system="lead",
        source_id=str(lead.id),
        created_by_rule=RULE,
        qualification={
            "lead_id": str(lead.id),
            "framework": framework.name,
            "score": result.score,
            "threshold": result.threshold,
            "verdict": str(result.verdict),
            "qualified_at": now.isoformat(timespec="seconds"),
            "source": lead.source,
            "answers": [
                {
                    "key": a.key,
                    "question": by_key[a.key].question,
                    "answer": a.value,
                    "points": a.points,
                    "weight": by_key[a.key].weight,
                }
                for a in result.answers
            ],
        },
    )
    s.add(opp)
    s.flush()
    s.add(
        StageChange(
            opportunity_id=opp.id, to_stage_id=stage.id, changed_at=now, changed_by_id=user_id
        )
    )
    return opp


def _already(s: Session, lead: Lead) -> Conversion:
    framework = _framework(s, lead)
    result = assess(
        framework.criteria, stored_answers(s, lead, framework), framework.qualify_threshold
    )
    acc = s.get(Account, lead.account_id)
    contact = s.get(Contact, lead.contact_id) if lead.contact_id else None
    opp = s.get(Opportunity, lead.opportunity_id)
    return Conversion(
        lead.id,
        result,
        acc.id,
        contact.id if contact else None,
        opp.id,
        {"account": False, "contact": False, "opportunity": False},
        {"account": acc.name, "contact": contact.name if contact else "", "opportunity": opp.name},
    )
