"""Territory settings kept with the data: checked, stored all or nothing, and used."""

import re

import pytest

from salesdesk.cli import main
from salesdesk.core.territory.config import (
    TerritorySettingError,
    pattern_settings,
    ranking_weights,
    reset_territory_settings,
    set_territory_settings,
)


def test_defaults_until_something_is_set(db):
    assert ranking_weights(db).margin == 0.35
    assert pattern_settings(db).every_weeks["B"] == 2


def test_settings_are_stored_and_read_back(db):
    set_territory_settings(
        db,
        {
            "ranking.margin": "0.5",
            "pattern.every_weeks.C": "2",
            "pattern.gap_days.B": "8-20",
            "pattern.workdays": "0,1,2,3",
            "pattern.day_start": "07:30",
        },
    )
    weights, pattern = ranking_weights(db), pattern_settings(db)
    assert weights.margin == 0.5
    assert pattern.every_weeks == {"A": 1, "B": 2, "C": 2, "D": 0}
    assert pattern.gap_days["B"] == (8, 20) and pattern.workdays == (0, 1, 2, 3)
    assert pattern.day_start == "07:30"
    reset_territory_settings(db)
    assert ranking_weights(db).margin == 0.35


@pytest.mark.parametrize(
    ("key", "value", "reason"),
    [
        ("ranking.margin", "1.5", "margin"),
        ("ranking.nonsense", "1", "no such ranking weight"),
        ("pattern.gap_days.A", "9-5", "LOW-HIGH"),
        ("pattern.every_weeks", "2", "add the level"),
        ("pattern.day_start", "8am", "HH:MM"),
        ("pattern.workdays", "0,9", "0 (Monday) to 6"),
        ("colour", "blue", "neither ranking. nor pattern."),
    ],
)
def test_a_bad_value_is_refused_with_the_key_and_nothing_is_stored(db, key, value, reason):
    with pytest.raises(TerritorySettingError, match=re.escape(reason)) as caught:
        set_territory_settings(db, {"ranking.margin": "0.45", key: value})
    assert caught.value.params["key"].startswith(key.split(".")[0])
    assert ranking_weights(db).margin == 0.35  # the good half was not kept either


def test_rank_uses_the_stored_weights(db, db_path, capsys):
    from salesdesk.core.models import Account

    with db.write() as s:
        s.add(
            Account(
                name="Bolton Bakeries",
                kind="prospect",
                estimated_potential=100_000.0,
                lat=53.58,
                lon=-2.43,
            )
        )
    assert main(["--db", str(db_path), "rank", "--all", "--json"]) == 0
    before = capsys.readouterr().out
    assert main(["--db", str(db_path), "territory", "set", "ranking.prospect_probability=0.5"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "rank", "--all", "--json"]) == 0
    after = capsys.readouterr().out
    import json

    score = lambda out: json.loads(out)["accounts"][0]["score"]  # noqa: E731
    assert score(after) == pytest.approx(2 * score(before))
