"""Email templates: merge fields rendered in Jinja2's sandbox, sent through the user's
mail client (a `mailto:` link) or saved as an .eml file, and logged as a touch.

A template sees only plain values: `merge_context` reads the records once and hands the
template dicts of strings (dates already formatted), never ORM objects, so a template
cannot reach the database. Rendering uses `ImmutableSandboxedEnvironment` with
`StrictUndefined` and no globals: an unknown merge field is an error with its line, and
an attribute starting with `_` (the way out of every sandbox escape, such as
`{{ ''.__class__.__mro__ }}`) is refused before anything runs; the sandbox refuses the
rest at run time (`|attr('__class__')`, `'{0.__class__}'.format(x)`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate
from pathlib import Path
from types import TracebackType
from urllib.parse import quote

from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError, nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from ..db import Database
from ..domain import CallStatus, Channel
from ..errors import SalesDeskError
from ..exports.files import atomic_file
from ..i18n import QT_TRANSLATE_NOOP
from ..lookup import id_prefix_hits
from ..models import (
    Account,
    Call,
    Contact,
    EmailTemplate,
    Opportunity,
    PipelineStage,
    Task,
    Touch,
    User,
)
from ..models.base import utcnow

# Every merge field a template can use: the context always has all of them (empty text
# when the record or the value is missing), so a template renders for any contact.
FIELDS: dict[str, tuple[str, ...]] = {
    "contact": ("first_name", "last_name", "name", "title", "email", "phone"),
    "account": ("name", "street", "postal_code", "city", "phone", "email", "website"),
    "opportunity": ("name", "stage", "amount", "close_date", "next_step", "next_step_date"),
    "rep": ("name", "email", "phone"),
    "call": ("date", "time", "type", "objective", "next_steps", "last_date"),
    "task": ("title", "due_date"),
}
FIELDS["deal"] = FIELDS["opportunity"]
NAMES = tuple(FIELDS)

NAME_MAX, CATEGORY_MAX, SUBJECT_MAX, BODY_MAX = 120, 60, 300, 20_000
OUTPUT_MAX = 100_000  # characters a rendered email may have (a loop cannot fill memory)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

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


class TemplateInputError(SalesDeskError):
    """A template's name or text is unusable; `field` is the input at fault."""

    def __init__(self, field: str, template: str, **params: object) -> None:
        self.field = field
        super().__init__(template, **params)


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str


@dataclass(frozen=True)
class TemplateEntry:
    id: uuid.UUID
    name: str
    category: str | None
    subject: str
    body: str


@dataclass(frozen=True)
class Recipient:
    id: uuid.UUID
    name: str
    email: str | None
    title: str | None


@dataclass(frozen=True)
class TemplateInput:
    name: str
    subject: str
    body: str
    category: str | None = None
    id: uuid.UUID | None = None  # None: a new template


# ---------------------------------------------------------------- the merge context


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return _date_text(value.date())
    if isinstance(value, date):
        return _date_text(value)
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value)


def _date_text(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _local(utc: datetime) -> datetime:
    return utc.replace(tzinfo=UTC).astimezone()


def _empty(name: str) -> dict[str, str]:
    return dict.fromkeys(FIELDS[name], "")


def merge_context(
    db: Database,
    contact_id: uuid.UUID,
    deal_id: uuid.UUID | None = None,
    user_id: uuid.UUID | None = None,
) -> dict[str, dict[str, str]]:
    """The merge fields for an email to the contact: plain dicts of text.

    contact, account (the contact's), opportunity (= deal: the given deal, else the
    contact's account's open deal where the contact is the primary contact, else its
    next-closing open deal), rep (the user, else the account's owner), call (the
    account's next planned call; next_steps are the ones agreed at its last debriefed
    call), task (the next open task on the deal or account, earliest due first).
    TemplateInputError when the contact is missing.
    """
    with db.read() as s:
        contact = s.get(Contact, contact_id)
        if contact is None or contact.deleted_at is not None:
            raise TemplateInputError(
                "contact", QT_TRANSLATE_NOOP("Errors", "There is no such contact.")
            )
        ctx = {name: _empty(name) for name in NAMES if name != "deal"}
        ctx["contact"].update(
            first_name=_text(contact.first_name or contact.last_name),
            last_name=_text(contact.last_name),
            name=" ".join(p for p in (contact.first_name, contact.last_name) if p),
            title=_text(contact.title),
            email=_text(contact.email),
            phone=_text(contact.phone),
        )
        account = s.get(Account, contact.account_id) if contact.account_id else None
        if account is not None:
            ctx["account"].update({key: _text(getattr(account, key)) for key in FIELDS["account"]})
        deal = _deal(s, contact, deal_id)
        if deal is not None:
            stage = s.get(PipelineStage, deal.stage_id)
            ctx["opportunity"].update(
                name=_text(deal.name),
                stage=stage.name if stage else "",
                amount=_text(float(deal.amount or 0)),
                close_date=_text(deal.close_date),
                next_step=_text(deal.next_step),
                next_step_date=_text(deal.next_step_date),
            )
        rep_id = user_id or (deal.owner_id if deal else None) or (account and account.owner_id)
        rep = s.get(User, rep_id) if rep_id else None
        if rep is not None:
            ctx["rep"].update(name=_text(rep.name), email=_text(rep.email), phone=_text(rep.phone))
        if account is not None:
            ctx["call"].update(_calls(s, account.id))
            ctx["task"].update(_task(s, account.id, deal.id if deal else None))
    ctx["deal"] = ctx["opportunity"]
    return ctx


def _deal(s: Session, contact: Contact, deal_id: uuid.UUID | None) -> Opportunity | None:
    if deal_id is not None:
        deal = s.get(Opportunity, deal_id)
        if deal is None or deal.deleted_at is not None:
            raise TemplateInputError("deal", QT_TRANSLATE_NOOP("Errors", "There is no such deal."))
        return deal
    if contact.account_id is None:
        return None
    return s.scalars(
        select(Opportunity)
        .join(PipelineStage, PipelineStage.id == Opportunity.stage_id)
        .where(
            Opportunity.account_id == contact.account_id,
            Opportunity.deleted_at.is_(None),
            PipelineStage.is_won.is_(False),
            PipelineStage.is_lost.is_(False),
        )
        .order_by(
            (Opportunity.primary_contact_id == contact.id).desc(),
            Opportunity.close_date.is_(None),
            Opportunity.close_date,
            Opportunity.id,
        )
        .limit(1)
    ).first()


def _calls(s: Session, account_id: uuid.UUID) -> dict[str, str]:
    out: dict[str, str] = {}
    upcoming = s.scalars(
        select(Call)
        .where(
            Call.account_id == account_id,
            Call.deleted_at.is_(None),
            Call.status == CallStatus.PLANNED,
            Call.planned_start >= utcnow(),
        )
        .order_by(Call.planned_start)
        .limit(1)
    ).first()
    if upcoming is not None:
        start = _local(upcoming.planned_start)
        out.update(
            date=_date_text(start.date()),
            time=start.strftime("%H:%M"),
            type=_text(upcoming.call_type),
            objective=_text(upcoming.objective),
        )
    last = s.scalars(
        select(Call)
        .where(
            Call.account_id == account_id,
            Call.deleted_at.is_(None),
            Call.debriefed_at.is_not(None),
        )
        .order_by(Call.debriefed_at.desc())
        .limit(1)
    ).first()
    if last is not None:
        when = last.checked_out_at or last.planned_start or last.debriefed_at
        out.update(next_steps=_text(last.next_steps), last_date=_date_text(_local(when).date()))
    return out


def _task(s: Session, account_id: uuid.UUID, deal_id: uuid.UUID | None) -> dict[str, str]:
    where = Task.account_id == account_id
    if deal_id is not None:
        where = where | (Task.opportunity_id == deal_id)
    task = s.scalars(
        select(Task)
        .where(where, Task.deleted_at.is_(None), Task.done_at.is_(None))
        .order_by(Task.due_date.is_(None), Task.due_date, Task.id)
        .limit(1)
    ).first()
    if task is None:
        return {}
    return {"title": _text(task.title), "due_date": _text(task.due_date)}


# ---------------------------------------------------------------- rendering


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


# ---------------------------------------------------------------- stored templates


def _entry(t: EmailTemplate) -> TemplateEntry:
    return TemplateEntry(t.id, t.name, t.category, t.subject, t.body)


def template_list(db: Database) -> list[TemplateEntry]:
    with db.read() as s:
        rows = s.scalars(
            select(EmailTemplate)
            .where(EmailTemplate.deleted_at.is_(None))
            .order_by(func.lower(EmailTemplate.name))
        ).all()
        return [_entry(t) for t in rows]


def find_template(db: Database, text: str) -> TemplateEntry:
    """A template by its name (any case) or its id (or the first 8 characters of it)."""
    wanted = " ".join(text.split()).casefold()
    for entry in template_list(db):
        if entry.name.casefold() == wanted:
            return entry
    with db.read() as s:
        hits = id_prefix_hits(s, EmailTemplate, text)
        if len(hits) == 1:
            return _entry(s.get(EmailTemplate, hits[0]))
    raise TemplateInputError(
        "template", QT_TRANSLATE_NOOP("Errors", "There is no email template {name}."), name=text
    )


def find_contact(db: Database, text: str) -> uuid.UUID:
    """The live contact whose id is `text`, or the only one whose id starts with it."""
    with db.read() as s:
        hits = id_prefix_hits(s, Contact, text)
    if len(hits) == 1:
        return hits[0]
    raise TemplateInputError(
        "contact", QT_TRANSLATE_NOOP("Errors", "No contact matches {ref}."), ref=text.strip()
    )


def recipients(
    db: Database,
    deal_id: uuid.UUID | None = None,
    contact_id: uuid.UUID | None = None,
    account_id: uuid.UUID | None = None,
) -> list[Recipient]:
    """Whom the email can go to: the account's contacts, else the deal's account's, else
    the contact's account's (the contact alone when it has no account), by name."""
    with db.read() as s:
        if account_id is not None:
            pass
        elif deal_id is not None:
            account_id = s.scalar(select(Opportunity.account_id).where(Opportunity.id == deal_id))
        elif contact_id is not None:
            account_id = s.scalar(select(Contact.account_id).where(Contact.id == contact_id))
        if account_id is not None:
            where = Contact.account_id == account_id
        elif contact_id is not None and deal_id is None:
            where = Contact.id == contact_id
        else:
            return []
        rows = s.scalars(
            select(Contact)
            .where(where, Contact.deleted_at.is_(None))
            .order_by(Contact.last_name, Contact.first_name)
        ).all()
        return [
            Recipient(c.id, " ".join(p for p in (c.first_name, c.last_name) if p), c.email, c.title)
            for c in rows
        ]


def preview_account(db: Database) -> tuple[uuid.UUID, str] | None:
    """An account with a live contact to preview templates on (the first by name)."""
    with db.read() as s:
        row = s.execute(
            select(Account.id, Account.name)
            .join(Contact, Contact.account_id == Account.id)
            .where(Account.deleted_at.is_(None), Contact.deleted_at.is_(None))
            .order_by(Account.name)
            .limit(1)
        ).first()
    return (row.id, row.name) if row is not None else None


def save_template(db: Database, data: TemplateInput) -> uuid.UUID:
    """Add or change a template in one transaction; nothing is written when its name is
    blank or taken, or its subject or body would not render (TemplateError with the line)."""
    name = " ".join(data.name.split())
    category = " ".join((data.category or "").split()) or None
    if not name:
        raise TemplateInputError("name", QT_TRANSLATE_NOOP("Errors", "Give the template a name."))
    for field, value, limit in (
        ("name", name, NAME_MAX),
        ("category", category or "", CATEGORY_MAX),
        ("subject", data.subject, SUBJECT_MAX),
        ("body", data.body, BODY_MAX),
    ):
        if len(value) > limit:
            raise TemplateInputError(
                field,
                QT_TRANSLATE_NOOP("Errors", "The {field} has at most {max} characters."),
                field=field,
                max=limit,
            )
    if not data.subject.strip():
        raise TemplateInputError(
            "subject", QT_TRANSLATE_NOOP("Errors", "Give the email a subject.")
        )
    check(data.subject, "subject")
    check(data.body, "body")
    with db.write() as s:
        taken = s.scalar(
            select(EmailTemplate.id).where(
                func.lower(EmailTemplate.name) == name.lower(),
                EmailTemplate.deleted_at.is_(None),
                EmailTemplate.id != data.id if data.id else true(),
            )
        )
        if taken is not None:
            raise TemplateInputError(
                "name",
                QT_TRANSLATE_NOOP("Errors", "There is already a template called {name}."),
                name=name,
            )
        if data.id is None:
            row = EmailTemplate(name=name)
            s.add(row)
        else:
            row = s.get(EmailTemplate, data.id)
            if row is None or row.deleted_at is not None:
                raise TemplateInputError(
                    "template", QT_TRANSLATE_NOOP("Errors", "The template was deleted.")
                )
            row.name = name
        row.category, row.subject, row.body = category, data.subject, data.body
        s.flush()
        return row.id


def delete_template(db: Database, template_id: uuid.UUID) -> None:
    """Remove a template (soft delete: emails already logged keep their text)."""
    with db.write() as s:
        row = s.get(EmailTemplate, template_id)
        if row is None or row.deleted_at is not None:
            raise TemplateInputError(
                "template", QT_TRANSLATE_NOOP("Errors", "The template was deleted.")
            )
        row.deleted_at = utcnow()


# ---------------------------------------------------------------- sending and logging


def mailto_url(to: str, subject: str, body: str) -> str:
    """A `mailto:` link (RFC 6068): the address and every header value percent-encoded
    as UTF-8, line breaks in the body as %0D%0A."""
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    address = quote(" ".join(to.split()), safe="@,")
    return f"mailto:{address}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"


def write_eml(
    path: str | Path, to: str, subject: str, body: str, sender: str | None = None
) -> Path:
    """The email as an .eml file (marked unsent, so a mail client opens it as a draft),
    written atomically: an earlier file at `path` stays whole on any failure."""
    msg = EmailMessage(policy=SMTP)
    if sender:
        msg["From"] = " ".join(sender.split())
    if to.strip():
        msg["To"] = " ".join(to.split())
    msg["Subject"] = " ".join(subject.split())
    msg["Date"] = formatdate(localtime=True)
    msg["X-Unsent"] = "1"
    msg.set_content(body)
    target = Path(path)
    with atomic_file(target) as tmp:
        tmp.write_bytes(msg.as_bytes())
    return target


def log_email(
    db: Database,
    contact_id: uuid.UUID,
    deal_id: uuid.UUID | None,
    subject: str,
    user_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Record the sent email as a touch on the contact's account (and the deal), in one
    transaction; TemplateInputError and nothing written when they do not belong together."""
    with db.write() as s:
        contact = s.get(Contact, contact_id)
        if contact is None or contact.deleted_at is not None or contact.account_id is None:
            raise TemplateInputError(
                "contact",
                QT_TRANSLATE_NOOP("Errors", "Choose a contact of an account to log the email."),
            )
        if deal_id is not None:
            deal = s.get(Opportunity, deal_id)
            if deal is None or deal.deleted_at is not None or deal.account_id != contact.account_id:
                raise TemplateInputError(
                    "contact",
                    QT_TRANSLATE_NOOP("Errors", "The contact must be one of the deal's account's."),
                )
        touch = Touch(
            account_id=contact.account_id,
            opportunity_id=deal_id,
            contact_id=contact.id,
            user_id=user_id,
            channel=str(Channel.EMAIL),
            outcome=f"Email sent: {' '.join(subject.split())}",
            occurred_at=utcnow(),
        )
        s.add(touch)
        s.flush()
        return touch.id
