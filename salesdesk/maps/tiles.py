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
3. The built-in base map, `BUILTIN_BASE_MAP`: Natural Earth countries shipped in
   resources/web/world-atlas, drawn by the page, so there is always something under
   the markers.

All sources are safe to call from several threads (a Qt URL scheme handler runs on its
own thread). Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import gzip
import http.client
import io
import json
import math
import sqlite3
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from collections import OrderedDict
from dataclasses import dataclass
from hashlib import sha256
from pathlib import Path
from typing import Protocol, runtime_checkable

from pmtiles.tile import (
    Compression,
    Entry,
    MagicNumberNotFound,
    SpecVersionUnsupported,
    TileType,
    deserialize_header,
    find_tile,
    read_varint,
    zxy_to_tileid,
)

from .. import __version__
from ..core.errors import SalesDeskError
from ..core.i18n import QT_TRANSLATE_NOOP

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
WEB_ASSETS = RESOURCES / "web"

MAX_ZOOM = 24  # deeper than any tile pack or tile server goes
SQLITE_MAGIC = b"SQLite format 3\x00"
PMTILES_MAGIC = b"PMTiles"

# What Leaflet and protomaps-leaflet receive for each kind of tile.
RASTER_MEDIA_TYPES = {"png": "image/png", "jpg": "image/jpeg", "webp": "image/webp"}
VECTOR_MEDIA_TYPE = "application/vnd.mapbox-vector-tile"
# MBTiles `format` values (names and IETF media types) -> our format name.
_MBTILES_FORMATS = {
    "png": "png",
    "image/png": "png",
    "jpg": "jpg",
    "jpeg": "jpg",
    "image/jpeg": "jpg",
    "image/jpg": "jpg",
    "webp": "webp",
    "image/webp": "webp",
    "pbf": "pbf",
    "mvt": "pbf",
    "application/x-protobuf": "pbf",
    "application/vnd.mapbox-vector-tile": "pbf",
}
_PMTILES_FORMATS = {
    TileType.MVT: "pbf",
    TileType.PNG: "png",
    TileType.JPEG: "jpg",
    TileType.WEBP: "webp",
}


# --- errors a user can read -------------------------------------------------------------


class TileSourceError(SalesDeskError):
    """A base map cannot be used; the message names it and says what is wrong."""


class PackMissingError(TileSourceError):
    def __init__(self, path: str | Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The offline map {path} was not found. It may have been moved or deleted, "
                "or the drive it is on is not connected.",
            ),
            path=str(path),
        )


class PackUnreadableError(TileSourceError):
    def __init__(self, path: str | Path, detail: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The offline map {path} could not be read ({detail})."),
            path=str(path),
            detail=detail,
        )


class NotAPackError(TileSourceError):
    def __init__(self, path: str | Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is not an offline map SalesDesk can use. Choose an MBTiles "
                "(.mbtiles) or PMTiles (.pmtiles) file.",
            ),
            path=str(path),
        )


class NotMBTilesError(TileSourceError):
    def __init__(self, path: str | Path, *, is_sqlite: bool = False) -> None:
        if is_sqlite:
            template = QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is not an MBTiles file: it is an SQLite database, but without the "
                "tiles and metadata tables an MBTiles map has.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Errors", "{path} is not an MBTiles file (it is not an SQLite database)."
            )
        super().__init__(template, path=str(path))


class NotPMTilesError(TileSourceError):
    def __init__(self, path: str | Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is not a PMTiles file (it does not start like one)."
            ),
            path=str(path),
        )


class PMTilesVersionError(TileSourceError):
    def __init__(self, path: str | Path, version: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is a PMTiles version {version} file; SalesDesk reads version 3. "
                "Convert it with the pmtiles tool (pmtiles convert).",
            ),
            path=str(path),
            version=version,
        )


class PackDamagedError(TileSourceError):
    def __init__(self, path: str | Path, detail: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The offline map {path} is damaged ({detail}). Copy it again or choose "
                "another map.",
            ),
            path=str(path),
            detail=detail,
        )


class PackFormatError(TileSourceError):
    def __init__(self, path: str | Path, fmt: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The offline map {path} holds {format} tiles, which SalesDesk cannot show. "
                "It needs png, jpg or webp images, or vector tiles (pbf).",
            ),
            path=str(path),
            format=fmt,
        )


class PackCompressionError(TileSourceError):
    def __init__(self, path: str | Path, compression: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The offline map {path} is compressed with {compression}, which SalesDesk "
                "cannot read. Make it again with gzip or without compression.",
            ),
            path=str(path),
            compression=compression,
        )


class EmptyPackError(TileSourceError):
    def __init__(self, path: str | Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The offline map {path} holds no map tiles."),
            path=str(path),
        )


class TileUrlError(TileSourceError):
    def __init__(self, url: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{url} is not a tile address SalesDesk can use. It must start with http:// "
                "or https:// and contain {{z}}, {{x}} and {{y}} (optionally {{s}} or "
                "{{-y}}), for example https://tile.example.org/{{z}}/{{x}}/{{y}}.png.",
            ),
            url=url,
        )


class TileFetchError(TileSourceError):
    """Why the last online tile did not come; the map shows it in its status line."""

    def __init__(self, host: str, detail: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The online map {host} could not be reached ({detail}); the map shows the "
                "tiles saved earlier.",
            ),
            host=host,
            detail=detail,
        )


class TileHttpError(TileSourceError):
    def __init__(self, host: str, status: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The online map {host} refused a tile (HTTP {status})."),
            host=host,
            status=status,
        )


class TileContentError(TileSourceError):
    def __init__(self, host: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The online map {host} answered with something that is not a map tile.",
            ),
            host=host,
        )


# --- the common shape of an offline pack ------------------------------------------------


Bounds = tuple[float, float, float, float]  # west, south, east, north (degrees)
Center = tuple[float, float, int]  # longitude, latitude, zoom


@dataclass(frozen=True)
class PackInfo:
    """What a pack says about itself. name/attribution/description come from the file:
    untrusted text, to be shown as plain text (escaped in HTML)."""

    path: Path
    container: str  # "mbtiles" or "pmtiles"
    kind: str  # "raster" or "vector"
    format: str  # "png", "jpg", "webp" or "pbf"
    media_type: str
    name: str
    minzoom: int
    maxzoom: int
    bounds: Bounds | None
    center: Center | None
    attribution: str = ""
    description: str = ""
    vector_layers: tuple[str, ...] = ()


@runtime_checkable
class TilePack(Protocol):
    path: Path
    info: PackInfo

    @property
    def kind(self) -> str: ...
    @property
    def media_type(self) -> str: ...
    def tile(self, z: int, x: int, y: int) -> bytes | None: ...
    def close(self) -> None: ...


class _PackBase:
    """Attribute shortcuts shared by both pack kinds."""

    path: Path
    info: PackInfo

    @property
    def kind(self) -> str:
        return self.info.kind

    @property
    def media_type(self) -> str:
        return self.info.media_type

    @property
    def format(self) -> str:
        return self.info.format

    @property
    def name(self) -> str:
        return self.info.name

    @property
    def minzoom(self) -> int:
        return self.info.minzoom

    @property
    def maxzoom(self) -> int:
        return self.info.maxzoom

    @property
    def bounds(self) -> Bounds | None:
        return self.info.bounds

    @property
    def center(self) -> Center | None:
        return self.info.center

    @property
    def attribution(self) -> str:
        return self.info.attribution

    def close(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _valid_tile(z: int, x: int, y: int) -> bool:
    return 0 <= z <= MAX_ZOOM and 0 <= x < (1 << z) and 0 <= y < (1 << z)


def _sniff_format(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[:2] == b"\x1f\x8b":  # a gzipped vector tile
        return "pbf"
    return None


def _inflate(data: bytes) -> bytes:
    """A vector tile as protomaps-leaflet reads it: gzip and zlib wrappers removed."""
    if data[:2] == b"\x1f\x8b":
        return gzip.decompress(data)
    if data[:1] == b"\x78" and len(data) > 2 and (data[0] * 256 + data[1]) % 31 == 0:
        return zlib.decompress(data)
    return data


def _head(path: Path, size: int) -> bytes:
    """The first bytes of a file, with the clear error when it cannot be read."""
    try:
        with path.open("rb") as f:
            return f.read(size)
    except FileNotFoundError:
        raise PackMissingError(path) from None
    except IsADirectoryError:
        raise NotAPackError(path) from None
    except OSError as exc:
        raise PackUnreadableError(path, exc.strerror or exc) from exc


def _parse_bounds(text: object) -> Bounds | None:
    try:
        west, south, east, north = (float(v) for v in str(text).split(","))
    except ValueError:
        return None
    if not all(math.isfinite(v) for v in (west, south, east, north)):
        return None
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        return None
    return west, south, east, north


def _parse_center(text: object) -> Center | None:
    parts = str(text).split(",")
    try:
        lon, lat = float(parts[0]), float(parts[1])
        zoom = int(float(parts[2])) if len(parts) > 2 else 0
    except (ValueError, IndexError):
        return None
    if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
        return None
    return lon, lat, max(0, min(zoom, MAX_ZOOM))


def _center_of(bounds: Bounds | None, zoom: int) -> Center | None:
    if bounds is None:
        return None
    return (bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2, zoom


# --- MBTiles ----------------------------------------------------------------------------


class MBTilesSource(_PackBase):
    """An MBTiles file (https://github.com/mapbox/mbtiles-spec), opened read-only.

    Rows are stored in the TMS scheme (y counted from the south); `tile` takes XYZ
    (Leaflet's) and flips y. One connection shared by all threads behind a lock.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        header = _head(self.path, 100)
        if not header.startswith(SQLITE_MAGIC):
            raise NotMBTilesError(self.path)
        if len(header) < 100:
            raise PackDamagedError(self.path, "the file is cut short")
        self._check_length(header)
        try:
            uri = self.path.resolve().as_uri() + "?mode=ro"
            self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self.info = self._read_info()
        except TileSourceError:
            self.close()
            raise
        except sqlite3.DatabaseError as exc:
            self.close()
            if "unable to open" in str(exc):  # permissions, a vanished network drive
                raise PackUnreadableError(self.path, exc) from exc
            raise PackDamagedError(self.path, exc) from exc

    def _check_length(self, header: bytes) -> None:
        """A copy cut short (a download or USB copy that stopped) is found here, not at
        the first missing tile: the header's page count is valid when bytes 92-95
        equal the change counter (bytes 24-27)."""
        page_size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        pages = int.from_bytes(header[28:32], "big")
        if header[92:96] != header[24:28] or not pages:
            return
        try:
            actual = self.path.stat().st_size
        except OSError as exc:
            raise PackUnreadableError(self.path, exc.strerror or exc) from exc
        if actual < page_size * pages:
            raise PackDamagedError(self.path, "the file is cut short")

    def _read_info(self) -> PackInfo:
        conn = self._conn
        assert conn is not None
        tables = {
            name: kind
            for name, kind in conn.execute(
                "SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view')"
            )
        }
        if "tiles" not in tables or "metadata" not in tables:
            raise NotMBTilesError(self.path, is_sqlite=True)
        columns = {row[1] for row in conn.execute("PRAGMA table_info(tiles)")}
        meta_columns = {row[1] for row in conn.execute("PRAGMA table_info(metadata)")}
        tile_columns = {"zoom_level", "tile_column", "tile_row", "tile_data"}
        if not tile_columns <= columns or not {"name", "value"} <= meta_columns:
            raise NotMBTilesError(self.path, is_sqlite=True)
        meta: dict[str, str] = {}
        for name, value in conn.execute("SELECT name, value FROM metadata"):
            if isinstance(name, str) and name not in meta:
                meta[name] = value if isinstance(value, str) else str(value)

        first = conn.execute("SELECT tile_data FROM tiles LIMIT 1").fetchone()
        if first is None:
            raise EmptyPackError(self.path)
        declared = meta.get("format", "").strip().lower()
        if declared:
            fmt = _MBTILES_FORMATS.get(declared)
            if fmt is None:
                raise PackFormatError(self.path, declared)
        else:
            fmt = _sniff_format(first[0] if isinstance(first[0], bytes) else b"")
            if fmt is None:
                raise PackFormatError(self.path, "unknown")

        minzoom, maxzoom = _int_or_none(meta.get("minzoom")), _int_or_none(meta.get("maxzoom"))
        if minzoom is None or maxzoom is None or minzoom > maxzoom:
            # Missing from the metadata (or nonsense there): what the tiles cover.
            low, high = conn.execute(
                "SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles"
            ).fetchone()
            minzoom = int(low) if minzoom is None else minzoom
            maxzoom = int(high) if maxzoom is None else maxzoom
            if minzoom > maxzoom:
                minzoom, maxzoom = int(low), int(high)
        minzoom, maxzoom = max(0, min(minzoom, MAX_ZOOM)), max(0, min(maxzoom, MAX_ZOOM))
        bounds = _parse_bounds(meta["bounds"]) if "bounds" in meta else None
        center = _parse_center(meta["center"]) if "center" in meta else None
        return PackInfo(
            path=self.path,
            container="mbtiles",
            kind="vector" if fmt == "pbf" else "raster",
            format=fmt,
            media_type=VECTOR_MEDIA_TYPE if fmt == "pbf" else RASTER_MEDIA_TYPES[fmt],
            name=meta.get("name") or self.path.stem,
            minzoom=minzoom,
            maxzoom=maxzoom,
            bounds=bounds,
            center=center or _center_of(bounds, minzoom),
            attribution=meta.get("attribution", ""),
            description=meta.get("description", ""),
            vector_layers=_vector_layers(meta.get("json")),
        )

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The tile at XYZ z/x/y, or None when the pack has none there.

        Raises PackDamagedError when the file turns out to be damaged while reading.
        """
        if not _valid_tile(z, x, y):
            return None
        with self._lock:
            if self._conn is None:
                return None
            try:
                row = self._conn.execute(
                    "SELECT tile_data FROM tiles "
                    "WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
                    (z, x, (1 << z) - 1 - y),
                ).fetchone()
            except sqlite3.DatabaseError as exc:
                raise PackDamagedError(self.path, exc) from exc
        if row is None or row[0] is None:
            return None
        if not isinstance(row[0], bytes):
            raise PackDamagedError(self.path, "a tile holds text instead of image data")
        data = row[0]
        if self.info.kind == "vector":
            try:
                data = _inflate(data)
            except (OSError, EOFError, zlib.error) as exc:
                raise PackDamagedError(self.path, exc) from exc
        return data

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


def _int_or_none(value: object) -> int | None:
    try:
        return int(float(str(value)))
    except (TypeError, ValueError, OverflowError):
        return None


def _vector_layers(text: object) -> tuple[str, ...]:
    if isinstance(text, str):
        try:
            text = json.loads(text)
        except ValueError:
            return ()
    layers = text.get("vector_layers") if isinstance(text, dict) else None
    if not isinstance(layers, list):
        return ()
    return tuple(str(layer["id"]) for layer in layers if isinstance(layer, dict) and "id" in layer)


# --- PMTiles ----------------------------------------------------------------------------


class PMTilesSource(_PackBase):
    """A PMTiles version 3 archive (https://github.com/protomaps/PMTiles).

    The header and directories are read with the `pmtiles` package's helpers; tiles
    come back decompressed. The root directory is kept in memory and the last leaf
    directories in a small cache; one file handle shared by all threads behind a lock.
    """

    LEAF_CACHE = 64

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._leaves: OrderedDict[tuple[int, int], list[Entry]] = OrderedDict()
        head = _head(self.path, 127)
        if head[:2] == b"PM" and head[2:3] in (b"\x01", b"\x02"):
            raise PMTilesVersionError(self.path, head[2])  # versions 1 and 2 start "PM"
        if not head.startswith(PMTILES_MAGIC):
            raise NotPMTilesError(self.path)
        if len(head) < 8:
            raise PackDamagedError(self.path, "the file is cut short")
        if head[7] != 3:
            raise PMTilesVersionError(self.path, head[7])
        if len(head) < 127:
            raise PackDamagedError(self.path, "the file is cut short")
        try:
            self._header = deserialize_header(head)
        except (ValueError, MagicNumberNotFound, SpecVersionUnsupported) as exc:
            raise PackDamagedError(self.path, f"unknown header values: {exc}") from exc
        try:
            self._file: io.BufferedReader | None = self.path.open("rb")
            self._size = self.path.stat().st_size
        except OSError as exc:
            raise PackUnreadableError(self.path, exc.strerror or exc) from exc
        try:
            self.info = self._read_info()
        except TileSourceError:
            self.close()
            raise

    def _read_info(self) -> PackInfo:
        h = self._header
        for offset, length in (
            (h["root_offset"], h["root_length"]),
            (h["metadata_offset"], h["metadata_length"]),
            (h["leaf_directory_offset"], h["leaf_directory_length"]),
            (h["tile_data_offset"], h["tile_data_length"]),
        ):
            if offset + length > self._size:
                raise PackDamagedError(self.path, "the file is cut short")
        for compression in (h["internal_compression"], h["tile_compression"]):
            if compression not in (Compression.NONE, Compression.GZIP, Compression.UNKNOWN):
                raise PackCompressionError(self.path, compression.name.lower())
        fmt = _PMTILES_FORMATS.get(h["tile_type"])
        if fmt is None:
            raise PackFormatError(self.path, h["tile_type"].name.lower())
        if h["root_length"] == 0 or h["tile_data_length"] == 0:
            raise EmptyPackError(self.path)
        self._root = self._directory(h["root_offset"], h["root_length"])
        if not self._root:
            raise EmptyPackError(self.path)
        meta: dict = {}
        if h["metadata_length"]:
            raw = self._internal(self._read(h["metadata_offset"], h["metadata_length"]))
            try:
                loaded = json.loads(raw)
            except ValueError as exc:
                raise PackDamagedError(self.path, "its description is not valid JSON") from exc
            meta = loaded if isinstance(loaded, dict) else {}
        minzoom, maxzoom = min(h["min_zoom"], MAX_ZOOM), min(h["max_zoom"], MAX_ZOOM)
        if minzoom > maxzoom:
            raise PackDamagedError(self.path, "its zoom range is empty")
        bounds = _parse_bounds(
            ",".join(
                str(h[k] / 1e7) for k in ("min_lon_e7", "min_lat_e7", "max_lon_e7", "max_lat_e7")
            )
        )
        center = _parse_center(f"{h['center_lon_e7'] / 1e7},{h['center_lat_e7'] / 1e7}")
        if center is None or (center[:2] == (0.0, 0.0) and h["center_zoom"] == 0):
            center = _center_of(bounds, minzoom)  # the header left the center unset
        else:
            center = (center[0], center[1], max(minzoom, min(h["center_zoom"], maxzoom)))
        return PackInfo(
            path=self.path,
            container="pmtiles",
            kind="vector" if fmt == "pbf" else "raster",
            format=fmt,
            media_type=VECTOR_MEDIA_TYPE if fmt == "pbf" else RASTER_MEDIA_TYPES[fmt],
            name=str(meta.get("name") or self.path.stem),
            minzoom=minzoom,
            maxzoom=maxzoom,
            bounds=bounds,
            center=center,
            attribution=str(meta.get("attribution") or ""),
            description=str(meta.get("description") or ""),
            vector_layers=_vector_layers(meta),
        )

    def _read(self, offset: int, length: int) -> bytes:
        # Callers hold the lock (or run in __init__, before other threads see us).
        if self._file is None:
            raise PackDamagedError(self.path, "the file was closed")
        try:
            self._file.seek(offset)
            data = self._file.read(length)
        except OSError as exc:
            raise PackUnreadableError(self.path, exc.strerror or exc) from exc
        if len(data) != length:
            raise PackDamagedError(self.path, "the file is cut short")
        return data

    def _internal(self, data: bytes) -> bytes:
        """Directories and metadata, decompressed as the header says."""
        compression = self._header["internal_compression"]
        if compression == Compression.NONE or (
            compression == Compression.UNKNOWN and data[:2] != b"\x1f\x8b"
        ):
            return data
        try:
            return gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise PackDamagedError(self.path, "a directory cannot be unpacked") from exc

    def _directory(self, offset: int, length: int) -> list[Entry]:
        unpacked = self._internal(self._read(offset, length))
        raw = io.BytesIO(unpacked)
        try:
            count = read_varint(raw)
            if count > len(unpacked) // 4:  # an entry is four varints of at least a byte
                raise EOFError
            entries = []
            last = 0
            for _ in range(count):
                last += read_varint(raw)
                entries.append(Entry(last, 0, 0, 0))
            for entry in entries:
                entry.run_length = read_varint(raw)
            for entry in entries:
                entry.length = read_varint(raw)
            for i, entry in enumerate(entries):
                value = read_varint(raw)
                if i > 0 and value == 0:
                    entry.offset = entries[i - 1].offset + entries[i - 1].length
                else:
                    entry.offset = value - 1
        except EOFError:
            raise PackDamagedError(self.path, "a directory is incomplete") from None
        return entries

    def _leaf(self, offset: int, length: int) -> list[Entry]:
        key = (offset, length)
        entries = self._leaves.get(key)
        if entries is None:
            entries = self._directory(self._header["leaf_directory_offset"] + offset, length)
            self._leaves[key] = entries
            if len(self._leaves) > self.LEAF_CACHE:
                self._leaves.popitem(last=False)
        else:
            self._leaves.move_to_end(key)
        return entries

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The tile at XYZ z/x/y, decompressed, or None when the archive has none there.

        Raises PackDamagedError when the file turns out to be damaged while reading.
        """
        if not _valid_tile(z, x, y):
            return None
        tile_id = zxy_to_tileid(z, x, y)
        h = self._header
        with self._lock:
            if self._file is None:
                return None
            entries = self._root
            for _depth in range(4):
                entry = find_tile(entries, tile_id)
                if entry is None:
                    return None
                if entry.run_length > 0:
                    data = self._read(h["tile_data_offset"] + entry.offset, entry.length)
                    break
                entries = self._leaf(entry.offset, entry.length)
            else:
                raise PackDamagedError(self.path, "its directories are nested too deep")
        compression = h["tile_compression"]
        if compression == Compression.GZIP or (
            compression == Compression.UNKNOWN and data[:2] == b"\x1f\x8b"
        ):
            try:
                data = gzip.decompress(data)
            except (OSError, EOFError, zlib.error) as exc:
                raise PackDamagedError(self.path, "a tile cannot be unpacked") from exc
        return data

    def close(self) -> None:
        with self._lock:
            if getattr(self, "_file", None) is not None:
                self._file.close()
                self._file = None


def open_pack(path: str | Path) -> MBTilesSource | PMTilesSource:
    """The offline pack at `path`, by its content first and its extension second.

    Raises a TileSourceError naming the file and saying what is wrong.
    """
    path = Path(path)
    head = _head(path, 16)
    if head.startswith(SQLITE_MAGIC):
        return MBTilesSource(path)
    if head.startswith(PMTILES_MAGIC):
        return PMTilesSource(path)
    suffix = path.suffix.lower()
    if suffix == ".mbtiles":
        return MBTilesSource(path)  # raises the MBTiles-specific message
    if suffix == ".pmtiles":
        return PMTilesSource(path)
    raise NotAPackError(path)


# --- the cache of online tiles ----------------------------------------------------------


@dataclass(frozen=True)
class CachedTile:
    data: bytes
    media_type: str
    fetched_at: float  # time.time()


class TileCache:
    """Tiles fetched from online sources, kept in one SQLite file.

    Keyed by (source key, z, x, y). When the stored bytes pass `max_bytes` the tiles
    fetched longest ago go first, down to 90 % of the limit. One connection in WAL mode
    behind a lock, so the map's handler threads can share it. A cache file that turns
    out damaged is moved aside (".damaged") and started afresh: it holds nothing that
    cannot be fetched again.
    """

    def __init__(self, path: str | Path, max_bytes: int = 200 * 1024 * 1024) -> None:
        self.path = Path(path)
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._conn = self._open()
        except sqlite3.OperationalError:
            raise  # cannot open, locked, read-only: not the file's fault
        except sqlite3.DatabaseError:  # not a database, malformed
            self._move_aside()
            self._conn = self._open()
        self._total = self._sum()

    def _sum(self) -> int:
        sql = "SELECT COALESCE(SUM(LENGTH(data)), 0) FROM tiles"
        return int(self._conn.execute(sql).fetchone()[0])

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA busy_timeout=5000")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS tiles ("
                " source TEXT NOT NULL, z INTEGER NOT NULL, x INTEGER NOT NULL,"
                " y INTEGER NOT NULL, data BLOB NOT NULL, media_type TEXT NOT NULL,"
                " fetched_at REAL NOT NULL, PRIMARY KEY (source, z, x, y)) WITHOUT ROWID"
            )
            conn.execute("CREATE INDEX IF NOT EXISTS tiles_age ON tiles (fetched_at)")
            conn.execute("SELECT COUNT(*) FROM tiles").fetchone()
        except sqlite3.DatabaseError:
            conn.close()
            raise
        return conn

    def _move_aside(self) -> None:
        for suffix in ("-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        self.path.replace(self.path.with_name(self.path.name + ".damaged"))

    @property
    def total_bytes(self) -> int:
        return self._total

    def __len__(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT COUNT(*) FROM tiles").fetchone()[0])

    def get(self, source: str, z: int, x: int, y: int) -> CachedTile | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT data, media_type, fetched_at FROM tiles "
                "WHERE source = ? AND z = ? AND x = ? AND y = ?",
                (source, z, x, y),
            ).fetchone()
        return None if row is None else CachedTile(bytes(row[0]), row[1], row[2])

    def put(
        self,
        source: str,
        z: int,
        x: int,
        y: int,
        data: bytes,
        media_type: str,
        fetched_at: float | None = None,
    ) -> None:
        when = time.time() if fetched_at is None else fetched_at
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                old = self._conn.execute(
                    "SELECT LENGTH(data) FROM tiles WHERE source = ? AND z = ? AND x = ? AND y = ?",
                    (source, z, x, y),
                ).fetchone()
                self._conn.execute(
                    "INSERT OR REPLACE INTO tiles VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (source, z, x, y, data, media_type, when),
                )
                total = self._total - (old[0] if old else 0) + len(data)
                if total > self.max_bytes:
                    total = self._prune(total)
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:  # SQLite may have rolled back already
                    self._conn.execute("ROLLBACK")
                raise
            self._total = total

    def _prune(self, total: int) -> int:
        """Delete the oldest tiles until 90 % of max_bytes; inside put's transaction."""
        target = self.max_bytes * 9 // 10
        doomed = []
        for source, z, x, y, size in self._conn.execute(
            "SELECT source, z, x, y, LENGTH(data) FROM tiles ORDER BY fetched_at"
        ):
            if total <= target:
                break
            doomed.append((source, z, x, y))
            total -= size
        self._conn.executemany(
            "DELETE FROM tiles WHERE source = ? AND z = ? AND x = ? AND y = ?", doomed
        )
        return total

    def clear(self, source: str | None = None) -> None:
        """Forget the tiles of one source, or all of them."""
        with self._lock:
            if source is None:
                self._conn.execute("DELETE FROM tiles")
            else:
                self._conn.execute("DELETE FROM tiles WHERE source = ?", (source,))
            self._total = self._sum()

    def close(self) -> None:
        with self._lock:
            self._conn.close()


# --- online tile sources ----------------------------------------------------------------


@dataclass(frozen=True)
class TilePreset:
    """An online tile source the Settings dialog can offer."""

    name: str
    url_template: str
    attribution: str
    attribution_url: str
    max_zoom: int
    bulk_download_allowed: bool  # False: never offer "save this area" for it


OSM_PRESET = TilePreset(
    name="OpenStreetMap",
    url_template="https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    attribution="© OpenStreetMap contributors",
    attribution_url="https://www.openstreetmap.org/copyright",
    max_zoom=19,
    bulk_download_allowed=False,  # https://operations.osmfoundation.org/policies/tiles/
)
# No online source unless the user configures one: the app makes no network request.
ONLINE_TILES_ENABLED_BY_DEFAULT = False


def default_user_agent() -> str:
    """Tile servers such as OpenStreetMap's ask every application to name itself."""
    return f"SalesDesk/{__version__} (offline-first desktop CRM)"


_PLACEHOLDERS = ("{z}", "{x}", "{y}", "{-y}", "{s}")


def validate_url_template(template: str) -> str:
    """The template, stripped, if it is an http(s) URL with {z}, {x} and {y} (or {-y}).

    {s} picks a subdomain; any other {placeholder} is refused, as is a template that
    is not http or https. Raises TileUrlError.
    """
    text = str(template).strip()
    parts = urllib.parse.urlsplit(text.replace("{", "").replace("}", ""))
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise TileUrlError(text)
    if "{z}" not in text or "{x}" not in text or ("{y}" not in text and "{-y}" not in text):
        raise TileUrlError(text)
    rest = text
    for placeholder in _PLACEHOLDERS:
        rest = rest.replace(placeholder, "")
    if "{" in rest or "}" in rest or any(c.isspace() for c in text):
        raise TileUrlError(text)
    return text


class _SafeRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http and https only."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            return None
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class OnlineTileSource:
    """Tiles from a tile server the user configured, kept in a TileCache.

    `fetch` answers from the cache while the tile is younger than `max_age`; otherwise
    it asks the server once, stores what came back, and returns it. When the server
    cannot be reached it returns the cached tile however old (or None) and keeps the
    reason in `last_error`; after a connection failure (or HTTP 429/503) it does not
    try again for `retry_after` seconds, so an offline map does not wait on every
    tile. At most `max_connections` requests run at once (2, as the OpenStreetMap
    policy asks). It never raises for a network failure, and it fetches only tiles
    asked for: there is deliberately no method to download an area.
    """

    MAX_TILE_BYTES = 4 * 1024 * 1024

    def __init__(
        self,
        url_template: str,
        user_agent: str,
        cache: TileCache | None,
        timeout: float = 10.0,
        *,
        subdomains: str = "abc",
        max_age: float = 7 * 24 * 3600,
        retry_after: float = 30.0,
        max_connections: int = 2,
    ) -> None:
        self.url_template = validate_url_template(url_template)
        if not user_agent.strip():
            raise ValueError("a tile server must be told who asks: give a User-Agent")
        self.user_agent = user_agent
        self.cache = cache
        self.timeout = timeout
        self.subdomains = subdomains or "abc"
        self.max_age = max_age
        self.retry_after = retry_after
        self.key = "online:" + sha256(self.url_template.encode()).hexdigest()[:16]
        self.host = urllib.parse.urlsplit(self.url_template.replace("{s}", "s")).hostname or ""
        self.last_error: TileSourceError | None = None
        self._offline_until = 0.0
        self._slots = threading.BoundedSemaphore(max(1, max_connections))
        self._opener = urllib.request.build_opener(_SafeRedirects)

    def url_for(self, z: int, x: int, y: int) -> str:
        subdomain = self.subdomains[(x + y) % len(self.subdomains)]
        return (
            self.url_template.replace("{z}", str(z))
            .replace("{x}", str(x))
            .replace("{-y}", str((1 << z) - 1 - y))
            .replace("{y}", str(y))
            .replace("{s}", subdomain)
        )

    @property
    def offline(self) -> bool:
        """True while the source waits after a failed connection."""
        return time.monotonic() < self._offline_until

    def cached(self, z: int, x: int, y: int) -> CachedTile | None:
        if self.cache is None or not _valid_tile(z, x, y):
            return None
        try:
            return self.cache.get(self.key, z, x, y)
        except sqlite3.Error:
            return None

    def fetch(self, z: int, x: int, y: int) -> tuple[bytes, str] | None:
        """(bytes, media type) of tile z/x/y (XYZ), or None when there is none to show."""
        if not _valid_tile(z, x, y):
            return None
        cached = self.cached(z, x, y)
        if cached is not None and time.time() - cached.fetched_at < self.max_age:
            return cached.data, cached.media_type
        stale = (cached.data, cached.media_type) if cached is not None else None
        if self.offline:
            return stale
        fetched = self._download(z, x, y)
        if fetched is None:
            return stale
        if self.cache is not None:
            # A full or read-only disk: show the tile, keep nothing.
            with contextlib.suppress(sqlite3.Error):
                self.cache.put(self.key, z, x, y, fetched[0], fetched[1])
        return fetched

    def _download(self, z: int, x: int, y: int) -> tuple[bytes, str] | None:
        request = urllib.request.Request(
            self.url_for(z, x, y),
            headers={"User-Agent": self.user_agent, "Accept": "image/*,*/*;q=0.5"},
        )
        try:
            with self._slots, self._opener.open(request, timeout=self.timeout) as response:
                if response.status == 204:
                    self.last_error = None
                    return None
                data = response.read(self.MAX_TILE_BYTES + 1)
                content_type = response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as exc:
            exc.close()
            self.last_error = TileHttpError(self.host, exc.code)
            if exc.code in (429, 503):
                self._offline_until = time.monotonic() + self.retry_after
            return None
        except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as exc:
            reason = getattr(exc, "reason", None) or exc
            self.last_error = TileFetchError(self.host, reason)
            self._offline_until = time.monotonic() + self.retry_after
            return None
        tile = self._as_tile(data, content_type)
        if tile is None:
            self.last_error = TileContentError(self.host)
            return None
        self.last_error = None
        return tile

    def _as_tile(self, data: bytes, content_type: str) -> tuple[bytes, str] | None:
        if not data or len(data) > self.MAX_TILE_BYTES:
            return None
        fmt = _sniff_format(data)
        if fmt is None and any(
            t in content_type.lower() for t in ("protobuf", "vector-tile", "mvt")
        ):
            fmt = "pbf"
        if fmt is None:
            return None
        if fmt == "pbf":
            try:
                return _inflate(data), VECTOR_MEDIA_TYPE
            except (OSError, EOFError, zlib.error):
                return None
        return data, RASTER_MEDIA_TYPES[fmt]


# --- the built-in base map --------------------------------------------------------------


@dataclass(frozen=True)
class BuiltinBaseMap:
    """Natural Earth 1:10m countries shipped with the app, drawn by the page itself."""

    name: str
    description: str
    attribution: str
    attribution_url: str
    topojson: Path  # 1:10m TopoJSON with the objects below
    overview_topojson: Path  # the same at 1:110m, for the world outside the territory
    countries_object: str
    land_object: str
    licence: Path


BUILTIN_ATTRIBUTION = "Natural Earth"
BUILTIN_BASE_MAP = BuiltinBaseMap(
    name="Natural Earth",
    description=(
        "Countries and coasts (Natural Earth 4.1, public domain, from the npm package "
        "world-atlas 2.0.2): the world at 1:110 million, and at 1:10 million around the "
        "territory; always available, no streets."
    ),
    attribution=BUILTIN_ATTRIBUTION,
    attribution_url="https://www.naturalearthdata.com/",
    topojson=WEB_ASSETS / "world-atlas" / "countries-10m.json",
    overview_topojson=WEB_ASSETS / "world-atlas" / "countries-110m.json",
    countries_object="countries",
    land_object="land",
    licence=WEB_ASSETS / "world-atlas" / "LICENSE",
)
