"""The look shared by every document: A4 pages, styles, header and footer, tables.

Header (on body pages): the document kind on the left, the account on the right.
Footer: the date on the left, "Page N of M" on the right. M is known only when the last
page is done, so `NumberedCanvas` keeps each page and draws the footers on save.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LongTable,
    PageTemplate,
    TableStyle,
)

from .fonts import register_fonts
from .text import clean, fit, has_rtl, para, visual

Translate = Callable[[str], str]

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X
CELL_PAD_X = 4

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5d6b7a")
ACCENT = colors.HexColor("#1f5f8b")
ACCENT_DARK = colors.HexColor("#17456a")
RULE = colors.HexColor("#c9d4df")
HEAD_BG = colors.HexColor("#e6eef5")
ZEBRA = colors.HexColor("#f5f8fb")
TILE_BG = colors.HexColor("#f1f5f9")
ALERT = colors.HexColor("#b23a3a")


def make_styles() -> dict[str, ParagraphStyle]:
    regular, bold = register_fonts()

    def style(name: str, **kw) -> ParagraphStyle:
        base = {"fontName": regular, "fontSize": 9.5, "leading": 13.5, "textColor": INK}
        base.update(kw)
        return ParagraphStyle(name, **base)

    return {
        "body": style("body", spaceAfter=4),
        "muted": style("muted", textColor=MUTED, spaceAfter=4),
        "small": style("small", fontSize=8, leading=10.5, textColor=MUTED),
        "cell": style("cell", fontSize=8.5, leading=11),
        "cell_right": style("cell_right", fontSize=8.5, leading=11, alignment=TA_RIGHT),
        "cell_bold": style("cell_bold", fontName=bold, fontSize=8.5, leading=11),
        "head": style("head", fontName=bold, fontSize=8, leading=10, textColor=ACCENT_DARK),
        "head_right": style(
            "head_right",
            fontName=bold,
            fontSize=8,
            leading=10,
            textColor=ACCENT_DARK,
            alignment=TA_RIGHT,
        ),
        "section": style(
            "section",
            fontName=bold,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT_DARK,
            spaceBefore=12,
            spaceAfter=5,
        ),
        "subsection": style(
            "subsection",
            fontName=bold,
            fontSize=9.5,
            leading=13,
            spaceBefore=6,
            spaceAfter=2,
        ),
        "account": style(
            "account",
            fontName=bold,
            fontSize=19,
            leading=24,
            textColor=INK,
            spaceAfter=2,
        ),
        "account_meta": style("account_meta", textColor=MUTED, spaceAfter=8),
        "cover_kind": style(
            "cover_kind",
            fontName=bold,
            fontSize=11,
            leading=14,
            textColor=ACCENT,
            spaceAfter=10,
        ),
        "cover_title": style(
            "cover_title",
            fontName=bold,
            fontSize=30,
            leading=38,
            textColor=INK,
            spaceAfter=6,
        ),
        "cover_meta": style("cover_meta", fontSize=12, leading=17, textColor=MUTED),
        "figure": style(
            "figure",
            fontName=bold,
            fontSize=15,
            leading=19,
            textColor=INK,
            alignment=TA_CENTER,
        ),
        "figure_label": style(
            "figure_label",
            fontSize=7.5,
            leading=9.5,
            textColor=MUTED,
            alignment=TA_CENTER,
        ),
        "note": style("note", textColor=MUTED, fontSize=9, leading=12.5),
        "toc_title": style(
            "toc_title",
            fontName=bold,
            fontSize=16,
            leading=20,
            textColor=ACCENT_DARK,
            spaceAfter=10,
        ),
        "toc": style("toc", fontSize=9.5, leading=14),
    }


def cell(value: object, style: ParagraphStyle, width: float) -> Flowable | str:
    """A table cell: a plain string when the text fits one line (drawn as is, no markup,
    several times cheaper than a Paragraph), else a wrapping paragraph."""
    if isinstance(value, Flowable):
        return value
    text = clean(value)
    if (
        "\n" not in text
        and not has_rtl(text)
        and stringWidth(text, style.fontName, style.fontSize) <= width - CELL_PAD_X * 2
    ):
        return text
    return para(text, style)


def text_commands(style: ParagraphStyle, first: tuple[int, int], last: tuple[int, int]) -> list:
    """Table style commands that draw plain-string cells like `style`."""
    commands = [
        ("FONT", first, last, style.fontName, style.fontSize, style.leading),
        ("TEXTCOLOR", first, last, style.textColor),
    ]
    if style.alignment == TA_RIGHT:
        commands.append(("ALIGN", first, last, "RIGHT"))
    return commands


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    styles: dict[str, ParagraphStyle],
    right: Sequence[int] = (),
    bold_last: bool = False,
) -> LongTable:
    """A table whose header row repeats on every page it runs onto.

    Cells are user text (plain strings or escaped paragraphs, see cell()) or ready
    flowables; columns listed in `right` are right-aligned (amounts).
    """
    last = len(rows) - 1

    def style_of(row: int, column: int) -> ParagraphStyle:
        if row < 0:
            return styles["head_right" if column in right else "head"]
        if column in right:
            return styles["cell_right"]
        return styles["cell_bold" if bold_last and row == last else "cell"]

    body = [[cell(h, style_of(-1, i), widths[i]) for i, h in enumerate(header)]]
    for r, row in enumerate(rows):
        body.append([cell(v, style_of(r, i), widths[i]) for i, v in enumerate(row)])
    table = LongTable(body, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    commands = [
        *text_commands(styles["head"], (0, 0), (-1, 0)),
        *text_commands(styles["cell"], (0, 1), (-1, -1)),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
    ]
    for column in right:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    if len(rows) > 2:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
    if bold_last and rows:
        commands += text_commands(styles["cell_bold"], (0, -1), (-1, -1))
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, INK))
    table.setStyle(TableStyle(commands))
    return table


class NumberedCanvas(Canvas):
    """Keeps every page until save(), then draws each footer with the page count."""

    def __init__(self, *args, footer: Callable[[Canvas, int, int], None], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._footer(self, number, total)
            super().showPage()
        super().save()


def draw_footer(canvas: Canvas, left: str, right: str) -> None:
    """A page's footer: a rule, then `left` at the start and `right` ("Page x of y")
    at the end of the line, small and muted."""
    regular, _bold = register_fonts()
    y = 11 * mm
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, y + 4 * mm, PAGE_W - MARGIN_X, y + 4 * mm)
    canvas.setFont(regular, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN_X, y, visual(left))
    canvas.drawRightString(PAGE_W - MARGIN_X, y, visual(right))
    canvas.restoreState()


class PlanDocument(BaseDocTemplate):
    """A4 with a cover template (no header) and a body template (header and footer).

    `header_right` is the account the current page belongs to: the story updates it
    through `SetHeader` flowables, and the header is drawn when the page ends.
    """

    def __init__(
        self,
        path: str,
        translate: Translate,
        kind: str,
        footer_left: str,
        title: str,
        cover_pages: int = 1,
    ) -> None:
        super().__init__(
            path,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author="SalesDesk",
            creator="SalesDesk",
            invariant=1,
        )
        self.tr = translate
        self.kind = kind
        self.footer_left = footer_left
        self.header_right = ""
        self.cover_pages = cover_pages
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            CONTENT_W,
            PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate("cover", [frame], onPage=_cover_band),
                PageTemplate("body", [frame], onPageEnd=self._header),
            ]
        )

    def _header(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        regular, bold = register_fonts()
        y = PAGE_H - 13 * mm
        canvas.saveState()
        canvas.setFont(bold, 8)
        canvas.setFillColor(ACCENT)
        canvas.drawString(MARGIN_X, y, visual(self.kind))
        canvas.setFont(regular, 8)
        canvas.setFillColor(MUTED)
        name = fit(self.header_right, regular, 8, CONTENT_W * 0.6)
        canvas.drawRightString(PAGE_W - MARGIN_X, y, visual(name))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y - 3 * mm, PAGE_W - MARGIN_X, y - 3 * mm)
        canvas.restoreState()

    def footer(self, canvas: Canvas, page: int, total: int) -> None:
        if page <= self.cover_pages:
            return
        label = self.tr("Page {page} of {total}").format(page=page, total=total)
        draw_footer(canvas, self.footer_left, label)

    def canvas_maker(self, *args, **kwargs) -> NumberedCanvas:
        return NumberedCanvas(*args, footer=self.footer, **kwargs)


class SetHeader(Flowable):
    """Zero-size marker: from here on the page header names `text`."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        doc = getattr(self.canv, "_doctemplate", None)
        if doc is not None:
            doc.header_right = self.text


def _cover_band(canvas: Canvas, doc: BaseDocTemplate) -> None:
    """The cover's coloured band at the top and rule at the bottom."""
    canvas.saveState()
    canvas.setFillColor(ACCENT_DARK)
    canvas.rect(0, PAGE_H - 34 * mm, PAGE_W, 34 * mm, stroke=0, fill=1)
    canvas.setFillColor(ACCENT)
    canvas.rect(0, PAGE_H - 36 * mm, PAGE_W, 2 * mm, stroke=0, fill=1)
    regular, bold = register_fonts()
    canvas.setFillColor(colors.white)
    canvas.setFont(bold, 14)
    canvas.drawString(MARGIN_X, PAGE_H - 20 * mm, "SalesDesk")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, 18 * mm, PAGE_W - MARGIN_X, 18 * mm)
    canvas.setFont(regular, 8)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN_X, 13 * mm, visual(getattr(doc, "footer_left", "")))
    canvas.restoreState()
