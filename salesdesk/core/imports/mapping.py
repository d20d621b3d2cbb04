"""Which column of an imported file fills which SalesDesk field.

`FIELDS[record_type]` lists the fields an import can fill (named after the model columns;
`*_source_id` / `*_name` fields are links resolved by the importer). `PRESETS` know the
column names HubSpot and Salesforce exports use; `guess_mapping` tries them first, then
the field names and common synonyms; `validate_mapping` checks a mapping before a run.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from ..i18n import QT_TRANSLATE_NOOP
from .values import Problem


class RecordType(StrEnum):
    ACCOUNTS = "accounts"
    CONTACTS = "contacts"
    LEADS = "leads"
    DEALS = "deals"


class Kind(StrEnum):
    """How a field's text is normalised (values.py)."""

    TEXT = "text"
    MULTILINE = "multiline"
    EMAIL = "email"
    PHONE = "phone"
    NUMBER = "number"
    INTEGER = "integer"
    DATE = "date"
    ID = "id"  # a source system's record id, kept as text
    COUNTRY = "country"  # ISO 3166 alpha-2 in the database


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # English, marked for translation
    kind: Kind = Kind.TEXT
    limit: int | None = None  # the column's length
    synonyms: tuple[str, ...] = ()  # other usual column names, any case/spacing/accents


def _f(key: str, label: str, kind: Kind = Kind.TEXT, limit: int | None = None, *syn: str):
    return Field(key, label, kind, limit, syn)


_SOURCE_ID = _f(
    "source_id", QT_TRANSLATE_NOOP("Import", "Record ID (source system)"), Kind.ID, 100, "id"
)

FIELDS: dict[RecordType, tuple[Field, ...]] = {
    RecordType.ACCOUNTS: (
        _SOURCE_ID,
        _f(
            "name",
            QT_TRANSLATE_NOOP("Import", "Account name"),
            Kind.TEXT,
            300,
            "company",
            "company name",
            "account",
            "organisation",
            "organization",
            "customer",
            "name",
        ),
        _f("kind", QT_TRANSLATE_NOOP("Import", "Account type"), Kind.TEXT, 16, "type"),
        _f("industry", QT_TRANSLATE_NOOP("Import", "Industry"), Kind.TEXT, 100, "sector"),
        _f(
            "employees",
            QT_TRANSLATE_NOOP("Import", "Employees"),
            Kind.INTEGER,
            None,
            "number of employees",
            "no of employees",
            "headcount",
            "staff",
        ),
        _f(
            "street",
            QT_TRANSLATE_NOOP("Import", "Street"),
            Kind.TEXT,
            300,
            "address",
            "street address",
            "address line 1",
            "address 1",
        ),
        _f(
            "postal_code",
            QT_TRANSLATE_NOOP("Import", "Postal code"),
            Kind.TEXT,
            20,
            "postcode",
            "post code",
            "zip",
            "zip code",
            "zip postal code",
            "plz",
        ),
        _f("city", QT_TRANSLATE_NOOP("Import", "City"), Kind.TEXT, 120, "town", "locality", "ort"),
        _f(
            "region",
            QT_TRANSLATE_NOOP("Import", "Region"),
            Kind.TEXT,
            120,
            "state",
            "county",
            "province",
            "state province",
            "state region",
        ),
        _f(
            "country",
            QT_TRANSLATE_NOOP("Import", "Country"),
            Kind.COUNTRY,
            None,
            "country region",
            "country code",
        ),
        _f(
            "phone",
            QT_TRANSLATE_NOOP("Import", "Phone"),
            Kind.PHONE,
            40,
            "phone number",
            "telephone",
            "tel",
        ),
        _f(
            "email",
            QT_TRANSLATE_NOOP("Import", "Email"),
            Kind.EMAIL,
            320,
            "e mail",
            "email address",
        ),
        _f(
            "website",
            QT_TRANSLATE_NOOP("Import", "Website"),
            Kind.TEXT,
            300,
            "web",
            "url",
            "website url",
            "domain",
            "company domain name",
        ),
        _f(
            "current_revenue",
            QT_TRANSLATE_NOOP("Import", "Current revenue"),
            Kind.NUMBER,
            None,
            "revenue",
            "annual revenue",
            "turnover",
        ),
        _f(
            "estimated_potential",
            QT_TRANSLATE_NOOP("Import", "Estimated potential"),
            Kind.NUMBER,
            None,
            "potential",
        ),
        _f("lat", QT_TRANSLATE_NOOP("Import", "Latitude"), Kind.NUMBER, None, "latitude"),
        _f("lon", QT_TRANSLATE_NOOP("Import", "Longitude"), Kind.NUMBER, None, "longitude", "lng"),
        _f(
            "notes",
            QT_TRANSLATE_NOOP("Import", "Notes"),
            Kind.MULTILINE,
            None,
            "description",
            "note",
            "comments",
        ),
    ),
    RecordType.CONTACTS: (
        _SOURCE_ID,
        _f(
            "first_name",
            QT_TRANSLATE_NOOP("Import", "First name"),
            Kind.TEXT,
            120,
            "first",
            "given name",
            "forename",
            "vorname",
        ),
        _f(
            "last_name",
            QT_TRANSLATE_NOOP("Import", "Last name"),
            Kind.TEXT,
            120,
            "last",
            "surname",
            "family name",
            "nachname",
            "name",
        ),
        _f(
            "title",
            QT_TRANSLATE_NOOP("Import", "Job title"),
            Kind.TEXT,
            200,
            "job title",
            "position",
            "role",
        ),
        _f(
            "email",
            QT_TRANSLATE_NOOP("Import", "Email"),
            Kind.EMAIL,
            320,
            "e mail",
            "email address",
        ),
        _f(
            "phone",
            QT_TRANSLATE_NOOP("Import", "Phone"),
            Kind.PHONE,
            40,
            "phone number",
            "telephone",
            "tel",
            "mobile",
            "mobile phone",
            "mobile phone number",
        ),
        _f("buying_role", QT_TRANSLATE_NOOP("Import", "Buying role"), Kind.TEXT, 32),
        _f(
            "preferences",
            QT_TRANSLATE_NOOP("Import", "Preferences"),
            Kind.MULTILINE,
            None,
            "notes",
            "description",
        ),
        _f(
            "account_source_id",
            QT_TRANSLATE_NOOP("Import", "Account record ID"),
            Kind.ID,
            100,
            "company id",
            "account id",
        ),
        _f(
            "account_name",
            QT_TRANSLATE_NOOP("Import", "Account name"),
            Kind.TEXT,
            300,
            "company",
            "company name",
            "account",
            "account name",
            "organisation",
            "organization",
        ),
    ),
    RecordType.LEADS: (
        _SOURCE_ID,
        _f(
            "first_name",
            QT_TRANSLATE_NOOP("Import", "First name"),
            Kind.TEXT,
            120,
            "first",
            "given name",
        ),
        _f(
            "last_name", QT_TRANSLATE_NOOP("Import", "Last name"), Kind.TEXT, 120, "last", "surname"
        ),
        _f(
            "company",
            QT_TRANSLATE_NOOP("Import", "Company"),
            Kind.TEXT,
            300,
            "company name",
            "account",
            "organisation",
            "organization",
        ),
        _f(
            "title",
            QT_TRANSLATE_NOOP("Import", "Job title"),
            Kind.TEXT,
            200,
            "job title",
            "position",
        ),
        _f(
            "email",
            QT_TRANSLATE_NOOP("Import", "Email"),
            Kind.EMAIL,
            320,
            "e mail",
            "email address",
        ),
        _f(
            "phone",
            QT_TRANSLATE_NOOP("Import", "Phone"),
            Kind.PHONE,
            40,
            "phone number",
            "telephone",
            "mobile",
        ),
        _f("website", QT_TRANSLATE_NOOP("Import", "Website"), Kind.TEXT, 300, "web", "url"),
        _f("city", QT_TRANSLATE_NOOP("Import", "City"), Kind.TEXT, 120, "town"),
        _f(
            "region",
            QT_TRANSLATE_NOOP("Import", "Region"),
            Kind.TEXT,
            120,
            "state",
            "county",
            "province",
            "state province",
        ),
        _f("country", QT_TRANSLATE_NOOP("Import", "Country"), Kind.COUNTRY, None, "country code"),
        _f("industry", QT_TRANSLATE_NOOP("Import", "Industry"), Kind.TEXT, 100, "sector"),
        _f(
            "employees",
            QT_TRANSLATE_NOOP("Import", "Employees"),
            Kind.INTEGER,
            None,
            "number of employees",
            "no of employees",
        ),
        _f(
            "annual_revenue",
            QT_TRANSLATE_NOOP("Import", "Annual revenue"),
            Kind.NUMBER,
            None,
            "revenue",
            "annualrevenue",
        ),
        _f(
            "source",
            QT_TRANSLATE_NOOP("Import", "Lead source"),
            Kind.TEXT,
            80,
            "lead source",
            "original source",
        ),
        _f("status", QT_TRANSLATE_NOOP("Import", "Lead status"), Kind.TEXT, 16, "lead status"),
        _f(
            "notes",
            QT_TRANSLATE_NOOP("Import", "Notes"),
            Kind.MULTILINE,
            None,
            "description",
            "comments",
        ),
    ),
    RecordType.DEALS: (
        _SOURCE_ID,
        _f(
            "name",
            QT_TRANSLATE_NOOP("Import", "Deal name"),
            Kind.TEXT,
            300,
            "deal",
            "opportunity",
            "opportunity name",
            "name",
        ),
        _f(
            "account_source_id",
            QT_TRANSLATE_NOOP("Import", "Account record ID"),
            Kind.ID,
            100,
            "account id",
            "company id",
        ),
        _f(
            "account_name",
            QT_TRANSLATE_NOOP("Import", "Account name"),
            Kind.TEXT,
            300,
            "account",
            "company",
            "company name",
        ),
        _f(
            "contact_source_id",
            QT_TRANSLATE_NOOP("Import", "Contact record ID"),
            Kind.ID,
            100,
            "contact id",
        ),
        _f("contact_email", QT_TRANSLATE_NOOP("Import", "Contact email"), Kind.EMAIL, 320),
        _f(
            "stage",
            QT_TRANSLATE_NOOP("Import", "Stage"),
            Kind.TEXT,
            80,
            "deal stage",
            "pipeline stage",
        ),
        _f("kind", QT_TRANSLATE_NOOP("Import", "Deal type"), Kind.TEXT, 16, "type"),
        _f(
            "amount",
            QT_TRANSLATE_NOOP("Import", "Amount"),
            Kind.NUMBER,
            None,
            "value",
            "deal value",
        ),
        _f("probability", QT_TRANSLATE_NOOP("Import", "Probability (%)"), Kind.NUMBER, None),
        _f(
            "close_date",
            QT_TRANSLATE_NOOP("Import", "Close date"),
            Kind.DATE,
            None,
            "expected close date",
        ),
        _f(
            "lost_reason",
            QT_TRANSLATE_NOOP("Import", "Lost reason"),
            Kind.TEXT,
            120,
            "loss reason",
            "closed lost reason",
        ),
        _f("next_step", QT_TRANSLATE_NOOP("Import", "Next step"), Kind.MULTILINE),
        _f("next_step_date", QT_TRANSLATE_NOOP("Import", "Next step date"), Kind.DATE),
        _f(
            "business_problem",
            QT_TRANSLATE_NOOP("Import", "Business problem"),
            Kind.MULTILINE,
            None,
            "description",
        ),
    ),
}

# Each inner tuple: at least one of these fields must be mapped.
REQUIRED: dict[RecordType, tuple[tuple[str, ...], ...]] = {
    RecordType.ACCOUNTS: (("name",),),
    RecordType.CONTACTS: (("last_name",),),
    RecordType.LEADS: (("last_name", "company", "email"),),
    RecordType.DEALS: (("name",), ("account_source_id", "account_name")),
}

_ACC, _CON, _LEAD, _DEAL = (
    RecordType.ACCOUNTS,
    RecordType.CONTACTS,
    RecordType.LEADS,
    RecordType.DEALS,
)

# Export column names as the tools write them (matched like any header: case, spacing and
# accents do not matter). Salesforce reports use labels; Data Loader uses API names.
PRESETS: dict[str, dict[RecordType, dict[str, str]]] = {
    "hubspot": {
        _ACC: {
            "Record ID": "source_id", "Company name": "name", "Type": "kind",
            "Industry": "industry", "Number of Employees": "employees",
            "Street Address": "street", "Postal Code": "postal_code", "City": "city",
            "State/Region": "region", "Country/Region": "country",
            "Phone Number": "phone", "Website URL": "website",
            "Company Domain Name": "website", "Annual Revenue": "current_revenue",
            "Description": "notes",
        },
        _CON: {
            "Record ID": "source_id", "First Name": "first_name", "Last Name": "last_name",
            "Job Title": "title", "Email": "email", "Phone Number": "phone",
            "Mobile Phone Number": "phone", "Associated Company ID": "account_source_id",
            "Associated Company IDs": "account_source_id",
            "Primary Associated Company ID": "account_source_id",
            "Company Name": "account_name", "Associated Company": "account_name",
        },
        _LEAD: {
            "Record ID": "source_id", "First Name": "first_name", "Last Name": "last_name",
            "Company Name": "company", "Job Title": "title", "Email": "email",
            "Phone Number": "phone", "City": "city", "Industry": "industry",
            "Number of Employees": "employees", "Original Source": "source",
            "Lead Status": "status", "Website URL": "website", "State/Region": "region",
            "Country/Region": "country", "Annual Revenue": "annual_revenue",
        },
        _DEAL: {
            "Record ID": "source_id", "Deal Name": "name", "Amount": "amount",
            "Close Date": "close_date", "Deal Stage": "stage", "Deal Type": "kind",
            "Associated Company ID": "account_source_id",
            "Associated Company IDs": "account_source_id",
            "Associated Company": "account_name", "Associated Contact IDs": "contact_source_id",
            "Closed Lost Reason": "lost_reason", "Next Step": "next_step",
            "Deal Description": "business_problem",
        },
    },
    "salesforce": {
        _ACC: {
            "Account ID": "source_id", "Id": "source_id", "Account Name": "name",
            "Name": "name", "Type": "kind", "Account Type": "kind", "Industry": "industry",
            "Employees": "employees", "NumberOfEmployees": "employees",
            "Billing Street": "street", "BillingStreet": "street",
            "Billing City": "city", "BillingCity": "city",
            "Billing State/Province": "region", "BillingState": "region",
            "Billing Zip/Postal Code": "postal_code", "BillingPostalCode": "postal_code",
            "Billing Country": "country", "BillingCountry": "country",
            "Account Phone": "phone", "Phone": "phone", "Website": "website",
            "Annual Revenue": "current_revenue", "AnnualRevenue": "current_revenue",
            "Description": "notes",
            "Billing Latitude": "lat", "BillingLatitude": "lat",
            "Billing Longitude": "lon", "BillingLongitude": "lon",
        },
        _CON: {
            "Contact ID": "source_id", "Id": "source_id", "First Name": "first_name",
            "FirstName": "first_name", "Last Name": "last_name", "LastName": "last_name",
            "Title": "title", "Email": "email", "Phone": "phone", "Mobile": "phone",
            "MobilePhone": "phone", "Account ID": "account_source_id",
            "AccountId": "account_source_id", "Account Name": "account_name",
            "Description": "preferences",
        },
        _LEAD: {
            "Lead ID": "source_id", "Id": "source_id", "First Name": "first_name",
            "FirstName": "first_name", "Last Name": "last_name", "LastName": "last_name",
            "Company / Account": "company", "Company": "company", "Title": "title",
            "Email": "email", "Phone": "phone", "Mobile": "phone", "City": "city",
            "Industry": "industry", "No. of Employees": "employees",
            "NumberOfEmployees": "employees", "Lead Source": "source",
            "LeadSource": "source", "Lead Status": "status", "Status": "status",
            "Description": "notes", "Website": "website", "State/Province": "region",
            "State": "region", "Country": "country", "Annual Revenue": "annual_revenue",
            "AnnualRevenue": "annual_revenue",
        },
        _DEAL: {
            "Opportunity ID": "source_id", "Id": "source_id", "Opportunity Name": "name",
            "Name": "name", "Account ID": "account_source_id",
            "AccountId": "account_source_id", "Account Name": "account_name",
            "Amount": "amount", "Close Date": "close_date", "CloseDate": "close_date",
            "Stage": "stage", "StageName": "stage", "Probability (%)": "probability",
            "Probability": "probability", "Type": "kind", "Next Step": "next_step",
            "NextStep": "next_step", "Loss Reason": "lost_reason",
            "Description": "business_problem",
        },
    },
}  # fmt: skip


def normalise_header(name: str) -> str:
    """Case, accents, punctuation and spacing removed: "Zip/Postal-Code " -> "zip postal code"."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[\W_]+", " ", plain).split())


def _squash(name: str) -> str:
    return normalise_header(name).replace(" ", "")  # "BillingCity" == "Billing City"


_KEYS: dict[RecordType, frozenset[str]] = {
    rt: frozenset(f.key for f in fields) for rt, fields in FIELDS.items()
}


def _own(headers: list[str], rt: RecordType) -> bool:
    """Most headers are SalesDesk field keys, written exactly (an export of ours)."""
    named = [h for h in headers if h.strip()]
    return bool(named) and 2 * sum(1 for h in named if h.strip() in _KEYS[rt]) > len(named)


def field_keys(record_type: RecordType | str) -> list[str]:
    return [f.key for f in FIELDS[RecordType(record_type)]]


def detect_preset(headers: list[str], record_type: RecordType | str) -> str | None:
    """The preset that knows most of these headers (at least two), or None."""
    rt = RecordType(record_type)
    squashed = {_squash(h) for h in headers}
    scores = {
        name: sum(1 for col in preset[rt] if _squash(col) in squashed)
        for name, preset in PRESETS.items()
    }
    name = max(scores, key=lambda n: scores[n], default=None)
    # SalesDesk's own export (headers are field keys) is no other tool's file.
    own = sum(1 for h in headers if h.strip() in _KEYS[rt])
    if name is not None and own >= scores[name]:
        return None
    return name if name is not None and scores[name] >= 2 else None


def guess_mapping(
    headers: list[str], record_type: RecordType | str, preset: str | None = None
) -> dict[str, str]:
    """{header: field} for the headers we recognise; each field is used at most once, the
    first (leftmost) header wins. The given preset, else the detected one, goes first."""
    rt = RecordType(record_type)
    fields = FIELDS[rt]
    presets = [preset] if preset else [p for p in [detect_preset(headers, rt)] if p]
    presets += [p for p in PRESETS if p not in presets]
    # A header that is exactly a field key (SalesDesk's own export) is that field.
    lookups: list[dict[str, str]] = (
        [{_squash(k): k for k in _KEYS[rt]}] if _own(headers, rt) else []
    )
    lookups += [{_squash(col): key for col, key in PRESETS[p][rt].items()} for p in presets]
    lookups.append({_squash(f.key): f.key for f in fields})
    lookups.append({_squash(f.label): f.key for f in fields})
    synonyms: dict[str, str] = {}
    for f in fields:
        for s in f.synonyms:
            synonyms.setdefault(_squash(s), f.key)
    lookups.append(synonyms)
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for lookup in lookups:  # a stronger rule claims its fields before a weaker one
        for header in headers:
            if header in mapping:
                continue
            key = lookup.get(_squash(header))
            if key is not None and key not in used:
                mapping[header] = key
                used.add(key)
    return {h: mapping[h] for h in headers if h in mapping}


def validate_mapping(
    mapping: dict[str, str | None],
    record_type: RecordType | str,
    headers: list[str] | None = None,
) -> list[Problem]:
    """What stops an import with this mapping: unknown fields, a field mapped from two
    columns, a column not in the file, a required field with no column."""
    rt = RecordType(record_type)
    labels = {f.key: f.label for f in FIELDS[rt]}
    problems: list[Problem] = []
    columns_for: dict[str, list[str]] = {}
    for header, key in mapping.items():
        if not key:
            continue  # a column deliberately left out
        if key not in labels:
            problems.append(
                Problem(
                    QT_TRANSLATE_NOOP("Errors", "column {column}: {field} is not a field here"),
                    {"column": header, "field": key},
                )
            )
            continue
        if headers is not None and header not in headers:
            problems.append(
                Problem(
                    QT_TRANSLATE_NOOP("Errors", "the file has no column {column}"),
                    {"column": header},
                )
            )
        columns_for.setdefault(key, []).append(header)
    for key, columns in columns_for.items():
        if len(columns) > 1:
            problems.append(
                Problem(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{field} is filled from more than one column: {columns}"
                    ),
                    {"field": labels[key], "columns": ", ".join(columns)},
                )
            )
    for group in REQUIRED[rt]:
        if not any(key in columns_for for key in group):
            problems.append(
                Problem(
                    QT_TRANSLATE_NOOP("Errors", "no column is mapped to {fields}"),
                    {"fields": " / ".join(labels[k] for k in group)},
                )
            )
    return problems
