"""The text of address fields, cleaned and folded.

`fold` (the case-, accent- and punctuation-insensitive form names are matched by),
`clean_text` (one printable line from a user field), `address_query` (the cleaned address
sent online and the key the cache uses) and `account_address` (an address for lists).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from ..models import Account

_MARKS = re.compile("[\u0300-\u036f\u064b-\u065f\u0670]")  # Latin accents, Arabic vowels
_NON_WORD = re.compile(r"[\W_]+")
_DIGIT_TOKEN = re.compile(r"\b\w*\d\w*\b")
_LETTERS = str.maketrans(
    {
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "ı": "i",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ي": "ی",  # Arabic yeh and kaf -> the Persian letters
        "ى": "ی",
        "ك": "ک",
    }
)


def fold(text: str | None) -> str:
    """Case-, accent- and punctuation-insensitive form: "Saint-Étienne" -> "saint etienne"."""
    if not text:
        return ""
    if text.isascii():
        text = text.lower()
    else:
        text = _MARKS.sub("", unicodedata.normalize("NFKD", text.casefold()))
        if not text.isascii():
            text = text.translate(_LETTERS)
    if text.isalpha():  # most names: one word, nothing to split
        return text
    return _NON_WORD.sub(" ", text).strip()


# Control characters, bidi overrides and other invisible format characters; the joiners
# (U+200C/U+200D) are kept, Persian spelling needs them.
_KEEP_FORMAT = {"\u200c", "\u200d"}


def clean_text(value: object, limit: int = 200) -> str:
    """One line of printable text from a user field, at most `limit` characters."""
    if value is None:
        return ""
    text = str(value)
    chars = []
    for ch in text:
        category = unicodedata.category(ch)
        if category in ("Cc", "Zl", "Zp"):
            chars.append(" ")
        elif category in ("Cf", "Cs", "Co", "Cn") and ch not in _KEEP_FORMAT:
            continue
        else:
            chars.append(ch)
    text = " ".join("".join(chars).split()).strip(" ,;")
    if not any(ch.isalnum() for ch in text):
        return ""
    return text[:limit].strip()


_COUNTRY_ALIASES = {"UK": "GB", "EL": "GR"}


@dataclass(frozen=True)
class AddressQuery:
    """A cleaned address: the one line sent online and the key the cache uses."""

    text: str
    key: str
    street: str
    postal_code: str
    city: str
    region: str
    country: str | None  # ISO alpha-2 when known


def address_query(
    street: object = None,
    postal_code: object = None,
    city: object = None,
    region: object = None,
    country: object = None,
    country_name: Callable[[str], str | None] | None = None,
) -> AddressQuery | None:
    """None when nothing can be looked up: no street, postal code or city (a region or
    a country alone is not an address)."""
    s, p, c = clean_text(street), clean_text(postal_code, 20), clean_text(city, 120)
    r = clean_text(region, 120)
    iso_raw = clean_text(country, 80)
    iso = _COUNTRY_ALIASES.get(iso_raw.upper(), iso_raw.upper()) if iso_raw else ""
    iso = iso if len(iso) == 2 and iso.isalpha() and iso.isascii() else ""
    if not (s or p or c):
        return None
    named = (country_name(iso) if country_name and iso else None) or iso_raw
    text = ", ".join(part for part in (s, f"{p} {c}".strip(), r, named) if part)[:400]
    key = f"{iso.lower()}|{fold(text)}"
    if len(key) > 500:
        key = key[:430] + "#" + hashlib.sha256(key.encode()).hexdigest()
    return AddressQuery(text, key, s, p, c, r, iso or None)


def account_address(account: Account) -> str:
    """The address as one line, for lists."""
    parts = (
        clean_text(account.street),
        f"{clean_text(account.postal_code, 20)} {clean_text(account.city, 120)}".strip(),
        clean_text(account.region, 120),
        clean_text(account.country, 80),
    )
    return ", ".join(p for p in parts if p)
