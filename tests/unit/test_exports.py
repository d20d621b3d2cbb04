"""Route exports: GPX and ICS parse back intact, directions links split into chained legs."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import gpxpy
import pytest
from icalendar import Calendar

from salesdesk.core.territory.day_route import DayRoute, Place, Visit
from salesdesk.core.territory.exports import (
    MAX_WAYPOINTS,
    directions_links,
    route_links,
    to_gpx,
    to_ics,
    visit_uid,
)

DAY = date(2026, 6, 15)
HOSTILE = "<script>alert('x')</script> \"Quotes\" & 'co'\nline two; a,b ${x} \\ end"


def visit(n: int, name: str | None = None, located: bool = True) -> Visit:
    start = datetime(2026, 6, 15, 8, 0) + timedelta(minutes=50 * n)
    return Visit(
        call_id=uuid.UUID(int=n + 1),
        account_id=uuid.UUID(int=1000 + n),
        account=name or f"Account {n}",
        address=f"{n} High Street, Town" if n % 2 else HOSTILE,
        lat=53.0 + n / 100 if located else None,
        lon=-2.0 - n / 100 if located else None,
        planned_start=start,
        duration_min=30,
        objective=HOSTILE if n == 0 else f"objective {n}",
        route_start=start + timedelta(minutes=5) if located else None,
        arrival="x" if located else None,
    )


def day_route(stops: int = 4) -> DayRoute:
    routed = [visit(n, HOSTILE if n == 1 else None) for n in range(stops)]
    return DayRoute(
        day=DAY,
        owner_id=uuid.UUID(int=99),
        home=Place(53.4, -2.16, "Home <base>"),
        stops=routed,
        unscheduled=[replace(visit(stops), route_start=None, arrival=None)],
        needs_location=[visit(stops + 1, located=False)],
    )


def test_gpx_parses_back_with_the_points_in_visit_order():
    route = day_route()
    parsed = gpxpy.parse(to_gpx(route))
    assert parsed.version == "1.1"
    (rte,) = parsed.routes
    points = [(p.latitude, p.longitude) for p in rte.points]
    assert points == route.path
    assert points[0] == points[-1] == (53.4, -2.16)
    names = [w.name for w in parsed.waypoints]
    assert names[0] == "Home <base>"
    assert names[1:] == [f"{n}. {v.account}" for n, v in enumerate(route.stops, start=1)]
    assert parsed.waypoints[2].name == "2. " + HOSTILE  # the hostile name survives intact
    assert parsed.waypoints[1].time == datetime(2026, 6, 15, 8, 5, tzinfo=UTC)


def test_gpx_escapes_hostile_names():
    text = to_gpx(day_route())
    assert "<script>" not in text
    assert "&lt;script&gt;" in text


def test_gpx_drops_characters_xml_cannot_hold():
    route = day_route(1)
    bad = DayRoute(DAY, route.owner_id, route.home, stops=[visit(0, "A\x00B\x1bC")])
    assert gpxpy.parse(to_gpx(bad)).waypoints[1].name == "1. ABC"


def test_ics_one_event_per_visit_in_utc_with_stable_uids():
    route = day_route()
    stamp = datetime(2026, 6, 1, 12, 0)
    raw = to_ics(route, stamp=stamp)
    assert raw == to_ics(route, stamp=stamp)  # same day, same file
    cal = Calendar.from_ical(raw)
    events = list(cal.walk("VEVENT"))
    dated = [v for v in route.visits if v.start is not None]
    assert len(events) == len(dated) == 6  # routed, unscheduled, needs location
    assert [str(e["UID"]) for e in events] == [visit_uid(v) for v in dated]
    assert len({str(e["UID"]) for e in events}) == len(events)
    for event, v in zip(events, dated, strict=True):
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert start.utcoffset() == timedelta(0)
        assert start == v.planned_start.replace(tzinfo=UTC)  # the agreed time
        assert end - start == timedelta(minutes=v.duration_min)
        assert str(event["SUMMARY"]) == v.account
        assert str(event["LOCATION"]) == v.address
    assert b"DTSTART:20260615T080000Z" in raw


def test_ics_hostile_text_survives_intact_and_escaped():
    route = day_route()
    raw = to_ics(route, stamp=datetime(2026, 6, 1, tzinfo=UTC))
    events = list(Calendar.from_ical(raw).walk("VEVENT"))
    assert str(events[1]["SUMMARY"]) == HOSTILE
    assert str(events[0]["DESCRIPTION"]) == HOSTILE
    assert str(events[0]["LOCATION"]) == HOSTILE
    unfolded = raw.replace(b"\r\n ", b"")
    # No raw newline inside a value, no unescaped separators: the line stays one property.
    summary = next(line for line in unfolded.split(b"\r\n") if b"SUMMARY:<script>" in line)
    assert b"\\n" in summary and b"\\;" in summary and b"\\," in summary
    assert b"\nline two" not in unfolded


def _query(link: str) -> dict[str, list[str]]:
    parts = urlsplit(link)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "www.google.com", "/maps/dir/")
    query = parse_qs(parts.query)
    assert query["api"] == ["1"] and query["travelmode"] == ["driving"]
    return query


def _point(text: str) -> tuple[float, float]:
    lat, lon = text.split(",")
    return float(lat), float(lon)


def test_25_stops_give_several_chained_links_of_at_most_9_waypoints():
    route = day_route(25)
    path = route.path  # home, 25 stops, home
    links = route_links(route)
    assert len(links) == 3
    walked: list[tuple[float, float]] = []
    previous_end = None
    for link in links:
        q = _query(link)
        waypoints = q["waypoints"][0].split("|") if "waypoints" in q else []
        assert len(waypoints) <= MAX_WAYPOINTS
        origin, destination = _point(q["origin"][0]), _point(q["destination"][0])
        if previous_end is not None:
            assert origin == previous_end  # consecutive legs share their end/start point
        walked += ([] if previous_end else [origin]) + [_point(w) for w in waypoints]
        walked.append(destination)
        previous_end = destination
    assert walked == [(round(a, 6), round(b, 6)) for a, b in path]


def test_coordinates_are_written_with_dots():
    (link,) = directions_links([(53.5, -2.25), (48.856613, 2.352222)])
    q = _query(link)
    assert q["origin"] == ["53.500000,-2.250000"]
    assert q["destination"] == ["48.856613,2.352222"]
    assert "waypoints" not in q


@pytest.mark.parametrize(("points", "count"), [(0, 0), (1, 0), (2, 1), (11, 1), (12, 2), (21, 2)])
def test_link_counts(points, count):
    assert len(directions_links([(50.0, float(i) / 10) for i in range(points)])) == count


def test_route_links_start_and_end_at_home():
    route = day_route(12)
    links = route_links(route)
    assert len(links) == 2  # home + 12 stops + home = 14 points
    assert _query(links[0])["origin"] == ["53.400000,-2.160000"]
    assert _query(links[-1])["destination"] == ["53.400000,-2.160000"]
