"""The territory map page: a folium/Leaflet skeleton plus our data layer, fully offline.

The page is three parts with relative URLs, so the same files work in the window
(served from memory through the `salesdesk:` URL scheme) and in `salesdesk map --out`
(written next to each other and opened from disk):

    index.html   folium's Leaflet map; every script and style is a vendored asset
    data.js      window.SD_DATA = {...}: the accounts as columns, labels, base map
    world.js     window.SD_WORLD: the built-in Natural Earth base map (world-atlas)

User text never goes into HTML or a JavaScript template: it travels as JSON in data.js
and territory.js writes it with textContent. folium is used for the map itself only
(no folium Popup/Tooltip, which embed text in a template literal).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import ClassVar

import folium
from branca.element import MacroElement
from folium.elements import JSCSSMixin
from jinja2 import Template

from ..bootstrap import RESOURCES
from .data import LEVEL_COLORS, LEVEL_RADIUS, WEEKDAY_COLORS, MapData
from .world import world_payload

STATIC = Path(__file__).resolve().parent / "static"
WEB = RESOURCES / "web"
# URL path (relative to the page) -> file on disk.
ASSETS: dict[str, Path] = {
    "assets/leaflet/leaflet.js": WEB / "leaflet" / "leaflet.js",
    "assets/leaflet/leaflet.css": WEB / "leaflet" / "leaflet.css",
    "assets/topojson-client/topojson-client.min.js": WEB
    / "topojson-client"
    / "topojson-client.min.js",
    "assets/protomaps-leaflet/protomaps-leaflet.js": WEB
    / "protomaps-leaflet"
    / "protomaps-leaflet.js",
    "territory.js": STATIC / "territory.js",
    "territory.css": STATIC / "territory.css",
}
# Scripts: our files and the inline ones folium writes, by hash; no inline event
# handlers, no eval. Styles may be inline (Leaflet positions everything with them).
CSP = (
    "default-src {src}; script-src {src} {hashes}; style-src {src} 'unsafe-inline'; "
    "img-src {src} data: blob:; connect-src {src}; object-src 'none'; base-uri 'none'; "
    "form-action 'none'"
)
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


class _OfflineMap(folium.Map):
    """folium.Map without its CDN scripts: only the vendored Leaflet."""

    default_js: ClassVar = [("leaflet", "assets/leaflet/leaflet.js")]
    default_css: ClassVar = [("leaflet_css", "assets/leaflet/leaflet.css")]


class _Territory(JSCSSMixin, MacroElement):
    """Loads the data and our layer code, then starts it on the folium map."""

    default_js: ClassVar = [
        ("topojson", "assets/topojson-client/topojson-client.min.js"),
        ("sd_world", "world.js"),
        ("sd_data", "data.js"),
        ("sd_territory", "territory.js"),
    ]
    default_css: ClassVar = [("sd_territory_css", "territory.css")]
    _template = Template(
        "{% macro script(this, kwargs) %}SD.start({{ this._parent.get_name() }});{% endmacro %}"
    )


class _VectorTiles(JSCSSMixin, MacroElement):
    default_js: ClassVar = [("protomaps", "assets/protomaps-leaflet/protomaps-leaflet.js")]
    _template = Template("")


@dataclass(frozen=True)
class BaseMap:
    """Which base map the page draws: kind is builtin, raster or vector."""

    kind: str = "builtin"
    url: str | None = None  # a z/x/y template for raster and vector tiles
    max_zoom: int | None = None
    attribution: str = "Natural Earth"
    label: str = ""


@dataclass
class PageLabels:
    """Every text the page shows, already translated by the caller."""

    customers: str = "Customers"
    prospects: str = "Prospects"
    home: str = "Home base"
    route: str = "Today's route"
    legend: str = "Attention level"
    drag: str = "Drag to move this account"
    counts: str = ""
    levels: dict[str, str] = field(
        default_factory=lambda: {
            "A": "A: visit weekly",
            "B": "B: every second week",
            "C": "C: once a cycle",
            "D": "D: phone only",
        }
    )
    weekdays: list[str] = field(
        default_factory=lambda: [
            "Pattern: Monday",
            "Pattern: Tuesday",
            "Pattern: Wednesday",
            "Pattern: Thursday",
            "Pattern: Friday",
            "Pattern: Saturday",
            "Pattern: Sunday",
        ]
    )


def script_json(value: object) -> str:
    """JSON safe to place in a script: no `</script>`, no line separators that end it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


@cache
def build_html(*, csp_source: str = "'self'", lang: str = "en", rtl: bool = False) -> str:
    """index.html: the folium map and the script tags of our layer (no data in it).

    Cached: the same page each time (folium names its map randomly), so a view can tell
    that only the data changed.
    """
    m = _OfflineMap(
        location=[20, 0],
        zoom_start=2,
        tiles=None,
        prefer_canvas=True,
        max_zoom=19,
        control_scale=True,
        world_copy_jump=False,
    )
    _VectorTiles().add_to(m)
    _Territory().add_to(m)
    html = m.get_root().render()
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
        for body in _INLINE_SCRIPT.findall(html)
    )
    meta = CSP.format(src=csp_source, hashes=hashes)
    direction = "rtl" if rtl else "ltr"
    head = f'<html lang="{lang}" dir="{direction}">\n<head>\n'
    head += f'<meta http-equiv="Content-Security-Policy" content="{meta}">'
    return html.replace("<html>\n<head>", head, 1)


def build_page(
    data: MapData,
    base: BaseMap,
    labels: PageLabels,
    *,
    csp_source: str = "salesdesk:",
    editable: bool = True,
    rtl: bool = False,
    lang: str = "en",
    view: list[float] | None = None,
) -> dict[str, bytes]:
    """The three generated files of the page, by name (no Qt: runs on a worker thread)."""
    return {
        "index.html": build_html(csp_source=csp_source, lang=lang, rtl=rtl).encode("utf-8"),
        "data.js": data_js(data, base, labels, editable=editable, rtl=rtl, view=view),
        "world.js": world_js(data.bounds()),
    }


def data_js(
    data: MapData,
    base: BaseMap,
    labels: PageLabels,
    *,
    editable: bool = True,
    rtl: bool = False,
    view: list[float] | None = None,
) -> bytes:
    """data.js: the accounts, layers, labels and base map as one JSON assignment."""
    payload = {
        "accounts": data.columns(),
        "home": data.home,
        "route": data.route,
        "pattern": data.pattern,
        "bounds": data.bounds(),
        "base": {
            "kind": base.kind,
            "url": base.url,
            "maxZoom": base.max_zoom,
            "attribution": base.attribution,
        },
        "labels": {
            "customers": labels.customers,
            "prospects": labels.prospects,
            "home": labels.home,
            "route": labels.route,
            "legend": labels.legend,
            "drag": labels.drag,
            "counts": labels.counts,
            "levels": labels.levels,
            "weekdays": labels.weekdays,
        },
        "style": {"colors": LEVEL_COLORS, "radius": LEVEL_RADIUS, "weekdays": WEEKDAY_COLORS},
        "editable": editable,
        "rtl": rtl,
        "view": view,
    }
    return ("window.SD_DATA = " + script_json(payload) + ";\n").encode("utf-8")


def world_js(bounds: list[list[float]] | None) -> bytes:
    """world.js: the built-in base map around `bounds` (a script: file pages cannot fetch)."""
    return ("window.SD_WORLD = " + script_json(world_payload(bounds)) + ";\n").encode("utf-8")


def export_map(
    out_dir: Path,
    data: MapData,
    labels: PageLabels | None = None,
    *,
    lang: str = "en",
    rtl: bool = False,
) -> Path:
    """Write a self-contained offline map (index.html plus assets) and return index.html.

    The exported page uses the built-in base map: offline packs and cached tiles stay
    in the app.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for rel, src in ASSETS.items():
        dest = out_dir / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
    images = WEB / "leaflet" / "images"
    if images.is_dir():
        shutil.copytree(images, out_dir / "assets" / "leaflet" / "images", dirs_exist_ok=True)
    (out_dir / "world.js").write_bytes(world_js(data.bounds()))
    (out_dir / "data.js").write_bytes(
        data_js(data, BaseMap(), labels or PageLabels(), editable=False, rtl=rtl)
    )
    index = out_dir / "index.html"
    index.write_text(build_html(csp_source="'self' file:", lang=lang, rtl=rtl), "utf-8")
    return index
