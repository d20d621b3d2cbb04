"""`salesdesk rules list|set|run` against a real SQLite file."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from sqlalchemy import func, select

from salesdesk.cli import main
from salesdesk.core.automation import rules
from salesdesk.core.models import Account, Call, Task


def _rules(capsys, path) -> dict:
    assert main(["--db", path, "rules", "list", "--json"]) == 0
    return {r["key"]: r for r in json.loads(capsys.readouterr().out)}


def test_list_set_and_run(db, db_path, capsys):
    path = str(db_path)
    with db.write() as s:
        stale = Account(name="Stale A", attention_level="A")
        fresh = Account(name="Fresh A", attention_level="A")
        s.add_all([stale, fresh, Account(name="Quiet C", attention_level="C")])
        s.flush()
        s.add(
            Call(
                account_id=fresh.id,
                call_type="visit",
                status="done",
                planned_start=datetime.now() - timedelta(days=3),
            )
        )

    listed = _rules(capsys, path)
    assert list(listed) == [r.key for r in rules.RULES]
    assert listed["a_account_no_visit"] == {
        "key": "a_account_no_visit",
        "label": "No visit to an A account → task",
        "enabled": True,
        "params": {"days": 30},
        "records": 0,
    }

    assert main(["--db", path, "rules", "run"]) == 0
    assert capsys.readouterr().out.strip() == "1 task created"
    assert main(["--db", path, "rules", "run"]) == 0
    assert capsys.readouterr().out.strip() == "0 tasks created"
    assert _rules(capsys, path)["a_account_no_visit"]["records"] == 1

    assert main(["--db", path, "rules", "set", "a_account_no_visit", "off", "--days", "60"]) == 0
    assert "a_account_no_visit off days=60" in capsys.readouterr().out
    assert main(["--db", path, "rules", "run"]) == 0
    assert "is off" in capsys.readouterr().out
    assert main(["--db", path, "rules", "set", "lead_qualified", "off"]) == 0
    capsys.readouterr()
    listed = _rules(capsys, path)
    assert listed["lead_qualified"]["enabled"] is False
    assert listed["a_account_no_visit"]["params"] == {"days": 60}

    assert main(["--db", path, "rules", "list"]) == 0
    text = capsys.readouterr().out
    assert "lead_qualified" in text and "off" in text and "days=60" in text

    assert main(["--db", path, "rules", "set", "nonsense", "on"]) == 2
    assert "no automation rule nonsense" in capsys.readouterr().err
    assert main(["--db", path, "rules", "set", "a_account_no_visit", "on", "--days", "0"]) == 2
    assert "1 to 365" in capsys.readouterr().err
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Task)) == 1
