"""The territory view in the real web engine: offline, safe, and in step with the list."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest

from salesdesk.core.domain import Role
from salesdesk.core.models import Account, Call
from salesdesk.core.territory.day_route import utc_at
from salesdesk.core.workspace import ProfileInput, save_profile
from salesdesk.ui.map.base import ONLINE_KEY, PACK_KEY
from tests.hostile import HOSTILE
from tests.ui.mapkit import PLACES, js, marker_point, rep, seed, wait_ready


@pytest.fixture(autouse=True)
def _no_base_map_settings():
    s = QSettings()
    for key in (PACK_KEY, ONLINE_KEY):
        s.remove(key)
    yield
    for key in (PACK_KEY, ONLINE_KEY):
        s.remove(key)


def test_accounts_are_drawn_by_level_and_the_page_asks_for_nothing_remote(db, open_view):
    seed(db)
    with db.write() as s:  # one account without coordinates: listed, never drawn at 0,0
        s.add(Account(name="No Where Ltd", city="Wigan", geocode_precision="none"))
    view = open_view()
    assert js(view.map, "SD.markerCount()") == len(PLACES)
    colours = json.loads(
        js(
            view.map,
            "JSON.stringify([0,1,2,3,4,5].map(function(i){"
            "var m=SD.marker(i); return m && m.options.fillColor;}))",
        )
    )
    assert None in colours  # the unlocated account has no marker
    assert {"#D55E00", "#E69F00", "#0072B2", "#7F7F7F"} <= set(colours)
    assert not view.map.interceptor.blocked
    schemes = {u.split(":", 1)[0] for u in view.map.interceptor.requested}
    assert schemes <= {"salesdesk", "qrc", "data", "blob"}, schemes
    assert view.tabs.tabText(1).endswith("(1)")
    assert "built-in" in view.base_label
    legend = js(view.map, "document.querySelector('.sd-legend').textContent")
    assert "A: visit weekly" in legend


def test_clicking_a_marker_selects_the_account_in_the_list(db, open_view, qtbot):
    ids = seed(db)
    view = open_view()
    x, y = marker_point(view.map, view._data.index_of(ids[1].hex))
    QTest.mouseClick(view.map.view.focusProxy(), Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    qtbot.waitUntil(lambda: view.selected_id() == ids[1].hex, timeout=5000)
    assert view.selected_id() == ids[1].hex
    assert view.d_name.text() == PLACES[1][0]


def test_selecting_in_the_list_moves_the_map_without_a_reload(db, open_view, qtbot):
    ids = seed(db)
    view = open_view()
    pages = view.map.handler.served.count("map/index.html")
    js(view.map, "SD.map().setView([53.0, -1.0], 14, {animate: false}); true")
    i = view._data.index_of(ids[3].hex)
    view.table.selectRow(view.model.row_of(ids[3].hex))
    qtbot.waitUntil(lambda: js(view.map, "SD.selected()") == i, timeout=5000)
    inside = js(view.map, f"SD.map().getBounds().contains(SD.marker({i}).getLatLng())")
    assert inside is True
    assert view.map.handler.served.count("map/index.html") == pages


def test_filters_apply_to_list_and_map_together(db, open_view, qtbot):
    seed(db)
    view = open_view()
    view.level.setCurrentIndex(view.level.findData("A"))
    assert view.model.rowCount() == 2
    qtbot.waitUntil(lambda: js(view.map, "SD.markerCount()") == 2, timeout=5000)
    view.level.setCurrentIndex(0)
    view.search.setText("mersey")
    view.apply_filter()
    qtbot.waitUntil(lambda: js(view.map, "SD.markerCount()") == 1, timeout=5000)
    assert view.model.account_at(0).name == "Mersey Metals"


def test_dragging_a_marker_saves_a_manual_location(db, open_view, qtbot):
    ids = seed(db)
    view = open_view()
    view.select_account(ids[0].hex)
    i = view._data.index_of(ids[0].hex)
    qtbot.waitUntil(lambda: js(view.map, "SD.selected()") == i, timeout=5000)
    # The drag handle's own dragend, as Leaflet fires it at the end of a mouse drag.
    js(
        view.map,
        "(function(){var h=null; SD.map().eachLayer(function(l){"
        "if (l.options && l.options.draggable) h=l;});"
        "h.setLatLng([53.6, -2.4]); h.fire('dragend'); return true;})()",
    )
    qtbot.waitUntil(lambda: _stored(db, ids[0])[2] == "manual", timeout=5000)
    lat, lon, precision = _stored(db, ids[0])
    assert (round(lat, 3), round(lon, 3), precision) == (53.6, -2.4, "manual")
    assert view.d_where.text() == "Location set by hand"


def test_an_account_without_location_is_placed_with_one_click(db, open_view, qtbot):
    seed(db)
    with db.write() as s:
        lost = Account(name="No Where Ltd", city="Wigan", geocode_precision="none")
        s.add(lost)
        s.flush()
        lost_id = lost.id
    view = open_view()
    view.tabs.setCurrentIndex(1)
    assert view.model.rowCount() == 1
    view.table.selectRow(0)
    view.place_btn.click()
    qtbot.waitUntil(
        lambda: js(view.map, "SD.map().getContainer().classList.contains('sd-placing')"),
        timeout=5000,
    )
    size = view.map.view.size()
    QTest.mouseClick(
        view.map.view.focusProxy(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(size.width() // 2, size.height() // 2),
    )
    qtbot.waitUntil(lambda: _stored(db, lost_id)[2] == "manual", timeout=5000)
    lat, lon, _ = _stored(db, lost_id)
    assert 53.0 < lat < 54.0 and -3.0 < lon < -1.5  # where the map was, not 0,0
    assert view.model.rowCount() == 0  # it left the needs-location list
    assert js(view.map, "SD.markerCount()") == len(PLACES) + 1


def test_bridge_rejects_ids_and_points_it_does_not_know(db, open_view):
    ids = seed(db)
    view = open_view()
    seen = []
    view.map.bridge.account_clicked.connect(seen.append)
    view.map.bridge.account_moved.connect(lambda *a: seen.append(a))
    for bad in ("", "x" * 32, uuid.uuid4().hex, "'; DROP TABLE accounts; --", ids[0].hex.upper()):
        view.map.bridge.select(bad)
    view.map.bridge.moveAccount(ids[0].hex, 200.0, 0.0)
    view.map.bridge.moveAccount(ids[0].hex, float("nan"), 0.0)
    assert seen == []
    assert view.map.bridge.rejected == 7
    view.map.bridge.select(ids[0].hex)
    assert seen == [ids[0].hex]


def test_the_page_cannot_navigate_away_or_open_windows(db, open_view, qtbot):
    seed(db)
    view = open_view()
    js(view.map, "window.open('salesdesk:map/index.html'); location.href='https://example.org/'; 1")
    js(view.map, "location.href='file:///etc/passwd'; 1")
    QTest.qWait(300)
    assert view.map.page.url().toString().startswith("salesdesk:map/index.html")
    assert js(view.map, "window.SD_READY === true") is True
    assert not any(u.startswith("file:") for u in view.map.interceptor.requested if "passwd" in u)


def test_hostile_names_display_literally_and_never_run(db, open_view, qtbot):
    rows = [
        (name, name[:60], 53.3 + 0.01 * i, -2.6 + 0.01 * i, "ABCD"[i % 4], "customer")
        for i, name in enumerate(HOSTILE)
    ]
    ids = seed(db, rows)
    view = open_view()
    assert js(view.map, "SD.markerCount()") == len(HOSTILE)
    for n, (name, _city, *_rest) in enumerate(rows):
        i = view._data.index_of(ids[n].hex)
        text = js(
            view.map,
            f"(function(){{SD.marker({i}).fire('mouseover', {{}}, true);"
            "var t=document.querySelector('.leaflet-tooltip');"
            "return t ? t.querySelector('strong').textContent + '|' + "
            "t.querySelectorAll('div')[0].textContent : null;})()",
        )
        expected_name = name.replace("\u0000", "\ufffd")
        assert text is not None and text.split("|", 1)[0] in (name, expected_name), (n, text)
        view.select_account(ids[n].hex)
    QTest.qWait(300)
    assert js(view.map, "typeof window.__pwned") == "undefined"
    assert js(view.map, "document.title") == js(view.map, "document.title.replace(/pwned/g,'')")
    assert not view.map.interceptor.blocked  # //evil.example never requested
    # The list and the details panel show the same strings, as plain text.
    shown = {view.model.account_at(r).name for r in range(view.model.rowCount())}
    assert shown == {r[0] for r in rows}


def _stored(db, account_id):
    with db.read() as s:
        a = s.get(Account, account_id)
        return a.lat, a.lon, a.geocode_precision


def test_todays_route_and_the_call_pattern_are_layers(db, open_view, qtbot):
    profile = rep(db)
    ids = seed(db, owner=profile.id)
    day = date.today()
    with db.write() as s:
        for n, account_id in enumerate(ids[:3]):
            s.add(
                Call(
                    account_id=account_id,
                    owner_id=profile.id,
                    call_type="visit",
                    status="planned",
                    planned_start=utc_at(day, (10 + 2 * n) * 3600),
                    duration_min=30,
                )
            )
    view = open_view(profile)
    stops = json.loads(
        js(
            view.map,
            "JSON.stringify(Array.prototype.map.call("
            "document.querySelectorAll('.sd-stop'), function(e){return e.textContent;}))",
        )
    )
    assert stops == ["1", "2", "3"]
    labels = js(view.map, "document.querySelector('.leaflet-control-layers').textContent")
    assert "Today's route" in labels and "Home base" in labels
    # The pattern is planned on a worker thread and added as one layer per weekday.
    assert "Pattern: Monday" in labels
    assert js(view.map, "document.querySelectorAll('.sd-home').length") == 1


def test_look_up_addresses_places_accounts_offline_at_town_level(db, open_view, qtbot):
    seed(db)
    with db.write() as s:
        s.add(Account(name="Wigan Wire Co", city="Wigan", country="GB", geocode_precision="none"))
        s.add(Account(name="Atlantis Ltd", city="Atlantis", country="GB", geocode_precision="none"))
    view = open_view()
    view.tabs.setCurrentIndex(1)
    assert view.model.rowCount() == 2
    view.lookup_btn.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.map_ready, timeout=60_000)
    assert view.model.account_at(0).name == "Atlantis Ltd"
    with db.read() as s:
        wigan = s.query(Account).filter_by(name="Wigan Wire Co").one()
        assert wigan.geocode_precision == "city"
        assert 53.4 < wigan.lat < 53.7 and -2.8 < wigan.lon < -2.5
    view.table.selectRow(0)
    assert "Approximate" not in view.d_where.text()
    assert "Needs location" in view.d_where.text()
    assert "\n" in view.d_where.text()  # and why it is still waiting


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "salesdesk:map/assets/leaflet/images/../../../../../../etc/passwd",
        "salesdesk:map/assets/leaflet/images/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
        "salesdesk:tiles/pack/0/0/0",
        "http://127.0.0.1:9/x",
    ],
)
def test_page_scripts_cannot_read_files_or_reach_out(db, open_view, qtbot, url):
    seed(db)
    view = open_view()
    js(
        view.map,
        "window.__r = null; fetch(" + json.dumps(url) + ").then(function(r){"
        "if (!r.ok) { window.__r = 'refused'; return; }"
        "return r.text().then(function(t){window.__r = 'read:' + t.slice(0, 20);});})"
        ".catch(function(){window.__r = 'refused';}); 1",
    )
    qtbot.waitUntil(lambda: js(view.map, "String(window.__r)") != "null", timeout=5000)
    assert js(view.map, "String(window.__r)") == "refused"


def test_hostile_home_address_and_route_stops_stay_text(db, open_view, qtbot):
    hostile_home = "<img src=x onerror=window.__pwned=1> ${window.__pwned=1}"
    profile = save_profile(
        db,
        ProfileInput(
            name="Robin Ashworth",
            role=Role.FIELD_REP,
            home_address=hostile_home,
            home_lat=53.48,
            home_lon=-2.24,
        ),
    )
    rows = [(HOSTILE[i], "Town", 53.4 + 0.02 * i, -2.3, "A", "customer") for i in range(3)]
    ids = seed(db, rows, owner=profile.id)
    with db.write() as s:
        for n, account_id in enumerate(ids):
            s.add(
                Call(
                    account_id=account_id,
                    owner_id=profile.id,
                    call_type="visit",
                    status="planned",
                    planned_start=utc_at(date.today(), (10 + n) * 3600),
                    duration_min=30,
                )
            )
    view = open_view(profile)
    texts = json.loads(
        js(
            view.map,
            "(function(){var out=[]; SD.map().eachLayer(function(l){"
            "if (l.getTooltip && l.getTooltip() && (l.options.icon)) {"
            "l.openTooltip(); var t=l.getTooltip().getElement();"
            "if (t) out.push(t.textContent); l.closeTooltip();}});"
            "return JSON.stringify(out);})()",
        )
    )
    assert any(hostile_home in t for t in texts), texts
    for name, *_rest in rows:
        assert any(name in t for t in texts), name
    assert js(view.map, "typeof window.__pwned") == "undefined"


def test_the_main_window_prebuilds_territory_and_reloads_swap_data_only(db, make_state, qtbot):
    from salesdesk.core.domain import Process
    from salesdesk.ui.main_window import MainWindow

    profile = rep(db)
    ids = seed(db, owner=profile.id)
    window = MainWindow(make_state(profile), QSettings())
    qtbot.addWidget(window)
    window.show()
    window._prebuild_territory()  # what the window does two seconds after start-up
    view = window.views[Process.TERRITORY]
    assert window.stack.currentWidget() is not view  # built, not shown
    qtbot.waitUntil(lambda: view._data is not None, timeout=20_000)
    window.show_process(Process.TERRITORY)
    wait_ready(qtbot, view)
    assert js(view.map, "SD.markerCount()") == len(PLACES)
    pages = view.map.handler.served.count("map/index.html")
    # A change (a new level) reloads the data; the page itself stays.
    view.select_account(ids[2].hex)
    view.attention.setCurrentIndex(view.attention.findData("A"))
    view.attention.activated.emit(view.attention.currentIndex())
    qtbot.waitUntil(lambda: view.model.account_at(0) is not None and view.map_ready, timeout=10_000)
    qtbot.waitUntil(
        lambda: view.selected_id() == ids[2].hex and "level A, set by the rep" in view.d_why.text(),
        timeout=10_000,
    )
    assert view.map.handler.served.count("map/index.html") == pages
    i = view._data.index_of(ids[2].hex)
    assert js(view.map, f"SD.marker({i}).options.fillColor") == "#D55E00"
