from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from salesdesk.core.demo import DemoCancelled, DemoDataExists, generate
from salesdesk.core.domain import LeadStatus, Role
from salesdesk.core.models import (
    Account,
    Call,
    Lead,
    Opportunity,
    PipelineStage,
    StageChange,
    User,
)
from salesdesk.core.reference import ensure_reference_data
from salesdesk.core.workspace import CURRENT_USER_KEY, get_setting

TODAY = date(2024, 6, 12)  # a Wednesday in British Summer Time


def _rows(db, table: str) -> list[tuple]:
    with db.read() as session:
        return session.execute(text(f"SELECT * FROM {table} ORDER BY id")).fetchall()


def _count(db, model) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_same_seed_and_day_give_identical_rows_including_ids(make_db):
    first, second = make_db("a.sqlite3"), make_db("b.sqlite3")
    generate(first, accounts=120, seed=3, today=TODAY)
    generate(second, accounts=120, seed=3, today=TODAY)
    for table in ("accounts", "contacts", "opportunities", "calls", "users"):
        assert _rows(first, table) == _rows(second, table), table


def test_another_seed_gives_other_accounts(make_db):
    first, second = make_db("a.sqlite3"), make_db("b.sqlite3")
    generate(first, accounts=60, seed=1, today=TODAY)
    generate(second, accounts=60, seed=2, today=TODAY)
    assert _rows(first, "accounts") != _rows(second, "accounts")


def test_summary_counts_match_the_database(fresh_db):
    summary = generate(fresh_db, accounts=150, today=TODAY)
    assert summary.counts["accounts"] == 150 == _count(fresh_db, Account)
    assert summary.counts["opportunities"] == _count(fresh_db, Opportunity)
    assert summary.total > 150


def test_every_lead_status_and_every_stage_is_present(fresh_db):
    generate(fresh_db, accounts=200, today=TODAY)
    with fresh_db.read() as session:
        statuses = set(session.scalars(select(Lead.status).distinct()))
        stages = set(
            session.scalars(
                select(PipelineStage.name).join(
                    Opportunity, Opportunity.stage_id == PipelineStage.id
                )
            )
        )
        reasons = set(
            session.scalars(select(Lead.disqualify_reason).where(Lead.status == "disqualified"))
        )
    assert statuses == {s.value for s in LeadStatus}
    assert len(stages) == 7
    assert None not in reasons


def test_stage_history_ends_in_the_deals_current_stage(fresh_db):
    generate(fresh_db, accounts=200, today=TODAY)
    with fresh_db.read() as session:
        deals = {o.id: o.stage_id for o in session.scalars(select(Opportunity))}
        last: dict[uuid.UUID, tuple[datetime, uuid.UUID]] = {}
        backwards = 0
        positions = {
            sid: pos
            for sid, pos in session.execute(select(PipelineStage.id, PipelineStage.position))
        }
        for change in session.scalars(select(StageChange).order_by(StageChange.changed_at)):
            last[change.opportunity_id] = (change.changed_at, change.to_stage_id)
            if (
                change.from_stage_id
                and positions[change.to_stage_id] < positions[change.from_stage_id]
                and positions[change.to_stage_id] < 5
            ):
                backwards += 1
    assert set(last) == set(deals)
    assert all(last[d][1] == stage for d, stage in deals.items())
    assert backwards > 0


def test_demo_user_is_current_and_has_calls_today(fresh_db):
    summary = generate(fresh_db, accounts=100, today=TODAY)
    with fresh_db.read() as session:
        assert get_setting(session, CURRENT_USER_KEY) == str(summary.me)
        me = session.get(User, summary.me)
        start = datetime(2024, 6, 11, 23)  # midnight BST in UTC
        today_calls = session.scalars(
            select(Call).where(
                Call.owner_id == summary.me,
                Call.planned_start >= start,
                Call.planned_start < start + timedelta(days=1),
            )
        ).all()
        roles = set(session.scalars(select(User.role)))
    assert me.name == "Sam Taylor" and me.monthly_quota == 60000
    assert today_calls and all(c.status == "planned" for c in today_calls)
    assert roles == {r.value for r in Role}


def test_given_user_gets_a_territory_and_calls_today(fresh_db):
    me = uuid.uuid4()
    with fresh_db.write() as session:
        session.add(User(id=me, name="Alex Morgan", role="field_rep"))
    generate(fresh_db, accounts=80, today=TODAY, me=me)
    with fresh_db.read() as session:
        owned = session.scalar(select(func.count()).where(Account.owner_id == me))
        user = session.get(User, me)
        calls_today = session.scalar(
            select(func.count()).where(
                Call.owner_id == me, func.date(Call.planned_start) == TODAY.isoformat()
            )
        )
        names = set(session.scalars(select(User.name)))
    assert owned > 0 and calls_today > 0
    assert user.territory_id is not None and user.manager_id is not None
    assert "Sam Taylor" not in names


def test_foreign_keys_are_intact(fresh_db):
    generate(fresh_db, accounts=150, today=TODAY)
    with fresh_db.read() as session:
        assert session.execute(text("PRAGMA foreign_key_check")).fetchall() == []


def test_rows_read_back_through_the_orm(fresh_db):
    generate(fresh_db, accounts=60, today=TODAY)
    with fresh_db.read() as session:
        account = session.scalars(select(Account).where(Account.lat.is_not(None))).first()
        assert isinstance(account.id, uuid.UUID)
        assert isinstance(account.created_at, datetime)
        assert isinstance(account.opening_hours, dict)
        assert account.version == 1
        assert session.get(Account, account.id) is account


def test_hostile_names_and_missing_coordinates_are_included(fresh_db):
    generate(fresh_db, accounts=400, today=TODAY)
    with fresh_db.read() as session:
        names = set(session.scalars(select(Account.name)))
        unlocated = session.scalar(
            select(func.count()).where(Account.geocode_precision == "none", Account.lat.is_(None))
        )
        distinct = session.scalar(select(func.count(Account.name.distinct())))
    assert "Café Nör & Söhne <Ltd>" in names and "${x} Digital Ltd" in names
    assert 1 <= unlocated <= 30
    assert distinct == 400


def test_existing_data_is_refused_without_force(fresh_db):
    generate(fresh_db, accounts=60, today=TODAY)
    before = _rows(fresh_db, "accounts")
    with pytest.raises(DemoDataExists, match="already has 60 accounts"):
        generate(fresh_db, accounts=60, seed=9, today=TODAY)
    assert _rows(fresh_db, "accounts") == before


def test_force_replaces_everything_and_keeps_reference_data(fresh_db):
    generate(fresh_db, accounts=60, seed=1, today=TODAY)
    summary = generate(fresh_db, accounts=80, seed=2, today=TODAY, force=True)
    assert _count(fresh_db, Account) == 80
    assert _count(fresh_db, User) == summary.counts["users"]
    assert _count(fresh_db, PipelineStage) == 7
    with fresh_db.read() as session:
        assert get_setting(session, CURRENT_USER_KEY) == str(summary.me)
        assert session.execute(text("PRAGMA foreign_key_check")).fetchall() == []


def test_cancel_leaves_the_database_empty(fresh_db):
    with fresh_db.write() as session:
        ensure_reference_data(session)
    seen: list[tuple[int, int]] = []

    def cancel() -> bool:
        return len(seen) >= 3

    with pytest.raises(DemoCancelled):
        generate(
            fresh_db,
            accounts=100,
            today=TODAY,
            progress=lambda d, t: seen.append((d, t)),
            cancel=cancel,
        )
    assert _count(fresh_db, Account) == 0
    assert _count(fresh_db, User) == 0
    assert _count(fresh_db, PipelineStage) == 7


def test_progress_reports_every_phase_up_to_the_total(fresh_db):
    seen: list[tuple[int, int]] = []
    generate(fresh_db, accounts=60, today=TODAY, progress=lambda d, t: seen.append((d, t)))
    total = seen[0][1]
    assert [d for d, _ in seen] == list(range(1, total + 1))


@pytest.mark.parametrize("accounts", [0, -5, 100_001, 2.5, True])
def test_account_count_outside_the_range_is_refused(fresh_db, accounts):
    with pytest.raises(ValueError, match="from 1 to 100,000"):
        generate(fresh_db, accounts=accounts)


def test_the_demo_has_a_company_and_sent_proposals_made_from_the_deals_lines(make_db):
    from salesdesk.core.company import company
    from salesdesk.core.deals.proposals import proposals_of
    from salesdesk.core.models import LineItem, Proposal

    first, second = make_db("a.sqlite3"), make_db("b.sqlite3")
    for db in (first, second):
        generate(db, accounts=120, seed=3, today=TODAY)
    assert company(first).name == "Northpoint Packaging Ltd"
    assert _rows(first, "proposals") == _rows(second, "proposals")  # ids and numbers too
    with first.read() as s:
        made = s.scalars(select(Proposal)).all()
        assert made and all(p.status == "sent" and p.version_no == 1 for p in made)
        deal = made[0].opportunity_id
        lines = s.scalar(select(func.count()).where(LineItem.opportunity_id == deal))
    [row] = proposals_of(first, deal)
    assert row.number.startswith("Q-") and len(made[0].lines) == lines
