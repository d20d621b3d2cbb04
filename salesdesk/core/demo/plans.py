"""Demo account plans for the key accounts, and handoffs of won deals."""

from __future__ import annotations

from datetime import timedelta

from ..domain import ActionStatus, HandoffStatus, Role
from ..models import AccountPlan, Handoff, HandoffMessage, PlanAction, PlanStakeholder
from .context import Ctx
from .pipeline import WON

GOALS = (
    "Become sole supplier for packaging equipment",
    "Move from consumables-only to a service contract",
    "Get introduced to the group's other sites",
)
NEEDS = (
    "Higher line speed before the Christmas peak",
    "Less film per pallet",
    "Fewer unplanned stops",
    "Traceability on every case",
)
WHITESPACE = (
    "No service plan yet",
    "Labelling still done by hand",
    "Second site buys from a competitor",
)
RISKS = (
    "New procurement director reviewing all suppliers",
    "Budget freeze until April",
    "Competitor offering free trial machines",
)
ACTIONS = (
    "Quarterly business review",
    "Introduce line monitoring pilot",
    "Meet the group procurement team",
    "Site survey at the second unit",
    "Renewal proposal for the service plan",
    "Invite to the open house",
)
PLAN_ROLES = ("Economic buyer", "Technical buyer", "Coach", "User buyer")
INSIGHTS = "Price-sensitive but values fast service; the MD decides alone above £10k."
COMMITMENTS = "Free operator training day in the first month; 4-hour response time."
FIRST_STEPS = "Introduction visit within two weeks; check the film order schedule."
QUESTIONS = (
    "Who is the contact for service call-outs?",
    "Was the discount a one-off or for the whole year?",
)
ANSWERS = ("The maintenance supervisor, see contacts.", "One-off, for the first order only.")


def add_account_plans(ctx: Ctx) -> None:
    rng = ctx.rng
    count = max(1, round(len(ctx.accounts) * 0.05))
    top = sorted(ctx.accounts, key=lambda a: a.potential, reverse=True)[:count]
    for account in top:
        created = max(account.created, ctx.days_ago(30, 300))
        owner = account.manager or account.owner
        plan_id = ctx.add(
            AccountPlan.__table__,
            created,
            ctx.days_ago(0, 30),
            account_id=account.id,
            owner_id=owner,
            relationship_goals=rng.choice(GOALS),
            customer_needs=rng.choice(NEEDS),
            whitespace=rng.choice(WHITESPACE),
            risks=rng.choice(RISKS),
            review_date=ctx.today + timedelta(days=rng.randint(7, 90)),
        )
        for title in rng.sample(ACTIONS, rng.randint(3, 5)):
            due = ctx.today + timedelta(days=rng.randint(-30, 120))
            status = (
                ActionStatus.DONE
                if due < ctx.today and rng.random() < 0.7
                else rng.choice((ActionStatus.OPEN, ActionStatus.IN_PROGRESS))
            )
            ctx.add(
                PlanAction.__table__,
                created,
                title=title,
                plan_id=plan_id,
                owner_id=owner,
                due_date=due,
                status=str(status),
            )
        for position, contact in enumerate(account.contacts[: rng.randint(2, 4)]):
            ctx.add(
                PlanStakeholder.__table__,
                created,
                plan_id=plan_id,
                contact_id=contact,
                role=PLAN_ROLES[position % len(PLAN_ROLES)],
                relationship_strength=rng.randint(1, 5),
            )


def add_handoffs(ctx: Ctx) -> None:
    """A few handoffs in every status, from the rep who won the deal to an account manager."""
    rng = ctx.rng
    managers = ctx.reps(Role.ACCOUNT_MANAGER)
    won = [d for d in ctx.opportunities if d.stage == WON and d.closed_at is not None]
    won.sort(key=lambda d: d.closed_at, reverse=True)
    if not managers or not won:
        return
    statuses = [s for s in HandoffStatus for _ in range(3)]
    for deal, status in zip(won, statuses, strict=False):
        account = ctx.accounts[deal.account]
        created = deal.closed_at + timedelta(hours=rng.randint(2, 48))
        created = min(created, ctx.start - timedelta(hours=1))
        to_user = account.manager or rng.choice(managers).id
        sent = None if status == HandoffStatus.DRAFT else created + timedelta(hours=1)
        accepted = created + timedelta(days=2) if status == HandoffStatus.ACCEPTED else None
        handoff_id = ctx.add(
            Handoff.__table__,
            created,
            accepted or sent or created,
            account_id=account.id,
            opportunity_id=deal.id,
            from_user_id=account.owner,
            to_user_id=to_user,
            status=str(status),
            insights=INSIGHTS,
            commitments=COMMITMENTS,
            key_contacts="Decision maker: see contacts; champion is the operations manager.",
            open_issues=None if status == HandoffStatus.ACCEPTED else "Delivery date not fixed",
            first_steps=FIRST_STEPS,
            sent_at=sent,
            accepted_at=accepted,
        )
        if status in (HandoffStatus.QUESTIONS, HandoffStatus.ACCEPTED):
            for i, question in enumerate(QUESTIONS):
                asked = created + timedelta(hours=3 + i * 5)
                ctx.add(
                    HandoffMessage.__table__,
                    asked,
                    handoff_id=handoff_id,
                    author_id=to_user,
                    body=question,
                )
                if status == HandoffStatus.ACCEPTED or i == 0:
                    ctx.add(
                        HandoffMessage.__table__,
                        asked + timedelta(hours=2),
                        handoff_id=handoff_id,
                        author_id=account.owner,
                        body=ANSWERS[i],
                    )
