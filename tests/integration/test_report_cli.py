"""`salesdesk report NAME` against a real demo database."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import openpyxl
import pytest

from salesdesk.cli import main
from salesdesk.core.demo import generate
from salesdesk.core.reports import names

TODAY = date(2024, 6, 12)
JUNE = ["--from", "2024-06-01", "--to", "2024-06-30"]


@pytest.fixture
def demo(db, db_path):
    generate(db, accounts=40, seed=3, today=TODAY)
    return str(db_path)


def test_list_names_every_report(demo, capsys):
    assert main(["--db", demo, "report", "list"]) == 0
    out = capsys.readouterr().out
    assert [line.split()[0] for line in out.splitlines()] == names()
    assert main(["--db", demo, "report", "--list"]) == 0
    assert capsys.readouterr().out == out


def test_text_table_shows_the_stages_and_the_period(demo, capsys):
    assert main(["--db", demo, "report", "pipeline", *JUNE]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Pipeline by stage\n2024-06-01 – 2024-06-30 · All reps")
    assert "Stage" in out and "Proposal" in out and "£" in out


def test_unknown_report_lists_the_names_and_exits_2(demo, capsys):
    assert main(["--db", demo, "report", "sales"]) == 2
    err = capsys.readouterr().err
    assert "no report called 'sales'" in err and "pipeline, forecast" in err


def test_bad_dates_exit_2(demo, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--db", demo, "report", "pipeline", "--from", "2024-02-30"])
    assert exc.value.code == 2
    assert (
        main(["--db", demo, "report", "pipeline", "--from", "2024-06-02", "--to", "2024-06-01"])
        == 2
    )
    assert "--from is after --to" in capsys.readouterr().err


def test_xlsx_and_pdf_need_an_out_file(demo, capsys):
    assert main(["--db", demo, "report", "coverage", "--format", "xlsx"]) == 2
    assert "needs --out" in capsys.readouterr().err


def test_json_and_csv_to_stdout(demo, capsys):
    assert main(["--db", demo, "report", "activities", *JUNE, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["name"] == "activities" and data["filter"]["end"] == "2024-06-30"
    assert sum(r["calls"] for r in data["rows"]) > 0
    assert main(["--db", demo, "report", "activities", *JUNE, "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0][:2] == ["Week", "Calls held"]
    assert len(rows) == len(data["rows"]) + 1


def test_files_by_suffix_and_format(demo, tmp_path, capsys):
    xlsx, pdf = tmp_path / "coverage.xlsx", tmp_path / "r.out"
    assert main(["--db", demo, "report", "coverage", *JUNE, "--out", str(xlsx)]) == 0
    assert "rows written to" in capsys.readouterr().out
    sheet = openpyxl.load_workbook(xlsx).active
    assert sheet["A1"].value == "Attention level" and sheet.max_row > 1
    args = ["report", "timeaudit", *JUNE, "--format", "pdf", "--out", str(pdf)]
    assert main(["--db", demo, *args]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_rep_and_territory_filters_by_name(demo, capsys):
    assert main(["--db", demo, "report", "debriefs", *JUNE, "--format", "json"]) == 0
    team = json.loads(capsys.readouterr().out)["rows"]
    first = team[0]["rep"]
    args = ["report", "debriefs", *JUNE, "--rep", first, "--format", "json"]
    assert main(["--db", demo, *args]) == 0
    mine = json.loads(capsys.readouterr().out)
    assert mine["filter"]["text"].endswith(f"Reps: {first}")
    assert sum(r["held"] for r in mine["rows"]) == team[0]["held"]
    assert main(["--db", demo, "report", "coverage", *JUNE, "--territory", "nowhere"]) == 1
    assert "No territory matches" in capsys.readouterr().err


def test_5000_character_stage_and_category_names_still_make_a_pdf(demo, db, tmp_path, capsys):
    """Names stored before their length was capped: the PDF cuts them with an ellipsis."""
    from pypdf import PdfReader
    from sqlalchemy import select

    from salesdesk.core.automation.timeaudit import CATEGORIES_KEY, categories
    from salesdesk.core.models import PipelineStage
    from salesdesk.core.workspace import set_setting

    with db.write() as s:
        stage = s.scalars(select(PipelineStage).order_by(PipelineStage.position)).first()
        stage.name = "Q" * 5000
        cats = [{"key": c.key, "label": c.label} for c in categories(s)]
        cats[0]["label"] = "C" * 5000
        set_setting(s, CATEGORIES_KEY, cats)
    for name, letter in (("pipeline", "Q"), ("timeaudit", "C")):
        pdf = tmp_path / f"{name}.pdf"
        args = ["report", name, *JUNE, "--format", "pdf", "--out", str(pdf)]
        assert main(["--db", demo, *args]) == 0, capsys.readouterr().err
        text = "".join(p.extract_text() for p in PdfReader(pdf).pages).replace("\n", "")
        assert letter * 200 in text and f"{letter}…" in text and letter * 400 not in text
