"""Cross-sell and upsell openings, and turning one into a deal in one action.

- **Cross-sell**: for a customer, the active products that similar accounts buy and it
  does not. Similar = another account of the same industry and company size band
  (`leads.icp.SIZE_BANDS`) that bought anything from us (has a won deal); it buys a
  product when one of its won deals has a line of it. Products the customer bought or
  has on an open deal are left out. Ranked by how many similar customers buy it, then
  by their share ("34 of 80 similar customers").
- **Upsell**: customers whose current revenue is below `ratio` (default half) of their
  estimated potential, the widest gap first.
- **No open deal**: customers without a single open deal, the highest potential first.

Customers are accounts of kind customer; a rep's are those they own or manage.
"""

from __future__ import annotations

import heapq
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import timedelta

from sqlalchemy import Select, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from ..db import Database, as_stored
from ..domain import AccountKind, DealKind
from ..errors import SalesDeskError
from ..i18n import QT_TRANSLATE_NOOP
from ..leads.icp import SIZE_BANDS, band_of
from ..models import Account, LineItem, Opportunity, PipelineStage, Product, StageChange, utcnow
from .common import open_stage

CROSS_SELL, UPSELL, NO_DEAL = "cross_sell", "upsell", "no_deal"
KINDS = (CROSS_SELL, UPSELL, NO_DEAL)
UPSELL_RATIO = 0.5
CLOSE_IN_DAYS = 90
RULE = "opening"


@dataclass(frozen=True)
class Opening:
    kind: str  # CROSS_SELL, UPSELL or NO_DEAL
    account_id: uuid.UUID
    account: str
    owner_id: uuid.UUID | None
    industry: str | None
    size_band: str | None
    current_revenue: float
    estimated_potential: float
    product_id: uuid.UUID | None = None  # cross-sell: the product, its list price
    product: str | None = None
    unit_price: float | None = None
    buyers: int = 0  # cross-sell: similar customers buying the product ...
    similar: int = 0  # ... of the similar customers
    deal_id: uuid.UUID | None = None  # an open deal already made for it

    @property
    def gap(self) -> float:
        return max(self.estimated_potential - self.current_revenue, 0.0)

    @property
    def share(self) -> float:
        return self.buyers / self.similar if self.similar else 0.0


@dataclass(frozen=True)
class OpeningList:
    items: list[Opening]
    total: int  # before limit and offset


class OpeningError(SalesDeskError):
    pass


def openings(db: Database, kind: str, **options) -> OpeningList:
    """The openings of `kind` (see `cross_sell`, `upsell`, `no_open_deal`)."""
    if kind == CROSS_SELL:
        return cross_sell(db, **options)
    if kind == UPSELL:
        return upsell(db, **options)
    if kind == NO_DEAL:
        return no_open_deal(db, **options)
    raise ValueError(f"unknown opening kind {kind!r}")


def cross_sell(
    db: Database,
    account_id: uuid.UUID | None = None,
    owner_id: uuid.UUID | None = None,
    limit: int = 50,
    offset: int = 0,
    per_account: int = 3,
) -> OpeningList:
    """Products similar customers buy, up to `per_account` per customer."""
    targets = _customers(account_id, owner_id)
    with db.read() as s:
        # Ids as stored text throughout: 60,000 customers are 0.2 s of uuid.UUID alone.
        run = s.connection().execute
        peers = Account.industry.is_not(None)
        if account_id is not None:
            peers = Account.industry == select(Account.industry).where(targets).scalar_subquery()
        accounts = run(
            select(
                as_stored(Account.id),
                Account.name,
                Account.industry,
                Account.employees,
                case((targets, True), else_=False),
            ).where(Account.deleted_at.is_(None), peers)
        ).all()
        # Products on the won and open deals of those accounts (no join to accounts:
        # scanning the lines once is the fast way).
        lines = (
            select(
                as_stored(Opportunity.account_id),
                as_stored(LineItem.product_id),
                PipelineStage.is_won,
            )
            .distinct()
            .join(PipelineStage, PipelineStage.id == Opportunity.stage_id)
            .join(LineItem, LineItem.opportunity_id == Opportunity.id)
            .where(
                PipelineStage.is_lost.is_(False),
                Opportunity.deleted_at.is_(None),
                LineItem.deleted_at.is_(None),
            )
        )
        if account_id is not None:
            lines = lines.where(Opportunity.account_id.in_(select(Account.id).where(peers)))
        deal_lines = run(lines).all()
        products = {
            pid: (name, price)
            for pid, name, price in run(
                select(as_stored(Product.id), Product.name, Product.unit_price).where(
                    Product.active.is_(True), Product.deleted_at.is_(None)
                )
            )
        }
    segment = {
        acc: (industry, band_of(employees, SIZE_BANDS))
        for acc, _name, industry, employees, _target in accounts
    }
    owns: dict[str, set[str]] = defaultdict(set)
    on_open: list[tuple[str, str]] = []
    for acc, product, won in deal_lines:
        if acc in segment:
            if won:
                owns[acc].add(product)
            else:
                on_open.append((acc, product))
    members: Counter = Counter(segment[acc] for acc in owns)
    buyers: dict[tuple, Counter] = defaultdict(Counter)
    for acc, products_of in owns.items():
        buyers[segment[acc]].update(products_of)
    # Each segment's products, most bought first, ranked once for all its customers.
    ranked = {
        group: sorted(
            ((count, products[p][0], p) for p, count in counts.items() if p in products),
            key=lambda c: (-c[0], c[1]),
        )
        for group, counts in buyers.items()
    }
    customers = set(owns)  # accounts that bought anything
    for acc, product in on_open:
        owns[acc].add(product)

    found = []  # sortable (-buyers, -share, account name, product name, account, product)
    for acc, name, _industry, _employees, target in accounts:
        if not target or segment[acc] not in ranked:
            continue
        similar = members[segment[acc]] - (1 if acc in customers else 0)
        mine = owns.get(acc, ())
        picked = 0
        for count, product_name, p in ranked[segment[acc]]:
            if picked == per_account:
                break
            if p not in mine:
                found.append((-count, -count / similar, name, product_name, acc, p, similar))
                picked += 1
    page = heapq.nsmallest(offset + limit, found)[offset:]
    if not page:
        return OpeningList([], len(found))
    with db.read() as s:
        rows = {
            a.id: a
            for a in s.execute(
                _account_columns().where(Account.id.in_([uuid.UUID(r[4]) for r in page]))
            )
        }
    items = [
        _opening(
            CROSS_SELL,
            rows[uuid.UUID(acc)],
            product_id=uuid.UUID(p),
            product=product_name,
            unit_price=products[p][1],
            buyers=-neg,
            similar=similar,
        )
        for neg, _share, _name, product_name, acc, p, similar in page
        if uuid.UUID(acc) in rows
    ]
    return OpeningList(items, len(found))


def upsell(
    db: Database,
    account_id: uuid.UUID | None = None,
    owner_id: uuid.UUID | None = None,
    limit: int = 50,
    offset: int = 0,
    ratio: float = UPSELL_RATIO,
) -> OpeningList:
    """Customers earning less than `ratio` of their potential, the widest gap first."""
    where = and_(
        _customers(account_id, owner_id),
        Account.estimated_potential > 0,
        Account.current_revenue < ratio * Account.estimated_potential,
    )
    gap = Account.estimated_potential - Account.current_revenue
    return _page(db, UPSELL, where, (gap.desc(), Account.name, Account.id), limit, offset)


def no_open_deal(
    db: Database,
    account_id: uuid.UUID | None = None,
    owner_id: uuid.UUID | None = None,
    limit: int = 50,
    offset: int = 0,
) -> OpeningList:
    """Customers without an open deal, the highest potential first."""
    where = and_(_customers(account_id, owner_id), ~exists(_open_deals(Account.id)))
    order = (Account.estimated_potential.desc(), Account.name, Account.id)
    return _page(db, NO_DEAL, where, order, limit, offset)


def create_deal_from(
    db: Database, opening: Opening, user_id: uuid.UUID | None, name: str | None = None
) -> uuid.UUID:
    """Create the deal an opening suggests, in one transaction: a cross-sell (with a line
    of the product at its list price) or an upsell in the first open stage, owned by the
    account's manager or owner, with its first stage change. When an open deal for it
    exists already (a second click), that deal's id comes back and nothing is written."""
    if opening.kind not in KINDS or (opening.kind == CROSS_SELL and opening.product_id is None):
        raise ValueError(f"not an opening: {opening!r}")
    kind = DealKind.CROSS_SELL if opening.kind == CROSS_SELL else DealKind.UPSELL
    with db.write() as s:
        account = s.get(Account, opening.account_id)
        if account is None or account.deleted_at is not None:
            raise OpeningError(QT_TRANSLATE_NOOP("Errors", "This account was deleted meanwhile."))
        product = None
        if opening.kind == CROSS_SELL:
            product = s.get(Product, opening.product_id)
            if product is None or product.deleted_at is not None or not product.active:
                raise OpeningError(QT_TRANSLATE_NOOP("Errors", "This product is no longer sold."))
        existing = _existing(s, opening, kind)
        if existing is not None:
            return existing
        stage = s.scalars(
            select(PipelineStage)
            .where(open_stage(), PipelineStage.deleted_at.is_(None))
            .order_by(PipelineStage.position)
            .limit(1)
        ).first()
        if stage is None:
            raise OpeningError(
                QT_TRANSLATE_NOOP("Errors", "The pipeline has no open stage to start a deal in.")
            )
        if product is not None:
            amount = round(product.unit_price, 2)
            default = f"{account.name} – {product.name}"
        elif opening.kind == UPSELL:
            amount = round(max(account.estimated_potential - account.current_revenue, 0.0), 2)
            default = f"{account.name} – upsell"
        else:
            amount, default = 0.0, account.name
        now = utcnow()
        deal = Opportunity(
            account_id=account.id,
            name=((name or "").strip() or default)[:300],
            kind=str(kind),
            stage_id=stage.id,
            stage_entered_at=now,
            amount=amount,
            probability=stage.probability,
            close_date=(now + timedelta(days=CLOSE_IN_DAYS)).date(),
            owner_id=account.account_manager_id or account.owner_id or user_id,
            created_by_rule=f"{RULE}:{opening.kind}",
        )
        s.add(deal)
        s.flush()
        if product is not None:
            s.add(
                LineItem(
                    opportunity_id=deal.id,
                    product_id=product.id,
                    quantity=1.0,
                    unit_price=product.unit_price,
                    discount_pct=0.0,
                )
            )
        s.add(
            StageChange(
                opportunity_id=deal.id,
                from_stage_id=None,
                to_stage_id=stage.id,
                changed_at=now,
                changed_by_id=user_id,
                amount=amount,
            )
        )
        return deal.id


def _existing(s: Session, opening: Opening, kind: DealKind) -> uuid.UUID | None:
    """The open deal a repeated click would duplicate: for a customer without an open
    deal any open deal, else an open deal of the kind (with the product, for cross-sell)."""
    query = _open_deals(opening.account_id).with_only_columns(Opportunity.id)
    if opening.kind != NO_DEAL:
        query = query.where(Opportunity.kind == str(kind))
    if opening.kind == CROSS_SELL:
        query = query.where(
            exists(
                select(LineItem.id).where(
                    LineItem.opportunity_id == Opportunity.id,
                    LineItem.product_id == opening.product_id,
                    LineItem.deleted_at.is_(None),
                )
            )
        )
    return s.scalars(query.order_by(Opportunity.created_at).limit(1)).first()


def _open_deals(account_id) -> Select:
    return (
        select(Opportunity.id)
        .join(PipelineStage, PipelineStage.id == Opportunity.stage_id)
        .where(
            Opportunity.account_id == account_id,
            Opportunity.deleted_at.is_(None),
            open_stage(),
        )
    )


def _customers(account_id: uuid.UUID | None, owner_id: uuid.UUID | None) -> ColumnElement[bool]:
    where = [Account.deleted_at.is_(None), Account.kind == str(AccountKind.CUSTOMER)]
    if account_id is not None:
        where.append(Account.id == account_id)
    if owner_id is not None:
        where.append(or_(Account.owner_id == owner_id, Account.account_manager_id == owner_id))
    return and_(*where)


def _account_columns():
    return select(
        Account.id,
        Account.name,
        Account.owner_id,
        Account.account_manager_id,
        Account.industry,
        Account.employees,
        Account.current_revenue,
        Account.estimated_potential,
    )


def _page(db: Database, kind: str, where, order, limit: int, offset: int) -> OpeningList:
    with db.read() as s:
        total = s.scalar(select(func.count()).select_from(Account).where(where)) or 0
        rows = s.execute(
            _account_columns().where(where).order_by(*order).limit(limit).offset(offset)
        )
        items = [_opening(kind, a) for a in rows]
        if kind == UPSELL and items:
            # The open upsell deal made for a row already, so the list can show it.
            made = dict(
                s.execute(
                    select(Opportunity.account_id, func.min(Opportunity.id))
                    .join(PipelineStage, PipelineStage.id == Opportunity.stage_id)
                    .where(
                        open_stage(),
                        Opportunity.deleted_at.is_(None),
                        Opportunity.kind == str(DealKind.UPSELL),
                        Opportunity.account_id.in_([o.account_id for o in items]),
                    )
                    .group_by(Opportunity.account_id)
                ).all()
            )
            items = [_with_deal(o, made.get(o.account_id)) for o in items]
    return OpeningList(items, total)


def _opening(kind: str, a, **extra) -> Opening:
    return Opening(
        kind=kind,
        account_id=a.id,
        account=a.name,
        owner_id=a.account_manager_id or a.owner_id,
        industry=a.industry,
        size_band=band_of(a.employees, SIZE_BANDS),
        current_revenue=a.current_revenue or 0.0,
        estimated_potential=a.estimated_potential or 0.0,
        **extra,
    )


def _with_deal(opening: Opening, deal_id) -> Opening:
    return opening if deal_id is None else replace(opening, deal_id=deal_id)
