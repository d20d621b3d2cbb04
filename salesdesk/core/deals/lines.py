"""Line items: products from the price book on a deal, and the amount that follows them.

save_lines replaces the deal's lines in one transaction and sets the deal's amount to
their total (quantity × price × (1 − discount)). Without lines a deal keeps the amount
typed on it. New lines take active products; a line already on the deal may keep a
product taken out of the price book since.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..db import Database
from ..i18n import QT_TRANSLATE_NOOP
from ..models import LineItem, Product
from ..models.base import utcnow
from .quote_totals import line_amount
from .records import DealInputError, live_deal


@dataclass(frozen=True)
class ProductEntry:
    id: uuid.UUID
    name: str
    sku: str | None
    category: str | None
    unit_price: float


@dataclass(frozen=True)
class LineInput:
    product_id: uuid.UUID
    quantity: float = 1.0
    unit_price: float | None = None  # None: the product's list price
    discount_pct: float = 0.0


@dataclass(frozen=True)
class Line:
    product_id: uuid.UUID
    product: str
    sku: str | None
    quantity: float
    unit_price: float
    discount_pct: float
    total: float


@dataclass(frozen=True)
class Lines:
    lines: tuple[Line, ...]
    total: float
    amount: float  # the deal's amount after the save


def line_total(quantity: float, unit_price: float, discount_pct: float) -> float:
    """A line's amount in cents, rounded half-up as the proposals round it, so a deal's
    amount (the sum of its lines) is the subtotal its proposal prints."""
    return float(line_amount(quantity, unit_price, discount_pct))


def products(db: Database) -> list[ProductEntry]:
    """The price book's active products by category and name, for the picker."""
    with db.read() as s:
        rows = s.scalars(
            select(Product)
            .where(Product.active.is_(True), Product.deleted_at.is_(None))
            .order_by(Product.category, Product.name)
        ).all()
        return [ProductEntry(p.id, p.name, p.sku, p.category, p.unit_price) for p in rows]


def _bad(row: int, template: str, **params: object) -> DealInputError:
    return DealInputError("lines", template, row=row, **params)


def _check(s: Session, deal_id: uuid.UUID, items: Sequence[LineInput]) -> list[LineItem]:
    on_deal = set(
        s.scalars(
            select(LineItem.product_id).where(
                LineItem.opportunity_id == deal_id, LineItem.deleted_at.is_(None)
            )
        )
    )
    rows = []
    for row, item in enumerate(items, start=1):
        product = s.get(Product, item.product_id)
        if (
            product is None
            or product.deleted_at is not None
            or (not product.active and product.id not in on_deal)
        ):
            raise _bad(
                row,
                QT_TRANSLATE_NOOP("Errors", "Line {row}: choose a product from the price book."),
            )
        quantity = float(item.quantity)
        if not math.isfinite(quantity) or quantity <= 0:
            raise _bad(
                row, QT_TRANSLATE_NOOP("Errors", "Line {row}: the quantity must be more than 0.")
            )
        price = float(product.unit_price if item.unit_price is None else item.unit_price)
        if not math.isfinite(price) or price < 0:
            raise _bad(
                row, QT_TRANSLATE_NOOP("Errors", "Line {row}: the price cannot be negative.")
            )
        discount = float(item.discount_pct or 0.0)
        if not math.isfinite(discount) or not 0 <= discount <= 100:
            raise _bad(
                row,
                QT_TRANSLATE_NOOP("Errors", "Line {row}: the discount must be from 0 to 100%."),
            )
        rows.append(
            LineItem(
                opportunity_id=deal_id,
                product_id=product.id,
                quantity=quantity,
                unit_price=price,
                discount_pct=discount,
            )
        )
    return rows


def save_lines(db: Database, deal_id: uuid.UUID, items: Sequence[LineInput]) -> Lines:
    """Replace the deal's lines; with any, the deal's amount becomes their total.
    DealInputError (field "lines", params row) and nothing written on bad input."""
    with db.write() as s:
        deal = live_deal(s, deal_id)
        rows = _check(s, deal_id, items)
        s.execute(delete(LineItem).where(LineItem.opportunity_id == deal_id))
        now = utcnow()
        for n, row in enumerate(rows):
            row.created_at = now + timedelta(microseconds=n)  # keeps the rep's order
            s.add(row)
        if rows:
            deal.amount = round(
                sum(line_total(r.quantity, r.unit_price, r.discount_pct) for r in rows), 2
            )
        s.flush()
        found = lines_in(s, deal_id)
        return Lines(found, round(sum(line.total for line in found), 2), deal.amount)


def deal_lines(db: Database, deal_id: uuid.UUID) -> tuple[Line, ...]:
    with db.read() as s:
        return lines_in(s, deal_id)


def lines_in(s: Session, deal_id: uuid.UUID) -> tuple[Line, ...]:
    rows = s.execute(
        select(LineItem, Product.name, Product.sku)
        .join(Product, Product.id == LineItem.product_id)
        .where(LineItem.opportunity_id == deal_id, LineItem.deleted_at.is_(None))
        .order_by(LineItem.created_at)
    ).all()
    return tuple(
        Line(
            li.product_id,
            name,
            sku,
            li.quantity,
            li.unit_price,
            li.discount_pct,
            round(line_total(li.quantity, li.unit_price, li.discount_pct), 2),
        )
        for li, name, sku in rows
    )
