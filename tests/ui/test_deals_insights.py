"""What works and openings panels on the hand-made data of the integration tests."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from sqlalchemy import func, select

from salesdesk.core.domain import Role
from salesdesk.core.models import Opportunity
from salesdesk.ui.deals.openings import OPENING_ROLE, OpeningsPanel
from salesdesk.ui.deals.whatworks import (
    COL_ADVANCED,
    COL_NAME,
    COL_TOUCHES,
    COL_WON,
    SMALL_ROLE,
    WhatWorksPanel,
)
from tests.integration.test_openings import world  # noqa: F401 - the fixture
from tests.integration.test_whatworks import pipeline  # noqa: F401 - the fixture


def _rows(table, *cols):
    return [tuple(table.item(r, c).text() for c in cols) for r in range(table.rowCount())]


def _open(qtbot, panel):
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    with qtbot.waitSignal(panel.loaded, timeout=20_000):
        panel.show()
    return panel


def test_what_works_shows_counts_beside_rates(qtbot, make_state, pipeline):  # noqa: F811
    panel = _open(qtbot, WhatWorksPanel(make_state(role=Role.SALES_MANAGER)))
    with qtbot.waitSignal(panel.loaded, timeout=20_000):
        panel.period.setCurrentIndex(panel.period.findData("all"))  # the data is from 2024
    rows = _rows(panel.channels, COL_NAME, COL_TOUCHES, COL_ADVANCED, COL_WON)
    assert rows[0] == ("Visit", "4", "25% (1 of 4)", "50% (1 of 2)")
    assert [r[0] for r in rows] == ["Visit", "Phone", "Email", "Video"]
    assert panel.channels.item(0, COL_ADVANCED).data(SMALL_ROLE) is True
    assert "1 of 2" in panel.baseline.text() and "3 of 8" in panel.baseline.text()
    tactics = _rows(panel.tactics, COL_NAME, COL_TOUCHES)
    assert tactics[0] == ("product demo", "4")


def test_what_works_by_stage_switches_the_tables(qtbot, make_state, pipeline):  # noqa: F811
    panel = _open(qtbot, WhatWorksPanel(make_state(role=Role.SALES_MANAGER)))
    with qtbot.waitSignal(panel.loaded, timeout=20_000):
        panel.period.setCurrentIndex(panel.period.findData("all"))
    panel.breakdown.setCurrentIndex(panel.breakdown.findData("stage"))
    assert panel.group.isVisible()
    groups = [panel.group.itemData(i) for i in range(panel.group.count())]
    assert groups == ["Prospecting", "Qualification", "Needs analysis", "Proposal"]
    panel.group.setCurrentIndex(1)
    assert _rows(panel.channels, COL_NAME, COL_TOUCHES, COL_ADVANCED)[0][1] == "1"
    assert panel.channels.rowCount() == 4 and "2 of 4" in panel.baseline.text()


def test_create_deal_from_a_cross_sell_row_once(qtbot, make_state, db, world):  # noqa: F811
    panel = _open(qtbot, OpeningsPanel(make_state(role=Role.SALES_MANAGER)))
    table = panel.tables["cross_sell"]
    row = next(
        r
        for r in range(table.rowCount())
        if (table.item(r, 0).text(), table.item(r, 1).text()) == ("C", "P1")
    )
    assert "3 of 3 similar customers" in table.item(row, 2).text()
    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(Opportunity))
    button = table.cellWidget(row, table.columnCount() - 1)
    assert isinstance(button, QPushButton)
    with qtbot.waitSignal(panel.deal_created) as created:
        button.click()
    deal_id = created.args[0]
    action = table.item(row, table.columnCount() - 1)
    assert table.cellWidget(row, table.columnCount() - 1) is None
    assert action.text() == "Deal created" and action.data(OPENING_ROLE) == deal_id
    assert panel.create_deal(table.item(row, 0).data(OPENING_ROLE)) == deal_id  # again
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Opportunity)) == before + 1
        assert s.get(Opportunity, deal_id).name == "C – P1"
    assert panel.tables["upsell"].item(0, 0).text() == "C"
