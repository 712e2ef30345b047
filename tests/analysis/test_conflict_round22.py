"""Round 22 comparison rules: daily tallies against running totals, and places (dev20)."""

from __future__ import annotations

from datetime import date

from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

DAY = date(2025, 2, 20)


def _ref(ref_id: int, text: str, number: str, published: date = DAY) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def test_a_days_tally_is_not_the_running_total() -> None:
    day = _ref(1, "Enemy losses over the past day: 1,090 troops, 7 tanks.", "1,090")
    total = _ref(2, "Russia has lost about 640,100 troops since the invasion began.", "640,100")
    assert _relation(day, total) is None


def test_a_bracketed_change_meets_the_days_count_told_elsewhere() -> None:
    change = _ref(1, "Russia has lost about 640,100 (+1,090) troops since the invasion.", "1,090")
    day = _ref(2, "Russia lost 1,020 troops over the past day, Kyiv said.", "1,020")
    assert _relation(change, day) == "contradiction"


def test_a_running_total_told_to_the_hundred_moves_the_next_day() -> None:
    first = _ref(1, "Russia has lost about 640,100 troops since the invasion began.", "640,100")
    later = _ref(
        2,
        "Russia has lost about 641,200 troops since the invasion began.",
        "641,200",
        date(2025, 2, 21),
    )
    assert _relation(first, later) == "update"


def test_the_city_and_the_province_are_two_counts() -> None:
    city = _ref(1, "At least 20 people were killed in the city, the mayor said.", "20")
    province = _ref(2, "At least 75 people were killed in the province, officials said.", "75")
    assert _relation(city, province) is None


def test_one_unnamed_city_told_twice_still_compares() -> None:
    a = _ref(1, "At least 20 people were killed in the city, the mayor said.", "20")
    b = _ref(2, "Only 14 people were killed in the city, police said.", "14")
    assert _relation(a, b) == "contradiction"


def test_drones_over_two_regions_are_two_counts() -> None:
    a = _ref(1, "Air defence destroyed 25 drones over the Kursk region overnight.", "25")
    b = _ref(2, "Air defence destroyed 25 drones over the Bryansk region overnight.", "25")
    assert _relation(a, b) is None


def test_a_share_of_the_electorate_that_voted_is_turnout() -> None:
    share = _ref(1, "About 58% of registered voters cast ballots in the referendum.", "58%")
    turnout = _ref(2, "Turnout in the referendum was 57.6%.", "57.6%")
    assert _relation(share, turnout) == "consistent"


def test_rates_of_two_named_years_are_two_quantities() -> None:
    a = _ref(1, "The region recorded 7.9 road deaths per 100,000 people in 2015.", "7.9")
    b = _ref(2, "The region recorded 5.2 road deaths per 100,000 people in 2023.", "5.2")
    assert _relation(a, b) is None
