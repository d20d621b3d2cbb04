"""What the territory map draws, as plain columns ready for JSON.

One `MapData` holds every live account of the scope (ranked, so the list beside the
map and the colours agree), the home base and, when asked, a day route and a call
pattern. Columns rather than one dict per account: 50,000 accounts serialise in a
fraction of the time and the page builds its canvas markers from them in one loop.
Accounts without coordinates stay in the data (the list shows them as "needs
location"); they are never drawn at 0,0.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from ..core.db import Database, as_stored
from ..core.models import Account, User
from ..core.territory.ranking import RankingResult, RankingWeights, rank_in_session

LEVELS = ("A", "B", "C", "D")
# Colour-blind-safe (Okabe-Ito) colours, strongest first; size falls with the level.
LEVEL_COLORS = {"A": "#D55E00", "B": "#E69F00", "C": "#0072B2", "D": "#7F7F7F"}
LEVEL_RADIUS = {"A": 8, "B": 6, "C": 5, "D": 4}
WEEKDAY_COLORS = ("#0072B2", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#D55E00", "#000000")


@dataclass
class MapData:
    """Columns of the accounts in rank order, plus the layers that are not accounts."""

    ids: list[str] = field(default_factory=list)  # uuid hex
    names: list[str] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)
    lat: list[float | None] = field(default_factory=list)
    lon: list[float | None] = field(default_factory=list)
    levels: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)  # "customer" / "prospect"
    owners: list[str] = field(default_factory=list)  # owner id hex or ""
    precision: list[str] = field(default_factory=list)
    home: dict[str, object] | None = None
    route: dict[str, object] | None = None
    pattern: dict[str, object] | None = None
    owner_names: dict[str, str] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.ids)

    def index_of(self, account_id: str) -> int | None:
        if not hasattr(self, "_index"):
            self._index = {a: i for i, a in enumerate(self.ids)}
        return self._index.get(account_id)

    def located(self) -> int:
        return sum(1 for v in self.lat if v is not None)

    def bounds(self) -> list[list[float]] | None:
        """South-west and north-east corners of the located accounts and the home base."""
        pts = [(a, o) for a, o in zip(self.lat, self.lon, strict=True) if a is not None]
        if self.home:
            pts.append((float(self.home["lat"]), float(self.home["lon"])))
        if not pts:
            return None
        lats, lons = [p[0] for p in pts], [p[1] for p in pts]
        return [[min(lats), min(lons)], [max(lats), max(lons)]]

    def columns(self) -> dict[str, object]:
        """The account columns for the page (levels and kinds as one-letter strings)."""
        return {
            "ids": self.ids,
            "names": self.names,
            "cities": self.cities,
            "lat": self.lat,
            "lon": self.lon,
            "levels": "".join(self.levels),
            "kinds": "".join("c" if k == "customer" else "p" for k in self.kinds),
        }


def _usable(lat: float | None, lon: float | None) -> bool:
    if lat is None or lon is None or (lat == 0 and lon == 0):
        return False
    return -90 <= lat <= 90 and -180 <= lon <= 180


def load_map_data(
    db: Database,
    owner_id: uuid.UUID | None = None,
    *,
    weights: RankingWeights | None = None,
    today: date | None = None,
    home: tuple[float, float, str] | None = None,
) -> tuple[MapData, RankingResult]:
    """Rank the scope and collect the map columns in one read transaction."""
    a = Account.__table__
    with db.read() as s:
        ranking = rank_in_session(s, owner_id, weights, today)
        stmt = select(as_stored(a.c.id), a.c.lat, a.c.lon, a.c.geocode_precision).where(
            a.c.deleted_at.is_(None)
        )
        if owner_id is not None:
            stmt = stmt.where(a.c.owner_id == owner_id)
        where = {row[0]: row[1:] for row in s.execute(stmt).all()}
        owners = {
            r[0]: r[1]
            for r in s.execute(select(as_stored(User.__table__.c.id), User.__table__.c.name)).all()
        }
    data = MapData(owner_names=owners)
    for r in ranking.accounts:
        key = r.id.hex
        lat, lon, precision = where.get(key, (None, None, "none"))
        if not _usable(lat, lon):  # never drawn at 0,0 or off the map
            lat = lon = None
        data.ids.append(key)
        data.names.append(r.name)
        data.cities.append(r.city or "")
        data.lat.append(None if lat is None else round(float(lat), 6))
        data.lon.append(None if lon is None else round(float(lon), 6))
        data.levels.append(r.level)
        data.kinds.append(r.kind)
        data.owners.append(r.owner_id.hex if r.owner_id else "")
        data.precision.append(precision or "none")
    if home is not None:
        data.home = {"lat": home[0], "lon": home[1], "label": home[2]}
    return data, ranking


def load_territory(
    db: Database,
    profile,
    scope: uuid.UUID | None,
    *,
    weights: RankingWeights | None = None,
    today: date | None = None,
) -> tuple[MapData, RankingResult]:
    """What the Territory view and `salesdesk map` draw: the accounts of `scope` (the
    whole book when the rep owns nothing yet), the profile's home and today's route."""
    home = None
    if profile is not None and profile.home_lat is not None and profile.home_lon is not None:
        home = (profile.home_lat, profile.home_lon, profile.home_address or "")
    data, ranking = load_map_data(db, scope, weights=weights, today=today, home=home)
    if scope is not None and not data.ids:
        data, ranking = load_map_data(db, None, weights=weights, today=today, home=home)
    if profile is not None and profile.id is not None:
        from ..core.territory.day_route import planned_day

        data.route = route_layer(planned_day(db, profile.id, today or date.today()))
    return data, ranking


def route_layer(day_route) -> dict[str, object] | None:
    """A solved DayRoute as the page's route layer: numbered stops and the drive line."""
    if day_route is None or not day_route.stops:
        return None
    return {
        "day": day_route.day.isoformat(),
        "path": [[lat, lon] for lat, lon in day_route.path],
        "stops": [
            {
                "id": v.account_id.hex,
                "name": v.account,
                "lat": v.lat,
                "lon": v.lon,
                "arrival": v.arrival or "",
            }
            for v in day_route.stops
        ],
    }


def pattern_layer(plan, data: MapData) -> dict[str, object] | None:
    """A call pattern as account indices per weekday (0 = Monday) for the page."""
    if plan is None:
        return None
    by_day: dict[int, set[int]] = {}
    for day in plan.days:
        for visit in day.visits:
            i = data.index_of(_account_hex(visit))
            if i is not None:
                by_day.setdefault(day.weekday, set()).add(i)
    return {"weekdays": {str(d): sorted(ix) for d, ix in sorted(by_day.items())}}


def _account_hex(visit) -> str:
    value = visit.account_id
    return value.hex if isinstance(value, uuid.UUID) else str(value).replace("-", "")
