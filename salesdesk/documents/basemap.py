"""Country polygons from the built-in Natural Earth data, cut to a small map's view.

The topology comes from maps/world.py (same files, same cache, same arc boxes); here
the arcs are decoded once into one numpy array, polygons are picked by bounding box,
and each ring is clipped to the view (Sutherland-Hodgman, vectorised), so a PDF map
holds only the few hundred points it shows instead of whole coastlines.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain
from pathlib import Path

import numpy as np

from ..maps.world import DETAIL_FILE, OVERVIEW_FILE, _arc_boxes, _topology

Box = tuple[float, float, float, float]  # west, south, east, north (degrees)


@dataclass(frozen=True)
class _Atlas:
    points: np.ndarray  # (P, 2) lon/lat of every arc, arcs one after another
    starts: np.ndarray  # first point of each arc
    lengths: np.ndarray  # points per arc
    polygons: list[list[list[int]]]  # polygon -> rings -> arc ids (~id: reversed)
    boxes: np.ndarray  # (n, 4) each polygon's west, south, east, north


@cache
def _atlas(path: Path) -> _Atlas | None:
    topo = _topology(path)
    if topo is None:
        return None
    arcs = topo["arcs"]
    lengths = np.fromiter((len(a) for a in arcs), dtype=np.int64, count=len(arcs))
    flat = chain.from_iterable(chain.from_iterable(arcs))
    deltas = np.fromiter(flat, dtype=np.float64, count=2 * int(lengths.sum())).reshape(-1, 2)
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    # Delta decoding per arc, as in maps/world._arc_boxes.
    total = np.cumsum(deltas, axis=0)
    before = np.vstack(([0.0, 0.0], total[starts[1:] - 1]))
    quantized = total - np.repeat(before, lengths, axis=0)
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    points = np.column_stack((quantized[:, 0] * sx + tx, quantized[:, 1] * sy + ty))
    arc_boxes = _arc_boxes(path)
    polygons, boxes = [], []
    for geometry in topo["objects"]["countries"]["geometries"]:
        kind = geometry.get("type")
        if kind not in ("Polygon", "MultiPolygon"):
            continue
        for polygon in geometry["arcs"] if kind == "MultiPolygon" else [geometry["arcs"]]:
            ids = [a if a >= 0 else ~a for a in polygon[0]] if polygon else []
            if not ids:
                continue
            b = arc_boxes[ids]
            box = (b[:, 0].min(), b[:, 1].min(), b[:, 2].max(), b[:, 3].max())
            if box[2] - box[0] > 180:  # stitched across the antimeridian: never local
                continue
            polygons.append(polygon)
            boxes.append(box)
    return _Atlas(points, starts, lengths, polygons, np.array(boxes, dtype=np.float64))


def _ring(atlas: _Atlas, arc_ids: list[int]) -> np.ndarray:
    parts = []
    for a in arc_ids:
        i = a if a >= 0 else ~a
        pts = atlas.points[atlas.starts[i] : atlas.starts[i] + atlas.lengths[i]]
        parts.append(pts if a >= 0 else pts[::-1])
    return np.concatenate(parts) if parts else np.empty((0, 2))


def land_polygons(view: Box, overview: bool = False) -> list[list[np.ndarray]] | None:
    """Each country polygon reaching `view` as rings of lon/lat clipped to it: at 1:10m,
    or at 1:110m for an `overview` (a region several degrees wide).

    None when the base map data is missing (then a map shows points only).
    """
    step = 10.0 if overview else 1.0
    west, south, east, north = view
    # Clipped first to the whole-degree box around the view (kept: the maps of one
    # territory share a few of those), then to the view; clipping twice is exact.
    cell = (
        math.floor(west / step) * step,
        math.floor(south / step) * step,
        math.ceil(east / step) * step,
        math.ceil(north / step) * step,
    )
    near = _clipped(cell, overview)
    if near is None:
        return None
    out = []
    for rings in near:
        clipped = [clip_ring(ring, view) for ring in rings]
        clipped = [r for r in clipped if len(r) >= 3]
        if clipped:
            out.append(clipped)
    return out


@lru_cache(maxsize=64)
def _clipped(view: Box, overview: bool) -> list[list[np.ndarray]] | None:
    atlas = _atlas(OVERVIEW_FILE if overview else DETAIL_FILE)
    if atlas is None:
        return None
    west, south, east, north = view
    b = atlas.boxes
    hits = np.nonzero(
        (b[:, 0] <= east) & (b[:, 2] >= west) & (b[:, 1] <= north) & (b[:, 3] >= south)
    )[0]
    out = []
    for index in hits:
        rings = [clip_ring(_ring(atlas, ring), view) for ring in atlas.polygons[index]]
        rings = [r for r in rings if len(r) >= 3]
        if rings:
            out.append(rings)
    return out


def clip_ring(points: np.ndarray, view: Box) -> np.ndarray:
    """A closed ring clipped to a box; edges along the box are fine for even-odd fill."""
    west, south, east, north = view
    for axis, bound, keep_greater in (
        (0, west, True),
        (0, east, False),
        (1, south, True),
        (1, north, False),
    ):
        points = _clip_half(points, axis, bound, keep_greater)
        if len(points) == 0:
            break
    return points


def _clip_half(points: np.ndarray, axis: int, bound: float, keep_greater: bool) -> np.ndarray:
    if len(points) == 0:
        return points
    v = points[:, axis]
    inside = v >= bound if keep_greater else v <= bound
    if inside.all():
        return points
    if not inside.any():
        return points[:0]
    following = np.roll(points, -1, axis=0)
    cross = inside != np.roll(inside, -1)
    a, b = points[cross], following[cross]
    t = (bound - a[:, axis]) / (b[:, axis] - a[:, axis])
    crossings = a + t[:, None] * (b - a)
    # Each edge i emits its start point if inside, then the crossing if it has one.
    counts = inside.astype(np.int64) + cross.astype(np.int64)
    offsets = np.cumsum(counts) - counts
    out = np.empty((int(counts.sum()), 2))
    out[offsets[inside]] = points[inside]
    out[offsets[cross] + inside[cross]] = crossings
    return out
