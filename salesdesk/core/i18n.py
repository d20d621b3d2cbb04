"""Marking text for translation without importing Qt.

`QT_TRANSLATE_NOOP("Errors", "...")` returns the English text unchanged; Qt's lupdate
recognises the call by its name and puts the text into the .ts files, and the UI
translates it when it shows it (ui/messages.error_text).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    return text
