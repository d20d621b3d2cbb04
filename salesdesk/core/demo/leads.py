"""Demo leads in every status, with answers to the default qualification framework."""

from __future__ import annotations

import itertools
import math
import re
from datetime import timedelta

from ..domain import LeadStatus, Role
from ..leads import icp
from ..leads.scoring import Criterion, share
from ..models import Lead, LeadAnswer
from ..reference import CRITERIA, TIMING_OPTIONS
from .context import Ctx, pick
from .pipeline import OPEN_STAGES
from .pools import INDUSTRIES, CompanyNamer, mobile, slug

SOURCES = ("website", "trade show", "referral", "cold call", "LinkedIn", "webinar", "partner")
# From frameworks.DEFAULT_REASONS, the managed list a new database starts with.
DISQUALIFY_REASONS = ("no budget", "poor fit", "no need", "unreachable", "duplicate", "competitor")
TITLES = (
    "Operations Manager",
    "Managing Director",
    "Warehouse Manager",
    "Buyer",
    "Production Manager",
    "Office Manager",
)
_STATUSES = tuple(LeadStatus)
_STATUS_CUM = list(itertools.accumulate((30, 30, 20, 20)))
_CRITERIA = {
    key: Criterion(key, name, kind, weight, required, options, question)
    for key, name, question, kind, options, weight, required in CRITERIA
}
# The demo company sells packaging lines: its best customers make, move or pack goods.
PROFILE = icp.Profile(
    industries=("Food & drink", "Logistics & warehousing", "Manufacturing", "Pharmaceuticals"),
    size_bands=("10-49", "50-249", "250-999"),
)
_NOT_WORD = re.compile(r"[^a-z]")


def add_leads(ctx: Ctx) -> None:
    rng = ctx.rng
    namer = CompanyNamer(rng, ctx.pools)
    industries = list(INDUSTRIES)
    outside = [i for i in industries if i not in PROFILE.industries]
    owners = ctx.reps(Role.INSIDE_REP) * 3 + ctx.reps(Role.FIELD_REP)
    # Qualified leads became these early deals at prospects.
    converted = iter(
        [
            o
            for o in ctx.opportunities
            if o.stage in OPEN_STAGES[:3] and not ctx.accounts[o.account].customer
        ]
    )
    count = max(len(_STATUSES), round(ctx.n_accounts * 0.3 * ctx.damp))
    for i in range(count):
        if i % 5000 == 0:
            ctx.check_cancel()
        # The first four cover every status even in a tiny run.
        status = _STATUSES[i] if i < len(_STATUSES) else pick(rng, _STATUSES, _STATUS_CUM)
        town = rng.choice(ctx.towns)
        reason = rng.choice(DISQUALIFY_REASONS) if status == LeadStatus.DISQUALIFIED else None
        if status == LeadStatus.QUALIFIED:
            industry = rng.choice(PROFILE.industries)
        else:
            industry = rng.choice(outside if reason == "poor fit" else industries)
        employees = max(2, int(math.exp(rng.gauss(3.2, 1.0))))
        if status == LeadStatus.QUALIFIED:
            employees = min(max(employees, 10), 999)
        first, last = rng.choice(ctx.pools.first_names), rng.choice(ctx.pools.last_names)
        company = namer.make(industry, town.name)
        created = ctx.days_ago(1, 120)
        revenue = round(employees * rng.uniform(60_000, 160_000), -3)
        fit = icp.fit(PROFILE, _Facts(industry, employees, town.region, "GB", town.name, revenue))
        answers = _answers(ctx, status, reason, fit.answer)
        score = (
            round(sum(points for _k, _v, points in answers), 1)
            if status != LeadStatus.NEW
            else None
        )
        account_id = contact_id = opportunity_id = qualified_at = None
        if status == LeadStatus.QUALIFIED:
            qualified_at = created + timedelta(days=rng.uniform(1, 20))
            qualified_at = min(qualified_at, ctx.start - timedelta(hours=1))
            deal = next(converted, None)
            if deal is not None:
                account = ctx.accounts[deal.account]
                company, town = account.name, account.town
                account_id, opportunity_id = account.id, deal.id
                contact_id = account.contacts[0] if account.contacts else None
        phone = mobile(rng)
        lead_id = ctx.add(
            Lead.__table__,
            created,
            qualified_at or created,
            first_name=first,
            last_name=last,
            company=company,
            title=rng.choice(TITLES),
            email=f"{_NOT_WORD.sub('', first.lower())}@{slug(company)}.example",
            phone=phone,
            phone_e164="+44" + phone.replace(" ", "")[1:],
            city=town.name,
            region=town.region,
            country="GB",
            industry=industry,
            employees=employees,
            annual_revenue=revenue,
            source=rng.choice(SOURCES),
            status=str(status),
            disqualify_reason=reason,
            score=score,
            notes="Met at the PPMA show" if rng.random() < 0.05 else None,
            owner_id=rng.choice(owners).id,
            framework_id=ctx.framework_id,
            qualified_at=qualified_at,
            disqualified_at=_decided(ctx, created) if reason else None,
            account_id=account_id,
            contact_id=contact_id,
            opportunity_id=opportunity_id,
        )
        for key, value, points in answers:
            if key not in ctx.criteria:  # the default framework was customised
                continue
            ctx.add(
                LeadAnswer.__table__,
                created,
                lead_id=lead_id,
                criterion_id=ctx.criteria[key],
                value=value,
                points=points,
            )


def _decided(ctx: Ctx, created):
    return min(created + timedelta(days=ctx.rng.uniform(1, 30)), ctx.start - timedelta(hours=1))


class _Facts:
    """What the profile check reads of a lead, before the lead row exists."""

    def __init__(self, industry, employees, region, country, city, revenue) -> None:
        self.industry, self.employees, self.region = industry, employees, region
        self.country, self.city, self.annual_revenue = country, city, revenue


def _answers(ctx: Ctx, status: LeadStatus, reason: str | None, fit: str | None) -> list[tuple]:
    """(criterion key, answer text, points) consistent with the lead's status; the fit
    question answered as the ideal customer profile says."""
    rng = ctx.rng
    if status == LeadStatus.NEW or reason in ("unreachable", "duplicate"):
        return []
    good = status == LeadStatus.QUALIFIED
    values = {
        "icp_fit": fit or "yes",
        "decision_maker": "yes" if good or rng.random() < 0.6 else "no",
        "budget": "no"
        if reason == "no budget"
        else "yes"
        if rng.random() < (0.85 if good else 0.5)
        else "no",
        "need": str(
            rng.randint(1, 2)
            if reason == "no need"
            else rng.randint(3, 5)
            if good
            else rng.randint(1, 5)
        ),
        "timing": rng.choice(TIMING_OPTIONS[:2] if good else TIMING_OPTIONS),
    }
    keys = list(values)
    if status == LeadStatus.WORKING:
        keys = keys[: rng.randint(2, 4)]
    return [(key, values[key], _points(key, values[key])) for key in keys]


def _points(key: str, value: str) -> float:
    criterion = _CRITERIA[key]
    return round(criterion.weight * (share(criterion, value) or 0.0), 2)
