"""`salesdesk handoffs list` against a real database file: yours in and out, a manager's
--all, the status filter, JSON and the table."""

from __future__ import annotations

import json

import pytest

from salesdesk.cli import main
from salesdesk.core.domain import Role
from salesdesk.core.models import Account, User
from salesdesk.core.plans.handoffs import Briefing, save_briefing, send, start_handoff
from salesdesk.core.workspace import ProfileInput, save_profile

BRIEFING = Briefing(
    insights="Values fast service",
    commitments="4-hour response",
    key_contacts="Ada Buyer prefers email",
    first_steps="Visit",
)


@pytest.fixture
def handoffs(db, db_path):
    """The profile is an account manager with one handoff sent to them; another rep's
    draft to a colleague; and one they wrote themselves."""
    me = save_profile(db, ProfileInput(name="Ravi Patel", role=Role.ACCOUNT_MANAGER))
    with db.write() as s:
        rep = User(name="Rosa Rep", role="field_rep")
        other_am = User(name="Amy Manager", role="account_manager")
        accounts = [Account(name=n) for n in ("Acme Foods", "Beta \x1b[2JLtd", "Gamma plc")]
        s.add_all([rep, other_am, *accounts])
        s.flush()
        ids = {"rep": rep.id, "amy": other_am.id, **{a.name[:4]: a.id for a in accounts}}
    sent = start_handoff(db, ids["Acme"], me.id, ids["rep"])
    save_briefing(db, sent, ids["rep"], BRIEFING)
    send(db, sent, ids["rep"])
    start_handoff(db, ids["Beta"], ids["amy"], ids["rep"])  # a draft: nobody else sees it
    mine = start_handoff(db, ids["Gamm"], ids["amy"], me.id)
    return {"path": str(db_path), "sent": sent, "mine": mine, "me": me, **ids}


def _json(capsys, path, *args) -> list[dict]:
    assert main(["--db", path, "handoffs", "list", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_list_json_gives_my_incoming_and_outgoing_handoffs(handoffs, capsys):
    rows = _json(capsys, handoffs["path"])
    assert [(r["id"], r["direction"], r["status"]) for r in rows] == [
        (str(handoffs["sent"]), "incoming", "sent"),
        (str(handoffs["mine"]), "outgoing", "draft"),
    ]
    first = rows[0]
    assert (first["account"], first["from"], first["to"]) == (
        "Acme Foods",
        "Rosa Rep",
        "Ravi Patel",
    )
    assert first["waiting_on"] == "recipient" and first["sent_at"].endswith(("Z", ":00"))


def test_list_filters_by_status(handoffs, capsys):
    rows = _json(capsys, handoffs["path"], "--status", "draft")
    assert [r["id"] for r in rows] == [str(handoffs["mine"])]


def test_all_is_for_a_sales_manager(handoffs, db, capsys):
    assert main(["--db", handoffs["path"], "handoffs", "list", "--all"]) == 1
    assert "Only a sales manager" in capsys.readouterr().err
    save_profile(db, ProfileInput(name="Ravi Patel", role=Role.SALES_MANAGER))
    rows = _json(capsys, handoffs["path"], "--all")
    assert len(rows) == 3 and {r["direction"] for r in rows} == {None}


def test_the_table_lists_my_handoffs(handoffs, capsys):
    assert main(["--db", handoffs["path"], "handoffs", "list"]) == 0
    out = capsys.readouterr().out
    assert "Acme Foods" in out and "Gamma plc" in out and "2 handoffs." in out


def test_the_table_cleans_account_names_from_imports(handoffs, db, capsys):
    save_profile(db, ProfileInput(name="Ravi Patel", role=Role.SALES_MANAGER))
    assert main(["--db", handoffs["path"], "handoffs", "list", "--all"]) == 0
    out = capsys.readouterr().out
    assert "Beta [2JLtd" in out and "\x1b" not in out


def test_no_handoffs_says_so(db, db_path, capsys):
    save_profile(db, ProfileInput(name="Rosa Rep", role=Role.FIELD_REP))
    assert main(["--db", str(db_path), "handoffs", "list"]) == 0
    assert "No handoffs." in capsys.readouterr().out
    assert main(["--db", str(db_path), "handoffs", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
