"""The PDF quote a customer receives: one proposal version, exactly as it was issued.

Page one opens with the company (logo, name, address, contacts) beside the quote's
number, version, date and validity, then the customer block and a summary tile; the
line table follows (its header repeats on every page it runs onto), the totals under it
on the right, then notes, terms and a place to sign. Each page ends with the company's
line and "Page x of y". Every user string goes through text.para/visual, so markup in a
name prints literally and Persian or Arabic is shaped and right-to-left.
"""

from __future__ import annotations

import io
import os

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    LongTable,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ..core.company import LOGO_MAX_PIXELS
from ..core.deals.proposals import ProposalDoc
from ..core.exports.files import atomic_file
from ..core.today import local_day
from . import proposal_style as w
from .fonts import register_fonts
from .layout import (
    ACCENT,
    ACCENT_DARK,
    CONTENT_W,
    HEAD_BG,
    INK,
    MARGIN_BOTTOM,
    MARGIN_X,
    MUTED,
    PAGE_H,
    PAGE_W,
    RULE,
    TILE_BG,
    ZEBRA,
    NumberedCanvas,
    Translate,
    draw_footer,
)
from .proposal_style import Styles, money, number, percent, quote_styles
from .text import clean, fit, para, visual

LOGO_W, LOGO_H = 52 * mm, 20 * mm
SECTION_START = 40 * mm  # the least room to start notes or terms on a page
TEXT_LIMIT = 600  # characters per table cell: a row must fit on one page


def _identity(text: str) -> str:
    return text


def _short(text: object, limit: int = TEXT_LIMIT) -> str:
    value = clean(text)
    return value if len(value) <= limit else value[: limit - 1] + "…"


def proposal_pdf(
    doc: ProposalDoc, out_path: str | os.PathLike[str], translate: Translate = _identity
) -> None:
    """Write the proposal to `out_path`, replaced in one step (ExportError on failure,
    then no file or the old one is left)."""
    styles = quote_styles()
    with atomic_file(out_path) as tmp:
        template = QuoteDocument(str(tmp), doc, translate)
        template.build(_story(doc, translate, styles), canvasmaker=template.canvas_maker)


class QuoteDocument(BaseDocTemplate):
    """A4 pages with the accent bar, a running header after page one, and the footer."""

    def __init__(self, path: str, doc: ProposalDoc, tr: Translate) -> None:
        seller = doc.seller.get("name") or ""
        super().__init__(
            path,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=16 * mm,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{tr(w.QUOTE)} {doc.number}",
            author=clean(seller) or "SalesDesk",
            subject=clean(doc.customer.get("account", "")),
            creator="SalesDesk",
            invariant=1,
        )
        self.quote, self.tr = doc, tr
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            CONTENT_W,
            PAGE_H - 16 * mm - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._page)])

    def _page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        regular, bold = register_fonts()
        canvas.saveState()
        canvas.setFillColor(ACCENT_DARK)
        canvas.rect(0, PAGE_H - 5 * mm, PAGE_W, 5 * mm, stroke=0, fill=1)
        if canvas.getPageNumber() > 1:  # page one has the full header in the story
            y = PAGE_H - 11 * mm
            canvas.setFont(bold, 8)
            canvas.setFillColor(ACCENT)
            name = fit(clean(self.quote.seller.get("name", "")), bold, 8, CONTENT_W * 0.5)
            canvas.drawString(MARGIN_X, y, visual(name))
            canvas.setFont(regular, 8)
            canvas.setFillColor(MUTED)
            label = self.tr(w.CONTINUED).format(
                number=self.quote.number, version=self.quote.version
            )
            canvas.drawRightString(PAGE_W - MARGIN_X, y, f"{self.tr(w.QUOTE)} {label}")
        canvas.restoreState()

    def footer(self, canvas: Canvas, page: int, total: int) -> None:
        regular, _bold = register_fonts()
        parts = [clean(self.quote.seller.get(k, "")) for k in ("name", "email", "website")]
        line = fit(" · ".join(" ".join(p.split()) for p in parts if p), regular, 7.5, 135 * mm)
        draw_footer(canvas, line, self.tr(w.PAGE_OF).format(page=page, total=total))

    def canvas_maker(self, *args, **kwargs) -> NumberedCanvas:
        return NumberedCanvas(*args, footer=self.footer, **kwargs)


def _story(doc: ProposalDoc, tr: Translate, s: Styles) -> list[Flowable]:
    story: list[Flowable] = [
        Spacer(1, 4 * mm),
        _header(doc, tr, s),
        Spacer(1, 8 * mm),
        _parties(doc, tr, s),
        Spacer(1, 7 * mm),
        _line_table(doc, tr, s),
        Spacer(1, 4 * mm),
        KeepTogether(_totals(doc, tr, s)),
    ]
    if doc.notes.strip():
        story += _text_section(tr(w.NOTES), doc.notes, s, s["body"])
    if doc.terms.strip():
        story += _text_section(tr(w.TERMS), doc.terms, s, s["terms"])
    story += [Spacer(1, 8 * mm), KeepTogether(_acceptance(tr, s))]
    return story


def _text_section(title: str, text: str, s: Styles, style: ParagraphStyle) -> list[Flowable]:
    """A heading and the whole text (never cut: it is what the customer signs). The text
    runs on over pages; the heading starts a new page only when less than SECTION_START
    is left, so it never stands alone at a page's foot."""
    return [CondPageBreak(SECTION_START), para(title, s["subsection"]), para(text, style)]


def _logo(data: bytes | None) -> Flowable | None:
    if not data:
        return None
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # a logo that stopped being readable: the quote prints without it
        return None
    if max(width, height) > LOGO_MAX_PIXELS:  # stored before the check: seconds, a GB
        return None
    scale = min(LOGO_W / width, LOGO_H / height)
    image = Image(io.BytesIO(data), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


def _header(doc: ProposalDoc, tr: Translate, s: Styles) -> Flowable:
    seller = doc.seller
    left: list[Flowable] = []
    logo = _logo(doc.logo)
    if logo is not None:
        left += [logo, Spacer(1, 3 * mm)]
    if seller.get("name"):
        left.append(para(_short(seller["name"], 200), s["company_name"]))
    address = _short(seller.get("address", ""), 400)
    if address:
        left.append(para(address, s["company"]))
    contacts = [seller.get(k, "") for k in ("phone", "email", "website")]
    for value in filter(None, (clean(v) for v in contacts)):
        left.append(para(_short(value, 200), s["company"]))
    if seller.get("tax_id"):
        left.append(para(tr(w.TAX_ID).format(id=_short(seller["tax_id"], 60)), s["company"]))
    facts = [
        (tr(w.NUMBER), doc.number),
        (tr(w.VERSION), str(doc.version)),
        (tr(w.DATE), local_day(doc.created_at).isoformat()),  # the day validity counts from
        (tr(w.VALID_UNTIL), doc.valid_until.isoformat()),
    ]
    if seller.get("prepared_by"):
        facts.append((tr(w.PREPARED_BY), _short(seller["prepared_by"], 120)))
    meta = Table(
        [[para(k, s["meta_label"]), para(v, s["meta_value"])] for k, v in facts],
        colWidths=[28 * mm, 44 * mm],
        hAlign="RIGHT",
    )
    meta.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
            ]
        )
    )
    right = [para(tr(w.QUOTE).upper(), s["quote_title"]), meta]
    return _side_by_side([left or "", right], [CONTENT_W - 76 * mm, 76 * mm])


def _side_by_side(cells: list[object], widths: list[float]) -> Table:
    """Blocks in one row, tops aligned, flush with the margins."""
    table = Table([cells], colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _parties(doc: ProposalDoc, tr: Translate, s: Styles) -> Flowable:
    c = doc.customer
    block: list[Flowable] = [para(tr(w.QUOTE_FOR).upper(), s["block_head"])]
    block.append(para(_short(c.get("account", ""), 300), s["customer"]))
    if c.get("contact"):
        block.append(para(_short(c["contact"], 200), s["body"]))
    address = c.get("address") if isinstance(c.get("address"), list) else []
    for line in [*address, c.get("phone", ""), c.get("email", "")]:
        if clean(line):
            block.append(para(_short(line, 300), s["company"]))
    if doc.deal:
        block.append(Spacer(1, 2 * mm))
        block.append(para(tr(w.REFERENCE).format(deal=_short(doc.deal, 300)), s["small"]))
    tile = Table(
        [
            [para(tr(w.TOTAL_DUE).upper(), s["tile_label"])],
            [para(money(doc.total, doc.currency), s["big_total"])],
            [para(tr(w.VALID_NOTE).format(date=doc.valid_until.isoformat()), s["tile_label"])],
        ],
        colWidths=[70 * mm],
    )
    tile.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TILE_BG),
                ("LINEABOVE", (0, 0), (-1, 0), 2, ACCENT),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    gap = 8 * mm
    return _side_by_side([block, "", tile], [CONTENT_W - 70 * mm - gap, gap, 70 * mm])


def _line_table(doc: ProposalDoc, tr: Translate, s: Styles) -> Flowable:
    widths = [9 * mm, 0, 16 * mm, 27 * mm, 19 * mm, 29 * mm]
    widths[1] = CONTENT_W - sum(widths)
    head = [
        "#",
        para(tr(w.ITEM), s["head"]),
        para(tr(w.QTY), s["head_right"]),
        para(tr(w.UNIT_PRICE), s["head_right"]),
        para(tr(w.LINE_DISCOUNT), s["head_right"]),
        para(tr(w.AMOUNT), s["head_right"]),
    ]
    rows: list[list[object]] = [head]
    for n, line in enumerate(doc.lines, start=1):
        item: list[Flowable] = [para(_short(line.product, 300), s["cell_bold"])]
        detail = " · ".join(clean(p) for p in (line.sku, line.description) if clean(p))
        if detail:
            item.append(para(_short(detail, 300), s["small"]))
        rows.append(
            [
                str(n),
                item,
                number(line.quantity),
                money(line.unit_price, doc.currency),
                percent(line.discount_pct) if line.discount_pct else "–",
                money(line.total, doc.currency),
            ]
        )
    regular, bold = register_fonts()
    table = LongTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), regular, 8.5, 11),
                ("FONT", (0, 0), (-1, 0), bold, 8, 10),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("TEXTCOLOR", (0, 0), (-1, 0), ACCENT_DARK),
                ("TEXTCOLOR", (0, 1), (0, -1), MUTED),
                ("FONT", (-1, 1), (-1, -1), bold, 8.5, 11),
                ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _totals(doc: ProposalDoc, tr: Translate, s: Styles) -> list[Flowable]:
    rows = [(tr(w.SUBTOTAL), money(doc.subtotal, doc.currency))]
    if doc.discount:
        rows.append(
            (
                tr(w.DISCOUNT).format(pct=percent(doc.discount_pct)),
                money(-doc.discount, doc.currency),
            )
        )
        rows.append((tr(w.NET), money(doc.subtotal - doc.discount, doc.currency)))
    rows.append((tr(w.TAX).format(pct=percent(doc.tax_pct)), money(doc.tax, doc.currency)))
    rows.append((tr(w.TOTAL).format(currency=doc.currency), money(doc.total, doc.currency)))
    regular, bold = register_fonts()
    table = Table(rows, colWidths=[48 * mm, 34 * mm], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), regular, 9, 12),
                ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
                ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("FONT", (0, -1), (-1, -1), bold, 11, 14),
                ("TEXTCOLOR", (0, -1), (-1, -1), colors.white),
                ("BACKGROUND", (0, -1), (-1, -1), ACCENT_DARK),
                ("TOPPADDING", (0, -1), (-1, -1), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
            ]
        )
    )
    return [table]


def _acceptance(tr: Translate, s: Styles) -> list[Flowable]:
    head = para(tr(w.ACCEPTANCE), s["subsection"])
    labels = [para(tr(t), s["small"]) for t in (w.SIGN_NAME, w.SIGNATURE, w.DATE)]
    gap = 6 * mm
    width = (CONTENT_W - 2 * gap) / 3
    table = Table(
        [["", "", "", "", ""], [labels[0], "", labels[1], "", labels[2]]],
        colWidths=[width, gap, width, gap, width],
        rowHeights=[14 * mm, None],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (0, 0), 0.6, INK),
                ("LINEBELOW", (2, 0), (2, 0), 0.6, INK),
                ("LINEBELOW", (4, 0), (4, 0), 0.6, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [head, table]
