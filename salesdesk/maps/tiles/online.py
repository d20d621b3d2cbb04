"""Online tiles: a configured tile server, asked only for the tiles the map shows, and
the cache that keeps them for the next time without a network."""

from __future__ import annotations

import contextlib
import http.client
import sqlite3
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass
from hashlib import sha256
from pathlib import Path

from ... import __version__
from .errors import TileContentError, TileFetchError, TileHttpError, TileSourceError, TileUrlError
from .formats import RASTER_MEDIA_TYPES, VECTOR_MEDIA_TYPE, inflate, sniff_format, valid_tile

# --- the cache of online tiles ----------------------------------------------------------


@dataclass(frozen=True)
class CachedTile:
    data: bytes
    media_type: str
    fetched_at: float  # time.time()


class TileCache:
    """Tiles fetched from online sources, kept in one SQLite file.

    Keyed by (source key, z, x, y). When the stored bytes pass `max_bytes` the tiles
    fetched longest ago go first, down to 90 % of the limit. One connection in WAL mode
    behind a lock, so the map's handler threads can share it. A cache file that turns
    out damaged is moved aside (".damaged") and started afresh: it holds nothing that
    cannot be fetched again.
    """

    def __init__(self, path: str | Path, max_bytes: int = 200 * 1024 * 1024) -> None:
        self.path = Path(path)
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._conn = self._open()
        except sqlite3.OperationalError:
            raise  # cannot open, locked, read-only: not the file's fault
        except sqlite3.DatabaseError:  # not a database, malformed
            self._move_aside()
            self._conn = self._open()
        self._total = self._sum()

    def _sum(self) -> int:
        sql = "SELECT COALESCE(SUM(LENGTH(data)), 0) FROM tiles"
        return int(self._conn.execute(sql).fetchone()[0])

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA busy_timeout=5000")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS tiles ("
                " source TEXT NOT NULL, z INTEGER NOT NULL, x INTEGER NOT NULL,"
                " y INTEGER NOT NULL, data BLOB NOT NULL, media_type TEXT NOT NULL,"
                " fetched_at REAL NOT NULL, PRIMARY KEY (source, z, x, y)) WITHOUT ROWID"
            )
            conn.execute("CREATE INDEX IF NOT EXISTS tiles_age ON tiles (fetched_at)")
            conn.execute("SELECT COUNT(*) FROM tiles").fetchone()
        except sqlite3.DatabaseError:
            conn.close()
            raise
        return conn

    def _move_aside(self) -> None:
        for suffix in ("-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        self.path.replace(self.path.with_name(self.path.name + ".damaged"))

    @property
    def total_bytes(self) -> int:
        return self._total

    def __len__(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT COUNT(*) FROM tiles").fetchone()[0])

    def get(self, source: str, z: int, x: int, y: int) -> CachedTile | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT data, media_type, fetched_at FROM tiles "
                "WHERE source = ? AND z = ? AND x = ? AND y = ?",
                (source, z, x, y),
            ).fetchone()
        return None if row is None else CachedTile(bytes(row[0]), row[1], row[2])

    def put(
        self,
        source: str,
        z: int,
        x: int,
        y: int,
        data: bytes,
        media_type: str,
        fetched_at: float | None = None,
    ) -> None:
        when = time.time() if fetched_at is None else fetched_at
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                old = self._conn.execute(
                    "SELECT LENGTH(data) FROM tiles WHERE source = ? AND z = ? AND x = ? AND y = ?",
                    (source, z, x, y),
                ).fetchone()
                self._conn.execute(
                    "INSERT OR REPLACE INTO tiles VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (source, z, x, y, data, media_type, when),
                )
                total = self._total - (old[0] if old else 0) + len(data)
                if total > self.max_bytes:
                    total = self._prune(total)
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:  # SQLite may have rolled back already
                    self._conn.execute("ROLLBACK")
                raise
            self._total = total

    def _prune(self, total: int) -> int:
        """Delete the oldest tiles until 90 % of max_bytes; inside put's transaction."""
        target = self.max_bytes * 9 // 10
        doomed = []
        for source, z, x, y, size in self._conn.execute(
            "SELECT source, z, x, y, LENGTH(data) FROM tiles ORDER BY fetched_at"
        ):
            if total <= target:
                break
            doomed.append((source, z, x, y))
            total -= size
        self._conn.executemany(
            "DELETE FROM tiles WHERE source = ? AND z = ? AND x = ? AND y = ?", doomed
        )
        return total

    def clear(self, source: str | None = None) -> None:
        """Forget the tiles of one source, or all of them."""
        with self._lock:
            if source is None:
                self._conn.execute("DELETE FROM tiles")
            else:
                self._conn.execute("DELETE FROM tiles WHERE source = ?", (source,))
            self._total = self._sum()

    def close(self) -> None:
        with self._lock:
            self._conn.close()


# --- online tile sources ----------------------------------------------------------------


@dataclass(frozen=True)
class TilePreset:
    """An online tile source the Settings dialog can offer."""

    name: str
    url_template: str
    attribution: str
    attribution_url: str
    max_zoom: int
    bulk_download_allowed: bool  # False: never offer "save this area" for it


OSM_PRESET = TilePreset(
    name="OpenStreetMap",
    url_template="https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    attribution="© OpenStreetMap contributors",
    attribution_url="https://www.openstreetmap.org/copyright",
    max_zoom=19,
    bulk_download_allowed=False,  # https://operations.osmfoundation.org/policies/tiles/
)
# No online source unless the user configures one: the app makes no network request.
ONLINE_TILES_ENABLED_BY_DEFAULT = False


def default_user_agent() -> str:
    """Tile servers such as OpenStreetMap's ask every application to name itself."""
    return f"SalesDesk/{__version__} (offline-first desktop CRM)"


_PLACEHOLDERS = ("{z}", "{x}", "{y}", "{-y}", "{s}")


def validate_url_template(template: str) -> str:
    """The template, stripped, if it is an http(s) URL with {z}, {x} and {y} (or {-y}).

    {s} picks a subdomain; any other {placeholder} is refused, as is a template that
    is not http or https. Raises TileUrlError.
    """
    text = str(template).strip()
    parts = urllib.parse.urlsplit(text.replace("{", "").replace("}", ""))
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise TileUrlError(text)
    if "{z}" not in text or "{x}" not in text or ("{y}" not in text and "{-y}" not in text):
        raise TileUrlError(text)
    rest = text
    for placeholder in _PLACEHOLDERS:
        rest = rest.replace(placeholder, "")
    if "{" in rest or "}" in rest or any(c.isspace() for c in text):
        raise TileUrlError(text)
    return text


class _SafeRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http and https only."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            return None
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class OnlineTileSource:
    """Tiles from a tile server the user configured, kept in a TileCache.

    `fetch` answers from the cache while the tile is younger than `max_age`; otherwise
    it asks the server once, stores what came back, and returns it. When the server
    cannot be reached it returns the cached tile however old (or None) and keeps the
    reason in `last_error`; after a connection failure (or HTTP 429/503) it does not
    try again for `retry_after` seconds, so an offline map does not wait on every
    tile. At most `max_connections` requests run at once (2, as the OpenStreetMap
    policy asks). It never raises for a network failure, and it fetches only tiles
    asked for: there is deliberately no method to download an area.
    """

    MAX_TILE_BYTES = 4 * 1024 * 1024

    def __init__(
        self,
        url_template: str,
        user_agent: str,
        cache: TileCache | None,
        timeout: float = 10.0,
        *,
        subdomains: str = "abc",
        max_age: float = 7 * 24 * 3600,
        retry_after: float = 30.0,
        max_connections: int = 2,
    ) -> None:
        self.url_template = validate_url_template(url_template)
        if not user_agent.strip():
            raise ValueError("a tile server must be told who asks: give a User-Agent")
        self.user_agent = user_agent
        self.cache = cache
        self.timeout = timeout
        self.subdomains = subdomains or "abc"
        self.max_age = max_age
        self.retry_after = retry_after
        self.key = "online:" + sha256(self.url_template.encode()).hexdigest()[:16]
        self.host = urllib.parse.urlsplit(self.url_template.replace("{s}", "s")).hostname or ""
        self.last_error: TileSourceError | None = None
        self._offline_until = 0.0
        self._slots = threading.BoundedSemaphore(max(1, max_connections))
        self._opener = urllib.request.build_opener(_SafeRedirects)

    def url_for(self, z: int, x: int, y: int) -> str:
        subdomain = self.subdomains[(x + y) % len(self.subdomains)]
        return (
            self.url_template.replace("{z}", str(z))
            .replace("{x}", str(x))
            .replace("{-y}", str((1 << z) - 1 - y))
            .replace("{y}", str(y))
            .replace("{s}", subdomain)
        )

    @property
    def offline(self) -> bool:
        """True while the source waits after a failed connection."""
        return time.monotonic() < self._offline_until

    def cached(self, z: int, x: int, y: int) -> CachedTile | None:
        if self.cache is None or not valid_tile(z, x, y):
            return None
        try:
            return self.cache.get(self.key, z, x, y)
        except sqlite3.Error:
            return None

    def fetch(self, z: int, x: int, y: int) -> tuple[bytes, str] | None:
        """(bytes, media type) of tile z/x/y (XYZ), or None when there is none to show."""
        if not valid_tile(z, x, y):
            return None
        cached = self.cached(z, x, y)
        if cached is not None and time.time() - cached.fetched_at < self.max_age:
            return cached.data, cached.media_type
        stale = (cached.data, cached.media_type) if cached is not None else None
        if self.offline:
            return stale
        fetched = self._download(z, x, y)
        if fetched is None:
            return stale
        if self.cache is not None:
            # A full or read-only disk: show the tile, keep nothing.
            with contextlib.suppress(sqlite3.Error):
                self.cache.put(self.key, z, x, y, fetched[0], fetched[1])
        return fetched

    def _download(self, z: int, x: int, y: int) -> tuple[bytes, str] | None:
        request = urllib.request.Request(
            self.url_for(z, x, y),
            headers={"User-Agent": self.user_agent, "Accept": "image/*,*/*;q=0.5"},
        )
        try:
            with self._slots, self._opener.open(request, timeout=self.timeout) as response:
                if response.status == 204:
                    self.last_error = None
                    return None
                data = response.read(self.MAX_TILE_BYTES + 1)
                content_type = response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as exc:
            exc.close()
            self.last_error = TileHttpError(self.host, exc.code)
            if exc.code in (429, 503):
                self._offline_until = time.monotonic() + self.retry_after
            return None
        except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as exc:
            reason = getattr(exc, "reason", None) or exc
            self.last_error = TileFetchError(self.host, reason)
            self._offline_until = time.monotonic() + self.retry_after
            return None
        tile = self._as_tile(data, content_type)
        if tile is None:
            self.last_error = TileContentError(self.host)
            return None
        self.last_error = None
        return tile

    def _as_tile(self, data: bytes, content_type: str) -> tuple[bytes, str] | None:
        if not data or len(data) > self.MAX_TILE_BYTES:
            return None
        fmt = sniff_format(data)
        if fmt is None and any(
            t in content_type.lower() for t in ("protobuf", "vector-tile", "mvt")
        ):
            fmt = "pbf"
        if fmt is None:
            return None
        if fmt == "pbf":
            try:
                return inflate(data), VECTOR_MEDIA_TYPE
            except (OSError, EOFError, zlib.error):
                return None
        return data, RASTER_MEDIA_TYPES[fmt]
