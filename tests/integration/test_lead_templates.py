"""The BANT and MEDDIC templates a manager starts a framework from."""

from __future__ import annotations

import pytest

from salesdesk.core.leads import frameworks
from salesdesk.core.leads.scoring import Criterion, assess
from salesdesk.core.leads.templates import TEMPLATES, template
from salesdesk.core.reference import ensure_reference_data


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_every_template_passes_validation_unchanged(key):
    data = template(key)
    cleaned = frameworks.validate(data)
    assert [c.key for c in cleaned.criteria] == [c.key for c in data.criteria]
    assert [c.options for c in cleaned.criteria] == [c.options for c in data.criteria]
    assert not cleaned.is_default and cleaned.id is None


def test_bant_asks_budget_authority_need_timeline():
    assert [c.name for c in template("bant").criteria] == [
        "Budget",
        "Authority",
        "Need",
        "Timeline",
    ]


def test_meddic_has_its_six_criteria():
    assert [c.name for c in template("meddic").criteria] == [
        "Metrics",
        "Economic buyer",
        "Decision criteria",
        "Decision process",
        "Identify pain",
        "Champion",
    ]


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_a_lead_answering_best_everywhere_qualifies(key):
    data = frameworks.validate(template(key))
    best = {"yes_no": "yes", "scale": "5", "number": 1}
    answers = {
        c.key: c.options[0]["label"] if c.answer_type == "choice" else best[c.answer_type]
        for c in data.criteria
    }
    criteria = [
        Criterion(c.key, c.name, c.answer_type, c.weight, c.required, c.options)
        for c in data.criteria
    ]
    result = assess(criteria, answers, data.qualify_threshold)
    assert result.score == 100.0 and result.verdict == "qualifies"


def test_the_texts_go_through_the_translate_function():
    data = template("bant", lambda text: f"<{text}>")
    assert data.name == "<BANT>"
    assert data.criteria[0].name == "<Budget>" and data.criteria[0].question.startswith("<")
    assert data.criteria[1].options[0]["label"] == "<The person who decides>"
    assert data.criteria[0].key == "budget"  # keys stay as they are


def test_a_template_saves_and_loads_back(fresh_db):
    with fresh_db.write() as s:
        ensure_reference_data(s)
    framework_id = frameworks.save_framework(fresh_db, template("meddic"))
    with fresh_db.read() as s:
        saved = frameworks.load(s, framework_id)
    assert saved.name == "MEDDIC" and len(saved.criteria) == 6
    assert frameworks.frameworks(fresh_db)[0].name == "Default qualification"
