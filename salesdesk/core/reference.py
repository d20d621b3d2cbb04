"""Reference data every database needs: stages, qualification, templates, libraries.

`ensure_reference_data` runs after every migration/open. When it has run before it costs
one query (the marker setting); otherwise it fills each reference table that is still
empty, so a user's own stages or templates are never doubled or overwritten.
Reference rows get stable uuid5 ids, the same in every database.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from .domain import CallType
from .models import (
    EmailTemplate,
    ObjectionLibraryEntry,
    PipelineStage,
    Product,
    QualificationCriterion,
    QualificationFramework,
    QuestionBankEntry,
    Setting,
)

REFERENCE_KEY = "reference_data_version"
REFERENCE_VERSION = 1
_NAMESPACE = uuid.UUID("7d3c1a52-3f0e-4d55-9a51-6b1f8c2e0a11")

# name, probability (percent), is_won, is_lost
STAGES = (
    ("Prospecting", 10.0, False, False),
    ("Qualification", 20.0, False, False),
    ("Needs analysis", 40.0, False, False),
    ("Proposal", 60.0, False, False),
    ("Negotiation", 80.0, False, False),
    ("Closed won", 100.0, True, False),
    ("Closed lost", 0.0, False, True),
)

# An open deal this many days in one stage is shown as stalled (a manager edits it per stage).
STALL_DAYS = 30

TIMING_OPTIONS = ["< 3 months", "3-6 months", "6-12 months", "> 12 months", "unknown"]

# key, name, question, answer_type, options, weight, required
CRITERIA = (
    (
        "icp_fit",
        "ICP fit",
        "Does the company match our ideal customer profile?",
        "yes_no",
        None,
        20.0,
        True,
    ),
    (
        "decision_maker",
        "Decision maker",
        "Are we talking to the person who decides?",
        "yes_no",
        None,
        20.0,
        True,
    ),
    (
        "budget",
        "Budget",
        "Is there a budget for this, or can one be found?",
        "yes_no",
        None,
        20.0,
        False,
    ),
    (
        "need",
        "Need",
        "How strong is the need (1 = nice to have, 5 = urgent)?",
        "scale",
        [1, 2, 3, 4, 5],
        25.0,
        False,
    ),
    (
        "timing",
        "Timing",
        "When do they want a solution in place?",
        "choice",
        TIMING_OPTIONS,
        15.0,
        False,
    ),
)

_SIGNATURE = "Kind regards,\n{{ rep.name }}\n{{ rep.phone }}"
# name, category, subject, body
TEMPLATES = (
    (
        "Meeting confirmation",
        "meeting",
        "Our meeting on {{ call.date }} at {{ call.time }}",
        "Dear {{ contact.first_name }},\n\nThank you for making time for me. I am looking "
        "forward to seeing you at {{ account.name }} on {{ call.date }} at {{ call.time }}.\n"
        "If anything changes, just reply to this email.\n\n" + _SIGNATURE,
    ),
    (
        "Follow-up after visit",
        "follow_up",
        "Thank you for today, {{ contact.first_name }}",
        "Dear {{ contact.first_name }},\n\nThank you for the conversation at "
        "{{ account.name }} today. As agreed, the next steps are:\n\n{{ call.next_steps }}\n\n"
        "I will be in touch by {{ task.due_date }}.\n\n" + _SIGNATURE,
    ),
    (
        "Proposal sent",
        "proposal",
        "Our proposal for {{ account.name }}",
        "Dear {{ contact.first_name }},\n\nPlease find attached our proposal for "
        "{{ opportunity.name }}. It covers what we discussed; I will call you on "
        "{{ opportunity.next_step_date }} to go through any questions.\n\n" + _SIGNATURE,
    ),
    (
        "Check-in",
        "check_in",
        "How are things at {{ account.name }}?",
        "Dear {{ contact.first_name }},\n\nIt has been a while since we last spoke. How are "
        "things going with the equipment? I am in the area soon and would be glad to drop "
        "by for half an hour.\n\n" + _SIGNATURE,
    ),
)

# text, call_type (None = any), stage name (None = any)
QUESTIONS = (
    ("What does a typical day on your packing line look like?", CallType.VISIT, "Prospecting"),
    ("Who else is involved when you buy new equipment?", None, "Qualification"),
    ("What budget has been set aside for this project?", None, "Qualification"),
    ("When do you need the new line to be running?", None, "Qualification"),
    ("What happens if nothing changes in the next twelve months?", None, "Needs analysis"),
    ("How much downtime did the line have last quarter?", CallType.VISIT, "Needs analysis"),
    ("How do you measure the cost of damaged goods in transit?", None, "Needs analysis"),
    ("Which suppliers have you worked with so far, and how did it go?", None, None),
    ("What would make this project a success for you personally?", None, "Needs analysis"),
    ("Does the proposal cover everything you need?", None, "Proposal"),
    ("Who needs to sign off the proposal, and when do they meet?", None, "Proposal"),
    ("What is still standing between us and an order?", None, "Negotiation"),
    ("Can we agree a date for installation today?", CallType.VISIT, "Negotiation"),
    ("Is now a good moment for a quick call?", CallType.PHONE, None),
    ("Can everyone see my screen?", CallType.VIDEO, None),
    ("How are the machines we installed performing?", None, None),
)

# objection, answer
OBJECTIONS = (
    (
        "It is too expensive.",
        "Compare the cost per pallet over three years: less film and less downtime pay for "
        "the machine in about 14 months. Rental is an option to spread the cost.",
    ),
    (
        "We are happy with our current supplier.",
        "Good to hear. Many of our customers kept their supplier for consumables and used us "
        "for service cover; may I show you a comparison?",
    ),
    (
        "We have no budget this year.",
        "Understood. Shall we prepare the business case now so it is ready for next year's "
        "budget round? Rental also comes out of the operating budget.",
    ),
    (
        "Send me some information.",
        "Happy to. So that I send the right thing: which line and which problem matters most?",
    ),
    ("Now is not a good time.", "When would be better? I will put a date in both our diaries."),
    (
        "Your lead time is too long.",
        "Standard machines ship in three weeks; we can lend a rental unit until then.",
    ),
    (
        "We need to talk to head office first.",
        "Of course. Who is the right person there? I can join the call to answer technical "
        "questions.",
    ),
    (
        "Our volumes are too small for automation.",
        "Our semi-automatic wrapper pays off from about 15 pallets a day; let us check your "
        "numbers together.",
    ),
)

# sku, name, category, unit price (GBP)
PRODUCTS = (
    ("PKG-SW-200", "Semi-automatic stretch wrapper SW-200", "Machines", 8950.0),
    ("PKG-SW-400", "Automatic stretch wrapper SW-400", "Machines", 24500.0),
    ("PKG-CE-100", "Case erector CE-100", "Machines", 18900.0),
    ("PKG-CS-150", "Case sealer CS-150", "Machines", 6400.0),
    ("PKG-LB-300", "Print and apply labeller LB-300", "Machines", 14200.0),
    ("CON-SF-48", "Stretch film, pallet of 48 rolls", "Consumables", 1150.0),
    ("CON-TP-36", "Packaging tape, case of 36", "Consumables", 95.0),
    ("CON-LB-10K", "Thermal labels, 10,000", "Consumables", 180.0),
    ("SRV-PM-1Y", "Preventive maintenance plan, 1 year", "Services", 2400.0),
    ("SRV-PM-3Y", "Preventive maintenance plan, 3 years", "Services", 6300.0),
    ("SRV-INST", "Installation and commissioning", "Services", 1800.0),
    ("SRV-TRN", "Operator training day", "Services", 750.0),
    ("SW-LINE-1Y", "Line monitoring software, 1-year licence", "Software", 3600.0),
    ("SPR-KIT", "Spare parts kit", "Parts", 1250.0),
    ("REN-SW-200", "Rental: stretch wrapper SW-200, per month", "Rental", 390.0),
)


def reference_id(kind: str, key: str) -> uuid.UUID:
    """The stable id of one reference row, e.g. reference_id("stage", "Proposal")."""
    return uuid.uuid5(_NAMESPACE, f"{kind}:{key}")


def reference_data_current(session: Session) -> bool:
    """True when this database already has the current reference data (one query)."""
    marker = session.scalar(select(Setting.value).where(Setting.key == REFERENCE_KEY))
    return isinstance(marker, int) and marker >= REFERENCE_VERSION


def ensure_reference_data(session: Session) -> None:
    """Create whatever reference data is missing; one query when it is all there."""
    if reference_data_current(session):
        return
    if _empty(session, PipelineStage):
        _add_stages(session)
    if _empty(session, QualificationFramework):
        _add_framework(session)
    if _empty(session, EmailTemplate):
        session.add_all(
            EmailTemplate(
                id=reference_id("template", name),
                name=name,
                category=category,
                subject=subject,
                body=body,
            )
            for name, category, subject, body in TEMPLATES
        )
    if _empty(session, QuestionBankEntry):
        _add_questions(session)
    if _empty(session, ObjectionLibraryEntry):
        session.add_all(
            ObjectionLibraryEntry(id=reference_id("objection", text), objection=text, answer=answer)
            for text, answer in OBJECTIONS
        )
    if _empty(session, Product):
        session.add_all(
            Product(
                id=reference_id("product", sku),
                sku=sku,
                name=name,
                category=category,
                unit_price=price,
                active=True,
            )
            for sku, name, category, price in PRODUCTS
        )
    row = session.scalar(select(Setting).where(Setting.key == REFERENCE_KEY))
    if row is None:
        session.add(Setting(key=REFERENCE_KEY, value=REFERENCE_VERSION))
    else:
        row.value = REFERENCE_VERSION
    session.flush()


def _empty(session: Session, model: type) -> bool:
    return session.scalar(select(model.id).limit(1)) is None


def _add_stages(session: Session) -> None:
    session.add_all(
        PipelineStage(
            id=reference_id("stage", name),
            name=name,
            position=position,
            probability=probability,
            is_won=is_won,
            is_lost=is_lost,
            stall_days=None if is_won or is_lost else STALL_DAYS,
        )
        for position, (name, probability, is_won, is_lost) in enumerate(STAGES)
    )
    session.flush()


def _add_framework(session: Session) -> None:
    framework = QualificationFramework(
        id=reference_id("framework", "default"),
        name="Default qualification",
        is_default=True,
        qualify_threshold=60.0,
    )
    session.add(framework)
    session.flush()  # no relationship() between them: the ORM would not order the inserts
    session.add_all(
        QualificationCriterion(
            id=reference_id("criterion", key),
            framework_id=framework.id,
            position=position,
            key=key,
            name=name,
            question=question,
            answer_type=answer_type,
            options=options,
            weight=weight,
            required=required,
        )
        for position, (key, name, question, answer_type, options, weight, required) in enumerate(
            CRITERIA
        )
    )


def _add_questions(session: Session) -> None:
    stage_ids = {
        name: sid for sid, name in session.execute(select(PipelineStage.id, PipelineStage.name))
    }
    session.add_all(
        QuestionBankEntry(
            id=reference_id("question", text),
            text=text,
            call_type=None if call_type is None else str(call_type),
            stage_id=stage_ids.get(stage) if stage else None,
        )
        for text, call_type, stage in QUESTIONS
    )
