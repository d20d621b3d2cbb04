"""Route drive time in the time audit: the drive to each visit, recorded at check-out."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from salesdesk.core.calls.drive_time import DRIVE_RULE
from salesdesk.core.calls.planning import PlanInput, plan_call
from salesdesk.core.calls.running import RunInput, check_in, check_out, save_run
from salesdesk.core.domain import CallType, Role
from salesdesk.core.models import Account, TimeEntry
from salesdesk.core.territory.config import set_territory_settings
from salesdesk.core.workspace import ProfileInput, save_profile

DAY = date(2026, 11, 24)
HOME = (53.4808, -2.2426)  # Manchester
STOCKPORT = (53.4106, -2.1575)  # about 10 km away
BOLTON = (53.5769, -2.4282)


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    """A local time as the naive UTC the database stores."""
    return datetime.combine(day, time(hour, minute)).astimezone(UTC).replace(tzinfo=None)


@pytest.fixture
def rep(db):
    me = save_profile(
        db, ProfileInput(name="Rep", role=Role.FIELD_REP, home_lat=HOME[0], home_lon=HOME[1])
    )
    with db.write() as s:
        ids = {}
        for name, point in (("Stockport", STOCKPORT), ("Bolton", BOLTON), ("Nowhere", None)):
            account = Account(
                name=name, lat=point and point[0], lon=point and point[1], owner_id=me.id
            )
            s.add(account)
            s.flush()
            ids[name] = account.id
    return db, me.id, ids


def visit(db, me, account, start, minutes=45, call_type=CallType.VISIT):
    call = plan_call(db, me, PlanInput(account, start, minutes, call_type=call_type))
    check_in(db, call, start)
    check_out(db, call, start + timedelta(minutes=minutes))
    return call


def drives(db):
    with db.read() as s:
        rows = s.scalars(
            select(TimeEntry).where(TimeEntry.note == DRIVE_RULE).order_by(TimeEntry.started_at)
        ).all()
        return [(r.call_id, r.category, r.minutes, r.started_at) for r in rows]


def test_first_visit_of_the_day_records_the_drive_from_home(rep):
    db, me, ids = rep
    call = visit(db, me, ids["Stockport"], at(9))
    [(call_id, category, minutes, started)] = drives(db)
    # 8.9 km straight line x 1.3 detour at 50 km/h: about 14 minutes.
    assert (call_id, category) == (call, "travel")
    assert 12 <= minutes <= 16
    assert started == at(9) - timedelta(minutes=minutes)


def test_next_visit_drives_from_the_previous_account_bounded_by_the_gap(rep):
    db, me, ids = rep
    visit(db, me, ids["Stockport"], at(9))
    # Stockport -> Bolton is ~24 km (~38 min by the model), but only 20 minutes passed.
    second = visit(db, me, ids["Bolton"], at(10, 5))
    found = {c: m for c, _cat, m, _s in drives(db)}
    assert found[second] == 20
    # With an hour between them, the estimate itself counts.
    third = visit(db, me, ids["Stockport"], at(12))
    assert 30 <= {c: m for c, _cat, m, _s in drives(db)}[third] <= 45


def test_settings_speed_changes_the_estimate(rep):
    db, me, ids = rep
    set_territory_settings(db, {"pattern.speed_kmh": "25"})
    visit(db, me, ids["Stockport"], at(9))
    [(_c, _cat, minutes, _s)] = drives(db)
    assert 24 <= minutes <= 32


def test_no_coordinates_or_no_visit_records_no_drive(rep):
    db, me, ids = rep
    visit(db, me, ids["Nowhere"], at(9))
    visit(db, me, ids["Bolton"], at(11), call_type=CallType.PHONE)
    assert drives(db) == []


def test_rewriting_the_run_keeps_one_drive_and_a_phone_call_drops_it(rep):
    db, me, ids = rep
    call = visit(db, me, ids["Stockport"], at(9))
    for _ in range(2):
        check_out(db, call, at(10))
    save_run(db, me, call, RunInput(checked_in_at=at(9, 30), checked_out_at=at(10, 30)))
    [(_c, _cat, _m, started)] = drives(db)
    assert started < at(9, 30)
    with db.read() as s:
        selling = s.scalars(
            select(TimeEntry).where(
                TimeEntry.call_id == call, TimeEntry.category == "selling_face_to_face"
            )
        ).all()
    assert [e.minutes for e in selling] == [60]
    # Unset the check-in: no run, no drive.
    save_run(db, me, call, RunInput())
    assert drives(db) == []
