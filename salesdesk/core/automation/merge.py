"""The merge fields of an email: plain dicts of text read from the records once.

A template sees only these values, never ORM objects, so it cannot reach the database.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import Database
from ..domain import CallStatus
from ..errors import SalesDeskError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (
    Account,
    Call,
    Contact,
    Opportunity,
    PipelineStage,
    Task,
    User,
)
from ..models.base import utcnow

# Every merge field a template can use: the context always has all of them (empty text
# when the record or the value is missing), so a template renders for any contact.
FIELDS: dict[str, tuple[str, ...]] = {
    "contact": ("first_name", "last_name", "name", "title", "email", "phone"),
    "account": ("name", "street", "postal_code", "city", "phone", "email", "website"),
    "opportunity": ("name", "stage", "amount", "close_date", "next_step", "next_step_date"),
    "rep": ("name", "email", "phone"),
    "call": ("date", "time", "type", "objective", "next_steps", "last_date"),
    "task": ("title", "due_date"),
}
FIELDS["deal"] = FIELDS["opportunity"]
NAMES = tuple(FIELDS)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class TemplateInputError(SalesDeskError):
    """A template's name or text is unusable; `field` is the input at fault."""

    def __init__(self, field: str, template: str, **params: object) -> None:
        self.field = field
        super().__init__(template, **params)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return _date_text(value.date())
    if isinstance(value, date):
        return _date_text(value)
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value)


def _date_text(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _local(utc: datetime) -> datetime:
    return utc.replace(tzinfo=UTC).astimezone()


def _empty(name: str) -> dict[str, str]:
    return dict.fromkeys(FIELDS[name], "")


def merge_context(
    db: Database,
    contact_id: uuid.UUID,
    deal_id: uuid.UUID | None = None,
    user_id: uuid.UUID | None = None,
) -> dict[str, dict[str, str]]:
    """The merge fields for an email to the contact: plain dicts of text.

    contact, account (the contact's), opportunity (= deal: the given deal, else the
    contact's account's open deal where the contact is the primary contact, else its
    next-closing open deal), rep (the user, else the account's owner), call (the
    account's next planned call; next_steps are the ones agreed at its last debriefed
    call), task (the next open task on the deal or account, earliest due first).
    TemplateInputError when the contact is missing.
    """
    with db.read() as s:
        contact = s.get(Contact, contact_id)
        if contact is None or contact.deleted_at is not None:
            raise TemplateInputError(
                "contact", QT_TRANSLATE_NOOP("Errors", "There is no such contact.")
            )
        ctx = {name: _empty(name) for name in NAMES if name != "deal"}
        ctx["contact"].update(
            first_name=_text(contact.first_name or contact.last_name),
            last_name=_text(contact.last_name),
            name=" ".join(p for p in (contact.first_name, contact.last_name) if p),
            title=_text(contact.title),
            email=_text(contact.email),
            phone=_text(contact.phone),
        )
        account = s.get(Account, contact.account_id) if contact.account_id else None
        if account is not None:
            ctx["account"].update({key: _text(getattr(account, key)) for key in FIELDS["account"]})
        deal = _deal(s, contact, deal_id)
        if deal is not None:
            stage = s.get(PipelineStage, deal.stage_id)
            ctx["opportunity"].update(
                name=_text(deal.name),
                stage=stage.name if stage else "",
                amount=_text(float(deal.amount or 0)),
                close_date=_text(deal.close_date),
                next_step=_text(deal.next_step),
                next_step_date=_text(deal.next_step_date),
            )
        rep_id = user_id or (deal.owner_id if deal else None) or (account and account.owner_id)
        rep = s.get(User, rep_id) if rep_id else None
        if rep is not None:
            ctx["rep"].update(name=_text(rep.name), email=_text(rep.email), phone=_text(rep.phone))
        if account is not None:
            ctx["call"].update(_calls(s, account.id))
            ctx["task"].update(_task(s, account.id, deal.id if deal else None))
    ctx["deal"] = ctx["opportunity"]
    return ctx


def _deal(s: Session, contact: Contact, deal_id: uuid.UUID | None) -> Opportunity | None:
    if deal_id is not None:
        deal = s.get(Opportunity, deal_id)
        if deal is None or deal.deleted_at is not None:
            raise TemplateInputError("deal", QT_TRANSLATE_NOOP("Errors", "There is no such deal."))
        return deal
    if contact.account_id is None:
        return None
    return s.scalars(
        select(Opportunity)
        .join(PipelineStage, PipelineStage.id == Opportunity.stage_id)
        .where(
            Opportunity.account_id == contact.account_id,
            Opportunity.deleted_at.is_(None),
            PipelineStage.is_won.is_(False),
            PipelineStage.is_lost.is_(False),
        )
        .order_by(
            (Opportunity.primary_contact_id == contact.id).desc(),
            Opportunity.close_date.is_(None),
            Opportunity.close_date,
            Opportunity.id,
        )
        .limit(1)
    ).first()


def _calls(s: Session, account_id: uuid.UUID) -> dict[str, str]:
    out: dict[str, str] = {}
    upcoming = s.scalars(
        select(Call)
        .where(
            Call.account_id == account_id,
            Call.deleted_at.is_(None),
            Call.status == CallStatus.PLANNED,
            Call.planned_start >= utcnow(),
        )
        .order_by(Call.planned_start)
        .limit(1)
    ).first()
    if upcoming is not None:
        start = _local(upcoming.planned_start)
        out.update(
            date=_date_text(start.date()),
            time=start.strftime("%H:%M"),
            type=_text(upcoming.call_type),
            objective=_text(upcoming.objective),
        )
    last = s.scalars(
        select(Call)
        .where(
            Call.account_id == account_id,
            Call.deleted_at.is_(None),
            Call.debriefed_at.is_not(None),
        )
        .order_by(Call.debriefed_at.desc())
        .limit(1)
    ).first()
    if last is not None:
        when = last.checked_out_at or last.planned_start or last.debriefed_at
        out.update(next_steps=_text(last.next_steps), last_date=_date_text(_local(when).date()))
    return out


def _task(s: Session, account_id: uuid.UUID, deal_id: uuid.UUID | None) -> dict[str, str]:
    where = Task.account_id == account_id
    if deal_id is not None:
        where = where | (Task.opportunity_id == deal_id)
    task = s.scalars(
        select(Task)
        .where(where, Task.deleted_at.is_(None), Task.done_at.is_(None))
        .order_by(Task.due_date.is_(None), Task.due_date, Task.id)
        .limit(1)
    ).first()
    if task is None:
        return {}
    return {"title": _text(task.title), "due_date": _text(task.due_date)}
