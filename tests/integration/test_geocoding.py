"""Geocoding accounts on a real database; a fake Nominatim on loopback plays the service.

The fake answers by the address it is asked for: "Timeout Road" sleeps past the
client's timeout, "Busy Lane" answers 429, "Nowhere Close" answers [], anything else a
house-level result. Tests use delay 0 and a short timeout, so they stay fast.
"""

import argparse
import json
import threading
import time
import uuid
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import select

from salesdesk.commands import geocode as geocode_command
from salesdesk.core.domain import Role
from salesdesk.core.geocoding import (
    Gazetteer,
    GeocodingSettingError,
    InvalidLocationError,
    default_cache_dir,
    geocode_accounts,
    geocoding_settings,
    needs_location,
    retry_queue,
    set_geocoding_settings,
    set_location,
)
from salesdesk.core.geocoding import gazetteer as gazetteer_module
from salesdesk.core.geocoding import service as geocoding_service
from salesdesk.core.models import Account, GeocodeCache, GeocodeQueue, utcnow
from salesdesk.core.workspace import ProfileInput, save_profile

TIMEOUT = 0.4


class _Nominatim(BaseHTTPRequestHandler):
    queries: ClassVar[list[str]] = []
    agents: ClassVar[list[str]] = []
    busy_all = False  # every request answers 429

    def do_GET(self):
        url = urlsplit(self.path)
        params = parse_qs(url.query)
        q = params.get("q", [""])[0]
        type(self).queries.append(q)
        type(self).agents.append(self.headers.get("User-Agent", ""))
        try:
            if "Timeout Road" in q:
                time.sleep(TIMEOUT * 10)
                self._json([])
            elif "Busy Lane" in q or self.busy_all:
                self.send_response(429)
                self.send_header("Retry-After", "120")
                self.end_headers()
            elif "Nowhere Close" in q:
                self._json([])
            else:
                n = sum(map(ord, q)) % 1000
                self._json(
                    [
                        {
                            "place_id": n,
                            "lat": str(53.0 + n / 10_000),
                            "lon": str(-2.0 - n / 10_000),
                            "display_name": f"{q} (found)",
                            "place_rank": 30,
                            "addresstype": "building",
                            "class": "building",
                            "type": "yes",
                        }
                    ]
                )
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout)
            pass

    def _json(self, data):
        body = json.dumps(data).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    _Nominatim.queries, _Nominatim.agents, _Nominatim.busy_all = [], [], False
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Nominatim)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def small_gazetteer():
    """Places of 15,000+ people (quick to build); the unit tests share the same file."""
    return Gazetteer(15000, cache_dir=default_cache_dir()).warm_up()


@pytest.fixture(autouse=True)
def gazetteer(small_gazetteer, monkeypatch):
    monkeypatch.setattr(gazetteer_module, "_DEFAULT", small_gazetteer)
    return small_gazetteer


@pytest.fixture
def online(db, server):
    set_geocoding_settings(db, provider="nominatim", url=server, delay=0, timeout=TIMEOUT)
    return server


def _add(db, name, **address):
    with db.write() as s:
        account = Account(name=name, **address)
        s.add(account)
        s.flush()
        return account.id


def _account(db, account_id):
    with db.read() as s:
        return s.get(Account, account_id)


def _queue(db):
    with db.read() as s:
        return {q.account_id: q for q in s.scalars(select(GeocodeQueue))}


def _no_zero_zero(db):
    with db.read() as s:
        rows = s.execute(select(Account.lat, Account.lon)).all()
    assert (0.0, 0.0) not in [(r.lat, r.lon) for r in rows]


# ------------------------------------------------------------------------- offline


def test_offline_a_city_gives_city_precision_and_the_rest_waits_with_a_reason(db):
    city = _add(db, "Mill Co", street="1 Mill St", city="Leeds", country="GB")
    only_region = _add(db, "Regional Ltd", region="Lancashire", country="GB")
    unknown = _add(db, "Nowhere Ltd", city="Xyzzyville", country="GB")
    report = geocode_accounts(db)
    assert (report.total, report.gazetteer, report.online, report.from_cache) == (3, 1, 0, 0)
    assert report.queued == {"no_address": 1, "no_service": 1}
    leeds = _account(db, city)
    assert leeds.geocode_precision == "city" and leeds.geocode_source == "gazetteer"
    assert 53.7 < leeds.lat < 53.9
    for account_id in (only_region, unknown):
        assert _account(db, account_id).lat is None  # nothing invented
    rows = {r.account_id: r for r in needs_location(db)}
    assert set(rows) == {only_region, unknown}
    assert rows[only_region].reason == "no_address"
    assert rows[unknown].status.startswith("Needs a location: no geocoding service")
    assert rows[unknown].address == "Xyzzyville, GB"
    _no_zero_zero(db)


def test_accounts_stored_at_zero_zero_need_a_location(db):
    account_id = _add(db, "Null Island Ltd", city="Manchester", country="GB", lat=0.0, lon=0.0)
    assert [r.account_id for r in needs_location(db)] == [account_id]
    lost = _add(db, "Null Island Two", city="Xyzzyville", lat=0.0, lon=0.0)
    geocode_accounts(db)
    assert _account(db, account_id).lat == pytest.approx(53.48, abs=0.05)
    assert (_account(db, lost).lat, _account(db, lost).lon) == (None, None)  # 0,0 is cleared
    assert [r.account_id for r in needs_location(db)] == [lost]


def test_a_vaguer_answer_never_replaces_a_location(db):
    imported = _add(db, "Imported", city="Leeds", country="GB", lat=53.81, lon=-1.55)
    report = geocode_accounts(db, [imported], online=False)
    assert report.total == 1 and report.gazetteer == 0 and report.queued == {}
    a = _account(db, imported)
    assert (a.lat, a.lon, a.geocode_precision) == (53.81, -1.55, "none")


def test_configured_but_offline_uses_the_gazetteer_and_stays_queued(db, online):
    account_id = _add(db, "Mill Co", street="1 Mill St", city="Leeds", country="GB")
    report = geocode_accounts(db, online=False)
    assert report.gazetteer == 1 and report.queued == {"offline": 1}
    assert _Nominatim.queries == []
    entry = _queue(db)[account_id]
    assert entry.reason == "offline" and entry.attempts == 0 and entry.next_attempt_at is None
    # Back online: the retry improves the city-level location and empties the queue.
    report = retry_queue(db)
    assert report.online == 1 and report.queued == {}
    assert _account(db, account_id).geocode_precision == "rooftop"
    assert _queue(db) == {}


# -------------------------------------------------------------------------- online


def test_online_results_are_stored_cached_and_reused_without_asking_again(db, online):
    save_profile(db, ProfileInput(name="Rep", role=Role.FIELD_REP, email="rep@example.com"))
    first = _add(db, "A", street="5 High St", postal_code="M1 1AA", city="Manchester", country="GB")
    twin = _add(db, "B", street="5 high st", postal_code="m1 1aa", city="MANCHESTER", country="gb")
    report = geocode_accounts(db)
    assert (report.online, report.from_cache) == (1, 1)  # the same address asked once
    assert len(_Nominatim.queries) == 1
    assert _Nominatim.queries[0] == "5 High St, M1 1AA Manchester, United Kingdom"
    assert (
        _Nominatim.agents[0].startswith("SalesDesk/")
        and "(rep@example.com)" in (_Nominatim.agents[0])
    )
    a = _account(db, first)
    assert (a.geocode_precision, a.geocode_source) == ("rooftop", "nominatim")
    assert (a.lat, a.lon) == (_account(db, twin).lat, _account(db, twin).lon)
    with db.read() as s:
        cached = s.scalars(select(GeocodeCache)).all()
    assert len(cached) == 1 and cached[0].label.endswith("(found)")

    with db.write() as s:  # the location is lost (say, the address was retyped)
        s.get(Account, first).lat = None
    report = geocode_accounts(db)
    assert report.from_cache == 1 and len(_Nominatim.queries) == 1  # not asked again
    # The cache also answers offline.
    with db.write() as s:
        s.get(Account, twin).lat = None
    assert geocode_accounts(db, online=False).from_cache == 1


def test_a_rate_limit_queues_with_the_reason_and_stops_asking(db, online):
    busy = _add(db, "Busy", street="1 Busy Lane", city="Leeds", country="GB")
    later = _add(db, "Later", street="2 Quiet St", city="Xyzzyville", country="GB")
    report = geocode_accounts(db, [busy, later])
    assert report.queued == {"rate_limited": 2}
    assert len(_Nominatim.queries) == 1  # after a 429 the service is left alone
    entries = _queue(db)
    assert entries[busy].attempts == 1 and entries[later].attempts == 0
    assert entries[busy].next_attempt_at >= utcnow() + timedelta(seconds=110)  # Retry-After
    b = _account(db, busy)
    assert b.geocode_precision == "city"  # placed in Leeds meanwhile, still queued
    assert _account(db, later).lat is None
    row = {r.account_id: r for r in needs_location(db, include_approximate=True)}[busy]
    assert row.status == "Waiting: the geocoding service asked SalesDesk to slow down (1 attempt)"
    # Both wait before the service is asked again; a forced retry asks at once.
    report = geocode_accounts(db)
    assert (report.not_due, report.total) == (2, 0)
    assert retry_queue(db, due_only=True).total == 0
    assert len(_Nominatim.queries) == 1
    retry_queue(db)
    assert len(_Nominatim.queries) == 2  # busy again, so `later` was not sent either
    assert _queue(db)[busy].attempts == 2 and _queue(db)[later].attempts == 0


def test_a_timeout_leaves_the_account_queued_and_counts_attempts(db, online):
    _add(db, "Slow", street="9 Timeout Road", city="Xyzzyville", country="GB")
    started = time.monotonic()
    report = geocode_accounts(db)
    assert time.monotonic() - started < TIMEOUT * 6  # not the 4 s the server sleeps
    assert report.queued == {"timeout": 1}
    retry_queue(db)
    retry_queue(db)
    row = needs_location(db)[0]
    assert (row.reason, row.attempts) == ("timeout", 3)
    assert row.status == "Waiting: the geocoding service did not answer in time (3 attempts)"


def test_nothing_found_online_falls_back_to_the_city_and_stays_queued(db, online):
    account_id = _add(db, "Lost", street="3 Nowhere Close", city="Leeds", country="GB")
    report = geocode_accounts(db)
    assert report.gazetteer == 1 and report.queued == {"not_found": 1}
    assert _account(db, account_id).geocode_precision == "city"
    assert needs_location(db) == []  # it has a (city-level) location
    assert [r.precision for r in needs_location(db, include_approximate=True)] == ["city"]


def test_a_service_that_cannot_be_reached_is_unavailable(db):
    set_geocoding_settings(
        db, provider="nominatim", url="http://127.0.0.1:9", delay=0, timeout=TIMEOUT
    )
    _add(db, "A", street="1 Main St", city="Xyzzyville", country="GB")
    _add(db, "B", street="2 Main St", city="Xyzzyville", country="GB")
    report = geocode_accounts(db)
    assert report.queued == {"unavailable": 2}
    assert sorted(q.attempts for q in _queue(db).values()) == [0, 1]


def test_cancelling_mid_batch_keeps_what_was_done(db, online, monkeypatch):
    monkeypatch.setattr(geocoding_service, "BATCH_SIZE", 3)
    ids = [
        _add(db, f"Shop {n:02}", street=f"{n} Market St", city="Leeds", country="GB")
        for n in range(10)
    ]
    seen = []

    def progress(done, total):
        seen.append((done, total))

    report = geocode_accounts(db, progress=progress, cancelled=lambda: len(seen) > 5)
    assert report.cancelled and report.online == 5 and report.processed == 5
    assert seen[0] == (0, 10) and seen[-1] == (5, 10)
    located = [i for i in ids if _account(db, i).lat is not None]
    assert len(located) == 5  # the last, partial batch was written too
    report = geocode_accounts(db)
    assert report.total == 5 and report.online == 5 and not report.cancelled


def test_a_manual_location_is_never_overwritten(db, online):
    account_id = _add(db, "Depot", street="1 Depot Rd", city="Leeds", country="GB")
    geocode_accounts(db, online=False)
    placed = set_location(db, account_id, 53.801, -1.549)
    assert (placed.precision, placed.source) == ("manual", "manual")
    assert _queue(db) == {}
    report = geocode_accounts(db, [account_id])
    assert report.skipped_manual == 1 and report.total == 0
    assert geocode_accounts(db).total == 0
    a = _account(db, account_id)
    assert (a.lat, a.lon, a.geocode_precision) == (53.801, -1.549, "manual")
    assert _Nominatim.queries == []


@pytest.mark.parametrize(
    ("lat", "lon", "message"),
    [
        (91, 0, "latitude 91 is outside"),
        (10, -180.5, "longitude -180.5 is outside"),
        ("north", 2, "latitude 'north' is not a number"),
        (float("nan"), 2, "latitude nan is not a number"),
        (True, 2, "latitude True is not a number"),
        (0, 0, "0, 0 is in the ocean"),
    ],
)
def test_set_location_names_the_bad_value(db, lat, lon, message):
    account_id = _add(db, "Depot", city="Leeds")
    with pytest.raises(InvalidLocationError, match=message):
        set_location(db, account_id, lat, lon)
    assert _account(db, account_id).lat is None


def test_set_location_refuses_an_unknown_account(db):
    with pytest.raises(InvalidLocationError, match="no account"):
        set_location(db, uuid.uuid4(), 50, 1)


def test_hostile_and_empty_addresses(db, online):
    hostile = _add(
        db,
        "<b>Evil</b>",
        street="\x00<script>alert(1)</script>\u202e" + "x" * 5000,
        city="'; DROP TABLE accounts;--",
        country="G\nB",
    )
    empty = _add(db, "Blank", street="   ", postal_code="\t", city="---", region=" ")
    report = geocode_accounts(db)
    assert report.total == 2 and report.queued.get("no_address") == 1
    assert len(_Nominatim.queries) == 1
    sent = _Nominatim.queries[0]
    assert len(sent) <= 400 and "\x00" not in sent and "\u202e" not in sent
    assert _account(db, hostile).geocode_source == "nominatim"  # the fake finds anything
    assert _account(db, empty).lat is None
    assert _queue(db)[empty].reason == "no_address"
    with db.read() as s:  # still there
        assert len(s.scalars(select(Account.id)).all()) == 2


def test_deleting_an_account_deletes_its_queue_entry(db):
    account_id = _add(db, "Gone", city="Xyzzyville")
    geocode_accounts(db)
    assert account_id in _queue(db)
    with db.write() as s:
        s.delete(s.get(Account, account_id))
    assert _queue(db) == {}


# ------------------------------------------------------------------------ settings


def test_settings_default_to_offline_and_are_checked(db):
    assert geocoding_settings(db).provider == "none" and not geocoding_settings(db).configured
    public = set_geocoding_settings(db, provider="nominatim", delay=0)
    assert public.url is None and public.public_nominatim and public.min_delay == 1.0
    with pytest.raises(GeocodingSettingError, match="url"):
        set_geocoding_settings(db, provider="photon")
    with pytest.raises(GeocodingSettingError, match="provider"):
        set_geocoding_settings(db, provider="google")
    with pytest.raises(GeocodingSettingError, match="not an http"):
        set_geocoding_settings(db, url="ftp://example.org")
    with pytest.raises(GeocodingSettingError, match="timeout"):
        set_geocoding_settings(db, timeout="-1")
    assert geocoding_settings(db).provider == "nominatim"  # the refused changes left nothing
    own = set_geocoding_settings(db, provider="photon", url="geo.example.org:2322/", delay="")
    assert own.url == "https://geo.example.org:2322" and own.min_delay == 0


# ----------------------------------------------------------------------------- CLI


def _cli(ctx, *argv):
    parser = argparse.ArgumentParser(prog="salesdesk")
    geocode_command.add_parser(parser.add_subparsers(dest="command"))
    return geocode_command.run(ctx, parser.parse_args(["geocode", *argv]))


def test_the_cli(ctx, capsys, server):
    db = ctx.db
    leeds = _add(db, "Leeds Mill", city="Leeds", country="GB")
    lost = _add(db, "Lost Ltd", city="Xyzzyville", country="GB")
    assert _cli(ctx, "--offline") == 0
    out = capsys.readouterr().out
    assert "Located 1 of 2 accounts" in out and "1 at city level" in out
    assert _cli(ctx, "queue", "--json") == 0
    queued = json.loads(capsys.readouterr().out)
    assert [q["name"] for q in queued] == ["Lost Ltd"] and queued[0]["reason"] == "no_service"
    assert _cli(ctx, "set", "Lost", "۵۳٫۵", "-2.2") == 0  # Persian digits too
    assert "set by hand" in capsys.readouterr().out
    assert _account(db, lost).geocode_precision == "manual"
    assert _cli(ctx, "queue") == 0 and "Every account has a location" in capsys.readouterr().out
    assert _cli(ctx, "config", "--provider", "nominatim", "--url", server, "--delay", "0") == 0
    shown = capsys.readouterr().out
    assert "nominatim" in shown and server in shown and "SalesDesk/" in shown
    assert _cli(ctx, "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["online"] == 1 and report["total"] == 1  # the city-level one improves
    assert _account(db, leeds).geocode_precision == "rooftop"
    assert _cli(ctx, "--retry", "--json") == 0
    assert json.loads(capsys.readouterr().out)["total"] == 0
