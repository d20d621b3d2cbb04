"""The email template manager: write, preview, refuse, duplicate and delete templates."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from salesdesk.core.automation.email import template_list
from salesdesk.core.demo import generate
from salesdesk.core.domain import Role
from salesdesk.core.models import Contact
from salesdesk.core.workspace import ProfileInput, current_profile, save_profile
from salesdesk.ui.automation.templates_panel import TemplatesPanel


@pytest.fixture
def panel(qtbot, make_state, db):
    me = save_profile(db, ProfileInput(name="Rep Me", role=Role.FIELD_REP))
    generate(db, accounts=12, seed=3, me=me.id)
    widget = TemplatesPanel(make_state(current_profile(db)))
    widget.ask = lambda *_args: True
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    return widget


def test_the_starter_templates_are_listed_and_previewed_for_a_real_contact(panel, db):
    names = [t.name for t in template_list(db)]
    assert panel.list.count() == len(names) >= 4
    assert panel.contact.count() >= 1
    contact = panel.contact.currentData()
    panel.refresh_preview()
    with db.read() as s:
        first = s.scalar(select(Contact.first_name).where(Contact.id == contact.id))
    assert first and first in panel.preview_body.toPlainText()


def test_a_new_template_is_saved_and_its_preview_follows_the_typing(panel, qtbot, db):
    panel.new_template()
    panel.name.setText("Quarterly check-in")
    panel.subject.setText("Checking in, {{ contact.first_name }}")
    panel.body.setPlainText("Hello {{ contact.first_name }},\nregards, {{ rep.name }}")
    panel.refresh_preview()
    assert panel.preview_subject.text().startswith("Checking in, ")
    assert "Rep Me" in panel.preview_body.toPlainText()
    assert panel.save()
    saved = {t.name: t for t in template_list(db)}["Quarterly check-in"]
    assert saved.subject == "Checking in, {{ contact.first_name }}"
    assert panel.list.currentItem().text() == "Quarterly check-in"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Hi {{ contact.nickname }}", "Unknown merge field"),
        ("Line one\n{% if %}", "line 2"),
        ("{{ ''.__class__.__mro__ }}", "Refused"),
    ],
)
def test_a_broken_or_hostile_template_shows_its_error_and_is_not_saved(panel, db, body, expected):
    before = template_list(db)
    panel.new_template()
    panel.name.setText("Broken")
    panel.subject.setText("Hi")
    panel.body.setPlainText(body)
    panel.refresh_preview()
    assert expected in panel.errors.widget.text()
    assert not panel.save()
    assert template_list(db) == before


def test_duplicate_then_delete(panel, db):
    original = panel._current
    panel.duplicate()
    assert panel.name.text() == f"{original.name} (copy)"
    assert panel.save()
    names = [t.name for t in template_list(db)]
    assert f"{original.name} (copy)" in names
    panel.delete()
    assert [t.name for t in template_list(db)] == [n for n in names if not n.endswith("(copy)")]
    assert panel.list.count() == len(names) - 1


def test_a_template_deleted_elsewhere_while_edited_keeps_the_text_and_saves_anew(panel, db):
    from salesdesk.core.automation.email import delete_template

    edited = panel._current
    panel.body.setPlainText("My careful rewrite, {{ contact.first_name }}")
    delete_template(db, edited.id)  # another window, or a teammate on a shared file
    assert not panel.save()
    assert "deleted meanwhile" in panel.errors.widget.text()
    assert panel.body.toPlainText().startswith("My careful rewrite")
    assert panel.save()  # now a new template with the same name and the kept text
    again = {t.name: t for t in template_list(db)}[edited.name]
    assert again.id != edited.id and again.body.startswith("My careful rewrite")
