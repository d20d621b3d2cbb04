"""Which base map the territory map draws, from this machine's settings, with fallbacks.

Order of preference: (1) the offline pack added in Settings (MBTiles or PMTiles),
(2) the online tile source the user configured, cached as tiles are viewed,
(3) the built-in Natural Earth map. A pack that cannot be opened is reported and the
next choice is used; with nothing configured no request ever leaves the machine.
Open packs and online sources are kept for the next page of the same configuration
(one SQLite handle, one connection limit toward the tile server).
"""

from __future__ import annotations

import threading
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QStandardPaths

from ...core.errors import SalesDeskError
from ...maps.data import MapData
from ...maps.page import BaseMap, PageLabels
from ..messages import arg, error_text
from ..territory_text import attention_title

PACK_KEY = "map/pack"
ONLINE_KEY = "map/online_url"
ATTRIBUTION_KEY = "map/online_attribution"
# Addresses go to an online lookup service without a click only on a machine whose user
# chose that service here (the service itself is stored with the data, which travels).
LOOKUP_KEY = "map/online_lookup_allowed"
PACK_URL = "salesdesk:tiles/pack/{z}/{x}/{y}"
ONLINE_URL = "salesdesk:tiles/online/{z}/{x}/{y}"

_lock = threading.Lock()
_open: dict[str, tuple[object, object]] = {}  # "pack"/"online" -> (config key, source)


def tile_cache_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    path = Path(folder) / "tiles.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _kept(kind: str, key: object, make):
    """The source opened last time for the same configuration, else a new one."""
    with _lock:
        old = _open.get(kind)
        if old is not None and old[0] == key:
            return old[1]
    source = make()
    with _lock:
        previous = _open.get(kind)
        _open[kind] = (key, source)
    if previous is not None and hasattr(previous[1], "close"):
        previous[1].close()
    return source


def choose_base_map(settings: QSettings | None = None) -> tuple[BaseMap, object, object]:
    """(base map for the page, open pack or None, online source or None). Thread-safe."""
    from ...maps import tiles

    settings = settings or QSettings()
    problems: list[str] = []
    pack_path = str(settings.value(PACK_KEY, "") or "")
    if pack_path:
        path = Path(pack_path)
        try:
            stamp = path.stat().st_mtime_ns if path.exists() else None
            pack = _kept("pack", (pack_path, stamp), lambda: tiles.open_pack(path))
        except SalesDeskError as exc:
            problems.append(error_text(exc))
        else:
            kind = "vector" if pack.kind == "vector" else "raster"
            label = arg(QCoreApplication.translate("Map", "Base map: offline pack %1"), path.name)
            attribution = plain_text(pack.attribution or "")
            return BaseMap(kind, PACK_URL, pack.maxzoom, attribution, label), pack, None
    url = str(settings.value(ONLINE_KEY, "") or "")
    if url:
        try:
            online = _kept(
                "online",
                url,
                lambda: tiles.OnlineTileSource(
                    url, tiles.default_user_agent(), tiles.TileCache(tile_cache_path())
                ),
            )
        except (SalesDeskError, OSError) as exc:
            problems.append(error_text(exc))
        else:
            host = urlsplit(url).hostname or url
            attribution = plain_text(str(settings.value(ATTRIBUTION_KEY, "") or ""))
            label = arg(
                QCoreApplication.translate("Map", "Base map: %1 (tiles cached for offline use)"),
                host,
            )
            base = BaseMap("raster", ONLINE_URL, 19, attribution, _with(label, problems))
            return base, None, online
    label = QCoreApplication.translate("Map", "Base map: built-in (Natural Earth)")
    return BaseMap("builtin", None, None, "Natural Earth", _with(label, problems)), None, None


def _with(label: str, problems: list[str]) -> str:
    return " — ".join([label, *problems]) if problems else label


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_text(markup: str) -> str:
    """Attribution from a pack is often HTML (`<a href=...>© OpenStreetMap</a>`): keep
    the words, drop the markup (the page shows it as text, never as HTML)."""
    parser = _Text()
    parser.feed(markup[:500])
    parser.close()
    return " ".join("".join(parser.parts).split())


def page_labels(data: MapData) -> PageLabels:
    locale = QLocale()
    counts = {lv: data.levels.count(lv) for lv in "ABCD"}
    missing = sum(1 for v in data.lat if v is None)
    note = arg(
        QCoreApplication.translate("Map", "On the map: %1 of %2 accounts"),
        locale.toString(len(data) - missing),
        locale.toString(len(data)),
    )
    if missing:
        note += " · " + QCoreApplication.translate("Map", "%n need(s) a location", None, missing)
    return PageLabels(
        customers=QCoreApplication.translate("Map", "Customers"),
        prospects=QCoreApplication.translate("Map", "Prospects"),
        home=QCoreApplication.translate("Map", "Home base"),
        route=QCoreApplication.translate("Map", "Today's route"),
        legend=QCoreApplication.translate("Map", "Attention level"),
        drag=QCoreApplication.translate("Map", "Drag to move this account"),
        counts=note,
        levels={lv: f"{attention_title(lv)} ({locale.toString(counts[lv])})" for lv in "ABCD"},
        weekdays=[
            QCoreApplication.translate("Map", "Pattern: Monday"),
            QCoreApplication.translate("Map", "Pattern: Tuesday"),
            QCoreApplication.translate("Map", "Pattern: Wednesday"),
            QCoreApplication.translate("Map", "Pattern: Thursday"),
            QCoreApplication.translate("Map", "Pattern: Friday"),
            QCoreApplication.translate("Map", "Pattern: Saturday"),
            QCoreApplication.translate("Map", "Pattern: Sunday"),
        ],
    )
