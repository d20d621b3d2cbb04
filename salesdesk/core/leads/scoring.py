"""Scoring a lead against a framework: pure functions, no database.

Each answer earns a share of its criterion's weight (0.0-1.0):
- yes/no: yes = 1, no = 0;
- scale: where the answer sits between the lowest and the highest option;
- choice: the option's own score when options are {"label", "score"} pairs, otherwise
  the first option scores 1 and the last 0, evenly in between;
- number: with options {"min": a, "target": b}, where it sits between a (0) and b (1);
  without, any positive number scores 1;
- text: any answer scores 1 (text criteria usually carry no weight).

The score is the earned weight over the total weight, as a percentage; unanswered
questions earn nothing. A required criterion (a knock-out) whose answer earns nothing
knocks the lead out whatever the score; an unanswered one keeps the verdict open.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from ..errors import SalesDeskError
from ..i18n import QT_TRANSLATE_NOOP
from ..imports import values

ANSWER_TYPES = ("yes_no", "scale", "choice", "number", "text")
YES = frozenset({"yes", "y", "true", "1", "ja", "oui", "si", "sí", "بله", "نعم"})
NO = frozenset({"no", "n", "false", "0", "nein", "non", "خیر", "نه", "لا"})


class Verdict(StrEnum):
    QUALIFIES = "qualifies"  # score at or above the threshold, no knock-out, all required
    BELOW_THRESHOLD = "below_threshold"
    KNOCKED_OUT = "knocked_out"
    INCOMPLETE = "incomplete"  # a required question is still unanswered


class AnswerError(SalesDeskError):
    """An answer that does not fit its criterion's type; `key` names the criterion."""

    def __init__(self, key: str, template: str, **params: object) -> None:
        self.key = key
        super().__init__(template, **params)


@dataclass(frozen=True)
class Criterion:
    """What scoring needs of one criterion (see models.QualificationCriterion)."""

    key: str
    name: str
    answer_type: str
    weight: float
    required: bool = False
    options: object = None
    question: str = ""


@dataclass(frozen=True)
class Scored:
    key: str
    value: str | None  # the answer in its stored form ("yes", "4", "3-6 months"...)
    share: float | None  # None when unanswered
    points: float
    knocked_out: bool


@dataclass(frozen=True)
class Assessment:
    score: float  # 0-100
    verdict: Verdict
    threshold: float
    answers: tuple[Scored, ...]
    knockouts: tuple[str, ...] = ()  # criterion keys
    missing: tuple[str, ...] = ()  # required keys not answered
    errors: Mapping[str, AnswerError] = field(default_factory=dict)

    @property
    def answered(self) -> int:
        return sum(1 for a in self.answers if a.share is not None)


def choice_options(options: object) -> list[tuple[str, float]]:
    """A choice criterion's options as (label, score) pairs."""
    if not isinstance(options, list) or not options:
        return []
    if all(isinstance(o, Mapping) for o in options):
        return [(str(o.get("label", "")), _unit(o.get("score", 0.0))) for o in options]
    labels = [str(o) for o in options]
    if len(labels) == 1:
        return [(labels[0], 1.0)]
    step = 1.0 / (len(labels) - 1)
    return [(label, round(1.0 - i * step, 4)) for i, label in enumerate(labels)]


def scale_bounds(options: object) -> tuple[float, float]:
    numbers = [float(o) for o in options if _is_number(o)] if isinstance(options, list) else []
    return (min(numbers), max(numbers)) if len(numbers) >= 2 else (1.0, 5.0)


def normalise(criterion: Criterion, value: object) -> str | None:
    """The answer in its stored text form; None when blank. Raises AnswerError when the
    value does not fit the criterion's answer type."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    kind = criterion.answer_type
    if kind == "yes_no":
        if isinstance(value, bool):
            return "yes" if value else "no"
        word = str(value).strip().lower()
        if word in YES:
            return "yes"
        if word in NO:
            return "no"
        raise _error(criterion, QT_TRANSLATE_NOOP("Errors", "{name}: answer yes or no."))
    if kind in ("scale", "number"):
        number = _number(value)
        if number is None:
            raise _error(criterion, QT_TRANSLATE_NOOP("Errors", "{name}: expects a number."))
        if kind == "scale":
            low, high = scale_bounds(criterion.options)
            if not low <= number <= high:
                raise AnswerError(
                    criterion.key,
                    QT_TRANSLATE_NOOP("Errors", "{name}: expects a number from {low} to {high}."),
                    name=criterion.name,
                    low=_plain(low),
                    high=_plain(high),
                )
        return _plain(number)
    if kind == "choice":
        labels = [label for label, _s in choice_options(criterion.options)]
        text = str(value).strip()
        for label in labels:
            if label.casefold() == text.casefold():
                return label
        raise AnswerError(
            criterion.key,
            QT_TRANSLATE_NOOP("Errors", "{name}: choose one of {choices}."),
            name=criterion.name,
            choices=", ".join(labels),
        )
    if kind == "text":
        return str(value).strip()
    raise _error(criterion, QT_TRANSLATE_NOOP("Errors", "{name}: unknown answer type."))


def share(criterion: Criterion, stored: str | None) -> float | None:
    """The share of the weight an answer in stored form earns (None if unanswered)."""
    if stored is None:
        return None
    kind = criterion.answer_type
    if kind == "yes_no":
        return 1.0 if stored == "yes" else 0.0
    if kind == "scale":
        low, high = scale_bounds(criterion.options)
        return _unit((float(stored) - low) / (high - low)) if high > low else 1.0
    if kind == "choice":
        return dict(choice_options(criterion.options)).get(stored, 0.0)
    if kind == "number":
        number = float(stored)
        opts = criterion.options if isinstance(criterion.options, Mapping) else {}
        low, target = opts.get("min"), opts.get("target")
        if _is_number(low) and _is_number(target) and float(target) != float(low):
            return _unit((number - float(low)) / (float(target) - float(low)))
        return 1.0 if number > 0 else 0.0
    return 1.0 if stored else 0.0


def check_weights(criteria: Sequence[Criterion]) -> None:
    if not criteria:
        raise SalesDeskError(
            QT_TRANSLATE_NOOP("Errors", "The framework has no criteria; add at least one.")
        )
    for c in criteria:
        if not math.isfinite(c.weight) or c.weight < 0:
            raise AnswerError(
                c.key,
                QT_TRANSLATE_NOOP("Errors", "{name}: the weight must be zero or more."),
                name=c.name,
            )
    if sum(c.weight for c in criteria) <= 0:
        raise SalesDeskError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The criteria's weights add up to zero, so no lead could score anything. "
                "Give at least one criterion a weight.",
            )
        )


def assess(
    criteria: Sequence[Criterion], answers: Mapping[str, object], threshold: float
) -> Assessment:
    """Score `answers` (criterion key -> raw value) against `criteria`. Answers that do not
    fit their type are reported in `errors` and count as unanswered."""
    check_weights(criteria)
    total = sum(c.weight for c in criteria)
    scored, knockouts, missing, errors = [], [], [], {}
    earned = 0.0
    for c in criteria:
        try:
            stored = normalise(c, answers.get(c.key))
        except AnswerError as exc:
            errors[c.key] = exc
            stored = None
        part = share(c, stored)
        points = round(c.weight * (part or 0.0), 2)
        earned += c.weight * (part or 0.0)
        out = c.required and part is not None and part <= 0.0
        if out:
            knockouts.append(c.key)
        if c.required and part is None:
            missing.append(c.key)
        scored.append(Scored(c.key, stored, part, points, out))
    score = round(100.0 * earned / total, 1)
    if knockouts:
        verdict = Verdict.KNOCKED_OUT
    elif missing:
        verdict = Verdict.INCOMPLETE
    elif score >= threshold:
        verdict = Verdict.QUALIFIES
    else:
        verdict = Verdict.BELOW_THRESHOLD
    return Assessment(
        score, verdict, threshold, tuple(scored), tuple(knockouts), tuple(missing), errors
    )


def _error(criterion: Criterion, template: str) -> AnswerError:
    return AnswerError(criterion.key, template, name=criterion.name)


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    number, problem = values.number(str(value))
    if problem is not None or number is None:
        return None
    return number if math.isfinite(number) else None


def _is_number(value: object) -> bool:
    return _number(value) is not None


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else repr(float(number))


def _unit(value: object) -> float:
    number = _number(value)
    return 0.0 if number is None else max(0.0, min(1.0, number))
