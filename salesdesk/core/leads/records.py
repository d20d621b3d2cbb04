"""Leads: entered, listed, found. One save is one transaction.

A lead needs a company or a person (or both). Its email is checked and compared with
the other leads': a lead whose address another lead already has is saved and flagged as
a duplicate (the rep decides, nothing is merged). Its phone keeps the text as typed,
plus E.164 and whether the number is valid.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import aliased

from ..accounts import escape_like
from ..db import Database
from ..domain import LeadStatus
from ..errors import SalesDeskError
from ..i18n import QT_TRANSLATE_NOOP
from ..imports import values
from ..lookup import id_prefix_hits
from ..models import Lead, User
from .duplicates import duplicate_of, flag_duplicates


class LeadInputError(SalesDeskError):
    """Bad lead input; `field` names the form field the message belongs to."""

    def __init__(self, field_name: str, template: str, **params: object) -> None:
        self.field = field_name
        super().__init__(template, **params)


@dataclass(frozen=True)
class LeadInput:
    first_name: str | None = None
    last_name: str | None = None
    company: str | None = None
    title: str | None = None
    email: str | None = None
    phone: str | None = None
    website: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None  # ISO 3166 alpha-2
    industry: str | None = None
    employees: int | None = None
    annual_revenue: float | None = None
    source: str | None = None
    notes: str | None = None
    owner_id: uuid.UUID | None = None
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class Saved:
    id: uuid.UUID
    duplicate_of: uuid.UUID | None  # the earlier lead with the same email, if any
    duplicate_label: str | None
    phone_valid: bool | None


_TEXT_FIELDS = (
    "first_name",
    "last_name",
    "company",
    "title",
    "website",
    "city",
    "region",
    "industry",
    "source",
    "notes",
)


def lead_label(lead: Lead) -> str:
    person = " ".join(p for p in (lead.first_name, lead.last_name) if p)
    if person and lead.company:
        return f"{person} ({lead.company})"
    return person or lead.company or ""


def clean(data: LeadInput, default_region: str = "GB") -> tuple[LeadInput, values.Phone | None]:
    """The input trimmed and checked, with the parsed phone; LeadInputError otherwise."""
    changes: dict[str, object] = {}
    for name in _TEXT_FIELDS:
        value = getattr(data, name)
        changes[name] = (value.strip() or None) if isinstance(value, str) else value
    if not (changes["company"] or changes["first_name"] or changes["last_name"]):
        raise LeadInputError(
            "company",
            QT_TRANSLATE_NOOP(
                "Errors", "A lead needs a company or a person's name (or both). Nothing was saved."
            ),
        )
    email, problem = values.email(data.email)
    if problem is not None:
        raise LeadInputError(
            "email",
            QT_TRANSLATE_NOOP("Errors", "{value} is not an email address."),
            value=(data.email or "").strip(),
        )
    changes["email"] = email
    country = (data.country or "").strip().upper() or None
    if country is not None and (len(country) != 2 or not country.isalpha()):
        raise LeadInputError(
            "country",
            QT_TRANSLATE_NOOP("Errors", "Country: use the two-letter code, such as GB or IR."),
        )
    changes["country"] = country
    for name in ("employees", "annual_revenue"):
        value = getattr(data, name)
        if value is not None and value < 0:
            raise LeadInputError(
                name, QT_TRANSLATE_NOOP("Errors", "This number cannot be negative.")
            )
    phone, _problem = values.phone(data.phone, country or default_region)
    changes["phone"] = phone.raw if phone else None
    return LeadInput(**{**{f.name: getattr(data, f.name) for f in fields(data)}, **changes}), phone


def save_lead(db: Database, data: LeadInput, user_id: uuid.UUID | None = None) -> Saved:
    """Create or update a lead; flags it when its email is another lead's."""
    data, phone = clean(data)
    with db.write() as s:
        lead = s.get(Lead, data.id) if data.id else None
        if data.id is not None and (lead is None or lead.deleted_at is not None):
            raise LeadInputError(
                "company", QT_TRANSLATE_NOOP("Errors", "This lead was deleted meanwhile.")
            )
        if lead is None:
            lead = Lead(status=LeadStatus.NEW, owner_id=data.owner_id or user_id)
            s.add(lead)
        for f in fields(data):
            if f.name in ("id", "owner_id"):
                continue
            setattr(lead, f.name, getattr(data, f.name))
        if data.owner_id is not None:
            lead.owner_id = data.owner_id
        lead.phone_e164 = phone.e164 if phone else None
        lead.phone_valid = phone.valid if phone else None
        s.flush()
        flag_duplicates(s, [lead.id])
        s.refresh(lead)
        twin = s.get(Lead, lead.duplicate_of_id) if lead.duplicate_of_id else None
        return Saved(lead.id, lead.duplicate_of_id, twin and lead_label(twin), lead.phone_valid)


def email_taken(db: Database, email: str | None, exclude: uuid.UUID | None = None) -> str | None:
    """The label of an earlier lead with this email, for the form to warn while typing."""
    with db.read() as s:
        twin = duplicate_of(s, email, exclude)
        return None if twin is None else lead_label(twin)


def lead_input(db: Database, lead_id: uuid.UUID) -> LeadInput | None:
    """A stored lead as form input (None when gone)."""
    with db.read() as s:
        lead = s.get(Lead, lead_id)
        if lead is None or lead.deleted_at is not None:
            return None
        return LeadInput(**{f.name: getattr(lead, f.name) for f in fields(LeadInput)})


def delete_lead(db: Database, lead_id: uuid.UUID) -> None:
    from ..models.base import utcnow

    with db.write() as s:
        lead = s.get(Lead, lead_id)
        if lead is not None and lead.deleted_at is None:
            lead.deleted_at = utcnow()
            twins = s.scalars(select(Lead.id).where(Lead.duplicate_of_id == lead_id)).all()
            flag_duplicates(s, twins)


# --- lists -------------------------------------------------------------------------------


@dataclass(frozen=True)
class LeadQuery:
    text: str = ""
    status: str | None = None
    source: str | None = None
    owner_id: uuid.UUID | None = None
    duplicates_only: bool = False
    sort: str = "created"
    descending: bool = True


@dataclass(frozen=True)
class LeadRow:
    id: uuid.UUID
    name: str  # the person
    company: str | None
    email: str | None
    phone: str | None
    city: str | None
    source: str | None
    status: str
    score: float | None
    disqualify_reason: str | None
    owner: str | None
    created_at: datetime
    duplicate_of: uuid.UUID | None
    opportunity_id: uuid.UUID | None


SORT_COLUMNS = {
    "created": Lead.created_at,
    "company": Lead.company,
    "name": Lead.last_name,
    "status": Lead.status,
    "score": Lead.score,
    "source": Lead.source,
    "city": Lead.city,
}


def lead_ids(db: Database, query: LeadQuery) -> list[uuid.UUID]:
    stmt = select(Lead.id).where(Lead.deleted_at.is_(None))
    text = query.text.strip()
    if text:
        pattern = f"%{escape_like(text)}%"
        stmt = stmt.where(
            or_(
                *(
                    col.ilike(pattern, escape="\\")
                    for col in (
                        Lead.company,
                        Lead.first_name,
                        Lead.last_name,
                        Lead.email,
                        Lead.city,
                    )
                )
            )
        )
    if query.status:
        stmt = stmt.where(Lead.status == query.status)
    if query.source:
        stmt = stmt.where(func.lower(Lead.source) == query.source.strip().lower())
    if query.owner_id:
        stmt = stmt.where(Lead.owner_id == query.owner_id)
    if query.duplicates_only:
        stmt = stmt.where(Lead.duplicate_of_id.is_not(None))
    column = SORT_COLUMNS.get(query.sort, Lead.created_at)
    order = column.desc() if query.descending else column.asc()
    stmt = stmt.order_by(order.nulls_last(), Lead.created_at.desc(), Lead.id)
    with db.read() as s:
        return list(s.scalars(stmt))


def lead_rows(db: Database, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, LeadRow]:
    """Display rows for `ids`, one query per 900 ids (SQLite's variable limit)."""
    owner = aliased(User)
    out: dict[uuid.UUID, LeadRow] = {}
    with db.read() as s:
        for start in range(0, len(ids), 900):
            chunk = list(ids[start : start + 900])
            stmt = (
                select(Lead, owner.name)
                .outerjoin(owner, owner.id == Lead.owner_id)
                .where(Lead.id.in_(chunk))
            )
            for lead, owner_name in s.execute(stmt):
                out[lead.id] = LeadRow(
                    lead.id,
                    " ".join(p for p in (lead.first_name, lead.last_name) if p),
                    lead.company,
                    lead.email,
                    lead.phone,
                    lead.city,
                    lead.source,
                    lead.status,
                    lead.score,
                    lead.disqualify_reason,
                    owner_name,
                    lead.created_at,
                    lead.duplicate_of_id,
                    lead.opportunity_id,
                )
    return out


def lead_sources(db: Database) -> list[str]:
    """The sources leads came from, for filters and framework assignment."""
    with db.read() as s:
        found = s.scalars(
            select(Lead.source)
            .where(Lead.source.is_not(None), Lead.deleted_at.is_(None))
            .distinct()
            .order_by(Lead.source)
        ).all()
    return [x for x in found if x.strip()]


def find_lead(db: Database, text: str) -> uuid.UUID:
    """The live lead whose id is `text`, or the only one whose id starts with it (lists
    print the first eight characters)."""
    with db.read() as s:
        hits = id_prefix_hits(s, Lead, text)
    if len(hits) == 1:
        return hits[0]
    raise LeadInputError(
        "lead", QT_TRANSLATE_NOOP("Errors", "No lead matches {ref}."), ref=text.strip()
    )
