"""Helpers for tests of the real map page: seed accounts, wait for the page, run scripts."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEventLoop, QTimer

from salesdesk.core.domain import Role
from salesdesk.core.models import Account
from salesdesk.core.workspace import ProfileInput, save_profile

# Around Manchester: (name, city, lat, lon, level, kind)
PLACES = [
    ("Ashworth Tools", "Bolton", 53.578, -2.429, "A", "customer"),
    ("Pennine Foods", "Rochdale", 53.615, -2.155, "B", "customer"),
    ("Irwell Print", "Salford", 53.488, -2.290, "C", "prospect"),
    ("Mersey Metals", "Stockport", 53.408, -2.149, "D", "prospect"),
    ("Oldham Office Supply", "Oldham", 53.541, -2.117, "A", "customer"),
]


def seed(db, rows=PLACES, *, owner: uuid.UUID | None = None) -> list[uuid.UUID]:
    """Accounts with stored levels (set by hand, so the colours are what the test says)."""
    ids = []
    with db.write() as s:
        for name, city, lat, lon, level, kind in rows:
            a = Account(
                name=name,
                city=city,
                lat=lat,
                lon=lon,
                geocode_precision="street" if lat is not None else "none",
                kind=kind,
                attention_level=level,
                attention_override=True,
                estimated_potential=100_000,
                current_revenue=10_000 if kind == "customer" else 0,
                owner_id=owner,
            )
            s.add(a)
            s.flush()
            ids.append(a.id)
    return ids


def rep(db, home=(53.48, -2.24)):
    return save_profile(
        db,
        ProfileInput(
            name="Robin Ashworth",
            role=Role.FIELD_REP,
            home_address="Piccadilly, Manchester",
            home_lat=home[0] if home else None,
            home_lon=home[1] if home else None,
        ),
    )


def js(map_view, script: str, timeout_ms: int = 10_000):
    """Run `script` in the page and return its value (waits on a local event loop)."""
    loop, out = QEventLoop(), []

    def done(value):
        out.append(value)
        loop.quit()

    map_view.run(script, done)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    assert out, f"the page did not answer: {script}"
    return out[0]


def wait_ready(qtbot, territory_view, timeout_ms: int = 30_000) -> None:
    qtbot.waitUntil(territory_view.settled, timeout=timeout_ms)


def marker_point(map_view, index: int) -> tuple[int, int]:
    """The marker's pixel in the web view."""
    p = js(
        map_view,
        f"(function(){{var p = SD.map().latLngToContainerPoint(SD.marker({index}).getLatLng());"
        "return Math.round(p.x) + ',' + Math.round(p.y);})()",
    )
    x, y = p.split(",")
    return int(x), int(y)
