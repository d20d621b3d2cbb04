"""The time audit on a hand-made week: shares, earlier weeks, team, candidates, timesheet."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from salesdesk.core.automation import timeaudit as ta
from salesdesk.core.automation import timesheet as ts
from salesdesk.core.automation.candidates import CALL_MINUTES
from salesdesk.core.calls.debrief import FOLLOW_UP_RULE
from salesdesk.core.domain import Role, TimeSource
from salesdesk.core.models import Account, Call, Contact, Lead, Task, TimeEntry, User

WEEK = date(2026, 11, 16)  # a Monday
MON, TUE, WED, THU = (WEEK + timedelta(days=i) for i in range(4))


def at(day: date, hour: int = 9, minute: int = 0) -> datetime:
    """A local time as the naive UTC the database stores."""
    return datetime.combine(day, time(hour, minute)).astimezone(UTC).replace(tzinfo=None)


def entry(user, day, category, minutes, source=TimeSource.MANUAL, hour=9, **kw):
    return TimeEntry(
        user_id=user,
        category=category,
        started_at=at(day, hour),
        minutes=minutes,
        source=str(source),
        **kw,
    )


@pytest.fixture
def week(fresh_db):
    db = fresh_db
    with db.write() as s:
        boss = User(name="Morgan Boss", role=Role.SALES_MANAGER)
        s.add(boss)
        s.flush()
        a, b, c = (User(name=n, role=Role.FIELD_REP, manager_id=boss.id) for n in "ABC")
        s.add_all([a, b, c])
        s.flush()
        s.add_all(
            [
                entry(a.id, MON, "selling_face_to_face", 120, TimeSource.AUTO),
                entry(a.id, MON, "admin", 60, hour=14),
                entry(a.id, TUE, "travel", 90, note="M60"),
                entry(a.id, TUE, "planning", 30, TimeSource.AUTO, hour=16),
                entry(a.id, WED, "legacy_cat", 30),  # not in the list: "other"
                # earlier weeks: admin 120, 60, 0, 30 and one too old to count
                entry(a.id, MON - timedelta(weeks=1), "admin", 120),
                entry(a.id, MON - timedelta(weeks=2), "admin", 60),
                entry(a.id, MON - timedelta(weeks=4), "admin", 30),
                entry(a.id, MON - timedelta(weeks=5), "admin", 999),
                # the team
                entry(b.id, MON, "admin", 120),
                entry(b.id, TUE, "admin", 500, deleted_at=at(TUE)),
                entry(c.id, MON, "admin", 60),
                entry(c.id, TUE, "training", 60),
            ]
        )
        acct = Account(name="Acme Ltd", owner_id=a.id, created_at=at(MON - timedelta(weeks=8)))
        s.add(acct)
        s.flush()
        debriefed = Call(
            account_id=acct.id,
            owner_id=a.id,
            status="done",
            debriefed_at=at(TUE, 17),
            next_steps="Send the price list",
            created_at=at(MON - timedelta(days=3)),
        )
        s.add(debriefed)
        s.flush()
        s.add_all(
            [
                Task(
                    title="Send price list",
                    owner_id=a.id,
                    account_id=acct.id,
                    created_at=at(WED, 10),
                ),
                Task(
                    title="By the rule",
                    owner_id=a.id,
                    account_id=acct.id,
                    created_by_rule=FOLLOW_UP_RULE,
                    created_at=at(WED, 10),
                ),
                Task(
                    title="Much later",
                    owner_id=a.id,
                    account_id=acct.id,
                    created_at=at(WED + timedelta(days=3)),
                ),
                Call(account_id=acct.id, owner_id=a.id, created_at=at(TUE, 19)),
            ]
        )
        lead = Lead(
            company="Acme Rockets",
            email="jo@rockets.test",
            owner_id=a.id,
            status="qualified",
            qualified_at=at(WED, 11),
        )
        s.add(lead)
        rockets = Account(name="acme rockets", owner_id=a.id, created_at=at(WED, 12))
        by_rule = Account(
            name="Acme Rockets",
            owner_id=a.id,
            created_by_rule="lead_qualified",
            created_at=at(WED, 11),
        )
        s.add_all([rockets, by_rule])
        s.flush()
        s.add(
            Contact(
                account_id=rockets.id,
                last_name="Jo",
                email="JO@rockets.test",
                created_at=at(WED, 12),
            )
        )
        ids = a.id, b.id, c.id, boss.id
    return db, ids


def test_week_report_shares_history_team_and_sources(week):
    db, (a, _b, _c, _boss) = week
    report = ta.week_report(db, a, WEEK, weeks_back=4)
    rows = {r.key: r for r in report.rows}
    assert report.total_minutes == 330
    assert (report.auto_minutes, report.manual_minutes) == (150, 180)
    assert rows["selling_face_to_face"].share == pytest.approx(120 / 330)
    assert rows["other"].minutes == 30  # the unknown category
    assert sum(r.share for r in report.rows) == pytest.approx(1.0)
    assert rows["admin"].previous == (120, 60, 0, 30)
    assert rows["admin"].previous_average == pytest.approx(52.5)
    assert report.previous_totals == (120, 60, 0, 30)
    assert report.previous_weeks[0] == WEEK - timedelta(weeks=1)
    # B (120 admin; the deleted entry does not count) and C (60 admin, 60 training)
    assert report.team_size == 2
    assert rows["admin"].team_average == pytest.approx(90)
    assert rows["training"].team_average == pytest.approx(30)
    assert report.team_total_average == pytest.approx(120)
    assert rows["planning"].auto_minutes == 30 and rows["travel"].manual_minutes == 90


def test_automation_candidates_are_counted(week):
    db, (a, *_rest) = week
    found = {c.kind: c for c in ta.week_report(db, a, WEEK).candidates}
    assert found["manual_admin"].count == 1
    assert found["manual_admin"].minutes_saved == 15  # a quarter of 60
    assert found["hand_follow_up_tasks"].count == 1  # not the rule's, not 3 days later
    assert found["hand_follow_up_calls"].count == 1
    assert found["hand_accounts"].count == 1
    assert found["hand_contacts"].count == 1
    assert found["hand_follow_up_calls"].minutes_saved == CALL_MINUTES
    assert "manual_selling_time" not in found
    # an empty week has none
    assert ta.week_report(db, a, WEEK + timedelta(weeks=3)).candidates == []


def test_a_group_is_summed_and_averaged_over_itself(week):
    db, (a, b, c, _boss) = week
    report = ta.week_report(db, [a, b, c], WEEK, weeks_back=1)
    rows = {r.key: r for r in report.rows}
    assert rows["admin"].minutes == 60 + 120 + 60
    assert rows["admin"].team_average == pytest.approx(80)
    assert ta.team_of(db, _boss) == [a, b, c]


def test_timesheet_by_day_and_save_replaces_only_manual(week):
    db, (a, *_rest) = week
    sheet = ts.timesheet(db, a, WEEK)
    assert sheet.manual == {(MON, "admin"): 60, (TUE, "travel"): 90}
    assert sheet.auto == {(MON, "selling_face_to_face"): 120, (TUE, "planning"): 30}
    assert sheet.other == {(WED, "legacy_cat"): 30}
    assert sheet.notes == {(TUE, "travel"): "M60"}
    assert sheet.day_total(MON) == 180

    saved = ts.save_timesheet(
        db,
        a,
        WEEK,
        [
            ts.TimesheetRow(MON, "admin", 30),
            ts.TimesheetRow(THU, "reporting", 45, "Forecast"),
            ts.TimesheetRow(THU, "reporting", 15),  # the same cell adds up
        ],
    )
    assert saved.manual == {(MON, "admin"): 30, (THU, "reporting"): 60}
    assert saved.auto == sheet.auto and saved.other == sheet.other
    assert saved.notes[(THU, "reporting")] == "Forecast"
    with db.read() as s:
        live = s.scalar(
            select(func.count(TimeEntry.id)).where(
                TimeEntry.user_id == a, TimeEntry.deleted_at.is_(None)
            )
        )
        travel = s.scalar(select(TimeEntry).where(TimeEntry.category == "travel"))
    assert travel.deleted_at is not None  # a tombstone, as every table keeps
    # 4 earlier-week entries + 2 auto + other + 2 manual
    assert live == 4 + 2 + 1 + 2
    report = ta.week_report(db, a, WEEK)
    assert report.manual_minutes == 30 + 60 + 30


@pytest.mark.parametrize(
    ("row", "field"),
    [
        (ts.TimesheetRow(MON, "admin", 1500), "minutes"),
        (ts.TimesheetRow(MON, "admin", -5), "minutes"),
        (ts.TimesheetRow(MON, "nope", 30), "category"),
        (ts.TimesheetRow(MON, "legacy_cat", 30), "category"),
        (ts.TimesheetRow(MON + timedelta(days=7), "admin", 30), "day"),
        (ts.TimesheetRow(MON, "admin", 1400), "minutes"),  # + 120 automatic > 24 h
    ],
)
def test_timesheet_validation_changes_nothing(week, row, field):
    db, (a, *_rest) = week
    before = ts.timesheet(db, a, WEEK)
    with pytest.raises(ta.TimeAuditError) as err:
        ts.save_timesheet(db, a, WEEK, [ts.TimesheetRow(TUE, "travel", 10), row])
    assert err.value.field == field
    assert ts.timesheet(db, a, WEEK) == before


def test_split_over_several_days_within_24h_is_fine(week):
    db, (a, *_rest) = week
    rows = [ts.TimesheetRow(d, "admin", 1300) for d in (TUE, WED, THU)]
    assert ts.save_timesheet(db, a, WEEK, rows).manual[(THU, "admin")] == 1300


def test_categories_are_a_managed_list_with_stable_keys(week):
    db, (a, *_rest) = week
    with db.read() as s:
        cats = ta.categories(s)
    assert [c.key for c in cats][:2] == ["selling_face_to_face", "selling_remote"]
    renamed = [ta.Category("admin", "Admin & CRM"), *[c for c in cats if c.key != "admin"][:-1]]
    saved = ta.save_categories(db, [*renamed, "  Customer   events ", (None, "Tenders")])
    keys = [c.key for c in saved]
    assert "customer_events" in keys and "tenders" in keys and "training" not in keys
    report = ta.week_report(db, a, WEEK)
    rows = {r.key: r for r in report.rows}
    assert rows["admin"].label == "Admin & CRM" and rows["admin"].minutes == 60
    assert "training" not in rows
    with pytest.raises(ta.TimeAuditError) as err:
        ta.save_categories(db, ["Travel", "travel"])
    assert err.value.field == "categories"
    with pytest.raises(ta.TimeAuditError):
        ta.save_categories(db, ["  "])


def test_a_category_label_has_at_most_80_characters(week):
    db, _users = week
    with db.read() as s:
        before = ta.categories(s)
    longest = "C" * ta.MAX_CATEGORY_LABEL
    assert ta.save_categories(db, [*before[1:], longest])[-1].label == longest
    with pytest.raises(ta.TimeAuditError, match="at most 80 characters") as err:
        ta.save_categories(db, [*before, "C" * 5000])
    assert err.value.field == "categories"
    with db.read() as s:
        assert ta.categories(s)[-1].label == longest  # the refused list was not stored


def test_record_form_time_is_automatic_and_capped(week):
    db, (a, *_rest) = week
    new = ts.record_form_time(db, a, "planning", at(THU, 8), 95, "call_plan_form")
    assert ts.record_form_time(db, a, "planning", at(THU, 8), 0) is None
    with db.read() as s:
        made = s.get(TimeEntry, new)
    assert (made.minutes, made.source, made.call_id) == (60, "auto", None)
    assert ts.timesheet(db, a, WEEK).auto[(THU, "planning")] == 60
    with pytest.raises(ta.TimeAuditError):
        ts.record_form_time(db, a, "nope", at(THU, 8), 5)


def test_weeks_parse_and_must_start_on_monday(week):
    db, (a, *_rest) = week
    assert ta.parse_iso_week("2026-W47") == WEEK
    for bad in ("2026-47", "2026-W60", "next week"):
        with pytest.raises(ta.TimeAuditError):
            ta.parse_iso_week(bad)
    with pytest.raises(ta.TimeAuditError):
        ta.week_report(db, a, TUE)
