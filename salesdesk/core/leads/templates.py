"""Ready-made qualification frameworks a manager starts from: BANT and MEDDIC.

The texts are English, marked for translation; `template` takes the UI's translate
function, so a framework created from a template is stored in the manager's language
(criteria are then the manager's own to rename). Keys stay English: answers and
imports refer to them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..i18n import QT_TRANSLATE_NOOP
from .frameworks import CriterionInput, FrameworkInput


@dataclass(frozen=True)
class CriterionTemplate:
    key: str
    name: str
    question: str
    answer_type: str
    weight: float
    required: bool = False
    options: object = None  # choice: ((label, score), ...); scale: (low, ..., high)


@dataclass(frozen=True)
class Template:
    key: str
    name: str
    description: str
    threshold: float
    criteria: tuple[CriterionTemplate, ...]


def _choice(*pairs: tuple[str, float]) -> tuple[tuple[str, float], ...]:
    return pairs


BANT = Template(
    "bant",
    QT_TRANSLATE_NOOP("Leads", "BANT"),
    QT_TRANSLATE_NOOP("Leads", "Budget, authority, need and timeline."),
    60.0,
    (
        CriterionTemplate(
            "budget",
            QT_TRANSLATE_NOOP("Leads", "Budget"),
            QT_TRANSLATE_NOOP("Leads", "Is there a budget for this, or can one be found?"),
            "yes_no",
            25.0,
        ),
        CriterionTemplate(
            "authority",
            QT_TRANSLATE_NOOP("Leads", "Authority"),
            QT_TRANSLATE_NOOP("Leads", "Who are we talking to?"),
            "choice",
            25.0,
            True,
            _choice(
                (QT_TRANSLATE_NOOP("Leads", "The person who decides"), 1.0),
                (QT_TRANSLATE_NOOP("Leads", "Someone who influences the decision"), 0.6),
                (QT_TRANSLATE_NOOP("Leads", "A user or researcher"), 0.3),
                (QT_TRANSLATE_NOOP("Leads", "No way to reach who decides"), 0.0),
            ),
        ),
        CriterionTemplate(
            "need",
            QT_TRANSLATE_NOOP("Leads", "Need"),
            QT_TRANSLATE_NOOP("Leads", "How strong is the need (1 = nice to have, 5 = urgent)?"),
            "scale",
            30.0,
            False,
            (1, 2, 3, 4, 5),
        ),
        CriterionTemplate(
            "timeline",
            QT_TRANSLATE_NOOP("Leads", "Timeline"),
            QT_TRANSLATE_NOOP("Leads", "When do they plan to buy?"),
            "choice",
            20.0,
            False,
            _choice(
                (QT_TRANSLATE_NOOP("Leads", "Within 3 months"), 1.0),
                (QT_TRANSLATE_NOOP("Leads", "In 3 to 6 months"), 0.7),
                (QT_TRANSLATE_NOOP("Leads", "In 6 to 12 months"), 0.4),
                (QT_TRANSLATE_NOOP("Leads", "Later, or not known"), 0.0),
            ),
        ),
    ),
)

MEDDIC = Template(
    "meddic",
    QT_TRANSLATE_NOOP("Leads", "MEDDIC"),
    QT_TRANSLATE_NOOP(
        "Leads",
        "Metrics, economic buyer, decision criteria, decision process, pain and champion.",
    ),
    65.0,
    (
        CriterionTemplate(
            "metrics",
            QT_TRANSLATE_NOOP("Leads", "Metrics"),
            QT_TRANSLATE_NOOP(
                "Leads", "Have they put a number on the gain they expect (savings, output)?"
            ),
            "yes_no",
            15.0,
        ),
        CriterionTemplate(
            "economic_buyer",
            QT_TRANSLATE_NOOP("Leads", "Economic buyer"),
            QT_TRANSLATE_NOOP("Leads", "Do we know the person who signs off the money?"),
            "choice",
            20.0,
            True,
            _choice(
                (QT_TRANSLATE_NOOP("Leads", "Met them"), 1.0),
                (QT_TRANSLATE_NOOP("Leads", "Know who it is, not met yet"), 0.5),
                (QT_TRANSLATE_NOOP("Leads", "Not known"), 0.0),
            ),
        ),
        CriterionTemplate(
            "decision_criteria",
            QT_TRANSLATE_NOOP("Leads", "Decision criteria"),
            QT_TRANSLATE_NOOP("Leads", "Do we know what they will judge the offers by?"),
            "yes_no",
            15.0,
        ),
        CriterionTemplate(
            "decision_process",
            QT_TRANSLATE_NOOP("Leads", "Decision process"),
            QT_TRANSLATE_NOOP(
                "Leads", "Do we know the steps, the people and the dates of their decision?"
            ),
            "yes_no",
            15.0,
        ),
        CriterionTemplate(
            "identify_pain",
            QT_TRANSLATE_NOOP("Leads", "Identify pain"),
            QT_TRANSLATE_NOOP(
                "Leads", "How much does the problem hurt them (1 = hardly, 5 = badly)?"
            ),
            "scale",
            20.0,
            True,
            (1, 2, 3, 4, 5),
        ),
        CriterionTemplate(
            "champion",
            QT_TRANSLATE_NOOP("Leads", "Champion"),
            QT_TRANSLATE_NOOP("Leads", "Is there someone inside who argues for us?"),
            "yes_no",
            15.0,
        ),
    ),
)

TEMPLATES = {t.key: t for t in (BANT, MEDDIC)}


def _same(text: str) -> str:
    return text


def template(key: str, translate: Callable[[str], str] = _same) -> FrameworkInput:
    """A new (unsaved, not default) framework filled from the template `key`."""
    found = TEMPLATES[key]
    return FrameworkInput(
        name=translate(found.name),
        description=translate(found.description),
        qualify_threshold=found.threshold,
        criteria=[_criterion(c, translate) for c in found.criteria],
    )


def _criterion(c: CriterionTemplate, translate: Callable[[str], str]) -> CriterionInput:
    options: object = None
    if c.answer_type == "choice":
        options = [{"label": translate(label), "score": score} for label, score in c.options]
    elif c.options is not None:
        options = list(c.options)
    return CriterionInput(
        name=translate(c.name),
        question=translate(c.question),
        answer_type=c.answer_type,
        weight=c.weight,
        required=c.required,
        options=options,
        key=c.key,
    )
