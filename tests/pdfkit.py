"""Records for the PDF tests, and reading a PDF's text back (pypdf).

pypdf reads text in content order and reverses each run of right-to-left characters
(it undoes display order): a Persian line drawn shaped and in display order reads back
as the shaped text in logical order.
"""

from __future__ import annotations

import unicodedata
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from salesdesk.core.models import (
    Account,
    AccountPlan,
    Call,
    Contact,
    Opportunity,
    PipelineStage,
    PlanAction,
    PlanStakeholder,
    User,
)

PERSIAN_NAME = "شرکت بسته‌بندی آریا"


def add_account(db, name: str = "Acme Packaging Ltd", **fields) -> uuid.UUID:
    """A customer in Preston with a rep, unless `fields` say otherwise."""
    with db.write() as s:
        user = s.execute(select(User).where(User.name == "Pat Rep")).scalar()
        if user is None:
            user = User(name="Pat Rep", role="field_rep")
            s.add(user)
            s.flush()
        values = {
            "kind": "customer",
            "city": "Preston",
            "country": "GB",
            "lat": 53.763,
            "lon": -2.703,
            "current_revenue": 25_000.0,
            "estimated_potential": 100_000.0,
            "owner_id": user.id,
        }
        values.update(fields)
        account = Account(name=name, **values)
        s.add(account)
        s.flush()
        return account.id


def add_plan(
    db, account_id: uuid.UUID, goals: str = "Become sole supplier", title: str = "QBR", **fields
) -> uuid.UUID:
    """A plan with one action, one stakeholder, one open deal and one debriefed call."""
    with db.write() as s:
        owner = s.get(Account, account_id).owner_id
        plan = AccountPlan(
            account_id=account_id,
            owner_id=owner,
            relationship_goals=goals,
            customer_needs=fields.pop("needs", "Faster lines"),
            review_date=date(2030, 1, 31),
            **fields,
        )
        s.add(plan)
        s.flush()
        contact = Contact(account_id=account_id, first_name="Dana", last_name="Buyer")
        s.add(contact)
        s.flush()
        s.add(PlanAction(plan_id=plan.id, title=title, owner_id=owner, due_date=date(2030, 1, 2)))
        s.add(
            PlanStakeholder(
                plan_id=plan.id, contact_id=contact.id, role="Coach", relationship_strength=4
            )
        )
        return plan.id


def add_deal_and_call(db, account_id: uuid.UUID, deal: str = "Service contract") -> None:
    with db.write() as s:
        stage = s.execute(
            select(PipelineStage)
            .where(PipelineStage.is_won.is_(False), PipelineStage.is_lost.is_(False))
            .order_by(PipelineStage.position)
        ).scalar()
        s.add(Opportunity(account_id=account_id, name=deal, stage_id=stage.id, amount=12_500.0))
        when = datetime(2030, 1, 10, 9, 0)
        s.add(
            Call(
                account_id=account_id,
                call_type="visit",
                status="done",
                planned_start=when,
                debriefed_at=when + timedelta(hours=3),
                outcome="Asked for a proposal",
                went_well="Demo of the new line",
                next_steps="Send the proposal by Friday",
            )
        )


def pdf_pages(path: Path | str) -> list[str]:
    """Each page's text as pypdf reads it."""
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def base_letters(text: str) -> str:
    """Arabic presentation forms back to their letters (NFKC), joiners dropped."""
    return unicodedata.normalize("NFKC", text).replace("\u200c", "")
