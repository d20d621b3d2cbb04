"""The map widget: a QWebEngineView that can only show our page and only talk through ids.

Locked down: an off-the-record profile; a request interceptor that blocks anything not
local (and records it, so a test can prove the page asked for nothing remote); no new
windows; no navigation away from the map (http(s) links open in the system browser);
no file-URL access, since the page and its assets come through the salesdesk: scheme.
The page talks back through a QWebChannel bridge with narrow slots that take an
account id (checked against the accounts on the map) or coordinates (range-checked).
"""

from __future__ import annotations

import json
import math
import re
from collections import deque

from PySide6.QtCore import QFile, QIODevice, QObject, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineScript,
    QWebEngineSettings,
    QWebEngineUrlRequestInterceptor,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...maps.page import ASSETS, WEB, BaseMap, PageLabels, build_page, script_json
from .scheme import SCHEME, MapSchemeHandler

PAGE_URL = "salesdesk:map/index.html"
LOCAL_SCHEMES = frozenset({"salesdesk", "qrc", "data", "blob", "about"})
_HEX_ID = re.compile(r"^[0-9a-f]{32}$")


class LocalOnlyInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every request that would leave the machine; keeps a list of them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Recent requests only: the app runs for days, the lists are for tests and logs.
        self.requested: deque[str] = deque(maxlen=2000)
        self.blocked: deque[str] = deque(maxlen=2000)
        self.local = LOCAL_SCHEMES

    def interceptRequest(self, info) -> None:
        url = info.requestUrl()
        self.requested.append(url.toString())
        if url.scheme() not in self.local:
            self.blocked.append(url.toString())
            info.block(True)


class MapPage(QWebEnginePage):
    """Stays on the map: other navigations are refused, links go to the system browser."""

    def __init__(self, profile: QWebEngineProfile, parent: QObject | None = None) -> None:
        super().__init__(profile, parent)
        self.console: deque[str] = deque(maxlen=500)

    def acceptNavigationRequest(self, url: QUrl, nav_type, is_main_frame: bool) -> bool:
        if url.scheme() == "salesdesk" and url.path() == "map/index.html":
            return True
        if nav_type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked and url.scheme() in (
            "http",
            "https",
        ):
            QDesktopServices.openUrl(url)
        return False

    def createWindow(self, _type) -> None:
        return None

    def javaScriptConsoleMessage(self, level, message: str, line: int, source: str) -> None:
        self.console.append(f"{source}:{line}: {message}")


class MapBridge(QObject):
    """What the page may call. Every slot validates its input before anything happens."""

    account_clicked = Signal(str)
    account_moved = Signal(str, float, float)
    placed = Signal(float, float)
    placing_cancelled = Signal()
    page_ready = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.known: frozenset[str] = frozenset()
        self.rejected = 0

    def _valid_id(self, account_id: object) -> bool:
        ok = isinstance(account_id, str) and bool(_HEX_ID.match(account_id))
        ok = ok and account_id in self.known
        if not ok:
            self.rejected += 1
        return ok

    def _valid_point(self, lat: object, lon: object) -> bool:
        ok = all(isinstance(v, int | float) and math.isfinite(v) for v in (lat, lon))
        ok = ok and -90 <= lat <= 90 and -180 <= lon <= 180
        if not ok:
            self.rejected += 1
        return ok

    @Slot(str)
    def select(self, account_id: str) -> None:
        if self._valid_id(account_id):
            self.account_clicked.emit(account_id)

    @Slot(str, float, float)
    def moveAccount(self, account_id: str, lat: float, lon: float) -> None:
        if self._valid_id(account_id) and self._valid_point(lat, lon):
            self.account_moved.emit(account_id, lat, lon)

    @Slot(float, float)
    def placeAt(self, lat: float, lon: float) -> None:
        if self._valid_point(lat, lon):
            self.placed.emit(lat, lon)

    @Slot()
    def cancelPlacing(self) -> None:
        self.placing_cancelled.emit()

    @Slot()
    def ready(self) -> None:
        self.page_ready.emit()


def _channel_script() -> QWebEngineScript:
    file = QFile(":/qtwebchannel/qwebchannel.js")
    file.open(QIODevice.OpenModeFlag.ReadOnly)
    source = bytes(file.readAll()).decode("utf-8")
    file.close()
    script = QWebEngineScript()
    script.setName("qwebchannel")
    script.setSourceCode(source)
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
    script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
    script.setRunsOnSubFrames(False)
    return script


class MapView(QWidget):
    """The territory map. `show_map()` loads data; the other methods act without a reload."""

    ready = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Children are deleted in creation order: the view (owning the page) must go
        # before the profile, or the engine warns and may crash at exit.
        self.view = QWebEngineView(self)
        self.profile = QWebEngineProfile(self)  # off the record: nothing written to disk
        self.handler = MapSchemeHandler(self.profile)
        self.handler.assets = dict(ASSETS)
        self.handler.asset_dirs = {"assets/leaflet/images/": WEB / "leaflet" / "images"}
        self.profile.installUrlSchemeHandler(SCHEME, self.handler)
        self.interceptor = LocalOnlyInterceptor(self.profile)
        self.profile.setUrlRequestInterceptor(self.interceptor)
        self.profile.scripts().insert(_channel_script())

        self.page = MapPage(self.profile, self.view)
        s = self.page.settings()
        attr = QWebEngineSettings.WebAttribute
        s.setAttribute(attr.JavascriptEnabled, True)
        s.setAttribute(attr.JavascriptCanOpenWindows, False)
        s.setAttribute(attr.LocalContentCanAccessFileUrls, False)
        s.setAttribute(attr.LocalContentCanAccessRemoteUrls, False)
        s.setAttribute(attr.NavigateOnDropEnabled, False)
        s.setAttribute(attr.LocalStorageEnabled, False)
        s.setAttribute(attr.PluginsEnabled, False)
        s.setAttribute(attr.JavascriptCanAccessClipboard, False)

        self.bridge = MapBridge(self)
        self.channel = QWebChannel(self.page)
        self.channel.registerObject("bridge", self.bridge)
        self.page.setWebChannel(self.channel)
        self.bridge.page_ready.connect(self._on_ready)
        self.bridge.page_ready.connect(self.ready)

        self.view.setPage(self.page)
        self.view.setContextMenuPolicy(self.view.contextMenuPolicy().NoContextMenu)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)
        self._generation = 0
        self._page_key: tuple | None = None
        self._page_ready = False

    def show_map(
        self,
        data,
        base: BaseMap,
        labels: PageLabels,
        *,
        pack=None,
        online=None,
        editable: bool = True,
        rtl: bool = False,
        lang: str = "en",
    ) -> None:
        """Build and load the page for `data` (MapData) on the given base map."""
        files = build_page(data, base, labels, editable=editable, rtl=rtl, lang=lang)
        self.show_files(files, data.ids, base, pack=pack, online=online)

    def show_files(
        self, files: dict[str, bytes], ids, base: BaseMap, *, pack=None, online=None
    ) -> None:
        """Show a page built by maps.page.build_page (e.g. on a worker thread).

        When the page on screen has the same skeleton, base map and world (a reload of
        the same territory), only the data is swapped in: no navigation, which would
        cost a new renderer process (half a second or more).
        """
        self.handler.pack = pack
        self.handler.online = online
        self.bridge.known = frozenset(ids)
        key = (files["index.html"], files["world.js"], base)
        same_page = key == self._page_key and self._page_ready
        self.handler.files = dict(files)
        self._page_key = key
        if same_page:
            self.run(files["data.js"].decode("utf-8") + "SD.reset(window.SD_DATA); true")
            return
        self._page_ready = False
        self._generation += 1
        self.page.load(QUrl(f"{PAGE_URL}?v={self._generation}"))

    def _on_ready(self) -> None:
        self._page_ready = True

    def run(self, script: str, callback=None) -> None:
        if callback is None:
            self.page.runJavaScript(script, QWebEngineScript.ScriptWorldId.MainWorld)
        else:
            self.page.runJavaScript(script, QWebEngineScript.ScriptWorldId.MainWorld, callback)

    def select(self, account_id: str, center: bool | str = True, callback=None) -> None:
        """Mark the account; center=True pans to it if needed, "zoom" also zooms in."""
        arg = json.dumps(account_id)
        self.run(f"window.SD && SD.select({arg}, {json.dumps(center)}, false)", callback)

    def filter(self, mask: str | None, callback=None) -> None:
        self.run(f"window.SD && SD.filter({json.dumps(mask)})", callback)

    def move_marker(self, account_id: str, lat: float, lon: float) -> None:
        self.run(f"window.SD && SD.moveTo({json.dumps(account_id)}, {lat!r}, {lon!r})")

    def start_placing(self) -> None:
        self.run("window.SD && SD.startPlacing()")

    def stop_placing(self) -> None:
        self.run("window.SD && SD.stopPlacing()")

    def set_route(self, route: dict | None) -> None:
        self.run(f"window.SD && SD.setRoute({script_json(route)})")

    def set_pattern(self, pattern: dict | None) -> None:
        self.run(f"window.SD && SD.setPattern({script_json(pattern)})")

    def clear_selection(self) -> None:
        self.run("window.SD && SD.clearSelection()")

    def shutdown(self) -> None:
        """Stop tile fetches still queued (the app is closing)."""
        self.handler.shutdown()

    def release(self) -> None:
        """Delete the page (and with it the profile) now rather than at exit."""
        self.shutdown()
        self.page.deleteLater()
