"""Finding a meeting's account: by attendee emails, attendee names, an account name in the
title or location, or an email domain (the rules are in the package docstring).
"""

from __future__ import annotations

import contextlib
import re
import uuid
from collections import defaultdict
from collections.abc import Iterable
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import Account, Contact
from ...territory.notes import Note
from .common import (
    NO_ACCOUNT,
    SEVERAL_BY_ATTENDEES,
    SEVERAL_BY_DOMAIN,
    SEVERAL_BY_NAME,
    _norm,
    _note,
)
from .reading import _Meeting

PUBLIC_MAIL = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
    "yahoo.com", "icloud.com", "me.com", "aol.com", "gmx.de", "gmx.net", "web.de",
    "proton.me", "protonmail.com",
})  # fmt: skip
_WORD = re.compile(r"\w+")
_NAME_WORDS_MAX = 12


class _Matcher:
    """Finds an event's account; the contacts, names and domains are loaded once, on need."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self._contacts: tuple[dict, dict] | None = None
        self._names: tuple[dict[str, set[uuid.UUID]], int] | None = None
        self._domains: dict[str, set[uuid.UUID]] | None = None

    def match(self, m: _Meeting) -> tuple[uuid.UUID, list[uuid.UUID]] | Note:
        by_email, by_name = self._load_contacts()
        for keys, index in ((m.emails, by_email), (m.names, by_name)):
            found: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
            for key in keys:
                for contact_id, account_id in index.get(key, ()):
                    found[account_id].add(contact_id)
            if found:
                most = max(len(c) for c in found.values())
                best = [a for a, c in found.items() if len(c) == most]
                if len(best) > 1:
                    return self._several(SEVERAL_BY_ATTENDEES, best)
                return best[0], self._attendees(m, best[0])
        by_words = self._by_name(m)
        if by_words is not None:
            return by_words if isinstance(by_words, Note) else (by_words, [])
        domains = self._load_domains()
        hits: set[uuid.UUID] = set()
        for email in (*m.emails, m.organizer or ""):
            domain = email.rpartition("@")[2]
            if domain and domain not in PUBLIC_MAIL:
                hits |= domains.get(domain, set())
        if len(hits) > 1:
            return self._several(SEVERAL_BY_DOMAIN, hits)
        if hits:
            return hits.pop(), []
        return _note(NO_ACCOUNT)

    def _attendees(self, m: _Meeting, account_id: uuid.UUID) -> list[uuid.UUID]:
        by_email, by_name = self._load_contacts()
        keys = [*(by_email.get(e, ()) for e in m.emails), *(by_name.get(n, ()) for n in m.names)]
        found = (c for pairs in keys for c, a in pairs if a == account_id)
        return list(dict.fromkeys(found))

    def _by_name(self, m: _Meeting) -> uuid.UUID | Note | None:
        names, longest = self._load_names()
        hits: dict[str, set[uuid.UUID]] = {}
        for text in (m.summary, m.location):
            words = _WORD.findall(text.casefold())
            for i in range(len(words)):
                for j in range(i + 1, min(len(words), i + longest) + 1):
                    key = " ".join(words[i:j])
                    if key in names:
                        hits[key] = names[key]
        if not hits:
            return None
        size = max(len(k) for k in hits)
        best = set().union(*(ids for k, ids in hits.items() if len(k) == size))
        if len(best) > 1:
            return self._several(SEVERAL_BY_NAME, best)
        return best.pop()

    def _several(self, template: str, account_ids: Iterable[uuid.UUID]) -> Note:
        names = sorted(
            f"{name} ({city})" if city else name
            for name, city in self.s.execute(
                select(Account.name, Account.city).where(Account.id.in_(list(account_ids)))
            )
        )
        shown = ", ".join(names[:5]) + (", …" if len(names) > 5 else "")
        return _note(template, accounts=shown)

    def _load_contacts(self) -> tuple[dict, dict]:
        if self._contacts is None:
            by_email: dict[str, list] = defaultdict(list)
            by_name: dict[str, list] = defaultdict(list)
            for contact_id, account_id, email, first, last in self.s.execute(
                select(
                    Contact.id,
                    Contact.account_id,
                    Contact.email,
                    Contact.first_name,
                    Contact.last_name,
                )
                .join(Account, Account.id == Contact.account_id)
                .where(Contact.deleted_at.is_(None), Account.deleted_at.is_(None))
            ):
                if email and email.strip():
                    by_email[email.strip().lower()].append((contact_id, account_id))
                name = _norm(" ".join(p for p in (first, last) if p))
                if name:
                    by_name[name].append((contact_id, account_id))
            self._contacts = (by_email, by_name)
        return self._contacts

    def _load_names(self) -> tuple[dict[str, set[uuid.UUID]], int]:
        if self._names is None:
            names: dict[str, set[uuid.UUID]] = defaultdict(set)
            longest = 1
            for account_id, name in self.s.execute(
                select(Account.id, Account.name).where(Account.deleted_at.is_(None))
            ):
                words = _WORD.findall((name or "").casefold())[:_NAME_WORDS_MAX]
                if words:
                    names[" ".join(words)].add(account_id)
                    longest = max(longest, len(words))
            self._names = (dict(names), longest)
        return self._names

    def _load_domains(self) -> dict[str, set[uuid.UUID]]:
        if self._domains is None:
            domains: dict[str, set[uuid.UUID]] = defaultdict(set)
            for account_id, email, website in self.s.execute(
                select(Account.id, Account.email, Account.website).where(
                    Account.deleted_at.is_(None)
                )
            ):
                for domain in (_domain_of_email(email), _domain_of_site(website)):
                    if domain and domain not in PUBLIC_MAIL:
                        domains[domain].add(account_id)
            self._domains = dict(domains)
        return self._domains


def _domain_of_email(email: str | None) -> str | None:
    user, at, domain = (email or "").strip().lower().rpartition("@")
    return domain if at and user and domain else None


def _domain_of_site(website: str | None) -> str | None:
    text = (website or "").strip().lower()
    if not text:
        return None
    with contextlib.suppress(ValueError):
        host = urlsplit(text if "//" in text else f"//{text}").hostname or ""
        return host.removeprefix("www.") or None
    return None
