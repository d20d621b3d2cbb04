"""`salesdesk email list|render` against a real demo database, with the exit codes."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from salesdesk.cli import main
from salesdesk.core.automation.email import find_template
from salesdesk.core.demo import generate
from salesdesk.core.domain import Role
from salesdesk.core.models import Contact, EmailTemplate
from salesdesk.core.workspace import ProfileInput, save_profile


@pytest.fixture
def demo(db, db_path):
    me = save_profile(db, ProfileInput(name="Robin Ashworth", role=Role.FIELD_REP))
    generate(db, accounts=40, seed=5, today=date.today(), me=me.id)
    with db.read() as s:
        contact = s.scalars(select(Contact).where(Contact.email.is_not(None)).limit(1)).one()
        contact_id, email = contact.id, contact.email
    return db, str(db_path), contact_id, email


def _run(path, *args) -> int:
    return main(["--db", path, "email", *args])


def test_list_shows_the_starter_templates(demo, capsys):
    _db, path, _c, _e = demo
    assert _run(path, "list") == 0
    out = capsys.readouterr().out
    assert "Meeting confirmation" in out and "Check-in" in out
    assert _run(path, "list", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 4 and all("{{" in r["body"] for r in rows)


def test_render_by_name_and_prefix(demo, capsys):
    db, path, contact_id, email = demo
    assert _run(path, "render", "check-in", "--contact", contact_id.hex[:8]) == 0
    out = capsys.readouterr().out
    assert f"To: {email}" in out
    assert "Subject: How are things at " in out
    assert "Robin Ashworth" in out and "{{" not in out
    template_id = find_template(db, "Proposal sent").id
    assert _run(path, "render", str(template_id), "--contact", str(contact_id), "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["template"] == "Proposal sent" and data["to"] == email
    assert data["subject"].startswith("Our proposal for ")
    assert "rep.phone" in data["empty_fields"]


def test_bad_template_exits_1_with_the_line(demo, capsys):
    db, path, contact_id, _e = demo
    with db.write() as s:
        s.add(EmailTemplate(name="Typo", subject="Hi", body="Dear\n\n{{ contact.nmae }}"))
        s.add(EmailTemplate(name="Escape", subject="Hi", body="{{ ''.__class__.__mro__ }}"))
    assert _run(path, "render", "Typo", "--contact", contact_id.hex[:8]) == 1
    err = capsys.readouterr().err
    assert "Unknown merge field contact.nmae on line 3" in err
    assert _run(path, "render", "Escape", "--contact", contact_id.hex[:8]) == 1
    assert "Refused on line 1" in capsys.readouterr().err


def test_unknown_template_or_contact_exits_2(demo, capsys):
    _db, path, contact_id, _e = demo
    assert _run(path, "render", "No such", "--contact", contact_id.hex[:8]) == 2
    assert "There is no email template No such" in capsys.readouterr().err
    assert _run(path, "render", "Check-in", "--contact", "ffffffff") == 2
    assert "No contact matches ffffffff" in capsys.readouterr().err
    assert _run(path, "render", "Check-in", "--contact", contact_id.hex[:8], "--deal", "0000") == 2
