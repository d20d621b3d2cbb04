"""PDF documents drawn with reportlab: the account plan and the territory book.

Never imports Qt (tests/unit/test_architecture.py). Every user string reaches reportlab
through text.para() (escaped markup, or a shaped right-to-left paragraph) or text.visual()
(plain canvas strings); one bundled font, Vazirmatn, has the Latin and Arabic-script
glyphs (fonts.py). Visible wording is marked QT_TRANSLATE_NOOP("Pdf", ...) and passed
through a `translate` callable, so the window prints the user's language.
"""
