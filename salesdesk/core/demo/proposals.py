"""The demo's company (Settings > Company) and a sent proposal on its later-stage deals.

Open deals in Proposal or Negotiation get version 1 of their quote, made by the real
proposal code (deals/proposals.create_in) from their line items and marked sent when
the deal entered its stage. At most MAX_PROPOSALS, the local user's deals first, so a
100,000-account demo stays quick. Run last: its random draws (the ids) change nothing
made before it.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..company import SETTING_KEY, Company
from ..deals.proposals import SENT, create_in
from ..models import Opportunity, Proposal
from ..workspace import get_setting, set_setting
from .context import Ctx

MAX_PROPOSALS = 150
STAGES = ("Proposal", "Negotiation")

DEMO_COMPANY = Company(
    name="Northpoint Packaging Ltd",
    address="Unit 7, Westinghouse Road\nTrafford Park\nManchester M17 1PY\nUnited Kingdom",
    email="sales@northpoint-packaging.example",
    phone="+44 161 496 0100",
    website="www.northpoint-packaging.example",
    tax_id="GB 123 4567 89",
    tax_pct=20.0,
    validity_days=30,
)


def add_proposals(session: Session, ctx: Ctx) -> None:
    if get_setting(session, SETTING_KEY) is None:  # a user's own company stays
        set_setting(session, SETTING_KEY, asdict(DEMO_COMPANY))
    deals = [o for o in ctx.opportunities if o.stage in STAGES]
    deals.sort(key=lambda o: o.owner != ctx.me)  # stable: the local user's first
    for ref in deals[:MAX_PROPOSALS]:
        entered = session.scalar(
            select(Opportunity.stage_entered_at).where(Opportunity.id == ref.id)
        )
        made = create_in(session, ref.id, ref.owner, today=entered.date(), new_id=ctx.uid())
        row = session.get(Proposal, made)
        row.created_at = row.updated_at = entered
        row.status, row.sent_at = SENT, entered + timedelta(hours=2)
    session.flush()
