"""Opportunities (deals), pipeline stages, stage history, touches, products, line items,
proposals."""

import uuid
from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class PipelineStage(Base):
    """A configurable stage with its default win probability (percent)."""

    __tablename__ = "pipeline_stages"

    name: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(Integer)
    probability: Mapped[float] = mapped_column(Float)
    is_won: Mapped[bool] = mapped_column(Boolean, default=False)
    is_lost: Mapped[bool] = mapped_column(Boolean, default=False)
    # A deal this many days in the stage is stalled (None: never).
    stall_days: Mapped[int | None] = mapped_column(Integer)


class Opportunity(Base):
    """A deal: its stage and value, and the opportunity plan written for it."""

    __tablename__ = "opportunities"

    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(16), default="new_business")
    stage_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pipeline_stages.id"), index=True)
    stage_entered_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    amount: Mapped[float] = mapped_column(Float, default=0.0)
    probability: Mapped[float | None] = mapped_column(Float)
    # pipeline / best_case / commit / omitted; None = from the stage's probability.
    forecast_category: Mapped[str | None] = mapped_column(String(16))
    close_date: Mapped[date | None] = mapped_column(Date, index=True)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    lost_reason: Mapped[str | None] = mapped_column(String(120))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    primary_contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"))
    business_problem: Mapped[str | None] = mapped_column(Text)
    competitive_position: Mapped[str | None] = mapped_column(Text)
    next_step: Mapped[str | None] = mapped_column(Text)
    next_step_date: Mapped[date | None] = mapped_column(Date)
    # The qualification it came from: framework, score, verdict, each question and answer.
    qualification: Mapped[dict | None] = mapped_column(JSON)
    created_by_rule: Mapped[str | None] = mapped_column(String(40))
    source_system: Mapped[str | None] = mapped_column(String(40))
    source_id: Mapped[str | None] = mapped_column(String(100))


class OpportunityStakeholder(Base):
    """A contact's role in one deal's decision and their attitude to us."""

    __tablename__ = "opportunity_stakeholders"

    opportunity_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    decision_role: Mapped[str] = mapped_column(String(32))
    attitude: Mapped[str | None] = mapped_column(String(32))  # supportive, neutral, opposed


class Competitor(Base):
    """A competitor in one deal with our strengths and weaknesses against it."""

    __tablename__ = "competitors"

    opportunity_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    our_strengths: Mapped[str | None] = mapped_column(Text)
    our_weaknesses: Mapped[str | None] = mapped_column(Text)


class StageChange(Base):
    """One move of a deal between stages (forwards, backwards, won or lost)."""

    __tablename__ = "stage_changes"

    opportunity_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), index=True
    )
    from_stage_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("pipeline_stages.id"))
    to_stage_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pipeline_stages.id"))
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    changed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    # The deal's amount and the lost reason at the move, for history and what-works.
    amount: Mapped[float | None] = mapped_column(Float)
    reason: Mapped[str | None] = mapped_column(String(120))


class Touch(Base):
    """A contact with a customer: the channel and tactic used, and what came of it."""

    __tablename__ = "touches"

    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    opportunity_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"))
    call_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("calls.id", ondelete="SET NULL"))
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    channel: Mapped[str] = mapped_column(String(16))
    tactic: Mapped[str | None] = mapped_column(String(80))
    outcome: Mapped[str | None] = mapped_column(Text)
    occurred_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)


class Product(Base):
    """Something we sell, with its list price."""

    __tablename__ = "products"

    name: Mapped[str] = mapped_column(String(200))
    sku: Mapped[str | None] = mapped_column(String(60), unique=True)
    category: Mapped[str | None] = mapped_column(String(80))
    unit_price: Mapped[float] = mapped_column(Float, default=0.0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class LineItem(Base):
    """A product on a deal: quantity, price and discount (the basis of a proposal)."""

    __tablename__ = "line_items"

    opportunity_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), index=True
    )
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    quantity: Mapped[float] = mapped_column(Float, default=1.0)
    unit_price: Mapped[float] = mapped_column(Float)
    discount_pct: Mapped[float] = mapped_column(Float, default=0.0)


class Proposal(Base):
    """One issued version of a quote for a deal, frozen as it was made.

    The lines and the customer block are copied into JSON so a version prints exactly as
    issued after the deal, its products or its account change. Amounts are stored rounded
    to cents (computed with Decimal in deals/proposals.py; a float holds cents exactly
    enough that str() gives them back).
    """

    __tablename__ = "proposals"

    opportunity_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), index=True
    )
    # "Q-2026-0042": prefix from the company settings, a sequence per year, never reused.
    number: Mapped[str] = mapped_column(String(40), unique=True)
    # 1, 2, ... per deal ("version" is the row version every table has, see base.py).
    version_no: Mapped[int] = mapped_column(Integer)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    valid_until: Mapped[date] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3))
    discount_pct: Mapped[float] = mapped_column(Float, default=0.0)
    tax_pct: Mapped[float] = mapped_column(Float, default=0.0)
    subtotal: Mapped[float] = mapped_column(Float)
    discount_amount: Mapped[float] = mapped_column(Float)
    tax_amount: Mapped[float] = mapped_column(Float)
    total: Mapped[float] = mapped_column(Float)
    terms: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    # [{"product", "sku", "description", "quantity", "unit_price", "discount_pct", "total"}]
    lines: Mapped[list] = mapped_column(JSON)
    # {"account", "contact", "address": [...], "email", "phone", "deal", "prepared_by"}
    customer: Mapped[dict] = mapped_column(JSON)
    # The company block and who prepared it, as printed (the logo is the current one).
    seller: Mapped[dict] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft/sent/accepted/declined
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)


class QuotaSnapshot(Base):
    """One rep's position against the month's quota as known at `taken_at`.

    Taken automatically at the first start of each week and on demand; a past week shows
    the last snapshot taken in it, what was really known then, never a recomputation.
    """

    __tablename__ = "quota_snapshots"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    month: Mapped[date] = mapped_column(Date)  # the first day of the month
    week_start: Mapped[date] = mapped_column(Date)  # the Monday of the week it was taken
    taken_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(8), default="auto")  # auto / manual
    quota: Mapped[float] = mapped_column(Float, default=0.0)
    closed_won: Mapped[float] = mapped_column(Float, default=0.0)
    commit: Mapped[float] = mapped_column(Float, default=0.0)
    best_case: Mapped[float] = mapped_column(Float, default=0.0)
    pipeline: Mapped[float] = mapped_column(Float, default=0.0)
    open_deals: Mapped[int] = mapped_column(Integer, default=0)
    # {"won": n, "commit": n, ...} counts, and anything a later report needs.
    details: Mapped[dict | None] = mapped_column(JSON)


# The quota dashboard's months of moves, read from the index alone (no row lookups).
Index(
    "ix_stage_changes_window",
    StageChange.changed_at,
    StageChange.opportunity_id,
    StageChange.from_stage_id,
    StageChange.to_stage_id,
    StageChange.deleted_at,
)
Index("ix_quota_snapshots_user_month", QuotaSnapshot.user_id, QuotaSnapshot.month)
