"""Round 35 comparison rules: the ground a fire has burned is its reach so far, whatever day
it was told on, and a total with no place that has risen grew from the one place's dated
count of its population."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

SATURDAY = date(2026, 6, 13)
MONDAY = date(2026, 6, 15)
THURSDAY = date(2026, 6, 18)
FRIDAY = date(2026, 6, 19)


def _ref(ref_id: int, text: str, number: str, published: date = FRIDAY) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def test_two_bodies_area_burned_on_one_day_contradict() -> None:
    crews = _ref(
        1, "The Marrow Hill fire had burned 3,400 hectares by Friday, crews said.", "3,400"
    )
    officials = _ref(
        2,
        "Regional officials said on Friday the Marrow Hill fire had burned 5,100 hectares.",
        "5,100",
    )
    # the day of the officials' telling is read as the count's own day
    assert officials.figure.period == "day"
    assert _relation(crews, officials) == "contradiction"


def test_area_burned_told_on_a_day_then_later_is_an_update() -> None:
    monday = _ref(
        1,
        "Officials said on Monday the Tollan Gorge fire had burned 2,000 hectares.",
        "2,000",
        MONDAY,
    )
    thursday = _ref(2, "The Tollan Gorge fire has now burned 3,100 hectares.", "3,100", THURSDAY)
    assert _relation(monday, thursday) == "update"


def test_area_burned_in_acres_and_hectares_on_one_day_agree() -> None:
    acres = _ref(1, "The Marrow Hill fire had burned about 5,000 acres by Friday.", "5,000")
    hectares = _ref(
        2,
        "Regional officials said on Friday the Marrow Hill fire had burned 2,023 hectares.",
        "2,023",
    )
    assert _relation(acres, hectares) == "consistent"


def test_two_named_fires_told_on_one_day_stay_apart() -> None:
    one = _ref(
        1,
        "Regional officials said on Friday the Marrow Hill fire had burned 5,100 hectares.",
        "5,100",
    )
    other = _ref(
        2,
        "Regional officials said on Friday the Cinder Flats fire had burned 4,700 hectares.",
        "4,700",
    )
    assert _relation(one, other) is None


def test_a_risen_total_with_no_place_grew_from_the_one_places_dated_count() -> None:
    saturday = _ref(
        1,
        "At least 40 people were injured in the crush at Velden Park stadium on Saturday, police said.",
        "40",
        SATURDAY,
    )
    monday = _ref(
        2,
        "The number of people injured in the Velden crush has risen to 71, police said.",
        "71",
        MONDAY,
    )
    assert saturday.figure.scope and not monday.figure.scope
    assert _relation(saturday, monday) == "update"


def test_a_places_far_smaller_dated_count_is_its_part_not_the_totals_start() -> None:
    station = _ref(1, "Twelve people were injured at Orlo station on Saturday.", "Twelve", SATURDAY)
    total = _ref(2, "The number of people injured in the crush has risen to 71.", "71", MONDAY)
    assert _relation(station, total) is None


def test_a_risen_total_joins_no_place_when_two_places_counts_compete() -> None:
    orlo = _ref(1, "Some 30 people were injured at Orlo station on Saturday.", "30", SATURDAY)
    kemble = _ref(2, "Some 35 people were injured at Kemble station on Saturday.", "35", SATURDAY)
    total = _ref(3, "The number of people injured has risen to 58, police said.", "58", MONDAY)
    assert orlo.figure.scope and kemble.figure.scope and orlo.figure.scope != kemble.figure.scope
    pairs = compare([orlo, kemble, total]).pairs
    assert not [p for p in pairs if 3 in (p.a, p.b)]
