"""Looking addresses up online with geopy (Nominatim, Photon or Pelias).

One rate-limited geocoder per configuration and process, the mapping of geopy's errors
to queue reasons (`LookupFailedError`), the precision of an answer (`_precision`) and
`valid_coordinates`.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..domain import GeocodePrecision
from .reasons import GeocodeReason
from .settings import PUBLIC_NOMINATIM, GeocodingSettingError, GeocodingSettings
from .text import AddressQuery, clean_text


@dataclass(frozen=True)
class Found:
    lat: float
    lon: float
    precision: str
    source: str
    label: str | None = None


class LookupFailedError(Exception):
    """An online lookup gave no location: `reason` is a GeocodeReason."""

    def __init__(self, reason: str, detail: str = "", retry_after: float | None = None):
        super().__init__(detail or reason)
        self.reason = reason
        self.detail = detail[:300]
        self.retry_after = retry_after


_LIMITERS: dict[tuple, Callable] = {}
_LIMITERS_LOCK = threading.Lock()


def _online_lookup(settings: GeocodingSettings, user_agent: str) -> Callable:
    """geopy's geocoder for `settings` behind its RateLimiter, one per configuration and
    process, so the delay also holds between two batches."""
    key = (settings.provider, settings.url, user_agent, settings.min_delay, settings.timeout)
    with _LIMITERS_LOCK:
        if key not in _LIMITERS:
            from geopy.extra.rate_limiter import RateLimiter

            geocoder = _geopy_geocoder(settings, user_agent)
            _LIMITERS[key] = RateLimiter(
                geocoder.geocode,
                min_delay_seconds=settings.min_delay,
                max_retries=0,  # the queue retries, later
                error_wait_seconds=settings.min_delay,
                swallow_exceptions=False,
            )
        return _LIMITERS[key]


def _geopy_geocoder(settings: GeocodingSettings, user_agent: str):
    from functools import partial

    from geopy.adapters import RequestsAdapter, URLLibAdapter
    from geopy.geocoders import Nominatim, Pelias, Photon

    scheme, domain = "https", PUBLIC_NOMINATIM
    if settings.url:
        parts = urlsplit(settings.url)
        scheme, domain = parts.scheme, (parts.netloc + parts.path).rstrip("/")
    # No retries inside requests: with them a 429 carrying "Retry-After: 120" kept the
    # call asleep for four minutes, beyond cancel. The queue retries later instead.
    adapter = (
        partial(RequestsAdapter, max_retries=0) if RequestsAdapter.is_available else URLLibAdapter
    )
    common = {
        "scheme": scheme,
        "timeout": settings.timeout,
        "user_agent": user_agent,
        "adapter_factory": adapter,
    }
    if settings.provider == "nominatim":
        return Nominatim(domain=domain, **common)
    if settings.provider == "photon":
        return Photon(domain=domain, **common)
    if settings.provider == "pelias":
        return Pelias(domain, **common)
    raise GeocodingSettingError("provider", "no online geocoding service is configured")


def _lookup_online(lookup: Callable, settings: GeocodingSettings, q: AddressQuery) -> Found:
    from geopy import exc as gexc

    kwargs: dict[str, object] = {"exactly_one": True}
    if settings.provider == "nominatim" and q.country:
        kwargs["country_codes"] = q.country.lower()
    if settings.provider == "pelias" and q.country:
        kwargs["countries"] = [q.country]
    try:
        location = lookup(q.text, **kwargs)
    except gexc.GeocoderRateLimited as exc:
        raise LookupFailedError(GeocodeReason.RATE_LIMITED, str(exc), exc.retry_after) from None
    except gexc.GeocoderQuotaExceeded as exc:
        raise LookupFailedError(GeocodeReason.RATE_LIMITED, str(exc)) from None
    except gexc.GeocoderTimedOut as exc:
        raise LookupFailedError(GeocodeReason.TIMEOUT, str(exc)) from None
    except (gexc.GeocoderAuthenticationFailure, gexc.GeocoderInsufficientPrivileges) as exc:
        raise LookupFailedError(GeocodeReason.REFUSED, str(exc)) from None
    except gexc.GeocoderUnavailable as exc:
        raise LookupFailedError(GeocodeReason.UNAVAILABLE, str(exc)) from None
    except (gexc.GeocoderQueryError, gexc.GeocoderParseError) as exc:
        raise LookupFailedError(GeocodeReason.ERROR, str(exc)) from None
    except gexc.GeocoderServiceError as exc:  # 500, 502...: the server is in trouble
        raise LookupFailedError(GeocodeReason.UNAVAILABLE, str(exc)) from None
    except gexc.GeopyError as exc:
        raise LookupFailedError(GeocodeReason.ERROR, str(exc)) from None
    except OSError as exc:
        raise LookupFailedError(GeocodeReason.UNAVAILABLE, str(exc)) from None
    except ValueError as exc:  # a malformed answer geopy did not wrap
        raise LookupFailedError(GeocodeReason.ERROR, str(exc)) from None
    if location is None:
        raise LookupFailedError(GeocodeReason.NOT_FOUND)
    try:
        lat, lon = float(location.latitude), float(location.longitude)
    except (TypeError, ValueError):
        raise LookupFailedError(GeocodeReason.ERROR, "the answer had no coordinates") from None
    if not valid_coordinates(lat, lon):
        raise LookupFailedError(GeocodeReason.NOT_FOUND, f"unusable coordinates {lat}, {lon}")
    precision = _precision(settings.provider, getattr(location, "raw", None) or {})
    if precision is None:  # a region or a country: not a place to drive to
        raise LookupFailedError(GeocodeReason.NOT_FOUND, "only a region or country matched")
    label = clean_text(getattr(location, "address", None), 500) or None
    return Found(round(lat, 7), round(lon, 7), precision, settings.provider, label)


_CITYISH = frozenset(
    [
        "city",
        "town",
        "village",
        "hamlet",
        "suburb",
        "locality",
        "district",
        "neighbourhood",
        "borough",
        "localadmin",
        "quarter",
        "municipality",
    ]
)
_COARSE = frozenset(
    [
        "county",
        "state",
        "region",
        "country",
        "macroregion",
        "macrocounty",
        "continent",
        "ocean",
        "marinearea",
        "dependency",
        "empire",
        "state_district",
    ]
)


def _precision(provider: str, raw: dict) -> str | None:
    """rooftop / street / postcode / city from the service's answer; None when coarser."""
    if provider == "nominatim":
        kind = str(raw.get("addresstype") or raw.get("type") or "")
        try:
            rank = int(raw.get("place_rank"))
        except (TypeError, ValueError):
            rank = None
        if kind == "postcode":
            return GeocodePrecision.POSTCODE
        if rank is not None:
            if rank >= 28:
                return GeocodePrecision.ROOFTOP
            if rank >= 26:
                return GeocodePrecision.STREET
            if rank >= 13:
                return GeocodePrecision.CITY
            return None
    else:
        props = raw.get("properties") or {}
        kind = str(props.get("layer") or props.get("type") or "")
    if kind in ("house", "address", "venue", "building"):
        return GeocodePrecision.ROOFTOP
    if kind in ("street", "road"):
        return GeocodePrecision.STREET
    if kind in ("postcode", "postalcode"):
        return GeocodePrecision.POSTCODE
    if kind in _CITYISH:
        return GeocodePrecision.CITY
    if kind in _COARSE:
        return None
    return GeocodePrecision.STREET


def valid_coordinates(lat: object, lon: object) -> bool:
    """Finite, in range, and not 0,0 (the classic stand-in for "unknown")."""
    try:
        la, lo = float(lat), float(lon)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    if not (math.isfinite(la) and math.isfinite(lo)):
        return False
    if not (-90 <= la <= 90 and -180 <= lo <= 180):
        return False
    return not (la == 0 and lo == 0)
