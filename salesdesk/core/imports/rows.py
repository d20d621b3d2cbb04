"""One file row as the values SalesDesk will store, with the problems found on the way.

`RowReader` applies a mapping to a table row: each mapped column goes through the
normaliser of its field's kind (values.py), choice fields (account type, lead status,
buying role, deal type) are matched to their stored values, and a required field left
blank is an error. Warnings (a phone kept as written, an unknown account type) are kept
beside the values; errors mean the row cannot be stored.

A phone is kept three ways: `phone` as written, `phone_e164` (None when it does not parse)
and `phone_valid`; numbers are parsed once per (text, region) in a run.
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass, field
from functools import cache

from ..domain import AccountKind, BuyingRole, DealKind, LeadStatus
from ..i18n import QT_TRANSLATE_NOOP
from . import values
from .mapping import FIELDS, REQUIRED, Field, Kind, RecordType, normalise_header
from .values import Problem

# Fields whose text must be one of the stored values; unknown text keeps the default.
CHOICES: dict[tuple[RecordType, str], dict[str, str]] = {
    (RecordType.ACCOUNTS, "kind"): {
        **{normalise_header(k.value): k.value for k in AccountKind},
        "client": "customer",
        "lead": "prospect",
    },
    (RecordType.LEADS, "status"): {
        **{normalise_header(k.value): k.value for k in LeadStatus},
        "open": "new",
        "open not contacted": "new",
        "in progress": "working",
        "attempted to contact": "working",
        "connected": "working",
        "working contacted": "working",
        "closed converted": "qualified",
        "closed not converted": "disqualified",
        "unqualified": "disqualified",
    },
    (RecordType.CONTACTS, "buying_role"): {normalise_header(k.value): k.value for k in BuyingRole},
    (RecordType.DEALS, "kind"): {
        **{normalise_header(k.value): k.value for k in DealKind},
        "newbusiness": "new_business",
        "existing business": "upsell",
        "existingbusiness": "upsell",
        "existing customer upgrade": "upsell",
        "existing customer replacement": "renewal",
        "existing customer downgrade": "renewal",
    },
}


MEMO_LIMIT = 2000  # remembered values per column
# A phone field `phone` also fills `phone_e164` and `phone_valid` (not mapped themselves).
E164, VALID = "_e164", "_valid"
E164_LIMIT = 20  # the column's length; E.164 itself is at most 16 characters


@dataclass(frozen=True)
class CellProblem:
    """A problem in one cell (`column` None: the row as a whole)."""

    column: str | None
    value: str
    problem: Problem


@dataclass
class RowValues:
    """The values one row gives each mapped field (None: blank), and its problems."""

    number: int
    values: dict[str, object] = field(default_factory=dict)
    record_id: uuid.UUID | None = None  # the `id` column of a SalesDesk export
    problems: list[CellProblem] = field(default_factory=list)

    @property
    def errors(self) -> list[CellProblem]:
        return [p for p in self.problems if not p.problem.warning]

    @property
    def ok(self) -> bool:
        return not self.errors


@cache
def _countries() -> dict[str, str]:
    """Country names (English, from phonenumbers' data) and codes -> ISO alpha-2."""
    import phonenumbers
    from phonenumbers.geocoder import _region_display_name

    names: dict[str, str] = {}
    for code in phonenumbers.SUPPORTED_REGIONS:
        names[code.casefold()] = code
        name = _region_display_name(code, "en")
        if name:
            names[normalise_header(name)] = code
    names |= {
        "uk": "GB",
        "great britain": "GB",
        "england": "GB",
        "scotland": "GB",
        "wales": "GB",
        "usa": "US",
        "united states of america": "US",
        "deutschland": "DE",
        "osterreich": "AT",
        "schweiz": "CH",
        "suisse": "CH",
        "nederland": "NL",
        "espana": "ES",
        "italia": "IT",
        "iran islamic republic of": "IR",
        "ایران": "IR",
    }
    return names


def country(raw: str | None) -> tuple[str | None, Problem | None]:
    """ISO 3166 alpha-2 from a code or an English (or a few local) country names."""
    value, _ = values.text(raw)
    if value is None:
        return None, None
    code = _countries().get(normalise_header(value)) or _countries().get(value.casefold())
    if code is None:
        return None, Problem(
            QT_TRANSLATE_NOOP("Errors", "not a country SalesDesk knows (left empty)"),
            {},
            warning=True,
        )
    return code, None


class RowReader:
    """Turns table rows into RowValues for one record type and mapping."""

    def __init__(
        self,
        headers: list[str],
        record_type: RecordType | str,
        mapping: dict[str, str | None],
        *,
        phone_region: str = "GB",
        decimal: str | None = None,
        dayfirst: bool | None = None,
        excel_serial: bool = False,
    ) -> None:
        self.record_type = RecordType(record_type)
        by_key = {f.key: f for f in FIELDS[self.record_type]}
        index = {h: i for i, h in enumerate(headers)}
        self.columns: list[tuple[int, str, Field]] = [
            (index[h], h, by_key[k]) for h, k in mapping.items() if k and k in by_key and h in index
        ]
        self.required = [
            group for group in REQUIRED[self.record_type] if len(group) == 1
        ]  # one-of groups (lead name/company/email, deal account) are checked row-wise below
        self.any_of = [group for group in REQUIRED[self.record_type] if len(group) > 1]
        self.phone_region = phone_region
        self.decimal = decimal
        self.dayfirst = dayfirst
        self.excel_serial = excel_serial
        self._phones: dict[tuple[str, str], tuple[values.Phone | None, Problem | None]] = {}
        # Types, cities and countries repeat: each column remembers its values (up to
        # MEMO_LIMIT) with what they normalise to. Phones last: the country sets the region.
        self._plan = sorted(
            ((i, header, fld, {}) for i, header, fld in self.columns),
            key=lambda column: column[2].kind is Kind.PHONE,
        )
        # SalesDesk's own export starts with `id`, the record's UUID: re-import matches on it.
        own_id = "id" in index and not mapping.get("id")
        self.id_column = index["id"] if own_id else None

    def read(self, number: int, cells: list[str]) -> RowValues:
        row = RowValues(number)
        if self.id_column is not None:
            with contextlib.suppress(ValueError):  # not a UUID: matched the usual way
                row.record_id = uuid.UUID(cells[self.id_column].strip())
        row_values, problems = row.values, row.problems
        country_code: str | None = None
        for i, header, fld, memo in self._plan:
            raw = cells[i]
            if raw[:1] == "'" or raw[:1].isspace():
                raw = unprotect(raw)
            kind = fld.kind
            if kind is Kind.PHONE:
                self._read_phone(row, header, fld, raw, country_code or self.phone_region)
                continue
            found = memo.get(raw)
            if found is None:
                found = self._convert(fld, raw)
                if len(memo) < MEMO_LIMIT:
                    memo[raw] = found
            value, problem = found
            if kind is Kind.COUNTRY:
                country_code = value  # type: ignore[assignment]
            row_values[fld.key] = value
            if problem is not None:
                problems.append(CellProblem(header, raw, problem))
        for (key,) in self.required:
            if key in row_values and row_values[key] is None:
                i, header = next((i, h) for i, h, f in self.columns if f.key == key)
                problems.append(
                    CellProblem(
                        header,
                        unprotect(cells[i]),
                        Problem(QT_TRANSLATE_NOOP("Errors", "required, but empty")),
                    )
                )
        for group in self.any_of:
            mapped = [k for k in group if k in row_values]
            if mapped and all(row_values.get(k) is None for k in mapped):
                labels = {f.key: f.label for f in FIELDS[self.record_type]}
                problems.append(
                    CellProblem(
                        None,
                        "",
                        Problem(
                            QT_TRANSLATE_NOOP("Errors", "needs one of {fields}"),
                            {"fields": " / ".join(labels[k] for k in group)},
                        ),
                    )
                )
        return row

    def _read_phone(self, row: RowValues, header: str, fld: Field, raw: str, region: str) -> None:
        """The number as written, its E.164 form (None when it does not parse), validity."""
        parsed, problem = self._phone(raw, region)
        if problem is not None:
            row.problems.append(CellProblem(header, raw, problem))
        if parsed is None:
            row.values[fld.key] = None
            return
        kept = parsed.raw
        if fld.limit and len(kept) > fld.limit:
            kept = kept[: fld.limit]
            row.problems.append(CellProblem(header, raw, _too_long(parsed.raw, fld.limit)))
        row.values[fld.key] = kept
        e164 = parsed.e164
        row.values[fld.key + E164] = e164 if e164 and len(e164) <= E164_LIMIT else None
        row.values[fld.key + VALID] = parsed.valid

    def e164(self, raw: str, region: str | None) -> str | None:
        """A stored phone's E.164 form, for records saved before it was kept (the same
        number written another way is no change: "0161 496 0077" and "+441614960077")."""
        parsed, _ = self._phone(raw, region or self.phone_region)
        return None if parsed is None else parsed.e164

    def _phone(self, raw: str, region: str) -> tuple[values.Phone | None, Problem | None]:
        # phonenumbers takes ~100 us a number: a number a file repeats is parsed once.
        key = (raw, region)
        found = self._phones.get(key)
        if found is None:
            found = self._phones[key] = values.phone(raw, region)
        return found

    def _convert(self, fld: Field, raw: str) -> tuple[object, Problem | None]:
        kind = fld.kind
        if (kind is Kind.TEXT or kind is Kind.ID or kind is Kind.MULTILINE) and raw.isprintable():
            # No control characters or line breaks: values.text comes down to this.
            value = " ".join(raw.split()) or None
            choices = CHOICES.get((self.record_type, fld.key))
            if value is not None and choices is not None:
                return _choice(value, choices)
            if value is None or fld.limit is None or len(value) <= fld.limit:
                return value, None
        if kind is Kind.TEXT or kind is Kind.ID:
            choices = CHOICES.get((self.record_type, fld.key))
            if choices is not None:
                value, _ = values.text(raw)
                return (None, None) if value is None else _choice(value, choices)
            return values.text(raw, fld.limit)
        if kind is Kind.MULTILINE:
            return values.text(raw, fld.limit, multiline=True)
        if kind is Kind.EMAIL:
            return values.email(raw)
        if kind is Kind.NUMBER or kind is Kind.INTEGER:
            number, problem = values.number(raw, decimal=self.decimal)
            if number is None or kind is Kind.NUMBER:
                return number, problem
            if not number.is_integer():
                return None, Problem(QT_TRANSLATE_NOOP("Errors", "not a whole number"))
            return int(number), problem
        if kind is Kind.DATE:
            return values.date(raw, dayfirst=self.dayfirst, excel_serial=self.excel_serial)
        if kind is Kind.COUNTRY:
            return country(raw)
        raise AssertionError(kind)  # pragma: no cover - every Kind is handled


_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\x00")


def unprotect(raw: str) -> str:
    """A cell an export protected from spreadsheets as it was: "'=SUM" is "=SUM", and
    "''=x" (text that itself began with "'=") is "'=x". The inverse of exports' safe_text."""
    if not raw or (raw[0] != "'" and not raw[0].isspace()):
        return raw
    text = raw.lstrip()  # stripped anyway by every normaliser
    quotes = len(text) - len(text.lstrip("'"))
    if quotes and text[quotes : quotes + 1] in _FORMULA_TRIGGERS:
        return text[1:]
    return raw


def _too_long(value: str, limit: int) -> Problem:
    return Problem(
        QT_TRANSLATE_NOOP("Errors", "too long: {length} characters, at most {limit}"),
        {"length": len(value), "limit": limit},
        warning=True,
    )


def _choice(value: str, choices: dict[str, str]) -> tuple[str | None, Problem | None]:
    found = choices.get(normalise_header(value)) or choices.get(
        normalise_header(value).replace(" ", "")
    )
    if found is not None:
        return found, None
    return None, Problem(
        QT_TRANSLATE_NOOP("Errors", "{value} is not one of: {choices} (the default is used)"),
        {"value": value, "choices": ", ".join(sorted(set(choices.values())))},
        warning=True,
    )
