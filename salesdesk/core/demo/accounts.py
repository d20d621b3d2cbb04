"""Demo accounts clustered around real towns, and their contacts."""

from __future__ import annotations

import itertools
import math
import re

from ..domain import AttentionLevel, BuyingRole, GeocodePrecision, Role
from ..models import Account, Contact
from .context import AccountRef, Ctx, Person, pick
from .people import territory_of
from .pools import (
    HOSTILE_NAMES,
    HOSTILE_POSITIONS,
    INDUSTRIES,
    CompanyNamer,
    landline,
    mobile,
    postcode,
    slug,
    spread_km,
)

INDUSTRY_WEIGHTS = (18, 14, 12, 10, 6, 6, 8, 8, 10, 8)
_DAYS = ("mon", "tue", "wed", "thu", "fri")
OPENING_HOURS = (
    (0.45, {d: [["08:00", "17:00"]] for d in _DAYS}),
    (0.15, {**{d: [["08:00", "17:00"]] for d in _DAYS[:4]}, "fri": [["08:00", "12:30"]]}),
    (0.15, {d: [["08:30", "12:30"], ["13:30", "17:00"]] for d in _DAYS}),
    (0.10, {**{d: [["07:00", "16:00"]] for d in _DAYS}, "sat": [["08:00", "12:00"]]}),
    (0.10, {d: [["09:00", "17:30"]] for d in _DAYS}),
    (0.05, {d: [["06:00", "22:00"]] for d in (*_DAYS, "sat", "sun")}),
)
_HOURS_CUM = list(itertools.accumulate(w for w, _ in OPENING_HOURS))
# title choices by buying role
TITLES = {
    BuyingRole.DECISION_MAKER: (
        "Managing Director",
        "Operations Director",
        "Owner",
        "Finance Director",
        "Head of Operations",
        "Site Director",
    ),
    BuyingRole.INFLUENCER: (
        "Production Manager",
        "Warehouse Manager",
        "Engineering Manager",
        "Quality Manager",
        "Health & Safety Manager",
    ),
    BuyingRole.CHAMPION: (
        "Operations Manager",
        "Continuous Improvement Lead",
        "Packing Line Manager",
    ),
    BuyingRole.BLOCKER: ("Procurement Manager", "Purchasing Officer", "Financial Controller"),
    BuyingRole.USER: (
        "Line Supervisor",
        "Shift Leader",
        "Packing Team Leader",
        "Maintenance Technician",
    ),
    BuyingRole.GATEKEEPER: ("Office Manager", "PA to the Managing Director", "Receptionist"),
}
_OTHER_ROLES = (
    BuyingRole.INFLUENCER,
    BuyingRole.CHAMPION,
    BuyingRole.USER,
    BuyingRole.GATEKEEPER,
    BuyingRole.BLOCKER,
)
_OTHER_CUM = (30, 50, 75, 90, 100)
PREFERENCES = (
    "Prefers email before 10am",
    "Call the mobile, not the switchboard",
    "Does not like cold calls; book visits in advance",
    "Ask about the new site",
    "Keen cyclist; mention the Manchester Velodrome",
    "Only available Tuesdays and Thursdays",
)
NOTES = (
    "Gate code at the side entrance; park in the visitor bays.",
    "Buying group member: prices agreed centrally.",
    "Expanding into a second unit next year.",
    "Old machines from a competitor, out of warranty.",
)
_NOT_WORD = re.compile(r"[^a-z]")


def add_accounts(ctx: Ctx) -> None:
    rng = ctx.rng
    n = ctx.n_accounts
    namer = CompanyNamer(rng, ctx.pools)
    industries = list(INDUSTRIES)
    ind_cum = list(itertools.accumulate(INDUSTRY_WEIGHTS))
    town_cum = list(itertools.accumulate(t.population**0.75 for t in ctx.towns))
    towns = rng.choices(ctx.towns, cum_weights=town_cum, k=n)
    hostile = dict(zip(HOSTILE_POSITIONS, HOSTILE_NAMES, strict=True))
    by_territory = {p.territory: p for p in ctx.people if p.territory is not None}
    inside = ctx.reps(Role.INSIDE_REP)
    managers = ctx.reps(Role.ACCOUNT_MANAGER)

    drafts = []
    for i, town in enumerate(towns):
        if i % 5000 == 0:
            ctx.check_cancel()
        industry = pick(rng, industries, ind_cum)
        name = hostile.get(i) or namer.make(industry, town.name)
        employees = max(2, min(8000, int(math.exp(rng.gauss(3.4, 1.15)))))
        potential = max(1500.0, round(employees**0.85 * 900 * rng.lognormvariate(0, 0.6), -2))
        drafts.append((town, industry, name, employees, potential))

    ranked = sorted(d[4] for d in drafts)
    cut_a, cut_b, cut_c = (ranked[int(len(ranked) * q)] for q in (0.9, 0.7, 0.3))
    for town, industry, name, employees, potential in drafts:
        level = (
            AttentionLevel.A
            if potential >= cut_a
            else AttentionLevel.B
            if potential >= cut_b
            else AttentionLevel.C
            if potential >= cut_c
            else AttentionLevel.D
        )
        customer = rng.random() < 0.6
        owner: Person = by_territory[territory_of(town)]
        if level == AttentionLevel.D and inside and rng.random() < 0.4:
            owner = inside[0]
        manager = (
            rng.choice(managers).id
            if customer and managers and level in (AttentionLevel.A, AttentionLevel.B)
            else None
        )
        lat = lon = None
        precision, source = str(GeocodePrecision.NONE), None
        if rng.random() >= 0.02:
            sigma = spread_km(town.population)
            lat = round(town.lat + rng.gauss(0, sigma) / 111.0, 6)
            lon = round(town.lon + rng.gauss(0, sigma) / (111.0 * math.cos(math.radians(lat))), 6)
            precision, source = str(GeocodePrecision.STREET), "demo"
        domain = f"{slug(name)}.example"
        created = ctx.days_ago(20, 1500)
        street = rng.choice(ctx.pools.street_names)
        number = rng.randint(1, 240)
        hours = pick(rng, OPENING_HOURS, _HOURS_CUM)
        account_id = ctx.add(
            Account.__table__,
            created,
            ctx.days_ago(0, 20),
            name=name,
            kind="customer" if customer else "prospect",
            industry=industry,
            employees=employees,
            street=f"Unit {number % 30 + 1}, {street}"
            if street.endswith(("Park", "Estate"))
            else f"{number} {street}",
            postal_code=postcode(rng, town),
            city=town.name,
            region=town.region,
            country="GB",
            lat=lat,
            lon=lon,
            geocode_precision=precision,
            geocode_source=source,
            phone=landline(rng, town),
            email=f"info@{domain}",
            website=f"https://www.{domain}",
            current_revenue=round(potential * rng.uniform(0.1, 0.8), -2) if customer else 0.0,
            estimated_potential=potential,
            attention_level=str(level),
            attention_override=False,
            opening_hours=hours[1],
            owner_id=owner.id,
            account_manager_id=manager,
            territory_id=ctx.territories[territory_of(town)][0],
            notes=rng.choice(NOTES) if rng.random() < 0.1 else None,
        )
        ctx.accounts.append(
            AccountRef(
                account_id,
                name,
                town,
                lat,
                lon,
                owner.id,
                manager,
                customer,
                str(level),
                potential,
                created,
                domain,
            )
        )


def add_contacts(ctx: Ctx) -> None:
    rng = ctx.rng
    firsts, lasts = ctx.pools.first_names, ctx.pools.last_names
    for i, account in enumerate(ctx.accounts):
        if i % 5000 == 0:
            ctx.check_cancel()
        extra = ctx.per_account(1.5)
        domain = account.domain
        for position in range(1 + extra):
            if position == 0:
                role = BuyingRole.DECISION_MAKER
            else:
                role = pick(rng, _OTHER_ROLES, _OTHER_CUM)
            first, last = rng.choice(firsts), rng.choice(lasts)
            local = f"{_NOT_WORD.sub('', first.lower())}.{_NOT_WORD.sub('', last.lower())}"
            contact_id = ctx.add(
                Contact.__table__,
                max(account.created, ctx.days_ago(0, 400)),
                account_id=account.id,
                first_name=first,
                last_name=last,
                title=rng.choice(TITLES[role]),
                email=f"{local}@{domain}",
                phone=mobile(rng) if rng.random() < 0.6 else landline(rng, account.town),
                buying_role=str(role),
                preferences=rng.choice(PREFERENCES) if rng.random() < 0.15 else None,
            )
            account.contacts.append(contact_id)
