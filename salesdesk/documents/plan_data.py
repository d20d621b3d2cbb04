"""What an account plan document shows, read from the database into plain values.

Read straight from the models (one read session per document or book) so the PDF
needs nothing from the plan editor's services. Deleted rows (deleted_at set) are left
out everywhere.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..core.errors import SalesDeskError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.models import (
    Account,
    AccountPlan,
    Call,
    Contact,
    Opportunity,
    PipelineStage,
    PlanAction,
    PlanStakeholder,
    Territory,
    User,
)
from ..core.today import local_day

DEBRIEFS_SHOWN = 5
NEIGHBOURS_SHOWN = 6
NEIGHBOUR_BOX_DEG = 1.0  # look for neighbours within about 110 km north and south


@dataclass(frozen=True)
class PlanText:
    """The written parts of an account plan."""

    relationship_goals: str
    customer_needs: str
    whitespace: str
    risks: str
    review_date: date | None
    updated: date | None


@dataclass(frozen=True)
class ActionRow:
    title: str
    owner: str
    due: date | None
    status: str


@dataclass(frozen=True)
class StakeholderRow:
    name: str
    job_title: str
    role: str
    strength: int | None


@dataclass(frozen=True)
class DealRow:
    name: str
    stage: str
    amount: float
    close_date: date | None


@dataclass(frozen=True)
class DebriefRow:
    day: date | None
    call_type: str
    outcome: str
    went_well: str
    next_steps: str


@dataclass(frozen=True)
class Neighbour:
    name: str
    city: str
    lat: float
    lon: float
    km: float


@dataclass(frozen=True)
class AccountPlanData:
    """Everything one account's plan document prints."""

    account_id: uuid.UUID
    name: str
    kind: str
    industry: str
    employees: int | None
    city: str
    region: str
    country: str
    lat: float | None
    lon: float | None
    revenue: float
    potential: float
    currency: str
    attention: str
    owner: str
    account_manager: str
    territory: str
    prepared_by: str
    prepared_for: str
    plan: PlanText | None
    actions: list[ActionRow] = field(default_factory=list)
    stakeholders: list[StakeholderRow] = field(default_factory=list)
    deals: list[DealRow] = field(default_factory=list)
    debriefs: list[DebriefRow] = field(default_factory=list)
    neighbours: list[Neighbour] = field(default_factory=list)

    @property
    def share_of_wallet(self) -> float | None:
        return self.revenue / self.potential if self.potential > 0 else None

    @property
    def open_pipeline(self) -> float:
        return sum(d.amount for d in self.deals)

    @property
    def place(self) -> str:
        return ", ".join(p for p in (self.city, self.region, self.country) if p)


class Lookups:
    """Users, territories and stages by id: read once per session, shared by a book."""

    def __init__(self, session: Session) -> None:
        users = session.execute(select(User.id, User.name, User.manager_id, User.currency)).all()
        self.user_names = {u.id: u.name for u in users}
        self.managers = {u.id: u.manager_id for u in users}
        self.currencies = {u.id: u.currency for u in users}
        self.territories = dict(session.execute(select(Territory.id, Territory.name)).all())
        self.stages = {s.id: s for s in session.execute(select(PipelineStage)).scalars()}

        self.located: tuple[list, np.ndarray] | None = None

    def user(self, user_id: uuid.UUID | None) -> str:
        return self.user_names.get(user_id, "") if user_id else ""

    def load_locations(self, session: Session) -> None:
        """Every located account in memory: a book finds each account's neighbours
        without a table scan per account."""
        rows = session.execute(
            select(Account.id, Account.name, Account.city, Account.lat, Account.lon).where(
                Account.deleted_at.is_(None), Account.lat.is_not(None), Account.lon.is_not(None)
            )
        ).all()
        coords = np.array([(r.lat, r.lon) for r in rows], dtype=np.float64).reshape(-1, 2)
        self.located = (rows, coords)

    def nearest(self, account: Account) -> list[Neighbour]:
        assert self.located is not None and account.lat is not None and account.lon is not None
        rows, coords = self.located
        k = max(0.2, math.cos(math.radians(account.lat)))
        dlat, dlon = coords[:, 0] - account.lat, coords[:, 1] - account.lon
        d2 = dlat**2 + (dlon * k) ** 2
        # The same box as the query in _neighbours, so a book shows the same neighbours.
        d2[(np.abs(dlat) > NEIGHBOUR_BOX_DEG) | (np.abs(dlon) > NEIGHBOUR_BOX_DEG / k)] = np.inf
        order = np.argsort(d2)[: NEIGHBOURS_SHOWN + 1]
        near = [
            Neighbour(
                r.name, r.city or "", r.lat, r.lon, km(account.lat, account.lon, r.lat, r.lon)
            )
            for r in (rows[i] for i in order if np.isfinite(d2[i]))
            if r.id != account.id
        ]
        return sorted(near, key=lambda n: n.km)[:NEIGHBOURS_SHOWN]


def account_name(db, account_id: uuid.UUID) -> str:
    """The name of a live account ("" if there is none): for a file name."""
    with db.read() as session:
        name = session.execute(
            select(Account.name).where(Account.id == account_id, Account.deleted_at.is_(None))
        ).scalar()
    return name or ""


def no_such_account(account_id: object) -> SalesDeskError:
    return SalesDeskError(
        QT_TRANSLATE_NOOP("Errors", "No account with id {id}."), id=str(account_id)
    )


def load_plan_data(
    session: Session, account_id: uuid.UUID, lookups: Lookups | None = None
) -> AccountPlanData:
    """The document's values for one live account (SalesDeskError if there is none)."""
    look = lookups or Lookups(session)
    account = session.get(Account, account_id)
    if account is None or account.deleted_at is not None:
        raise no_such_account(account_id)
    plan = session.execute(
        select(AccountPlan).where(
            AccountPlan.account_id == account_id, AccountPlan.deleted_at.is_(None)
        )
    ).scalar_one_or_none()
    author = (plan.owner_id if plan else None) or account.account_manager_id or account.owner_id
    reader = look.managers.get(author) if author else None
    currency = next(
        (look.currencies[u] for u in (account.owner_id, author) if u in look.currencies), "GBP"
    )
    return AccountPlanData(
        account_id=account.id,
        name=account.name,
        kind=account.kind or "",
        industry=account.industry or "",
        employees=account.employees,
        city=account.city or "",
        region=account.region or "",
        country=account.country or "",
        lat=account.lat,
        lon=account.lon,
        revenue=account.current_revenue or 0.0,
        potential=account.estimated_potential or 0.0,
        currency=currency,
        attention=account.attention_level or "",
        owner=look.user(account.owner_id),
        account_manager=look.user(account.account_manager_id),
        territory=look.territories.get(account.territory_id, "") if account.territory_id else "",
        prepared_by=look.user(author),
        prepared_for=look.user(reader),
        plan=_plan_text(plan),
        actions=_actions(session, plan, look) if plan else [],
        stakeholders=_stakeholders(session, plan) if plan else [],
        deals=_deals(session, account_id, look),
        debriefs=_debriefs(session, account_id),
        neighbours=(
            look.nearest(account)
            if look.located is not None and account.lat is not None and account.lon is not None
            else _neighbours(session, account)
        ),
    )


def _plan_text(plan: AccountPlan | None) -> PlanText | None:
    if plan is None:
        return None
    return PlanText(
        relationship_goals=plan.relationship_goals or "",
        customer_needs=plan.customer_needs or "",
        whitespace=plan.whitespace or "",
        risks=plan.risks or "",
        review_date=plan.review_date,
        updated=plan.updated_at.date() if plan.updated_at else None,
    )


def _actions(session: Session, plan: AccountPlan, look: Lookups) -> list[ActionRow]:
    rows = session.execute(
        select(PlanAction)
        .where(PlanAction.plan_id == plan.id, PlanAction.deleted_at.is_(None))
        .order_by(PlanAction.due_date.is_(None), PlanAction.due_date, PlanAction.title)
    ).scalars()
    return [ActionRow(a.title, look.user(a.owner_id), a.due_date, a.status) for a in rows]


def _stakeholders(session: Session, plan: AccountPlan) -> list[StakeholderRow]:
    rows = session.execute(
        select(PlanStakeholder, Contact)
        .join(Contact, Contact.id == PlanStakeholder.contact_id)
        .where(
            PlanStakeholder.plan_id == plan.id,
            PlanStakeholder.deleted_at.is_(None),
            Contact.deleted_at.is_(None),
        )
        .order_by(PlanStakeholder.relationship_strength.desc(), Contact.last_name)
    ).all()
    return [
        StakeholderRow(c.name, c.title or "", s.role or "", s.relationship_strength)
        for s, c in rows
    ]


def _deals(session: Session, account_id: uuid.UUID, look: Lookups) -> list[DealRow]:
    """Open deals: in a stage that is neither won nor lost, soonest close first."""
    rows = session.execute(
        select(Opportunity)
        .join(PipelineStage, PipelineStage.id == Opportunity.stage_id)
        .where(
            Opportunity.account_id == account_id,
            Opportunity.deleted_at.is_(None),
            PipelineStage.is_won.is_(False),
            PipelineStage.is_lost.is_(False),
        )
        .order_by(Opportunity.close_date.is_(None), Opportunity.close_date, Opportunity.name)
    ).scalars()
    return [
        DealRow(d.name, look.stages[d.stage_id].name, d.amount or 0.0, d.close_date) for d in rows
    ]


def _debriefs(session: Session, account_id: uuid.UUID) -> list[DebriefRow]:
    when = func.coalesce(Call.checked_in_at, Call.planned_start, Call.debriefed_at)
    rows = session.execute(
        select(Call, when.label("when"))
        .where(
            Call.account_id == account_id,
            Call.deleted_at.is_(None),
            Call.debriefed_at.is_not(None),
        )
        .order_by(when.desc())
        .limit(DEBRIEFS_SHOWN)
    ).all()
    return [
        DebriefRow(
            _local_day(moment),
            c.call_type or "",
            c.outcome or "",
            c.went_well or "",
            c.next_steps or "",
        )
        for c, moment in rows
    ]


def _local_day(moment: datetime | str | None) -> date | None:
    """A stored naive-UTC time as the local calendar day."""
    if moment is None:
        return None
    if isinstance(moment, str):  # coalesce() comes back untyped from SQLite
        moment = datetime.fromisoformat(moment)
    return local_day(moment)


def _neighbours(session: Session, account: Account) -> list[Neighbour]:
    """The nearest live accounts with a location (great-circle distance).

    SQLite orders by the flat-earth distance, true enough for the nearest few within a
    degree, so only they come back to Python.
    """
    if account.lat is None or account.lon is None:
        return []
    lat, lon = account.lat, account.lon
    k = max(0.2, math.cos(math.radians(lat)))
    dlon = NEIGHBOUR_BOX_DEG / k
    flat = (Account.lat - lat) * (Account.lat - lat) + (Account.lon - lon) * (Account.lon - lon) * (
        k * k
    )
    rows = session.execute(
        select(Account.name, Account.city, Account.lat, Account.lon)
        .where(
            Account.deleted_at.is_(None),
            Account.id != account.id,
            Account.lat.between(lat - NEIGHBOUR_BOX_DEG, lat + NEIGHBOUR_BOX_DEG),
            Account.lon.between(lon - dlon, lon + dlon),
        )
        .order_by(flat)
        .limit(NEIGHBOURS_SHOWN)
    ).all()
    near = [Neighbour(r.name, r.city or "", r.lat, r.lon, km(lat, lon, r.lat, r.lon)) for r in rows]
    return sorted(near, key=lambda n: n.km)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))
