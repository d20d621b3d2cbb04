"""A deal created or edited, listed, found and read whole. One save is one transaction.

A new deal starts in the first open stage, and that start is the first row of its stage
history (from no stage). Its amount is never negative; a close date in the past on an
open deal is saved, with a warning, because the rep may be about to move it. A deal with
line items takes its amount from them (lines.save_lines), so the form cannot overwrite it.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from ..db import Database
from ..domain import DealKind, ForecastCategory
from ..errors import SalesDeskError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (
    Account,
    Contact,
    LineItem,
    Opportunity,
    OpportunityStakeholder,
    PipelineStage,
    StageChange,
    User,
)
from ..models.base import utcnow
from .common import category_of
from .moves import CLOSE_DATE_PAST, HistoryEntry, stage_history_in
from .stages import Stage, as_stage, find_stage, live_stages

NAME_MAX = 300
STAKEHOLDERS_DROPPED = QT_TRANSLATE_NOOP(
    "Errors", "{count} stakeholders from the previous account were taken off the plan."
)


class DealInputError(SalesDeskError):
    """Bad deal input; `field` names the form field the message belongs to ("account",
    "name", "kind", "amount", "owner", "category", "contact", "stakeholders", "lines"...)."""

    def __init__(self, field: str, template: str, **params: object) -> None:
        self.field = field
        super().__init__(template, **params)


@dataclass(frozen=True)
class DealInput:
    account_id: uuid.UUID | None
    name: str
    kind: str = DealKind.NEW_BUSINESS
    amount: float = 0.0
    close_date: date | None = None
    owner_id: uuid.UUID | None = None  # None on a new deal: the user saving it
    forecast_category: str | None = None  # None: follows the stage's probability
    primary_contact_id: uuid.UUID | None = None
    # The plan's text: None leaves what is saved (the Plan tab edits these).
    business_problem: str | None = None
    competitive_position: str | None = None
    next_step: str | None = None
    next_step_date: date | None = None
    id: uuid.UUID | None = None  # None: a new deal


@dataclass(frozen=True)
class SavedDeal:
    id: uuid.UUID
    created: bool
    warnings: tuple[tuple[str, dict], ...] = ()  # (template, params): saved all the same


@dataclass(frozen=True)
class DealDetail:
    id: uuid.UUID
    name: str
    kind: str
    account_id: uuid.UUID
    account: str
    stage: Stage
    stage_entered_at: datetime
    amount: float
    probability: float | None
    forecast_category: str | None  # as the rep set it (None: from the stage)
    category: str | None  # the one that counts (open deals)
    close_date: date | None
    closed_at: datetime | None
    lost_reason: str | None
    owner_id: uuid.UUID | None
    owner: str | None
    currency: str
    primary_contact_id: uuid.UUID | None
    primary_contact: str | None
    business_problem: str | None
    competitive_position: str | None
    next_step: str | None
    next_step_date: date | None
    qualification: dict | None
    created_by_rule: str | None
    line_count: int
    history: list[HistoryEntry] = field(default_factory=list)
    warnings: tuple[tuple[str, dict], ...] = ()


def close_date_warnings(
    stage: Stage, close_date: date | None, today: date | None = None
) -> tuple[tuple[str, dict], ...]:
    today = today or date.today()
    if stage.is_open and close_date is not None and close_date < today:
        return ((CLOSE_DATE_PAST, {"date": close_date.isoformat()}),)
    return ()


def live_deal(s: Session, deal_id: uuid.UUID) -> Opportunity:
    deal = s.get(Opportunity, deal_id)
    if deal is None or deal.deleted_at is not None:
        raise DealInputError(
            "deal", QT_TRANSLATE_NOOP("Errors", "This deal was deleted meanwhile.")
        )
    return deal


def _validate(data: DealInput) -> tuple[str, float]:
    if data.account_id is None:
        raise DealInputError("account", QT_TRANSLATE_NOOP("Errors", "Choose the deal's account."))
    name = " ".join((data.name or "").split())
    if not name:
        raise DealInputError("name", QT_TRANSLATE_NOOP("Errors", "Give the deal a name."))
    if len(name) > NAME_MAX:
        raise DealInputError(
            "name",
            QT_TRANSLATE_NOOP("Errors", "A deal's name has at most {max} characters."),
            max=NAME_MAX,
        )
    if data.kind not in DealKind._value2member_map_:
        raise DealInputError(
            "kind", QT_TRANSLATE_NOOP("Errors", "Unknown kind of deal {value}."), value=data.kind
        )
    amount = data.amount
    if amount is None or not math.isfinite(float(amount)) or float(amount) < 0:
        raise DealInputError(
            "amount",
            QT_TRANSLATE_NOOP(
                "Errors", "The amount cannot be negative: enter 0 or more, such as 12500."
            ),
        )
    category = data.forecast_category
    if category is not None and category not in ForecastCategory._value2member_map_:
        raise DealInputError(
            "category",
            QT_TRANSLATE_NOOP("Errors", "Unknown forecast category {value}."),
            value=category,
        )
    return name, float(amount)


def _check_links(s: Session, data: DealInput) -> Account:
    account = s.get(Account, data.account_id)
    if account is None or account.deleted_at is not None:
        raise DealInputError(
            "account", QT_TRANSLATE_NOOP("Errors", "The deal's account no longer exists.")
        )
    if data.owner_id is not None:
        owner = s.get(User, data.owner_id)
        if owner is None or owner.deleted_at is not None:
            raise DealInputError(
                "owner", QT_TRANSLATE_NOOP("Errors", "The deal's owner no longer exists.")
            )
    if data.primary_contact_id is not None:
        contact = s.get(Contact, data.primary_contact_id)
        if contact is None or contact.deleted_at is not None or contact.account_id != account.id:
            raise DealInputError(
                "contact",
                QT_TRANSLATE_NOOP(
                    "Errors", "The primary contact must be one of {account}'s contacts."
                ),
                account=account.name,
            )
    return account


def _first_open_stage(s: Session) -> Stage:
    stage = next((st for st in live_stages(s) if st.is_open), None)
    if stage is None:
        raise DealInputError(
            "stage",
            QT_TRANSLATE_NOOP("Errors", "There is no open pipeline stage to put the deal in."),
        )
    return stage


def _text(value: str | None) -> str | None:
    return (value or "").strip() or None


def save_deal(
    db: Database, data: DealInput, user_id: uuid.UUID | None = None, today: date | None = None
) -> SavedDeal:
    """Create (data.id None) or update a deal; DealInputError with the field, nothing
    written, on bad input."""
    name, amount = _validate(data)
    with db.write() as s:
        _check_links(s, data)
        warnings: list[tuple[str, dict]] = []
        now = utcnow()
        if data.id is None:
            stage = _first_open_stage(s)
            deal = Opportunity(
                stage_id=stage.id,
                stage_entered_at=now,
                probability=stage.probability,
                owner_id=data.owner_id or user_id,
            )
            s.add(deal)
        else:
            deal = live_deal(s, data.id)
            stage = find_stage(s, deal.stage_id)
            lines_total = _lines_total(s, deal.id)
            if lines_total is not None and abs(lines_total - amount) > 0.005:
                raise DealInputError(
                    "amount",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The amount follows the deal's line items ({total}); change the lines.",
                    ),
                    total=f"{lines_total:,.2f}",
                )
            if data.owner_id is not None:
                deal.owner_id = data.owner_id
            if deal.account_id != data.account_id:
                dropped = _drop_other_stakeholders(s, deal.id, data.account_id)
                if dropped:
                    warnings.append((STAKEHOLDERS_DROPPED, {"count": dropped}))
        deal.account_id = data.account_id
        deal.name = name
        deal.kind = str(data.kind)
        deal.amount = amount
        deal.close_date = data.close_date
        deal.forecast_category = data.forecast_category
        deal.primary_contact_id = data.primary_contact_id
        for attr in ("business_problem", "competitive_position", "next_step"):
            value = getattr(data, attr)
            if value is not None:
                setattr(deal, attr, _text(value))
        if data.next_step is not None or data.next_step_date is not None:
            deal.next_step_date = data.next_step_date
        s.flush()
        if data.id is None:
            s.add(
                StageChange(
                    opportunity_id=deal.id,
                    from_stage_id=None,
                    to_stage_id=stage.id,
                    changed_at=now,
                    changed_by_id=user_id,
                    amount=amount,
                )
            )
        warnings.extend(close_date_warnings(stage, data.close_date, today))
        return SavedDeal(deal.id, data.id is None, tuple(warnings))


def _lines_total(s: Session, deal_id: uuid.UUID) -> float | None:
    from .lines import line_total

    rows = s.execute(
        select(LineItem.quantity, LineItem.unit_price, LineItem.discount_pct).where(
            LineItem.opportunity_id == deal_id, LineItem.deleted_at.is_(None)
        )
    ).all()
    if not rows:
        return None
    return round(sum(line_total(q, p, d) for q, p, d in rows), 2)


def _drop_other_stakeholders(s: Session, deal_id: uuid.UUID, account_id: uuid.UUID) -> int:
    rows = s.scalars(
        select(OpportunityStakeholder)
        .join(Contact, Contact.id == OpportunityStakeholder.contact_id)
        .where(
            OpportunityStakeholder.opportunity_id == deal_id,
            OpportunityStakeholder.deleted_at.is_(None),
            Contact.account_id != account_id,
        )
    ).all()
    for row in rows:
        s.delete(row)
    return len(rows)


def deal_input(db: Database, deal_id: uuid.UUID) -> DealInput | None:
    """The saved deal as the form edits it (None: gone)."""
    with db.read() as s:
        deal = s.get(Opportunity, deal_id)
        if deal is None or deal.deleted_at is not None:
            return None
        return DealInput(
            account_id=deal.account_id,
            name=deal.name,
            kind=deal.kind,
            amount=deal.amount or 0.0,
            close_date=deal.close_date,
            owner_id=deal.owner_id,
            forecast_category=deal.forecast_category,
            primary_contact_id=deal.primary_contact_id,
            id=deal.id,
        )


def deal_detail(db: Database, deal_id: uuid.UUID, today: date | None = None) -> DealDetail | None:
    """Everything the deal panel's header, Deal and History tabs show (None: gone)."""
    owner, contact = aliased(User), aliased(Contact)
    with db.read() as s:
        row = s.execute(
            select(Opportunity, Account.name, owner.name, owner.currency, contact)
            .join(Account, Account.id == Opportunity.account_id)
            .outerjoin(owner, owner.id == Opportunity.owner_id)
            .outerjoin(contact, contact.id == Opportunity.primary_contact_id)
            .where(Opportunity.id == deal_id, Opportunity.deleted_at.is_(None))
        ).first()
        if row is None:
            return None
        deal, account, owner_name, currency, person = row
        # The stage even if deleted since: a deal never points at nothing.
        stage = as_stage(s.get(PipelineStage, deal.stage_id))
        history = stage_history_in(s, deal_id)
        lines = s.scalar(
            select(func.count())
            .select_from(LineItem)
            .where(LineItem.opportunity_id == deal_id, LineItem.deleted_at.is_(None))
        )
    probability = deal.probability if deal.probability is not None else stage.probability
    return DealDetail(
        id=deal.id,
        name=deal.name,
        kind=deal.kind,
        account_id=deal.account_id,
        account=account,
        stage=stage,
        stage_entered_at=deal.stage_entered_at,
        amount=deal.amount or 0.0,
        probability=deal.probability,
        forecast_category=deal.forecast_category,
        category=str(category_of(deal.forecast_category, probability)) if stage.is_open else None,
        close_date=deal.close_date,
        closed_at=deal.closed_at,
        lost_reason=deal.lost_reason,
        owner_id=deal.owner_id,
        owner=owner_name,
        currency=currency or "GBP",
        primary_contact_id=deal.primary_contact_id,
        primary_contact=person.name if person else None,
        business_problem=deal.business_problem,
        competitive_position=deal.competitive_position,
        next_step=deal.next_step,
        next_step_date=deal.next_step_date,
        qualification=deal.qualification if isinstance(deal.qualification, dict) else None,
        created_by_rule=deal.created_by_rule,
        line_count=int(lines or 0),
        history=history,
        warnings=close_date_warnings(stage, deal.close_date, today),
    )
