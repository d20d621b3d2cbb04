"""The three base maps in the real web engine: offline pack, cached online tiles, built-in."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import QSettings

from salesdesk.ui.map.base import ATTRIBUTION_KEY, ONLINE_KEY, PACK_KEY
from tests.tilepacks import MANCHESTER, make_mbtiles, make_pmtiles, raster_tile
from tests.ui.mapkit import js, seed, wait_ready

KEYS = (PACK_KEY, ONLINE_KEY, ATTRIBUTION_KEY)


@pytest.fixture(autouse=True)
def _clean_settings():
    for key in KEYS:
        QSettings().remove(key)
    yield
    for key in KEYS:
        QSettings().remove(key)


@pytest.fixture(autouse=True)
def _accounts(db):
    seed(db)


def _loaded_tiles(view) -> int:
    return js(view.map, "document.querySelectorAll('.leaflet-tile-loaded').length")


def test_an_mbtiles_pack_is_served_through_the_url_scheme(tmp_path, open_view, qtbot):
    pack = make_mbtiles(tmp_path / "north-west.mbtiles", zooms=range(6, 12), bounds=MANCHESTER)
    QSettings().setValue(PACK_KEY, str(pack))
    view = open_view()
    assert "north-west.mbtiles" in view.base_label
    qtbot.waitUntil(lambda: _loaded_tiles(view) > 0, timeout=10_000)
    assert any(p.startswith("tiles/pack/") for p in view.map.handler.served)
    assert not view.map.interceptor.blocked


def test_a_pmtiles_vector_pack_is_drawn_by_protomaps(tmp_path, open_view, qtbot):
    pack = make_pmtiles(tmp_path / "vector.pmtiles", zooms=range(6, 11), bounds=MANCHESTER)
    QSettings().setValue(PACK_KEY, str(pack))
    view = open_view()
    assert "vector.pmtiles" in view.base_label
    qtbot.waitUntil(
        lambda: sum(p.startswith("tiles/pack/") for p in view.map.handler.served) > 0,
        timeout=10_000,
    )
    assert js(view.map, "typeof protomapsL") == "object"
    assert view.map.page.console == [] or not any(
        "Error" in line for line in view.map.page.console
    ), view.map.page.console


def test_a_damaged_pack_falls_back_to_the_built_in_map_and_says_why(tmp_path, open_view):
    bad = tmp_path / "broken.mbtiles"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    QSettings().setValue(PACK_KEY, str(bad))
    view = open_view()
    assert "built-in" in view.base_label
    assert "broken.mbtiles" in view.base_label  # the reason names the file
    assert js(view.map, "SD.markerCount()") == 5


class _TileServer:
    def __init__(self) -> None:
        self.hits: list[tuple[str, str]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                parts = self.path.strip("/").removesuffix(".png").split("/")
                z, x, y = (int(v) for v in parts)
                owner.hits.append((self.path, self.headers.get("User-Agent", "")))
                body = raster_tile(z, x, y)
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/{{z}}/{{x}}/{{y}}.png"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_online_tiles_are_cached_as_viewed_and_shown_again_offline(open_view, qtbot):
    server = _TileServer()
    try:
        QSettings().setValue(ONLINE_KEY, server.url)
        QSettings().setValue(ATTRIBUTION_KEY, "Test tile server")
        view = open_view()
        assert "127.0.0.1" in view.base_label
        qtbot.waitUntil(lambda: _loaded_tiles(view) >= 4, timeout=15_000)
        fetched = len(server.hits)
        assert fetched >= 4
        assert all(ua.startswith("SalesDesk/") for _path, ua in server.hits)
    finally:
        server.stop()
    # The cable is pulled: the same view drawn again shows the tiles from the cache.
    view.settings_changed()
    wait_ready(qtbot, view)
    qtbot.waitUntil(lambda: _loaded_tiles(view) >= 4, timeout=15_000)
    assert "Test tile server" in js(
        view.map, "document.querySelector('.leaflet-control-attribution').textContent"
    )


def test_without_settings_the_built_in_map_is_used_and_nothing_leaves_the_machine(open_view):
    view = open_view()
    assert "built-in" in view.base_label
    assert js(view.map, "document.querySelector('.sd-sea') !== null") is True
    assert not any(p.startswith("tiles/") for p in view.map.handler.served)
