"""The `salesdesk:` URL scheme: the map page, its assets and its tiles, from memory and disk.

Serving the page through our own scheme (instead of file://) lets the web view turn
file-URL access off entirely, and gives tiles one place to come from: an offline pack
(MBTiles/PMTiles), or the online tile cache. URLs:

    salesdesk:map/index.html, data.js, world.js, territory.js, assets/...
    salesdesk:tiles/pack/{z}/{x}/{y}     the offline pack chosen in Settings
    salesdesk:tiles/online/{z}/{x}/{y}   the configured online source, cached as viewed

Online tiles are fetched on a worker thread; the job is answered on the GUI thread
unless the page dropped it meanwhile.
"""

from __future__ import annotations

import mimetypes
import os
import re
from collections import deque
from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWebEngineCore import (
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from ...maps.tiles import valid_tile

SCHEME = b"salesdesk"
_TILE = re.compile(r"^tiles/(pack|online)/(\d{1,2})/(\d{1,7})/(\d{1,7})(?:\.\w+)?$")
_MIME = {".js": "text/javascript", ".css": "text/css", ".html": "text/html", ".png": "image/png"}


def register_schemes() -> None:
    """Declare the scheme; must run before the QApplication is created (idempotent)."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium's sandbox cannot run as root and the web engine exits without this.
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    import PySide6.QtWebEngineWidgets  # noqa: F401 - must load before the QApplication

    if QWebEngineUrlScheme.schemeByName(SCHEME).name() == SCHEME:
        return
    scheme = QWebEngineUrlScheme(SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Path)
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme
        | QWebEngineUrlScheme.Flag.LocalScheme
        | QWebEngineUrlScheme.Flag.LocalAccessAllowed
        | QWebEngineUrlScheme.Flag.CorsEnabled
        | QWebEngineUrlScheme.Flag.FetchApiAllowed  # protomaps-leaflet fetches its tiles
    )
    QWebEngineUrlScheme.registerScheme(scheme)


class _Fetch(QRunnable):
    def __init__(self, owner: _FetchSignals, token: int, source, z: int, x: int, y: int):
        super().__init__()
        self._owner, self._token, self._source = owner, token, source
        self._zxy = (z, x, y)

    def run(self) -> None:
        try:
            result = self._source.fetch(*self._zxy)
        except Exception:  # a broken tile must never take the map down
            result = None
        data, mime = result if result else (b"", "")
        self._owner.done.emit(self._token, data, mime)


class _FetchSignals(QObject):
    done = Signal(int, bytes, str)


class MapSchemeHandler(QWebEngineUrlSchemeHandler):
    """Answers salesdesk: requests from in-memory files, vendored assets and tile sources."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.files: dict[str, bytes] = {}  # page path -> bytes (index.html, data.js...)
        self.assets: dict[str, Path] = {}
        self.asset_dirs: dict[str, Path] = {}  # URL prefix -> folder (leaflet images)
        self.pack = None  # an open MBTiles/PMTiles source
        self.online = None  # an OnlineTileSource
        self.served: deque[str] = deque(maxlen=2000)  # recent paths answered (tests read it)
        self._pending: dict[int, QWebEngineUrlRequestJob] = {}
        self._token = 0
        # The pool first: children go in creation order, and fetches emit on the signals.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)  # tile servers ask for at most two connections
        self._signals = _FetchSignals(self)
        self._signals.done.connect(self._fetched)

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        try:
            self._answer(job)
        except Exception:  # a request the page made must never hang or reach further
            job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)

    def _answer(self, job: QWebEngineUrlRequestJob) -> None:
        path = job.requestUrl().path().lstrip("/")
        if job.requestMethod() != b"GET":
            job.fail(QWebEngineUrlRequestJob.Error.RequestDenied)
            return
        if path.startswith("map/"):
            self._page(job, path[4:])
            return
        tile = _TILE.match(path)
        if tile:
            self._tile(job, tile.group(1), *(int(v) for v in tile.groups()[1:]))
            return
        job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)

    def _page(self, job: QWebEngineUrlRequestJob, rel: str) -> None:
        if rel in self.files:
            self._reply(job, self.files[rel], _mime(rel))
            return
        source = self.assets.get(rel)
        if source is None:
            for prefix, folder in self.asset_dirs.items():
                if rel.startswith(prefix):
                    candidate = (folder / rel[len(prefix) :]).resolve()
                    if candidate.is_relative_to(folder.resolve()) and candidate.is_file():
                        source = candidate
                    break
        if source is None or not source.is_file():
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        self._reply(job, source.read_bytes(), _mime(rel))

    def _tile(self, job: QWebEngineUrlRequestJob, which: str, z: int, x: int, y: int) -> None:
        if which == "pack":
            data = None
            if self.pack is not None and valid_tile(z, x, y):
                try:
                    data = self.pack.tile(z, x, y)
                except Exception:
                    data = None
            if data is not None:
                self._reply(job, data, self.pack.media_type)
            elif self.pack is not None and self.pack.kind == "vector":
                # protomaps-leaflet logs every failed fetch; an empty tile is just background.
                self._reply(job, b"", self.pack.media_type)
            else:
                job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        if self.online is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        self._token += 1
        self._pending[self._token] = job
        self._pool.start(_Fetch(self._signals, self._token, self.online, z, x, y))

    def _fetched(self, token: int, data: bytes, mime: str) -> None:
        job = self._pending.pop(token, None)
        if job is None or not shiboken6.isValid(job):  # the page dropped the request
            return
        if data:
            self._reply(job, data, mime or "image/png")
        else:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)

    def _reply(self, job: QWebEngineUrlRequestJob, data: bytes, mime: str) -> None:
        self.served.append(job.requestUrl().path())
        buffer = QBuffer(job)
        buffer.setData(QByteArray(data))
        buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        job.reply(mime.encode("ascii"), buffer)

    def wait_for_fetches(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs)

    def shutdown(self) -> None:
        """Drop queued fetches; the running ones end within their timeout."""
        self._pool.clear()
        self._pending.clear()


def _mime(rel: str) -> str:
    suffix = Path(rel).suffix.lower()
    return _MIME.get(suffix) or mimetypes.guess_type(rel)[0] or "application/octet-stream"
