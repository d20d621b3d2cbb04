"""What every tile source shares: zoom limits, media types, sniffing, inflating."""

from __future__ import annotations

import gzip
import zlib

MAX_ZOOM = 24  # deeper than any tile pack or tile server goes
RASTER_MEDIA_TYPES = {"png": "image/png", "jpg": "image/jpeg", "webp": "image/webp"}
VECTOR_MEDIA_TYPE = "application/vnd.mapbox-vector-tile"


def valid_tile(z: int, x: int, y: int) -> bool:
    return 0 <= z <= MAX_ZOOM and 0 <= x < (1 << z) and 0 <= y < (1 << z)


def sniff_format(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[:2] == b"\x1f\x8b":  # a gzipped vector tile
        return "pbf"
    return None


def inflate(data: bytes) -> bytes:
    """A vector tile as protomaps-leaflet reads it: gzip and zlib wrappers removed."""
    if data[:2] == b"\x1f\x8b":
        return gzip.decompress(data)
    if data[:1] == b"\x78" and len(data) > 2 and (data[0] * 256 + data[1]) % 31 == 0:
        return zlib.decompress(data)
    return data
