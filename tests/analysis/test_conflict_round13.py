"""Round 13 comparison rules: everyone aboard, a day's count against a running total, signed
changes, places inside a subject, corrections and retractions."""

from __future__ import annotations

from datetime import date

from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

DAY = date(2025, 3, 10)


def _ref(ref_id: int, text: str, number: str, published: date = DAY) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def test_passengers_and_crew_are_the_people_on_board() -> None:
    a = _ref(1, "The jet was carrying 64 passengers and crew when it crashed.", "64")
    b = _ref(2, "There were 64 people on board the jet, officials said.", "64")
    assert _relation(a, b) == "consistent"
    c = _ref(3, "There were 66 people on board the jet, officials said.", "66")
    assert _relation(a, c) == "contradiction"


def test_the_passengers_alone_are_a_smaller_count() -> None:
    a = _ref(1, "The jet was carrying 64 passengers and crew when it crashed.", "64")
    b = _ref(2, "The jet was carrying 60 passengers when it crashed.", "60")
    assert _relation(a, b) is None


def test_a_days_count_is_not_the_years_total() -> None:
    a = _ref(1, "Each day 40 boats arrive on the southern coast, officials said.", "40")
    b = _ref(
        2,
        "So far this year 2,300 boats have arrived on the southern coast.",
        "2,300",
        date(2025, 3, 11),
    )
    assert _relation(a, b) is None


def test_two_counts_of_a_day_told_alike_disagree() -> None:
    a = _ref(1, "Each day 40 boats arrive on the southern coast, officials said.", "40")
    b = _ref(2, "Each day about 15 boats arrive on the southern coast, the coast guard said.", "15")
    assert _relation(a, b) == "contradiction"


def test_a_global_average_in_degrees_is_the_average_temperature() -> None:
    a = _ref(1, "Last year had a global average of 1.55C above pre-industrial levels.", "1.55")
    b = _ref(
        2,
        "The WMO said global average temperatures last year were 1.55 degrees Celsius above "
        "pre-industrial levels.",
        "1.55",
    )
    assert _relation(a, b) == "consistent"


def test_a_shared_verb_makes_the_second_count_a_tally_that_grows() -> None:
    a = _ref(
        1,
        "The outbreak has infected dozens of workers at the plant and hundreds of their relatives.",
        "hundreds",
    )
    b = _ref(
        2,
        "The outbreak has now infected 1,400 relatives of plant workers.",
        "1,400",
        date(2025, 3, 24),
    )
    assert _relation(a, b) == "update"


def test_rents_in_two_cities_are_two_quantities() -> None:
    a = _ref(1, "Average asking rents in London hit £2,695 a month.", "2,695")
    b = _ref(2, "Average asking rents in Manchester hit £1,295 a month.", "1,295")
    assert _relation(a, b) is None


def test_a_correction_revises_and_a_retraction_is_no_claim() -> None:
    a = _ref(1, "Police said 40 people were arrested during the protest.", "40")
    b = _ref(
        2,
        "Police corrected the number of people arrested during the protest to 14.",
        "14",
        date(2025, 3, 11),
    )
    assert _relation(a, b) == "update"
    retracted = _ref(
        3,
        "An earlier version of this story said 40 people were arrested; police say the correct "
        "figure is 14.",
        "40",
    )
    told = _ref(4, "Police said 14 people were arrested during the protest.", "14")
    assert _relation(retracted, told) is None
