"""Economic releases and election counts across reports: basis points against percentage
points, shares in words against per cent, revised estimates, counts still being made, amounts
converted in brackets and South Asian scales."""

from __future__ import annotations

from datetime import date

from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

DAY = date(2025, 10, 31)


def _ref(ref_id: int, text: str, number: str, published: date = DAY) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def test_basis_points_and_percentage_points_compare() -> None:
    a = _ref(1, "The central bank cut its main rate by 25 basis points on Thursday.", "25")
    b = _ref(2, "The central bank cut its main rate by 0.25 percentage points on Thursday.", "0.25")
    assert _relation(a, b) == "consistent"
    c = _ref(3, "The central bank cut its main rate by 0.5 percentage points on Thursday.", "0.5")
    assert _relation(a, c) == "contradiction"


def test_a_share_in_words_meets_the_per_cent_it_rounds_to() -> None:
    a = _ref(1, "A third of respondents said prices had risen faster than wages.", "A third")
    b = _ref(2, "In the survey, 33% of respondents said prices had risen faster than wages.", "33%")
    assert _relation(a, b) == "consistent"
    c = _ref(3, "In the survey, 38% of respondents said prices had risen faster than wages.", "38%")
    assert _relation(a, c) == "contradiction"


def test_a_revised_estimate_is_an_update() -> None:
    a = _ref(1, "GDP grew 0.4% in the third quarter, the statistics office said.", "0.4%")
    b = _ref(
        2,
        "GDP grew 0.5% in the third quarter, the statistics office said in a revised estimate.",
        "0.5%",
        date(2025, 11, 28),
    )
    assert _relation(a, b) == "update"


def test_two_first_estimates_that_differ_contradict() -> None:
    a = _ref(1, "The economy grew 0.4% in the third quarter, the statistics office said.", "0.4%")
    b = _ref(2, "The economy grew 0.6% in the third quarter, official figures showed.", "0.6%")
    assert _relation(a, b) == "contradiction"


def test_a_partial_count_then_the_final_result_is_an_update() -> None:
    a = _ref(
        1,
        "With 60% of ballots counted, Mr Okafor had 51.2% of the vote.",
        "51.2%",
        date(2025, 11, 5),
    )
    b = _ref(
        2, "Mr Okafor won 50.3% of the vote, final results showed.", "50.3%", date(2025, 11, 6)
    )
    assert _relation(a, b) == "update"


def test_two_results_on_one_day_still_contradict_however_partial() -> None:
    a = _ref(1, "With 60% of ballots counted, Mr Okafor had 51.2% of the vote.", "51.2%")
    b = _ref(2, "Mr Okafor won 50.3% of the vote, final results showed.", "50.3%")
    assert _relation(a, b) == "contradiction"


def test_an_amount_converted_in_brackets_keeps_the_measure() -> None:
    a = _ref(1, "The fund raised $1.2bn (£950m) from investors.", "£950m")
    b = _ref(2, "The fund raised £900m from investors, its manager said.", "£900m")
    assert a.figure.measure == "raised"
    assert _relation(a, b) == "contradiction"


def test_crore_and_million_are_one_amount() -> None:
    a = _ref(1, "The court ordered the developer to pay Rs 2 crore in compensation.", "Rs")
    b = _ref(2, "The developer was ordered to pay Rs 20 million in compensation.", "Rs")
    assert _relation(a, b) == "consistent"
