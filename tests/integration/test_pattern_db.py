"""The call pattern on the demo database: the rep's accounts, levels, home and
appointments; nothing lost; the CLI prints the plan as text and JSON."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from salesdesk.commands import pattern as pattern_command
from salesdesk.core.demo import generate
from salesdesk.core.domain import CallStatus, CallType
from salesdesk.core.models import Account, Call
from salesdesk.core.territory.pattern_data import cycle_start, pattern_for_owner
from salesdesk.core.territory.pattern_model import FIXED_CLASH, PatternSettings

TODAY = date(2026, 6, 17)  # a Wednesday: the cycle starts on Monday 22 June


def test_cycle_starts_on_the_next_monday():
    assert cycle_start(TODAY) == date(2026, 6, 22)
    assert cycle_start(date(2026, 6, 22)) == date(2026, 6, 22)


def test_demo_pattern_places_or_reports_every_visit(db):
    summary = generate(db, accounts=150, today=TODAY)
    with db.read() as s:
        mine = s.execute(
            select(Account.id, Account.lat).where(Account.owner_id == summary.me)
        ).all()
        # A fixed appointment on the second day of the cycle at 10:00 local time.
        target = next(i for i, lat in mine if lat is not None)
    local = datetime(2026, 6, 23, 10, 0).astimezone()
    with db.write() as s:
        s.add(
            Call(
                account_id=target,
                owner_id=summary.me,
                call_type=CallType.VISIT.value,
                status=CallStatus.PLANNED.value,
                planned_start=local.astimezone(UTC).replace(tzinfo=None),
                duration_min=45,
            )
        )
    result = pattern_for_owner(db, summary.me, PatternSettings(), today=TODAY)
    plan = result.plan
    assert result.start == date(2026, 6, 22) and not result.home_guessed
    assert plan.days[0].date == date(2026, 6, 22) and plan.days[5].date == date(2026, 6, 29)
    placed = Counter((v.account_id, v.number) for d in plan.days for v in d.visits)
    dropped = Counter((v.account_id, v.number) for v in plan.dropped)
    assert set((placed + dropped).values()) <= {1}
    assert sum(placed.values()) + sum(dropped.values()) == plan.required > 0
    assert all(v.reason and v.detail for v in plan.dropped)
    assert set(plan.needs_location) == {str(i) for i, lat in mine if lat is None}
    hits = [v for v in plan.days[1].visits if v.account_id == str(target)]
    assert hits and hits[0].fixed and hits[0].arrival == "10:00"
    for day in plan.days:
        if day.visits:
            assert day.depart <= day.visits[0].arrival and day.back >= day.visits[-1].arrival
            # Only appointments make a day longer, and the day says so.
            assert day.work_min <= 9 * 60 or ("long_day" in day.bent and day.notes)
    assert plan.visits >= 0.8 * plan.required
    # The cycle has hours to spare: no visit is dropped because its day is full, and the
    # only appointments dropped are ones too close to another to drive between.
    assert plan.spare_hours > 10
    assert {v.reason for v in plan.dropped} <= {FIXED_CLASH}


def test_without_a_home_base_the_plan_starts_from_the_accounts_middle(db):
    summary = generate(db, accounts=60, today=TODAY)
    from salesdesk.core.models import User

    with db.write() as s:
        user = s.get(User, summary.me)
        user.home_lat = user.home_lon = None
    result = pattern_for_owner(db, summary.me, today=TODAY)
    assert result.home_guessed and result.home is not None
    assert result.plan.visits > 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="salesdesk")
    pattern_command.add_parser(parser.add_subparsers(dest="command"))
    return parser


def test_pattern_command_prints_json_and_text(ctx, capsys):
    generate(ctx.db, accounts=80, today=date.today() - timedelta(days=1))
    args = _parser().parse_args(["pattern", "--weeks", "2", "--json"])
    assert pattern_command.run(ctx, args) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["days"]) == 10
    assert {"visits", "drive_min", "work_min", "dropped", "hours_needed"} <= set(data["totals"])
    assert data["totals"]["visits"] == sum(len(d["visits"]) for d in data["days"])
    assert isinstance(data["notes"], list) and all("notes" in d for d in data["days"])
    assert all(isinstance(n, str) for d in data["days"] for n in d["notes"])
    assert data["totals"]["spare_hours"] >= 0
    assert pattern_command.run(ctx, _parser().parse_args(["pattern"])) == 0
    out = capsys.readouterr().out
    assert "Day  1" in out and "Total:" in out and "Hours needed" in out


def test_pattern_command_on_an_empty_database(ctx, capsys):
    assert pattern_command.run(ctx, _parser().parse_args(["pattern", "--json"])) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["totals"]["visits"] == 0 and data["totals"]["required"] == 0
    try:
        _parser().parse_args(["pattern", "--weeks", "0"])
    except SystemExit as exc:
        assert exc.code == 2
    else:
        raise AssertionError("--weeks 0 was accepted")
