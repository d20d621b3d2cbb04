"""The reports dashboard on demo data: cards, filters, detail pages and exports, offscreen."""

from __future__ import annotations

import csv
import threading
from datetime import date

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, Qt, QThreadPool
from PySide6.QtWidgets import QMainWindow, QMessageBox
from sqlalchemy import select

import salesdesk.ui.reports.dashboard as dashboard_module
from salesdesk.core.demo import generate
from salesdesk.core.domain import Role
from salesdesk.core.models import User
from salesdesk.core.reports import REPORTS, ReportFilter, run_report
from salesdesk.core.workspace import CURRENT_USER_KEY, current_profile, set_setting
from salesdesk.ui.labels import money
from salesdesk.ui.reports.dashboard import ReportsPanel
from salesdesk.ui.reports.filters import preset_period
from salesdesk.ui.reports.table import VALUE_ROLE, ReportTableModel

TODAY = date.today()


@pytest.fixture
def demo(db):
    """A small demo team; the manager and one of their field reps."""
    generate(db, accounts=60, seed=3, today=TODAY)
    with db.read() as s:
        manager = s.scalar(select(User.id).where(User.role == Role.SALES_MANAGER))
        rep, rep_name = s.execute(
            select(User.id, User.name)
            .where(User.role == Role.FIELD_REP, User.manager_id == manager)
            .order_by(User.name)
        ).first()
    return manager, rep, rep_name


@pytest.fixture
def open_as(qtbot, make_state, db, demo):
    windows = []  # qtbot holds them weakly

    def build(user_id) -> ReportsPanel:
        with db.write() as s:
            set_setting(s, CURRENT_USER_KEY, str(user_id))
        panel = ReportsPanel(make_state(current_profile(db)))
        window = QMainWindow()
        window.setCentralWidget(panel)
        qtbot.addWidget(window)
        windows.append(window)
        window.resize(1400, 900)
        with qtbot.waitSignal(panel.loaded, timeout=20_000):
            window.show()
        return panel

    yield build
    QThreadPool.globalInstance().waitForDone(20_000)


def _messages(panel) -> list[QMessageBox]:
    return [b for b in panel.findChildren(QMessageBox, "reportExportMessage") if b.isVisible()]


def _closed_messages(panel) -> list[str]:
    texts = []
    for box in _messages(panel):
        texts.append(box.text())
        box.close()
    return texts


def test_the_overview_fills_every_card_with_the_real_reports(open_as, demo, db):
    manager, _rep, _name = demo
    panel = open_as(manager)
    flt = panel.filters.current()
    assert (flt.start, flt.end) == preset_period("month", TODAY)
    assert len(flt.rep_ids) > 1  # the manager's team
    assert [card.name for card in panel.cards.values()] == [s.name for s in REPORTS]
    for spec in REPORTS:
        card = panel.cards[spec.name]
        assert card.report is not None, spec.name
        assert card.report.rows == run_report(db, spec.name, flt).rows
        assert card.value.text() not in ("…", "")
    assert panel.busy.isHidden()
    assert panel.elapsed is not None and panel.elapsed < 5


def test_each_chart_draws_its_report_series(open_as, demo):
    manager, _rep, _name = demo
    panel = open_as(manager)
    for spec in REPORTS:
        card = panel.cards[spec.name]
        chart = card.report.chart
        expected = len(chart.series) + (1 if chart.line else 0)
        if not card.chart.is_empty():
            assert card.chart.series_count() == expected, spec.name
    assert panel.cards["pipeline"].chart.series_count() == 2  # amount, weighted
    assert panel.cards["forecast"].chart.series_count() == 4  # won, commit, best case, quota


def test_a_quiet_period_says_no_data_instead_of_empty_axes(open_as, demo, qtbot):
    manager, _rep, _name = demo
    panel = open_as(manager)
    panel.filters.set_preset("custom")
    with qtbot.waitSignal(panel.loaded, timeout=20_000):
        panel.filters.start.setDate(date(2001, 1, 1))
        panel.filters.end.setDate(date(2001, 1, 31))
    card = panel.cards["activities"]
    assert card.chart.is_empty() and card.chart.empty.isVisible()
    assert card.chart.empty.text() == "No data for this period"


def test_typing_custom_dates_calculates_once_when_the_dates_are_still(open_as, demo, qtbot):
    manager, _rep, _name = demo
    panel = open_as(manager)
    with qtbot.assertNotEmitted(panel.filters.changed, wait=400):
        panel.filters.set_preset("custom")  # the same dates, to edit: nothing to calculate
    asked = panel._asked
    bar = panel.filters
    with qtbot.waitSignal(panel.loaded, timeout=20_000) as done:
        for typed in (date(2020, 1, 1), date(2023, 1, 1), date(2023, 1, 13)):  # digit by digit
            bar.start.setDate(typed)
            qtbot.wait(40)
        bar.end.setDate(date(2023, 1, 31))
        assert panel._asked == asked  # nothing started while typing
    assert panel._asked == asked + 1
    assert (done.args[0].start, done.args[0].end) == (date(2023, 1, 13), date(2023, 1, 31))
    with qtbot.waitSignal(panel.loaded, timeout=20_000):  # leaving the field: at once
        bar.end.setDate(date(2023, 2, 28))
        bar.end.editingFinished.emit()
        assert panel._asked == asked + 2


def test_a_stale_result_never_overwrites_a_newer_filter(open_as, demo, qtbot, monkeypatch):
    manager, _rep, _name = demo
    panel = open_as(manager)
    year = ReportFilter(*preset_period("year", TODAY), rep_ids=panel.filters.current().rep_ids)
    gate, held = threading.Event(), threading.Event()
    real = dashboard_module.run_report

    def slow_for_the_year(db, name, flt):  # the year's first report finishes last
        if flt == year:
            held.set()
            gate.wait(20)
        return real(db, name, flt)

    monkeypatch.setattr(dashboard_module, "run_report", slow_for_the_year)
    pool = QThreadPool.globalInstance()  # the held job must leave a thread for the newer
    threads = pool.maxThreadCount()
    pool.setMaxThreadCount(max(2, threads))
    panel.filters.set_preset("year")
    assert held.wait(10)
    stale = panel._jobs[-1]
    with qtbot.waitSignal(panel.loaded, timeout=20_000) as newer:
        panel.filters.set_preset("last_month")
    last_month = preset_period("last_month", TODAY)
    assert (newer.args[0].start, newer.args[0].end) == last_month
    with qtbot.waitSignal(stale.progress, timeout=20_000):  # the old pipeline arrives now
        gate.set()
    qtbot.wait(50)
    for card in panel.cards.values():
        assert (card.report.filter.start, card.report.filter.end) == last_month
    assert (panel.shown_filter.start, panel.shown_filter.end) == last_month
    pool.setMaxThreadCount(threads)


def test_opening_a_card_shows_the_report_rows_and_back_returns(open_as, demo, db, qtbot):
    manager, _rep, _name = demo
    panel = open_as(manager)
    card = panel.cards["forecast"]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert panel.pages.currentWidget() is panel.detail
    expected = run_report(db, "forecast", panel.filters.current())
    model = panel.detail.model
    assert model.rowCount() == len(expected.rows)
    assert model.columnCount() == len(expected.columns)
    for r, row in enumerate(expected.rows):
        for c, value in enumerate(row):
            assert model.index(r, c).data(VALUE_ROLE) == value
    quota = expected.column("quota")
    cell = model.index(0, quota)
    assert cell.data() == money(expected.rows[0][quota], panel.currency, panel.locale())
    assert cell.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignTrailing.value
    qtbot.keyClick(panel.detail.table, Qt.Key.Key_Escape)
    assert panel.pages.currentWidget() is panel.overview
    assert card.hasFocus()
    qtbot.keyClick(panel.cards["debriefs"], Qt.Key.Key_Return)  # cards open from the keyboard
    assert panel.detail.report.name == "debriefs"
    rate = panel.detail.report.column("debrief_rate")
    shown = panel.detail.model.index(0, rate).data()
    assert shown.endswith(" %") or shown == "—"


def test_sorting_the_table_orders_by_value_with_blanks_last(open_as, demo, qtbot):
    manager, _rep, _name = demo
    panel = open_as(manager)
    panel.open_report("pipeline")
    table, model = panel.detail.table, panel.detail.model
    days = panel.detail.report.column("avg_days")
    table.sortByColumn(days, Qt.SortOrder.DescendingOrder)
    values = [model.index(r, days).data(VALUE_ROLE) for r in range(model.rowCount())]
    known = [v for v in values if v is not None]
    assert known == sorted(known, reverse=True)
    assert values[len(known) :] == [None] * (len(values) - len(known))


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_export_writes_the_report_file(open_as, demo, qtbot, tmp_path, fmt):
    manager, _rep, _name = demo
    panel = open_as(manager)
    panel.open_report("pipeline")
    report = panel.detail.report
    target = tmp_path / f"pipeline.{fmt}"
    panel.detail.choose_path = lambda _parent, _fmt, _suggested: str(target)
    next(a for a in panel.detail.export_menu.actions() if a.data() == fmt).trigger()
    qtbot.waitUntil(lambda: bool(_messages(panel)), timeout=20_000)
    assert _closed_messages(panel)[0].startswith("The report was written to")
    assert target.exists()
    stages = [row[0] for row in report.rows]
    if fmt == "csv":
        with target.open(newline="", encoding="utf-8-sig") as f:
            rows = list(csv.reader(f))
        assert rows[0][0] == "Stage" and [r[0] for r in rows[1:]] == stages
    elif fmt == "xlsx":
        sheet = openpyxl.load_workbook(target).active
        firsts = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
        assert firsts == stages
        amount = report.column("amount")
        assert sheet.cell(2, amount + 1).value == pytest.approx(report.rows[0][amount])
    else:
        text = "".join(page.extract_text() for page in PdfReader(target).pages)
        assert "Pipeline by stage" in text and stages[0] in text


def test_an_export_that_cannot_be_written_says_so(open_as, demo, qtbot, tmp_path):
    manager, _rep, _name = demo
    panel = open_as(manager)
    panel.open_report("coverage")
    target = tmp_path / "missing folder" / "coverage.csv"
    panel.detail.choose_path = lambda _parent, _fmt, _suggested: str(target)
    panel.detail.export("csv")
    qtbot.waitUntil(lambda: bool(_messages(panel)), timeout=20_000)
    texts = _closed_messages(panel)
    assert texts[0].startswith("The report was not written")
    assert str(target.parent) in texts[0]  # the error names the file
    assert not target.exists()


def test_a_rep_sees_only_their_own_figures(open_as, demo, db):
    _manager, rep, rep_name = demo
    panel = open_as(rep)
    assert panel.filters.rep.count() == 1 and not panel.filters.rep.isEnabled()
    flt = panel.filters.current()
    assert flt.rep_ids == (rep,)
    team = ReportFilter(flt.start, flt.end)
    for spec in REPORTS:
        assert panel.cards[spec.name].report.rows == run_report(db, spec.name, flt).rows
    mine = panel.cards["activities"].report
    assert mine.rows != run_report(db, "activities", team).rows
    assert mine.rep_names == (rep_name,)


def test_a_manager_can_pick_one_rep_and_a_territory(open_as, demo, db, qtbot):
    manager, rep, rep_name = demo
    panel = open_as(manager)
    bar = panel.filters
    with qtbot.waitSignal(panel.loaded, timeout=20_000):
        bar.rep.setCurrentIndex(bar.rep.findText(rep_name))
    assert bar.current().rep_ids == (rep,)
    with qtbot.waitSignal(panel.loaded, timeout=20_000):
        bar.territory.setCurrentIndex(1)
    flt = bar.current()
    assert flt.territory_id is not None
    assert panel.cards["coverage"].report.rows == run_report(db, "coverage", flt).rows


def test_a_data_change_recalculates_the_cards(open_as, demo, qtbot):
    manager, _rep, _name = demo
    panel = open_as(manager)
    with qtbot.waitSignal(panel.loaded, timeout=20_000):
        panel._state.notifier.changed.emit(frozenset({"opportunities"}))
    with qtbot.assertNotEmitted(panel.loaded, wait=600):
        panel._state.notifier.changed.emit(frozenset({"form_drafts", "change_log"}))


def test_renaming_a_time_category_refreshes_the_time_audit_card(open_as, demo, db, qtbot):
    from salesdesk.core.automation import timeaudit as ta

    manager, _rep, _name = demo
    panel = open_as(manager)
    with db.read() as s:
        cats = ta.categories(s)
    travel = next(c for c in cats if c.key == "travel")
    shown = {row[0] for row in panel.cards["timeaudit"].report.rows}
    assert travel.label in shown  # the demo logs travel every month
    renamed = [ta.Category(c.key, "On the road" if c is travel else c.label) for c in cats]
    with qtbot.waitSignal(panel.loaded, timeout=20_000):  # the write changes settings only
        ta.save_categories(db, renamed)
    labels = {row[0] for row in panel.cards["timeaudit"].report.rows}
    assert "On the road" in labels and travel.label not in labels


def test_the_table_model_passes_the_model_tester(qtmodeltester, demo, db):
    model = ReportTableModel()
    flt = ReportFilter(*preset_period("quarter", TODAY))
    model.set_report(run_report(db, "debriefs", flt), "GBP", QLocale())
    qtmodeltester.check(model)
    model.sort(3, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_cancelling_an_export_leaves_no_file(open_as, demo, qtbot, tmp_path, monkeypatch):
    import salesdesk.ui.reports.export as export_module

    manager, _rep, _name = demo
    panel = open_as(manager)
    panel.open_report("activities")
    gate = threading.Event()
    real = export_module.export_report

    def held(*args, **kwargs):  # the user presses Cancel while the export has not begun
        gate.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(export_module, "export_report", held)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "activities.pdf"
    panel.detail.choose_path = lambda _parent, _fmt, _suggested: str(target)
    job = panel.detail.export("pdf")
    job.progress_dialog.canceled.emit()  # what its Cancel button sends
    gate.set()
    qtbot.waitUntil(lambda: bool(_messages(panel)), timeout=20_000)
    assert _closed_messages(panel) == ["The export was cancelled; no file was written."]
    assert list(folder.iterdir()) == []  # no file, no temporary left behind
