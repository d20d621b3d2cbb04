"""Day routes: every placed visit keeps its window and the day, nothing is lost, bad files
get a precise message, the fallback solver is valid, TSPLIB tours are near the optimum."""

import argparse
import json
import random
from pathlib import Path

import pytest

from salesdesk.commands import route as route_cmd
from salesdesk.core.territory import routing
from salesdesk.core.territory.route_input import RouteInputError, clock, parse_route_file
from salesdesk.core.territory.routing import add_stop, cancel_stop, solve
from salesdesk.core.territory.travel import distance_matrix_km, duration_matrix_s

TSPLIB = Path(__file__).parents[3] / "shared" / "tsplib"
BASE = {"lat": 48.137, "lon": 11.575}


def day(stops, start="08:00", end="17:00", **extra):
    return {"start": BASE, "day_start": start, "day_end": end, "stops": stops, **extra}


def random_day(seed, n=30, windows=0.4):
    rnd = random.Random(seed)
    stops = []
    for i in range(n):
        stop = {
            "id": f"s{i}",
            "lat": BASE["lat"] + rnd.uniform(-0.25, 0.25),
            "lon": BASE["lon"] + rnd.uniform(-0.35, 0.35),
            "service_min": rnd.choice([10, 15, 20, 30]),
            "value": rnd.choice([1, 1, 2, 5]),
        }
        if rnd.random() < windows:
            opens = rnd.randrange(8, 15)
            stop["window"] = [f"{opens:02d}:00", f"{opens + rnd.choice([1, 2, 3]):02d}:00"]
        stops.append(stop)
    return day(stops)


def seconds(text):
    h, m = text.split(":")
    return int(h) * 3600 + int(m) * 60


def check_plan(data, plan):
    """Walk the plan with our own matrix: windows, the day limit, arrivals, nothing lost."""
    ids = [s["id"] for s in data["stops"]]
    assert sorted(plan.order + plan.unscheduled) == sorted(ids)
    assert len(set(plan.order)) == len(plan.order)
    stops = {s["id"]: s for s in data["stops"]}
    points = [(BASE["lat"], BASE["lon"])] + [(s["lat"], s["lon"]) for s in data["stops"]]
    m = duration_matrix_s(points)
    where = {sid: i + 1 for i, sid in enumerate(ids)}
    t, prev, drive = seconds(data["day_start"]), 0, 0
    for sid in plan.order:
        stop = stops[sid]
        drive += m[prev][where[sid]]
        t += m[prev][where[sid]]
        if "window" in stop:
            t = max(t, seconds(stop["window"][0]))
            assert t + stop["service_min"] * 60 <= seconds(stop["window"][1]), sid
        assert plan.arrivals[sid] == clock(t)
        t += stop["service_min"] * 60
        prev = where[sid]
    drive += m[prev][0]
    t += m[prev][0]
    assert t <= seconds(data["day_end"])
    assert plan.drive_min == round(drive / 60, 1)
    return drive


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("use_vroom", [True, False])
def test_every_visit_keeps_its_window_and_the_day(seed, use_vroom):
    data = random_day(seed)
    plan = solve(parse_route_file(data), use_vroom=use_vroom)
    assert plan.solver == ("vroom" if use_vroom else "fallback")
    check_plan(data, plan)
    assert plan.order and plan.unscheduled  # 30 stops do not fit into 9 hours here


def test_highest_value_is_kept_when_the_day_is_short():
    near = [{"lat": BASE["lat"] + d, "lon": BASE["lon"]} for d in (0.01, 0.012, 0.014)]
    values = (1, 5, 3)
    stops = [
        {"id": f"v{v}", **p, "service_min": 50, "value": v}
        for v, p in zip(values, near, strict=True)
    ]
    data = day(stops, end="10:00")
    for use_vroom in (True, False):
        plan = solve(parse_route_file(data), use_vroom=use_vroom)
        check_plan(data, plan)
        assert sorted(plan.order) == ["v3", "v5"], use_vroom
        assert plan.unscheduled == ["v1"]


def test_a_day_that_cannot_hold_one_visit_says_so():
    data = day([{"id": "far", "lat": 50.0, "lon": 11.5, "service_min": 30}], end="10:00")
    plan = solve(parse_route_file(data))
    assert plan.order == [] and plan.unscheduled == ["far"] and plan.nothing_fits
    assert "None of the 1 visits fits into the day 08:00-10:00" in plan.message
    assert plan.to_dict()["message"] == plan.message
    data["end"] = {"lat": 53.55, "lon": 9.99}  # Hamburg: the drive home alone is too long
    data["stops"][0].update(lat=48.14, lon=11.58)
    assert solve(parse_route_file(data)).nothing_fits


def test_the_fallback_runs_when_vroom_fails(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("engine down")

    monkeypatch.setattr(routing, "_solve_vroom", broken)
    data = random_day(4)
    plan = solve(parse_route_file(data))
    assert plan.solver == "fallback"
    check_plan(data, plan)


def test_adding_and_cancelling_a_stop_reoptimises():
    data = random_day(5, n=8, windows=0.0)
    problem = parse_route_file(data)
    plan = add_stop(problem, {"id": "new", "lat": 48.2, "lon": 11.6, "service_min": 15})
    assert "new" in plan.order and len(plan.problem.stops) == 9
    data["stops"].append({"id": "new", "lat": 48.2, "lon": 11.6, "service_min": 15})
    check_plan(data, plan)
    plan = cancel_stop(plan.problem, "s3")
    assert "s3" not in plan.order + plan.unscheduled and len(plan.order) == 8
    with pytest.raises(RouteInputError, match="Stop s1 is already on this day"):
        add_stop(problem, {"id": "s1", "lat": 48.2, "lon": 11.6, "service_min": 15})
    with pytest.raises(RouteInputError, match="There is no stop nope on this day"):
        cancel_stop(problem, "nope")


def _stop(**fields):
    return {"id": "a1", "lat": 48.1, "lon": 11.5, "service_min": 20, **fields}


BAD = [
    (day([{"lat": 48.1, "lon": 11.5, "service_min": 20}]), "#1", "id",
     'Stop #1: the field "id" is missing.'),
    (day([{"id": "a1", "lon": 11.5, "service_min": 20}]), "a1", "lat",
     'Stop a1: the field "lat" is missing.'),
    (day([_stop(lat=200)]), "a1", "lat", 'Stop a1: "lat" is 200, outside -90 to 90.'),
    (day([_stop(lon=-181.5)]), "a1", "lon", 'Stop a1: "lon" is -181.5, outside -180 to 180.'),
    (day([_stop(lat="north")]), "a1", "lat", 'Stop a1: "lat" must be a number, not "north".'),
    (day([_stop(window=["12:00", "09:00"])]), "a1", "window",
     'Stop a1: the time window ends (09:00) before it starts (12:00) (field "window").'),
    (day([_stop(window=["9h", "12:00"])]), "a1", "window",
     'Stop a1: "window" has "9h"; write times as HH:MM, e.g. "09:30".'),
    (day([_stop(window=["09:00", "09:10"])]), "a1", "window",
     "Stop a1: the time window 09:00-09:10 is shorter than the 20-minute visit "
     '(field "window").'),
    (day([_stop(window=["09:00"])]), "a1", "window",
     'Stop a1: "window" must be two times such as ["09:00", "12:00"], not ["09:00"].'),
    (day([_stop(), _stop(lat=48.2)]), "a1", "id",
     'Stop a1 appears 2 times (field "id"); every stop needs its own id.'),
    (day([_stop(service_min=-5)]), "a1", "service_min",
     'Stop a1: "service_min" is -5, outside 0 to 1440.'),
    (day([]), None, "stops", 'The route file has no stops (field "stops"); list at least one.'),
    (day([_stop()], end="07:00"), None, "day_end",
     'The route file: the day ends (07:00) before it starts (08:00) (field "day_end").'),
    (day([_stop()], start="25:00"), None, "day_start",
     'The route file: "day_start" has "25:00"; write times as HH:MM, e.g. "08:00".'),
    ({"day_start": "08:00", "day_end": "16:00", "stops": [_stop()]}, None, "start",
     'The route file has no "start"; it is required.'),
    ({**day([_stop()]), "end": {"lat": 0}}, None, "end.lon",
     'The route file has no "end.lon"; it is required.'),
    (day([_stop()], speed_kmh=0), None, "speed_kmh",
     'The route file: "speed_kmh" is 0; it must be more than 0.'),
]  # fmt: skip


@pytest.mark.parametrize(("data", "stop", "field", "message"), BAD)
def test_bad_input_names_the_stop_and_the_field(data, stop, field, message):
    with pytest.raises(RouteInputError) as caught:
        parse_route_file(data)
    assert (caught.value.stop, caught.value.field, str(caught.value)) == (stop, field, message)


def run_cli(tmp_path, capsys, data, *flags):
    path = tmp_path / "day.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    parser = argparse.ArgumentParser()
    route_cmd.add_parser(parser.add_subparsers(dest="command"))
    code = route_cmd.run(None, parser.parse_args(["route", "solve", str(path), *flags]))
    return code, *capsys.readouterr()


def test_cli_prints_the_issue_json_and_exits_2_on_a_bad_file(tmp_path, capsys):
    data = random_day(6, n=6, windows=0.0)
    code, out, _ = run_cli(tmp_path, capsys, data, "--json")
    assert code == 0
    result = json.loads(out)
    assert list(result) == ["order", "unscheduled", "drive_min", "total_min", "arrivals"]
    assert len(result["order"]) == 6
    code, out, _ = run_cli(tmp_path, capsys, data)
    assert code == 0 and "back at the end" in out
    code, out, err = run_cli(tmp_path, capsys, day([_stop(lat=200)]))
    assert (code, out) == (2, "")
    assert err == 'salesdesk: Stop a1: "lat" is 200, outside -90 to 90.\n'
    code, _, err = run_cli(tmp_path, capsys, '{"start": ')
    assert code == 2 and "is not valid JSON" in err


def test_haversine_matrix_is_vectorised_and_right():
    berlin, paris = (52.5200, 13.4050), (48.8566, 2.3522)
    km = distance_matrix_km([berlin, paris, berlin])
    assert km.shape == (3, 3) and km[0, 0] == 0 and km[0, 2] == 0
    assert km[0, 1] == pytest.approx(877.5, abs=1.0) and km[1, 0] == km[0, 1]
    seconds_ = duration_matrix_s([berlin, paris], speed_kmh=50, detour_factor=1.3)
    assert seconds_[0, 1] == round(km[0, 1] * 1.3 / 50 * 3600)


@pytest.mark.skipif(not TSPLIB.is_dir(), reason=f"TSPLIB instances not found in {TSPLIB}")
@pytest.mark.parametrize("name", ["tsplib_berlin52", "tsplib_eil51", "tsplib_st70"])
def test_tsplib_tours_are_near_the_proven_optimum(name):
    data = json.loads((TSPLIB / f"{name}.json").read_text())
    best = json.loads((TSPLIB / "optima.json").read_text())[name]["drive_s"]
    for use_vroom, limit in ((True, 0.02), (False, 0.10)):
        plan = solve(parse_route_file(data), use_vroom=use_vroom)
        assert plan.unscheduled == []
        drive = plan.drive_min * 60  # rounded to 0.1 min: exact enough for a % gap
        assert drive <= best * (1 + limit) + 6, (use_vroom, drive, best)
