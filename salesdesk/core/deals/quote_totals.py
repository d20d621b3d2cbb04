"""A quote's arithmetic, in Decimal, rounded half-up to cents at fixed points.

    line total = round(quantity × unit price × (1 − line discount % / 100))
    subtotal   = Σ line totals                       (already in cents)
    discount   = round(subtotal × discount % / 100)
    tax        = round((subtotal − discount) × tax % / 100)
    total      = subtotal − discount + tax

Rounding each line first is what a customer can check with a pocket calculator: the
printed line totals add up to the printed subtotal. Inputs may be floats (as stored in
the price book); they go through str() so 0.1 stays 0.1.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
HUNDRED = Decimal(100)


def dec(value: object) -> Decimal:
    """A number as Decimal, through its shortest text form (floats keep their cents)."""
    if isinstance(value, Decimal):
        return value
    return Decimal(str(value))


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def line_amount(quantity: object, unit_price: object, discount_pct: object) -> Decimal:
    return cents(dec(quantity) * dec(unit_price) * (1 - dec(discount_pct) / HUNDRED))


@dataclass(frozen=True)
class Totals:
    subtotal: Decimal
    discount_pct: Decimal
    discount: Decimal
    tax_pct: Decimal
    tax: Decimal
    total: Decimal


def quote_totals(line_totals: Iterable[Decimal], discount_pct: object, tax_pct: object) -> Totals:
    """The totals of lines whose amounts are already rounded (line_amount)."""
    subtotal = cents(sum((dec(t) for t in line_totals), Decimal(0)))
    discount_rate, tax_rate = dec(discount_pct), dec(tax_pct)
    discount = cents(subtotal * discount_rate / HUNDRED)
    tax = cents((subtotal - discount) * tax_rate / HUNDRED)
    return Totals(subtotal, discount_rate, discount, tax_rate, tax, subtotal - discount + tax)
