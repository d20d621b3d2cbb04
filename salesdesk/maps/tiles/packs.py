"""Offline packs the user adds in Settings: MBTiles (SQLite, raster or vector) and
PMTiles (one archive, usually vector). `open_pack` picks the right one."""

from __future__ import annotations

import gzip
import io
import json
import math
import sqlite3
import threading
import zlib
from collections import OrderedDict
from dataclasses import dataclass
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
    TileSourceError,
)
from .formats import (
    MAX_ZOOM,
    RASTER_MEDIA_TYPES,
    VECTOR_MEDIA_TYPE,
    inflate,
    sniff_format,
    valid_tile,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
PMTILES_MAGIC = b"PMTiles"

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
            fmt = sniff_format(first[0] if isinstance(first[0], bytes) else b"")
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
        if not valid_tile(z, x, y):
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
                data = inflate(data)
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
        if not valid_tile(z, x, y):
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
