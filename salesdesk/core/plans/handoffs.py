"""The handoff from the rep who won the business to the account manager taking over.

draft → sent → (questions ⇄ sent) → accepted. The rep (the sender) writes the briefing
and sends it to an account manager; the account manager (the recipient) can ask
questions, which the rep answers, and accepts. Each step is one transaction.

Accepting transfers ownership: the recipient becomes the account's account manager
*and* its owner (the account then sits in their "My accounts" and their territory
lists, and the rep's lists no longer carry it), and owns the account plan. Deals keep
their owners: the won deal stays the rep's sale. The plan is started if there is none
or updated: each line of the recommended first steps becomes an open action owned by
the account manager, due in FIRST_STEPS_DUE_DAYS, and the open issues are added to the
risks. The ownership change and every plan change go into the plan's history.

A deal won on an account without an account manager starts a draft automatically
(on_deal_won, called by deals.moves.move_deal in the move's transaction).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..automation import rules
from ..db import Database
from ..domain import ActionStatus, HandoffStatus, Role
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Account, Handoff, HandoffMessage, Opportunity, User
from ..models.base import utcnow
from .errors import PlanInputError
from .handoff_lists import (
    Briefing,
    HandoffDetail,
    HandoffQueue,
    HandoffRow,
    account_handoffs,
    account_managers,
    all_handoffs,
    handoff_detail,
    handoff_queue,
)
from .history import ACCOUNT_ENTITY, log_change
from .inputs import TITLE_MAX, ActionInput, PlanInput, clean
from .plans import apply_plan, read_plan

__all__ = [
    "Accepted",
    "Briefing",
    "HandoffDetail",
    "HandoffQueue",
    "HandoffRow",
    "accept",
    "account_handoffs",
    "account_managers",
    "all_handoffs",
    "answer",
    "ask",
    "handoff_detail",
    "handoff_queue",
    "on_deal_won",
    "save_briefing",
    "send",
    "start_handoff",
]
REQUIRED = ("insights", "commitments", "key_contacts", "first_steps")
OPEN = (HandoffStatus.DRAFT, HandoffStatus.SENT, HandoffStatus.QUESTIONS)
FIRST_STEPS_DUE_DAYS = 14
_BULLET = re.compile(r"^\s*(?:[-*•–·]|\d+[.)])\s*")


@dataclass(frozen=True)
class Accepted:
    handoff_id: uuid.UUID
    account_id: uuid.UUID
    plan_id: uuid.UUID
    plan_started: bool  # False: an existing plan was updated
    actions_added: int


# the workflow ----------------------------------------------------------------------------
def start_handoff(
    db: Database,
    account_id: uuid.UUID,
    to_user_id: uuid.UUID | None,
    from_user_id: uuid.UUID | None,
    opportunity_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """A draft handoff of the account from `from_user_id` (optionally to an account
    manager chosen already); refused while the account has another one open."""
    with db.write() as s:
        account = s.get(Account, account_id)
        if account is None or account.deleted_at is not None:
            raise PlanInputError(
                "account", QT_TRANSLATE_NOOP("Errors", "This account was deleted meanwhile.")
            )
        if _open_handoff(s, account_id) is not None:
            raise PlanInputError(
                "account",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This account already has a handoff in progress: finish that one first.",
                ),
            )
        if opportunity_id is not None:
            deal = s.get(Opportunity, opportunity_id)
            if deal is None or deal.account_id != account_id:
                raise PlanInputError(
                    "deal", QT_TRANSLATE_NOOP("Errors", "That deal is not this account's.")
                )
        if to_user_id is not None:
            _check_recipient(s, to_user_id, from_user_id)
        handoff = Handoff(
            account_id=account_id,
            opportunity_id=opportunity_id,
            from_user_id=from_user_id,
            to_user_id=to_user_id,
            status=HandoffStatus.DRAFT,
        )
        s.add(handoff)
        s.flush()
        return handoff.id


def save_briefing(
    db: Database,
    handoff_id: uuid.UUID,
    user_id: uuid.UUID | None,
    briefing: Briefing,
    to_user_id: uuid.UUID | None = None,
) -> None:
    """The sender writes (or corrects) the briefing until it is accepted; `to_user_id`
    chooses the account manager while it is a draft (None keeps the one chosen)."""
    with db.write() as s:
        h = _live(s, handoff_id)
        _only_sender(h, user_id)
        if h.status == HandoffStatus.ACCEPTED:
            raise PlanInputError(
                "status",
                QT_TRANSLATE_NOOP("Errors", "This handoff was accepted: it can no longer change."),
            )
        if to_user_id is not None and to_user_id != h.to_user_id:
            if h.status != HandoffStatus.DRAFT:
                raise PlanInputError(
                    "recipient",
                    QT_TRANSLATE_NOOP(
                        "Errors", "The handoff was sent: its account manager can no longer change."
                    ),
                )
            _check_recipient(s, to_user_id, h.from_user_id)
            h.to_user_id = to_user_id
        if h.from_user_id is None:
            h.from_user_id = user_id
        for f in fields(Briefing):
            setattr(h, f.name, clean(getattr(briefing, f.name)))


def send(db: Database, handoff_id: uuid.UUID, user_id: uuid.UUID | None) -> None:
    """Draft → sent, for the sender, once the briefing's required parts are written and an
    account manager is chosen."""
    with db.write() as s:
        h = _live(s, handoff_id)
        _only_sender(h, user_id)
        if h.status != HandoffStatus.DRAFT:
            raise PlanInputError(
                "status", QT_TRANSLATE_NOOP("Errors", "This handoff was sent already.")
            )
        if h.to_user_id is None:
            raise PlanInputError(
                "recipient",
                QT_TRANSLATE_NOOP("Errors", "Choose the account manager to hand the account to."),
            )
        _check_recipient(s, h.to_user_id, h.from_user_id)
        for name in REQUIRED:
            if not clean(getattr(h, name)):
                raise PlanInputError(name, _MISSING[name])
        h.status = HandoffStatus.SENT
        h.sent_at = utcnow()


def ask(db: Database, handoff_id: uuid.UUID, author_id: uuid.UUID | None, question: str) -> None:
    """The account manager asks the rep a question (→ questions)."""
    with db.write() as s:
        h = _live(s, handoff_id)
        only = QT_TRANSLATE_NOOP(
            "Errors", "Only {name}, who received this handoff, can ask questions about it."
        )
        _only_recipient(s, h, author_id, only)
        if h.status not in (HandoffStatus.SENT, HandoffStatus.QUESTIONS):
            raise PlanInputError(
                "status",
                QT_TRANSLATE_NOOP("Errors", "Questions can be asked only on a sent handoff."),
            )
        _message(s, h, author_id, question)
        h.status = HandoffStatus.QUESTIONS


def answer(db: Database, handoff_id: uuid.UUID, author_id: uuid.UUID | None, text: str) -> None:
    """The rep answers the questions (→ sent, the account manager's move again)."""
    with db.write() as s:
        h = _live(s, handoff_id)
        _only_sender(h, author_id)
        if h.status != HandoffStatus.QUESTIONS:
            raise PlanInputError(
                "status", QT_TRANSLATE_NOOP("Errors", "There is no question waiting for an answer.")
            )
        _message(s, h, author_id, text)
        h.status = HandoffStatus.SENT


def accept(
    db: Database, handoff_id: uuid.UUID, user_id: uuid.UUID | None, today: date | None = None
) -> Accepted:
    """The recipient accepts: ownership moves to them and the account plan is started or
    updated (see the module docstring), all in one transaction."""
    today = today or date.today()
    with db.write() as s:
        h = _live(s, handoff_id)
        if h.status == HandoffStatus.ACCEPTED:
            raise PlanInputError(
                "status", QT_TRANSLATE_NOOP("Errors", "This handoff was accepted already.")
            )
        if h.status == HandoffStatus.DRAFT:
            raise PlanInputError(
                "status", QT_TRANSLATE_NOOP("Errors", "This handoff has not been sent yet.")
            )
        only = QT_TRANSLATE_NOOP("Errors", "Only {name}, who received this handoff, can accept it.")
        _only_recipient(s, h, user_id, only)
        account = s.get(Account, h.account_id)
        names = dict(s.execute(select(User.id, User.name)).all())
        for attr, name in (
            ("owner_id", "account_owner"),
            ("account_manager_id", "account_manager"),
        ):
            old = getattr(account, attr)
            if old != user_id:
                log_change(
                    s, user_id, ACCOUNT_ENTITY, account.id, name, names.get(old), names[user_id]
                )
                setattr(account, attr, user_id)
        plan = read_plan(s, account.id)
        data = plan.as_input() if plan else PlanInput()
        titles = {a.title.casefold() for a in data.actions}
        steps = [t for t in first_steps(h.first_steps) if t.casefold() not in titles]
        due = today + timedelta(days=FIRST_STEPS_DUE_DAYS)
        risks = data.risks
        issues = clean(h.open_issues)
        if issues and issues not in (risks or ""):
            risks = f"{risks}\n\n{issues}" if risks else issues
        data = replace(
            data,
            owner_id=user_id,
            risks=risks,
            actions=(
                *data.actions,
                *(ActionInput(t, user_id, due, ActionStatus.OPEN) for t in steps),
            ),
        )
        saved = apply_plan(s, account.id, data, user_id)
        h.status = HandoffStatus.ACCEPTED
        h.accepted_at = utcnow()
        return Accepted(h.id, account.id, saved.id, plan is None, len(steps))


def on_deal_won(s: Session, deal_id: uuid.UUID, user_id: uuid.UUID | None) -> uuid.UUID | None:
    """Inside the won move's transaction: a draft handoff from the deal's owner when the
    account has no account manager yet. Never twice for one deal, never a second open
    one for the account, none when the deal's owner is an account manager themselves,
    none when the "deal won" automation rule is switched off."""
    deal = s.get(Opportunity, deal_id)
    if deal is None or not rules.enabled(s, rules.DEAL_WON):
        return None
    account = s.get(Account, deal.account_id)
    if account is None or account.deleted_at is not None or account.account_manager_id:
        return None
    if s.scalar(select(Handoff.id).where(Handoff.opportunity_id == deal_id).limit(1)):
        return None
    if _open_handoff(s, account.id) is not None:
        return None
    sender = deal.owner_id or user_id
    owner = s.get(User, sender) if sender else None
    if owner is not None and owner.role == Role.ACCOUNT_MANAGER:
        return None
    handoff = Handoff(
        account_id=account.id,
        opportunity_id=deal.id,
        from_user_id=sender,
        status=HandoffStatus.DRAFT,
    )
    s.add(handoff)
    s.flush()
    return handoff.id


def first_steps(text: str | None) -> list[str]:
    """The recommended first steps as action titles: one per line, bullets dropped."""
    steps = []
    for line in (text or "").splitlines():
        title = " ".join(_BULLET.sub("", line).split())
        if title:
            steps.append(title if len(title) <= TITLE_MAX else title[: TITLE_MAX - 1] + "…")
    return steps


# helpers -------------------------------------------------------------------------------
_MISSING = {
    "insights": QT_TRANSLATE_NOOP(
        "Errors", "Write what you learnt during the sale before sending the handoff."
    ),
    "commitments": QT_TRANSLATE_NOOP(
        "Errors", 'Write the commitments made to the customer (or "none") before sending.'
    ),
    "key_contacts": QT_TRANSLATE_NOOP(
        "Errors", "Name the key contacts and their preferences before sending the handoff."
    ),
    "first_steps": QT_TRANSLATE_NOOP(
        "Errors", "Recommend the account manager's first steps before sending the handoff."
    ),
}


def _live(s: Session, handoff_id: uuid.UUID) -> Handoff:
    h = s.get(Handoff, handoff_id)
    if h is None or h.deleted_at is not None:
        raise PlanInputError(
            "handoff", QT_TRANSLATE_NOOP("Errors", "This handoff was deleted meanwhile.")
        )
    return h


def _open_handoff(s: Session, account_id: uuid.UUID) -> uuid.UUID | None:
    return s.scalar(
        select(Handoff.id)
        .where(
            Handoff.account_id == account_id,
            Handoff.deleted_at.is_(None),
            Handoff.status.in_([str(x) for x in OPEN]),
        )
        .limit(1)
    )


def _check_recipient(s: Session, to_user_id, from_user_id) -> None:
    user = s.get(User, to_user_id)
    if user is None or user.deleted_at is not None or user.role != Role.ACCOUNT_MANAGER:
        raise PlanInputError(
            "recipient",
            QT_TRANSLATE_NOOP("Errors", "A handoff goes to an account manager: choose one."),
        )
    if to_user_id == from_user_id:
        raise PlanInputError(
            "recipient",
            QT_TRANSLATE_NOOP("Errors", "You cannot hand an account to yourself."),
        )


def _only_sender(h: Handoff, user_id) -> None:
    if h.from_user_id is not None and h.from_user_id != user_id:
        raise PlanInputError(
            "handoff",
            QT_TRANSLATE_NOOP("Errors", "Only the rep who wrote this handoff can change it."),
        )


def _only_recipient(s: Session, h: Handoff, user_id, template: str) -> None:
    if user_id is None or h.to_user_id != user_id:
        who = s.get(User, h.to_user_id) if h.to_user_id else None
        raise PlanInputError("handoff", template, name=who.name if who else "?")


def _message(s: Session, h: Handoff, author_id, body: str) -> None:
    text = clean(body)
    if not text:
        raise PlanInputError(
            "message", QT_TRANSLATE_NOOP("Errors", "Write the message before sending it.")
        )
    s.add(HandoffMessage(handoff_id=h.id, author_id=author_id, body=text))
