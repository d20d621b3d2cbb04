"""`salesdesk timeaudit` against a real demo database."""

from __future__ import annotations

import json
from datetime import date

import pytest

from salesdesk.cli import main
from salesdesk.core.automation.timeaudit import week_report
from salesdesk.core.deals.common import week_start
from salesdesk.core.demo import generate
from salesdesk.core.workspace import current_profile

TODAY = date(2024, 6, 12)
WEEK = "2024-W23"  # the week before TODAY's, fully in the demo's four weeks


@pytest.fixture
def demo(db, db_path):
    generate(db, accounts=40, seed=3, today=TODAY)
    return db, str(db_path)


def test_json_matches_the_service(demo, capsys):
    db, path = demo
    assert main(["--db", path, "timeaudit", "--week", WEEK, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    me = current_profile(db)
    report = week_report(db, me.id, date(2024, 6, 3))
    assert out["week"] == WEEK and out["week_start"] == "2024-06-03"
    assert out["total_minutes"] == report.total_minutes > 0
    assert out["auto_minutes"] + out["manual_minutes"] == out["total_minutes"]
    cats = {c["key"]: c for c in out["categories"]}
    assert "selling_face_to_face" in cats and "admin" in cats
    assert sum(c["share"] for c in out["categories"]) == pytest.approx(1.0, abs=0.01)
    assert len(cats["admin"]["previous"]) == 4
    assert out["team_size"] >= 1
    assert [c["kind"] for c in out["candidates"]] == [c.kind for c in report.candidates]
    assert out["minutes_saved"] == report.minutes_saved


def test_text_table_team_and_bad_week(demo, capsys):
    _db, path = demo
    assert main(["--db", path, "timeaudit", "--week", WEEK, "--team", "--weeks", "2"]) == 0
    text = capsys.readouterr().out
    assert "team of" in text and "Selling face to face" in text and "Share" in text
    assert main(["--db", path, "timeaudit", "--week", "June"]) == 2
    assert "YYYY-Www" in capsys.readouterr().err
    assert week_start(TODAY) == date(2024, 6, 10)
