"""Demo deals: opportunities in every stage with history, buying centre and touches."""

from __future__ import annotations

import calendar
import itertools
from datetime import datetime, timedelta

from ..domain import BuyingRole, Channel, DealKind
from ..models import (
    Competitor,
    LineItem,
    Opportunity,
    OpportunityStakeholder,
    StageChange,
    Touch,
)
from .context import AccountRef, Ctx, OpportunityRef, pick

OPEN_STAGES = ("Prospecting", "Qualification", "Needs analysis", "Proposal", "Negotiation")
WON, LOST = "Closed won", "Closed lost"
_STAGE_CHOICES = (*OPEN_STAGES, WON, LOST)
_STAGE_CUM = list(itertools.accumulate((14, 13, 12, 12, 9, 24, 16)))
LOST_REASONS = ("price", "competitor", "no decision", "timing", "budget cut", "product fit")
COMPETITORS = (
    ("PennineWrap Ltd", "Faster service response in Greater Manchester", "Cheaper film contracts"),
    (
        "Mersey Packaging Machinery",
        "Better software and line monitoring",
        "Long-standing relationship with the customer",
    ),
    ("Atlas Pack Systems", "Local engineers, spare parts in stock", "Lower list prices"),
    ("LineTech Automation", "Simpler machines, easier training", "Broader automation range"),
)
PROBLEMS = (
    "Pallets damaged in transit because of hand wrapping",
    "Packing line is the bottleneck at peak season",
    "Film costs up 30% this year",
    "Old case erector breaks down weekly",
    "Labels applied by hand cause mis-shipments",
    "Health and safety concerns about manual wrapping",
)
NEXT_STEPS = (
    "Site survey with the production manager",
    "Send revised proposal",
    "Demo at our Trafford showroom",
    "Call the finance director about budget",
    "Agree installation date",
    "Reference visit to a similar customer",
)
TACTICS = {
    Channel.VISIT: ("site survey", "product demo", "relationship visit"),
    Channel.PHONE: ("discovery call", "follow-up call", "price negotiation"),
    Channel.EMAIL: ("case study sent", "proposal sent", "newsletter"),
    Channel.VIDEO: ("online demo", "proposal walkthrough"),
    Channel.EVENT: ("trade show", "open house", "webinar"),
}
_CHANNELS = tuple(TACTICS)
_CHANNEL_CUM = (30, 60, 85, 95, 100)
_ATTITUDES = ("supportive", "neutral", "opposed")
_DECISION_ROLES = tuple(str(r) for r in BuyingRole)


def add_opportunities(ctx: Ctx) -> None:
    rng = ctx.rng
    for index, account in enumerate(ctx.accounts):
        if index % 5000 == 0:
            ctx.check_cancel()
        for _ in range(ctx.per_account(0.5)):
            _add_one(ctx, index, account)
        if not account.customer and rng.random() < 0.05 * ctx.damp:
            _add_one(ctx, index, account, stage=rng.choice(OPEN_STAGES[:2]))


def _add_one(ctx: Ctx, index: int, account: AccountRef, stage: str | None = None) -> None:
    rng = ctx.rng
    stage = stage or pick(rng, _STAGE_CHOICES, _STAGE_CUM)
    closed = stage in (WON, LOST)
    if account.customer:
        kind = rng.choice(
            (DealKind.NEW_BUSINESS, DealKind.CROSS_SELL, DealKind.UPSELL, DealKind.RENEWAL)
        )
    else:
        kind = DealKind.NEW_BUSINESS
    if closed:
        end = ctx.days_ago(1, 365)
        if end <= account.created:  # closed after the account was created, not before
            end = account.created + (ctx.start - account.created) * rng.uniform(0.5, 0.95)
        created = max(end - timedelta(days=rng.uniform(14, 150)), account.created)
    else:
        created = max(ctx.days_ago(7, 220), account.created)
        end = created + (ctx.start - created) * rng.uniform(0.3, 0.95)
    owner = account.manager if account.manager and kind != DealKind.NEW_BUSINESS else account.owner

    path = _stage_path(ctx, stage)
    # The last move happens at `end` (the close, or when the current stage was entered).
    moments = sorted(created + (end - created) * rng.random() for _ in path[2:])
    if len(path) > 1:
        moments.append(end)
    entered = moments[-1] if moments else created
    items, amount, main_product = _line_items(ctx, account)
    if closed:
        close_date, closed_at = end.date(), end
    else:
        close_date, closed_at = _close_date(ctx), None
    contacts = account.contacts
    short = account.name.removesuffix(" Ltd").removesuffix(" Limited")
    # The deal goes in before its children: see BulkWriter.flush.
    opp_id = ctx.add(
        Opportunity.__table__,
        created,
        entered,
        account_id=account.id,
        name=f"{short} – {main_product}",
        kind=str(kind),
        stage_id=ctx.stages[stage][0],
        stage_entered_at=entered,
        amount=amount,
        probability=ctx.stages[stage][1],
        close_date=close_date,
        closed_at=closed_at,
        lost_reason=rng.choice(LOST_REASONS) if stage == LOST else None,
        owner_id=owner,
        primary_contact_id=contacts[0] if contacts else None,
        business_problem=rng.choice(PROBLEMS),
        competitive_position=None
        if closed
        else rng.choice(
            ("We are preferred supplier", "Level with the competition", "Behind on price")
        ),
        next_step=None if closed else rng.choice(NEXT_STEPS),
        next_step_date=None if closed else ctx.today + timedelta(days=rng.randint(0, 21)),
    )
    previous = None
    for name, moment in zip(path, [created, *moments], strict=True):
        ctx.add(
            StageChange.__table__,
            moment,
            opportunity_id=opp_id,
            from_stage_id=None if previous is None else ctx.stages[previous][0],
            to_stage_id=ctx.stages[name][0],
            changed_at=moment,
            changed_by_id=owner,
        )
        previous = name
    for product_id, quantity, price, discount in items:
        ctx.add(
            LineItem.__table__,
            created,
            opportunity_id=opp_id,
            product_id=product_id,
            quantity=quantity,
            unit_price=price,
            discount_pct=discount,
        )
    for position, contact in enumerate(contacts[: rng.randint(1, 3)]):
        ctx.add(
            OpportunityStakeholder.__table__,
            created,
            opportunity_id=opp_id,
            contact_id=contact,
            decision_role="decision_maker" if position == 0 else rng.choice(_DECISION_ROLES),
            attitude=rng.choice(_ATTITUDES),
        )
    if rng.random() < 0.25:
        name, strengths, weaknesses = rng.choice(COMPETITORS)
        ctx.add(
            Competitor.__table__,
            created,
            opportunity_id=opp_id,
            name=name,
            our_strengths=strengths,
            our_weaknesses=weaknesses,
        )
    for _ in range(rng.randint(1, 3)):
        add_touch(ctx, account, opp_id, owner, created + (end - created) * rng.random())
    account.opportunities.append(opp_id)
    ctx.opportunities.append(OpportunityRef(opp_id, index, stage, owner, closed_at))


def _stage_path(ctx: Ctx, stage: str) -> list[str]:
    """Stages a deal went through to reach `stage`, sometimes with a step back."""
    rng = ctx.rng
    if stage == WON:
        reached = len(OPEN_STAGES) - 1
    elif stage == LOST:
        reached = rng.randint(0, len(OPEN_STAGES) - 1)
    else:
        reached = OPEN_STAGES.index(stage)
    path = list(OPEN_STAGES[: reached + 1])
    if reached >= 2 and rng.random() < 0.12:
        back = rng.randint(2, reached)
        path[back:back] = [OPEN_STAGES[back], OPEN_STAGES[back - 1]]
    if stage in (WON, LOST):
        path.append(stage)
    return path


def _close_date(ctx: Ctx):
    """Open deals close within three months, a good share of them this month."""
    today = ctx.today
    last = calendar.monthrange(today.year, today.month)[1]
    if ctx.rng.random() < 0.35:
        return today + timedelta(days=ctx.rng.randint(0, last - today.day))
    return today + timedelta(days=ctx.rng.randint(1, 90))


def _line_items(ctx: Ctx, account: AccountRef) -> tuple[list[tuple], float, str]:
    """(product, quantity, price, discount) rows, the deal amount and a name for the deal."""
    rng = ctx.rng
    big = account.potential > 40000
    items, total, main = [], 0.0, None
    for product_id, price, category in rng.sample(ctx.products, rng.randint(1, 3)):
        if category == "Machines":
            quantity = 2.0 if big and rng.random() < 0.3 else 1.0
        elif category in ("Consumables", "Parts"):
            quantity = float(rng.randint(5, 60) if big else rng.randint(2, 12))
        elif category == "Rental":
            quantity = 12.0
        else:
            quantity = float(rng.randint(1, 3))
        discount = rng.choice((0.0, 0.0, 5.0, 10.0, 15.0))
        items.append((product_id, quantity, price, discount))
        total += quantity * price * (1 - discount / 100)
        if main is None or category == "Machines":
            main = _PRODUCT_NAMES.get(category, category)
    return items, round(total, 2), main or "packaging"


_PRODUCT_NAMES = {
    "Machines": "packaging line upgrade",
    "Consumables": "consumables contract",
    "Services": "service plan",
    "Software": "line monitoring",
    "Parts": "spare parts",
    "Rental": "machine rental",
}


def add_touch(
    ctx: Ctx,
    account: AccountRef,
    opp_id,
    user,
    when: datetime,
    call_id=None,
    channel: Channel | None = None,
) -> None:
    rng = ctx.rng
    channel = channel or pick(rng, _CHANNELS, _CHANNEL_CUM)
    ctx.add(
        Touch.__table__,
        when,
        account_id=account.id,
        opportunity_id=opp_id,
        contact_id=rng.choice(account.contacts) if account.contacts else None,
        call_id=call_id,
        user_id=user,
        channel=str(channel),
        tactic=rng.choice(TACTICS[channel]),
        outcome=rng.choice(
            ("Interested", "Asked for a quote", "No answer", "Meeting booked", "Not now")
        ),
        occurred_at=when,
    )
