"""The ideal customer profile: described once, checked against every lead.

The profile lists the industries, company sizes, regions and revenue bands we sell to
best; an empty list means "any". `fit` compares a lead with it dimension by dimension
and says why: the pre-answer of the profile-fit criterion is "yes" when every dimension
the lead has data for matches (and at least one does), "no" when one does not, and no
answer when the lead has no data the profile asks about.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from ..db import Database
from ..i18n import QT_TRANSLATE_NOOP
from ..workspace import get_setting, set_setting

SETTING_KEY = "ideal_customer_profile"
ICP_CRITERION = "icp_fit"

# key, lowest, highest (None = no upper bound). Employees and annual revenue.
SIZE_BANDS = (
    ("1-9", 1, 9),
    ("10-49", 10, 49),
    ("50-249", 50, 249),
    ("250-999", 250, 999),
    ("1000+", 1000, None),
)
REVENUE_BANDS = (
    ("<1M", 0, 999_999),
    ("1M-10M", 1_000_000, 9_999_999),
    ("10M-50M", 10_000_000, 49_999_999),
    ("50M-250M", 50_000_000, 249_999_999),
    ("250M+", 250_000_000, None),
)
DIMENSIONS = ("industries", "size_bands", "regions", "revenue_bands")
DIMENSION_LABELS = {
    "industries": QT_TRANSLATE_NOOP("Leads", "Industry"),
    "size_bands": QT_TRANSLATE_NOOP("Leads", "Company size"),
    "regions": QT_TRANSLATE_NOOP("Leads", "Region"),
    "revenue_bands": QT_TRANSLATE_NOOP("Leads", "Annual revenue"),
}


@dataclass(frozen=True)
class Profile:
    industries: tuple[str, ...] = ()
    size_bands: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    revenue_bands: tuple[str, ...] = ()

    @property
    def defined(self) -> bool:
        return any(getattr(self, d) for d in DIMENSIONS)

    def as_json(self) -> dict:
        return {d: list(getattr(self, d)) for d in DIMENSIONS}

    @classmethod
    def from_json(cls, value: object) -> Profile:
        if not isinstance(value, Mapping):
            return cls()
        sizes = {k for k, _lo, _hi in SIZE_BANDS}
        revenues = {k for k, _lo, _hi in REVENUE_BANDS}
        return cls(
            industries=_texts(value.get("industries")),
            size_bands=tuple(b for b in _texts(value.get("size_bands")) if b in sizes),
            regions=_texts(value.get("regions")),
            revenue_bands=tuple(b for b in _texts(value.get("revenue_bands")) if b in revenues),
        )


@dataclass(frozen=True)
class Check:
    """One dimension of the comparison: "match", "mismatch" or "unknown" (no data)."""

    dimension: str
    status: str
    lead_value: str | None
    wanted: tuple[str, ...]


@dataclass(frozen=True)
class Fit:
    answer: str | None  # "yes", "no" or None (cannot tell)
    checks: tuple[Check, ...] = field(default_factory=tuple)


def load_profile(s: Session) -> Profile:
    return Profile.from_json(get_setting(s, SETTING_KEY))


def save_profile(db: Database, profile: Profile) -> None:
    """Store the profile (one transaction); leads answered before keep their answers."""
    with db.write() as s:
        set_setting(s, SETTING_KEY, profile.as_json())


def band_of(value: float | None, bands) -> str | None:
    if value is None:
        return None
    for key, low, high in bands:
        if value >= low and (high is None or value <= high):
            return key
    return None


def fit(profile: Profile, lead) -> Fit:
    """Compare a lead (anything with industry, employees, region, country, city and
    annual_revenue attributes) with the profile."""
    if not profile.defined:
        return Fit(None)
    checks = []
    if profile.industries:
        value = (lead.industry or "").strip() or None
        wanted = {i.casefold() for i in profile.industries}
        checks.append(_check("industries", value, value and value.casefold() in wanted, profile))
    if profile.size_bands:
        band = band_of(lead.employees, SIZE_BANDS)
        checks.append(_check("size_bands", band, band in profile.size_bands, profile))
    if profile.regions:
        places = [p.strip() for p in (lead.region, lead.country, lead.city) if p and p.strip()]
        wanted = {r.casefold() for r in profile.regions}
        hit = next((p for p in places if p.casefold() in wanted), None)
        shown = hit or (", ".join(places) if places else None)
        checks.append(_check("regions", shown, hit is not None, profile))
    if profile.revenue_bands:
        band = band_of(lead.annual_revenue, REVENUE_BANDS)
        checks.append(_check("revenue_bands", band, band in profile.revenue_bands, profile))
    statuses = {c.status for c in checks}
    if "mismatch" in statuses:
        answer = "no"
    elif "match" in statuses:
        answer = "yes"
    else:
        answer = None
    return Fit(answer, tuple(checks))


def _check(dimension: str, value: str | None, matched: bool, profile: Profile) -> Check:
    status = "unknown" if value is None else "match" if matched else "mismatch"
    return Check(dimension, status, value, tuple(getattr(profile, dimension)))


def _texts(value: object) -> tuple[str, ...]:
    if not isinstance(value, list | tuple):
        return ()
    seen: dict[str, str] = {}
    for item in value:
        text = str(item).strip()
        if text and text.casefold() not in seen:
            seen[text.casefold()] = text
    return tuple(seen.values())
