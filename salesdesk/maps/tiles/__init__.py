"""Base map tiles without Qt, in the order the map prefers them.

1. An offline pack the user adds in Settings: `MBTilesSource` (SQLite, raster or vector)
   and `PMTilesSource` (one archive file, usually vector). `open_pack` picks the right
   one and raises a `TileSourceError` that names the file and says what is wrong; the
   map then falls back to the next base map. Both answer `tile(z, x, y)` in the XYZ
   scheme Leaflet asks for, with the bytes the page can use as they are (vector tiles
   decompressed: a Qt URL scheme handler cannot send Content-Encoding).
2. A configured online tile source, `OnlineTileSource`, which keeps every tile it shows
   in a `TileCache` so it is there next time offline. It only fetches tiles the map
   asks for (there is no "download this area"), and none is configured by default, so
   the app makes no network request unless the user sets one up.
3. The built-in base map (maps/world.py): Natural Earth countries shipped in
   resources/web/world-atlas, drawn by the page, so there is always something under
   the markers.

All sources are safe to call from several threads (a Qt URL scheme handler runs on its
own thread). Nothing here imports Qt.

Modules: errors.py (what the user reads), formats.py (shared constants and helpers),
packs.py (MBTiles, PMTiles, open_pack), online.py (TileCache, OnlineTileSource).
"""

from .errors import (
    EmptyPackError,
    NotAPackError,
    NotMBTilesError,
    NotPMTilesError,
    PackCompressionError,
    PackDamagedError,
    PackFormatError,
    PackMissingError,
    PackUnreadableError,
    PMTilesVersionError,
    TileContentError,
    TileFetchError,
    TileHttpError,
    TileSourceError,
    TileUrlError,
)
from .formats import (
    MAX_ZOOM,
    RASTER_MEDIA_TYPES,
    VECTOR_MEDIA_TYPE,
    inflate,
    sniff_format,
    valid_tile,
)
from .online import (
    ONLINE_TILES_ENABLED_BY_DEFAULT,
    OSM_PRESET,
    CachedTile,
    OnlineTileSource,
    TileCache,
    TilePreset,
    default_user_agent,
    validate_url_template,
)
from .packs import (
    PMTILES_MAGIC,
    SQLITE_MAGIC,
    Bounds,
    Center,
    MBTilesSource,
    PackInfo,
    PMTilesSource,
    TilePack,
    open_pack,
)

__all__ = [
    "MAX_ZOOM",
    "ONLINE_TILES_ENABLED_BY_DEFAULT",
    "OSM_PRESET",
    "PMTILES_MAGIC",
    "RASTER_MEDIA_TYPES",
    "SQLITE_MAGIC",
    "VECTOR_MEDIA_TYPE",
    "Bounds",
    "CachedTile",
    "Center",
    "EmptyPackError",
    "MBTilesSource",
    "NotAPackError",
    "NotMBTilesError",
    "NotPMTilesError",
    "OnlineTileSource",
    "PMTilesSource",
    "PMTilesVersionError",
    "PackCompressionError",
    "PackDamagedError",
    "PackFormatError",
    "PackInfo",
    "PackMissingError",
    "PackUnreadableError",
    "TileCache",
    "TileContentError",
    "TileFetchError",
    "TileHttpError",
    "TilePack",
    "TilePreset",
    "TileSourceError",
    "TileUrlError",
    "default_user_agent",
    "inflate",
    "open_pack",
    "sniff_format",
    "valid_tile",
    "validate_url_template",
]
