"""A day's route for other tools: GPX 1.1 (gpxpy), an ICS calendar (icalendar) and Google
Maps directions links, split into legs where the public URL's waypoint limit needs it.

Account names are user text: the libraries escape them (XML entities, RFC 5545 text
escaping); only characters XML cannot hold at all (control characters) are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

from .day_route import DayRoute, Visit
from .travel import LatLon

MAPS_DIR_URL = "https://www.google.com/maps/dir/"
MAX_WAYPOINTS = 9  # the public Maps URL scheme: origin + 9 waypoints + destination
PRODID = "-//SalesDesk//Route day//EN"
UID_DOMAIN = "salesdesk"
# Characters XML 1.0 cannot contain, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str | None) -> str | None:
    return None if text is None else _NOT_XML.sub("", text)


def _utc(moment: datetime) -> datetime:
    """A stored naive-UTC time as an aware UTC datetime."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def to_gpx(route: DayRoute) -> str:
    """GPX 1.1: a waypoint for home and each routed visit, and one route in visit order."""
    import gpxpy.gpx

    gpx = gpxpy.gpx.GPX()
    gpx.name = f"SalesDesk route {route.day.isoformat()}"
    gpx.creator = "SalesDesk"
    rte = gpxpy.gpx.GPXRoute(name=gpx.name)
    home = route.home
    if home is not None:
        gpx.waypoints.append(
            gpxpy.gpx.GPXWaypoint(home.lat, home.lon, name=_clean(home.label), type="home")
        )
        rte.points.append(gpxpy.gpx.GPXRoutePoint(home.lat, home.lon, name=_clean(home.label)))
    for n, v in enumerate(route.stops, start=1):
        name = _clean(f"{n}. {v.account}")
        when = _utc(v.start) if v.start else None
        gpx.waypoints.append(
            gpxpy.gpx.GPXWaypoint(
                v.lat,
                v.lon,
                time=when,
                name=name,
                description=_clean(v.address),
                comment=_clean(v.objective),
                type="visit",
            )
        )
        rte.points.append(gpxpy.gpx.GPXRoutePoint(v.lat, v.lon, time=when, name=name))
    if home is not None and route.stops:
        rte.points.append(gpxpy.gpx.GPXRoutePoint(home.lat, home.lon, name=_clean(home.label)))
    gpx.routes.append(rte)
    return gpx.to_xml(version="1.1")


def to_ics(
    route: DayRoute, *, stamp: datetime | None = None, include_unrouted: bool = True
) -> bytes:
    """An iCalendar with one VEVENT per visit, times in UTC, UID stable per call.

    Events start at the agreed (planned) time, which the route keeps within its slack;
    a visit with no planned time uses its route start, one with neither is left out.
    `stamp` (DTSTAMP) defaults to now.
    """
    from icalendar import Calendar, Event

    stamp = _utc(stamp) if stamp else datetime.now(UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    visits: Sequence[Visit] = route.visits if include_unrouted else route.stops
    for v in visits:
        when = v.planned_start or v.route_start
        if when is None:
            continue
        start = _utc(when)
        event = Event()
        event.add("uid", visit_uid(v))
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=v.duration_min))
        event.add("summary", v.account)
        if v.address:
            event.add("location", v.address)
        if v.objective:
            event.add("description", v.objective)
        if v.located:
            event.add("geo", (v.lat, v.lon))
        cal.add_component(event)
    return cal.to_ical()


def visit_uid(v: Visit) -> str:
    """The calendar UID of a visit: the same call always gets the same UID."""
    return f"{v.call_id}@{UID_DOMAIN}"


def _coords(point: LatLon) -> str:
    # Formatting (not locale) always writes a dot; 6 decimals is about 10 cm.
    return f"{point[0]:.6f},{point[1]:.6f}"


def directions_link(origin: LatLon, destination: LatLon, waypoints: Sequence[LatLon] = ()) -> str:
    """One Google Maps directions URL (driving) through `waypoints` in the given order."""
    params = {
        "api": "1",
        "origin": _coords(origin),
        "destination": _coords(destination),
    }
    if waypoints:
        params["waypoints"] = "|".join(_coords(p) for p in waypoints)
    params["travelmode"] = "driving"
    return MAPS_DIR_URL + "?" + urlencode(params, safe=",")


def directions_links(path: Sequence[LatLon], max_waypoints: int = MAX_WAYPOINTS) -> list[str]:
    """The whole path as consecutive legs; each leg ends where the next one starts."""
    if max_waypoints < 0:
        raise ValueError("max_waypoints cannot be negative")
    points = list(path)
    if len(points) < 2:
        return []
    links, i = [], 0
    while i < len(points) - 1:
        j = min(i + max_waypoints + 1, len(points) - 1)
        links.append(directions_link(points[i], points[j], points[i + 1 : j]))
        i = j
    return links


def route_links(route: DayRoute, max_waypoints: int = MAX_WAYPOINTS) -> list[str]:
    """Directions links for the day: home, the visits in order, home."""
    return directions_links(route.path, max_waypoints)
