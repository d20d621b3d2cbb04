"""The territory settings a team keeps with its data: ranking weights, call pattern.

Stored as JSON in the settings table (keys territory.ranking, territory.pattern), so the
CLI and, later, the window read the same values. Keys are dotted names:
ranking.margin=0.4, pattern.every_weeks.B=2, pattern.gap_days.A=5-9, pattern.weeks=4.
"""

from __future__ import annotations

import re
from dataclasses import asdict, fields, replace

from sqlalchemy.orm import Session

from ..db import Database
from ..errors import SalesDeskError
from ..i18n import QT_TRANSLATE_NOOP
from ..workspace import get_setting, set_setting
from .pattern_model import PatternSettings
from .ranking import RankingWeights

RANKING_KEY, PATTERN_KEY = "territory.ranking", "territory.pattern"
LEVELS = ("A", "B", "C", "D")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
# Pattern fields a team may set (osrm_url is a per-machine choice: --osrm / environment).
PATTERN_FIELDS = (
    "weeks",
    "workdays",
    "day_start",
    "day_end",
    "lunch_from",
    "lunch_to",
    "lunch_min",
    "max_hours",
    "speed_kmh",
    "detour_factor",
)
PER_LEVEL = ("every_weeks", "gap_days", "visit_min")


class TerritorySettingError(SalesDeskError):
    def __init__(self, key: str, reason: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The setting {key} cannot be used: {reason}."),
            key=key,
            reason=reason,
        )


def ranking_weights(db: Database) -> RankingWeights:
    with db.read() as s:
        stored = get_setting(s, RANKING_KEY) or {}
    names = {f.name for f in fields(RankingWeights)}
    return RankingWeights(**{k: v for k, v in stored.items() if k in names})


def pattern_settings(db: Database) -> PatternSettings:
    with db.read() as s:
        return stored_pattern_settings(s)


def stored_pattern_settings(s: Session) -> PatternSettings:
    """The team's call-pattern settings, read inside an open session."""
    return _pattern_from(get_setting(s, PATTERN_KEY) or {})


def _pattern_from(stored: dict) -> PatternSettings:
    base = PatternSettings()
    values: dict[str, object] = {k: v for k, v in stored.items() if k in PATTERN_FIELDS}
    if "workdays" in values:
        values["workdays"] = tuple(values["workdays"])
    for name in PER_LEVEL:
        merged = dict(getattr(base, name))
        merged.update(stored.get(name, {}))
        if name == "gap_days":
            merged = {k: tuple(v) for k, v in merged.items()}
        values[name] = merged
    return replace(base, **values)


def settings_as_dict(db: Database) -> dict[str, object]:
    """Every current value under its dotted key, for `salesdesk territory show`."""
    out: dict[str, object] = {f"ranking.{k}": v for k, v in asdict(ranking_weights(db)).items()}
    pattern = pattern_settings(db)
    for name in PATTERN_FIELDS:
        value = getattr(pattern, name)
        out[f"pattern.{name}"] = list(value) if isinstance(value, tuple) else value
    for name in PER_LEVEL:
        for level, value in sorted(getattr(pattern, name).items()):
            out[f"pattern.{name}.{level}"] = list(value) if isinstance(value, tuple) else value
    return out


def set_territory_settings(db: Database, assignments: dict[str, str]) -> dict[str, object]:
    """Check and store `{dotted key: text value}` in one unit of work; all or nothing."""
    with db.write() as s:
        ranking = dict(get_setting(s, RANKING_KEY) or {})
        pattern = dict(get_setting(s, PATTERN_KEY) or {})
        for key, text in assignments.items():
            part, _, rest = key.partition(".")
            if part == "ranking":
                ranking[rest] = _ranking_value(key, rest, text)
            elif part == "pattern":
                _set_pattern(pattern, key, rest, text)
            else:
                raise TerritorySettingError(key, "it starts with neither ranking. nor pattern.")
        try:
            RankingWeights(**ranking)
        except SalesDeskError as exc:
            raise TerritorySettingError("ranking", str(exc).rstrip(".")) from exc
        settings = _pattern_from(pattern)
        for level, (low, high) in settings.gap_days.items():
            if not 1 <= low <= high:
                raise TerritorySettingError(f"pattern.gap_days.{level}", "use LOW-HIGH days")
        if _minutes(settings.day_end) <= _minutes(settings.day_start):
            raise TerritorySettingError("pattern.day_end", "the day ends before it starts")
        set_setting(s, RANKING_KEY, ranking)
        set_setting(s, PATTERN_KEY, pattern)
    return settings_as_dict(db)


def reset_territory_settings(db: Database) -> None:
    with db.write() as s:
        set_setting(s, RANKING_KEY, {})
        set_setting(s, PATTERN_KEY, {})


def _ranking_value(key: str, name: str, text: str) -> float | int:
    kinds = {f.name: f.type for f in fields(RankingWeights)}
    if name not in kinds:
        raise TerritorySettingError(key, "there is no such ranking weight")
    try:
        return int(text) if kinds[name] in ("int", int) else float(text)
    except ValueError:
        raise TerritorySettingError(key, f"{text!r} is not a number") from None


def _set_pattern(pattern: dict, key: str, rest: str, text: str) -> None:
    name, _, level = rest.partition(".")
    if name in PER_LEVEL:
        if level not in LEVELS:
            raise TerritorySettingError(key, "add the level: A, B, C or D")
        pattern.setdefault(name, {})[level] = _per_level_value(key, name, text)
    elif name in PATTERN_FIELDS and not level:
        pattern[name] = _pattern_value(key, name, text)
    else:
        raise TerritorySettingError(key, "there is no such pattern setting")


def _per_level_value(key: str, name: str, text: str) -> object:
    if name == "gap_days":
        match = re.fullmatch(r"\s*(\d+)\s*-\s*(\d+)\s*", text)
        if not match:
            raise TerritorySettingError(key, "write LOW-HIGH days, e.g. 10-18")
        return [int(match.group(1)), int(match.group(2))]
    return _whole(key, text, 0, 600)


def _pattern_value(key: str, name: str, text: str) -> object:
    if name in ("day_start", "day_end", "lunch_from", "lunch_to"):
        if not _TIME.match(text.strip()):
            raise TerritorySettingError(key, "write the time as HH:MM")
        return text.strip()
    if name == "workdays":
        try:
            days = sorted({int(d) for d in text.split(",")})
        except ValueError:
            raise TerritorySettingError(key, "list weekdays as numbers, Monday = 0") from None
        if not days or days[0] < 0 or days[-1] > 6:
            raise TerritorySettingError(key, "weekdays go from 0 (Monday) to 6 (Sunday)")
        return days
    if name in ("weeks", "lunch_min"):
        return _whole(key, text, 1 if name == "weeks" else 0, 12 if name == "weeks" else 240)
    try:
        value = float(text)
    except ValueError:
        raise TerritorySettingError(key, f"{text!r} is not a number") from None
    if not 0 < value <= (24 if name == "max_hours" else 200):
        raise TerritorySettingError(key, f"{value} is out of range")
    return value


def _whole(key: str, text: str, low: int, high: int) -> int:
    try:
        value = int(text)
    except ValueError:
        raise TerritorySettingError(key, f"{text!r} is not a whole number") from None
    if not low <= value <= high:
        raise TerritorySettingError(key, f"use {low} to {high}")
    return value


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)
