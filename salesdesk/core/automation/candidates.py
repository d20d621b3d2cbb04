"""Automation candidates are repeated manual work a rule or automatic capture could do,
each with a count and an estimate of minutes saved (the `*_MINUTES` constants below are
deliberately conservative guesses of the typing each record takes, not measurements):

- `manual_admin`: hours typed as admin/CRM entry; a quarter of them is counted as
  saved (`ADMIN_SHARE_SAVED`), what the automatic rules take off the keyboard.
- `manual_selling_time`: face-to-face/phone time typed by hand, which call check-in/out
  records by itself (`SELLING_ENTRY_MINUTES` per entry).
- `hand_follow_up_tasks` / `hand_follow_up_calls`: tasks and calls typed by hand
  (`created_by_rule` NULL) on an account within `FOLLOW_UP_WINDOW_DAYS` after one of its
  calls was debriefed with next steps: the debrief rule (`debrief_next_step`) would
  have made them (`TASK_MINUTES`, `CALL_MINUTES` each).
- `hand_accounts` / `hand_contacts`: accounts and contacts typed by hand within
  `QUALIFY_WINDOW_DAYS` after a lead with the same company name / e-mail (or linked to
  it) was qualified: qualifying creates them (rule `lead_qualified`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from ..domain import TimeSource
from ..models import Account, Call, Contact, Lead, Task, TimeEntry
from ..today import utc_start_of

ADMIN_SHARE_SAVED = 0.25
SELLING_ENTRY_MINUTES = 2
TASK_MINUTES = 3
CALL_MINUTES = 5
ACCOUNT_MINUTES = 5
CONTACT_MINUTES = 3
FOLLOW_UP_WINDOW_DAYS = 2
QUALIFY_WINDOW_DAYS = 1
SELLING = ("selling_face_to_face", "selling_remote")


@dataclass(frozen=True)
class Candidate:
    kind: str
    count: int
    minutes_saved: int


def live_entries(ids: Iterable[uuid.UUID]):
    """The live time entries of these people (a where clause)."""
    return [TimeEntry.deleted_at.is_(None), TimeEntry.user_id.in_(list(ids))]


def _days_between(later, earlier):
    return func.julianday(later) - func.julianday(earlier)


def find_candidates(
    s: Session, ids: Sequence[uuid.UUID], week_start: date, mine: dict
) -> list[Candidate]:
    start, end = utc_start_of(week_start), utc_start_of(week_start + timedelta(days=7))
    found: list[Candidate] = []

    admin = sum(
        m for (w, c, src), m in mine.items() if w == 0 and c == "admin" and src != TimeSource.AUTO
    )
    admin_entries, selling_entries = s.execute(
        select(
            func.count().filter(TimeEntry.category == "admin"),
            func.count().filter(TimeEntry.category.in_(SELLING)),
        ).where(
            *live_entries(ids),
            TimeEntry.source != TimeSource.AUTO,
            TimeEntry.started_at >= start,
            TimeEntry.started_at < end,
        )
    ).one()
    if admin_entries:
        found.append(Candidate("manual_admin", admin_entries, round(admin * ADMIN_SHARE_SAVED)))
    if selling_entries:
        found.append(
            Candidate(
                "manual_selling_time", selling_entries, selling_entries * SELLING_ENTRY_MINUTES
            )
        )

    debriefed = aliased(Call)

    def after_debrief(account_col, created_col, not_self=None):
        cond = [
            debriefed.account_id == account_col,
            debriefed.deleted_at.is_(None),
            debriefed.debriefed_at.is_not(None),
            func.coalesce(func.trim(debriefed.next_steps), "") != "",
            _days_between(created_col, debriefed.debriefed_at).between(0, FOLLOW_UP_WINDOW_DAYS),
        ]
        if not_self is not None:
            cond.append(debriefed.id != not_self)
        return exists(select(debriefed.id).where(*cond))

    tasks = s.scalar(
        select(func.count(Task.id)).where(
            Task.deleted_at.is_(None),
            Task.created_by_rule.is_(None),
            Task.owner_id.in_(ids),
            Task.created_at >= start,
            Task.created_at < end,
            after_debrief(Task.account_id, Task.created_at),
        )
    )
    calls = s.scalar(
        select(func.count(Call.id)).where(
            Call.deleted_at.is_(None),
            Call.created_by_rule.is_(None),
            Call.owner_id.in_(ids),
            Call.created_at >= start,
            Call.created_at < end,
            after_debrief(Call.account_id, Call.created_at, Call.id),
        )
    )
    if tasks:
        found.append(Candidate("hand_follow_up_tasks", tasks, tasks * TASK_MINUTES))
    if calls:
        found.append(Candidate("hand_follow_up_calls", calls, calls * CALL_MINUTES))

    lead = aliased(Lead)
    accounts = s.scalar(
        select(func.count(Account.id)).where(
            Account.deleted_at.is_(None),
            Account.created_by_rule.is_(None),
            Account.owner_id.in_(ids),
            Account.created_at >= start,
            Account.created_at < end,
            exists(
                select(lead.id).where(
                    lead.qualified_at.is_not(None),
                    _days_between(Account.created_at, lead.qualified_at).between(
                        0, QUALIFY_WINDOW_DAYS
                    ),
                    or_(
                        lead.account_id == Account.id,
                        and_(
                            lead.company.is_not(None),
                            func.lower(lead.company) == func.lower(Account.name),
                        ),
                    ),
                )
            ),
        )
    )
    contacts = s.scalar(
        select(func.count(func.distinct(Contact.id)))
        .select_from(Contact)
        .join(
            lead,
            and_(
                lead.qualified_at.is_not(None),
                lead.owner_id.in_(ids),
                or_(
                    lead.contact_id == Contact.id,
                    and_(
                        lead.email.is_not(None),
                        func.lower(lead.email) == func.lower(Contact.email),
                    ),
                ),
            ),
        )
        .where(
            Contact.deleted_at.is_(None),
            Contact.created_by_rule.is_(None),
            Contact.created_at >= start,
            Contact.created_at < end,
            _days_between(Contact.created_at, lead.qualified_at).between(0, QUALIFY_WINDOW_DAYS),
        )
    )
    if accounts:
        found.append(Candidate("hand_accounts", accounts, accounts * ACCOUNT_MINUTES))
    if contacts:
        found.append(Candidate("hand_contacts", contacts, contacts * CONTACT_MINUTES))
    found.sort(key=lambda c: -c.minutes_saved)
    return found
