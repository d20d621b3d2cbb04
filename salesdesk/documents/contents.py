"""The territory book's table of contents, laid out in the same pass as the book.

reportlab's TableOfContents needs a second build pass to learn the page numbers: twice
the time for a 200-account book. Here the contents take their final size at once (one
line per account, known before the build); each line's page number is left blank and
written when the canvas saves (layout.NumberedCanvas), when every page is known.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

NUMBER_W = 28  # points kept free at the right for the page number


class Contents(Flowable):
    """One line per (key, text): the text (already in display order), dots, the number."""

    def __init__(self, entries: list[tuple[str, str]], style: ParagraphStyle) -> None:
        super().__init__()
        self.entries = entries
        self.style = style

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = len(self.entries) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        fits = int(availHeight // self.style.leading)
        if fits >= len(self.entries):
            return [self]
        if fits <= 0:
            return []
        return [
            Contents(self.entries[:fits], self.style),
            Contents(self.entries[fits:], self.style),
        ]

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        doc = canvas._doctemplate
        font, size, leading = style.fontName, style.fontSize, style.leading
        canvas.setFont(font, size)
        canvas.setFillColor(style.textColor)
        canvas.setStrokeColor(style.textColor)
        canvas.setLineWidth(0.6)
        canvas.setDash(0.6, 2.4)
        y = self.height - leading + (leading - size) / 2
        for key, text in self.entries:
            canvas.drawString(0, y, text)
            start = stringWidth(text, font, size) + 4
            if start < self.width - NUMBER_W:
                canvas.line(start, y + 1, self.width - NUMBER_W + 4, y + 1)
            x, absolute_y = canvas.absolutePosition(self.width, y)
            doc.page_number_at(canvas.getPageNumber(), x, absolute_y, key)
            canvas.linkRect("", key, (0, y - 3, self.width, y + size), relative=1, thickness=0)
            y -= leading
        canvas.setDash()
