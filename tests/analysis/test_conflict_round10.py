"""Round 10 comparison rules: counts written to the thousand, units spelled differently, and a
verb of reaching on the same day."""

from __future__ import annotations

from datetime import date

from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

DAY = date(2025, 4, 8)


def _ref(ref_id: int, text: str, number: str, published: date = DAY) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def test_a_count_written_to_the_thousand_meets_the_exact_count() -> None:
    a = _ref(1, "The storm has displaced 52,000 people, officials said.", "52,000")
    b = _ref(2, "The storm has displaced 52,380 people, officials said.", "52,380")
    assert _relation(a, b) == "consistent"


def test_rounding_to_the_thousand_has_a_ceiling() -> None:
    # a round number is never more than 1% away from what it rounds
    a = _ref(1, "The storm has displaced 52,000 people, officials said.", "52,000")
    b = _ref(2, "The storm has displaced 52,900 people, officials said.", "52,900")
    assert _relation(a, b) == "contradiction"
    # and a small round number stays exact
    c = _ref(1, "The trial enrolled 2,000 adults.", "2,000")
    d = _ref(2, "The trial enrolled 2,010 adults.", "2,010")
    assert _relation(c, d) == "contradiction"


def test_celsius_written_two_ways_is_one_unit() -> None:
    a = _ref(1, "The world has seen 1.3C of warming so far.", "1.3")
    b = _ref(2, "The world has seen 1.3 degrees Celsius of warming so far.", "1.3")
    assert _relation(a, b) == "consistent"


def test_two_readings_for_the_same_day_contradict_despite_reached() -> None:
    a = _ref(1, "Temperatures in Cordoba reached 45.1C on Monday.", "45.1")
    b = _ref(2, "Temperatures in Cordoba reached 43.0C on Monday.", "43.0")
    assert _relation(a, b) == "contradiction"


def test_a_revision_on_the_same_day_is_still_an_update() -> None:
    a = _ref(1, "A magnitude 5.2 earthquake struck the island.", "5.2")
    b = _ref(2, "Seismologists later revised the quake's magnitude to 5.6.", "5.6")
    assert _relation(a, b) == "update"
