"""Small, real offline map packs for tests and screenshots.

`make_mbtiles` and `make_pmtiles` write files any map tool would open: MBTiles with PNG
rows in the TMS scheme (or gzipped vector tiles), PMTiles version 3 archives with PNG or
vector (MVT) tiles. PNGs are written with zlib and struct (no Pillow); vector tiles are
encoded with mapbox-vector-tile (a test-only dependency) and carry the layers of the
Protomaps basemap that protomaps-leaflet's flavors paint: "earth" (land polygons) and
"water" (the rest of the tile).

By default the land is a made-up island around Manchester, so a test knows exactly
which tiles are land. With `land=True` it is the Natural Earth land shipped in
resources/web/world-atlas, so a screenshot shows a recognisable coast.

    from tilepacks import make_mbtiles, make_pmtiles   # tests/ is on sys.path
"""

from __future__ import annotations

import gzip
import json
import math
import sqlite3
import struct
import zlib
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORLD_ATLAS = ROOT / "resources" / "web" / "world-atlas" / "countries-10m.json"

Bounds = tuple[float, float, float, float]  # west, south, east, north
WORLD: Bounds = (-180.0, -85.0511, 180.0, 85.0511)
MANCHESTER: Bounds = (-3.2, 53.0, -1.3, 54.0)
# The made-up island: a hexagon around Manchester, about 150 km across.
ISLAND = [(-3.6, 53.5), (-2.9, 54.2), (-1.5, 54.2), (-0.9, 53.5), (-1.5, 52.8), (-2.9, 52.8)]
EXTENT = 4096  # vector tile units per tile side
# Colours of the raster tiles: land, water, grid lines.
LAND_RGB = (0xE8, 0xE4, 0xD8)
WATER_RGB = (0xA8, 0xCC, 0xE8)
GRID_RGB = (0x80, 0x80, 0x80)


# --- tile geometry ----------------------------------------------------------------------


def lonlat_to_tile(lon: float, lat: float, z: int) -> tuple[float, float]:
    """Fractional XYZ tile coordinates of a point (Web Mercator)."""
    lat = max(min(lat, 85.0511), -85.0511)
    n = 1 << z
    x = (lon + 180.0) / 360.0 * n
    y = (1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0 * n
    return x, y


def tile_bounds(z: int, x: int, y: int) -> Bounds:
    n = 1 << z

    def lat(row: float) -> float:
        return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * row / n))))

    return x / n * 360.0 - 180.0, lat(y + 1), (x + 1) / n * 360.0 - 180.0, lat(y)


def tiles_in(bounds: Bounds, zooms: Iterable[int]) -> Iterator[tuple[int, int, int]]:
    """Every XYZ tile touching `bounds` at each zoom, in z, x, y order."""
    west, south, east, north = bounds
    for z in zooms:
        n = 1 << z
        x0, y0 = lonlat_to_tile(west, north, z)
        x1, y1 = lonlat_to_tile(east, south, z)
        for x in range(max(0, int(x0)), min(n - 1, int(x1)) + 1):
            for y in range(max(0, int(y0)), min(n - 1, int(y1)) + 1):
                yield z, x, y


# --- PNG --------------------------------------------------------------------------------


def png(width: int, height: int, rows: Iterable[bytes]) -> bytes:
    """An 8-bit RGB PNG from `height` rows of 3 * `width` bytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    raw = b"".join(b"\x00" + row for row in rows)  # filter type 0 on every row
    assert len(raw) == height * (1 + 3 * width)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def solid_png(rgb: tuple[int, int, int], size: int = 256) -> bytes:
    return png(size, size, [bytes(rgb) * size] * size)


def raster_tile(z: int, x: int, y: int, *, land: bool = False, size: int = 256) -> bytes:
    """A PNG tile: land and water coloured, a grey line along the tile's top and left edge.

    Without `land` the made-up island is the land; with it, Natural Earth's.
    """
    import numpy as np
    import shapely

    geometry = _land_in_tile(z, x, y, land)
    grid = (np.arange(size) + 0.5) / size * EXTENT
    xs, ys = np.meshgrid(grid, grid)
    inside = shapely.contains_xy(geometry, xs, ys) if not geometry.is_empty else xs < -1
    image = np.empty((size, size, 3), dtype=np.uint8)
    image[:] = WATER_RGB
    image[inside] = LAND_RGB
    image[0, :] = GRID_RGB
    image[:, 0] = GRID_RGB
    return png(size, size, (image[row].tobytes() for row in range(size)))


# --- vector tiles -----------------------------------------------------------------------


@cache
def _island():
    import shapely

    return shapely.Polygon(ISLAND)


@cache
def natural_earth_land():
    """Natural Earth land (the world-atlas "land" object): shapely polygons in lon/lat and
    an STRtree over them, so a tile clips only the few it touches."""
    import shapely
    import shapely.affinity

    topo = json.loads(WORLD_ATLAS.read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indexes: list[int]) -> list[tuple[float, float]]:
        points: list[tuple[float, float]] = []
        for index in indexes:
            arc = arcs[index] if index >= 0 else arcs[~index][::-1]
            points.extend(arc if not points else arc[1:])
        if min(lat for _, lat in points) > -80:  # Antarctica is right on a flat map
            # world-atlas stitches rings across the antimeridian (Russia, Fiji): a step
            # from 179.8 to -180 would be an edge across the whole map. Unwrap it.
            for i in range(1, len(points)):
                lon, lat = points[i]
                points[i] = (lon + 360 * round((points[i - 1][0] - lon) / 360), lat)
        return points

    polygons = []
    for geometry in topo["objects"]["land"]["geometries"]:
        shapes = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for rings in shapes:
            shell, *holes = (ring(r) for r in rings)
            if len(shell) >= 4:  # the data holds a few degenerate slivers
                polygons.append(shapely.Polygon(shell, [h for h in holes if len(h) >= 4]))
    # What now lies beyond the antimeridian is drawn again on the other side.
    for polygon in list(polygons):
        west, _, east, _ = polygon.bounds
        if east > 180 or west < -180:
            polygons.append(shapely.affinity.translate(polygon, -360 if east > 180 else 360))
    return polygons, shapely.STRtree(polygons)


@cache
def _land_at_zoom(z: int):
    """The land simplified to about one tile unit at zoom z (the world at zoom 0 stays
    quick), as an array of polygons and an STRtree over them."""
    import numpy as np
    import shapely

    polygons, _tree = natural_earth_land()
    tolerance = 360.0 / (1 << z) / EXTENT
    simple = shapely.simplify(
        np.asarray(polygons, dtype=object), tolerance, preserve_topology=False
    )
    simple = simple[~shapely.is_empty(simple)]
    return simple, shapely.STRtree(simple)


def _polygonal(geometry):
    """Only the polygons of a geometry (clipping can leave lines and points behind)."""
    import shapely

    parts = shapely.get_parts(geometry)
    polygons = [p for p in parts if p.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(polygons) if polygons else shapely.Polygon()


def _land_in_tile(z: int, x: int, y: int, land: bool):
    """The land of tile z/x/y in tile units (0..EXTENT, y down), with a small margin."""
    import numpy as np
    import shapely

    margin = 64 / EXTENT
    west, south, east, north = tile_bounds(z, x, y)
    dx, dy = (east - west) * margin, (north - south) * margin
    rect = (west - dx, south - dy, east + dx, north + dy)
    if land:
        polygons, tree = _land_at_zoom(z)
        touching = np.take(polygons, tree.query(shapely.box(*rect)))
    else:
        touching = np.asarray([_island()], dtype=object)
    parts = shapely.get_parts(shapely.clip_by_rect(touching, *rect))
    parts = parts[shapely.get_type_id(parts) == 3]  # polygons; clipping leaves lines too
    if not len(parts):
        return shapely.Polygon()

    def to_tile(coords):
        n = 1 << z
        lon, lat = coords[:, 0], np.clip(coords[:, 1], -85.0511, 85.0511)
        tx = (lon + 180.0) / 360.0 * n
        ty = (1.0 - np.arcsinh(np.tan(np.radians(lat))) / np.pi) / 2.0 * n
        return np.column_stack(((tx - x) * EXTENT, (ty - y) * EXTENT))

    # On the integer grid a vector tile stores, and valid: slivers that collapse are
    # gone, and the union merges simplified islands that came to overlap.
    tiled = shapely.set_precision(shapely.transform(parts, to_tile), 1.0)
    return _polygonal(shapely.union_all(tiled, grid_size=1.0))


def vector_tile(z: int, x: int, y: int, *, land: bool = False) -> bytes:
    """An MVT tile (uncompressed) with the layers "earth" and "water"."""
    import mapbox_vector_tile
    import shapely
    from shapely.geometry.polygon import orient

    def oriented(geometry):
        # Exterior rings counter-clockwise as shapely computes it on y-down tile units,
        # which is the MVT rule (positive area); telling the encoder so makes the
        # whole world at zoom 0 ten times quicker to encode.
        return shapely.MultiPolygon([orient(p) for p in shapely.get_parts(geometry)])

    earth = _land_in_tile(z, x, y, land)
    box = shapely.box(-64, -64, EXTENT + 64, EXTENT + 64)
    water = _polygonal(box.difference(earth)) if not earth.is_empty else box
    layers = []
    if not earth.is_empty:
        layers.append(
            {"name": "earth", "features": [{"geometry": oriented(earth), "properties": {}}]}
        )
    if not water.is_empty:
        feature = {"geometry": oriented(water), "properties": {"kind": "ocean"}}
        layers.append({"name": "water", "features": [feature]})
    return mapbox_vector_tile.encode(
        layers,
        default_options={"y_coord_down": True, "extents": EXTENT, "check_winding_order": False},
    )


VECTOR_LAYERS = [
    {"id": "earth", "fields": {}, "description": "land"},
    {"id": "water", "fields": {"kind": "String"}, "description": "sea"},
]


# --- MBTiles ----------------------------------------------------------------------------


def make_mbtiles(
    path: str | Path,
    *,
    kind: str = "raster",
    zooms: Iterable[int] = range(3),
    bounds: Bounds = WORLD,
    land: bool = False,
    metadata: Mapping[str, str | None] | None = None,
    tiles: Mapping[tuple[int, int, int], bytes] | None = None,
) -> Path:
    """An MBTiles file with every tile of `bounds` at `zooms` (XYZ keys, stored TMS).

    kind "raster": PNG tiles, format png; "vector": gzipped MVT, format pbf. `metadata`
    overrides or (value None) removes metadata rows; `tiles` replaces the generated
    tiles entirely ({(z, x, y): bytes}).
    """
    path = Path(path)
    zooms = list(zooms)
    west, south, east, north = bounds
    if tiles is None:
        if kind == "raster":
            tiles = {t: raster_tile(*t, land=land) for t in tiles_in(bounds, zooms)}
        else:
            tiles = {
                t: gzip.compress(vector_tile(*t, land=land), mtime=0)
                for t in tiles_in(bounds, zooms)
            }
    meta: dict[str, str | None] = {
        "name": "Test " + kind,
        "format": "png" if kind == "raster" else "pbf",
        "bounds": ",".join(f"{v:.4f}" for v in bounds),
        "center": f"{(west + east) / 2:.4f},{(south + north) / 2:.4f},{min(zooms)}",
        "minzoom": str(min(zooms)),
        "maxzoom": str(max(zooms)),
        "type": "baselayer",
        "version": "1",
        "attribution": "Test tiles",
        "description": "Made by tests/tilepacks.py",
    }
    if kind == "vector":
        meta["json"] = json.dumps({"vector_layers": VECTOR_LAYERS})
    meta.update(metadata or {})
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        conn.execute(
            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, "
            "tile_data BLOB)"
        )
        conn.execute("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)")
        conn.executemany(
            "INSERT INTO metadata VALUES (?, ?)",
            [(k, v) for k, v in meta.items() if v is not None],
        )
        conn.executemany(
            "INSERT INTO tiles VALUES (?, ?, ?, ?)",
            [(z, x, (1 << z) - 1 - y, data) for (z, x, y), data in tiles.items()],
        )
    conn.close()
    return path


# --- PMTiles ----------------------------------------------------------------------------


def make_pmtiles(
    path: str | Path,
    *,
    kind: str = "vector",
    zooms: Iterable[int] = range(3),
    bounds: Bounds = WORLD,
    land: bool = False,
    compress: bool = True,
    name: str | None = None,
    tiles: Mapping[tuple[int, int, int], bytes] | None = None,
) -> Path:
    """A PMTiles v3 archive with every tile of `bounds` at `zooms`.

    kind "vector": MVT tiles, gzip-compressed in the archive when `compress`;
    "raster": PNG tiles (never compressed, as PMTiles writers do).
    """
    from pmtiles.tile import Compression, TileType, zxy_to_tileid
    from pmtiles.writer import Writer

    path = Path(path)
    zooms = list(zooms)
    if tiles is None:
        make = vector_tile if kind == "vector" else raster_tile
        tiles = {t: make(*t, land=land) for t in tiles_in(bounds, zooms)}
    gzipped = kind == "vector" and compress
    west, south, east, north = bounds
    header = {
        "tile_type": TileType.MVT if kind == "vector" else TileType.PNG,
        "tile_compression": Compression.GZIP if gzipped else Compression.NONE,
        "min_lon_e7": int(west * 1e7),
        "min_lat_e7": int(south * 1e7),
        "max_lon_e7": int(east * 1e7),
        "max_lat_e7": int(north * 1e7),
        "center_zoom": min(zooms),
        "center_lon_e7": int((west + east) / 2 * 1e7),
        "center_lat_e7": int((south + north) / 2 * 1e7),
    }
    metadata = {
        "name": name or "Test " + kind,
        "attribution": "Test tiles",
        "description": "Made by tests/tilepacks.py",
    }
    if kind == "vector":
        metadata["vector_layers"] = VECTOR_LAYERS
    with path.open("wb") as f:
        writer = Writer(f)
        for tile_id, data in sorted((zxy_to_tileid(*t), d) for t, d in tiles.items()):
            writer.write_tile(tile_id, gzip.compress(data, mtime=0) if gzipped else data)
        writer.finalize(header, metadata)
    return path
