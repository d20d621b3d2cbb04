"""Offline travel times: straight-line (haversine) distance / speed x detour factor.

The whole matrix is computed in one vectorised numpy pass (no per-pair loop), so a
1,000-point matrix takes milliseconds. Durations are whole seconds, as VROOM wants.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

# IUGG mean Earth radius; the TSPLIB optima in /work/shared/tsplib use the same model.
EARTH_RADIUS_KM = 6371.0088
DEFAULT_SPEED_KMH = 50.0
DEFAULT_DETOUR_FACTOR = 1.3

LatLon = tuple[float, float]


def distance_matrix_km(points: Sequence[LatLon]) -> np.ndarray:
    """Great-circle distances in km between every pair of (lat, lon) points, n x n."""
    coords = np.radians(np.asarray(points, dtype=np.float64).reshape(-1, 2))
    lat, lon = coords[:, 0], coords[:, 1]
    dlat = lat[:, None] - lat[None, :]
    dlon = lon[:, None] - lon[None, :]
    h = np.sin(dlat / 2) ** 2 + np.cos(lat)[:, None] * np.cos(lat)[None, :] * np.sin(dlon / 2) ** 2
    # Rounding can push h a hair above 1 for antipodal points; arcsin would return NaN.
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))


def duration_matrix_s(
    points: Sequence[LatLon],
    speed_kmh: float = DEFAULT_SPEED_KMH,
    detour_factor: float = DEFAULT_DETOUR_FACTOR,
) -> np.ndarray:
    """Driving times in whole seconds (int64): distance x detour factor / speed, per leg."""
    if speed_kmh <= 0 or detour_factor <= 0:
        raise ValueError("speed and detour factor must be positive")
    hours = distance_matrix_km(points) * detour_factor / speed_kmh
    return np.rint(hours * 3600.0).astype(np.int64)
