"""`salesdesk quota` against a real database file (tests/quotakit.py describes the team)."""

from __future__ import annotations

import json
import math
from datetime import date

import pytest
from sqlalchemy import func, select

from salesdesk.cli import main
from salesdesk.core.deals.common import week_start, weeks_of
from salesdesk.core.models import QuotaSnapshot
from salesdesk.core.workspace import CURRENT_USER_KEY, set_setting
from tests.quotakit import build


@pytest.fixture
def team(db, db_path):
    t = build(db, date.today())
    return db, t, str(db_path)


def _as(db, user_id) -> None:
    with db.write() as s:
        set_setting(s, CURRENT_USER_KEY, str(user_id))


def _json(capsys, path: str, *args: str) -> dict:
    assert main(["--db", path, "quota", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_rep_sees_their_own_month_weeks_and_needs(team, capsys):
    db, t, path = team
    _as(db, t.alex)
    data = _json(capsys, path)
    assert data["scope"] == "Alex Rep" and [r["name"] for r in data["reps"]] == ["Alex Rep"]
    total = data["total"]
    assert (total["quota"], total["closed_won"], total["commit"], total["gap"]) == (
        50000,
        10000,
        17000,
        23000,
    )
    assert total["deals"]["overdue"] == 1 and total["deals"]["undated"] == 1
    weeks = {w["week_start"]: w for w in data["weeks"]}
    assert list(weeks) == [w.isoformat() for w in weeks_of(date.today())]
    assert weeks[week_start(date.today()).isoformat()]["source"] == "live"
    needs = data["needs"]
    assert (needs["deals_to_win"], needs["deals_to_create"], needs["proposals"]) == (3, 6, 5)
    assert needs["calls_this_week"] == math.ceil(27 / needs["weeks_left"])
    assert needs["history"]["win_rate"] == 0.5 and needs["history"]["calls_per_won"] == 9


def test_a_manager_sees_the_team_and_its_sum(team, capsys):
    db, t, path = team
    _as(db, t.max)
    data = _json(capsys, path)
    assert data["scope"] == "Team of Max Boss"
    assert [r["name"] for r in data["reps"]] == ["Alex Rep", "Bea Rep"]
    assert data["total"]["quota"] == 80000 and data["total"]["closed_won"] == 15000


def test_rep_by_part_of_the_name_or_id_and_team_of_a_rep(team, capsys):
    db, t, path = team
    _as(db, t.max)
    assert [r["name"] for r in _json(capsys, path, "--rep", "bea")["reps"]] == ["Bea Rep"]
    assert _json(capsys, path, "--rep", str(t.zed))["reps"][0]["name"] == "Zed Solo"
    team_of_alex = _json(capsys, path, "--rep", "Alex Rep", "--team")
    assert [r["name"] for r in team_of_alex["reps"]] == ["Alex Rep", "Bea Rep"]


def test_an_unknown_or_ambiguous_rep_is_refused(team, capsys):
    _db, _t, path = team
    assert main(["--db", path, "quota", "--rep", "nobody"]) == 1
    assert "No user is called or has the id nobody" in capsys.readouterr().err
    assert main(["--db", path, "quota", "--rep", "rep"]) == 1
    assert "Alex Rep, Bea Rep" in capsys.readouterr().err


def test_snapshot_stores_everyone_with_a_quota_and_prints_the_table(team, capsys):
    db, t, path = team
    _as(db, t.alex)
    assert main(["--db", path, "quota", "--snapshot"]) == 0
    out = capsys.readouterr().out
    assert "Snapshot stored for 3 reps." in out
    assert "50,000" in out and "23,000" in out and "deals to create" in out
    assert "live" in out  # the current week
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(QuotaSnapshot)) == 3


def test_a_bad_month_is_an_argument_error(team, capsys):
    _db, _t, path = team
    with pytest.raises(SystemExit) as exit_:
        main(["--db", path, "quota", "--month", "2026-13"])
    assert exit_.value.code == 2
    assert "YYYY-MM" in capsys.readouterr().err


def test_a_past_month_has_no_open_deals_and_says_the_month_is_over(team, capsys):
    db, t, path = team
    _as(db, t.alex)
    data = _json(capsys, path, "--month", "2020-01")
    assert data["total"]["deals"]["commit"] == 0 and data["month"] == "2020-01"
    assert [s["code"] for s in data["needs"]["not_enough_history"]][-1] == "month_over"
    assert all(w["source"] == "none" for w in data["weeks"])
