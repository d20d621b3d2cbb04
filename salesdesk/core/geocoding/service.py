"""Geocoding accounts: what the window and the CLI call.

`needs_location` (accounts without a usable location, with the queue's reason),
`set_location` (a location placed by hand, never overwritten), `geocode_accounts` and
`retry_queue` (locate accounts, in batches written as they go, see batch.py) and
`queue_size`.
"""

from __future__ import annotations

import math
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, delete, func, or_, select

from ..db import Database
from ..domain import GeocodePrecision
from ..errors import SalesDeskError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Account, GeocodeCache, GeocodeQueue, utcnow
from ..workspace import current_profile
from .batch import GeocodeReport, _Outcome, _Run, _Target, _write
from .gazetteer import Gazetteer, default_gazetteer
from .online import Found, _online_lookup, valid_coordinates
from .reasons import status_text
from .settings import default_user_agent, geocoding_settings
from .text import account_address, address_query

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

BATCH_SIZE = 25
BATCH_SECONDS = 2.0


class InvalidLocationError(SalesDeskError):
    pass


@dataclass(frozen=True)
class NeedsLocation:
    """An account without a usable location, and why it is waiting if it is queued."""

    account_id: uuid.UUID
    name: str
    address: str
    reason: str | None
    attempts: int
    last_attempt_at: datetime | None
    next_attempt_at: datetime | None
    precision: str  # "none", or "city" for an approximate location waiting to improve

    @property
    def status(self) -> str:
        return status_text(self.reason, self.attempts)


@dataclass(frozen=True)
class AccountLocation:
    account_id: uuid.UUID
    lat: float
    lon: float
    precision: str
    source: str | None


def _no_location():
    return or_(
        Account.lat.is_(None), Account.lon.is_(None), and_(Account.lat == 0, Account.lon == 0)
    )


def needs_location(db: Database, *, include_approximate: bool = False) -> list[NeedsLocation]:
    """Live accounts without a usable location (none, or 0,0), with the queue's reason.

    `include_approximate` adds the queued accounts placed only at city level, which a
    later online retry should improve.
    """
    condition = _no_location()
    if include_approximate:
        condition = or_(condition, GeocodeQueue.id.is_not(None))
    stmt = (
        select(Account, GeocodeQueue)
        .outerjoin(GeocodeQueue, GeocodeQueue.account_id == Account.id)
        .where(Account.deleted_at.is_(None), condition)
        .order_by(Account.name, Account.id)
    )
    with db.read() as s:
        rows = s.execute(stmt).all()
    out = []
    for account, queued in rows:
        located = valid_coordinates(account.lat, account.lon)
        out.append(
            NeedsLocation(
                account_id=account.id,
                name=account.name,
                address=account_address(account),
                reason=queued.reason if queued else None,
                attempts=queued.attempts if queued else 0,
                last_attempt_at=queued.last_attempt_at if queued else None,
                next_attempt_at=queued.next_attempt_at if queued else None,
                precision=account.geocode_precision if located else GeocodePrecision.NONE,
            )
        )
    return out


def set_location(db: Database, account_id: uuid.UUID, lat: object, lon: object) -> AccountLocation:
    """The user placed the account (dragged its marker, "set location here").

    Stored with precision and source "manual"; geocoding never overwrites it. The
    account leaves the queue.
    """
    la = _coordinate(lat, -90, 90, "latitude")
    lo = _coordinate(lon, -180, 180, "longitude")
    if la == 0 and lo == 0:
        raise InvalidLocationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "0, 0 is in the ocean off Africa and usually means a missing location; "
                "place the marker on the real address.",
            )
        )
    with db.write() as s:
        account = s.get(Account, _uuid(account_id))
        if account is None or account.deleted_at is not None:
            raise InvalidLocationError(
                QT_TRANSLATE_NOOP("Errors", "There is no account {account}."),
                account=str(account_id),
            )
        account.lat, account.lon = round(la, 7), round(lo, 7)
        account.geocode_precision = GeocodePrecision.MANUAL
        account.geocode_source = "manual"
        s.execute(delete(GeocodeQueue).where(GeocodeQueue.account_id == account.id))
        s.info["changed"].add(GeocodeQueue.__tablename__)
        return AccountLocation(account.id, account.lat, account.lon, "manual", "manual")


def _uuid(value: object) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise InvalidLocationError(
            QT_TRANSLATE_NOOP("Errors", "There is no account {account}."), account=str(value)
        ) from None


def _coordinate(value: object, low: float, high: float, what: str) -> float:
    number = None
    if not isinstance(value, bool):
        try:
            number = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            number = None
    if number is None or not math.isfinite(number):
        raise InvalidLocationError(
            QT_TRANSLATE_NOOP("Errors", "The {what} {value} is not a number."),
            what=what,
            value=repr(value),
        )
    if not low <= number <= high:
        raise InvalidLocationError(
            QT_TRANSLATE_NOOP("Errors", "The {what} {value} is outside {low} to {high}."),
            what=what,
            value=value,
            low=low,
            high=high,
        )
    return number


def geocode_accounts(
    db: Database,
    account_ids: Iterable[uuid.UUID] | None = None,
    *,
    online: bool = True,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    gazetteer: Gazetteer | None = None,
) -> GeocodeReport:
    """Locate accounts: cache, then the online service, then the gazetteer; queue the rest.

    `account_ids` None means every account without a location, every queued one and,
    when an online service is configured and `online`, those placed only by the
    gazetteer. A location set by hand is never touched. Results are written every
    BATCH_SIZE accounts (or BATCH_SECONDS), so cancelling keeps what was done.
    """
    settings = geocoding_settings(db)
    use_online = online and settings.configured
    gaz = gazetteer or default_gazetteer()
    report = GeocodeReport(provider=settings.provider if use_online else "none")
    rows = _targets(db, account_ids, use_online, report)
    report.total = len(rows)
    if progress:
        progress(0, report.total)
    if not rows:
        return report
    targets = [_target(row, gaz) for row in rows]  # the first use may build the gazetteer
    cached = _cached(db, {t.query.key for t in targets if t.query})
    lookup = None
    if use_online:
        profile = current_profile(db)
        agent = settings.user_agent or default_user_agent(profile.email if profile else None)
        lookup = _online_lookup(settings, agent)
    run = _Run(settings, lookup, use_online, settings.configured, gaz, cached)
    pending: list[_Outcome] = []
    flushed_at = time.monotonic()
    try:
        for done, target in enumerate(targets, start=1):
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            pending.append(run.locate(target))
            if len(pending) >= BATCH_SIZE or time.monotonic() - flushed_at >= BATCH_SECONDS:
                _write(db, pending, report)
                pending, flushed_at = [], time.monotonic()
            if progress:
                progress(done, report.total)
    except BaseException:
        if pending:  # keep what was located before the failure or interruption
            _write(db, pending, report)
        raise
    if pending:
        _write(db, pending, report)
    return report


def retry_queue(
    db: Database,
    *,
    online: bool = True,
    due_only: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    gazetteer: Gazetteer | None = None,
) -> GeocodeReport:
    """Geocode the queued accounts again (e.g. when the connection is back).

    `due_only` leaves those whose back-off time (after a timeout or a 429) has not come.
    """
    stmt = (
        select(GeocodeQueue.account_id)
        .join(Account, Account.id == GeocodeQueue.account_id)
        .order_by(Account.name, Account.id)
    )
    if due_only:
        now = utcnow()
        stmt = stmt.where(
            or_(GeocodeQueue.next_attempt_at.is_(None), GeocodeQueue.next_attempt_at <= now)
        )
    with db.read() as s:
        ids = list(s.scalars(stmt))
    if not ids:
        report = GeocodeReport(provider=geocoding_settings(db).provider if online else "none")
        if progress:
            progress(0, 0)
        return report
    return geocode_accounts(
        db, ids, online=online, progress=progress, cancelled=cancelled, gazetteer=gazetteer
    )


def queue_size(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(GeocodeQueue)) or 0


def _targets(
    db: Database,
    account_ids: Iterable[uuid.UUID] | None,
    use_online: bool,
    report: GeocodeReport,
) -> list:
    columns = (
        Account.id,
        Account.street,
        Account.postal_code,
        Account.city,
        Account.region,
        Account.country,
        Account.geocode_precision,
    )
    live = Account.deleted_at.is_(None)
    with db.read() as s:
        if account_ids is None:
            queued = select(GeocodeQueue.account_id)
            later = queued.where(GeocodeQueue.next_attempt_at > utcnow())
            report.not_due = len(s.scalars(later).all())
            wanted = or_(_no_location(), Account.id.in_(queued))
            if use_online:
                wanted = or_(wanted, Account.geocode_source == "gazetteer")
            stmt = select(*columns).where(live, wanted, Account.id.not_in(later))
            rows = s.execute(stmt.order_by(Account.name, Account.id)).all()
        else:
            ids = list(dict.fromkeys(_uuid(i) for i in account_ids))
            rows = []
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                rows += s.execute(select(*columns).where(live, Account.id.in_(chunk))).all()
            order = {account_id: n for n, account_id in enumerate(ids)}
            rows.sort(key=lambda r: order[r.id])
    manual = [row for row in rows if row.geocode_precision == GeocodePrecision.MANUAL]
    report.skipped_manual += len(manual)
    return [row for row in rows if row.geocode_precision != GeocodePrecision.MANUAL]


def _target(row, gaz: Gazetteer) -> _Target:
    query = address_query(
        row.street, row.postal_code, row.city, row.region, row.country, gaz.country_name
    )
    return _Target(row.id, query, row.city or "", row.region or "", row.country or "")


def _cached(db: Database, keys: set[str]) -> dict[str, Found]:
    found: dict[str, Found] = {}
    ordered = sorted(keys)
    with db.read() as s:
        for start in range(0, len(ordered), 500):
            chunk = ordered[start : start + 500]
            for row in s.scalars(select(GeocodeCache).where(GeocodeCache.query_key.in_(chunk))):
                if valid_coordinates(row.lat, row.lon):
                    found[row.query_key] = Found(
                        row.lat, row.lon, row.precision, row.provider, row.label
                    )
    return found
