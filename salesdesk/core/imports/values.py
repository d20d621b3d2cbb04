"""Turning imported text into values: each normaliser returns (value, problem or None).

A problem is a translatable template with parameters; `warning=True` means the value is
usable but worth showing (an invalid phone number is kept with its raw text). Blank input
gives (None, None): whether a blank is allowed is the mapping's business.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

import phonenumbers

from ..i18n import QT_TRANSLATE_NOOP

# Persian (U+06F0..) and Arabic-Indic (U+0660..) digits, the Arabic separators, odd spaces.
_DIGITS = {0x06F0 + i: str(i) for i in range(10)} | {0x0660 + i: str(i) for i in range(10)}
_DIGITS |= {0x066B: ".", 0x066C: ",", 0x2212: "-", 0x00A0: " ", 0x202F: " ", 0x2009: " "}


@dataclass(frozen=True)
class Problem:
    template: str
    params: dict[str, object] = field(default_factory=dict)
    warning: bool = False

    def __str__(self) -> str:
        return self.template.format(**self.params)


def _problem(template: str, warning: bool = False, **params: object) -> Problem:
    return Problem(template, params, warning)


def ascii_digits(raw: str) -> str:
    """Persian and Arabic-Indic digits as 0-9; no-break and thin spaces as spaces."""
    return raw.translate(_DIGITS)


def _blank(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


# --- text --------------------------------------------------------------------------------


def text(
    raw: str | None, limit: int | None = None, *, multiline: bool = False
) -> tuple[str | None, Problem | None]:
    """Trimmed text, whitespace runs collapsed (line breaks kept when `multiline`), control
    characters dropped. Too long: the text cut to `limit` with a problem."""
    if _blank(raw):
        return None, None
    assert raw is not None
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    kept = "".join(c if c in "\n\t" or unicodedata.category(c) != "Cc" else " " for c in raw)
    if multiline:
        lines = (" ".join(line.split()) for line in kept.split("\n"))
        value = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    else:
        value = " ".join(kept.split())
    if not value:
        return None, None
    if limit is not None and len(value) > limit:
        return value[:limit], _problem(
            QT_TRANSLATE_NOOP("Errors", "too long: {length} characters, at most {limit}"),
            length=len(value),
            limit=limit,
        )
    return value, None


# --- email -------------------------------------------------------------------------------

_EMAIL = re.compile(r"^[^\s@<>()\[\],;:\"]+@([^\s@<>()\[\],;:\"]+\.)+[^\s@<>()\[\],;:\".\d]{2,}$")


def email(raw: str | None) -> tuple[str | None, Problem | None]:
    """An address as `local@domain` with the domain in lower case; `mailto:` and
    `Name <a@b.example>` accepted."""
    value, _ = text(raw)
    if value is None:
        return None, None
    found = re.search(r"<([^<>]+)>", value)
    candidate = found.group(1) if found else value
    candidate = candidate.strip().removeprefix("mailto:").strip()
    if _EMAIL.match(candidate) and len(candidate) <= 320:
        local, domain = candidate.rsplit("@", 1)
        return f"{local}@{domain.lower()}", None
    return None, _problem(QT_TRANSLATE_NOOP("Errors", "not an email address"))


# --- phone -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Phone:
    raw: str  # as the file had it, trimmed
    e164: str | None  # +441632960123, or None when it could not be parsed
    valid: bool


def phone(raw: str | None, default_region: str = "GB") -> tuple[Phone | None, Problem | None]:
    """A phone number parsed with `phonenumbers`; the raw text is always kept."""
    if raw is not None and raw.isprintable():
        kept = " ".join(raw.split()) or None  # what text() comes down to
    else:
        kept, _ = text(raw)
    if kept is None:
        return None, None
    try:
        parsed = phonenumbers.parse(ascii_digits(kept), default_region)
    except phonenumbers.NumberParseException:
        return Phone(kept, None, False), _problem(
            QT_TRANSLATE_NOOP("Errors", "not a phone number"), warning=True
        )
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    if _valid(parsed):
        return Phone(kept, e164, True), None
    return Phone(kept, e164, False), _problem(
        QT_TRANSLATE_NOOP("Errors", "not a valid phone number (kept as written)"), warning=True
    )


def _valid(number: phonenumbers.PhoneNumber) -> bool:
    """phonenumbers.is_valid_number, in a third of the time for a country code that several
    regions share (+44: GB, GG, IM, JE; +1: US and two dozen more): that first finds the
    number's region by checking the main region's patterns, then checks them again."""
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(number.country_code, ())
    if len(regions) > 1:
        main = regions[0]
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(main)
        # Valid for the main region (which claims numbers by pattern, not leading digits):
        # is_valid_number would pick that region and say the same.
        if (
            metadata is not None
            and metadata.leading_digits is None
            and phonenumbers.is_valid_number_for_region(number, main)
        ):
            return True
    return phonenumbers.is_valid_number(number)


# --- number ------------------------------------------------------------------------------

_PLAIN = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
# 1,234,567.89 / 1,234.5 / 1,234,567 and 1.234.567,89 / 1.234,5 / 1.234.567: no doubt
# which mark is the decimal one, whatever `decimal` says (see number()).
_COMMA_GROUPS = re.compile(r"^-?\d{1,3}(?:(?:,\d{3})+\.\d+|(?:,\d{3}){2,})$")
_DOT_GROUPS = re.compile(r"^-?\d{1,3}(?:(?:\.\d{3})+,\d+|(?:\.\d{3}){2,})$")
_CURRENCY_WORDS = re.compile(r"^[^\W\d_]+\.?\s*|\s*[^\W\d_]+\.?$")
_NUMBER_CHARS = re.compile(r"[\d.,'’ +-]+")
_GROUP_MARK = re.compile(r"(?<=\d)[ '’](?=\d{3}(\D|$))")
_GROUPED = re.compile(r"[\dx.,]+")
_GROUPS = re.compile(r"\d+(x\d{2,3})*")  # 1x234x567, or the lakh grouping 1x23x456


def number(raw: str | None, *, decimal: str | None = None) -> tuple[float | None, Problem | None]:
    """A number in a local format: 1.234,56  1,234.56  1'234'567.89  1 234,56  -12  (12.50)
    with currency symbols or codes and percent signs ignored. `decimal` ("," or ".") settles
    a lone separator; without it "1,234" is 1234 (with a warning) and "12,5" is 12.5."""
    if _blank(raw):
        return None, None
    assert raw is not None
    bad = _problem(QT_TRANSLATE_NOOP("Errors", "not a number"))
    s = ascii_digits(raw).strip()
    if _PLAIN.match(s) and not (decimal == "," and "." in s):
        return float(s), None
    if _COMMA_GROUPS.match(s):
        return float(s.replace(",", "")), None
    if _DOT_GROUPS.match(s):
        return float(s.replace(".", "").replace(",", ".")), None
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1]
    # Currency symbols, percent signs, and a currency word or code before or after.
    s = "".join(c for c in s if unicodedata.category(c) != "Sc" and c != "%").strip()
    s = _CURRENCY_WORDS.sub("", s).strip()
    if not _NUMBER_CHARS.fullmatch(s):
        return None, bad
    if s.endswith("-"):
        negative, s = not negative, s[:-1].strip()
    if s.startswith("-"):
        negative, s = not negative, s[1:].strip()
    elif s.startswith("+"):
        s = s[1:].strip()
    if not s or not any(c.isdigit() for c in s) or "-" in s or "+" in s:
        return None, bad
    s = _GROUP_MARK.sub("x", s)  # 1 234 / 1'234 group marks
    if not _GROUPED.fullmatch(s):
        return None, bad
    warning = None
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
    elif dots + commas == 0:
        dec = None
    elif dots + commas > 1:  # 1.234.567 or 1,234,567: group marks, unless ambiguous
        sep = "." if dots else ","
        dec = None if s.count(sep) > 1 else sep
    else:
        sep = "." if dots else ","
        head, _, tail = s.partition(sep)
        if decimal in (".", ","):
            dec = sep if decimal == sep else None
        elif sep == "," and len(tail) == 3 and head.strip("x0"):
            dec = None
            warning = _problem(
                QT_TRANSLATE_NOOP("Errors", "{raw} read as {value}; choose the decimal mark"),
                warning=True,
                raw=raw.strip(),
                value=s.replace(",", "").replace("x", ""),
            )
        else:
            dec = sep
    group = {".": ",", ",": "."}.get(dec or "")
    if dec is None:
        s = s.replace(".", "x").replace(",", "x")
        integer, fraction = s, ""
    else:
        if group:
            s = s.replace(group, "x")
        if s.count(dec) > 1:
            return None, bad
        integer, _, fraction = s.partition(dec)
    if integer and not _GROUPS.fullmatch(integer):
        return None, bad
    if not fraction.isdigit() and fraction:
        return None, bad
    digits = integer.replace("x", "") or "0"
    value = float(f"{digits}.{fraction}" if fraction else digits)
    return (-value if negative else value), warning


# --- dates -------------------------------------------------------------------------------

_ISO = re.compile(
    r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
)
_DMY = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?:[T ,]+\d{1,2}:\d{2}.*)?$")
_TIME_TAIL = re.compile(r"^(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$")
_NAMED = ("%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y", "%d-%b-%Y", "%d-%b-%y")
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def date(
    raw: str | None, *, dayfirst: bool | None = None, excel_serial: bool = False
) -> tuple[dt.date | None, Problem | None]:
    """A calendar date from ISO (with or without a time), 31/12/2026, 12/31/2026, 31.12.2026,
    31 Dec 2026, and (`excel_serial`, for XLSX cells) Excel serial numbers like 46387.
    11/12/2026 is ambiguous unless `dayfirst` says which; a day over 12 decides by itself.
    A time of day is dropped; the date is the one written."""
    if _blank(raw):
        return None, None
    assert raw is not None
    s = ascii_digits(raw).strip()
    bad = _problem(QT_TRANSLATE_NOOP("Errors", "not a date"))
    if excel_serial and re.fullmatch(r"\d+(\.\d+)?", s):
        serial = float(s)
        if not 1 <= serial < 2958466:
            return None, bad
        return _EXCEL_EPOCH + dt.timedelta(days=int(serial)), None
    m = _ISO.match(s)
    if m and _TIME_TAIL.match(s[len(m.group(0)) :]):
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)), bad)
    m = _DMY.match(s)
    if m:
        a, sep, b, year = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
        if len(m.group(4)) == 2:
            year += 2000 if year < 70 else 1900
        if sep == "." or a > 12 or dayfirst is True:
            day, month = a, b
        elif b > 12 or dayfirst is False:
            day, month = b, a
        elif a == b:
            day = month = a
        else:
            return None, _problem(
                QT_TRANSLATE_NOOP(
                    "Errors", "{raw} could be day/month or month/day; choose the date order"
                ),
                raw=s,
            )
        if sep != "." and a > 12 and dayfirst is False:
            return None, bad
        return _make(year, month, day, bad)
    cleaned = " ".join(s.replace(",", " ").split())
    for fmt in _NAMED:
        try:
            return dt.datetime.strptime(cleaned, fmt).date(), None
        except ValueError:
            continue
    return None, bad


def _make(year: int, month: int, day: int, bad: Problem) -> tuple[dt.date | None, Problem | None]:
    if not 1900 <= year <= 2200:  # 1405/10/10 is a Solar Hijri date, not year 1405
        return None, _problem(
            QT_TRANSLATE_NOOP("Errors", "year {year} is outside 1900-2200"), year=year
        )
    try:
        return dt.date(year, month, day), None
    except ValueError:
        return None, bad
