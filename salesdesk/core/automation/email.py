"""Email templates: the team's stored templates, and an email sent through the user's
mail client (a `mailto:` link) or saved as an .eml file, logged as a touch.

The merge fields come from merge.py (plain values only); rendering and the checks that
keep a template from running code are in sandbox.py.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import exists, func, select, true

from ..db import Database
from ..domain import Channel
from ..exports.files import atomic_file
from ..i18n import QT_TRANSLATE_NOOP
from ..lookup import id_prefix_hits
from ..models import (
    Account,
    Contact,
    EmailTemplate,
    Opportunity,
    Touch,
)
from ..models.base import utcnow
from .merge import TemplateInputError
from .sandbox import check

NAME_MAX, CATEGORY_MAX, SUBJECT_MAX, BODY_MAX = 120, 60, 300, 20_000


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
        # EXISTS, not a join: SQLite then walks the name index and stops at the first
        # account with a contact (a join sorted every pair: 0.8-2 s at 100,000 accounts).
        has_contact = exists().where(Contact.account_id == Account.id, Contact.deleted_at.is_(None))
        row = s.execute(
            select(Account.id, Account.name)
            .where(Account.deleted_at.is_(None), has_contact)
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
