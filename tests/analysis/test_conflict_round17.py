"""Round 17 comparison rules: counts told apart only by who does the counted thing."""

from __future__ import annotations

from datetime import date

from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

DAY = date(2023, 4, 3)


def _ref(ref_id: int, text: str, number: str) -> FigureRef:
    return ref_containing(ref_id, text, number, DAY)


def test_two_countries_cuts_are_two_quantities() -> None:
    a = _ref(1, "Saudi Arabia will cut output by 500,000 barrels per day from May.", "500,000")
    b = _ref(2, "Iraq will cut output by 211,000 barrels per day from May.", "211,000")
    assert _relation(a, b) is None


def test_one_countrys_cut_told_twice_still_disagrees() -> None:
    a = _ref(1, "Saudi Arabia will cut output by 500,000 barrels per day from May.", "500,000")
    b = _ref(2, "Saudi Arabia will cut output by 400,000 barrels per day from May.", "400,000")
    assert _relation(a, b) == "contradiction"


def test_a_claim_in_reported_speech_is_not_bounded_by_its_speaker() -> None:
    a = _ref(1, "Russia said it destroyed 30 tanks on Monday.", "30")
    b = _ref(2, "Ukraine said it destroyed 30 tanks on Monday.", "30")
    assert a.figure.scope is None and b.figure.scope is None
