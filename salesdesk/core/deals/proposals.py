"""Proposals: numbered, versioned quotes made from a deal's line items.

create_proposal freezes one version in one transaction: the deal's lines (product,
description, quantity, unit price, line discount, line total), the customer block and
the company block are copied into the row, so a version prints exactly as issued after
the deal, its products or its account change. The arithmetic is quote_totals.py's:

    line total = quantity × unit price × (1 − line discount), rounded half-up to cents
    subtotal   = Σ line totals
    discount   = subtotal × discount %, rounded half-up to cents
    tax        = (subtotal − discount) × tax %, rounded half-up to cents
    total      = subtotal − discount + tax

Numbers are "<prefix>-<year>-<sequence>" (Q-2026-0042): the prefix from the company
settings, the sequence per calendar year and kept in a setting, so a number is never
given twice, even after a proposal or its deal is deleted. Versions count 1, 2, ... per
deal. A lost deal gets no new proposal (reopen it first); a won one may (the customer's
purchase order often asks for the final quote).

mark_sent records the send as a touch on the deal and, when the rule "proposal_sent" is
on (automation/rules.py), the deal's first version sent moves an open deal forward to
the stage named "Proposal" (or the next open stage when there is none): never
backwards, never out of won or lost, and not again for a revised version.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..company import TERMS_MAX, TERMS_TOO_LONG, company_in
from ..db import Database
from ..errors import SalesDeskError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Opportunity, Product, Proposal, User
from ..models.base import utcnow
from .lines import lines_in
from .quote_parts import customer_block, next_number, seller_block
from .quote_totals import dec, line_amount, quote_totals
from .stages import find_stage
from .transitions import advance_on_send, log_sent_touch

DRAFT, SENT, ACCEPTED, DECLINED = "draft", "sent", "accepted", "declined"
STATUSES = (DRAFT, SENT, ACCEPTED, DECLINED)
NOTES_MAX = 4000  # characters; the terms' limit is the company's (TERMS_MAX)
NOTES_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors", "The notes have {length} characters; keep them to {limit}."
)
NO_LINES = QT_TRANSLATE_NOOP(
    "Errors",
    "This deal has no line items: add products on its Lines tab before making a proposal.",
)


class ProposalError(SalesDeskError):
    """Bad proposal input; `field` names the form field ("deal", "valid_until", ...)."""

    def __init__(self, field: str, template: str, **params: object) -> None:
        self.field = field
        super().__init__(template, **params)


@dataclass(frozen=True)
class QuoteLine:
    product: str
    sku: str
    description: str
    quantity: Decimal
    unit_price: Decimal
    discount_pct: Decimal
    total: Decimal


@dataclass(frozen=True)
class ProposalRow:
    """One version in a deal's list."""

    id: uuid.UUID
    number: str
    version: int
    created_at: datetime
    valid_until: date
    currency: str
    total: Decimal
    status: str
    sent_at: datetime | None


@dataclass(frozen=True)
class ProposalDoc(ProposalRow):
    """Everything a proposal's PDF prints, as issued."""

    deal_id: uuid.UUID
    deal: str
    created_by: str
    discount_pct: Decimal
    tax_pct: Decimal
    subtotal: Decimal
    discount: Decimal
    tax: Decimal
    terms: str
    notes: str
    lines: tuple[QuoteLine, ...]
    customer: dict  # account, contact, address (lines), email, phone
    seller: dict  # name, address, email, phone, website, tax_id, prepared_by...
    logo: bytes | None  # the company's current logo


@dataclass(frozen=True)
class Sent:
    proposal_id: uuid.UUID
    from_stage: str | None
    to_stage: str | None  # None: the deal stayed where it was


def _percent(field: str, value: object, default: float) -> Decimal:
    rate = dec(default if value is None else value)
    if not rate.is_finite() or not 0 <= rate <= 100:
        template = (
            QT_TRANSLATE_NOOP("Errors", "The discount must be from 0 to 100%.")
            if field == "discount_pct"
            else QT_TRANSLATE_NOOP("Errors", "The tax rate must be from 0 to 100%.")
        )
        raise ProposalError(field, template)
    return rate


def _long_text(field: str, value: str | None, limit: int) -> str:
    """Terms or notes trimmed; refused whole when longer than the PDF should carry."""
    text = (value or "").replace("\r\n", "\n").strip()
    if len(text) > limit:
        template = TERMS_TOO_LONG if field == "terms" else NOTES_TOO_LONG
        raise ProposalError(field, template, length=len(text), limit=limit)
    return text


def create_proposal(
    db: Database, deal_id: uuid.UUID, user_id: uuid.UUID | None, **options
) -> uuid.UUID:
    """A new version of the deal's proposal from its current lines, in one transaction;
    `options` are create_in's (valid_until, discount_pct, tax_pct, terms, notes, today;
    None picks the company's defaults, no discount). ProposalError and nothing written
    on bad input."""
    with db.write() as s:
        return create_in(s, deal_id, user_id, **options)


def create_in(
    s: Session,
    deal_id: uuid.UUID,
    user_id: uuid.UUID | None,
    *,
    valid_until: date | None = None,
    discount_pct: float | Decimal | None = None,
    tax_pct: float | Decimal | None = None,
    terms: str | None = None,
    notes: str | None = None,
    today: date | None = None,
    new_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """create_proposal inside an open unit of work (the demo makes its own this way,
    with ids of its own so the same seed gives the same rows)."""
    today = today or date.today()
    deal = s.get(Opportunity, deal_id)
    if deal is None or deal.deleted_at is not None:
        raise ProposalError("deal", QT_TRANSLATE_NOOP("Errors", "This deal was deleted meanwhile."))
    if find_stage(s, deal.stage_id).is_lost:
        raise ProposalError(
            "stage",
            QT_TRANSLATE_NOOP("Errors", "This deal is lost: reopen it to make a proposal."),
        )
    lines = lines_in(s, deal_id)
    if not lines:
        raise ProposalError("lines", NO_LINES)
    firm = company_in(s)
    valid_until = valid_until or today + timedelta(days=firm.validity_days)
    if valid_until < today:
        raise ProposalError(
            "valid_until",
            QT_TRANSLATE_NOOP("Errors", "The quote cannot be valid until a day gone by."),
        )
    terms_text = _long_text("terms", firm.terms if terms is None else terms, TERMS_MAX)
    notes_text = _long_text("notes", notes, NOTES_MAX)
    discount = _percent("discount_pct", discount_pct, 0.0)
    tax = _percent("tax_pct", tax_pct, firm.tax_pct)
    categories = dict(
        s.execute(
            select(Product.id, Product.category).where(
                Product.id.in_({line.product_id for line in lines})
            )
        ).all()
    )
    frozen = []
    for line in lines:
        amount = line_amount(line.quantity, line.unit_price, line.discount_pct)
        frozen.append(
            {
                "product": line.product,
                "sku": line.sku or "",
                "description": categories.get(line.product_id) or "",
                "quantity": str(dec(line.quantity)),
                "unit_price": str(dec(line.unit_price)),
                "discount_pct": str(dec(line.discount_pct)),
                "total": str(amount),
            }
        )
    totals = quote_totals((Decimal(f["total"]) for f in frozen), discount, tax)
    owner = s.get(User, deal.owner_id) if deal.owner_id else None
    version = (
        s.scalar(select(func.max(Proposal.version_no)).where(Proposal.opportunity_id == deal_id))
        or 0
    ) + 1
    row = Proposal(
        id=new_id or uuid.uuid4(),
        opportunity_id=deal_id,
        number=next_number(s, firm.number_prefix, today.year),
        version_no=version,
        created_by_id=user_id,
        valid_until=valid_until,
        currency=(owner.currency if owner else None) or "GBP",
        discount_pct=float(totals.discount_pct),
        tax_pct=float(totals.tax_pct),
        subtotal=float(totals.subtotal),
        discount_amount=float(totals.discount),
        tax_amount=float(totals.tax),
        total=float(totals.total),
        terms=terms_text or None,
        notes=notes_text or None,
        lines=frozen,
        customer=customer_block(s, deal),
        seller=seller_block(s, user_id),
        status=DRAFT,
    )
    s.add(row)
    s.flush()
    return row.id


def _row(p: Proposal) -> ProposalRow:
    return ProposalRow(
        p.id,
        p.number,
        p.version_no,
        p.created_at,
        p.valid_until,
        p.currency,
        dec(p.total),
        p.status,
        p.sent_at,
    )


def proposals_of(db: Database, deal_id: uuid.UUID) -> list[ProposalRow]:
    """The deal's proposals, newest version first."""
    with db.read() as s:
        rows = s.scalars(
            select(Proposal)
            .where(Proposal.opportunity_id == deal_id, Proposal.deleted_at.is_(None))
            .order_by(Proposal.version_no.desc())
        ).all()
        return [_row(p) for p in rows]


def _lines(stored: object) -> tuple[QuoteLine, ...]:
    out = []
    for item in stored if isinstance(stored, list) else ():
        if isinstance(item, dict):
            out.append(
                QuoteLine(
                    str(item.get("product", "")),
                    str(item.get("sku", "")),
                    str(item.get("description", "")),
                    dec(item.get("quantity", 0)),
                    dec(item.get("unit_price", 0)),
                    dec(item.get("discount_pct", 0)),
                    dec(item.get("total", 0)),
                )
            )
    return tuple(out)


def proposal(db: Database, proposal_id: uuid.UUID) -> ProposalDoc:
    """One version with all it prints; ProposalError if it is gone."""
    with db.read() as s:
        p = s.get(Proposal, proposal_id)
        if p is None or p.deleted_at is not None:
            raise ProposalError(
                "proposal", QT_TRANSLATE_NOOP("Errors", "This proposal was deleted meanwhile.")
            )
        deal = s.get(Opportunity, p.opportunity_id)
        author = s.get(User, p.created_by_id) if p.created_by_id else None
        logo = company_in(s).logo_bytes
        row = _row(p)
        return ProposalDoc(
            **row.__dict__,
            deal_id=p.opportunity_id,
            deal=deal.name if deal else "",
            created_by=author.name if author else "",
            discount_pct=dec(p.discount_pct),
            tax_pct=dec(p.tax_pct),
            subtotal=dec(p.subtotal),
            discount=dec(p.discount_amount),
            tax=dec(p.tax_amount),
            terms=p.terms or "",
            notes=p.notes or "",
            lines=_lines(p.lines),
            customer=p.customer if isinstance(p.customer, dict) else {},
            seller=p.seller if isinstance(p.seller, dict) else {},
            logo=logo,
        )


def latest_proposal(db: Database, deal_id: uuid.UUID, version: int | None = None):
    """The id of the deal's newest version (or of `version`); None when there is none."""
    with db.read() as s:
        stmt = select(Proposal.id).where(
            Proposal.opportunity_id == deal_id, Proposal.deleted_at.is_(None)
        )
        if version is not None:
            stmt = stmt.where(Proposal.version_no == version)
        return s.scalar(stmt.order_by(Proposal.version_no.desc()).limit(1))


def _live(s: Session, proposal_id: uuid.UUID) -> tuple[Proposal, Opportunity]:
    p = s.get(Proposal, proposal_id)
    deal = s.get(Opportunity, p.opportunity_id) if p is not None else None
    if p is None or p.deleted_at is not None or deal is None or deal.deleted_at is not None:
        raise ProposalError(
            "proposal", QT_TRANSLATE_NOOP("Errors", "This proposal was deleted meanwhile.")
        )
    return p, deal


def mark_sent(
    db: Database, proposal_id: uuid.UUID, user_id: uuid.UUID | None, now: datetime | None = None
) -> Sent:
    """Mark a draft sent (one transaction): a touch on the deal and, by the rule, the
    deal moved forward. ProposalError if it was sent, accepted or declined already."""
    with db.write() as s:
        p, deal = _live(s, proposal_id)
        if p.status != DRAFT:
            raise ProposalError(
                "status",
                QT_TRANSLATE_NOOP("Errors", "Proposal {number} was sent already."),
                number=p.number,
            )
        now = now or utcnow()
        p.status, p.sent_at = SENT, now
        log_sent_touch(s, deal, p.number, p.version_no, user_id, now)
        before, after = advance_on_send(s, deal, p.id, user_id, now)
        return Sent(p.id, before, after)


def _answer(db: Database, proposal_id: uuid.UUID, status: str) -> None:
    with db.write() as s:
        p, _deal = _live(s, proposal_id)
        if p.status in (ACCEPTED, DECLINED):
            raise ProposalError(
                "status",
                QT_TRANSLATE_NOOP("Errors", "Proposal {number} has its answer already."),
                number=p.number,
            )
        p.status = status
        p.sent_at = p.sent_at or utcnow()


def mark_accepted(db: Database, proposal_id: uuid.UUID) -> None:
    """The customer accepted this version (the deal is moved by the rep, not here)."""
    _answer(db, proposal_id, ACCEPTED)


def mark_declined(db: Database, proposal_id: uuid.UUID) -> None:
    _answer(db, proposal_id, DECLINED)


def deal_has_lines(db: Database, deal_id: uuid.UUID) -> bool:
    with db.read() as s:
        return bool(lines_in(s, deal_id))
