"""Round 15 comparison rules: a change's base, one step of rounding apart, a utility's
customers, one series named two ways and compound acreage."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import quantity_of
from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

DAY = date(2024, 10, 10)


def _ref(ref_id: int, text: str, number: str, published: date = DAY) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def test_a_change_on_a_year_earlier_and_one_on_the_month_before_are_two_quantities() -> None:
    a = _ref(1, "Consumer prices rose 2.4% in September from a year earlier.", "2.4%")
    b = _ref(2, "Consumer prices rose 0.2% in September from August.", "0.2%")
    assert _relation(a, b) is None
    c = _ref(3, "The median home price rose 0.8% from the previous month.", "0.8%")
    d = _ref(4, "The median home price rose 1.3% from a year earlier.", "1.3%")
    assert _relation(c, d) is None
    # two outlets' year-on-year readings of one release still have to agree
    e = _ref(5, "Consumer prices rose 2.6% in September from a year earlier.", "2.6%")
    assert _relation(a, e) == "contradiction"
    f = _ref(6, "Consumer prices rose 2.4 percent in September on the year.", "2.4 percent")
    assert _relation(a, f) == "consistent"


def test_two_amounts_one_rounding_step_apart_disagree() -> None:
    a = _ref(1, "Meta was fined a record €1.2 billion by the Irish regulator.", "€1.2 billion")
    b = _ref(2, "Meta was fined €1.3 billion by the Irish regulator.", "€1.3 billion")
    assert _relation(a, b) == "contradiction"
    # an exact amount inside the rounded one's step still meets it
    c = _ref(3, "Meta was fined €1.24 billion by the Irish regulator.", "€1.24 billion")
    assert _relation(a, c) == "consistent"


def test_homes_and_businesses_without_power_are_customers() -> None:
    a = _ref(
        1,
        "Hurricane Milton left more than 3.2 million homes and businesses in Florida without "
        "power.",
        "3.2 million",
    )
    b = _ref(
        2,
        "About 1.4 million customers in Florida were still without power on Sunday.",
        "1.4 million",
        date(2024, 10, 13),
    )
    assert _relation(a, b) == "update"


def test_the_jobless_rate_is_the_unemployment_rate() -> None:
    a = _ref(1, "Japan's jobless rate climbed to a record 4.3 percent in May.", "4.3 percent")
    b = _ref(2, "Japan's unemployment rate hit 4.3% in May, a record.", "4.3%")
    assert _relation(a, b) == "consistent"
    c = _ref(3, "Japan's unemployment rate was 4.1% in May.", "4.1%")
    assert _relation(a, c) == "contradiction"


def test_acreage_written_as_a_compound_compares_with_hectares() -> None:
    a = _ref(1, "Crews are fighting the 23,713-acre Palisades fire.", "23,713")
    quantity = quantity_of(a.figure)
    assert quantity is not None
    hectares = _ref(2, "Crews are fighting the 9,596-hectare Palisades fire.", "9,596")
    other = quantity_of(hectares.figure)
    assert other is not None
    assert quantity.unit == other.unit
    assert _relation(a, hectares) == "consistent"


def test_people_still_under_evacuation_orders_are_a_level() -> None:
    a = _ref(
        1,
        "About 180,000 people were under evacuation orders in Los Angeles County.",
        "180,000",
        date(2025, 1, 9),
    )
    b = _ref(
        2,
        "About 92,000 people remain under evacuation orders in Los Angeles County.",
        "92,000",
        date(2025, 1, 12),
    )
    assert _relation(a, b) == "update"
    # without "remain" a lower later count of people evacuated still disagrees
    c = _ref(
        3,
        "About 92,000 people were evacuated in Los Angeles County.",
        "92,000",
        date(2025, 1, 12),
    )
    assert _relation(a, c) == "contradiction"
