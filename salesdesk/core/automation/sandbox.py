"""Rendering an email template in Jinja2's sandbox: refuse before anything runs, then
render with plain values only.

`ImmutableSandboxedEnvironment` with `StrictUndefined` and no globals: an unknown merge
field is an error with its line, and an attribute starting with `_` (the way out of
every sandbox escape, such as `{{ ''.__class__.__mro__ }}`) is refused before anything
runs; the sandbox refuses the rest at run time (`|attr('__class__')`,
`'{0.__class__}'.format(x)`); `*` and `**` cannot build a huge value.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import TracebackType

from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError, nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ..errors import SalesDeskError
from ..i18n import QT_TRANSLATE_NOOP
from .merge import FIELDS, NAMES

OUTPUT_MAX = 100_000  # characters a rendered email may have (a loop cannot fill memory)

_MESSAGES = {
    ("field", "body"): QT_TRANSLATE_NOOP("Errors", "Unknown merge field {field} on line {line}."),
    ("field", "subject"): QT_TRANSLATE_NOOP(
        "Errors", "Unknown merge field {field} in the subject."
    ),
    ("syntax", "body"): QT_TRANSLATE_NOOP("Errors", "Template error on line {line}: {detail}."),
    ("syntax", "subject"): QT_TRANSLATE_NOOP("Errors", "Template error in the subject: {detail}."),
    ("unsafe", "body"): QT_TRANSLATE_NOOP(
        "Errors",
        "Refused on line {line}: a template may use merge fields only, not {field}.",
    ),
    ("unsafe", "subject"): QT_TRANSLATE_NOOP(
        "Errors", "Refused in the subject: a template may use merge fields only, not {field}."
    ),
    ("sandbox", "body"): QT_TRANSLATE_NOOP(
        "Errors", "Refused on line {line}: a template may not do this ({detail})."
    ),
    ("sandbox", "subject"): QT_TRANSLATE_NOOP(
        "Errors", "Refused in the subject: a template may not do this ({detail})."
    ),
}


class TemplateError(SalesDeskError):
    """A template that cannot be rendered or saved: `part` is "subject" or "body",
    `line` the line in it (1 for the subject), `field` the field or name at fault."""

    def __init__(
        self, kind: str, part: str, line: int | None, field: str = "", detail: str = ""
    ) -> None:
        self.kind, self.part, self.line, self.field = kind, part, line or 1, field
        super().__init__(_MESSAGES[(kind, part)], line=self.line, field=field, detail=detail)


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str


class _Sandbox(ImmutableSandboxedEnvironment):
    """No globals (no range, cycler, namespace...); `*` and `**` cannot build a huge value."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context, operator, left, right):
        if operator == "**" and isinstance(right, int | float) and abs(right) > 64:
            raise SecurityError("the power is too large")
        if operator == "*":
            sizes = [len(v) for v in (left, right) if isinstance(v, str | list | tuple)]
            counts = [v for v in (left, right) if isinstance(v, int)]
            if sizes and counts and sizes[0] * max(counts[0], 0) > OUTPUT_MAX:
                raise SecurityError("the text would be too long")
        return super().call_binop(context, operator, left, right)


def _environment() -> _Sandbox:
    env = _Sandbox(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True)
    env.globals.clear()
    return env


_ENV = _environment()


def check(text: str, part: str = "body", names: tuple[str, ...] = NAMES) -> None:
    """Refuse before anything runs: a syntax error, a name that is not a merge field
    object, a field the object does not have, an attribute starting with `_`."""
    try:
        tree = _ENV.parse(text)
    except TemplateSyntaxError as exc:
        raise TemplateError(
            "syntax", part, exc.lineno, detail=(exc.message or "").rstrip(".")
        ) from None
    assigned = {n.name for n in tree.find_all(nodes.Name) if n.ctx in ("store", "param")}
    for node in tree.find_all((nodes.Getattr, nodes.Getitem, nodes.Name)):
        if isinstance(node, nodes.Getattr) and node.attr.startswith("_"):
            raise TemplateError("unsafe", part, node.lineno, field=node.attr)
        if (
            isinstance(node, nodes.Getitem)
            and isinstance(node.arg, nodes.Const)
            and str(node.arg.value).startswith("_")
        ):
            raise TemplateError("unsafe", part, node.lineno, field=str(node.arg.value))
        if (
            isinstance(node, nodes.Name)
            and node.ctx == "load"
            and node.name not in assigned
            and node.name not in names
        ):
            raise TemplateError("field", part, node.lineno, field=node.name)
        if (
            isinstance(node, nodes.Getattr)
            and isinstance(node.node, nodes.Name)
            and node.node.name in FIELDS
            and node.node.name not in assigned
            and node.attr not in FIELDS[node.node.name]
        ):
            raise TemplateError("field", part, node.lineno, field=f"{node.node.name}.{node.attr}")


def render(subject: str, body: str, context: dict[str, dict[str, str]]) -> Rendered:
    """The email for `context` (from merge_context); TemplateError with the line on any
    problem. The subject comes out on one line (a header cannot hold a line break)."""
    names = tuple(context)
    return Rendered(
        " ".join(_render_one(subject, "subject", context, names).split()),
        _render_one(body, "body", context, names),
    )


def _render_one(text: str, part: str, context: dict, names: tuple[str, ...]) -> str:
    check(text, part, names)
    try:
        out = _ENV.from_string(text).render(context)
    except SecurityError as exc:
        detail = str(exc).rstrip(".")
        raise TemplateError(
            "sandbox", part, _template_line(exc.__traceback__), detail=detail
        ) from None
    except UndefinedError as exc:
        raise TemplateError(
            "field", part, _template_line(exc.__traceback__), field=_field_of(exc)
        ) from None
    except TemplateSyntaxError as exc:
        raise TemplateError(
            "syntax", part, exc.lineno, detail=(exc.message or "").rstrip(".")
        ) from None
    except (TypeError, ValueError, ArithmeticError, LookupError) as exc:
        raise TemplateError(
            "syntax", part, _template_line(exc.__traceback__), detail=str(exc).rstrip(".")
        ) from None
    if len(out) > OUTPUT_MAX:
        raise TemplateError("sandbox", part, None, detail="longer than 100,000 characters")
    return out


def used_fields(text: str) -> list[str]:
    """The merge fields (`contact.first_name`) a template uses, in order, once each;
    empty for a template that does not parse."""
    try:
        tree = _ENV.parse(text)
    except TemplateSyntaxError:
        return []
    found = [
        f"{node.node.name}.{node.attr}"
        for node in tree.find_all(nodes.Getattr)
        if isinstance(node.node, nodes.Name) and node.node.name in FIELDS
    ]
    return list(dict.fromkeys(found))


def empty_fields(subject: str, body: str, context: dict[str, dict[str, str]]) -> list[str]:
    """The fields the email uses that have no value for this contact (no planned call,
    no deal...): the preview says so before the email goes out with a gap."""
    out = []
    for field in used_fields(subject + "\n" + body):
        name, attr = field.split(".", 1)
        if not str(context.get(name, {}).get(attr, "")).strip():
            out.append(field)
    return out


def _template_line(tb: TracebackType | None) -> int | None:
    """The template line Jinja put in the traceback (its frames are named <template>)."""
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _field_of(exc: UndefinedError) -> str:
    text = str(exc)
    return text.split("attribute ", 1)[-1].strip("'") if "attribute " in text else text
