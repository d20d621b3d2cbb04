"""Which online geocoding service the team uses: `GeocodingSettings`, reading and
changing them (`geocoding_settings`, `set_geocoding_settings`, all or nothing), the
checks of each value (`GeocodingSettingError`) and `default_user_agent`.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from urllib.parse import urlsplit

from ... import APP_NAME, __version__
from ..db import Database
from ..errors import SalesDeskError
from ..i18n import QT_TRANSLATE_NOOP
from ..workspace import get_setting, set_setting
from .text import clean_text

SETTINGS_KEY = "geocoding"
PROVIDERS = ("none", "nominatim", "photon", "pelias")
PUBLIC_NOMINATIM = "nominatim.openstreetmap.org"
PUBLIC_NOMINATIM_DELAY = 1.0  # seconds; the OSM Nominatim usage policy's maximum rate


class GeocodingSettingError(SalesDeskError):
    def __init__(self, key: str, reason: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The geocoding setting {key} cannot be used: {reason}."),
            key=key,
            reason=reason,
        )


@dataclass(frozen=True)
class GeocodingSettings:
    """Where addresses are looked up online; provider "none" keeps SalesDesk offline."""

    provider: str = "none"
    url: str | None = None  # self-hosted server; None with nominatim = the public one
    user_agent: str | None = None  # None: "SalesDesk/<version> (profile e-mail)"
    delay: float | None = None  # seconds between requests; None: 1 s public, else 0
    timeout: float = 10.0

    @property
    def configured(self) -> bool:
        return self.provider != "none"

    @property
    def public_nominatim(self) -> bool:
        if self.provider != "nominatim":
            return False
        return self.url is None or (urlsplit(self.url).hostname or "") == PUBLIC_NOMINATIM

    @property
    def min_delay(self) -> float:
        """The delay actually used: never under 1 s for the public Nominatim."""
        if self.public_nominatim:
            return max(PUBLIC_NOMINATIM_DELAY, self.delay or 0.0)
        return self.delay or 0.0

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def default_user_agent(email: str | None = None) -> str:
    """'SalesDesk/0.1.0 (rep@example.com)': identifies the app, as Nominatim requires."""
    agent = f"{APP_NAME}/{__version__}"
    mail = (email or "").strip()
    if mail and mail.isascii() and mail.isprintable() and "@" in mail and len(mail) <= 200:
        agent += f" ({mail})"
    return agent


def geocoding_settings(db: Database) -> GeocodingSettings:
    with db.read() as s:
        stored = get_setting(s, SETTINGS_KEY) or {}
    return _settings_from(stored if isinstance(stored, dict) else {})


def _settings_from(stored: dict) -> GeocodingSettings:
    base = GeocodingSettings()
    values = {}
    for name in ("provider", "url", "user_agent", "delay", "timeout"):
        if name in stored:
            values[name] = stored[name]
    if values.get("provider") not in PROVIDERS:
        values.pop("provider", None)
    try:
        return GeocodingSettings(**{**asdict(base), **values})
    except TypeError:  # pragma: no cover - a hand-edited settings row
        return base


_UNSET = object()


def set_geocoding_settings(
    db: Database,
    *,
    provider: object = _UNSET,
    url: object = _UNSET,
    user_agent: object = _UNSET,
    delay: object = _UNSET,
    timeout: object = _UNSET,
) -> GeocodingSettings:
    """Check and store the given settings in one unit of work (all or nothing).

    An empty url / user agent / delay goes back to the default.
    """
    with db.write() as s:
        stored = dict(get_setting(s, SETTINGS_KEY) or {})
        if provider is not _UNSET:
            name = str(provider or "none").strip().lower()
            if name not in PROVIDERS:
                raise GeocodingSettingError("provider", f"use one of {', '.join(PROVIDERS)}")
            stored["provider"] = name
        if url is not _UNSET:
            stored["url"] = _check_url(url)
        if user_agent is not _UNSET:
            stored["user_agent"] = _check_user_agent(user_agent)
        if delay is not _UNSET:
            stored["delay"] = _check_number("delay", delay, 0.0, 60.0, allow_none=True)
        if timeout is not _UNSET:
            stored["timeout"] = _check_number("timeout", timeout, 0.1, 120.0)
        settings = _settings_from(stored)
        if settings.provider in ("photon", "pelias") and not settings.url:
            raise GeocodingSettingError(
                "url",
                f"{settings.provider} needs the address of your server, e.g. "
                "http://geo.example.org:2322",
            )
        set_setting(s, SETTINGS_KEY, settings.to_dict())
    return settings


def _check_url(value: object) -> str | None:
    text = clean_text(value, 300)
    if not text:
        return None
    if "://" not in text:
        text = f"https://{text}"
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in text:
        raise GeocodingSettingError("url", f"{text!r} is not an http(s) address")
    if parts.query or parts.fragment:
        raise GeocodingSettingError("url", "leave out the ?query and #fragment")
    return text.rstrip("/")


def _check_user_agent(value: object) -> str | None:
    text = clean_text(value, 300)
    if not text:
        return None
    if not (text.isascii() and text.isprintable()) or len(text) > 200:
        raise GeocodingSettingError(
            "user_agent", "use at most 200 plain ASCII characters, e.g. MyCompany-CRM/1.0"
        )
    return text


def _check_number(
    key: str, value: object, low: float, high: float, allow_none: bool = False
) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if allow_none:
            return None
        raise GeocodingSettingError(key, "give a number of seconds")
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise GeocodingSettingError(key, f"{value!r} is not a number") from None
    if not (math.isfinite(number) and low <= number <= high):
        raise GeocodingSettingError(key, f"use {low:g} to {high:g} seconds")
    return number
