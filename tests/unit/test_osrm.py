"""Road times from an OSRM server: a real HTTP server on loopback stands in for OSRM."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar
from urllib.parse import parse_qs, urlsplit

import numpy as np
import pytest

from salesdesk.core.territory.osrm import osrm_duration_matrix, travel_matrix
from salesdesk.core.territory.routing import parse_route_file, solve
from salesdesk.core.territory.travel import duration_matrix_s

POINTS = [(53.48 + 0.01 * i, -2.24 - 0.013 * i) for i in range(7)]


def _road_seconds(a, b):
    """The fake road network: twice the straight-line time, so it is recognisable."""
    return 2 * int(duration_matrix_s([a, b])[0][1])


class _Osrm(BaseHTTPRequestHandler):
    requests: ClassVar[list[int]] = []
    broken = False

    def do_GET(self):
        url = urlsplit(self.path)  # urlparse would cut the path at ";"
        coords = [tuple(map(float, c.split(","))) for c in url.path.split("/")[-1].split(";")]
        points = [(lat, lon) for lon, lat in coords]
        query = parse_qs(url.query)
        src = [int(i) for i in query["sources"][0].split(";")]
        dst = [int(i) for i in query["destinations"][0].split(";")]
        type(self).requests.append(len(points))
        rows = [
            [None if self.broken else _road_seconds(points[s], points[d]) for d in dst] for s in src
        ]
        body = json.dumps({"code": "Ok", "durations": rows}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def osrm():
    _Osrm.requests, _Osrm.broken = [], False
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Osrm)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_large_matrix_is_asked_in_blocks_within_the_server_limit(osrm):
    matrix = osrm_duration_matrix(POINTS, osrm, max_table=4)
    expected = np.array([[_road_seconds(a, b) for b in POINTS] for a in POINTS])
    assert (matrix == expected).all()
    assert len(_Osrm.requests) > 1 and max(_Osrm.requests) <= 4


def test_an_unreachable_server_falls_back_to_straight_line_and_says_so():
    travel = travel_matrix(POINTS, 50, 1.3, "http://127.0.0.1:9")  # nothing listens there
    assert travel.source == "straight-line"
    assert "did not answer" in travel.note
    assert (travel.seconds == duration_matrix_s(POINTS)).all()


def test_places_without_a_road_between_them_fall_back_too(osrm):
    _Osrm.broken = True
    travel = travel_matrix(POINTS, 50, 1.3, osrm)
    assert travel.source == "straight-line" and "no road" in travel.note


def test_a_route_solved_on_road_times_reports_them(osrm):
    stops = [
        {"id": f"s{i}", "lat": lat, "lon": lon, "service_min": 10}
        for i, (lat, lon) in enumerate(POINTS[1:])
    ]
    base = {
        "start": {"lat": POINTS[0][0], "lon": POINTS[0][1]},
        "day_start": "08:00",
        "day_end": "17:00",
        "stops": stops,
    }
    from dataclasses import replace

    problem = parse_route_file(base)
    straight = solve(problem)
    road = solve(replace(problem, osrm_url=osrm))
    assert road.travel_note is None and straight.travel_note is None
    assert road.drive_min == pytest.approx(2 * straight.drive_min, rel=0.02)


def test_a_dead_server_is_found_out_once_before_planning_many_days():
    from salesdesk.core.territory.osrm import usable_osrm

    assert usable_osrm(None) == (None, None)
    url, note = usable_osrm("http://127.0.0.1:9")
    assert url is None and "did not answer" in note


def test_a_live_server_is_kept(osrm):
    from salesdesk.core.territory.osrm import usable_osrm

    assert usable_osrm(osrm) == (osrm, None)
