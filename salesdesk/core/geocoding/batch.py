"""The inside of one geocoding run, for service.geocode_accounts.

`_Run.locate` finds one account (cache, then the online service, then the gazetteer)
and decides when to stop asking the service; `_write` stores a batch of outcomes in one
unit of work: coordinates (never a vaguer one over a better one), new cache entries and
the queue rows with their back-off. `GeocodeReport` counts what the run did.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ..db import Database
from ..domain import GeocodePrecision
from ..models import Account, GeocodeCache, GeocodeQueue, utcnow
from .online import Found, LookupFailedError, _lookup_online, valid_coordinates
from .reasons import RETRYABLE, GeocodeReason
from .text import AddressQuery

_RANK = {
    GeocodePrecision.NONE: 0,
    GeocodePrecision.CITY: 2,
    GeocodePrecision.POSTCODE: 3,
    GeocodePrecision.STREET: 4,
    GeocodePrecision.ROOFTOP: 5,
    GeocodePrecision.MANUAL: 9,
}
# After these the service is not asked again in the same run (the rest is queued).
_STOP_AT_ONCE = frozenset(
    {GeocodeReason.RATE_LIMITED, GeocodeReason.UNAVAILABLE, GeocodeReason.REFUSED}
)
_STOP_AFTER_TIMEOUTS = 2


@dataclass
class GeocodeReport:
    """What one run did. `queued` counts the accounts left waiting, by reason (including
    those placed at city level while the online service failed)."""

    total: int = 0
    processed: int = 0
    from_cache: int = 0
    online: int = 0
    gazetteer: int = 0
    skipped_manual: int = 0
    not_due: int = 0  # queued accounts left alone until their retry time (ids=None)
    queued: dict[str, int] = field(default_factory=dict)
    cancelled: bool = False
    provider: str = "none"

    @property
    def located(self) -> int:
        return self.from_cache + self.online + self.gazetteer

    @property
    def still_queued(self) -> int:
        return sum(self.queued.values())

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["located"] = self.located
        return data


@dataclass
class _Target:
    id: uuid.UUID
    query: AddressQuery | None
    city: str
    region: str
    country: str


@dataclass
class _Outcome:
    account_id: uuid.UUID
    found: Found | None = None
    kind: str = ""  # "cache" / "online" / "gazetteer"
    reason: str | None = None
    detail: str | None = None
    attempted: bool = False  # the online service was asked this time
    retry_after: float | None = None
    cache_key: str | None = None  # set when `found` is a new online answer to keep


class _Run:
    """The state of one batch: the cache, answers already had, when to stop asking."""

    def __init__(self, settings, lookup, use_online, configured, gaz, cached) -> None:
        self.settings = settings
        self.lookup = lookup
        self.use_online = use_online
        self.configured = configured
        self.gaz = gaz
        self.cached: dict[str, Found] = cached
        self.failed: dict[str, LookupFailedError] = {}  # same address twice in one run
        self.stopped: LookupFailedError | None = None
        self.timeouts = 0

    def locate(self, t: _Target) -> _Outcome:
        out = _Outcome(t.id)
        q = t.query
        if q is None:
            out.reason = GeocodeReason.NO_ADDRESS
            return out
        if q.key in self.cached:
            out.found, out.kind = self.cached[q.key], "cache"
            return out
        failure = self._online(q, out)
        if out.found is not None:
            return out
        place = self.gaz.lookup(t.city, t.country or None, t.region or None)
        if place is not None and valid_coordinates(place.lat, place.lon):
            out.found = Found(place.lat, place.lon, GeocodePrecision.CITY, "gazetteer", place.name)
            out.kind = "gazetteer"
        if failure is not None:  # stays queued, so a later online retry can do better
            out.reason, out.detail, out.retry_after = (
                failure.reason,
                failure.detail or None,
                failure.retry_after,
            )
        elif out.found is None:
            out.reason = GeocodeReason.NO_SERVICE
        return out

    def _online(self, q: AddressQuery, out: _Outcome) -> LookupFailedError | None:
        if not self.configured:
            return None
        if not self.use_online:
            return LookupFailedError(GeocodeReason.OFFLINE)
        if self.stopped is not None:
            stop = self.stopped
            return LookupFailedError(stop.reason, stop.detail, stop.retry_after)
        if q.key in self.failed:
            return self.failed[q.key]
        out.attempted = True
        try:
            found = _lookup_online(self.lookup, self.settings, q)
        except LookupFailedError as failure:
            self.failed[q.key] = failure
            if failure.reason == GeocodeReason.TIMEOUT:
                self.timeouts += 1
            if failure.reason in _STOP_AT_ONCE or self.timeouts >= _STOP_AFTER_TIMEOUTS:
                self.stopped = failure
            return failure
        self.timeouts = 0
        self.cached[q.key] = found
        out.found, out.kind, out.cache_key = found, "online", q.key
        return None


def _backoff(reason: str, attempts: int, retry_after: float | None) -> timedelta | None:
    """When to ask again: doubling from a few minutes, at most a day (a week if the
    service found nothing); None for reasons only the user can fix."""
    if reason not in RETRYABLE or reason == GeocodeReason.OFFLINE:
        return None
    base = {
        GeocodeReason.RATE_LIMITED: 600,
        GeocodeReason.NOT_FOUND: 86_400,
        GeocodeReason.REFUSED: 3_600,
    }.get(reason, 300)
    cap = 7 * 86_400 if reason == GeocodeReason.NOT_FOUND else 86_400
    seconds = min(cap, base * 2 ** max(0, attempts - 1))
    if retry_after:
        seconds = max(seconds, min(float(retry_after), 7 * 86_400))
    return timedelta(seconds=seconds)


def _write(db: Database, outcomes: Sequence[_Outcome], report: GeocodeReport) -> None:
    """One unit of work for a batch: coordinates, cache entries, queue rows."""
    now = utcnow()
    ids = [o.account_id for o in outcomes]
    with db.write() as s:
        accounts = {a.id: a for a in s.scalars(select(Account).where(Account.id.in_(ids)))}
        queue = {
            q.account_id: q
            for q in s.scalars(select(GeocodeQueue).where(GeocodeQueue.account_id.in_(ids)))
        }
        fresh = {o.cache_key: o.found for o in outcomes if o.cache_key and o.found is not None}
        if fresh:
            s.execute(
                sqlite_insert(GeocodeCache)
                .values(
                    [
                        {
                            "id": uuid.uuid4(),
                            "query_key": key,
                            "provider": f.source,
                            "lat": f.lat,
                            "lon": f.lon,
                            "precision": f.precision,
                            "label": f.label,
                            "created_at": now,
                            "updated_at": now,
                            "version": 1,
                        }
                        for key, f in fresh.items()
                    ]
                )
                .on_conflict_do_nothing(index_elements=["query_key"])
            )
            s.info["changed"].add(GeocodeCache.__tablename__)
        for o in outcomes:
            account = accounts.get(o.account_id)
            entry = queue.get(o.account_id)
            if account is None:
                continue
            report.processed += 1
            if account.deleted_at is not None or account.geocode_precision == "manual":
                if entry is not None:
                    s.delete(entry)
                if account.geocode_precision == "manual":
                    report.skipped_manual += 1
                continue
            if o.found is not None and _improves(o.found, account):
                account.lat, account.lon = o.found.lat, o.found.lon
                account.geocode_precision = o.found.precision
                account.geocode_source = o.found.source
                if o.kind == "cache":
                    report.from_cache += 1
                elif o.kind == "online":
                    report.online += 1
                else:
                    report.gazetteer += 1
            located = valid_coordinates(account.lat, account.lon)
            if not located and (account.lat is not None or account.lon is not None):
                # 0,0 or a half location from an import: "unknown", not a place
                account.lat = account.lon = None
                account.geocode_precision, account.geocode_source = GeocodePrecision.NONE, None
            vague = _rank(account) <= _RANK[GeocodePrecision.CITY]
            if o.reason is None or (located and (o.reason not in RETRYABLE or not vague)):
                if entry is not None:  # located, or nothing a retry could improve
                    s.delete(entry)
                continue
            if entry is None:
                entry = GeocodeQueue(account_id=account.id, reason=o.reason, attempts=0)
                s.add(entry)
            entry.reason = o.reason
            entry.detail = o.detail
            entry.attempts = (entry.attempts or 0) + (1 if o.attempted else 0)
            entry.last_attempt_at = now
            wait = _backoff(o.reason, entry.attempts, o.retry_after)
            entry.next_attempt_at = now + wait if wait is not None else None
            report.queued[o.reason] = report.queued.get(o.reason, 0) + 1


def _improves(found: Found, account: Account) -> bool:
    """Never replace a location by a vaguer one (unknown precision counts as postcode)."""
    if not valid_coordinates(found.lat, found.lon):
        return False
    if not valid_coordinates(account.lat, account.lon):
        return True
    return _RANK.get(found.precision, 0) >= _rank(account)


def _rank(account: Account) -> int:
    """How precise the account's location is; coordinates of unknown precision (an
    import) count as postcode level, no coordinates as 0."""
    if not valid_coordinates(account.lat, account.lon):
        return 0
    return _RANK.get(account.geocode_precision, 0) or _RANK[GeocodePrecision.POSTCODE]
