"""Feedback on debriefs: ask a peer or manager, comment per section, the review queue.

A review is overdue when it has waited more than REVIEW_DAYS; a debrief is overdue when
the call ended more than DEBRIEF_DAYS ago without one.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, case, delete, func, select
from sqlalchemy.orm import aliased

from ..db import Database
from ..domain import CallStatus, ReviewStatus, Role
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Account, Call, CallFeedback, User, utcnow
from .drafts import drop_draft
from .errors import CallInputError, live_call

SECTIONS = (
    "objective",
    "went_well",
    "to_improve",
    "unasked",
    "unresolved",
    "next_steps",
    "overall",
)
REVIEW_DAYS = 3
DEBRIEF_DAYS = 2


@dataclass(frozen=True)
class ReviewItem:
    call_id: uuid.UUID
    account: str
    author: str | None
    call_start: datetime | None
    debriefed_at: datetime | None
    requested_at: datetime | None
    overdue: bool


@dataclass(frozen=True)
class RepReviewStats:
    user_id: uuid.UUID
    name: str
    submitted: int  # debriefs written in the period
    requested: int  # waiting for a reviewer now
    reviewed: int  # debriefs of the period reviewed
    overdue_debriefs: int  # calls ended DEBRIEF_DAYS+ ago with no debrief (now)
    overdue_reviews: int  # reviews waiting REVIEW_DAYS+ (now)


def reviewers(db: Database, author_id: uuid.UUID | None) -> list[tuple[uuid.UUID, str, str]]:
    """Who can review `author_id`'s debriefs: everyone else, their manager first."""
    with db.read() as s:
        author = s.get(User, author_id) if author_id else None
        manager = author.manager_id if author else None
        rows = s.execute(
            select(User.id, User.name, User.role)
            .where(User.deleted_at.is_(None), User.id != author_id)
            .order_by(
                (User.id == manager).desc() if manager else User.name,
                (User.role == Role.SALES_MANAGER).desc(),
                User.name,
            )
        ).all()
    return [(r.id, r.name, r.role) for r in rows]


def request_review(
    db: Database, author_id: uuid.UUID | None, call_id: uuid.UUID, reviewer_id: uuid.UUID | None
) -> None:
    """Send the call's debrief to `reviewer_id` for feedback."""
    if reviewer_id is None:
        raise CallInputError(
            "reviewer", QT_TRANSLATE_NOOP("Errors", "Choose who should review this debrief.")
        )
    with db.write() as s:
        call = live_call(s, call_id)
        if call.debriefed_at is None:
            raise CallInputError(
                "reviewer",
                QT_TRANSLATE_NOOP("Errors", "Submit the debrief before asking for a review."),
            )
        if reviewer_id in (call.owner_id, author_id):
            raise CallInputError(
                "reviewer",
                QT_TRANSLATE_NOOP(
                    "Errors", "You cannot review your own debrief: choose a peer or a manager."
                ),
            )
        reviewer = s.get(User, reviewer_id)
        if reviewer is None or reviewer.deleted_at is not None:
            raise CallInputError(
                "reviewer", QT_TRANSLATE_NOOP("Errors", "That reviewer no longer exists.")
            )
        call.reviewer_id = reviewer_id
        call.review_status = ReviewStatus.REQUESTED
        call.review_requested_at = utcnow()
        call.reviewed_at = None


def submit_review(
    db: Database,
    reviewer_id: uuid.UUID | None,
    call_id: uuid.UUID,
    comments: dict[str, str],
    mark_reviewed: bool = True,
    draft_key: str | None = None,
) -> None:
    """Save the reviewer's comments per section (replacing their earlier ones) and, with
    `mark_reviewed`, mark the debrief reviewed."""
    unknown = set(comments) - set(SECTIONS)
    if unknown:
        raise CallInputError(
            "section",
            QT_TRANSLATE_NOOP("Errors", "Unknown debrief section {name}."),
            name=", ".join(sorted(unknown)),
        )
    with db.write() as s:
        call = live_call(s, call_id)
        if call.debriefed_at is None:
            raise CallInputError(
                "call", QT_TRANSLATE_NOOP("Errors", "There is no debrief to review yet.")
            )
        if reviewer_id is not None and reviewer_id == call.owner_id:
            raise CallInputError(
                "reviewer",
                QT_TRANSLATE_NOOP(
                    "Errors", "You cannot review your own debrief: choose a peer or a manager."
                ),
            )
        if call.reviewer_id not in (None, reviewer_id) and not _is_manager(s, reviewer_id):
            raise CallInputError(
                "reviewer",
                QT_TRANSLATE_NOOP("Errors", "This debrief was sent to someone else for review."),
            )
        if mark_reviewed and not any(c.strip() for c in comments.values()):
            raise CallInputError(
                "overall",
                QT_TRANSLATE_NOOP("Errors", "Write at least one comment before marking reviewed."),
            )
        s.execute(
            delete(CallFeedback).where(
                CallFeedback.call_id == call_id, CallFeedback.reviewer_id == reviewer_id
            )
        )
        for section in SECTIONS:
            text = (comments.get(section) or "").strip()
            if text:
                s.add(
                    CallFeedback(
                        call_id=call_id, reviewer_id=reviewer_id, section=section, comment=text
                    )
                )
        if call.reviewer_id is None or mark_reviewed:
            # who actually reviewed (a manager may stand in for the one asked)
            call.reviewer_id = reviewer_id
            call.review_requested_at = call.review_requested_at or utcnow()
        if mark_reviewed:
            call.review_status = ReviewStatus.REVIEWED
            call.reviewed_at = utcnow()
        elif call.review_status == ReviewStatus.NONE:
            call.review_status = ReviewStatus.REQUESTED
        drop_draft(s, reviewer_id, draft_key)


def _is_manager(s, user_id: uuid.UUID | None) -> bool:
    user = s.get(User, user_id) if user_id else None
    return user is not None and user.role == Role.SALES_MANAGER


def review_queue(
    db: Database, reviewer_id: uuid.UUID | None, now: datetime | None = None
) -> list[ReviewItem]:
    """Debriefs waiting for `reviewer_id`, the longest waiting first."""
    now = now or utcnow()
    author = aliased(User)
    with db.read() as s:
        rows = s.execute(
            select(
                Call.id,
                Account.name,
                author.name,
                Call.planned_start,
                Call.debriefed_at,
                Call.review_requested_at,
            )
            .join(Account, Account.id == Call.account_id)
            .outerjoin(author, author.id == Call.owner_id)
            .where(
                Call.reviewer_id == reviewer_id,
                Call.review_status == ReviewStatus.REQUESTED,
                Call.deleted_at.is_(None),
            )
            .order_by(Call.review_requested_at.nulls_first(), Call.debriefed_at)
        ).all()
    limit = now - timedelta(days=REVIEW_DAYS)
    return [ReviewItem(*row, row[5] is not None and row[5] < limit) for row in rows]


def team_review_stats(
    db: Database,
    manager_id: uuid.UUID | None,
    since: datetime,
    now: datetime | None = None,
) -> list[RepReviewStats]:
    """Per rep (the manager's direct reports, or every non-manager when none report to
    them): debriefs submitted and reviewed since `since`, and what is overdue now."""
    now = now or utcnow()
    review_limit = now - timedelta(days=REVIEW_DAYS)
    debrief_limit = now - timedelta(days=DEBRIEF_DAYS)
    ended = func.coalesce(Call.checked_out_at, Call.planned_start)
    with db.read() as s:
        reps = (
            s.execute(
                select(User.id, User.name).where(
                    User.manager_id == manager_id, User.deleted_at.is_(None)
                )
            ).all()
            if manager_id
            else []
        )
        if not reps:
            reps = s.execute(
                select(User.id, User.name).where(
                    User.role != Role.SALES_MANAGER, User.deleted_at.is_(None)
                )
            ).all()
        ids = [r.id for r in reps]
        live = and_(Call.owner_id.in_(ids), Call.deleted_at.is_(None))
        stats = {
            row.owner_id: row
            for row in s.execute(
                select(
                    Call.owner_id,
                    func.sum(case((Call.debriefed_at >= since, 1), else_=0)).label("submitted"),
                    func.sum(
                        case((Call.review_status == ReviewStatus.REQUESTED, 1), else_=0)
                    ).label("requested"),
                    func.sum(
                        case(
                            (
                                and_(
                                    Call.review_status == ReviewStatus.REVIEWED,
                                    Call.debriefed_at >= since,
                                ),
                                1,
                            ),
                            else_=0,
                        )
                    ).label("reviewed"),
                    func.sum(
                        case(
                            (
                                and_(
                                    Call.debriefed_at.is_(None),
                                    Call.status != CallStatus.CANCELLED,
                                    # a call checked in and not out is still running
                                    ~and_(
                                        Call.checked_in_at.is_not(None),
                                        Call.checked_out_at.is_(None),
                                    ),
                                    ended < debrief_limit,
                                ),
                                1,
                            ),
                            else_=0,
                        )
                    ).label("overdue_debriefs"),
                    func.sum(
                        case(
                            (
                                and_(
                                    Call.review_status == ReviewStatus.REQUESTED,
                                    Call.review_requested_at < review_limit,
                                ),
                                1,
                            ),
                            else_=0,
                        )
                    ).label("overdue_reviews"),
                )
                .where(live)
                .group_by(Call.owner_id)
            )
        }
    out = []
    for rep_id, name in reps:
        row = stats.get(rep_id)
        values = (
            (row.submitted, row.requested, row.reviewed, row.overdue_debriefs, row.overdue_reviews)
            if row
            else (0, 0, 0, 0, 0)
        )
        out.append(RepReviewStats(rep_id, name, *(int(v or 0) for v in values)))
    return sorted(out, key=lambda r: (-r.overdue_debriefs - r.overdue_reviews, r.name))
