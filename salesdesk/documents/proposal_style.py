"""The proposal PDF's wording (marked for Qt's translation tools, context "Pdf"), its
paragraph styles and how it writes money, quantities and percentages."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.territory.explain import CURRENCY_SYMBOLS
from .fonts import register_fonts
from .layout import ACCENT, ACCENT_DARK, INK, MUTED, make_styles

Styles = dict[str, ParagraphStyle]

QUOTE = QT_TRANSLATE_NOOP("Pdf", "Quote")
NUMBER = QT_TRANSLATE_NOOP("Pdf", "Quote no.")
VERSION = QT_TRANSLATE_NOOP("Pdf", "Version")
DATE = QT_TRANSLATE_NOOP("Pdf", "Date")
VALID_UNTIL = QT_TRANSLATE_NOOP("Pdf", "Valid until")
PREPARED_BY = QT_TRANSLATE_NOOP("Pdf", "Prepared by")
QUOTE_FOR = QT_TRANSLATE_NOOP("Pdf", "Quote for")
REFERENCE = QT_TRANSLATE_NOOP("Pdf", "Reference: {deal}")
TOTAL_DUE = QT_TRANSLATE_NOOP("Pdf", "Total")
VALID_NOTE = QT_TRANSLATE_NOOP("Pdf", "valid until {date}")
ITEM = QT_TRANSLATE_NOOP("Pdf", "Item")
QTY = QT_TRANSLATE_NOOP("Pdf", "Qty")
UNIT_PRICE = QT_TRANSLATE_NOOP("Pdf", "Unit price")
LINE_DISCOUNT = QT_TRANSLATE_NOOP("Pdf", "Discount")
AMOUNT = QT_TRANSLATE_NOOP("Pdf", "Amount")
SUBTOTAL = QT_TRANSLATE_NOOP("Pdf", "Subtotal")
DISCOUNT = QT_TRANSLATE_NOOP("Pdf", "Discount ({pct})")
NET = QT_TRANSLATE_NOOP("Pdf", "Net")
TAX = QT_TRANSLATE_NOOP("Pdf", "Tax ({pct})")
TOTAL = QT_TRANSLATE_NOOP("Pdf", "Total ({currency})")
NOTES = QT_TRANSLATE_NOOP("Pdf", "Notes")
TERMS = QT_TRANSLATE_NOOP("Pdf", "Terms and conditions")
ACCEPTANCE = QT_TRANSLATE_NOOP("Pdf", "Accepted on behalf of the customer")
SIGN_NAME = QT_TRANSLATE_NOOP("Pdf", "Name")
SIGNATURE = QT_TRANSLATE_NOOP("Pdf", "Signature")
TAX_ID = QT_TRANSLATE_NOOP("Pdf", "Tax ID {id}")
PAGE_OF = QT_TRANSLATE_NOOP("Pdf", "Page {page} of {total}")
CONTINUED = QT_TRANSLATE_NOOP("Pdf", "{number} · version {version}")


def money(value: Decimal, currency: str) -> str:
    symbol = CURRENCY_SYMBOLS.get(currency, currency + " ")
    sign = "−" if value < 0 else ""
    return f"{sign}{symbol}{abs(value):,.2f}"


def number(value: Decimal) -> str:
    """1, 2.5, 0.125: no trailing zeros, no exponent."""
    text = f"{value.normalize():f}"
    return text


def percent(value: Decimal) -> str:
    return f"{number(value)}%"


def quote_styles() -> Styles:
    s = make_styles()
    regular, bold = register_fonts()
    base = {"fontName": regular, "textColor": INK}
    s["company"] = ParagraphStyle("company", **base, fontSize=8.5, leading=11.5)
    s["company_name"] = ParagraphStyle(
        "company_name", **{**base, "fontName": bold}, fontSize=14, leading=18, spaceAfter=2
    )
    s["quote_title"] = ParagraphStyle(
        "quote_title",
        **{**base, "fontName": bold, "textColor": ACCENT_DARK},
        fontSize=24,
        leading=28,
        alignment=TA_RIGHT,
        spaceAfter=6,
    )
    s["meta_label"] = ParagraphStyle(
        "meta_label", **{**base, "textColor": MUTED}, fontSize=8.5, leading=12, alignment=TA_RIGHT
    )
    s["meta_value"] = ParagraphStyle(
        "meta_value", **{**base, "fontName": bold}, fontSize=8.5, leading=12, alignment=TA_RIGHT
    )
    s["block_head"] = ParagraphStyle(
        "block_head", **{**base, "fontName": bold, "textColor": ACCENT}, fontSize=8, leading=11
    )
    s["customer"] = ParagraphStyle(
        "customer", **{**base, "fontName": bold}, fontSize=11.5, leading=15, spaceAfter=1
    )
    s["big_total"] = ParagraphStyle(
        "big_total", **{**base, "fontName": bold}, fontSize=20, leading=25, alignment=TA_RIGHT
    )
    s["tile_label"] = ParagraphStyle(
        "tile_label", **{**base, "textColor": MUTED}, fontSize=8, leading=11, alignment=TA_RIGHT
    )
    s["terms"] = ParagraphStyle("terms", **{**base, "textColor": MUTED}, fontSize=8, leading=11)
    return s
