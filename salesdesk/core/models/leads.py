"""Leads and their qualification against a configurable framework of criteria."""

import uuid
from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class QualificationFramework(Base):
    """A named set of criteria (default, BANT, MEDDIC...) assigned per team or source."""

    __tablename__ = "qualification_frameworks"

    name: Mapped[str] = mapped_column(String(120))
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    qualify_threshold: Mapped[float] = mapped_column(Float, default=60.0)
    lead_source: Mapped[str | None] = mapped_column(String(80))
    # The team it is assigned to: the reps whose manager this is (and the manager).
    manager_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    description: Mapped[str | None] = mapped_column(Text)


class QualificationCriterion(Base):
    """One question of a framework: answer type, weight, and whether it knocks out."""

    __tablename__ = "qualification_criteria"

    framework_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("qualification_frameworks.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    key: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(120))
    question: Mapped[str] = mapped_column(Text)
    answer_type: Mapped[str] = mapped_column(String(16))  # yes_no, scale, choice, number, text
    options: Mapped[list | None] = mapped_column(JSON)
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    required: Mapped[bool] = mapped_column(Boolean, default=False)


class Lead(Base):
    """A person and/or company not yet qualified, with its status and created records."""

    __tablename__ = "leads"

    first_name: Mapped[str | None] = mapped_column(String(120))
    last_name: Mapped[str | None] = mapped_column(String(120))
    company: Mapped[str | None] = mapped_column(String(300), index=True)
    title: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(40))
    phone_e164: Mapped[str | None] = mapped_column(String(20))
    phone_valid: Mapped[bool | None] = mapped_column(Boolean)
    website: Mapped[str | None] = mapped_column(String(300))
    city: Mapped[str | None] = mapped_column(String(120))
    region: Mapped[str | None] = mapped_column(String(120))
    country: Mapped[str | None] = mapped_column(String(2))
    industry: Mapped[str | None] = mapped_column(String(100))
    employees: Mapped[int | None] = mapped_column(Integer)
    annual_revenue: Mapped[float | None] = mapped_column(Float)
    source: Mapped[str | None] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(16), default="new", index=True)
    disqualify_reason: Mapped[str | None] = mapped_column(String(80))
    score: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str | None] = mapped_column(Text)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    framework_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("qualification_frameworks.id")
    )
    qualified_at: Mapped[datetime | None] = mapped_column(DateTime)
    disqualified_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Another lead with the same email, flagged on entry and on import (not merged).
    duplicate_of_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("leads.id", ondelete="SET NULL")
    )
    account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id"))
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"))
    opportunity_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("opportunities.id"))
    source_system: Mapped[str | None] = mapped_column(String(40))
    source_id: Mapped[str | None] = mapped_column(String(100))


# Duplicates are found by email whatever its case, on entry and on import.
Index("ix_leads_email_lower", func.lower(Lead.email))


class LeadAnswer(Base):
    """A lead's answer to one criterion, kept as text with the points it scored."""

    __tablename__ = "lead_answers"

    lead_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("leads.id", ondelete="CASCADE"), index=True
    )
    criterion_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("qualification_criteria.id", ondelete="CASCADE")
    )
    value: Mapped[str | None] = mapped_column(Text)
    points: Mapped[float | None] = mapped_column(Float)
