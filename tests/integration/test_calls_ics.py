"""Calls to and from .ics calendars: export, import, matching, re-import, broken input."""

from __future__ import annotations

import hashlib
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import func, select, text

from salesdesk.core.calls import ics
from salesdesk.core.calls.ics import IcsFileError, export_ics, import_ics
from salesdesk.core.calls.listing import CallQuery, call_ids
from salesdesk.core.calls.planning import PlanInput, plan_call
from salesdesk.core.calls.running import cancel_call, check_in
from salesdesk.core.demo import generate
from salesdesk.core.models import Account, Call, CallAttendee, Contact, User
from salesdesk.core.workspace import current_profile

TODAY = date(2024, 6, 12)
NOW = datetime(2024, 6, 12, 5, 0)
# Newlines, commas, semicolons, a backslash, quotes, right-to-left Persian, emoji.
HOSTILE = 'Zoë, "Ünal"; Textiles\\Co\nسلام دنیا — جلسه 😀🚚 <b>&amp;</b>'


# ---------------------------------------------------------------- helpers


def _calendar(*events: str, between: str = "") -> str:
    body = "".join(f"BEGIN:VEVENT\n{e.strip()}\nEND:VEVENT\n{between}" for e in events)
    text_ = f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//EN\n{body}END:VCALENDAR\n"
    return text_.replace("\n", "\r\n")


def _write(tmp_path: Path, content: str | bytes, name: str = "in.ics") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def _calls(db) -> list[Call]:
    with db.read() as s:
        return list(s.scalars(select(Call).where(Call.deleted_at.is_(None))))


def _count(db, model=Call) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def _attendees(db, call_id) -> set[uuid.UUID]:
    with db.read() as s:
        return set(
            s.scalars(select(CallAttendee.contact_id).where(CallAttendee.call_id == call_id))
        )


def _events(path: Path) -> dict:
    """The file's VEVENTs by UID, parsed back with icalendar."""
    return {str(e["UID"]): e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}


def _addresses(event, name: str) -> set[tuple[str, str | None]]:
    values = event.get(name, [])
    values = values if isinstance(values, list) else [values]
    return {(str(v).removeprefix("mailto:"), v.params.get("CN")) for v in values}


def _fingerprint(db) -> list[str]:
    files = [db.path, db.path.with_name(db.path.name + "-wal")]
    return [hashlib.sha256(f.read_bytes()).hexdigest() for f in files if f.exists()]


def _reasons(report) -> dict[int, str]:
    return {i.index: i.reason.template for i in report.skipped}


@pytest.fixture
def demo(make_db):
    """A demo territory and its local profile."""
    db = make_db("demo.sqlite3")
    generate(db, accounts=60, seed=3, today=TODAY)
    return db, current_profile(db)


@pytest.fixture
def twin(make_db):
    """The same demo territory (same ids) without any calls: the other laptop."""
    db = make_db("twin.sqlite3")
    generate(db, accounts=60, seed=3, today=TODAY)
    with db.write() as s:
        s.execute(text("DELETE FROM calls"))
    return db


class Territory:
    """A few hand-made accounts and contacts, for the matching rules."""

    def __init__(self, db) -> None:
        self.db = db
        with db.write() as s:
            self.me = User(name="Rep", role="field_rep", email="rep@northpoint.example")
            self.acme = Account(
                name="Acme Packaging", email="info@acme.example", website="https://acme.example"
            )
            self.bakery = Account(name="Bolton Bakeries", website="www.bolton-bakeries.example")
            self.bakery_north = Account(name="Bolton Bakeries North", city="Bolton")
            self.twin_a = Account(name="Twin Foods", city="Bury")
            self.twin_b = Account(name="Twin Foods", city="Wigan")
            self.gmail = Account(name="Corner Shop", email="corner.shop@gmail.com")
            s.add_all(
                [
                    self.me,
                    self.acme,
                    self.bakery,
                    self.bakery_north,
                    self.twin_a,
                    self.twin_b,
                    self.gmail,
                ]
            )
            s.flush()
            self.jane = Contact(
                account_id=self.acme.id,
                first_name="Jane",
                last_name="Doe",
                email="Jane.Doe@Acme.example",
            )
            self.omid = Contact(account_id=self.bakery.id, first_name="Omid", last_name="Rahimi")
            s.add_all([self.jane, self.omid])

    def account_of(self, call_id) -> uuid.UUID:
        with self.db.read() as s:
            return s.get(Call, call_id).account_id


@pytest.fixture
def land(fresh_db) -> Territory:
    return Territory(fresh_db)


def _visit(uid: str = "m1@cal.example", summary: str = "Visit: Acme Packaging", **extra) -> str:
    lines = {
        "UID": uid,
        "DTSTAMP": "20240601T080000Z",
        "DTSTART": "20240612T090000Z",
        "DTEND": "20240612T100000Z",
        "SUMMARY": summary,
    }
    lines.update({k.replace("_", "-"): v for k, v in extra.items()})
    # A value starting with ";" or ":" carries its own parameters: ";TZID=...:2024...".
    return "\n".join(f"{k}{v}" if v[:1] in ";:" else f"{k}:{v}" for k, v in lines.items() if v)


# ---------------------------------------------------------------- export


def test_export_writes_each_call_as_an_event_equal_to_it(demo, tmp_path):
    db, me = demo
    query = CallQuery(date_from=datetime(2024, 6, 12), owner_id=me.id)
    out = tmp_path / "calls.ics"
    count = export_ics(db, out, query)

    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert count == len(events) == len(call_ids(db, query)) > 10
    with db.read() as s:
        for event in events:
            call = s.get(Call, uuid.UUID(str(event["UID"]).removesuffix("@salesdesk")))
            account = s.get(Account, call.account_id)
            contacts = s.scalars(
                select(Contact)
                .join(CallAttendee, CallAttendee.contact_id == Contact.id)
                .where(CallAttendee.call_id == call.id)
            ).all()
            start = call.planned_start.replace(tzinfo=UTC)
            assert event["DTSTART"].dt == start
            assert event["DTEND"].dt == start + timedelta(minutes=call.duration_min)
            assert str(event["SUMMARY"]) == f"{ics.WORDS[call.call_type]}: {account.name}"
            assert str(event["LOCATION"]).startswith(account.street)
            assert call.objective in str(event["DESCRIPTION"])
            assert _addresses(event, "ATTENDEE") == {(c.email, c.name) for c in contacts}
            assert str(event["ORGANIZER"]) == f"mailto:{me.email}"
            assert str(event["STATUS"]) == "CONFIRMED"
            assert event["LAST-MODIFIED"].dt == call.updated_at.replace(microsecond=0, tzinfo=UTC)
    cal = Calendar.from_ical(out.read_bytes())
    assert str(cal["PRODID"]) == ics.PRODID and "DTSTAMP" in events[0]


def test_export_leaves_out_cancelled_calls_unless_asked(demo, tmp_path):
    db, me = demo
    query = CallQuery(date_from=datetime(2024, 6, 12), owner_id=me.id)
    cancelled = call_ids(db, query)[0]
    cancel_call(db, cancelled)
    uid = f"{cancelled}@salesdesk"

    export_ics(db, tmp_path / "a.ics", query)
    export_ics(db, tmp_path / "b.ics", query, include_cancelled=True)

    assert uid not in _events(tmp_path / "a.ics")
    assert str(_events(tmp_path / "b.ics")[uid]["STATUS"]) == "CANCELLED"


def test_export_keeps_only_the_days_asked_for(demo, tmp_path):
    db, me = demo
    day = CallQuery(date_from=datetime(2024, 6, 13), date_to=datetime(2024, 6, 14), owner_id=me.id)
    export_ics(db, tmp_path / "day.ics", day)
    starts = [e["DTSTART"].dt for e in _events(tmp_path / "day.ics").values()]
    assert starts and all(s.date() == date(2024, 6, 13) for s in starts)


def test_export_replaces_the_file_and_leaves_no_temporary_file(demo, tmp_path):
    db, me = demo
    out = tmp_path / "calls.ics"
    out.write_text("old calendar")
    export_ics(db, out, CallQuery(owner_id=me.id, date_from=datetime(2024, 6, 20)))
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_export_to_a_folder_is_a_readable_error_and_writes_nothing(demo, tmp_path):
    db, _ = demo
    folder = tmp_path / "calendar"
    folder.mkdir()
    with pytest.raises(IcsFileError, match=r"Cannot write .*Nothing was written"):
        export_ics(db, folder)
    assert list(tmp_path.rglob("*.tmp")) == []


def test_hostile_text_round_trips_through_export_byte_for_byte(land, tmp_path):
    db = land.db
    with db.write() as s:
        s.get(Account, land.acme.id).name = HOSTILE
        s.get(Contact, land.jane.id).last_name = HOSTILE
    call_id = plan_call(
        db,
        land.me.id,
        PlanInput(
            land.acme.id,
            datetime(2024, 6, 12, 9),
            objective=HOSTILE,
            materials=HOSTILE,
            attendee_ids=(land.jane.id,),
        ),
    )
    export_ics(db, tmp_path / "out.ics")

    event = Calendar.from_ical((tmp_path / "out.ics").read_bytes()).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == f"Visit: {HOSTILE}"
    assert str(event["X-SALESDESK-OBJECTIVE"]) == HOSTILE
    assert str(event["DESCRIPTION"]).startswith(f"Objective: {HOSTILE}")
    assert event["ATTENDEE"].params["CN"] == f"Jane {HOSTILE}"
    # ...and back: our own file, imported again, changes nothing.
    report = import_ics(db, land.me.id, tmp_path / "out.ics")
    assert report.unchanged == [call_id] and not report.skipped


def test_a_hostile_meeting_title_becomes_the_objective_byte_for_byte(land, tmp_path):
    summary = HOSTILE.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    summary = summary.replace("\n", "\\n")
    path = _write(tmp_path, _calendar(_visit(summary=f"Acme Packaging {summary}")))
    report = import_ics(land.db, land.me.id, path)
    (call,) = _calls(land.db)
    assert report.created == [call.id] and call.objective == f"Acme Packaging {HOSTILE}"


# ---------------------------------------------------------------- round trips


def test_export_then_import_on_another_database_gives_the_same_calls(demo, twin, tmp_path):
    db, me = demo
    query = CallQuery(date_from=datetime(2024, 6, 12), owner_id=me.id)
    export_ics(db, tmp_path / "calls.ics", query)

    report = import_ics(twin, me.id, tmp_path / "calls.ics", now=NOW)

    def shape(database, ids):
        with database.read() as s:
            calls = s.scalars(select(Call).where(Call.id.in_(ids))).all()
            return sorted(
                (
                    c.account_id,
                    c.planned_start,
                    c.duration_min,
                    c.call_type,
                    c.objective,
                    tuple(sorted(map(str, _attendees(database, c.id)))),
                )
                for c in calls
            )

    assert not report.skipped and len(report.created) == len(call_ids(db, query))
    assert shape(twin, report.created) == shape(db, call_ids(db, query))


def test_importing_the_same_file_twice_creates_nothing_the_second_time(demo, twin, tmp_path):
    db, me = demo
    export_ics(db, tmp_path / "calls.ics", CallQuery(date_from=datetime(2024, 6, 12)))
    first = import_ics(twin, me.id, tmp_path / "calls.ics", now=NOW)
    count = _count(twin)

    second = import_ics(twin, me.id, tmp_path / "calls.ics", now=NOW)

    assert first.created and second.created == [] and second.updated == []
    assert sorted(second.unchanged) == sorted(first.created)
    assert _count(twin) == count


def test_importing_our_own_export_back_adds_nothing(demo, tmp_path):
    db, me = demo
    query = CallQuery(date_from=datetime(2024, 6, 12), owner_id=me.id)
    export_ics(db, tmp_path / "calls.ics", query)
    count = _count(db)
    report = import_ics(db, me.id, tmp_path / "calls.ics")
    assert sorted(report.unchanged) == sorted(call_ids(db, query))
    assert report.created == report.updated == [] and _count(db) == count


def test_an_imported_call_is_exported_with_the_uid_it_came_with(demo, twin, tmp_path):
    db, me = demo
    query = CallQuery(date_from=datetime(2024, 6, 12), owner_id=me.id)
    export_ics(db, tmp_path / "a.ics", query)
    import_ics(twin, me.id, tmp_path / "a.ics")
    export_ics(twin, tmp_path / "b.ics", query)

    assert set(_events(tmp_path / "a.ics")) == set(_events(tmp_path / "b.ics"))


def test_an_older_export_does_not_undo_a_change_made_since(demo, tmp_path):
    db, me = demo
    query = CallQuery(date_from=datetime(2024, 6, 13), owner_id=me.id)
    export_ics(db, tmp_path / "monday.ics", query)
    call_id = call_ids(db, query)[0]
    with db.write() as s:
        moved = s.get(Call, call_id)
        moved.planned_start += timedelta(hours=2)
        moved_to = moved.planned_start

    report = import_ics(db, me.id, tmp_path / "monday.ics")

    assert call_id in report.unchanged
    assert [i.reason.template for i in report.kept] == [ics.KEPT_EDITED]
    with db.read() as s:
        assert s.get(Call, call_id).planned_start == moved_to


# ---------------------------------------------------------------- re-import


def test_an_edited_file_updates_the_time_and_title(land, tmp_path):
    path = _write(tmp_path, _calendar(_visit()))
    (call_id,) = import_ics(land.db, land.me.id, path).created

    edited = _visit(
        DTSTART="20240614T130000Z", DTEND="20240614T133000Z", summary="Acme Packaging review"
    )
    report = import_ics(land.db, land.me.id, _write(tmp_path, _calendar(edited)))

    assert report.updated == [call_id] and report.created == []
    (call,) = _calls(land.db)
    assert (call.planned_start, call.duration_min) == (datetime(2024, 6, 14, 13), 30)
    assert call.objective == "Acme Packaging review"


def test_a_cancelled_meeting_cancels_its_planned_call(land, tmp_path):
    (call_id,) = import_ics(land.db, land.me.id, _write(tmp_path, _calendar(_visit()))).created
    report = import_ics(
        land.db, land.me.id, _write(tmp_path, _calendar(_visit(STATUS="CANCELLED")))
    )
    assert report.cancelled == [call_id]
    assert _calls(land.db)[0].status == "cancelled"


def test_a_call_already_checked_in_is_left_as_it_is_and_the_report_says_so(land, tmp_path):
    (call_id,) = import_ics(land.db, land.me.id, _write(tmp_path, _calendar(_visit()))).created
    check_in(land.db, call_id, at=datetime(2024, 6, 12, 9, 2))

    moved = _visit(DTSTART="20240615T090000Z", DTEND="20240615T100000Z")
    report = import_ics(land.db, land.me.id, _write(tmp_path, _calendar(moved)))

    assert report.unchanged == [call_id] and report.updated == []
    assert [i.reason.template for i in report.kept] == [ics.KEPT_RUN]
    assert _calls(land.db)[0].planned_start == datetime(2024, 6, 12, 9)


def test_a_cancelled_meeting_without_a_call_is_skipped(land, tmp_path):
    report = import_ics(
        land.db, land.me.id, _write(tmp_path, _calendar(_visit(STATUS="CANCELLED")))
    )
    assert _reasons(report) == {1: ics.CANCELLED_MEETING} and _count(land.db) == 0


def test_the_same_uid_twice_in_a_file_is_imported_once(land, tmp_path):
    path = _write(tmp_path, _calendar(_visit(), _visit(DTSTART="20240613T090000Z", DTEND="")))
    report = import_ics(land.db, land.me.id, path)
    assert len(report.created) == 1 and _reasons(report) == {2: ics.DUPLICATE}


# ---------------------------------------------------------------- matching


def test_an_attendee_email_matches_a_contact_whatever_its_case(land, tmp_path):
    event = _visit(summary="Quarterly review", ATTENDEE=";CN=J:mailto:JANE.doe@acme.EXAMPLE")
    (call_id,) = import_ics(land.db, land.me.id, _write(tmp_path, _calendar(event))).created
    assert land.account_of(call_id) == land.acme.id
    assert _attendees(land.db, call_id) == {land.jane.id}


def test_an_attendee_name_matches_a_contacts_full_name(land, tmp_path):
    event = _visit(summary="Catch-up", ATTENDEE=';CN="omid  RAHIMI":mailto:omid@elsewhere.example')
    (call_id,) = import_ics(land.db, land.me.id, _write(tmp_path, _calendar(event))).created
    assert land.account_of(call_id) == land.bakery.id
    assert _attendees(land.db, call_id) == {land.omid.id}


@pytest.mark.parametrize(
    ("summary", "location", "expected"),
    [
        ("Tasting at Bolton Bakeries", "", "bakery"),
        ("Tasting at Bolton Bakeries North", "", "bakery_north"),  # the longest name wins
        ("Tasting", "Bolton Bakeries North, Bolton", "bakery_north"),
        ("bolton bakeries: new ovens", "", "bakery"),
    ],
)
def test_an_account_name_in_the_title_or_location_matches(
    land, tmp_path, summary, location, expected
):
    event = _visit(summary=summary, LOCATION=location)
    (call_id,) = import_ics(land.db, land.me.id, _write(tmp_path, _calendar(event))).created
    assert land.account_of(call_id) == getattr(land, expected).id


def test_a_name_that_is_part_of_a_word_does_not_match(land, tmp_path):
    report = import_ics(
        land.db, land.me.id, _write(tmp_path, _calendar(_visit(summary="AcmePackaging-ish")))
    )
    assert _reasons(report) == {1: ics.NO_ACCOUNT}


def test_two_accounts_with_the_name_in_the_title_skip_the_event(land, tmp_path):
    report = import_ics(
        land.db, land.me.id, _write(tmp_path, _calendar(_visit(summary="Twin Foods audit")))
    )
    (issue,) = report.skipped
    assert issue.reason.template == ics.SEVERAL_BY_NAME
    assert issue.text() == (
        "The title or location names several accounts: Twin Foods (Bury), Twin Foods (Wigan)."
    )


def test_an_email_domain_matches_the_accounts_website_or_email(land, tmp_path):
    by_site = _visit(uid="a", summary="Call", ORGANIZER=";CN=Bo:mailto:bo@bolton-bakeries.example")
    by_mail = _visit(uid="b", summary="Call", ATTENDEE=":mailto:someone@acme.example")
    report = import_ics(land.db, land.me.id, _write(tmp_path, _calendar(by_site, by_mail)))
    assert [land.account_of(c) for c in report.created] == [land.bakery.id, land.acme.id]


def test_a_public_mail_domain_matches_no_account(land, tmp_path):
    event = _visit(summary="Call", ATTENDEE=":mailto:someone.else@gmail.com")
    report = import_ics(land.db, land.me.id, _write(tmp_path, _calendar(event)))
    assert _reasons(report) == {1: ics.NO_ACCOUNT}


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ({"URL": "https://teams.microsoft.com/l/meetup-join/19%3a"}, "video"),
        ({"DESCRIPTION": "Join: https://us02web.zoom.us/j/123"}, "video"),
        ({"LOCATION": "Google Meet https://meet.google.com/abc-defg-hij"}, "video"),
        ({"LOCATION": "+44 161 496 0000"}, "phone"),
        ({"URL": "tel:+441614960000"}, "phone"),
        ({"LOCATION": "12 High Street, Bolton"}, "visit"),
        ({}, "visit"),
    ],
)
def test_the_call_type_follows_the_meeting_link(land, tmp_path, extra, expected):
    event = _visit(**extra)
    import_ics(land.db, land.me.id, _write(tmp_path, _calendar(event)))
    assert _calls(land.db)[0].call_type == expected


# ---------------------------------------------------------------- times


CUSTOM_ZONE = """BEGIN:VTIMEZONE
TZID:Custom Tehran
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+0330
TZOFFSETTO:+0330
END:STANDARD
END:VTIMEZONE
"""


@pytest.mark.parametrize(
    ("start", "end", "expected", "minutes"),
    [
        ("DTSTART:20240612T090000Z", "DTEND:20240612T093000Z", datetime(2024, 6, 12, 9), 30),
        (
            "DTSTART;TZID=Europe/Berlin:20240612T090000",
            "DTEND;TZID=Europe/Berlin:20240612T100000",
            datetime(2024, 6, 12, 7),
            60,
        ),
        (
            "DTSTART;TZID=W. Europe Standard Time:20240112T090000",
            "DURATION:PT1H30M",
            datetime(2024, 1, 12, 8),
            90,
        ),
        ("DTSTART;TZID=Custom Tehran:20240612T100000", "", datetime(2024, 6, 12, 6, 30), 45),
        ("DTSTART:20240612T090000Z", "DTEND:20240612T090000Z", datetime(2024, 6, 12, 9), 45),
    ],
)
def test_start_times_become_naive_utc(land, tmp_path, start, end, expected, minutes):
    event = f"UID:t1\nSUMMARY:Acme Packaging\n{start}\n{end}".strip()
    text_ = _calendar(event).replace(
        "BEGIN:VEVENT", CUSTOM_ZONE.replace("\n", "\r\n") + "BEGIN:VEVENT"
    )
    report = import_ics(land.db, land.me.id, _write(tmp_path, text_))
    assert not report.skipped
    (call,) = _calls(land.db)
    assert (call.planned_start, call.duration_min) == (expected, minutes)


@pytest.fixture
def in_new_york(monkeypatch):
    if not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset")
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_floating_time_is_this_computers_local_time(land, tmp_path, in_new_york):
    event = "UID:f1\nSUMMARY:Acme Packaging\nDTSTART:20240612T090000\nDTEND:20240612T100000"
    import_ics(land.db, land.me.id, _write(tmp_path, _calendar(event)))
    assert _calls(land.db)[0].planned_start == datetime(2024, 6, 12, 13)  # EDT is UTC-4


# ---------------------------------------------------------------- broken input


def test_broken_events_are_skipped_with_their_reason_and_the_rest_imported(land, tmp_path):
    events = [
        _visit(uid="good-1"),
        "UID:no-start\nSUMMARY:Acme Packaging",
        _visit(uid="bad-date", DTSTART="2024-13-45"),
        _visit(uid="backwards", DTEND="20240612T080000Z"),
        _visit(uid="stranger", summary="Lunch with nobody we know"),
        _visit(uid="all-day", DTSTART=";VALUE=DATE:20240612", DTEND=";VALUE=DATE:20240613"),
        _visit(uid="weekly", RRULE="FREQ=WEEKLY;COUNT=5"),
        _visit(uid="garbled") + "\nthis line is not iCalendar at all",
        _visit(uid="unknown-zone", DTSTART=";TZID=Atlantis/Capital:20240612T090000", DTEND=""),
        _visit(uid="marathon", DTEND="20240613T090000Z"),
        _visit(uid="good-2", DTSTART="20240613T090000Z", DTEND="20240613T093000Z"),
    ]
    text_ = _calendar(*events, between="@@ garbage between events @@\n")
    cut_off = "BEGIN:VEVENT\r\nUID:cut-off\r\nSUMMARY:Acme Packaging\r\nDTSTART:2024"
    text_ = text_.removesuffix("END:VCALENDAR\r\n") + cut_off  # a download that stopped

    report = import_ics(land.db, land.me.id, _write(tmp_path, text_))

    assert len(report.created) == 2 == _count(land.db)
    assert _reasons(report) == {
        2: ics.NO_START,
        3: ics.BAD_PROPERTY,
        4: ics.END_BEFORE_START,
        5: ics.NO_ACCOUNT,
        6: ics.ALL_DAY,
        7: ics.RECURRING,
        8: ics.BAD_LINE,
        9: ics.UNKNOWN_ZONE,
        10: ics.TOO_LONG,
        12: ics.INCOMPLETE,
    }
    by_index = {i.index: i for i in report.skipped}
    assert (by_index[3].uid, by_index[3].summary) == ("bad-date", "Visit: Acme Packaging")
    assert "DTSTART" in by_index[3].text() and "Atlantis/Capital" in by_index[9].text()
    assert by_index[12].uid == "cut-off"
    assert by_index[7].text() == "Recurring meetings are not imported."


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01",
        b"name,email\nJane,jane@acme.example\n",
        b"",
        b"BEGIN:VCARD\r\nFN:Jane Doe\r\nEND:VCARD\r\n",
    ],
    ids=["png", "csv", "empty", "vcard"],
)
def test_a_file_that_is_not_a_calendar_is_a_clear_error_and_changes_nothing(
    land, tmp_path, content
):
    import_ics(land.db, land.me.id, _write(tmp_path, _calendar(_visit()), "first.ics"))
    before = _fingerprint(land.db), _count(land.db)
    with pytest.raises(IcsFileError, match=r"is not an iCalendar \(\.ics\) file. Nothing was"):
        import_ics(land.db, land.me.id, _write(tmp_path, content, "calls.png"))
    assert (_fingerprint(land.db), _count(land.db)) == before


def test_a_missing_file_is_a_clear_error(land, tmp_path):
    with pytest.raises(IcsFileError, match=r"Cannot read .*Nothing was imported"):
        import_ics(land.db, land.me.id, tmp_path / "nowhere.ics")


def test_the_import_is_all_or_nothing(land, tmp_path, monkeypatch):
    events = [_visit(uid=f"u{n}", DTSTART=f"2024061{n}T090000Z", DTEND="") for n in range(3)]
    path = _write(tmp_path, _calendar(*events))
    calls = {"n": 0}
    real = ics._Matcher.match

    def fail_on_the_third(self, meeting):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk gone")
        return real(self, meeting)

    monkeypatch.setattr(ics._Matcher, "match", fail_on_the_third)
    with pytest.raises(OSError):
        import_ics(land.db, land.me.id, path)
    assert _count(land.db) == 0 and _count(land.db, CallAttendee) == 0


def test_the_report_reads_in_english_and_keeps_translatable_templates(land, tmp_path):
    path = _write(tmp_path, _calendar(_visit(), _visit(uid="x", summary="Nobody")))
    report = import_ics(land.db, land.me.id, path)
    (issue,) = report.skipped
    assert issue.reason.context == "Errors" and issue.reason.template == ics.NO_ACCOUNT
    assert report.lines() == [
        "1 created, 0 updated, 0 unchanged, 0 cancelled, 1 skipped.",
        "Skipped:",
        f'  event 2 "Nobody": {ics.NO_ACCOUNT}',
    ]
