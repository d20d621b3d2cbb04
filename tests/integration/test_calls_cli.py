"""`salesdesk calls list|export-ics|import-ics` against real database files."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from icalendar import Calendar
from sqlalchemy import func, select

from salesdesk.cli import main
from salesdesk.core.calls.listing import CallQuery, call_ids
from salesdesk.core.demo import generate
from salesdesk.core.models import Account, Call
from salesdesk.core.today import utc_start_of
from salesdesk.core.workspace import current_profile

TODAY = date(2024, 6, 12)


@pytest.fixture
def demo(db, db_path):
    """A demo territory; its local profile is the CLI's user."""
    generate(db, accounts=60, seed=3, today=TODAY)
    return db, current_profile(db), str(db_path)


def _count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Call))


def _my_days(me, first: date, last: date) -> CallQuery:
    """The query `calls list --from FIRST --to LAST` runs for a rep."""
    return CallQuery(
        date_from=utc_start_of(first),
        date_to=utc_start_of(last + timedelta(days=1)),
        owner_id=me.id,
        descending=False,
    )


def test_list_json_gives_my_calls_of_the_days_in_order_with_iso_times(demo, capsys):
    db, me, path = demo
    args = ["calls", "list", "--from", "2024-06-12", "--to", "2024-06-13", "--json"]
    assert main(["--db", path, *args]) == 0
    rows = json.loads(capsys.readouterr().out)
    expected = call_ids(db, _my_days(me, TODAY, date(2024, 6, 13)))
    assert [r["id"] for r in rows] == [str(i) for i in expected] and rows
    starts = [datetime.fromisoformat(r["start"]) for r in rows]
    assert all(s.tzinfo is not None for s in starts)
    assert {s.date() for s in starts} == {TODAY, date(2024, 6, 13)}
    assert {"account", "type", "stage", "objective", "end", "duration_min"} <= set(rows[0])


def test_list_filters_by_account_name_and_stage(demo, capsys):
    db, me, path = demo
    with db.read() as s:
        # an account of mine with a call whose debrief is due
        due = select(Call.account_id).where(
            Call.owner_id == me.id, Call.status == "done", Call.debriefed_at.is_(None)
        )
        name = s.get(Account, s.scalar(due.order_by(Call.id).limit(1))).name
    part = name.split()[0].upper()
    assert (
        main(["--db", path, "calls", "list", "--account", part, "--stage", "done", "--json"]) == 0
    )
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(part.casefold() in r["account"].casefold() for r in rows)
    assert {r["stage"] for r in rows} == {"done"}


def test_list_prints_a_table_with_a_total(demo, capsys):
    _, _, path = demo
    assert main(["--db", path, "calls", "list", "--from", "2024-06-13", "--to", "2024-06-13"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["when", "account", "type", "stage", "objective"]
    rows = out[1:-2]
    assert rows and all(r.startswith("2024-06-13 ") and " planned " in r for r in rows)
    assert out[-1] == f"{len(rows)} calls."


def test_list_without_matches_says_so(demo, capsys):
    _, _, path = demo
    assert main(["--db", path, "calls", "list", "--account", "no such account"]) == 0
    assert capsys.readouterr().out.strip() == "No calls match."


@pytest.mark.parametrize("bad", ["2026-13-01", "12/06/2024", "tomorrow"])
def test_a_date_that_is_not_a_day_is_a_usage_error(db_path, capsys, bad):
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(db_path), "calls", "list", "--from", bad])
    assert exc.value.code == 2
    assert f"expected a real day written YYYY-MM-DD, not {bad!r}" in capsys.readouterr().err


def test_from_after_to_is_a_usage_error(demo, capsys):
    _, _, path = demo
    assert main(["--db", path, "calls", "list", "--from", "2024-06-14", "--to", "2024-06-12"]) == 2
    assert "--from is after --to" in capsys.readouterr().err


def test_export_ics_writes_my_calls_and_says_how_many(demo, tmp_path, capsys):
    db, me, path = demo
    out = tmp_path / "week.ics"
    code = main(
        [
            "--db",
            path,
            "calls",
            "export-ics",
            "--out",
            str(out),
            "--from",
            "2024-06-12",
            "--to",
            "2024-06-18",
        ]
    )
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    expected = call_ids(db, _my_days(me, TODAY, date(2024, 6, 18)))
    assert code == 0 and len(events) == len(expected) > 0
    assert capsys.readouterr().out.strip() == f"Wrote {len(events)} events to {out}."


def test_import_ics_of_our_own_export_changes_nothing_and_exits_0(demo, tmp_path, capsys):
    db, _, path = demo
    out = tmp_path / "calls.ics"
    main(["--db", path, "calls", "export-ics", "--out", str(out), "--from", "2024-06-12"])
    capsys.readouterr()
    count = _count(db)

    assert main(["--db", path, "calls", "import-ics", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["created"], report["updated"], report["skipped"]) == (0, 0, [])
    assert report["unchanged"] > 0 and _count(db) == count


def test_import_ics_lists_skipped_events_with_reasons_and_exits_1(demo, tmp_path, capsys):
    db, _, path = demo
    with db.read() as s:
        name = s.get(Account, s.scalar(select(Call.account_id).limit(1))).name
    ics = tmp_path / "meetings.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"
        f"BEGIN:VEVENT\r\nUID:ok\r\nSUMMARY:{name}\r\nDTSTART:20240620T090000Z\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:day\r\nSUMMARY:Holiday\r\nDTSTART;VALUE=DATE:20240621\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n",
        encoding="utf-8",
    )
    assert main(["--db", path, "calls", "import-ics", str(ics)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{ics}: 1 created, 0 updated, 0 unchanged, 0 cancelled, 1 skipped."
    assert out[1:] == ["Skipped:", '  event 2 "Holiday": All-day events are not imported.']

    assert main(["--db", path, "calls", "import-ics", str(ics), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["created"] == 0 and report["unchanged"] == 1
    assert report["skipped"] == [
        {
            "index": 2,
            "uid": "day",
            "summary": "Holiday",
            "reason": "All-day events are not imported.",
        }
    ]


@pytest.mark.parametrize(
    "content", [b"\x89PNG\r\n\x1a\n\x00\x00", b"a,b\n1,2\n"], ids=["png", "csv"]
)
def test_import_ics_of_a_file_that_is_not_a_calendar_exits_2_and_changes_nothing(
    demo, tmp_path, capsys, content
):
    db, _, path = demo
    bad = tmp_path / "calendar.ics"
    bad.write_bytes(content)
    count = _count(db)
    assert main(["--db", path, "calls", "import-ics", str(bad)]) == 2
    captured = capsys.readouterr()
    err = captured.err.strip().splitlines()
    assert len(err) == 1 and "is not an iCalendar (.ics) file" in err[0] and not captured.out
    assert _count(db) == count


def test_import_ics_of_a_missing_file_exits_2(demo, tmp_path, capsys):
    _, _, path = demo
    assert main(["--db", path, "calls", "import-ics", str(tmp_path / "nowhere.ics")]) == 2
    assert "Cannot read" in capsys.readouterr().err


def test_import_ics_needs_a_profile(db_path, tmp_path, capsys):
    ics = tmp_path / "empty.ics"
    ics.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")
    assert main(["--db", str(db_path), "calls", "import-ics", str(ics)]) == 1
    assert "no profile yet" in capsys.readouterr().err


def test_calls_needs_an_action(db_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(db_path), "calls"])
    assert exc.value.code == 2
