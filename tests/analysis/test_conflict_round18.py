"""Round 18 comparison rules: dev16's first-run errors."""

from __future__ import annotations

from datetime import date

from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

DAY = date(2025, 3, 27)


def _ref(ref_id: int, text: str, number: str) -> FigureRef:
    return ref_containing(ref_id, text, number, DAY)


def test_one_deficit_told_as_two_shares_of_gdp_disagrees() -> None:
    a = _ref(1, "France's deficit reached 6.1% of output last year, the office said.", "6.1%")
    b = _ref(2, "France's budget deficit reached 5.5% of GDP last year, the office said.", "5.5%")
    assert _relation(a, b) == "contradiction"


def test_two_countries_deficits_are_two_quantities() -> None:
    a = _ref(1, "France's deficit reached 6.1% of GDP last year.", "6.1%")
    b = _ref(2, "Italy's deficit reached 3.4% of GDP last year.", "3.4%")
    assert _relation(a, b) != "contradiction"


def test_a_years_sum_and_a_five_year_total_are_two_quantities() -> None:
    a = _ref(1, "Spending on highways will total $310 billion over five years.", "$310")
    b = _ref(2, "Spending on highways will be $62 billion a year.", "$62")
    assert _relation(a, b) is None


def test_a_countrys_job_cuts_and_the_worlds_are_two_quantities() -> None:
    a = _ref(1, "The carmaker will cut 3,500 jobs in Germany.", "3,500")
    b = _ref(2, "The carmaker will cut 10,000 jobs worldwide.", "10,000")
    assert _relation(a, b) is None


def test_one_number_of_arrivals_in_two_countries_is_two_quantities() -> None:
    a = _ref(1, "Almost 60,000 migrants reached Italy by sea so far this year.", "60,000")
    b = _ref(2, "Almost 60,000 migrants reached Spain by sea so far this year.", "60,000")
    assert _relation(a, b) is None
    c = _ref(3, "About 60,000 migrants reached Italy by sea so far this year.", "60,000")
    assert _relation(a, c) == "consistent"
