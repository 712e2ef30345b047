"""Round 24 comparison rules: non-US English-language press, posts and live blogs (dev22)."""

from __future__ import annotations

from datetime import date

from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

DAY = date(2024, 2, 10)
LATER = date(2024, 3, 4)


def _ref(ref_id: int, text: str, number: str, published: date = DAY) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def test_turnout_of_elections_of_two_years_is_two_quantities() -> None:
    old = _ref(1, "Turnout in the 2018 general election was 52.1%.", "52.1")
    new = _ref(2, "Turnout in the 2024 general election was 47.6%.", "47.6")
    assert _relation(old, new) is None


def test_one_elections_turnout_told_twice_still_contradicts() -> None:
    a = _ref(1, "Turnout in the 2024 general election was 47.6%, officials said.", "47.6")
    b = _ref(2, "Turnout in the 2024 general election was 41.8%, observers said.", "41.8")
    assert _relation(a, b) == "contradiction"


def test_a_level_of_no_election_still_moves_across_years() -> None:
    a = _ref(1, "The jobless rate stood at 5.1% in 2023.", "5.1")
    b = _ref(2, "The jobless rate stood at 4.2% in 2024.", "4.2", LATER)
    assert _relation(a, b) == "update"


def test_a_count_in_lakh_meets_the_same_count_in_millions() -> None:
    a = _ref(1, "Over 12 lakh devotees attended the Rath Yatra in Puri on Sunday.", "12 lakh")
    b = _ref(2, "More than 1.2 million devotees attended the Rath Yatra in Puri on Sunday.", "1.2")
    assert _relation(a, b) == "consistent"


def test_a_posts_2k_meets_2000() -> None:
    a = _ref(1, "The bushfires have destroyed over 2k homes in NSW.", "2k")
    b = _ref(2, "The bushfires have destroyed more than 2,000 homes in NSW.", "2,000")
    assert _relation(a, b) == "consistent"


def test_odd_meets_a_count_above_it_and_contradicts_one_below() -> None:
    odd = _ref(1, "Police said 30-odd people were arrested after clashes in London.", "30")
    more = _ref(2, "The Met said 34 people were arrested after clashes in London.", "34")
    fewer = _ref(3, "The Met said 12 people were arrested after clashes in London.", "12")
    assert _relation(odd, more) == "consistent"
    assert _relation(odd, fewer) == "contradiction"


def test_a_peso_sign_and_its_code_are_one_currency() -> None:
    a = _ref(1, "Each family will receive PHP 40,000 in cash aid.", "40,000")
    b = _ref(2, "Each family will receive ₱40,000 in cash aid.", "40,000")
    assert _relation(a, b) == "consistent"
