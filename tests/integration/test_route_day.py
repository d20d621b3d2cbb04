"""`planned_day` and `salesdesk route day` on the demo territory in a real SQLite file."""

from __future__ import annotations

import argparse
import json
from datetime import date, timedelta

import gpxpy
import pytest
from icalendar import Calendar
from sqlalchemy import select, update

from salesdesk.commands import route as route_command
from salesdesk.core.demo import generate
from salesdesk.core.domain import CallStatus, CallType
from salesdesk.core.models import Account, Call, User
from salesdesk.core.territory.day_route import (
    DEFAULT_SLACK_MIN,
    NO_COORDINATES,
    NO_HOME,
    UNSCHEDULED,
    local_seconds,
    planned_day,
)
from salesdesk.core.territory.opening import WEEKDAY_KEYS
from salesdesk.core.today import utc_start_of
from salesdesk.core.workspace import current_profile

TODAY = date(2026, 6, 15)  # a Monday
DAYS = [TODAY + timedelta(days=n) for n in range(5)]


@pytest.fixture
def demo(db):
    return generate(db, accounts=60, today=TODAY)


def planned_calls(db, owner, day) -> set:
    with db.read() as s:
        return set(
            s.scalars(
                select(Call.id).where(
                    Call.owner_id == owner,
                    Call.call_type == CallType.VISIT,
                    Call.status == CallStatus.PLANNED,
                    Call.planned_start >= utc_start_of(day),
                    Call.planned_start < utc_start_of(day + timedelta(days=1)),
                )
            )
        )


@pytest.mark.parametrize("offset", range(len(DAYS)))
def test_every_planned_visit_is_routed_or_reported(db, demo, offset):
    day = DAYS[offset]
    route = planned_day(db, demo.me, day)
    expected = planned_calls(db, demo.me, day)
    listed = [v.call_id for v in route.visits]
    assert len(listed) == len(set(listed))  # nothing twice
    assert set(listed) == expected  # nothing lost
    assert route.home is not None and not route.home_is_fallback
    slack = timedelta(minutes=DEFAULT_SLACK_MIN)
    starts = [v.route_start for v in route.stops]
    assert starts == sorted(starts)
    for v in route.stops:  # the appointment is kept: on time or at most the slack late
        assert v.planned_start <= v.route_start <= v.planned_start + slack
    assert all(v.route_start is None for v in route.unscheduled + route.needs_location)


def test_the_demo_day_has_visits_to_route(db, demo):
    assert any(planned_day(db, demo.me, d).stops for d in DAYS)


def test_cancelled_visits_are_left_out(db, demo):
    day = next(d for d in DAYS if planned_calls(db, demo.me, d))
    victim = next(iter(planned_calls(db, demo.me, day)))
    with db.write() as s:
        s.execute(update(Call).where(Call.id == victim).values(status=CallStatus.CANCELLED))
    assert victim not in {v.call_id for v in planned_day(db, demo.me, day).visits}


def test_visits_without_coordinates_need_location(db, demo):
    day = next(d for d in DAYS if planned_calls(db, demo.me, d))
    victim = next(iter(planned_calls(db, demo.me, day)))
    with db.write() as s:
        account = s.scalar(select(Call.account_id).where(Call.id == victim))
        s.execute(update(Account).where(Account.id == account).values(lat=None, lon=None))
    route = planned_day(db, demo.me, day)
    assert victim in {v.call_id for v in route.needs_location}
    assert victim not in {v.call_id for v in route.stops + route.unscheduled}
    assert set(v.call_id for v in route.visits) == planned_calls(db, demo.me, day)


def test_without_home_base_the_first_visit_is_the_start(db, demo):
    day = next(d for d in DAYS if planned_day(db, demo.me, d).stops)
    with db.write() as s:
        s.execute(update(User).where(User.id == demo.me).values(home_lat=None, home_lon=None))
    route = planned_day(db, demo.me, day)
    assert route.home_is_fallback and NO_HOME in route.notes
    first = min((v for v in route.visits if v.located), key=lambda v: v.planned_start)
    assert (route.home.lat, route.home.lon) == (first.lat, first.lon)


def test_a_day_without_visits_is_empty(db, demo):
    route = planned_day(db, demo.me, TODAY - timedelta(days=400))
    assert route.visits == [] and route.stops == []


def _parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="salesdesk")
    route_command.add_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(["route", *argv])


def test_route_day_command_outputs(ctx, capsys, tmp_path):
    summary = generate(ctx.db, accounts=60, today=TODAY)
    profile = current_profile(ctx.db)
    assert profile is not None and profile.id == summary.me
    day = next(d for d in DAYS if planned_day(ctx.db, summary.me, d).stops)
    text = day.isoformat()

    assert route_command.run(ctx, _parse("day", text, "--json")) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["day"] == text and data["order"]
    assert route_command.run(ctx, _parse("day", text)) == 0
    assert f"Route for {text}" in capsys.readouterr().out
    assert route_command.run(ctx, _parse("day", text, "--link")) == 0
    links = capsys.readouterr().out.split()
    assert links and all(
        link.startswith("https://www.google.com/maps/dir/?api=1") for link in links
    )

    gpx_file, ics_file = tmp_path / "day.gpx", tmp_path / "day.ics"
    assert route_command.run(ctx, _parse("day", text, "--gpx", str(gpx_file))) == 0
    gpx = gpxpy.parse(gpx_file.read_text(encoding="utf-8"))
    assert len(gpx.routes[0].points) == len(data["order"]) + 2
    assert route_command.run(ctx, _parse("day", text, "--ics", str(ics_file))) == 0
    events = list(Calendar.from_ical(ics_file.read_bytes()).walk("VEVENT"))
    every = data["order"] + data["unscheduled"] + data["needs_location"]
    assert {str(e["UID"]) for e in events} == {f"{v['call_id']}@salesdesk" for v in every}
    capsys.readouterr()


def test_route_day_command_arguments(ctx):
    assert _parse("day", "today").date == date.today()
    with pytest.raises(SystemExit):
        _parse("day", "15/06/2026")
    with pytest.raises(SystemExit):
        _parse("day", "today", "--json", "--link")
    assert route_command.run(None, _parse("day", "today")) == 2  # needs the database


def test_clashing_appointments_leave_one_unscheduled(db, demo):
    day = next(d for d in DAYS if len(planned_day(db, demo.me, d).stops) >= 2)
    first, second = planned_day(db, demo.me, day).stops[:2]
    with db.write() as s:
        s.execute(
            update(Call).where(Call.id == second.call_id).values(planned_start=first.planned_start)
        )
    route = planned_day(db, demo.me, day)
    assert {first.call_id, second.call_id} & {v.call_id for v in route.unscheduled}
    assert any("do not fit" in note for note in route.notes)
    (note,) = [m for m in route.messages if m.template == UNSCHEDULED]
    assert note.params == {"count": len(route.unscheduled)}
    assert set(v.call_id for v in route.visits) == planned_calls(db, demo.me, day)


def _only(db, owner, day):
    """Cancel every planned visit of `day` but the first one; return it (located)."""
    route = planned_day(db, owner, day)
    keep = route.stops[0]
    with db.write() as s:
        s.execute(
            update(Call)
            .where(Call.id.in_(planned_calls(db, owner, day) - {keep.call_id}))
            .values(status=CallStatus.CANCELLED)
        )
    return keep


def _hhmm(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}"


def test_a_split_opening_serves_the_visit_in_the_window_that_holds_it(db, demo):
    day = next(d for d in DAYS if planned_day(db, demo.me, d).stops)
    visit = _only(db, demo.me, day)
    at = local_seconds(visit.planned_start, day)
    length = visit.duration_min * 60
    # Open until 5 minutes after the appointment, then again from 90 minutes after it:
    # with three hours of slack only the second opening holds the visit.
    hours = {
        WEEKDAY_KEYS[day.weekday()]: [
            [_hhmm(at - 3600), _hhmm(at + 300)],
            [_hhmm(at + 5400), _hhmm(at + 5400 + 2 * length)],
        ]
    }
    with db.write() as s:
        s.execute(update(Account).where(Account.id == visit.account_id).values(opening_hours=hours))
    route = planned_day(db, demo.me, day, slack_min=180)
    (routed,) = route.stops
    start = local_seconds(routed.route_start, day)
    assert at + 5400 <= start and start + length <= at + 5400 + 2 * length
    # Closed that weekday: the appointment was agreed, it keeps its own time.
    with db.write() as s:
        s.execute(update(Account).where(Account.id == visit.account_id).values(opening_hours={}))
    (routed,) = planned_day(db, demo.me, day).stops
    assert routed.route_start == visit.planned_start


def test_day_route_notes_are_templates_with_parameters(db, demo):
    day = next(d for d in DAYS if planned_calls(db, demo.me, d))
    victim = next(iter(planned_calls(db, demo.me, day)))
    with db.write() as s:
        account = s.scalar(select(Call.account_id).where(Call.id == victim))
        s.execute(update(Account).where(Account.id == account).values(lat=None, lon=None))
    route = planned_day(db, demo.me, day)
    (note,) = [m for m in route.messages if m.template == NO_COORDINATES]
    assert note.params == {"count": len(route.needs_location)} and note.context == "Territory"
    assert note.text() == f"Visits without coordinates, not routed: {len(route.needs_location)}."
    assert route.notes == [m.text() for m in route.messages]
    assert route.to_dict()["notes"] == route.notes
