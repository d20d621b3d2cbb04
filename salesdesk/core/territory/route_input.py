"""The stop file of `salesdesk route solve`: parse and validate it into a RouteProblem.

Format (JSON object; times HH:MM of one day; `end`, `window` or `windows`, `value`,
`speed_kmh` and `detour_factor` are optional):

    {"start": {"lat": 52.52, "lon": 13.40}, "end": {"lat": .., "lon": ..},
     "day_start": "08:00", "day_end": "16:00", "speed_kmh": 50, "detour_factor": 1.3,
     "stops": [{"id": "a1", "lat": 52.5, "lon": 13.3, "service_min": 20,
                "window": ["09:00", "12:00"], "value": 1.0},
               {"id": "b2", "lat": 52.4, "lon": 13.2, "service_min": 30,
                "windows": [["09:00", "12:00"], ["14:00", "16:00"]]}]}

A window holds the whole visit: it starts at or after the first time and ends by the
second. `windows` lists several (a morning and an afternoon opening), earliest first and
without overlaps; the visit goes into one of them. Every mistake raises RouteInputError
naming the stop and the field.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from ..errors import SalesDeskError
from ..i18n import QT_TRANSLATE_NOOP
from .travel import DEFAULT_DETOUR_FACTOR, DEFAULT_SPEED_KMH, LatLon

# Each kind of mistake: (template for a stop, template for the file's own fields).
MISSING = (
    QT_TRANSLATE_NOOP("Errors", 'Stop {stop}: the field "{field}" is missing.'),
    QT_TRANSLATE_NOOP("Errors", 'The route file has no "{field}"; it is required.'),
)
NOT_NUMBER = (
    QT_TRANSLATE_NOOP("Errors", 'Stop {stop}: "{field}" must be a number, not {value}.'),
    QT_TRANSLATE_NOOP("Errors", 'The route file: "{field}" must be a number, not {value}.'),
)
OUT_OF_RANGE = (
    QT_TRANSLATE_NOOP("Errors", 'Stop {stop}: "{field}" is {value}, outside {low} to {high}.'),
    QT_TRANSLATE_NOOP("Errors", 'The route file: "{field}" is {value}, outside {low} to {high}.'),
)
BAD_TIME = (
    QT_TRANSLATE_NOOP(
        "Errors", 'Stop {stop}: "{field}" has {value}; write times as HH:MM, e.g. "09:30".'
    ),
    QT_TRANSLATE_NOOP(
        "Errors", 'The route file: "{field}" has {value}; write times as HH:MM, e.g. "08:00".'
    ),
)
NEGATIVE = (
    QT_TRANSLATE_NOOP("Errors", 'Stop {stop}: "{field}" is {value}; it cannot be negative.'),
    QT_TRANSLATE_NOOP("Errors", 'The route file: "{field}" is {value}; it must be more than 0.'),
)
ENDS_BEFORE_START = (
    QT_TRANSLATE_NOOP(
        "Errors",
        'Stop {stop}: the time window ends ({end}) before it starts ({start}) (field "{field}").',
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        'The route file: the day ends ({end}) before it starts ({start}) (field "{field}").',
    ),
)
NOT_OBJECT = (
    QT_TRANSLATE_NOOP(
        "Errors",
        'Stop {stop} must be an object with "id", "lat", "lon" and "service_min", not {value}.',
    ),
    QT_TRANSLATE_NOOP("Errors", 'The route file: "{field}" must be an object, not {value}.'),
)
WINDOW_SHAPE = QT_TRANSLATE_NOOP(
    "Errors", 'Stop {stop}: "{field}" must be two times such as ["09:00", "12:00"], not {value}.'
)
WINDOW_TOO_SHORT = QT_TRANSLATE_NOOP(
    "Errors",
    "Stop {stop}: the time window {start}-{end} is shorter than the {minutes}-minute "
    'visit (field "{field}").',
)
WINDOWS_SHAPE = QT_TRANSLATE_NOOP(
    "Errors",
    'Stop {stop}: "{field}" must be a list of windows such as [["09:00", "12:00"], '
    '["14:00", "16:00"]], not {value}.',
)
WINDOW_EMPTY = QT_TRANSLATE_NOOP(
    "Errors",
    "Stop {stop}: the time window {start}-{end} ends when it starts; it must end after "
    'it starts (field "{field}").',
)
WINDOWS_OVERLAP = QT_TRANSLATE_NOOP(
    "Errors",
    "Stop {stop}: the time windows {first} and {second} overlap or are out of order "
    '(field "{field}"); list them earliest first, each ending before the next starts.',
)
BOTH_WINDOWS = QT_TRANSLATE_NOOP(
    "Errors",
    'Stop {stop} has both "window" and "windows" (field "{field}"); give one of them.',
)
BAD_ID = QT_TRANSLATE_NOOP(
    "Errors", 'Stop {stop}: "{field}" must be text or a whole number, not {value}.'
)
DUPLICATE_ID = QT_TRANSLATE_NOOP(
    "Errors", 'Stop {stop} appears {count} times (field "{field}"); every stop needs its own id.'
)
NO_STOPS = QT_TRANSLATE_NOOP(
    "Errors", 'The route file has no stops (field "{field}"); list at least one.'
)
NOT_A_LIST = QT_TRANSLATE_NOOP(
    "Errors", 'The route file: "{field}" must be a list of stops, not {value}.'
)
FILE_NOT_OBJECT = QT_TRANSLATE_NOOP(
    "Errors",
    'The route file must be a JSON object with "start", "day_start", "day_end" and '
    '"stops" (field "{field}").',
)
_TIME = re.compile(r"(\d{1,2}):(\d{2})")


class RouteInputError(SalesDeskError):
    """A stop file mistake; `stop` (None for the file's own fields) and `field` say where."""

    def __init__(self, template: str, *, stop: str | None, field: str, **params: object) -> None:
        super().__init__(template, stop=stop, field=field, **params)
        self.stop = stop
        self.field = field


Window = tuple[int, int]  # seconds since midnight; the whole visit inside


@dataclass(frozen=True)
class Stop:
    id: str
    lat: float
    lon: float
    service_s: int
    # When the visit may take place: sorted, apart, each long enough for the visit; the
    # visit goes into one of them. Empty: any time of the day.
    windows: tuple[Window, ...] = ()
    value: float = 1.0


@dataclass(frozen=True)
class RouteProblem:
    start: LatLon
    end: LatLon
    day_start: int  # seconds since midnight
    day_end: int
    stops: tuple[Stop, ...]
    speed_kmh: float = DEFAULT_SPEED_KMH
    detour_factor: float = DEFAULT_DETOUR_FACTOR
    osrm_url: str | None = None  # road times from this OSRM server, when reachable


def clock(seconds: int) -> str:
    """Seconds since midnight as HH:MM (rounded down, so a visit never shows early/late)."""
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}"


def _fail(kind: tuple[str, str] | str, stop: str | None, field: str, **params: object):
    template = kind if isinstance(kind, str) else kind[0 if stop is not None else 1]
    raise RouteInputError(template, stop=stop, field=field, **params)


def _shown(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _number(data: Mapping, key: str, stop: str | None, field: str, default=None) -> float:
    if key not in data or data[key] is None:
        if default is None:
            _fail(MISSING, stop, field)
        return default
    value = data[key]
    # bool is an int in Python, but `true` for a latitude is a mistake, not 1.
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        _fail(NOT_NUMBER, stop, field, value=_shown(value))
    return float(value)


def _time(value: object, stop: str | None, field: str) -> int:
    match = _TIME.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        _fail(BAD_TIME, stop, field, value=_shown(value))
    hours, minutes = int(match[1]), int(match[2])
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        _fail(BAD_TIME, stop, field, value=_shown(value))
    return hours * 3600 + minutes * 60


def _place(data: object, stop: str | None, prefix: str) -> LatLon:
    if not isinstance(data, Mapping):
        _fail(NOT_OBJECT, stop, prefix.rstrip("."), value=_shown(data))
    lat = _number(data, "lat", stop, prefix + "lat")
    lon = _number(data, "lon", stop, prefix + "lon")
    if not -90 <= lat <= 90:
        _fail(OUT_OF_RANGE, stop, prefix + "lat", value=_shown(data["lat"]), low=-90, high=90)
    if not -180 <= lon <= 180:
        _fail(OUT_OF_RANGE, stop, prefix + "lon", value=_shown(data["lon"]), low=-180, high=180)
    return lat, lon


def parse_stop(data: object, position: int = 1) -> Stop:
    """One stop of the file; `position` (1-based) names a stop that has no usable id."""
    label = f"#{position}"
    if not isinstance(data, Mapping):
        _fail(NOT_OBJECT, label, "stops", value=_shown(data))
    if "id" not in data:
        _fail(MISSING, label, "id")
    raw_id = data["id"]
    if isinstance(raw_id, bool) or not isinstance(raw_id, str | int) or str(raw_id).strip() == "":
        _fail(BAD_ID, label, "id", value=_shown(raw_id))
    sid = str(raw_id).strip()
    lat, lon = _place(data, sid, "")
    service = _number(data, "service_min", sid, "service_min")
    if not 0 <= service <= 24 * 60:
        _fail(OUT_OF_RANGE, sid, "service_min", value=_shown(data["service_min"]), low=0, high=1440)
    service_s = round(service * 60)
    value = _number(data, "value", sid, "value", default=1.0)
    if value < 0:
        _fail(NEGATIVE, sid, "value", value=_shown(data["value"]))
    has_one, has_many = data.get("window") is not None, data.get("windows") is not None
    if has_one and has_many:
        _fail(BOTH_WINDOWS, sid, "windows")
    windows: tuple[Window, ...] = ()
    if has_one:
        windows = (_window(data["window"], sid, "window", service, strict=False),)
    elif has_many:
        windows = _windows(data["windows"], sid, service)
    return Stop(sid, lat, lon, service_s, windows, value)


def _window(raw: object, sid: str, field: str, service: float, *, strict: bool) -> Window:
    """One ["HH:MM", "HH:MM"] pair that holds the visit. `strict`: the end must come after
    the start (the single "window" has always accepted an empty one for a 0-minute visit)."""
    if not isinstance(raw, list | tuple) or len(raw) != 2:
        _fail(WINDOW_SHAPE, sid, field, value=_shown(raw))
    opens, closes = _time(raw[0], sid, field), _time(raw[1], sid, field)
    if closes < opens:
        _fail(ENDS_BEFORE_START, sid, field, start=raw[0], end=raw[1])
    if strict and closes == opens:
        _fail(WINDOW_EMPTY, sid, field, start=raw[0], end=raw[1])
    if closes - opens < round(service * 60):
        _fail(WINDOW_TOO_SHORT, sid, field, start=raw[0], end=raw[1], minutes=f"{service:g}")
    return opens, closes


def _windows(raw: object, sid: str, service: float) -> tuple[Window, ...]:
    """The "windows" list: each window valid, earliest first, no overlaps. Windows that
    touch (one ends when the next starts) are merged: a visit may run across."""
    if not isinstance(raw, list | tuple) or not raw:
        _fail(WINDOWS_SHAPE, sid, "windows", value=_shown(raw))
    out: list[Window] = []
    for i, pair in enumerate(raw):
        field = f"windows[{i}]"
        window = _window(pair, sid, field, service, strict=True)
        if out and window[0] < out[-1][1]:
            first, second = (clock(w[0]) + "-" + clock(w[1]) for w in (out[-1], window))
            _fail(WINDOWS_OVERLAP, sid, field, first=first, second=second)
        if out and window[0] == out[-1][1]:
            out[-1] = (out[-1][0], window[1])
        else:
            out.append(window)
    return tuple(out)


def parse_route_file(data: object) -> RouteProblem:
    """Validate a decoded stop file (a dict) into a RouteProblem, or raise RouteInputError."""
    if not isinstance(data, Mapping):
        _fail(FILE_NOT_OBJECT, None, "")
    if "start" not in data:
        _fail(MISSING, None, "start")
    start = _place(data["start"], None, "start.")
    end = start if data.get("end") is None else _place(data["end"], None, "end.")
    times = {}
    for key in ("day_start", "day_end"):
        if key not in data:
            _fail(MISSING, None, key)
        times[key] = _time(data[key], None, key)
    if times["day_end"] <= times["day_start"]:
        _fail(ENDS_BEFORE_START, None, "day_end", start=data["day_start"], end=data["day_end"])
    speed = _number(data, "speed_kmh", None, "speed_kmh", default=DEFAULT_SPEED_KMH)
    detour = _number(data, "detour_factor", None, "detour_factor", default=DEFAULT_DETOUR_FACTOR)
    for key, number in (("speed_kmh", speed), ("detour_factor", detour)):
        if number <= 0:
            _fail(NEGATIVE, None, key, value=_shown(data[key]))
    if "stops" not in data:
        _fail(MISSING, None, "stops")
    if not isinstance(data["stops"], list):
        _fail(NOT_A_LIST, None, "stops", value=_shown(data["stops"]))
    if not data["stops"]:
        _fail(NO_STOPS, None, "stops")
    stops = tuple(parse_stop(raw, i) for i, raw in enumerate(data["stops"], start=1))
    counts = Counter(s.id for s in stops)
    for sid, count in counts.items():
        if count > 1:
            _fail(DUPLICATE_ID, sid, "id", count=count)
    return RouteProblem(start, end, times["day_start"], times["day_end"], stops, speed, detour)
