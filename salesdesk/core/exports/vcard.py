"""Contacts as one vCard file (RFC 2426 version 3.0 or RFC 6350 version 4.0).

One card per live contact: FN, N, ORG (the account's name), TITLE, EMAIL, TEL, UID
(`urn:uuid:` + the contact's id, so a phone that reads the file again updates the card)
and REV (last change, UTC). Text is escaped (backslash, comma, semicolon, newlines as
`\\n`); N and ORG components are escaped one by one and joined with `;`. Lines are folded
at 75 octets without splitting a UTF-8 character; every line ends in CRLF.

Version 4.0 adds KIND:individual and writes a phone number as a `tel:` URI
(`TEL;VALUE=uri;TYPE=work:tel:+44-20-7946-0000`) when it can be read as one (a national
number with the account's country); otherwise it keeps the text as stored
(`TEL;VALUE=text:...`). Version 3.0 keeps every number as stored.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from ..db import Database
from ..models import Account, Contact
from .files import atomic_file

VERSIONS = ("3.0", "4.0")
PRODID = "-//SalesDesk//Contacts//EN"
LINE_OCTETS = 75


def escape(text: str) -> str:
    """A TEXT value: backslash, comma, semicolon and newlines escaped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for raw, escaped in (("\\", "\\\\"), (",", "\\,"), (";", "\\;"), ("\n", "\\n")):
        text = text.replace(raw, escaped)
    return text


def fold(line: str) -> str:
    """`line` cut into lines of at most 75 octets (CRLF + space between), never inside a
    UTF-8 character: a continuation line's leading space counts towards its 75."""
    parts: list[str] = []
    current: list[str] = []
    size, limit = 0, LINE_OCTETS
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, LINE_OCTETS - 1
        current.append(ch)
        size += n
    parts.append("".join(current))
    return "\r\n ".join(parts)


def card(
    version: str,
    contact_id: uuid.UUID,
    first_name: str | None,
    last_name: str | None,
    title: str | None,
    email: str | None,
    phone: str | None,
    company: str | None,
    updated_at: datetime | None,
    country: str | None = None,
    phone_e164: str | None = None,
) -> str:
    """One vCard, folded, CRLF line ends, ending with END:VCARD + CRLF."""
    if version not in VERSIONS:
        raise ValueError(f"vCard version must be one of {VERSIONS}, not {version!r}")
    full = " ".join(p for p in (first_name, last_name) if p) or (email or "")
    lines = ["BEGIN:VCARD", f"VERSION:{version}", f"PRODID:{PRODID}"]
    if version == "4.0":
        lines.append("KIND:individual")
    lines.append(f"UID:urn:uuid:{contact_id}")
    lines.append(f"FN:{escape(full)}")
    lines.append(f"N:{escape(last_name or '')};{escape(first_name or '')};;;")
    if company:
        lines.append(f"ORG:{escape(company)}")
    if title:
        lines.append(f"TITLE:{escape(title)}")
    if email:
        kind = "TYPE=INTERNET,WORK" if version == "3.0" else "TYPE=work"
        lines.append(f"EMAIL;{kind}:{escape(email)}")
    if phone:
        lines.append(_tel(version, phone, country, phone_e164))
    if updated_at is not None:
        stamp = updated_at.replace(microsecond=0)
        rev = stamp.strftime("%Y-%m-%dT%H:%M:%SZ" if version == "3.0" else "%Y%m%dT%H%M%SZ")
        lines.append(f"REV:{rev}")
    lines.append("END:VCARD")
    return "".join(fold(line) + "\r\n" for line in lines)


def _tel(version: str, phone: str, country: str | None, e164: str | None = None) -> str:
    if version == "3.0":
        return f"TEL;TYPE=WORK,VOICE:{escape(phone)}"
    # The number as read on import (with its own country) when there is one: a contact
    # without an account has no country to read "020 7946 0000" with.
    uri = _tel_uri(e164, None) if e164 else _tel_uri(phone, country)
    if uri is None:
        return f"TEL;VALUE=text;TYPE=work,voice:{escape(phone)}"
    return f"TEL;VALUE=uri;TYPE=work,voice:{uri}"


def _tel_uri(phone: str, country: str | None) -> str | None:
    """RFC 3966 `tel:+44-20-7946-0000`, or None when the number cannot be read."""
    import phonenumbers

    try:
        number = phonenumbers.parse(phone, (country or "").upper() or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.RFC3966)


def export_vcards(
    db: Database,
    path: str | Path,
    version: str = "3.0",
    *,
    owner_id: uuid.UUID | None = None,
) -> int:
    """Write the live contacts (of accounts `owner_id` owns, or all) to one .vcf file;
    return how many. The file is replaced in one step; the old one stays on failure."""
    if version not in VERSIONS:
        raise ValueError(f"vCard version must be one of {VERSIONS}, not {version!r}")
    stmt = (
        select(
            Contact.id,
            Contact.first_name,
            Contact.last_name,
            Contact.title,
            Contact.email,
            Contact.phone,
            Account.name,
            Contact.updated_at,
            Account.country,
            Contact.phone_e164,
        )
        .outerjoin(Account, Account.id == Contact.account_id)
        .where(Contact.deleted_at.is_(None))
        .order_by(Contact.last_name, Contact.first_name, Contact.id)
    )
    if owner_id is not None:
        stmt = stmt.where(Account.owner_id == owner_id)
    with db.read() as s:
        rows = s.execute(stmt.execution_options(yield_per=1000))
        with atomic_file(path) as tmp:
            return _write(tmp, version, rows)


def _write(tmp: Path, version: str, rows: Iterable) -> int:
    count = 0
    with open(tmp, "w", encoding="utf-8", newline="") as out:
        for row in rows:
            out.write(card(version, *row))
            count += 1
    return count
