"""Which base map the territory map draws, from this machine's settings, with fallbacks.

Order of preference: (1) the offline pack added in Settings (MBTiles or PMTiles),
(2) the online tile source the user configured, cached as tiles are viewed,
(3) the built-in Natural Earth map. A pack that cannot be opened is reported and the
next choice is used; with nothing configured no request ever leaves the machine.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from ... import __version__
from ...core.errors import SalesDeskError
from ...maps.data import MapData
from ...maps.page import BaseMap, PageLabels
from ..messages import error_text
from ..territory_text import attention_title

PACK_KEY = "map/pack"
ONLINE_KEY = "map/online_url"
ATTRIBUTION_KEY = "map/online_attribution"
PACK_URL = "salesdesk:tiles/pack/{z}/{x}/{y}"
ONLINE_URL = "salesdesk:tiles/online/{z}/{x}/{y}"


def _t(text: str) -> str:
    return QCoreApplication.translate("Map", text)


def tile_cache_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    path = Path(folder) / "tiles.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def choose_base_map(settings: QSettings | None = None) -> tuple[BaseMap, object, object]:
    """(base map for the page, open pack or None, online source or None)."""
    from ...maps import tiles

    settings = settings or QSettings()
    problems: list[str] = []
    pack_path = str(settings.value(PACK_KEY, "") or "")
    if pack_path:
        try:
            pack = tiles.open_pack(Path(pack_path))
        except SalesDeskError as exc:
            problems.append(error_text(exc))
        else:
            kind = "vector" if pack.kind == "vector" else "raster"
            label = _t("Base map: offline pack {0}").format(Path(pack_path).name)
            base = BaseMap(kind, PACK_URL, pack.maxzoom, pack.attribution or "", label)
            return base, pack, None
    url = str(settings.value(ONLINE_KEY, "") or "")
    if url:
        try:
            cache = tiles.TileCache(tile_cache_path())
            online = tiles.OnlineTileSource(url, user_agent(), cache)
        except (SalesDeskError, OSError) as exc:
            problems.append(error_text(exc))
        else:
            host = urlsplit(url).hostname or url
            attribution = str(settings.value(ATTRIBUTION_KEY, "") or "")
            label = _t("Base map: {0} (tiles cached for offline use)").format(host)
            base = BaseMap("raster", ONLINE_URL, 19, attribution, _with(label, problems))
            return base, None, online
    label = _t("Base map: built-in (Natural Earth)")
    return BaseMap("builtin", None, None, "Natural Earth", _with(label, problems)), None, None


def _with(label: str, problems: list[str]) -> str:
    return " — ".join([label, *problems]) if problems else label


def user_agent() -> str:
    return f"SalesDesk/{__version__} (desktop CRM; tiles viewed by the user only)"


def page_labels(data: MapData) -> PageLabels:
    counts = {lv: data.levels.count(lv) for lv in "ABCD"}
    missing = sum(1 for v in data.lat if v is None)
    note = _t("On the map: {0} of {1} accounts").format(len(data) - missing, len(data))
    if missing:
        note += " · " + _t("{0} need a location").format(missing)
    return PageLabels(
        customers=_t("Customers"),
        prospects=_t("Prospects"),
        home=_t("Home base"),
        route=_t("Today's route"),
        legend=_t("Attention level"),
        drag=_t("Drag to move this account"),
        counts=note,
        levels={lv: f"{attention_title(lv)} ({counts[lv]})" for lv in "ABCD"},
        weekdays=[
            _t("Pattern: Monday"),
            _t("Pattern: Tuesday"),
            _t("Pattern: Wednesday"),
            _t("Pattern: Thursday"),
            _t("Pattern: Friday"),
            _t("Pattern: Saturday"),
            _t("Pattern: Sunday"),
        ],
    )
