"""Calls: the plan, the run, the debrief, and the feedback on it; plus follow-up tasks."""

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
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class Call(Base):
    """One customer call from plan through check-in/out to debrief and review."""

    __tablename__ = "calls"
    __table_args__ = (
        # the review queue and the debriefs due (Today, the manager's team view)
        Index("ix_calls_reviewer_review", "reviewer_id", "review_status"),
        Index("ix_calls_owner_debriefed", "owner_id", "debriefed_at"),
        # the calls list: its order and most filters read from the index alone
        Index(
            "ix_calls_list",
            "planned_start",
            "id",
            "call_type",
            "status",
            "review_status",
            "debriefed_at",
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )

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
    # The debrief's lists, pre-filled from the plan and edited by the rep; they carry
    # into the next plan for the account. [text, ...] and [{"objection", "answer"}, ...]
    unasked_questions: Mapped[list | None] = mapped_column(JSON)
    unresolved_objections: Mapped[list | None] = mapped_column(JSON)
    debrief_version: Mapped[int] = mapped_column(Integer, default=0)
    # Which automation rule made this call (None: a person did), and where an imported
    # call came from (an ICS UID), so importing the same file twice adds nothing.
    created_by_rule: Mapped[str | None] = mapped_column(String(40))
    source_system: Mapped[str | None] = mapped_column(String(40))
    source_id: Mapped[str | None] = mapped_column(String(300), index=True)


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
    created_by_rule: Mapped[str | None] = mapped_column(String(40))


class DebriefVersion(Base):
    """A submitted debrief as it stood: edits after submission add a version."""

    __tablename__ = "debrief_versions"
    __table_args__ = (UniqueConstraint("call_id", "number"),)

    call_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("calls.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    content: Mapped[dict] = mapped_column(JSON)


class FormDraft(Base):
    """What a user typed into a plan, run, debrief or review form, saved as they type.

    `key` names the form and its record ("debrief:<call id>", "plan:new:<account id>"):
    a new call's plan has a draft before the call exists. Deleted on save or discard.
    """

    __tablename__ = "form_drafts"
    __table_args__ = (UniqueConstraint("user_id", "key"),)

    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(120))
    content: Mapped[dict] = mapped_column(JSON)
