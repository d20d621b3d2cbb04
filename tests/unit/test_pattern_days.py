"""The call pattern against concrete days: days booked up by appointments push movable
visits elsewhere, appointments bend lunch and the hours only where they must (and say
so), split opening hours are used whole, and the plan's notes are templates."""

from __future__ import annotations

import math
import random
from collections import Counter

import pytest

from salesdesk.core.territory.notes import Note
from salesdesk.core.territory.pattern import plan_pattern
from salesdesk.core.territory.pattern_assign import move_keeps_spacing
from salesdesk.core.territory.pattern_model import (
    DAY_FULL,
    DETAILS,
    DROPPED_NOTE,
    FIXED_CLASH,
    LATE_LUNCH_NOTE,
    LONG_DAY_NOTE,
    NO_LUNCH_NOTE,
    SHORT_OF_TIME_NOTE,
    FixedVisit,
    PatternAccount,
    PatternPlan,
    PatternSettings,
    seconds,
)
from salesdesk.core.territory.travel import duration_matrix_s
from tests.unit.test_pattern import HOME, accounts, by_id, check_accounted, check_days

KM = 1 / 111.2  # degrees of latitude per km


def near(i: int, km: float = 0.3) -> tuple[float, float]:
    """A point about `km` from home, in direction i."""
    th = i * 2.4
    return HOME[0] + km * math.sin(th) * KM, HOME[1] + km * math.cos(th) * KM / 0.6


def booked_up(days: list[int]) -> tuple[list[PatternAccount], list[FixedVisit]]:
    """Five phone-only accounts next to home with appointments filling 08:15-17:15 of
    each of `days` (the lunch break fits between the second and the third)."""
    slots = [("08:15", 90), ("09:55", 90), ("12:40", 90), ("14:20", 90), ("16:00", 75)]
    extra, fixed = [], []
    for n, (start, minutes) in enumerate(slots):
        lat, lon = near(n)
        extra.append(PatternAccount(f"f{n}", lat, lon, "D", 1.0))
        fixed += [FixedVisit(f"f{n}", d, start, minutes) for d in days]
    return extra, fixed


def check_all_accounted(plan: PatternPlan, s: PatternSettings, items, fixed) -> None:
    """Every visit placed or dropped with a reason, once; every appointment kept at its
    time or reported as a clash; every account with a level has its visits."""
    placed = Counter((v.account_id, v.number) for d in plan.days for v in d.visits)
    dropped = Counter((v.account_id, v.number) for v in plan.dropped)
    assert all(n == 1 for n in (placed + dropped).values())
    assert sum(placed.values()) + sum(dropped.values()) == plan.required
    assert all(v.reason and v.detail for v in plan.dropped)
    for a in items:
        count = sum(1 for key in placed + dropped if key[0] == a.id)
        assert count >= s.visits_per_cycle(a.level), a.id
    for f in fixed:
        hits = [v for v in plan.days[f.day].visits if v.account_id == f.account_id]
        clash = [
            v
            for v in plan.dropped
            if (v.account_id, v.day, v.reason) == (f.account_id, f.day, FIXED_CLASH)
        ]
        assert (len(hits) == 1 and hits[0].fixed and hits[0].arrival == f.start) or clash, f


def spare_min(day, s: PatternSettings) -> float:
    """Minutes a planned day has left before its end and within the maximum hours."""
    if not day.visits:
        return min(seconds(s.day_end) - seconds(s.day_start), s.max_hours * 3600) / 60
    depart, back = seconds(day.depart), seconds(day.back)
    lunch = 0 if day.lunch or "no_lunch" in day.bent else s.lunch_min * 60
    limit = max(s.max_hours * 3600, back - depart)
    return (min(seconds(s.day_end) - back, limit - (back - depart)) - lunch) / 60


def check_day_full_justified(plan: PatternPlan, s: PatternSettings, items) -> None:
    """A visit is dropped as DAY_FULL only if no other day its spacing bounds allow has
    the time for it. Checked where that is plain (accounts without opening hours, days
    without appointments): the day's spare time is less than the visit plus the detour
    of doing it last, between the day's last visit and home."""
    index = by_id(items)
    placed = plan.visit_days()
    for v in plan.dropped:
        if v.reason != DAY_FULL:
            continue
        a = index[v.account_id]
        if a.opening_hours is not None:
            continue
        days = placed.get(a.id, [])
        bounds = s.gap_days.get(a.level)
        allowed = [
            e
            for e in range(s.days)
            if e not in days
            and not any(w.fixed for w in plan.days[e].visits)
            and move_keeps_spacing(
                [*days, v.day], v.day, e, plan.day_offsets, plan.cycle_days, bounds
            )
        ]
        for e in allowed:
            day = plan.days[e]
            last = index[day.visits[-1].account_id] if day.visits else None
            points = [(a.lat, a.lon), HOME, *([(last.lat, last.lon)] if last else [])]
            m = duration_matrix_s(points, s.speed_kmh, s.detour_factor) / 60
            detour = m[0, 1] * 2 if last is None else m[2, 0] + m[0, 1] - m[2, 1]
            need = s.visit_min[a.level] + detour
            assert spare_min(day, s) < need + 1, (v, e, spare_min(day, s), need)


@pytest.mark.parametrize(
    ("booked", "n", "seed"),
    [([2, 3, 7, 8], 60, 2), ([0, 3, 8, 11], 100, 5)],  # before: 4 visits dropped as DAY_FULL
)
def test_days_booked_up_by_appointments_push_visits_to_days_with_room(booked, n, seed):
    s = PatternSettings()
    # Those days are full: 08:15-17:15 of appointments. The rest of the cycle has room.
    extra, fixed = booked_up(booked)
    items = accounts(n, seed=seed, radius_km=10) + extra
    plan = plan_pattern(items, HOME, s, fixed)
    check_all_accounted(plan, s, items, fixed)
    check_days(plan, s, items)
    assert not plan.dropped  # the cycle has the room: every visit is placed
    for d in booked:  # the booked days hold their appointments and nothing else
        assert all(v.fixed for v in plan.days[d].visits)
        assert len(plan.days[d].visits) == 5
    days = plan.visit_days()
    for a in items:
        if a.level in "AB":
            low, high = s.gap_days[a.level]
            assert all(low <= g <= high for g in plan.gaps(a.id)), (a.id, plan.gaps(a.id))
            assert len(days[a.id]) == s.visits_per_cycle(a.level)


def test_a_visit_dropped_as_day_full_had_no_other_day_with_room():
    """A tight cycle: the first two weeks are half full of appointments."""
    s = PatternSettings()
    rng = random.Random(8)
    items = accounts(150, seed=8, radius_km=14)
    fixed = []
    for a in rng.sample([a for a in items if a.level in "BCD"], 30):
        day, hour = rng.randrange(10), rng.choice([8, 9, 10, 11, 13, 14, 15])
        fixed.append(FixedVisit(a.id, day, f"{hour:02d}:{rng.choice([0, 30]):02d}", 60))
    plan = plan_pattern(items, HOME, s, fixed)
    reasons = Counter(v.reason for v in plan.dropped)
    check_days(plan, s, items)
    check_day_full_justified(plan, s, items)
    check_all_accounted(plan, s, items, fixed)
    assert set(reasons) <= {DAY_FULL, FIXED_CLASH, "no_time"}


def test_appointments_that_leave_no_room_for_lunch_move_it_and_say_so():
    s = PatternSettings()
    items = accounts(30, seed=3)
    for n in range(3):
        lat, lon = near(n, km=2.0)
        items.append(PatternAccount(f"f{n}", lat, lon, "D", 1.0))
    # 11:00-12:20, 12:30-13:40, 13:50-15:00: drivable, but no half hour free before 14:00.
    fixed = [
        FixedVisit("f0", 6, "11:00", 80),
        FixedVisit("f1", 6, "12:30", 70),
        FixedVisit("f2", 6, "13:50", 70),
    ]
    plan = plan_pattern(items, HOME, s, fixed)
    day = plan.days[6]
    assert not [v for v in plan.dropped if v.reason == FIXED_CLASH]
    assert [v.arrival for v in day.visits if v.fixed] == ["11:00", "12:30", "13:50"]
    assert day.bent == ("late_lunch",)
    assert seconds(day.lunch) >= seconds("15:00")  # after the last appointment
    (note,) = day.notes
    assert note.template == LATE_LUNCH_NOTE and note.params["time"] == day.lunch
    assert note.text().startswith("The fixed appointments leave no room for the lunch break")
    check_days(plan, s, items)
    check_all_accounted(plan, s, items, fixed)


def test_appointments_longer_than_the_maximum_hours_are_kept_and_reported():
    s = PatternSettings()
    items = accounts(30, seed=6)
    for n in range(2):
        lat, lon = near(n, km=3.0)
        items.append(PatternAccount(f"f{n}", lat, lon, "D", 1.0))
    fixed = [FixedVisit("f0", 2, "07:30", 60), FixedVisit("f1", 2, "16:45", 60)]
    plan = plan_pattern(items, HOME, s, fixed)
    day = plan.days[2]
    assert not plan.dropped
    assert [v.arrival for v in day.visits if v.fixed] == ["07:30", "16:45"]
    assert "long_day" in day.bent
    (note,) = [n for n in day.notes if n.template == LONG_DAY_NOTE]
    assert note.params["limit"] == "9" and float(note.params["hours"]) > 9
    check_days(plan, s, items)
    check_all_accounted(plan, s, items, fixed)


def test_two_appointments_too_close_to_drive_between_still_clash():
    s = PatternSettings()
    items = accounts(30, seed=7)
    far = PatternAccount("far", HOME[0] + 30 * KM, HOME[1], "D", 1.0)  # 30 km north
    items += [PatternAccount("home", *near(0), "D", 1.0), far]
    # 10:00-10:45 next to home, then 11:00 30 km away: 15 minutes cannot cover it.
    fixed = [FixedVisit("home", 4, "10:00", 45), FixedVisit("far", 4, "11:00", 45)]
    plan = plan_pattern(items, HOME, s, fixed)
    clash = [v for v in plan.dropped if v.reason == FIXED_CLASH]
    assert [(v.account_id, v.day) for v in clash] == [("far", 4)]
    assert clash[0].detail == DETAILS[FIXED_CLASH] == clash[0].note.text()
    assert [v.account_id for v in plan.days[4].visits if v.fixed] == ["home"]


def test_split_opening_hours_use_the_afternoon_when_the_morning_cannot_be_reached():
    s = PatternSettings()
    # 40 km east: an hour's drive, so the morning (cut to the working day: 08:00-09:40,
    # the longer half) cannot hold a 45-minute visit starting at 09:02; 14:00 can.
    split = {d: [["07:00", "09:40"], ["14:00", "15:30"]] for d in ("mon", "tue", "wed", "thu")}
    far = PatternAccount("far", HOME[0], HOME[1] + 40 * KM / 0.6, "A", 90.0, "", split)
    items = [*accounts(20, seed=9), far]
    plan = plan_pattern(items, HOME, s)
    check_accounted(plan, s, items)
    check_days(plan, s, items)  # every visit inside one of its account's openings
    visits = [v for d in plan.days for v in d.visits if v.account_id == "far"]
    assert len(visits) == 4 and not [v for v in plan.dropped if v.account_id == "far"]
    assert all(seconds("14:00") <= v.start_s <= seconds("15:30") - 45 * 60 for v in visits)
    low, high = s.gap_days["A"]
    assert all(low <= g <= high for g in plan.gaps("far"))


def test_plan_notes_are_templates_with_parameters():
    items = [PatternAccount(a.id, a.lat, a.lon, "A", a.value) for a in accounts(200, radius_km=25)]
    plan = plan_pattern(items, HOME, PatternSettings(weeks=2))
    templates = [n.template for n in plan.notes]
    assert templates == [SHORT_OF_TIME_NOTE, DROPPED_NOTE]
    short, dropped = plan.notes
    assert short.params["available"] == f"{plan.hours_available:.1f}"
    assert short.text() == SHORT_OF_TIME_NOTE.format(**short.params)
    assert dropped.params == {"count": len(plan.dropped), "required": plan.required}
    assert str(dropped) == f"Visits not planned: {len(plan.dropped)} of {plan.required}; " + (
        "each is listed with its reason."
    )
    assert plan.totals()["spare_hours"] >= 0


def test_a_note_formats_only_when_it_has_parameters():
    assert Note(NO_LUNCH_NOTE).text() == NO_LUNCH_NOTE
    assert Note("Visits: {count}.", {"count": 3}).text() == "Visits: 3."
    assert Note("{braces} stay", {}).text() == "{braces} stay"
