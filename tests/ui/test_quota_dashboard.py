"""The quota dashboard on a known small team (tests/quotakit.py), offscreen."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMainWindow
from sqlalchemy import func, select

from salesdesk.core.deals.common import week_start, weeks_of
from salesdesk.core.models import QuotaSnapshot
from salesdesk.core.workspace import CURRENT_USER_KEY, current_profile, set_setting
from salesdesk.ui.deals.dashboard import QuotaDashboard
from salesdesk.ui.labels import money
from tests.quotakit import build


@pytest.fixture
def show(qtbot, make_state, db):
    team = build(db, date.today())
    windows = []  # qtbot holds them weakly

    def open_as(user_id) -> QuotaDashboard:
        with db.write() as s:
            set_setting(s, CURRENT_USER_KEY, str(user_id))
        widget = QuotaDashboard(make_state(current_profile(db)))
        window = QMainWindow()
        window.setCentralWidget(widget)
        qtbot.addWidget(window)
        windows.append(window)
        window.resize(1280, 800)
        with qtbot.waitSignal(widget.loaded, timeout=20_000):
            window.show()
        return widget

    return team, open_as


def _snapshots(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(QuotaSnapshot))


def test_a_rep_sees_their_figures_gap_and_needs(show):
    team, open_as = show
    w = open_as(team.alex)
    loc = w.locale()
    figures = {key: tile.value.text() for key, tile in w.figures.items()}
    assert figures == {
        "quota": money(50000, "GBP", loc),
        "won": money(10000, "GBP", loc),
        "commit": money(17000, "GBP", loc),
        "best_case": money(11000, "GBP", loc),
        "pipeline": money(5000, "GBP", loc),
        "gap": money(23000, "GBP", loc),
    }
    assert w.progress.value() == 20  # 10,000 of 50,000
    assert not w.scope.isEnabled() and w.scope.count() == 1
    assert w.data.needs.deals_to_create == 6 and w.data.needs.proposals == 5
    values = {
        w.needs_grid.itemAtPosition(r, 0).widget().text(): w.needs_grid.itemAtPosition(r, 1)
        .widget()
        .text()
        for r in range(w.needs_grid.rowCount())
        if w.needs_grid.itemAtPosition(r, 0) is not None
    }
    assert values["Deals to win"] == "3" and values["Deals to create"] == "6"
    assert values["Proposals to send"] == "5"


def test_the_chart_has_every_week_and_marks_the_live_one(show):
    team, open_as = show
    w = open_as(team.alex)
    labels = w.chart.categories
    weeks = weeks_of(date.today())
    assert len(labels) == len(weeks)
    current = weeks.index(week_start(date.today()))
    assert "live" in labels[current]
    assert all("no snapshot" in label for label in labels[:current])


def test_a_manager_picks_the_team_or_one_rep(show, qtbot):
    team, open_as = show
    w = open_as(team.max)
    assert [w.scope.itemText(i) for i in range(w.scope.count())] == [
        "The whole team",
        "Alex Rep",
        "Bea Rep",
    ]
    assert w.figures["quota"].value.text() == money(80000, "GBP", w.locale())
    with qtbot.waitSignal(w.loaded, timeout=20_000):
        w.scope.setCurrentIndex(2)
    assert w.figures["quota"].value.text() == money(30000, "GBP", w.locale())
    assert w.data.ids == (team.bea,) and w.scope.currentText() == "Bea Rep"
    assert "thin" in w.data.needs.shortfalls[0].code and w.short_text.text()


def test_take_snapshot_now_stores_a_row_per_rep_and_reloads(show, qtbot, db):
    team, open_as = show
    w = open_as(team.alex)
    assert _snapshots(db) == 0
    with qtbot.waitSignal(w.snapshot_taken, timeout=20_000) as taken:
        w.snapshot_button.click()
    assert taken.args[0].reps == 3 and _snapshots(db) == 3
    qtbot.waitUntil(lambda: w.snapshot_button.isEnabled() and w.status.text() == "")
    assert w.figures["gap"].value.text() == money(23000, "GBP", w.locale())
