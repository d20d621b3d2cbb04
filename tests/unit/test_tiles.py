"""Offline packs, the online tile cache and the online source, on real files and a real
HTTP server on 127.0.0.1."""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import http.server
import os
import random
import sqlite3
import threading
import time
from pathlib import Path

import mapbox_vector_tile
import pytest
from tilepacks import (
    MANCHESTER,
    make_mbtiles,
    make_pmtiles,
    raster_tile,
    solid_png,
    vector_tile,
)

from salesdesk.maps.tiles import (
    ONLINE_TILES_ENABLED_BY_DEFAULT,
    OSM_PRESET,
    VECTOR_MEDIA_TYPE,
    EmptyPackError,
    MBTilesSource,
    NotAPackError,
    NotMBTilesError,
    NotPMTilesError,
    OnlineTileSource,
    PackCompressionError,
    PackDamagedError,
    PackFormatError,
    PackMissingError,
    PMTilesSource,
    PMTilesVersionError,
    TileCache,
    TileContentError,
    TileFetchError,
    TileHttpError,
    TilePack,
    TileSourceError,
    TileUrlError,
    default_user_agent,
    open_pack,
    validate_url_template,
)

RED, BLUE, GREEN = solid_png((255, 0, 0), 8), solid_png((0, 0, 255), 8), solid_png((0, 255, 0), 8)


def _layers(tile: bytes) -> set[str]:
    return set(mapbox_vector_tile.decode(tile))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _read_all(path: Path, zooms) -> None:
    with open_pack(path) as pack:
        for z in zooms:
            for x in range(1 << z):
                for y in range(1 << z):
                    pack.tile(z, x, y)


def _says(exc: pytest.ExceptionInfo, path: Path, *words: str) -> None:
    text = str(exc.value)
    assert str(path) in text
    for word in words:
        assert word in text, text


# --- MBTiles ----------------------------------------------------------------------------


def test_mbtiles_rows_are_tms_and_tile_takes_xyz(tmp_path):
    # Zoom 1: XYZ y=0 is the northern row, stored as TMS row 1.
    path = make_mbtiles(tmp_path / "a.mbtiles", tiles={(1, 0, 0): RED, (1, 0, 1): BLUE})
    rows = dict(
        ((z, x, row), bytes(data))
        for z, x, row, data in sqlite3.connect(path).execute("SELECT * FROM tiles")
    )
    assert rows[(1, 0, 1)] == RED  # stored flipped
    with MBTilesSource(path) as pack:
        assert pack.tile(1, 0, 0) == RED
        assert pack.tile(1, 0, 1) == BLUE
        assert pack.tile(1, 1, 0) is None  # not in the pack
        assert pack.tile(1, 2, 0) is None  # not on the map at all
        assert pack.tile(-1, 0, 0) is None


def test_mbtiles_metadata(tmp_path):
    path = make_mbtiles(tmp_path / "a.mbtiles", zooms=range(5, 8), bounds=MANCHESTER)
    with MBTilesSource(path) as pack:
        assert isinstance(pack, TilePack)
        assert (pack.kind, pack.format, pack.media_type) == ("raster", "png", "image/png")
        assert pack.name == "Test raster"
        assert (pack.minzoom, pack.maxzoom) == (5, 7)
        assert pack.bounds == pytest.approx(MANCHESTER)
        assert pack.center == pytest.approx((-2.25, 53.5, 5))
        assert pack.attribution == "Test tiles"
        assert pack.info.container == "mbtiles"
        assert pack.tile(7, 62, 41) == raster_tile(7, 62, 41)


def test_mbtiles_without_zoom_or_format_metadata_uses_the_tiles(tmp_path):
    jpeg = b"\xff\xd8\xff\xe0" + b"\x00" * 60
    path = make_mbtiles(
        tmp_path / "a.mbtiles",
        tiles={(3, 1, 1): jpeg, (6, 10, 20): jpeg},
        metadata={"minzoom": None, "maxzoom": None, "format": None, "bounds": "nonsense"},
    )
    with MBTilesSource(path) as pack:
        assert (pack.minzoom, pack.maxzoom) == (3, 6)
        assert (pack.format, pack.media_type) == ("jpg", "image/jpeg")
        assert pack.bounds is None


def test_mbtiles_vector_tiles_come_back_unzipped(tmp_path):
    path = make_mbtiles(tmp_path / "v.mbtiles", kind="vector", zooms=[6], bounds=MANCHESTER)
    stored = sqlite3.connect(path).execute("SELECT tile_data FROM tiles LIMIT 1").fetchone()[0]
    assert stored[:2] == b"\x1f\x8b"  # MBTiles keeps vector tiles gzipped
    with MBTilesSource(path) as pack:
        assert (pack.kind, pack.format, pack.media_type) == ("vector", "pbf", VECTOR_MEDIA_TYPE)
        assert pack.info.vector_layers == ("earth", "water")
        tile = pack.tile(6, 31, 20)
        assert tile == vector_tile(6, 31, 20)
        assert _layers(tile) == {"earth", "water"}


def test_mbtiles_webp_is_shown_and_unknown_formats_are_refused(tmp_path):
    webp = b"RIFF\x10\x00\x00\x00WEBPVP8 " + b"\x00" * 8
    path = make_mbtiles(
        tmp_path / "w.mbtiles", tiles={(0, 0, 0): webp}, metadata={"format": "webp"}
    )
    with MBTilesSource(path) as pack:
        assert pack.media_type == "image/webp"
    path = make_mbtiles(
        tmp_path / "t.mbtiles", tiles={(0, 0, 0): b"II*\x00"}, metadata={"format": "tiff"}
    )
    with pytest.raises(PackFormatError) as exc:
        MBTilesSource(path)
    _says(exc, path, "holds tiff tiles", "cannot show")


@pytest.mark.parametrize(
    "content",
    [os.urandom(4096), b"", b"SQLite format 3\x00" + os.urandom(20)],
    ids=["random bytes", "empty", "cut after the header"],
)
def test_a_file_that_is_not_mbtiles_gets_a_clear_error(tmp_path, content):
    path = tmp_path / "map.mbtiles"
    path.write_bytes(content)
    with pytest.raises(TileSourceError) as exc:
        open_pack(path)
    assert isinstance(exc.value, (NotMBTilesError, PackDamagedError))
    _says(exc, path)
    assert "MBTiles" in str(exc.value) or "damaged" in str(exc.value)


def test_an_sqlite_file_without_tiles_is_not_mbtiles(tmp_path):
    path = tmp_path / "crm.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT)")
    before = _digest(path)
    with pytest.raises(NotMBTilesError) as exc:
        open_pack(path)
    _says(exc, path, "is not an MBTiles file", "SQLite database")
    assert _digest(path) == before


def test_an_mbtiles_without_tiles_is_refused(tmp_path):
    path = make_mbtiles(tmp_path / "e.mbtiles", tiles={})
    with pytest.raises(EmptyPackError) as exc:
        open_pack(path)
    _says(exc, path, "holds no map tiles")


def test_a_truncated_mbtiles_is_damaged(tmp_path):
    path = make_mbtiles(tmp_path / "a.mbtiles", zooms=range(4))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(PackDamagedError) as exc:
        open_pack(path)
    _says(exc, path, "is damaged", "cut short")


def test_damage_found_while_reading_tiles_is_reported(tmp_path):
    path = make_mbtiles(tmp_path / "a.mbtiles", zooms=range(4))
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[2 * page :] = os.urandom(len(data) - 2 * page)  # page 1 (the schema) survives
    path.write_bytes(bytes(data))
    with pytest.raises(PackDamagedError) as exc:  # at opening or at a tile read
        _read_all(path, range(4))
    _says(exc, path, "is damaged")


def test_mbtiles_is_opened_read_only_and_shared_between_threads(tmp_path):
    path = make_mbtiles(tmp_path / "a.mbtiles", zooms=range(4))
    before = _digest(path)
    expected = {
        (z, x, y): raster_tile(z, x, y)
        for z in range(4)
        for x in range(1 << z)
        for y in range(1 << z)
    }
    errors = []

    with MBTilesSource(path) as pack:

        def read():
            try:
                for _ in range(5):
                    for key, data in expected.items():
                        assert pack.tile(*key) == data
            except Exception as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [threading.Thread(target=read) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            pack._conn.execute("DELETE FROM tiles")
    assert errors == []
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.mbtiles"]
    assert pack.tile(0, 0, 0) is None  # closed


# --- PMTiles ----------------------------------------------------------------------------


def test_pmtiles_vector_tiles_come_back_decompressed(tmp_path):
    path = make_pmtiles(tmp_path / "v.pmtiles", zooms=range(5, 8), bounds=MANCHESTER)
    with PMTilesSource(path) as pack:
        assert isinstance(pack, TilePack)
        assert (pack.kind, pack.format, pack.media_type) == ("vector", "pbf", VECTOR_MEDIA_TYPE)
        assert pack.info.container == "pmtiles"
        assert (pack.minzoom, pack.maxzoom) == (5, 7)
        assert pack.bounds == pytest.approx(MANCHESTER)
        assert pack.center == pytest.approx((-2.25, 53.5, 5))
        assert pack.name == "Test vector"
        assert pack.info.vector_layers == ("earth", "water")
        tile = pack.tile(7, 62, 41)
        assert tile[:2] != b"\x1f\x8b"
        assert tile == vector_tile(7, 62, 41)
        assert _layers(tile) == {"earth", "water"}
        assert pack.tile(7, 0, 0) is None  # outside the archive
        assert pack.tile(9, 0, 0) is None  # deeper than the archive


def test_pmtiles_uncompressed_vector_and_raster(tmp_path):
    plain = make_pmtiles(tmp_path / "p.pmtiles", zooms=[2], compress=False)
    with open_pack(plain) as pack:
        assert pack.tile(2, 1, 1) == vector_tile(2, 1, 1)
    raster = make_pmtiles(tmp_path / "r.pmtiles", kind="raster", zooms=range(3))
    with open_pack(raster) as pack:
        assert isinstance(pack, PMTilesSource)
        assert (pack.kind, pack.media_type) == ("raster", "image/png")
        assert pack.tile(2, 3, 1) == raster_tile(2, 3, 1)
        assert pack.tile(0, 0, 0) == raster_tile(0, 0, 0)


def test_pmtiles_with_leaf_directories(tmp_path):
    # Scattered tiles of uneven sizes: a directory too big for the root alone.
    rnd = random.Random(1)
    tiles = {
        (8, x, y): rnd.randbytes(rnd.randrange(1, 40))
        for x in range(256)
        for y in range(256)
        if rnd.randrange(3) == 0
    }
    path = make_pmtiles(tmp_path / "big.pmtiles", kind="raster", tiles=tiles, zooms=[8])
    with PMTilesSource(path) as pack:
        assert pack._header["leaf_directory_length"] > 0  # the writer needed leaves
        for key in rnd.sample(sorted(tiles), 200):
            assert pack.tile(*key) == tiles[key]
        assert sum(pack.tile(8, x, 7) is not None for x in range(256)) == sum(
            key[2] == 7 for key in tiles
        )
        assert pack.tile(7, 0, 0) is None


@pytest.mark.parametrize(
    "content",
    [os.urandom(4096), b"", b"PMTiles\x03" + b"\x00" * 20],
    ids=["random bytes", "empty", "cut after the magic"],
)
def test_a_file_that_is_not_pmtiles_gets_a_clear_error(tmp_path, content):
    path = tmp_path / "map.pmtiles"
    path.write_bytes(content)
    with pytest.raises((NotPMTilesError, PackDamagedError)) as exc:
        open_pack(path)
    _says(exc, path)


def test_a_truncated_pmtiles_is_damaged(tmp_path):
    path = make_pmtiles(tmp_path / "v.pmtiles", zooms=range(4))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 100])
    with pytest.raises(PackDamagedError) as exc:
        open_pack(path)
    _says(exc, path, "is damaged", "cut short")


def _patched(path: Path, offset: int, value: bytes) -> Path:
    data = bytearray(path.read_bytes())
    data[offset : offset + len(value)] = value
    path.write_bytes(bytes(data))
    return path


def test_pmtiles_of_an_unsupported_kind_are_refused(tmp_path):
    avif = _patched(make_pmtiles(tmp_path / "a.pmtiles", kind="raster", zooms=[0]), 99, b"\x05")
    with pytest.raises(PackFormatError) as exc:
        open_pack(avif)
    _says(exc, avif, "holds avif tiles")

    brotli = _patched(make_pmtiles(tmp_path / "b.pmtiles", zooms=[0]), 98, b"\x03")
    with pytest.raises(PackCompressionError) as exc:
        open_pack(brotli)
    _says(exc, brotli, "compressed with brotli")

    old = tmp_path / "old.pmtiles"
    old.write_bytes(b"PM\x02" + b"\x00" * 600)
    with pytest.raises(PMTilesVersionError) as exc:
        open_pack(old)
    _says(exc, old, "version 2", "pmtiles convert")

    unknown = _patched(make_pmtiles(tmp_path / "u.pmtiles", zooms=[0]), 99, b"\x63")
    with pytest.raises(PackDamagedError) as exc:
        open_pack(unknown)
    _says(exc, unknown, "is damaged")


def test_a_pmtiles_with_a_damaged_directory_or_tile(tmp_path):
    path = make_pmtiles(tmp_path / "v.pmtiles", zooms=range(3))
    with PMTilesSource(path) as pack:
        root = pack._header["root_offset"]
        entry = pack._root[0]
        tile_at = pack._header["tile_data_offset"] + entry.offset
    garbage = _patched(Path(path).rename(tmp_path / "d.pmtiles"), root, b"\x00" * 8)
    with pytest.raises(PackDamagedError) as exc:
        open_pack(garbage)
    _says(exc, garbage, "is damaged")

    path = make_pmtiles(tmp_path / "t.pmtiles", zooms=range(3))
    _patched(path, tile_at, b"\x1f\x8b\x08\x00garbage")
    with pytest.raises(PackDamagedError) as exc:
        _read_all(path, range(3))
    _says(exc, path, "a tile cannot be unpacked")


# --- open_pack --------------------------------------------------------------------------


def test_open_pack_goes_by_content_before_the_extension(tmp_path):
    pm = make_pmtiles(tmp_path / "misnamed.mbtiles", zooms=[0])
    with open_pack(pm) as pack:
        assert isinstance(pack, PMTilesSource)
    mb = make_mbtiles(tmp_path / "tiles.db", zooms=[0])
    with open_pack(mb) as pack:
        assert isinstance(pack, MBTilesSource)


def test_open_pack_refuses_what_is_not_a_pack(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(NotAPackError) as exc:
        open_pack(text)
    _says(exc, text, "MBTiles", "PMTiles")
    with pytest.raises(NotAPackError):
        open_pack(tmp_path)
    with pytest.raises(PackMissingError) as exc:
        open_pack(tmp_path / "gone.mbtiles")
    _says(exc, tmp_path / "gone.mbtiles", "was not found")


def test_errors_carry_a_template_for_translation(tmp_path):
    with pytest.raises(PackFormatError) as exc:
        MBTilesSource(make_mbtiles(tmp_path / "t.mbtiles", metadata={"format": "tiff"}))
    assert "{path}" in exc.value.template and "{format}" in exc.value.template
    assert exc.value.params["format"] == "tiff"
    assert str(exc.value) == exc.value.template.format(**exc.value.params)


# --- the tile cache ---------------------------------------------------------------------


def test_cache_put_get_and_keys(tmp_path):
    cache = TileCache(tmp_path / "cache" / "tiles.sqlite3")
    cache.put("a", 3, 1, 2, RED, "image/png", fetched_at=100.0)
    cache.put("b", 3, 1, 2, BLUE, "image/png")
    got = cache.get("a", 3, 1, 2)
    assert (got.data, got.media_type, got.fetched_at) == (RED, "image/png", 100.0)
    assert cache.get("b", 3, 1, 2).data == BLUE
    assert cache.get("a", 3, 2, 1) is None
    cache.put("a", 3, 1, 2, GREEN, "image/png")  # replaced, counted once
    assert cache.total_bytes == len(GREEN) + len(BLUE)
    assert cache._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    cache.close()
    again = TileCache(tmp_path / "cache" / "tiles.sqlite3")
    assert again.get("a", 3, 1, 2).data == GREEN
    assert again.total_bytes == len(GREEN) + len(BLUE)
    assert len(again) == 2
    again.clear("a")
    assert len(again) == 1 and again.total_bytes == len(BLUE)
    again.close()


def test_cache_prunes_the_oldest_beyond_its_limit(tmp_path):
    cache = TileCache(tmp_path / "tiles.sqlite3", max_bytes=10_000)
    for i in range(30):
        cache.put("s", 10, i, 0, bytes([i]) * 1000, "image/png", fetched_at=1000.0 + i)
    assert cache.total_bytes <= 10_000
    kept = [i for i in range(30) if cache.get("s", 10, i, 0) is not None]
    assert kept == list(range(30 - len(kept), 30))  # the newest survive
    assert 5 <= len(kept) <= 10
    assert cache.total_bytes == sum(len(cache.get("s", 10, i, 0).data) for i in kept)
    cache.close()


def test_cache_is_shared_by_threads(tmp_path):
    cache = TileCache(tmp_path / "tiles.sqlite3")
    errors = []

    def work(n: int) -> None:
        try:
            for i in range(100):
                cache.put(f"s{n}", 12, i, n, bytes([n, i]), "image/png")
                assert cache.get(f"s{n}", 12, i, n).data == bytes([n, i])
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(cache) == 600 and cache.total_bytes == 1200
    cache.close()


def test_a_damaged_cache_file_is_moved_aside(tmp_path):
    path = tmp_path / "tiles.sqlite3"
    path.write_bytes(os.urandom(8192))
    cache = TileCache(path)
    cache.put("s", 0, 0, 0, RED, "image/png")
    assert cache.get("s", 0, 0, 0).data == RED
    assert (tmp_path / "tiles.sqlite3.damaged").exists()
    cache.close()


# --- online sources ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "template",
    [
        "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        "http://{s}.tiles.example.org/base/{z}/{x}/{y}@2x.png?key=abc",
        "http://127.0.0.1:8080/{z}/{x}/{-y}.pbf",
        "  https://example.org/{z}/{x}/{y}  ",
    ],
)
def test_valid_url_templates(template):
    assert validate_url_template(template) == template.strip()


@pytest.mark.parametrize(
    "template",
    [
        "ftp://example.org/{z}/{x}/{y}.png",
        "file:///tmp/{z}/{x}/{y}.png",
        "javascript:alert(1)//{z}{x}{y}",
        "https://example.org/{z}/{x}.png",
        "https://example.org/{z}/{x}/{y}.png?key={apikey}",
        "example.org/{z}/{x}/{y}.png",
        "https://example.org/{z}/{x}/{y} .png",
        "",
    ],
)
def test_invalid_url_templates(template):
    with pytest.raises(TileUrlError) as exc:
        validate_url_template(template)
    assert template.strip() in str(exc.value)
    assert "{z}, {x} and {y}" in str(exc.value)  # the escaped braces come out single


def test_osm_preset_and_online_off_by_default():
    assert ONLINE_TILES_ENABLED_BY_DEFAULT is False
    assert validate_url_template(OSM_PRESET.url_template) == (
        "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    )
    assert OSM_PRESET.attribution == "© OpenStreetMap contributors"
    assert OSM_PRESET.bulk_download_allowed is False
    public = [name for name in dir(OnlineTileSource) if not name.startswith("_")]
    assert not [n for n in public if any(w in n for w in ("prefetch", "area", "bulk", "seed"))]
    assert default_user_agent().startswith("SalesDesk/")


def test_builtin_base_map_is_shipped():
    from salesdesk.maps import world

    assert world.DETAIL_FILE.is_file() and world.OVERVIEW_FILE.is_file()
    assert (world.ATLAS / "LICENSE").is_file()
    payload = world.world_payload([[53.0, -3.0], [54.0, -2.0]])
    assert payload["overview"] is not None and payload["detail"]["arcs"]


class _TileServer:
    """A tile server on 127.0.0.1 that records what it was asked and how."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str]] = []  # (path, User-Agent)
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append((self.path, self.headers.get("User-Agent", "")))
                parts = self.path.strip("/").split("/")
                if parts[0] == "slow":
                    time.sleep(1.5)
                if parts[0] == "html":
                    return self._send(200, b"<html>quota exceeded</html>", "text/html")
                if parts[0] == "vector":
                    return self._send(
                        200, gzip.compress(vector_tile(2, 1, 1)), "application/x-protobuf"
                    )
                if parts[-1].startswith("404"):
                    return self._send(404, b"not here", "text/plain")
                return self._send(200, solid_png((len(self.path) % 256, 0, 0), 8), "image/png")

            def _send(self, status: int, body: bytes, media_type: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", media_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                # The timeout tests hang up first: a closed socket is part of the test.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.running = True

    def stop(self) -> None:
        if self.running:
            self.httpd.shutdown()
            self.httpd.server_close()
            self.thread.join()
            self.running = False


@pytest.fixture
def server(monkeypatch):
    for name in (
        "http_proxy",
        "HTTP_PROXY",
        "https_proxy",
        "HTTPS_PROXY",
        "all_proxy",
        "ALL_PROXY",
    ):
        monkeypatch.delenv(name, raising=False)
    tiles = _TileServer()
    yield tiles
    tiles.stop()


UA = "SalesDesk-tests/1.0 (+tests)"


def test_online_tile_is_fetched_once_and_then_comes_from_the_cache(tmp_path, server):
    cache = TileCache(tmp_path / "tiles.sqlite3")
    source = OnlineTileSource(server.url + "/{z}/{x}/{y}.png", UA, cache, timeout=5)
    data, media_type = source.fetch(3, 4, 5)
    assert media_type == "image/png" and data.startswith(b"\x89PNG")
    assert server.requests == [("/3/4/5.png", UA)]  # the User-Agent arrived
    assert source.fetch(3, 4, 5) == (data, media_type)
    assert len(server.requests) == 1  # the second time from the cache
    assert cache.get(source.key, 3, 4, 5).data == data
    assert source.last_error is None

    server.stop()  # offline now
    assert source.fetch(3, 4, 5) == (data, media_type)  # still there
    assert source.fetch(3, 4, 6) is None
    assert isinstance(source.last_error, TileFetchError)
    assert "127.0.0.1" in str(source.last_error)
    assert source.offline
    cache.close()


def test_a_stale_tile_is_shown_when_the_server_is_gone(tmp_path, server):
    cache = TileCache(tmp_path / "tiles.sqlite3")
    source = OnlineTileSource(server.url + "/{z}/{x}/{y}.png", UA, cache, timeout=5, max_age=0)
    first = source.fetch(1, 1, 1)
    source.fetch(1, 1, 1)
    assert len(server.requests) == 2  # too old at once: asked again
    server.stop()
    assert source.fetch(1, 1, 1) == first
    assert isinstance(source.last_error, TileFetchError)
    cache.close()


def test_http_errors_timeouts_and_non_tiles_give_none_and_a_reason(tmp_path, server):
    cache = TileCache(tmp_path / "tiles.sqlite3")
    source = OnlineTileSource(server.url + "/{z}/{x}/404-{y}.png", UA, cache, timeout=5)
    assert source.fetch(2, 1, 1) is None
    assert isinstance(source.last_error, TileHttpError)
    assert "HTTP 404" in str(source.last_error)
    assert not source.offline  # a missing tile is not a lost connection
    assert source.fetch(2, 1, 2) is None
    assert len(server.requests) == 2

    html = OnlineTileSource(server.url + "/html/{z}/{x}/{y}", UA, cache, timeout=5)
    assert html.fetch(2, 1, 1) is None
    assert isinstance(html.last_error, TileContentError)
    assert cache.get(html.key, 2, 1, 1) is None  # never cached

    slow = OnlineTileSource(server.url + "/slow/{z}/{x}/{y}.png", UA, cache, timeout=0.3)
    started = time.monotonic()
    assert slow.fetch(2, 1, 1) is None
    assert time.monotonic() - started < 1.4
    assert isinstance(slow.last_error, TileFetchError)
    assert "timed out" in str(slow.last_error)
    assert slow.offline
    count = len(server.requests)
    assert slow.fetch(2, 1, 2) is None  # waits before trying again
    assert len(server.requests) == count
    cache.close()


def test_online_template_fields_and_vector_tiles(tmp_path, server):
    source = OnlineTileSource(
        server.url + "/{s}/{z}/{x}/{-y}.png", UA, None, timeout=5, subdomains="ab"
    )
    assert source.url_for(3, 1, 1) == server.url + "/a/3/1/6.png"
    assert source.url_for(3, 2, 1) == server.url + "/b/3/2/6.png"
    assert source.fetch(3, 2, 1)[1] == "image/png"  # works without a cache too
    assert server.requests[-1][0] == "/b/3/2/6.png"
    assert source.fetch(3, 8, 0) is None  # not on the map: no request
    assert len(server.requests) == 1

    vector = OnlineTileSource(server.url + "/vector/{z}/{x}/{y}.pbf", UA, None, timeout=5)
    data, media_type = vector.fetch(2, 1, 1)
    assert media_type == VECTOR_MEDIA_TYPE
    assert _layers(data) == {"earth", "water"}


def test_an_online_source_needs_a_user_agent_and_a_valid_template(tmp_path):
    with pytest.raises(ValueError):
        OnlineTileSource("https://example.org/{z}/{x}/{y}.png", " ", None)
    with pytest.raises(TileUrlError):
        OnlineTileSource("https://example.org/tiles.png", UA, None)
    a = OnlineTileSource("https://a.example.org/{z}/{x}/{y}.png", UA, None)
    b = OnlineTileSource("https://b.example.org/{z}/{x}/{y}.png", UA, None)
    assert a.key != b.key  # two sources never share cached tiles
    assert a.host == "a.example.org"
