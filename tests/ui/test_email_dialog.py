"""The email dialog with pytest-qt on a real database: the preview follows the template,
the contact and edits (an error inline with its line), Save .eml writes the file and
logs one touch, Open in mail app hands over a mailto link, and the deal panel opens it."""

from __future__ import annotations

import email.parser
import email.policy
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from salesdesk.core.deals.records import DealInput, save_deal
from salesdesk.core.domain import Role
from salesdesk.core.models import Account, Contact, Touch
from salesdesk.core.workspace import ProfileInput, save_profile
from salesdesk.ui.automation.email_dialog import EmailDialog
from salesdesk.ui.deals.deal_panel import TOUCHES, DealPanel


@pytest.fixture
def world(db):
    me = save_profile(db, ProfileInput(name="Robin Ashworth", role=Role.FIELD_REP))
    with db.write() as s:
        account = Account(name="Acme Packaging", city="Bolton")
        s.add(account)
        s.flush()
        ann = Contact(
            account_id=account.id, first_name="Ann", last_name="Lee", email="ann@acme.example"
        )
        bob = Contact(
            account_id=account.id, first_name="Bob", last_name="Ray", email="bob@acme.example"
        )
        s.add_all([ann, bob])
        s.flush()
        ids = {"account": account.id, "ann": ann.id, "bob": bob.id}
    deal = save_deal(
        db, DealInput(account_id=ids["account"], name="Line upgrade", amount=10_000), me.id
    ).id
    return {"me": me, "deal": deal, **ids}


def _email_touches(db) -> list[Touch]:
    with db.read() as s:
        return list(s.scalars(select(Touch).where(Touch.channel == "email")))


@pytest.fixture
def dialog(qtbot, make_state, world, tmp_path):
    opened = []
    widget = EmailDialog(
        make_state(world["me"]),
        world["ann"],
        world["deal"],
        open_url=lambda url: opened.append(url.toString()) or True,
        choose_path=lambda _parent, suggested: str(tmp_path / suggested),
    )
    widget.opened = opened
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _choose(combo, text: str) -> None:
    combo.setCurrentIndex(combo.findText(text, Qt.MatchFlag.MatchStartsWith))


def test_preview_follows_template_contact_and_edits(qtbot, dialog):
    _choose(dialog.template, "Proposal sent")
    assert dialog.subject.text() == "Our proposal for Acme Packaging"
    assert dialog.body.toPlainText().startswith("Dear Ann,")
    assert "Line upgrade" in dialog.body.toPlainText()
    assert "Robin Ashworth" in dialog.body.toPlainText()
    _choose(dialog.contact, "Bob Ray")
    assert dialog.body.toPlainText().startswith("Dear Bob,")
    assert dialog.to.text() == "bob@acme.example"

    dialog.body_source.setPlainText("Hi {{ contact.first_name }},\n\n{{ contact.nmae }}")
    qtbot.waitUntil(lambda: dialog.errors.widget.isVisible())
    assert dialog.errors.widget.text() == "Unknown merge field contact.nmae on line 3."
    assert not dialog.save_button.isEnabled() and not dialog.open_button.isEnabled()
    assert dialog.body.toPlainText() == ""

    dialog.body_source.setPlainText("Hi {{ contact.first_name }},\n{{ ''.__class__ }}")
    qtbot.waitUntil(lambda: "Refused on line 2" in dialog.errors.widget.text())

    dialog.body_source.setPlainText("Hi {{ contact.first_name }}, on {{ call.date }}")
    qtbot.waitUntil(lambda: dialog.body.toPlainText() == "Hi Bob, on ")
    assert not dialog.errors.widget.isVisible()
    assert dialog.gaps.isVisible() and "call.date" in dialog.gaps.text()


def test_save_eml_writes_the_file_and_logs_one_touch(dialog, db, world, tmp_path):
    _choose(dialog.template, "Check-in")
    assert dialog.save_eml()
    path = tmp_path / "How are things at Acme Packaging_.eml"
    msg = email.parser.BytesParser(policy=email.policy.default).parse(path.open("rb"))
    assert msg["To"] == "ann@acme.example"
    assert msg["Subject"] == "How are things at Acme Packaging?"
    assert msg.get_content().startswith("Dear Ann,")
    touches = _email_touches(db)
    assert len(touches) == 1
    t = touches[0]
    assert (t.opportunity_id, t.contact_id, t.user_id) == (
        world["deal"],
        world["ann"],
        world["me"].id,
    )
    assert t.outcome == "Email sent: How are things at Acme Packaging?"
    assert "logged" in dialog.status.text()


def test_open_in_mail_app_passes_a_mailto_link_and_logs(dialog, db):
    _choose(dialog.template, "Check-in")
    assert dialog.open_in_mail_app()
    (url,) = dialog.opened
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and parts.path == "ann@acme.example"
    query = parse_qs(parts.query)
    assert query["subject"] == ["How are things at Acme Packaging?"]
    assert query["body"][0].startswith("Dear Ann,\r\n")
    assert len(_email_touches(db)) == 1


def test_the_deal_panels_touches_tab_opens_the_dialog(qtbot, make_state, world, db):
    panel = DealPanel(make_state(world["me"]))
    qtbot.addWidget(panel)
    panel.show()
    panel.show_deal(world["deal"])
    panel.tabs.setCurrentIndex(TOUCHES)
    assert panel.touches.email_button.isVisible()
    dialog = panel.touches.write_email()
    assert isinstance(dialog, EmailDialog) and dialog.isVisible()
    assert dialog.contact.count() == 2
    dialog._open_url = lambda _url: True
    assert dialog.open_in_mail_app()
    qtbot.waitUntil(lambda: panel.touches.table.rowCount() == 1)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Touch)) == 1
    dialog.close()
