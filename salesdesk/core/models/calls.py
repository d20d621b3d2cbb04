"""Calls: the plan, the run, the debrief, and the feedback on it; plus follow-up tasks."""

import uuid
from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class Call(Base):
    """One customer call from plan through check-in/out to debrief and review."""

    __tablename__ = "calls"

    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    opportunity_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("opportunities.id", ondelete="SET NULL")
    )
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    call_type: Mapped[str] = mapped_column(String(16), default="visit")
    status: Mapped[str] = mapped_column(String(16), default="planned", index=True)
    planned_start: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    duration_min: Mapped[int] = mapped_column(Integer, default=45)
    objective: Mapped[str | None] = mapped_column(Text)
    materials: Mapped[str | None] = mapped_column(Text)
    checked_in_at: Mapped[datetime | None] = mapped_column(DateTime)
    checked_out_at: Mapped[datetime | None] = mapped_column(DateTime)
    check_in_lat: Mapped[float | None] = mapped_column(Float)
    check_in_lon: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)
    went_well: Mapped[str | None] = mapped_column(Text)
    to_improve: Mapped[str | None] = mapped_column(Text)
    next_steps: Mapped[str | None] = mapped_column(Text)
    debriefed_at: Mapped[datetime | None] = mapped_column(DateTime)
    review_status: Mapped[str] = mapped_column(String(16), default="none")
    reviewer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    review_requested_at: Mapped[datetime | None] = mapped_column(DateTime)
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime)


class CallAttendee(Base):
    """A contact attending a call."""

    __tablename__ = "call_attendees"

    call_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("calls.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))


class CallQuestion(Base):
    """A question planned for a call, ticked when asked."""

    __tablename__ = "call_questions"

    call_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("calls.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    asked: Mapped[bool] = mapped_column(Boolean, default=False)
    carried_from_call_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("calls.id", ondelete="SET NULL")
    )


class CallObjection(Base):
    """An objection expected on a call with the prepared answer, and how it went."""

    __tablename__ = "call_objections"

    call_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("calls.id", ondelete="CASCADE"), index=True
    )
    objection: Mapped[str] = mapped_column(Text)
    prepared_answer: Mapped[str | None] = mapped_column(Text)
    raised: Mapped[bool] = mapped_column(Boolean, default=False)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    carried_from_call_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("calls.id", ondelete="SET NULL")
    )


class CallFeedback(Base):
    """A reviewer's comment on one section of a debrief."""

    __tablename__ = "call_feedback"

    call_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("calls.id", ondelete="CASCADE"), index=True
    )
    reviewer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    section: Mapped[str] = mapped_column(String(32))
    comment: Mapped[str] = mapped_column(Text)


class QuestionBankEntry(Base):
    """A reusable question, offered by call type and deal stage when planning."""

    __tablename__ = "question_bank"

    text: Mapped[str] = mapped_column(Text)
    call_type: Mapped[str | None] = mapped_column(String(16))
    stage_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("pipeline_stages.id"))


class ObjectionLibraryEntry(Base):
    """An objection heard before with the answer that worked, and how often it did."""

    __tablename__ = "objection_library"

    objection: Mapped[str] = mapped_column(Text)
    answer: Mapped[str | None] = mapped_column(Text)
    times_used: Mapped[int] = mapped_column(Integer, default=0)
    times_resolved: Mapped[int] = mapped_column(Integer, default=0)


class Task(Base):
    """A follow-up to do, often created from a debrief's next steps."""

    __tablename__ = "tasks"

    title: Mapped[str] = mapped_column(String(300))
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    account_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE")
    )
    opportunity_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("opportunities.id", ondelete="SET NULL")
    )
    call_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("calls.id", ondelete="SET NULL"))
