"""Several time windows per stop ("windows" in the stop file): each visit lies inside one
of them, in VROOM and in the pure-Python fallback; bad lists get a precise message."""

import argparse
import json
import random

import pytest

from salesdesk.commands import route as route_cmd
from salesdesk.core.territory import routing
from salesdesk.core.territory.route_input import RouteInputError, clock, parse_route_file
from salesdesk.core.territory.routing import add_stop, solve
from salesdesk.core.territory.travel import duration_matrix_s

BASE = {"lat": 48.137, "lon": 11.575}


def day(stops, start="08:00", end="17:00", **extra):
    return {"start": BASE, "day_start": start, "day_end": end, "stops": stops, **extra}


def seconds(text):
    h, m = text.split(":")
    return int(h) * 3600 + int(m) * 60


def windows_of(stop):
    if "windows" in stop:
        return [tuple(map(seconds, w)) for w in stop["windows"]]
    if "window" in stop:
        return [tuple(map(seconds, stop["window"]))]
    return []


def check_plan(data, plan):
    """Walk the plan with our own matrix: every visit starts when the rep can be there
    and lies wholly inside one of its windows; the day limit holds; nothing is lost."""
    ids = [s["id"] for s in data["stops"]]
    assert sorted(plan.order + plan.unscheduled) == sorted(ids)
    stops = {s["id"]: s for s in data["stops"]}
    points = [(BASE["lat"], BASE["lon"])] + [(s["lat"], s["lon"]) for s in data["stops"]]
    m = duration_matrix_s(points)
    where = {sid: i + 1 for i, sid in enumerate(ids)}
    t, prev = seconds(data["day_start"]), 0
    for sid in plan.order:
        stop = stops[sid]
        t += m[prev][where[sid]]
        begin = seconds(plan.arrivals[sid])
        assert begin >= t - 60, sid  # HH:MM rounds down
        begin = plan.start_s[sid]
        end = begin + stop["service_min"] * 60
        spans = windows_of(stop)
        assert not spans or any(lo <= begin and end <= hi for lo, hi in spans), (sid, spans)
        t, prev = end, where[sid]
    assert t + m[prev][0] <= seconds(data["day_end"])


def far_stop(**fields):
    # About 40 minutes from BASE: 08:00-08:30 cannot hold a 20-minute visit after the drive.
    return {"id": "far", "lat": 48.137 + 0.25, "lon": 11.575, "service_min": 20, **fields}


@pytest.mark.parametrize("use_vroom", [True, False])
def test_a_stop_whose_morning_is_out_of_reach_is_served_in_the_afternoon(use_vroom):
    data = day([far_stop(windows=[["08:00", "08:30"], ["14:00", "16:00"]])])
    plan = solve(parse_route_file(data), use_vroom=use_vroom)
    assert plan.order == ["far"] and plan.solver == ("vroom" if use_vroom else "fallback")
    assert "14:00" <= plan.arrivals["far"] <= "15:40"
    check_plan(data, plan)
    # With the morning window alone, the visit does not fit the day.
    alone = solve(parse_route_file(day([far_stop(window=["08:00", "08:30"])])))
    assert alone.unscheduled == ["far"] and alone.nothing_fits


def random_day(seed, n=25):
    """Stops with a morning and an afternoon opening, one opening, or none."""
    rnd = random.Random(seed)
    stops = []
    for i in range(n):
        stop = {
            "id": f"s{i}",
            "lat": BASE["lat"] + rnd.uniform(-0.2, 0.2),
            "lon": BASE["lon"] + rnd.uniform(-0.3, 0.3),
            "service_min": rnd.choice([10, 15, 20, 30]),
            "value": rnd.choice([1, 1, 2, 5]),
        }
        kind = rnd.random()
        if kind < 0.5:
            morning = rnd.randrange(8, 11)
            afternoon = rnd.randrange(13, 15)
            stop["windows"] = [
                [f"{morning:02d}:00", f"{morning + 1:02d}:00"],
                [f"{afternoon:02d}:00", f"{afternoon + 2:02d}:00"],
            ]
        elif kind < 0.7:
            opens = rnd.randrange(9, 15)
            stop["window"] = [f"{opens:02d}:00", f"{opens + 2:02d}:00"]
        stops.append(stop)
    return day(stops)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
@pytest.mark.parametrize("use_vroom", [True, False])
def test_every_visit_lies_inside_one_of_its_windows(seed, use_vroom):
    data = random_day(seed)
    plan = solve(parse_route_file(data), use_vroom=use_vroom)
    check_plan(data, plan)
    assert plan.order
    in_afternoon = [
        sid
        for sid in plan.order
        if "windows" in data["stops"][int(sid[1:])]
        and plan.start_s[sid] >= seconds(data["stops"][int(sid[1:])]["windows"][1][0])
    ]
    assert in_afternoon  # the second windows are used, not only the first


def test_the_fallback_respects_the_windows_when_vroom_fails(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("engine down")

    monkeypatch.setattr(routing, "_solve_vroom", broken)
    data = random_day(7)
    plan = solve(parse_route_file(data))
    assert plan.solver == "fallback"
    check_plan(data, plan)


def test_windows_are_cut_to_the_day_and_touching_ones_merge():
    data = day([far_stop(windows=[["06:00", "08:30"], ["12:00", "13:00"], ["13:00", "20:00"]])])
    problem = parse_route_file(data)
    assert problem.stops[0].windows == ((6 * 3600, 8 * 3600 + 1800), (12 * 3600, 20 * 3600))
    starts = routing.instance(problem).starts[0]
    assert starts == ((8 * 3600, 8 * 3600 + 600), (12 * 3600, 17 * 3600 - 1200))


def test_adding_a_stop_with_windows_reoptimises():
    problem = parse_route_file(day([{**far_stop(), "id": "a"}]))
    plan = add_stop(problem, far_stop(windows=[["08:00", "08:30"], ["15:00", "16:00"]]))
    assert set(plan.order) == {"a", "far"} and plan.arrivals["far"] >= "15:00"


def _stop(**fields):
    return {"id": "a1", "lat": 48.1, "lon": 11.5, "service_min": 20, **fields}


BAD = [
    (_stop(windows=[["14:00", "16:00"], ["09:00", "12:00"]]), "windows[1]",
     'Stop a1: the time windows 14:00-16:00 and 09:00-12:00 overlap or are out of order '
     '(field "windows[1]"); list them earliest first, each ending before the next starts.'),
    (_stop(windows=[["09:00", "12:00"], ["11:00", "14:00"]]), "windows[1]",
     'Stop a1: the time windows 09:00-12:00 and 11:00-14:00 overlap or are out of order '
     '(field "windows[1]"); list them earliest first, each ending before the next starts.'),
    (_stop(windows=[["09:00", "12:00"], ["15:00", "14:00"]]), "windows[1]",
     'Stop a1: the time window ends (14:00) before it starts (15:00) (field "windows[1]").'),
    (_stop(windows=[["09:00", "09:00"]]), "windows[0]",
     'Stop a1: the time window 09:00-09:00 ends when it starts; it must end after it starts '
     '(field "windows[0]").'),
    (_stop(windows=[["09:00", "09:10"], ["14:00", "16:00"]]), "windows[0]",
     'Stop a1: the time window 09:00-09:10 is shorter than the 20-minute visit '
     '(field "windows[0]").'),
    (_stop(windows=[["09:00", "12:00"], ["14:00"]]), "windows[1]",
     'Stop a1: "windows[1]" must be two times such as ["09:00", "12:00"], not ["14:00"].'),
    (_stop(windows=[["9", "12:00"]]), "windows[0]",
     'Stop a1: "windows[0]" has "9"; write times as HH:MM, e.g. "09:30".'),
    (_stop(windows=[]), "windows",
     'Stop a1: "windows" must be a list of windows such as [["09:00", "12:00"], '
     '["14:00", "16:00"]], not [].'),
    (_stop(windows="09:00-12:00"), "windows",
     'Stop a1: "windows" must be a list of windows such as [["09:00", "12:00"], '
     '["14:00", "16:00"]], not "09:00-12:00".'),
    (_stop(window=["09:00", "12:00"], windows=[["14:00", "16:00"]]), "windows",
     'Stop a1 has both "window" and "windows" (field "windows"); give one of them.'),
]  # fmt: skip


@pytest.mark.parametrize(("stop", "field", "message"), BAD)
def test_a_bad_windows_list_names_the_stop_and_the_window(stop, field, message):
    with pytest.raises(RouteInputError) as caught:
        parse_route_file(day([stop]))
    assert (caught.value.stop, caught.value.field, str(caught.value)) == ("a1", field, message)


def run_cli(tmp_path, capsys, data, *flags):
    path = tmp_path / "day.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    parser = argparse.ArgumentParser()
    route_cmd.add_parser(parser.add_subparsers(dest="command"))
    code = route_cmd.run(None, parser.parse_args(["route", "solve", str(path), *flags]))
    return code, *capsys.readouterr()


def test_cli_shows_the_windows_and_exits_2_on_a_bad_list(tmp_path, capsys):
    data = day([far_stop(windows=[["08:00", "08:30"], ["14:00", "16:00"]])])
    code, out, _ = run_cli(tmp_path, capsys, data)
    assert code == 0 and "windows 08:00-08:30, 14:00-16:00" in out
    code, out, _ = run_cli(tmp_path, capsys, data, "--json")
    result = json.loads(out)
    assert result["order"] == ["far"] and result["arrivals"]["far"] >= "14:00"
    assert clock(seconds(result["arrivals"]["far"])) == result["arrivals"]["far"]
    code, out, err = run_cli(tmp_path, capsys, day([_stop(windows=[["12:00", "09:00"]])]))
    assert (code, out) == (2, "")
    assert err.startswith("salesdesk: Stop a1: the time window ends (09:00) before it starts")
