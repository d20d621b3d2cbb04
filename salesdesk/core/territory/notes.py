"""Notes the planner adds to a day route or a call pattern, ready for translation.

Like SalesDeskError (core/errors.py), a note is an English template with {named} fields,
marked with QT_TRANSLATE_NOOP where it is written, plus its parameters:

    SHORT = QT_TRANSLATE_NOOP("Territory", "Visits that do not fit the day: {count}.")
    note = Note(SHORT, {"count": 3})
    note.text()  # "Visits that do not fit the day: 3." (the CLI prints this)

The window shows QCoreApplication.translate(note.context, note.template), then formats
it with note.params. Counts are phrased without plurals ("visits ...: 3").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Note:
    template: str  # English, {named} fields, marked for lupdate where it is defined
    params: Mapping[str, object] = field(default_factory=dict, hash=False)
    context: str = "Territory"  # the lupdate context the template was marked in

    def text(self) -> str:
        """The note in English."""
        return self.template.format(**self.params) if self.params else self.template

    def __str__(self) -> str:
        return self.text()


def note(template: str, context: str = "Territory", **params: object) -> Note:
    """A Note from keyword parameters: note(UNSCHEDULED, count=3)."""
    return Note(template, params, context)
