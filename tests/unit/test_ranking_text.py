"""Ranking pieces without a database: compact money, Pareto levels."""

import pytest

from salesdesk.core.territory.explain import compact_money, visit_phrase
from salesdesk.core.territory.levels import ParetoLevels, pareto_levels


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0, "£0"),
        (850, "£850"),
        (999.4, "£999"),
        (999.6, "£1k"),
        (8_540, "£8.5k"),
        (40_000, "£40k"),
        (340_400, "£340k"),
        (999_960, "£1M"),
        (1_234_567, "£1.2M"),
        (12_600_000, "£13M"),
        (3_400_000_000, "£3.4bn"),
        (-40_000, "-£40k"),
    ],
)
def test_compact_money(value, text):
    assert compact_money(value) == text


def test_other_currencies_and_visit_phrases():
    assert compact_money(1_500_000, "EUR") == "€1.5M"
    assert compact_money(1_500, "CHF") == "CHF 1.5k"
    assert [visit_phrase(d) for d in (None, 0, 1, 41)] == [
        "never visited",
        "last visit today",
        "last visit yesterday",
        "last visit 41 days ago",
    ]


def test_pareto_levels_by_cumulative_share_before_each_account():
    assert pareto_levels([55, 27, 14, 4]) == ["A", "B", "C", "D"]
    assert pareto_levels([40, 40, 10, 10]) == ["A", "A", "C", "C"]  # the crossing one is A
    assert pareto_levels([50, 30, 15, 5]) == ["A", "B", "C", "D"]  # exactly on each boundary
    assert pareto_levels([1, 0]) == ["A", "D"]
    assert pareto_levels([0, 0]) == ["D", "D"]
    assert pareto_levels([]) == []


def test_levels_are_per_owner_book():
    level = ParetoLevels({"big": 1000.0, "small": 10.0})
    assert [level("big", 900.0), level("small", 6.0), level("big", 100.0), level("small", 4.0)] == [
        "A",
        "A",
        "C",
        "B",
    ]
