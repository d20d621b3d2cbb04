"""Word pools for the demo data: towns, names, streets, companies, phone numbers.

Faker is called a few hundred times to fill the pools; rows are then combined from the
pools with the seeded random.Random, which is much faster than Faker per row.
"""

from __future__ import annotations

import csv
import math
import random
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from faker import Faker

RESOURCES = Path(__file__).resolve().parents[3] / "resources"
TOWNS_CSV = RESOURCES / "demo" / "towns.csv"


@dataclass(frozen=True)
class Town:
    name: str
    lat: float
    lon: float
    population: int
    region: str
    postcode_area: str
    dialling_code: str


# Postcode areas and (fictional, Ofcom drama range) dialling codes, by nearest anchor.
_POSTCODE_ANCHORS = (
    ("M", 53.48, -2.24, "0161 496"),
    ("SK", 53.39, -2.16, "0161 496"),
    ("BL", 53.58, -2.43, "0161 496"),
    ("OL", 53.56, -2.12, "0161 496"),
    ("WN", 53.54, -2.63, "0161 496"),
    ("WA", 53.39, -2.59, "0151 496"),
    ("CW", 53.15, -2.46, "0161 496"),
    ("PR", 53.72, -2.70, "0161 496"),
    ("BB", 53.75, -2.38, "0161 496"),
    ("L", 53.41, -2.90, "0151 496"),
    ("HD", 53.66, -1.78, "0113 496"),
    ("HX", 53.71, -1.86, "0113 496"),
    ("WF", 53.71, -1.67, "0113 496"),
    ("ST", 53.08, -2.12, "0121 496"),
)

INDUSTRIES = {
    "Manufacturing": ("Engineering", "Fabrications", "Precision", "Components", "Tooling"),
    "Food & drink": ("Foods", "Bakeries", "Brewing", "Dairies", "Fine Foods"),
    "Logistics & warehousing": ("Logistics", "Freight", "Distribution", "Transport"),
    "Retail & e-commerce": ("Retail", "Direct", "Online", "Trading"),
    "Pharmaceuticals": ("Pharma", "Healthcare", "Life Sciences"),
    "Chemicals": ("Chemicals", "Coatings", "Polymers"),
    "Printing & paper": ("Print", "Paper", "Cartons", "Labels"),
    "Automotive parts": ("Automotive", "Motor Components", "Auto Parts"),
    "Building materials": ("Building Supplies", "Timber", "Aggregates", "Plastics"),
    "Textiles": ("Textiles", "Mills", "Fabrics", "Garments"),
}
REGIONAL_WORDS = (
    "Northern",
    "Pennine",
    "Mersey",
    "Irwell",
    "Mancunian",
    "Red Rose",
    "Peak",
    "Moorside",
    "North West",
    "Ridgeway",
    "Valley",
    "Millgate",
    "Canalside",
    "Bridgewater",
    "Tameside",
    "Kingsway",
    "Heaton",
    "Oakwood",
    "Redbrick",
    "Ashworth",
)
GENERIC_WORDS = ("Solutions", "Group", "Systems", "Industries", "Supplies", "Works")
LEGAL_SUFFIXES = (" Ltd", " Ltd", " Ltd", " Limited", "", "", " plc", " & Co", " UK")
STREET_SUFFIXES = (
    "Road",
    "Street",
    "Lane",
    "Way",
    "Avenue",
    "Close",
    "Drive",
    "Row",
    "Industrial Estate",
    "Business Park",
    "Trading Estate",
    "Mill",
    "Works",
)
# Names that exercise escaping in HTML, JavaScript template literals, CSV, SQL and PDF.
HOSTILE_NAMES = (
    "Café Nör & Söhne <Ltd>",
    "O'Brien's Bakery",
    "${x} Digital Ltd",
    'Łódź Trading & Co. "Quoted"',
    "Backtick `Tools` Ltd",
    "<script>alert(1)</script> Supplies",
    "=SUM(A1) Accountants",
    "Robert'); DROP TABLE accounts;-- Ltd",
    "Zoë & Ünal Textiles — ✓",
)
HOSTILE_POSITIONS = (2, 5, 9, 14, 20, 27, 35, 44, 54)


@dataclass(frozen=True)
class Pools:
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    street_names: tuple[str, ...]


@cache
def load_towns() -> tuple[Town, ...]:
    with TOWNS_CSV.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    towns = []
    for row in rows:
        lat, lon = float(row["lat"]), float(row["lon"])
        area, _alat, _alon, code = min(
            _POSTCODE_ANCHORS, key=lambda a: (a[1] - lat) ** 2 + ((a[2] - lon) * 0.6) ** 2
        )
        towns.append(Town(row["name"], lat, lon, int(row["population"]), row["region"], area, code))
    return tuple(towns)


@cache
def make_pools(seed: int) -> Pools:
    fake = Faker("en_GB")
    fake.seed_instance(seed)
    firsts = dict.fromkeys(fake.first_name() for _ in range(400))
    lasts = dict.fromkeys(fake.last_name() for _ in range(800))
    streets = dict.fromkeys(
        f"{fake.last_name()} {STREET_SUFFIXES[i % len(STREET_SUFFIXES)]}" for i in range(600)
    )
    return Pools(tuple(firsts), tuple(lasts), tuple(streets))


class CompanyNamer:
    """Plausible company names, without repeats while the combinations last."""

    def __init__(self, rng: random.Random, pools: Pools) -> None:
        self.rng = rng
        self.pools = pools
        self.used: set[str] = set()

    def make(self, industry: str, town: str) -> str:
        name = ""
        # Retrying costs time; beyond a few thousand names a repeat is realistic anyway.
        for _ in range(6 if len(self.used) < 5000 else 2):
            name = self._one(industry, town)
            if name not in self.used:
                break
        self.used.add(name)
        return name

    def _one(self, industry: str, town: str) -> str:
        rng = self.rng
        word = rng.choice(INDUSTRIES[industry])
        last = rng.choice(self.pools.last_names)
        pattern = rng.random()
        if pattern < 0.35:
            base = f"{last} {word}"
        elif pattern < 0.55:
            base = f"{rng.choice(REGIONAL_WORDS)} {word}"
        elif pattern < 0.68:
            base = f"{rng.choice(REGIONAL_WORDS)} {word} {rng.choice(GENERIC_WORDS)}"
        elif pattern < 0.80:
            base = f"{last} & {rng.choice(self.pools.last_names)}"
        elif pattern < 0.90:
            base = f"{town.split('-')[0].split(' ')[0]} {word}"
        else:
            return f"{last} & Sons"
        return base + rng.choice(LEGAL_SUFFIXES)


def slug(name: str) -> str:
    """A web-safe domain label from a company name ("O'Brien's Bakery" -> "obriens-bakery")."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = _DASHES.sub("-", _DROP.sub("", ascii_name.lower())).strip("-")
    text = _LEGAL_END.sub("", text)
    return text[:40].strip("-") or "company"


_DROP = re.compile(r"[^a-z0-9 &/-]")
_DASHES = re.compile(r"[ &/-]+")
_LEGAL_END = re.compile(r"-(ltd|limited|plc|co|uk)$")


def postcode(rng: random.Random, town: Town) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    district = rng.randint(1, 40 if town.postcode_area == "M" else 16)
    return (
        f"{town.postcode_area}{district} {rng.randint(1, 9)}"
        f"{rng.choice(letters)}{rng.choice(letters)}"
    )


def landline(rng: random.Random, town: Town) -> str:
    return f"{town.dialling_code} {rng.randint(0, 999):04d}"


def mobile(rng: random.Random) -> str:
    return f"07700 900{rng.randint(0, 999):03d}"


def spread_km(population: int) -> float:
    """Standard deviation of account positions around a town centre, in km."""
    return min(5.0, 0.8 + 0.6 * math.sqrt(population / 10000))
