"""User text into reportlab: escaped markup, and right-to-left text shaped and ordered.

Two ways text reaches a page, and both are safe with hostile input:
- `para(text, style)`: a paragraph. Text without right-to-left letters becomes a
  reportlab Paragraph, whose mini-HTML parser would otherwise obey `<img src=...>`,
  `<a href>` or `<font size=400>` in a customer's name: it is escaped first (`markup`).
  Text with right-to-left letters becomes an `RtlParagraph`, drawn as plain strings
  (no markup parser at all).
- `visual(text)`: one line for canvas.drawString (headers, map labels), shaped and in
  display order.

Right-to-left (Persian, Arabic): arabic_reshaper joins letters into their presentation
forms; the wrap then happens in logical order with the font's string widths; only then
python-bidi reorders each line for display (bidi.algorithm.get_display, which also
mirrors brackets). Reordering the whole text
first and wrapping afterwards would put the wrapped lines in reverse order. Each
newline starts a bidi paragraph whose direction comes from its first strong letter, so
"Goals: افزایش سهم" is a left-to-right line with a Persian run, and a Persian line with
an English product name is right-aligned with the name in place.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from xml.sax.saxutils import escape

import arabic_reshaper

# The pure-Python implementation: python-bidi's default (Rust) get_display leaves out
# rule L4, so "(Packaging)" in a Persian line came out as ")Packaging(" (issue #25 there).
from bidi.algorithm import get_display
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

# Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic Extended, the
# presentation forms, and the right-to-left blocks of the supplementary planes.
_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
# Control characters other than newline and tab draw as empty boxes (or break a viewer).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
ELLIPSIS = "…"


def clean(text: object) -> str:
    """A stored value as printable text: None is empty, CR LF and CR are newlines."""
    if text is None:
        return ""
    value = str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", value)


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def markup(text: object) -> str:
    """User text as Paragraph markup that prints literally: &, < and > escaped."""
    return escape(clean(text)).replace("\n", "<br/>")


def is_rtl_line(text: str) -> bool:
    """The direction of one bidi paragraph: its first strong letter (else left-to-right)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


def visual(text: object) -> str:
    """One line of text shaped and in display order, for canvas.drawString."""
    value = " ".join(clean(text).split("\n"))
    if not has_rtl(value):
        return value
    return get_display(arabic_reshaper.reshape(value), base_dir="R" if is_rtl_line(value) else "L")


def fit(text: str, font: str, size: float, width: float) -> str:
    """`text` cut with an ellipsis to fit `width` (logical order, before visual())."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + ELLIPSIS, font, size) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


@dataclass(frozen=True)
class Line:
    """One wrapped line, in display order, and whether it is right-to-left."""

    text: str
    rtl: bool


def wrap_lines(text: object, font: str, size: float, width: float) -> list[Line]:
    """Wrap `text` to `width` points: shaped, broken in logical order, then reordered."""
    lines: list[Line] = []
    for paragraph in clean(text).split("\n"):
        rtl = is_rtl_line(paragraph)
        shaped = arabic_reshaper.reshape(paragraph) if has_rtl(paragraph) else paragraph
        base = "R" if rtl else "L"
        for logical in _break(shaped, font, size, width):
            shown = get_display(logical, base_dir=base) if has_rtl(logical) else logical
            lines.append(Line(shown, rtl))
    return lines


def _break(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking at spaces; a word wider than the line is cut by characters."""
    words = text.split(" ")
    lines: list[str] = []
    current = ""
    space = stringWidth(" ", font, size)
    current_width = 0.0
    for word in words:
        w = stringWidth(word, font, size)
        if current and current_width + space + w <= width:
            current += " " + word
            current_width += space + w
            continue
        if current:
            lines.append(current)
        while w > width and len(word) > 1:
            cut = _longest_prefix(word, font, size, width)
            lines.append(word[:cut])
            word = word[cut:]
            w = stringWidth(word, font, size)
        current, current_width = word, w
    lines.append(current)
    return lines


def _longest_prefix(word: str, font: str, size: float, width: float) -> int:
    lo, hi = 1, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(word[:mid], font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return lo


class RtlParagraph(Flowable):
    """A paragraph with right-to-left text, drawn line by line as plain strings.

    Uses the style's font, size, leading, spacing and colour; right-to-left lines are
    right-aligned, left-to-right ones left-aligned (both centred for TA_CENTER). Splits
    between lines at a page end, like a Paragraph.
    """

    def __init__(self, text: str, style: ParagraphStyle, lines: list[Line] | None = None):
        super().__init__()
        self.text = text
        self.style = style
        self._lines = lines
        self._fixed = lines is not None  # a part from split(): its lines were cut already
        self._width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._lines is None or (not self._fixed and self._width != availWidth):
            self._lines = wrap_lines(
                self.text, self.style.fontName, self.style.fontSize, availWidth
            )
            self._width = availWidth
        self.width = self._width or availWidth
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        fits = int(availHeight // self.style.leading)
        assert self._lines is not None
        if fits >= len(self._lines):
            return [self]
        if fits <= 0:
            return []
        head = RtlParagraph(self.text, self.style, self._lines[:fits])
        tail = RtlParagraph(self.text, self.style, self._lines[fits:])
        head._width = tail._width = self._width
        head.spaceAfter = 0
        tail.spaceBefore = 0
        return [head, tail]

    def draw(self) -> None:
        style, canvas = self.style, self.canv
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(style.textColor)
        # The baseline sits like a Paragraph's: leading minus the font size below the top.
        y = self.height - style.fontSize
        for line in self._lines or ():
            if style.alignment == TA_CENTER:
                canvas.drawCentredString(self.width / 2, y, line.text)
            elif line.rtl or style.alignment == TA_RIGHT:
                canvas.drawRightString(self.width, y, line.text)
            else:
                canvas.drawString(0, y, line.text)
            y -= style.leading


def joined(pieces: list[str], style: ParagraphStyle, sep: str = " · ") -> Flowable:
    """Short values on one line, each ordered on its own (like bidi isolates), joined
    left to right: "Customer · <Persian industry> · <Persian city>, IR"."""
    pieces = [clean(p) for p in pieces if clean(p)]
    if not any(has_rtl(p) for p in pieces):
        return para(sep.join(pieces), style)
    return Paragraph(escape(sep).join(escape(visual(p)) for p in pieces), style)


def para(text: object, style: ParagraphStyle) -> Flowable:
    """A paragraph of user text that prints literally and, if right-to-left, in order."""
    value = clean(text)
    if has_rtl(value):
        return RtlParagraph(value, style)
    return Paragraph(markup(value), style)
