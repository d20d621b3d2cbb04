"""Email templates on a real demo database: the starter set renders, bad templates say
what and where, the sandbox refuses escapes, mailto/.eml round trips, touches logged."""

from __future__ import annotations

import email.parser
import email.policy
from datetime import date
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from sqlalchemy import func, select

from salesdesk.core.automation.email import (
    TemplateInput,
    find_template,
    log_email,
    mailto_url,
    save_template,
    template_list,
    write_eml,
)
from salesdesk.core.automation.merge import TemplateInputError, merge_context
from salesdesk.core.automation.sandbox import TemplateError, empty_fields, render
from salesdesk.core.demo import generate
from salesdesk.core.domain import CallStatus, Role
from salesdesk.core.models import Call, Contact, EmailTemplate, Opportunity, PipelineStage, Touch
from salesdesk.core.models.base import utcnow
from salesdesk.core.reference import TEMPLATES
from salesdesk.core.workspace import ProfileInput, save_profile


@pytest.fixture
def demo(db):
    me = save_profile(db, ProfileInput(name="Robin Ashworth", role=Role.FIELD_REP))
    generate(db, accounts=60, seed=3, today=date.today(), me=me.id)
    return db, me


def _contact_with_call_and_deal(db):
    """A contact whose account has an open deal and a planned call ahead."""
    with db.read() as s:
        row = s.execute(
            select(Contact.id, Opportunity.id)
            .join(Opportunity, Opportunity.account_id == Contact.account_id)
            .join(PipelineStage, PipelineStage.id == Opportunity.stage_id)
            .join(Call, Call.account_id == Contact.account_id)
            .where(
                PipelineStage.is_won.is_(False),
                PipelineStage.is_lost.is_(False),
                Call.status == CallStatus.PLANNED,
                Call.planned_start >= utcnow(),
                Contact.deleted_at.is_(None),
            )
            .order_by(Contact.id)
            .limit(1)
        ).first()
    assert row is not None
    return row


def _touches(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Touch).where(Touch.channel == "email"))


def test_every_starter_template_renders_for_a_demo_contact(demo):
    db, me = demo
    contact_id, deal_id = _contact_with_call_and_deal(db)
    context = merge_context(db, contact_id, deal_id, me.id)
    # Plain values only: nothing in the context can reach the database.
    for name, fields in context.items():
        assert isinstance(fields, dict), name
        assert all(isinstance(v, str) for v in fields.values()), name
    assert context["deal"] is context["opportunity"]
    entries = template_list(db)
    assert {t.name for t in entries} == {t[0] for t in TEMPLATES}
    for t in entries:
        out = render(t.subject, t.body, context)
        assert "{{" not in out.subject + out.body
        assert "\n" not in out.subject
        assert context["contact"]["first_name"] in out.body
        assert context["rep"]["name"] == "Robin Ashworth"
        assert "Robin Ashworth" in out.body
    meeting = find_template(db, "meeting CONFIRMATION")
    out = render(meeting.subject, meeting.body, context)
    assert context["call"]["date"] and context["call"]["date"] in out.subject
    assert context["call"]["time"] in out.subject
    proposal = find_template(db, "Proposal sent")
    assert context["opportunity"]["name"] in render(proposal.subject, proposal.body, context).body
    # The only gap with demo data: users have no phone number yet.
    assert empty_fields(meeting.subject, meeting.body, context) == ["rep.phone"]


def test_unknown_merge_field_names_the_field_and_its_line(demo):
    db, me = demo
    contact_id, _deal = _contact_with_call_and_deal(db)
    context = merge_context(db, contact_id, None, me.id)
    with pytest.raises(TemplateError) as err:
        render("Hello", "Dear {{ contact.first_name }},\n\nHi {{ contact.nmae }}\n", context)
    assert str(err.value) == "Unknown merge field contact.nmae on line 3."
    assert (err.value.line, err.value.part, err.value.field) == (3, "body", "contact.nmae")
    with pytest.raises(TemplateError, match=r"Unknown merge field contct in the subject"):
        render("Hi {{ contct.first_name }}", "body", context)
    # A field that exists but is reached through an unknown key at run time: still a line.
    with pytest.raises(TemplateError, match=r"on line 2"):
        render("s", "a\n{{ contact[account.name] }}", context)


def test_syntax_error_gives_its_line(demo):
    db, me = demo
    contact_id, _deal = _contact_with_call_and_deal(db)
    context = merge_context(db, contact_id, None, me.id)
    with pytest.raises(TemplateError) as err:
        render("s", "Dear {{ contact.first_name }},\n\n{% if call.date %}\nSee you.\n", context)
    # Jinja names the line of the block left open.
    assert err.value.kind == "syntax" and err.value.line == 3
    assert str(err.value).startswith("Template error on line 3: Unexpected end of template.")
    assert not str(err.value).endswith("..")
    with pytest.raises(TemplateError, match=r"Template error on line 2"):
        render("s", "ok\n{{ contact.first_name }", context)


@pytest.mark.parametrize(
    "body",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ cycler.__init__.__globals__ }}",
        "{{ contact|attr('__class__') }}",
        "{{ '{0.__class__}'.format(contact) }}",
        "{{ contact['__class__'] }}",
        "{{ lipsum.__globals__['os'].system('id') }}",
        "{{ contact.update(first_name='x') }}",
        "{{ 'a' * 100000000 }}",
        "{{ 2 ** 100000000 }}",
    ],
)
def test_sandbox_escape_attempts_are_refused(demo, body):
    db, me = demo
    contact_id, _deal = _contact_with_call_and_deal(db)
    context = merge_context(db, contact_id, None, me.id)
    with pytest.raises(TemplateError) as err:
        render("s", "Hello\n" + body, context)
    assert err.value.line == 2
    assert err.value.kind in ("unsafe", "sandbox", "field")
    assert context["contact"]["first_name"] != "x"


def test_save_template_validates_and_writes_once(demo):
    db, _me = demo
    before = len(template_list(db))
    with pytest.raises(TemplateError, match="line 2"):
        save_template(db, TemplateInput("Bad", "s", "a\n{% for %}"))
    with pytest.raises(TemplateError, match="Unknown merge field customer"):
        save_template(db, TemplateInput("Bad", "s", "{{ customer.name }}"))
    with pytest.raises(TemplateError, match=r"account\.nmae"):
        save_template(db, TemplateInput("Bad", "{{ account.nmae }}", "b"))
    with pytest.raises(TemplateError, match="__class__"):
        save_template(db, TemplateInput("Bad", "s", "{{ rep.__class__ }}"))
    with pytest.raises(TemplateInputError, match="already a template"):
        save_template(db, TemplateInput("check-in", "s", "b"))
    assert len(template_list(db)) == before
    new_id = save_template(
        db,
        TemplateInput(
            "  Thank you ",
            "Thanks, {{ contact.first_name }}",
            "{% for step in [deal.next_step] %}{{ step }}{% endfor %}",
            category="follow_up",
        ),
    )
    assert find_template(db, "thank you").id == new_id
    assert find_template(db, new_id.hex[:8]).name == "Thank you"
    save_template(db, TemplateInput("Thank you", "Thanks!", "b", id=new_id))
    with db.read() as s:
        assert s.get(EmailTemplate, new_id).subject == "Thanks!"
    assert len(template_list(db)) == before + 1


def test_mailto_round_trip(demo):
    subject = "Ihr Angebot: 10% & mehr? #1 é"
    body = "Dear Ann,\n\nline=2&x=y + 50%\r\nKind regards,\n— Robin"
    url = mailto_url("ann.o'neil@example.com", subject, body)
    assert url.startswith("mailto:")
    assert " " not in url and "\n" not in url
    parts = urlsplit(url)
    assert unquote(parts.path) == "ann.o'neil@example.com"
    query = parse_qs(parts.query, keep_blank_values=True, strict_parsing=True)
    assert query["subject"] == [subject]
    assert query["body"] == [body.replace("\r\n", "\n").replace("\n", "\r\n")]
    assert "%0D%0A" in url


def test_eml_reads_back_and_each_send_logs_one_touch(demo, tmp_path):
    db, me = demo
    contact_id, deal_id = _contact_with_call_and_deal(db)
    context = merge_context(db, contact_id, deal_id, me.id)
    template = find_template(db, "Follow-up after visit")
    out = render(template.subject, template.body, context)
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "follow-up.eml"
    write_eml(path, context["contact"]["email"], out.subject, out.body, "robin@example.com")
    msg = email.parser.BytesParser(policy=email.policy.default).parse(path.open("rb"))
    assert msg["Subject"] == out.subject
    assert msg["To"] == context["contact"]["email"]
    assert msg["From"] == "robin@example.com"
    assert msg["X-Unsent"] == "1"
    assert msg.get_content().replace("\r\n", "\n") == out.body
    assert [p.name for p in folder.iterdir()] == ["follow-up.eml"]  # no temporary left

    before = _touches(db)
    touch_id = log_email(db, contact_id, deal_id, out.subject, me.id)
    assert _touches(db) == before + 1
    with db.read() as s:
        t = s.get(Touch, touch_id)
        assert (t.channel, t.opportunity_id, t.contact_id, t.user_id) == (
            "email",
            deal_id,
            contact_id,
            me.id,
        )
        assert t.outcome == f"Email sent: {out.subject}"
        other_deal = s.scalar(
            select(Opportunity.id).where(Opportunity.account_id != t.account_id).limit(1)
        )
    with pytest.raises(TemplateInputError):
        log_email(db, contact_id, other_deal, "x", me.id)
    assert _touches(db) == before + 1
