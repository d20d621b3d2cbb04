"""Account plans with actions and stakeholders, and rep-to-account-manager handoffs."""

import uuid
from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class AccountPlan(Base):
    """The long-term plan for one key account."""

    __tablename__ = "account_plans"

    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), unique=True
    )
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    relationship_goals: Mapped[str | None] = mapped_column(Text)
    customer_needs: Mapped[str | None] = mapped_column(Text)
    whitespace: Mapped[str | None] = mapped_column(Text)
    risks: Mapped[str | None] = mapped_column(Text)
    review_date: Mapped[date | None] = mapped_column(Date)


class PlanAction(Base):
    """An item of an account plan's action plan."""

    __tablename__ = "plan_actions"

    plan_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("account_plans.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open")


class PlanStakeholder(Base):
    """A contact in an account plan with role and strength of our relationship (1-5)."""

    __tablename__ = "plan_stakeholders"

    plan_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("account_plans.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    role: Mapped[str | None] = mapped_column(String(80))
    relationship_strength: Mapped[int | None] = mapped_column()


class Handoff(Base):
    """The briefing from the rep who closed a deal to the account manager taking over."""

    __tablename__ = "handoffs"

    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    opportunity_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("opportunities.id", ondelete="SET NULL")
    )
    from_user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    to_user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    insights: Mapped[str | None] = mapped_column(Text)
    commitments: Mapped[str | None] = mapped_column(Text)
    key_contacts: Mapped[str | None] = mapped_column(Text)
    open_issues: Mapped[str | None] = mapped_column(Text)
    first_steps: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    accepted_at: Mapped[datetime | None] = mapped_column(DateTime)


class HandoffMessage(Base):
    """A question from the account manager about a handoff, or the rep's answer."""

    __tablename__ = "handoff_messages"

    handoff_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("handoffs.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(Text)
