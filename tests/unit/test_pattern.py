"""The multi-week call pattern on plain inputs: spacing, nothing lost, days that hold,
fixed appointments kept, needs location, shortfall in numbers, less driving than random."""

from __future__ import annotations

import math
import random
from collections import Counter

import pytest

from salesdesk.core.territory.pattern import plan_pattern
from salesdesk.core.territory.pattern_model import (
    CLOSED,
    FIXED_CLASH,
    NO_TIME,
    FixedVisit,
    PatternAccount,
    PatternPlan,
    PatternSettings,
    seconds,
)
from salesdesk.core.territory.travel import duration_matrix_s

HOME = (53.48, -2.24)
SPLIT = {d: [["08:30", "12:30"], ["13:30", "17:00"]] for d in ("mon", "tue", "wed", "thu", "fri")}
SHORT_FRIDAY = {**{d: [["08:00", "17:00"]] for d in ("mon", "tue", "wed", "thu")}}


def accounts(n: int, seed: int = 1, radius_km: float = 12.0, hours: bool = False) -> list:
    """Seeded accounts around HOME: 1 in 8 A, 2 in 8 B, 3 in 8 C, the rest D."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        r, th = abs(rng.gauss(0, radius_km)), rng.uniform(0, 2 * math.pi)
        level = "AABBBCCCCCDDDDDD"[i % 16]
        opening = rng.choice([None, SPLIT, SHORT_FRIDAY]) if hours else None
        out.append(
            PatternAccount(
                f"a{i}",
                HOME[0] + r * math.sin(th) / 111.2,
                HOME[1] + r * math.cos(th) / (111.2 * math.cos(math.radians(HOME[0]))),
                level,
                value=rng.uniform(1, 100),
                opening_hours=opening,
            )
        )
    return out


def by_id(items: list[PatternAccount]) -> dict[str, PatternAccount]:
    return {a.id: a for a in items}


def check_days(plan: PatternPlan, s: PatternSettings, items: list[PatternAccount]) -> None:
    """Walk each day with our own clock: legs, opening hours, lunch, day end, max hours.

    Fixed appointments may bend lunch and the maximum hours, never silently: the day
    lists the rule in `bent` and says so in a note."""
    index = by_id(items)
    start, end = seconds(s.day_start), seconds(s.day_end)
    lunch_from, lunch_to, lunch = seconds(s.lunch_from), seconds(s.lunch_to), s.lunch_min * 60
    for day in plan.days:
        if not day.visits:
            continue
        points = [HOME, *((index[v.account_id].lat, index[v.account_id].lon) for v in day.visits)]
        m = duration_matrix_s(points, s.speed_kmh, s.detour_factor)
        depart, back = seconds(day.depart), seconds(day.back)
        eat = None if day.lunch is None else seconds(day.lunch)
        assert len(day.notes) >= len(day.bent)
        if day.bent:
            assert any(v.fixed for v in day.visits)
        if eat is not None:
            late = "late_lunch" in day.bent
            assert lunch_from <= eat <= lunch_to - lunch or (late and eat > lunch_to - lunch)
        elif back - 60 > lunch_from and "no_lunch" not in day.bent:  # HH:MM rounds down
            assert depart >= lunch_from or back <= lunch_from, "out at lunch time, no lunch"
        t, prev = depart, 0
        for i, v in enumerate(day.visits, start=1):
            t += m[prev][i]
            if eat is not None and t - m[prev][i] <= eat < v.start_s:
                t += lunch
            assert v.start_s >= t - 60, (day.index, v)
            v_end = v.start_s + round(v.service_min * 60)
            if eat is not None:  # no visit overlaps the lunch break (HH:MM rounds down)
                assert v_end <= eat + 60 or v.start_s >= eat + lunch
            hours = index[v.account_id].opening_hours
            if hours is not None and not v.fixed:
                key = ("mon", "tue", "wed", "thu", "fri")[day.weekday]
                assert any(
                    seconds(a) <= v.start_s and v_end <= seconds(b) for a, b in hours[key]
                ), (v, hours[key])
            if not v.fixed:
                assert start <= v.start_s and v_end <= end
            t, prev = v_end, i
        assert back >= t + m[prev][0] - 60
        assert back <= end + 60 or any(v.fixed for v in day.visits)
        assert back - depart <= s.max_hours * 3600 + 60 or "long_day" in day.bent


def check_accounted(plan: PatternPlan, s: PatternSettings, items: list[PatternAccount]) -> None:
    """Every visit of every located account is placed or dropped with a reason, once."""
    placed = Counter((v.account_id, v.number) for d in plan.days for v in d.visits)
    dropped = Counter((v.account_id, v.number) for v in plan.dropped)
    assert all(n == 1 for n in (placed + dropped).values())
    assert sum(placed.values()) + sum(dropped.values()) == plan.required
    wanted = sum(s.visits_per_cycle(a.level) for a in items if None not in (a.lat, a.lon))
    assert plan.required == wanted
    assert all(v.reason and v.detail for v in plan.dropped)


def test_repeat_visits_are_spaced_within_the_bounds_and_days_hold():
    items = accounts(160, hours=True)
    s = PatternSettings()
    plan = plan_pattern(items, HOME, s)
    check_accounted(plan, s, items)
    check_days(plan, s, items)
    days = plan.visit_days()
    spaced = 0
    for a in items:
        k = s.visits_per_cycle(a.level)
        if k >= 2 and len(days.get(a.id, [])) == k:
            low, high = s.gap_days[a.level]
            assert all(low <= g <= high for g in plan.gaps(a.id)), (a, plan.gaps(a.id))
            spaced += 1
    assert spaced > 40
    assert not any(a.level == "D" for a in items if a.id in days)  # phone only


def test_fixed_appointments_stay_on_their_day_and_time():
    items = accounts(120, seed=4)
    s = PatternSettings()
    fixed = [
        FixedVisit("a0", day=3, start="10:00"),  # an A account
        FixedVisit("a5", day=7, start="08:15", duration_min=60),  # a C account
        FixedVisit("a12", day=7, start="14:00"),  # a D account: kept all the same
    ]
    plan = plan_pattern(items, HOME, s, fixed)
    check_accounted_fixed = Counter((v.account_id, v.number) for v in plan.dropped)
    assert not check_accounted_fixed
    for f in fixed:
        hits = [v for v in plan.days[f.day].visits if v.account_id == f.account_id]
        assert len(hits) == 1 and hits[0].fixed and hits[0].arrival == f.start
    check_days(plan, s, items)


def test_accounts_without_coordinates_need_a_location():
    items = accounts(30)
    items[3] = PatternAccount("lost", None, None, "A", 50.0)
    items[4] = PatternAccount("half", 53.5, None, "B", 50.0)
    plan = plan_pattern(items, HOME, PatternSettings())
    assert plan.needs_location == ["lost", "half"]
    assert "lost" not in plan.visit_days()
    check_accounted(plan, PatternSettings(), items)


def test_an_account_never_open_on_a_working_day_is_dropped_as_closed():
    items = [*accounts(20), PatternAccount("sat", 53.49, -2.25, "A", 10.0, "", {"sat": []})]
    plan = plan_pattern(items, HOME, PatternSettings())
    reasons = {(v.account_id, v.reason) for v in plan.dropped}
    assert ("sat", CLOSED) in reasons
    assert sum(v.account_id == "sat" for v in plan.dropped) == 4


def test_a_shortfall_reports_hours_needed_vs_available_and_drops_the_cheapest():
    items = [PatternAccount(a.id, a.lat, a.lon, "A", a.value) for a in accounts(200, radius_km=25)]
    s = PatternSettings(weeks=2)
    plan = plan_pattern(items, HOME, s)
    assert plan.short_of_time and plan.hours_needed > plan.hours_available
    assert plan.hours_available == pytest.approx(10 * 8.5)  # 08:00-17:30 less lunch, 10 days
    assert plan.dropped
    check_accounted(plan, s, items)
    check_days(plan, s, items)
    cut = [v.value for v in plan.dropped if v.reason == NO_TIME]
    kept = [by_id(items)[a].value for a in plan.visit_days()]
    assert cut and max(cut) <= min(kept)
    assert [v.value for v in plan.dropped] == sorted(v.value for v in plan.dropped)


def test_the_plan_drives_less_than_a_random_balanced_assignment():
    items = accounts(200, seed=9, radius_km=15)
    s = PatternSettings(visit_min={"A": 25, "B": 25, "C": 25})
    plan = plan_pattern(items, HOME, s)
    baseline = plan_pattern(items, HOME, s, baseline_seed=3)
    assert plan.visits >= baseline.visits
    assert plan.drive_min < 0.8 * baseline.drive_min
    assert not plan.dropped  # capacity allows: every visit is placed


def test_settings_give_visits_per_cycle():
    s = PatternSettings()
    assert [s.visits_per_cycle(x) for x in "ABCD"] == [4, 2, 1, 0]
    assert PatternSettings(weeks=2).visits_per_cycle("C") == 1
    assert s.days == 20


def test_clashing_appointments_keep_the_first_and_report_the_other():
    items = accounts(40, seed=5)
    fixed = [FixedVisit("a0", day=2, start="10:00"), FixedVisit("a1", day=2, start="10:10")]
    plan = plan_pattern(items, HOME, PatternSettings(), fixed)
    assert [v.arrival for v in plan.days[2].visits if v.account_id == "a0"] == ["10:00"]
    clash = [v for v in plan.dropped if v.reason == FIXED_CLASH]
    assert [(v.account_id, v.day) for v in clash] == [("a1", 2)]
    check_accounted(plan, PatternSettings(), items)
