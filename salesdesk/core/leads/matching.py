"""Which existing accounts a lead may belong to: by name (fuzzy), email domain, phone.

The rep confirms a match before a lead is linked to an account; only a sure match (the
same phone, or the same company domain with a close name, or the same name in the same
town) is taken without asking, by the command line.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from ..accounts import escape_like
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Account, Contact, Lead

NAME_CUTOFF = 82.0
SURE_NAME = 92.0
# Mail providers: sharing one says nothing about the company.
FREE_MAIL = frozenset(
    {
        "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "hotmail.com",
        "hotmail.co.uk", "outlook.com", "live.com", "live.co.uk", "msn.com", "icloud.com",
        "me.com", "aol.com", "gmx.com", "gmx.de", "gmx.net", "web.de", "proton.me",
        "protonmail.com", "mail.ru", "yandex.ru", "yandex.com", "btinternet.com", "sky.com",
        "qq.com", "163.com", "zoho.com",
    }
)  # fmt: skip
_LEGAL = re.compile(
    r"\b(ltd|limited|plc|llc|llp|inc|incorporated|corp|corporation|co|company|gmbh|ag|sa|"
    r"sarl|srl|spa|bv|nv|oy|ab|as|pty|pvt|group|holdings?|the|and)\b"
)
_NOT_WORD = re.compile(r"[\W_]+")

WHY = {
    "name": QT_TRANSLATE_NOOP("Leads", "similar name"),
    "same_name": QT_TRANSLATE_NOOP("Leads", "same name"),
    "domain": QT_TRANSLATE_NOOP("Leads", "same email domain"),
    "phone": QT_TRANSLATE_NOOP("Leads", "same phone number"),
    "city": QT_TRANSLATE_NOOP("Leads", "same town"),
}


@dataclass(frozen=True)
class AccountMatch:
    id: uuid.UUID
    name: str
    city: str | None
    owner_id: uuid.UUID | None
    name_score: float  # 0-100
    reasons: tuple[str, ...]  # keys of WHY

    @property
    def sure(self) -> bool:
        r = set(self.reasons)
        return (
            "phone" in r
            or ("domain" in r and self.name_score >= NAME_CUTOFF)
            or ("same_name" in r and "city" in r)
        )


def company_key(name: str | None) -> str:
    """A company name without case, accents, punctuation and legal forms."""
    text = unicodedata.normalize("NFKD", name or "").casefold()
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _NOT_WORD.sub(" ", text.replace("&", " and "))
    return " ".join(_LEGAL.sub(" ", text).split())


def email_domain(email: str | None) -> str | None:
    if not email or "@" not in email:
        return None
    domain = email.rsplit("@", 1)[1].strip().lower()
    return None if not domain or domain in FREE_MAIL else domain


def _name_candidates(key: str, every: bool):
    """Accounts whose name holds the key's two longest words (`every`), or either of them:
    the fuzzy score then runs on those only (normalising every name of 100,000 accounts
    took 2 s a lead). A misspelling in both long words of a name is the price."""
    words = sorted({w for w in key.split() if len(w) >= 3}, key=len, reverse=True)[:2] or [key]
    tests = [func.lower(Account.name).like(f"%{escape_like(w)}%", escape="\\") for w in words]
    return select(Account.id, Account.name).where(and_(*tests) if every else or_(*tests))


def account_matches(s: Session, lead: Lead, limit: int = 5) -> list[AccountMatch]:
    """Live accounts the lead may belong to, best first."""
    found: dict[uuid.UUID, dict] = {}

    def note(account_id: uuid.UUID, reason: str, score: float = 0.0) -> None:
        entry = found.setdefault(account_id, {"reasons": [], "score": 0.0})
        if reason not in entry["reasons"]:
            entry["reasons"].append(reason)
        entry["score"] = max(entry["score"], score)

    live = Account.deleted_at.is_(None)
    key = company_key(lead.company)
    if key:
        # Names holding both long words first; either of them only when none does.
        rows = s.execute(_name_candidates(key, every=True).where(live)).all()
        if not rows:
            rows = s.execute(_name_candidates(key, every=False).where(live)).all()
        names = {account_id: company_key(name) for account_id, name in rows}
        for _choice, score, account_id in process.extract(
            key, names, scorer=fuzz.token_sort_ratio, score_cutoff=NAME_CUTOFF, limit=limit * 2
        ):
            note(account_id, "same_name" if score >= 100 else "name", score)
    domain = email_domain(lead.email)
    if domain:
        pattern = f"%{escape_like(domain)}"
        ids = s.scalars(
            select(Account.id).where(
                live,
                or_(
                    func.lower(Account.email).like(f"%@{escape_like(domain)}", escape="\\"),
                    func.lower(Account.website).like(pattern, escape="\\"),
                    func.lower(Account.website).like(pattern + "/", escape="\\"),
                ),
            )
        ).all()
        ids += s.scalars(
            select(Contact.account_id).where(
                Contact.deleted_at.is_(None),
                Contact.account_id.is_not(None),
                func.lower(Contact.email).like(f"%@{escape_like(domain)}", escape="\\"),
            )
        ).all()
        for account_id in ids:
            note(account_id, "domain")
    if lead.phone_e164:
        ids = s.scalars(select(Account.id).where(live, Account.phone_e164 == lead.phone_e164)).all()
        ids += s.scalars(
            select(Contact.account_id).where(
                Contact.deleted_at.is_(None),
                Contact.account_id.is_not(None),
                Contact.phone_e164 == lead.phone_e164,
            )
        ).all()
        for account_id in ids:
            note(account_id, "phone")
    if not found:
        return []
    rows = s.execute(
        select(Account.id, Account.name, Account.city, Account.owner_id).where(
            Account.id.in_(list(found)), live
        )
    ).all()
    matches = []
    for row in rows:
        entry = found[row.id]
        score = entry["score"] or fuzz.token_sort_ratio(key, company_key(row.name))
        if lead.city and row.city and lead.city.strip().casefold() == row.city.casefold():
            entry["reasons"].append("city")
        matches.append(
            AccountMatch(row.id, row.name, row.city, row.owner_id, score, tuple(entry["reasons"]))
        )
    matches.sort(key=lambda m: (not m.sure, -len(m.reasons), -m.name_score, m.name))
    return matches[:limit]
