"""Road travel times from an OSRM server the user configured (its table service).

Offline is the default: this is used only when a server URL is set, and any failure
(unreachable, timeout, an error answer, a pair with no road) falls back to straight-
line times with a note saying why, so planning never stops for the network.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..i18n import QT_TRANSLATE_NOOP
from .notes import Note
from .travel import LatLon, duration_matrix_s

STRAIGHT_LINE = QT_TRANSLATE_NOOP("Territory", "Using straight-line travel times: {detail}.")

# OSRM's default --max-table-size is 100 coordinates per request.
DEFAULT_MAX_TABLE = 100
TIMEOUT_S = 5.0


class OsrmError(Exception):
    """The server could not give a complete matrix; the reason is in the message."""


@dataclass(frozen=True)
class TravelMatrix:
    seconds: np.ndarray  # int64, n x n
    source: str  # "osrm" or "straight-line"
    reason: str | None = None  # why OSRM was not used, when it was asked for (technical)

    @property
    def travel_note(self) -> Note | None:
        """Why OSRM was not used, as a note for the user; None when nothing went wrong."""
        return None if self.reason is None else Note(STRAIGHT_LINE, {"detail": self.reason})

    @property
    def note(self) -> str | None:
        """travel_note in English."""
        return None if self.reason is None else self.travel_note.text()


def osrm_duration_matrix(
    points: Sequence[LatLon],
    base_url: str,
    max_table: int = DEFAULT_MAX_TABLE,
    timeout: float = TIMEOUT_S,
) -> np.ndarray:
    """Driving seconds between all points, asked in blocks that fit the server's limit."""
    n = len(points)
    block = max(1, max_table // 2)  # a request carries its sources and its destinations
    out = np.zeros((n, n), dtype=np.int64)
    for s0 in range(0, n, block):
        src = list(range(s0, min(n, s0 + block)))
        for d0 in range(0, n, block):
            dst = list(range(d0, min(n, d0 + block)))
            out[np.ix_(src, dst)] = _table(points, src, dst, base_url, timeout)
    return out


def _table(points, src: list[int], dst: list[int], base_url: str, timeout: float) -> np.ndarray:
    nodes = list(dict.fromkeys(src + dst))
    where = {node: i for i, node in enumerate(nodes)}
    coords = ";".join(f"{points[i][1]:.6f},{points[i][0]:.6f}" for i in nodes)
    query = urllib.parse.urlencode(
        {
            "sources": ";".join(str(where[i]) for i in src),
            "destinations": ";".join(str(where[i]) for i in dst),
            "annotations": "duration",
        },
        safe=";",
    )
    url = f"{base_url.rstrip('/')}/table/v1/driving/{coords}?{query}"
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            answer = json.load(response)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise OsrmError(f"{base_url} did not answer ({getattr(exc, 'reason', exc)})") from exc
    if answer.get("code") != "Ok":
        raise OsrmError(f"{base_url} answered {answer.get('code')}: {answer.get('message', '')}")
    durations = answer.get("durations")
    if not durations or any(v is None for row in durations for v in row):
        raise OsrmError(f"{base_url} found no road between some of the places")
    return np.rint(np.asarray(durations, dtype=np.float64)).astype(np.int64)


def travel_matrix(
    points: Sequence[LatLon],
    speed_kmh: float,
    detour_factor: float,
    osrm_url: str | None = None,
) -> TravelMatrix:
    """Road times from OSRM when configured and reachable, else straight-line times."""
    if osrm_url:
        try:
            return TravelMatrix(osrm_duration_matrix(points, osrm_url), "osrm")
        except OsrmError as exc:
            return TravelMatrix(
                duration_matrix_s(points, speed_kmh, detour_factor), "straight-line", str(exc)
            )
    return TravelMatrix(duration_matrix_s(points, speed_kmh, detour_factor), "straight-line")


def usable_osrm(osrm_url: str | None) -> tuple[str | None, str | None]:
    """(url, None) when the server answers a tiny table, else (None, why): asked once
    before planning many days, so a dead server costs one timeout, not one per day."""
    if not osrm_url:
        return None, None
    probe = travel_matrix([(53.48, -2.24), (53.49, -2.25)], 50.0, 1.3, osrm_url)
    return (osrm_url, None) if probe.note is None else (None, probe.note)
