"""`salesdesk whatworks` and `salesdesk openings` against a real demo database."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from salesdesk.cli import main
from salesdesk.core.deals.whatworks import what_works
from salesdesk.core.demo import generate
from salesdesk.core.models import Opportunity

TODAY = date(2024, 6, 12)


@pytest.fixture
def demo(db, db_path):
    generate(db, accounts=60, seed=3, today=TODAY)
    return db, str(db_path)


def test_json_matches_the_service(demo, capsys):
    db, path = demo
    assert main(["--db", path, "whatworks", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    found = what_works(db)
    total = out["total"]["baseline"]
    assert total["touches"] == found.total.overall.touches > 0
    assert total["advanced"]["hits"] == found.total.overall.advanced.hits
    assert total["win_rate"]["n"] == found.total.overall.won.n
    channels = {c["key"]: c for c in out["total"]["channels"]}
    assert set(channels) <= {"visit", "phone", "email", "video", "event"}
    assert all("small_sample" in c["advanced"] for c in channels.values())
    assert "by_stage" not in out


def test_by_stage_and_segment_in_json(demo, capsys):
    _db, path = demo
    assert main(["--db", path, "whatworks", "--by", "stage", "--days", "30", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["days"] == 30 and out["by_stage"][0]["group"] == "Prospecting"
    assert main(["--db", path, "whatworks", "--by", "segment", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["by_industry"] and out["by_size"]


def test_text_table_marks_small_samples(demo, capsys):
    _db, path = demo
    assert main(["--db", path, "whatworks", "--by", "stage"]) == 0
    text = capsys.readouterr().out
    assert "Method" in text and "Tactic" in text and "In stage Prospecting" in text
    assert "* small sample: fewer than 10." in text


def test_bad_period_and_unknown_rep(demo, capsys):
    _db, path = demo
    assert main(["--db", path, "whatworks", "--from", "2024-06-01", "--to", "2024-05-01"]) == 2
    assert main(["--db", path, "whatworks", "--rep", "Nobody at all"]) == 1
    assert "No user" in capsys.readouterr().err


def test_openings_create_a_deal_once(demo, capsys):
    db, path = demo
    args = ["--db", path, "openings", "--kind", "upsell", "--limit", "3", "--json"]
    assert main(args) == 0
    listed = json.loads(capsys.readouterr().out)["openings"]
    assert listed and listed[0]["gap"] >= listed[-1]["gap"]
    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(Opportunity))
    assert main([*args, "--create", "1"]) == 0
    made = json.loads(capsys.readouterr().out)["deal_id"]
    assert main([*args, "--create", "1"]) == 0
    assert json.loads(capsys.readouterr().out)["deal_id"] == made
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Opportunity)) == before + 1
