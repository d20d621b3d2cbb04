"""The built-in base map: Natural Earth (npm world-atlas) cut to the territory.

Drawing all of countries-10m (477,000 points) cost the page a second to open and every
pan of the map 300 ms. The page gets instead the whole world at 1:110m for zoomed-out
views plus, at 1:10m, only the polygons near the territory: the detail where the rep
works, a few thousand points.
"""

from __future__ import annotations

import json
from functools import cache
from itertools import chain
from pathlib import Path

import numpy as np

from ..bootstrap import RESOURCES

ATLAS = RESOURCES / "web" / "world-atlas"
DETAIL_FILE = ATLAS / "countries-10m.json"
OVERVIEW_FILE = ATLAS / "countries-110m.json"
MIN_MARGIN_DEG = 3.0


@cache
def _topology(path: Path) -> dict | None:
    return json.loads(path.read_bytes()) if path.exists() else None


@cache
def _arc_boxes(path: Path) -> np.ndarray:
    """Each arc's bounding box in degrees: rows of (west, south, east, north)."""
    topo = _topology(path)
    arcs = topo["arcs"]
    lengths = np.fromiter((len(a) for a in arcs), dtype=np.int64, count=len(arcs))
    flat = chain.from_iterable(chain.from_iterable(arcs))
    deltas = np.fromiter(flat, dtype=np.float64, count=2 * int(lengths.sum())).reshape(-1, 2)
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    # Delta decoding per arc: a global running sum, minus the sum before each arc start.
    total = np.cumsum(deltas, axis=0)
    before = np.vstack(([0.0, 0.0], total[starts[1:] - 1]))
    points = total - np.repeat(before, lengths, axis=0)
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    lon, lat = points[:, 0] * sx + tx, points[:, 1] * sy + ty
    ids = np.repeat(np.arange(len(arcs)), lengths)
    boxes = np.empty((len(arcs), 4))
    boxes[:, 0] = np.full(len(arcs), np.inf)
    np.minimum.at(boxes[:, 0], ids, lon)
    boxes[:, 1] = np.inf
    np.minimum.at(boxes[:, 1], ids, lat)
    boxes[:, 2] = -np.inf
    np.maximum.at(boxes[:, 2], ids, lon)
    boxes[:, 3] = -np.inf
    np.maximum.at(boxes[:, 3], ids, lat)
    return boxes


def _arc_ids(rings: list[list[int]]) -> list[int]:
    return [a if a >= 0 else ~a for ring in rings for a in ring]


def detail_near(bounds: list[list[float]] | None) -> dict | None:
    """A TopoJSON with the 1:10m country polygons that reach the area around `bounds`."""
    topo = _topology(DETAIL_FILE)
    if topo is None or bounds is None:
        return None
    (south, west), (north, east) = bounds
    margin = max(MIN_MARGIN_DEG, 0.5 * max(north - south, east - west))
    area = (west - margin, south - margin, east + margin, north + margin)
    boxes = _arc_boxes(DETAIL_FILE)
    kept_geometries, used = [], {}
    for geometry in topo["objects"]["countries"]["geometries"]:
        kind = geometry.get("type")
        polygons = geometry["arcs"] if kind == "MultiPolygon" else [geometry.get("arcs", [])]
        if kind not in ("Polygon", "MultiPolygon"):
            continue
        near = []
        for polygon in polygons:
            ids = _arc_ids(polygon)
            if not ids:
                continue
            b = boxes[ids]
            if b[:, 2].max() - b[:, 0].min() > 180:  # crosses the antimeridian: not near
                continue
            if (
                b[:, 0].min() <= area[2]
                and b[:, 2].max() >= area[0]
                and b[:, 1].min() <= area[3]
                and b[:, 3].max() >= area[1]
            ):
                near.append(polygon)
        if not near:
            continue
        for arc in (i for p in near for i in _arc_ids(p)):
            used.setdefault(arc, len(used))
        remapped = [
            [[used[a] if a >= 0 else ~used[~a] for a in ring] for ring in polygon]
            for polygon in near
        ]
        kept_geometries.append({"type": "MultiPolygon", "id": geometry.get("id"), "arcs": remapped})
    arcs = [None] * len(used)
    for old, new in used.items():
        arcs[new] = topo["arcs"][old]
    return {
        "type": "Topology",
        "transform": topo["transform"],
        "objects": {"countries": {"type": "GeometryCollection", "geometries": kept_geometries}},
        "arcs": arcs,
    }


def world_payload(bounds: list[list[float]] | None) -> dict[str, object]:
    """{"overview": 1:110m world or None, "detail": 1:10m near the territory or None}."""
    return {"overview": _topology(OVERVIEW_FILE), "detail": detail_near(bounds)}
