"""The bundled fonts: Vazirmatn regular and bold (SIL OFL 1.1, resources/fonts/).

One family for every string: Vazirmatn draws Persian and Arabic, and its Latin comes
from Roboto, so a name mixing both scripts needs no font switching inside a line.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..bootstrap import RESOURCES

FONT_DIR = RESOURCES / "fonts"
REGULAR, BOLD = "Vazirmatn", "Vazirmatn-Bold"


@cache
def register_fonts() -> tuple[str, str]:
    """Register the fonts with reportlab once per process; returns (regular, bold)."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(FONT_DIR / "Vazirmatn-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "Vazirmatn-Bold.ttf")))
    # <b> in Paragraph markup (our own headings only) picks the bold face.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
