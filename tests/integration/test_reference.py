from __future__ import annotations

from sqlalchemy import event, func, select, text

from salesdesk.core.models import (
    EmailTemplate,
    ObjectionLibraryEntry,
    PipelineStage,
    Product,
    QualificationCriterion,
    QualificationFramework,
    QuestionBankEntry,
)
from salesdesk.core.reference import STAGES, ensure_reference_data


def _counts(db) -> dict[str, int]:
    with db.read() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in (
                PipelineStage,
                QualificationFramework,
                QualificationCriterion,
                EmailTemplate,
                QuestionBankEntry,
                ObjectionLibraryEntry,
                Product,
            )
        }


def test_empty_database_gets_every_kind_of_reference_data(fresh_db):
    with fresh_db.write() as session:
        ensure_reference_data(session)

    counts = _counts(fresh_db)
    assert counts["pipeline_stages"] == 7
    assert counts["qualification_frameworks"] == 1
    assert counts["qualification_criteria"] == 5
    assert counts["email_templates"] >= 4
    assert counts["question_bank"] >= 15
    assert counts["objection_library"] >= 8
    assert counts["products"] >= 15


def test_stages_have_the_default_probabilities_and_outcomes(fresh_db):
    with fresh_db.write() as session:
        ensure_reference_data(session)
    with fresh_db.read() as session:
        stages = session.execute(
            select(
                PipelineStage.name,
                PipelineStage.probability,
                PipelineStage.is_won,
                PipelineStage.is_lost,
            ).order_by(PipelineStage.position)
        ).all()
    assert [tuple(s) for s in stages] == [tuple(s) for s in STAGES]


def test_default_framework_has_required_knockout_criteria(fresh_db):
    with fresh_db.write() as session:
        ensure_reference_data(session)
    with fresh_db.read() as session:
        framework = session.scalar(select(QualificationFramework))
        criteria = {c.key: c for c in session.scalars(select(QualificationCriterion))}
    assert framework.is_default
    assert criteria["icp_fit"].required and criteria["decision_maker"].required
    assert not criteria["budget"].required
    assert criteria["need"].answer_type == "scale"
    assert "unknown" in criteria["timing"].options


def test_templates_use_merge_fields(fresh_db):
    with fresh_db.write() as session:
        ensure_reference_data(session)
    with fresh_db.read() as session:
        bodies = list(session.scalars(select(EmailTemplate.body)))
    assert all("{{ contact.first_name }}" in body for body in bodies)
    assert any("{{ account.name }}" in body for body in bodies)


def test_second_call_adds_nothing_and_costs_one_query(fresh_db):
    with fresh_db.write() as session:
        ensure_reference_data(session)
    before = _counts(fresh_db)

    statements: list[str] = []
    with fresh_db.write() as session:
        conn = session.connection()

        def record(_conn, _cursor, statement, *_args) -> None:
            statements.append(statement)

        event.listen(conn, "before_cursor_execute", record)
        ensure_reference_data(session)
        event.remove(conn, "before_cursor_execute", record)

    assert _counts(fresh_db) == before
    assert len(statements) == 1


def test_a_users_own_stages_are_kept(fresh_db):
    with fresh_db.write() as session:
        session.add(PipelineStage(name="Lead in", position=0, probability=5.0))
    with fresh_db.write() as session:
        ensure_reference_data(session)
    with fresh_db.read() as session:
        names = list(session.scalars(select(PipelineStage.name)))
        criteria = session.scalar(select(func.count()).select_from(QualificationCriterion))
    assert names == ["Lead in"]
    assert criteria == 5


def test_reference_data_keeps_foreign_keys_intact(fresh_db):
    with fresh_db.write() as session:
        ensure_reference_data(session)
    with fresh_db.read() as session:
        assert session.execute(text("PRAGMA foreign_key_check")).fetchall() == []
