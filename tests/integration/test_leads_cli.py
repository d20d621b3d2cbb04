"""`salesdesk leads list|qualify|disqualify` against a real demo database."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from salesdesk.cli import main
from salesdesk.core.demo import generate
from salesdesk.core.leads import icp
from salesdesk.core.models import Account, Lead, Opportunity

TODAY = date(2024, 6, 12)
GOOD = {"Decision maker": "yes", "budget": "yes", "need": 5, "timing": "< 3 months"}


@pytest.fixture
def demo(db, db_path):
    generate(db, accounts=60, seed=3, today=TODAY)
    return db, str(db_path)


def _new_lead(db, fits: bool) -> Lead:
    """A new demo lead whose data the demo's customer profile accepts (or rejects)."""
    with db.read() as s:
        profile = icp.load_profile(s)
        for lead in s.scalars(select(Lead).where(Lead.status == "new").order_by(Lead.id)):
            if (icp.fit(profile, lead).answer == "yes") == fits:
                return lead
    raise AssertionError("the demo has no such lead")


def _answers(tmp_path, data) -> str:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def _count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_list_as_json_filters_by_status(demo, capsys):
    db, path = demo
    assert main(["--db", path, "leads", "list", "--status", "new", "--all", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    with db.read() as s:
        expected = s.scalar(select(func.count()).where(Lead.status == "new"))
    assert len(rows) == expected > 0
    assert {r["status"] for r in rows} == {"new"} and all(r["score"] is None for r in rows)


def test_qualify_prints_score_verdict_and_records_then_creates_nothing_again(
    demo, tmp_path, capsys
):
    db, path = demo
    lead = _new_lead(db, fits=True)
    file = _answers(tmp_path, GOOD)
    before = _count(db, Opportunity)
    args = ["--db", path, "leads", "qualify", lead.id.hex[:8], "--answers", file, "--json"]
    assert main(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["verdict"] == "qualifies" and out["qualified"] and out["score"] == 100.0
    assert out["prefilled"] == ["icp_fit"] and out["answers"]["icp_fit"] == "yes"
    records = out["records"]
    assert records["opportunity"]["created"] and records["contact"]["name"]
    assert _count(db, Opportunity) == before + 1
    accounts = _count(db, Account)
    assert main(args) == 0
    again = json.loads(capsys.readouterr().out)["records"]
    assert not any(r["created"] for r in again.values())
    assert again["opportunity"]["id"] == records["opportunity"]["id"]
    assert (_count(db, Opportunity), _count(db, Account)) == (before + 1, accounts)


def test_a_knocked_out_lead_is_refused_with_exit_code_1(demo, tmp_path, capsys):
    db, path = demo
    lead = _new_lead(db, fits=False)
    before = _count(db, Opportunity)
    code = main(
        ["--db", path, "leads", "qualify", str(lead.id), "--answers", _answers(tmp_path, GOOD)]
    )
    out = capsys.readouterr().out
    assert code == 1 and "KNOCK-OUT" in out and "Not qualified: Knocked out by ICP fit" in out
    assert _count(db, Opportunity) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "is not JSON"),
        ("[1, 2]", "one JSON object"),
        ('{"colour": "red"}', "has no question colour"),
    ],
)
def test_unusable_answer_files_exit_2_and_change_nothing(demo, tmp_path, capsys, content, message):
    db, path = demo
    lead = _new_lead(db, fits=True)
    file = tmp_path / "answers.json"
    file.write_text(content, encoding="utf-8")
    assert main(["--db", path, "leads", "qualify", str(lead.id), "--answers", str(file)]) == 2
    assert message in capsys.readouterr().err
    with db.read() as s:
        assert s.get(Lead, lead.id).status == "new"


def test_wrong_answer_types_exit_1(demo, tmp_path, capsys):
    _db, path = demo
    lead = _new_lead(_db, fits=True)
    file = _answers(tmp_path, {**GOOD, "need": "lots"})
    assert main(["--db", path, "leads", "qualify", str(lead.id), "--answers", file]) == 1
    assert "Need: expects a number" in capsys.readouterr().out


def test_disqualify_with_a_managed_reason(demo, capsys):
    db, path = demo
    lead = _new_lead(db, fits=True)
    assert main(["--db", path, "leads", "disqualify", str(lead.id), "--reason", "NO BUDGET"]) == 0
    assert "disqualified: no budget" in capsys.readouterr().out
    assert main(["--db", path, "leads", "disqualify", str(lead.id), "--reason", "meh"]) == 1
    assert "Choose a reason from the list" in capsys.readouterr().err
