"""What a new proposal version copies into its row: its number, the customer block and
the company block, so it prints as issued whatever changes later.

Numbers are "<prefix>-<year>-<sequence>": the year's last sequence is kept in a setting
and the numbers already in the table are checked too, so none is given twice, even
after a proposal or its deal is deleted or the setting is lost with a restore.
"""

from __future__ import annotations

import re
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..company import company_in
from ..models import Account, Contact, Opportunity, Proposal, User
from ..workspace import get_setting, set_setting

SEQUENCE_KEY = "proposal_numbers"  # {"2026": 42}: the last number given per year


def next_number(s: Session, prefix: str, year: int) -> str:
    """The year's next number. The counter lives in a setting; the numbers already in
    the table are checked too, so a counter lost with a restored setting never repeats."""
    counters = get_setting(s, SEQUENCE_KEY) or {}
    counters = dict(counters) if isinstance(counters, dict) else {}
    last = counters.get(str(year), 0)
    last = last if isinstance(last, int) else 0
    pattern = re.compile(rf"-{year}-(\d+)$")
    for number in s.scalars(select(Proposal.number).where(Proposal.number.like(f"%-{year}-%"))):
        found = pattern.search(number)
        if found:
            last = max(last, int(found.group(1)))
    counters[str(year)] = last + 1
    set_setting(s, SEQUENCE_KEY, counters)
    return f"{prefix}-{year}-{last + 1:04d}"


def customer_block(s: Session, deal: Opportunity) -> dict:
    account = s.get(Account, deal.account_id)
    contact = s.get(Contact, deal.primary_contact_id) if deal.primary_contact_id else None
    place = " ".join(p for p in (account.postal_code, account.city) if p)
    address = [p for p in (account.street, place, account.region, account.country) if p]
    return {
        "account": account.name,
        "contact": contact.name if contact is not None else "",
        "address": address,
        "email": (contact.email if contact is not None else None) or account.email or "",
        "phone": account.phone or "",
    }


def seller_block(s: Session, user_id: uuid.UUID | None) -> dict:
    firm = company_in(s)
    user = s.get(User, user_id) if user_id else None
    return {
        "name": firm.name,
        "address": firm.address,
        "email": firm.email,
        "phone": firm.phone,
        "website": firm.website,
        "tax_id": firm.tax_id,
        "prepared_by": user.name if user else "",
        "prepared_by_email": (user.email or "") if user else "",
        "prepared_by_phone": (user.phone or "") if user else "",
    }
