"""What sending a proposal does to its deal, inside the caller's transaction.

The send is a touch on the deal (email, the "proposal sent" tactic when the managed
list still has it). With the rule "proposal_sent" on, the deal's first proposal sent
moves an open deal forward to the stage named "Proposal" (any case), or to the next open
stage when the pipeline has no such stage; a deal already there or beyond, or won or
lost, stays, and so does a deal one of whose versions went out before (a revised quote
does not walk the deal through the pipeline). The move is recorded as a StageChange
whose reason names the rule, like every other move in the history.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..automation.rules import PROPOSAL_SENT, PROPOSAL_SENT_REASON, enabled
from ..domain import Channel
from ..models import Opportunity, Proposal, Touch
from .moves import record_move
from .stages import Stage, live_stages
from .touches import tactics

PROPOSAL_STAGE = "proposal"
TACTIC = "proposal sent"
# The statuses of a version that went out (= proposals.SENT, ACCEPTED, DECLINED).
ANSWERED_OR_SENT = ("sent", "accepted", "declined")


def log_sent_touch(
    s: Session,
    deal: Opportunity,
    number: str,
    version: int,
    user_id: uuid.UUID | None,
    when: datetime,
) -> None:
    known = {t.casefold(): t for t in tactics(s)}
    s.add(
        Touch(
            account_id=deal.account_id,
            opportunity_id=deal.id,
            contact_id=deal.primary_contact_id,
            user_id=user_id,
            channel=str(Channel.EMAIL),
            tactic=known.get(TACTIC),
            # Stored data, like a rule's task titles: written in English.
            outcome=f"Proposal {number} (version {version}) sent",
            occurred_at=when,
        )
    )


def forward_stage(stages: list[Stage], current: Stage | None) -> Stage | None:
    """Where the rule takes a deal in `current`, or None to leave it."""
    if current is None or not current.is_open:
        return None
    ahead = [st for st in stages if st.is_open and st.position > current.position]
    named = [st for st in stages if st.is_open and st.name.casefold() == PROPOSAL_STAGE]
    if named:
        # Already in the Proposal stage or past it: stay.
        return named[0] if named[0] in ahead else None
    return ahead[0] if ahead else None


def advance_on_send(
    s: Session,
    deal: Opportunity,
    proposal_id: uuid.UUID,
    user_id: uuid.UUID | None,
    now: datetime,
) -> tuple[str | None, str | None]:
    """(from, to) stage names of the rule's move; (current, None) when it did not move.
    Only the deal's first proposal sent moves it: a revised version is the same step of
    the sale, so resending must not walk the deal through the pipeline."""
    stages = live_stages(s)
    current = next((st for st in stages if st.id == deal.stage_id), None)
    before = current.name if current else None
    if not enabled(s, PROPOSAL_SENT):
        return before, None
    if _sent_before(s, deal.id, proposal_id):
        return before, None
    target = forward_stage(stages, current)
    if target is None:
        return before, None
    record_move(s, deal, target, user_id, now, reason=PROPOSAL_SENT_REASON)
    return before, target.name


def _sent_before(s: Session, deal_id: uuid.UUID, proposal_id: uuid.UUID) -> bool:
    """Whether another version of the deal went out already (sent, accepted or declined;
    deleted ones too: the deal moved when they were sent)."""
    return (
        s.scalar(
            select(Proposal.id)
            .where(
                Proposal.opportunity_id == deal_id,
                Proposal.id != proposal_id,
                Proposal.status.in_(ANSWERED_OR_SENT),
            )
            .limit(1)
        )
        is not None
    )
