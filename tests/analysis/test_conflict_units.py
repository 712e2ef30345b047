"""Quantities a unit names on its own, and ranges that hold a point in another's unit."""

from __future__ import annotations

from datetime import date

from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

DAY = date(2025, 2, 4)


def _ref(ref_id: int, text: str, number: str) -> FigureRef:
    return ref_containing(ref_id, text, number, DAY)


def test_two_magnitudes_for_one_quake_contradict() -> None:
    a = _ref(1, "The quake measured magnitude 7.1, seismologists said.", "7.1")
    b = _ref(2, "The quake had a magnitude of 6.4, the survey said.", "6.4")
    assert _relation(a, b) == "contradiction"


def test_the_same_magnitude_is_consistent() -> None:
    a = _ref(1, "A magnitude 5.9 tremor shook the valley.", "5.9")
    b = _ref(2, "The tremor had a magnitude of 5.9.", "5.9")
    assert _relation(a, b) == "consistent"


def test_a_range_with_its_unit_on_both_ends_holds_a_point() -> None:
    a = _ref(1, "Between 40mm and 60mm of rain fell on the town.", "40")
    b = _ref(2, "The town had 55mm of rain, the weather office said.", "55")
    assert _relation(a, b) == "consistent"


def test_a_rate_and_a_count_with_the_same_number_are_not_compared() -> None:
    a = _ref(1, "The flu rate reached 120 cases per 100,000 people.", "120")
    b = _ref(2, "Doctors reported 120 cases of flu.", "120")
    assert _relation(a, b) is None
