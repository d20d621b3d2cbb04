"""An account's opening hours as time windows for a route: every opening of the weekday
(a morning and an afternoon, say), cut to the part of the day that is planned.

`opening_hours` is the account's JSON: {"mon": [["08:00", "12:00"], ["13:00", "17:00"]],
...}; a weekday that is missing is closed, None means always open. Intervals that do not
read as two HH:MM times, or end before they start, are ignored (imported data varies).
"""

from __future__ import annotations

from collections.abc import Mapping

from .route_input import Window

WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # opening_hours keys


def _seconds(text: object) -> int | None:
    if not isinstance(text, str) or ":" not in text:
        return None
    hours, _, minutes = text.partition(":")
    if not (hours.strip().isdigit() and minutes.strip().isdigit()):
        return None
    value = int(hours) * 3600 + int(minutes) * 60
    return value if 0 <= value <= 24 * 3600 else None


def open_windows(
    opening_hours: object, weekday: int, lo: int, hi: int, service_s: int
) -> tuple[Window, ...]:
    """The windows of `weekday` (Monday = 0) inside lo..hi that hold a visit of
    `service_s` seconds: sorted, overlapping or touching openings merged. () when the
    account is closed that day or no opening is long enough; ((lo, hi),) when it has no
    opening hours at all (if the span holds the visit)."""
    if not isinstance(opening_hours, Mapping):
        return ((lo, hi),) if hi - lo >= service_s else ()
    spans = []
    for pair in opening_hours.get(WEEKDAY_KEYS[weekday]) or ():
        if not isinstance(pair, list | tuple) or len(pair) != 2:
            continue
        opens, closes = _seconds(pair[0]), _seconds(pair[1])
        if opens is None or closes is None or closes <= opens:
            continue
        first, last = max(opens, lo), min(closes, hi)
        if first < last:
            spans.append((first, last))
    merged: list[Window] = []
    for first, last in sorted(spans):
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
        else:
            merged.append((first, last))
    return tuple(w for w in merged if w[1] - w[0] >= service_s)
