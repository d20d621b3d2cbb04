"""The dashboard reports on a small hand-built team (tests/reportkit.py describes it)."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from salesdesk.core.domain import Role
from salesdesk.core.reports import (
    REPORTS,
    ReportError,
    ReportFilter,
    export_report,
    run_report,
    spec,
    territories,
    visible_reps,
)
from salesdesk.core.reports.forecast import build_forecast
from salesdesk.core.reports.insight import ALL
from tests import quotakit, reportkit
from tests.reportkit import MARCH


@pytest.fixture
def world(db) -> reportkit.World:
    return reportkit.build(db)


def rows_by(report, key: str | None = None) -> dict:
    first = report.columns[0].key if key is None else key
    i = report.column(first)
    return {
        row[i]: dict(zip((c.key for c in report.columns), row, strict=True)) for row in report.rows
    }


def with_(flt: ReportFilter, **kw) -> ReportFilter:
    return ReportFilter(**{**flt.__dict__, **kw})


# Pipeline ----------------------------------------------------------------------------
def test_pipeline_counts_open_deals_closing_in_the_period_and_the_closed_ones(db, world):
    report = run_report(db, "pipeline", MARCH)
    rows = rows_by(report)
    assert [r[0] for r in report.rows][:5] == [
        "Prospecting",
        "Qualification",
        "Needs analysis",
        "Proposal",
        "Negotiation",
    ]
    assert (rows["Proposal"]["deals"], rows["Proposal"]["amount"]) == (2, 15000.0)
    assert rows["Proposal"]["weighted"] == pytest.approx(9000.0)
    assert rows["Prospecting"]["weighted"] == pytest.approx(200.0)
    assert rows["Negotiation"]["deals"] == 0  # its only deal has no close date
    assert (rows["Closed won"]["deals"], rows["Closed won"]["amount"]) == (1, 4000.0)
    assert (rows["Closed lost"]["deals"], rows["Closed lost"]["amount"]) == (1, 1000.0)
    assert rows["Closed won"]["avg_days"] is None
    assert rows["Proposal"]["avg_days"] > 0
    params = [n.params["count"] for n in report.notes]
    assert params == [1, 1]  # one outside the period, one undated


def test_pipeline_filters_by_rep_and_territory(db, world):
    alex = rows_by(run_report(db, "pipeline", with_(MARCH, rep_ids=(world.alex,))))
    assert (alex["Proposal"]["deals"], alex["Proposal"]["amount"]) == (1, 10000.0)
    assert alex["Closed lost"]["deals"] == 0
    south = rows_by(run_report(db, "pipeline", with_(MARCH, territory_id=world.south)))
    assert (south["Proposal"]["deals"], south["Proposal"]["amount"]) == (1, 5000.0)
    assert south["Prospecting"]["deals"] == 0 and south["Closed won"]["deals"] == 0
    assert south["Closed lost"]["deals"] == 1


# Activities --------------------------------------------------------------------------
def test_activities_count_held_calls_and_touches_per_week(db, world):
    report = run_report(db, "activities", MARCH)
    rows = rows_by(report)
    assert list(rows) == [
        date(2024, 2, 26),
        date(2024, 3, 4),
        *(date(2024, 3, d) for d in (11, 18, 25)),
    ]
    week = rows[date(2024, 3, 4)]
    assert (week["calls"], week["visits"], week["phone"], week["emails"], week["other"]) == (
        2,
        1,
        1,
        1,
        0,
    )
    assert (rows[date(2024, 3, 11)]["visits"], rows[date(2024, 3, 11)]["emails"]) == (1, 1)
    assert rows[date(2024, 3, 18)]["other"] == 1  # the phone touch logged without a call


def test_activities_filter_by_rep_and_territory(db, world):
    bea = rows_by(run_report(db, "activities", with_(MARCH, rep_ids=(world.bea,))))
    assert sum(r["calls"] for r in bea.values()) == 1
    assert sum(r["emails"] for r in bea.values()) == 1
    north = rows_by(run_report(db, "activities", with_(MARCH, territory_id=world.north)))
    assert sum(r["calls"] for r in north.values()) == 2
    assert sum(r["emails"] for r in north.values()) == 1


# Debriefs ----------------------------------------------------------------------------
def test_debriefs_per_rep_with_rates_and_median_hours(db, world):
    report = run_report(db, "debriefs", MARCH)
    rows = rows_by(report)
    alex, bea = rows["Alex Rep"], rows["Bea Rep"]
    assert (alex["held"], alex["debriefed"], alex["debrief_rate"]) == (2, 2, 1.0)
    assert alex["median_hours"] == pytest.approx(3.0)  # 2 h after check-out, 4 h after end
    assert (alex["reviewed"], alex["review_rate"]) == (1, 0.5)  # the peer review is not counted
    assert (bea["held"], bea["debriefed"], bea["debrief_rate"]) == (1, 0, 0.0)
    assert bea["median_hours"] is None and bea["review_rate"] is None
    assert report.notes  # why a rate is empty


def test_debriefs_of_one_rep_go_per_week(db, world):
    report = run_report(db, "debriefs", with_(MARCH, rep_ids=(world.alex,)))
    assert report.columns[0].key == "week" and report.chart.category == "week"
    rows = rows_by(report)
    assert rows[date(2024, 3, 4)]["held"] == 2
    assert rows[date(2024, 3, 11)]["held"] == 0
    assert rows[date(2024, 3, 11)]["debrief_rate"] is None


# Coverage ----------------------------------------------------------------------------
def test_coverage_per_attention_level(db, world):
    rows = rows_by(run_report(db, "coverage", MARCH))
    a = rows["A"]
    assert (a["accounts"], a["planned"], a["done"], a["visited"]) == (1, 3, 1, 1)
    assert a["done_rate"] == pytest.approx(1 / 3) and a["visited_share"] == 1.0
    assert (rows["B"]["accounts"], rows["B"]["planned"], rows["B"]["done"]) == (1, 1, 1)
    assert rows["C"]["accounts"] == 0 and rows["C"]["visited_share"] is None
    assert rows["C"]["done_rate"] is None
    assert (rows["No level"]["accounts"], rows["No level"]["visited_share"]) == (1, 0.0)


def test_coverage_filters_by_territory_and_rep(db, world):
    north = rows_by(run_report(db, "coverage", with_(MARCH, territory_id=world.north)))
    assert north["B"]["accounts"] == 0 and north["A"]["planned"] == 3
    bea = rows_by(run_report(db, "coverage", with_(MARCH, rep_ids=(world.bea,))))
    assert bea["A"]["accounts"] == 0 and bea["B"]["done"] == 1


# What works and time audit -------------------------------------------------------------
def test_whatworks_counts_the_period_touches_on_deals(db, world):
    report = run_report(db, "whatworks", MARCH)
    rows = {(r[1], r[0]): r for r in report.rows}
    total = rows[(ALL, "All touches")]
    assert total[report.column("touches")] == 2  # the email and the visit on the won deal
    assert total[report.column("win_rate")] == 1.0
    assert rows[("channel", "Email")][report.column("advance_rate")] == 1.0
    bea = run_report(db, "whatworks", with_(MARCH, rep_ids=(world.bea,)))
    assert bea.rows == []


def test_timeaudit_hours_and_share_per_category(db, world):
    report = run_report(db, "timeaudit", MARCH)
    rows = rows_by(report)
    face = rows["Selling face to face"]
    assert (face["hours"], face["share"], face["auto_hours"]) == (2.0, 0.5, 2.0)
    assert rows["Admin/CRM entry"]["hours"] == 1.0  # the deleted and April entries left out
    assert rows["Other"]["hours"] == 0.5
    assert sum(r["share"] for r in rows.values()) == pytest.approx(1.0)
    bea = rows_by(run_report(db, "timeaudit", with_(MARCH, rep_ids=(world.bea,))))
    assert bea["Travel"]["share"] == 1.0


# Forecast ----------------------------------------------------------------------------
def test_forecast_weeks_from_snapshots_live_and_future(db):
    from salesdesk.core.deals.snapshots import take_snapshot

    today = date(2024, 6, 12)
    team = quotakit.build(db, today)
    take_snapshot(db, now=datetime(2024, 6, 4, 12), today=date(2024, 6, 4))
    june = ReportFilter(date(2024, 6, 1), date(2024, 6, 30))
    with db.read() as s:
        report = build_forecast(s, june, today=today)
        alex = build_forecast(s, with_(june, rep_ids=(team.alex,)), today=today)
    rows = rows_by(report)
    assert [r["source"] for r in rows.values()] == ["none", "snapshot", "live", "future", "future"]
    live = rows[date(2024, 6, 10)]
    assert (live["won"], live["commit"], live["best_case"], live["pipeline"]) == (
        16000.0,
        17000.0,
        11000.0,
        5000.0,
    )
    assert live["quota"] == pytest.approx(100000.0 * 16 / 30)  # spread to Sunday the 16th
    assert rows[date(2024, 6, 3)]["won"] == 16000.0
    assert rows[date(2024, 5, 27)]["won"] is None  # no snapshot: nothing made up
    assert rows[date(2024, 6, 24)]["quota"] == pytest.approx(100000.0)
    assert rows_by(alex)[date(2024, 6, 10)]["won"] == 10000.0
    assert report.notes  # the week with no snapshot


# Shared behaviour --------------------------------------------------------------------
def test_an_empty_database_gives_empty_reports(db):
    for report_spec in REPORTS:
        report = run_report(db, report_spec.name, MARCH)
        assert report.rows == [], report_spec.name
        assert report.name == report_spec.name and report.filter == MARCH


def test_unknown_report_and_backwards_period_are_refused(db):
    with pytest.raises(ReportError, match="pipeline, forecast"):
        spec("sales")
    with pytest.raises(ReportError):
        run_report(db, "pipeline", ReportFilter(date(2024, 3, 2), date(2024, 3, 1)))


def test_pickers_list_territories_and_the_managers_team(db, world):
    assert [name for _id, name in territories(db)] == ["North", "South"]
    team = visible_reps(db, world.max, Role.SALES_MANAGER, date(2024, 3, 1))
    assert [name for _id, name in team] == ["Alex Rep", "Bea Rep"]
    assert visible_reps(db, world.alex, Role.FIELD_REP) == [(world.alex, "Alex Rep")]


def test_pdf_export_has_the_title_filter_and_values(db, world, tmp_path):
    report = run_report(db, "pipeline", with_(MARCH, territory_id=world.north))
    path = tmp_path / "pipeline.pdf"
    export_report(report, path, "pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Pipeline by stage" in text
    assert "Territory: North" in text
    assert "£10,000" in text and "Proposal" in text
    assert "Page 1 of 1" in text


def test_pdf_with_many_rows_repeats_the_header_and_numbers_pages(tmp_path):
    from salesdesk.core.reports import Column, Kind, Report

    columns = (Column("name", "Name"), Column("n", "Count", Kind.INT))
    rows = [(f"شرکت {i}" if i % 2 else f"Row {i}", i) for i in range(120)]
    report = Report("x", "Long report", columns, rows, filter=MARCH)
    path = tmp_path / "long.pdf"
    export_report(report, path, "pdf")
    pages = PdfReader(path).pages
    assert len(pages) > 1
    assert all("Count" in p.extract_text() for p in pages)
    assert f"Page 2 of {len(pages)}" in pages[1].extract_text()


def test_pdf_shortens_a_5000_character_text_cell_with_an_ellipsis(db, world, tmp_path):
    from salesdesk.core.reports import Report

    pipeline = run_report(db, "pipeline", MARCH)
    huge = "Q" * 5000
    rows = [(huge, *pipeline.rows[0][1:]), *pipeline.rows[1:]]
    report = Report("pipeline", pipeline.title, pipeline.columns, rows, pipeline.chart)
    report.filter = MARCH
    path = tmp_path / "long.pdf"
    export_report(report, path, "pdf")
    text = "".join(page.extract_text() for page in PdfReader(path).pages).replace("\n", "")
    assert "Q" * 250 in text and "Q" * 400 not in text and "QQ…" in text
    assert "Qualification" in text  # the rows after it are there


def test_a_pdf_page_reportlab_cannot_lay_out_is_a_readable_export_error(
    db, world, tmp_path, monkeypatch
):
    from salesdesk.core.exports.files import ExportError
    from salesdesk.core.reports import Report
    from salesdesk.documents import report_pdf

    monkeypatch.setattr(report_pdf, "TEXT_LIMIT", 100_000)  # as before the cells were cut
    pipeline = run_report(db, "pipeline", MARCH)
    rows = [("Q" * 5000, *pipeline.rows[0][1:])]
    report = Report("pipeline", pipeline.title, pipeline.columns, rows, filter=MARCH)
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "old.pdf"
    path.write_text("old")
    with pytest.raises(ExportError, match="too large for a PDF page"):
        export_report(report, path, "pdf")
    assert path.read_text() == "old"
    assert [p.name for p in folder.iterdir()] == ["old.pdf"]  # no temporary left


def test_json_export_parses_with_columns_rows_and_notes(db, world, tmp_path):
    report = run_report(db, "pipeline", MARCH)
    path = tmp_path / "pipeline.json"
    export_report(report, path, "json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["name"] == "pipeline" and data["filter"]["start"] == "2024-03-01"
    proposal = next(r for r in data["rows"] if r["stage"] == "Proposal")
    assert proposal["amount"] == 15000.0
    assert [c["kind"] for c in data["columns"]][:3] == ["text", "int", "money"]
    assert data["chart"]["series"] == ["amount", "weighted"]
    assert data["notes"][0]["text"].startswith("1 open deals")


def test_cancelled_export_leaves_the_old_file(db, world, tmp_path):
    from salesdesk.core.exports.files import ExportCancelled

    report = run_report(db, "activities", MARCH)
    for fmt in ("csv", "xlsx", "pdf", "json"):
        path = tmp_path / f"old.{fmt}"
        path.write_text("old")
        with pytest.raises(ExportCancelled):
            export_report(report, path, fmt, cancelled=lambda: True)
        assert path.read_text() == "old"
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


@pytest.mark.parametrize(("fmt", "calls"), [("csv", 300), ("xlsx", 300), ("pdf", 9)])
def test_cancelling_in_the_middle_of_writing_leaves_the_old_file(tmp_path, fmt, calls):
    """Cancel pressed after `calls` checks: half-way through the rows (CSV, XLSX), or
    on the second page of the PDF's table (seven checks come before its layout)."""
    from salesdesk.core.exports.files import ExportCancelled
    from salesdesk.core.reports import Column, Kind, Report

    columns = (Column("name", "Name"), Column("n", "Count", Kind.INT))
    report = Report("x", "Long", columns, [(f"Row {i}", i) for i in range(1000)], filter=MARCH)
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / f"old.{fmt}"
    path.write_text("old")
    asked, seen = [0], []

    def cancelled() -> bool:
        asked[0] += 1
        if asked[0] < calls:
            return False
        seen.append(sorted(p.name for p in folder.iterdir()))
        return True

    with pytest.raises(ExportCancelled):
        export_report(report, path, fmt, cancelled=cancelled)
    assert asked[0] == calls  # it stopped at the first cancelled() that said so
    (temporary,) = [name for name in seen[0] if name != path.name]  # writing had begun
    assert temporary.startswith(".old.")
    assert path.read_text() == "old"
    assert [p.name for p in folder.iterdir()] == [path.name]  # the temporary is gone


def test_label_columns_are_exported_in_the_users_language_and_user_data_is_not(db, world, tmp_path):
    report = run_report(db, "whatworks", MARCH)
    assert "method" in report.labels
    path = tmp_path / "w.json"
    export_report(report, path, "json", translate=lambda _ctx, text: f"«{text}»")
    methods = {r["method"] for r in json.loads(path.read_text(encoding="utf-8"))["rows"]}
    assert {"«All touches»", "«Email»"} <= methods
    pipeline = run_report(db, "pipeline", MARCH)
    assert not pipeline.labels  # stage names are the team's own words
