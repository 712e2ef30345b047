"""Round 11 comparison rules: polls by firm, a crowd told without a verb, a fine told as a noun,
charges a defendant now faces, and a population written with fewer modifiers."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

DAY = date(2025, 10, 2)


def _ref(ref_id: int, text: str, number: str, published: date = DAY) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def test_two_pollsters_readings_on_one_day_are_unrelated() -> None:
    a = _ref(1, "A YouGov poll of 1,742 adults puts Labour on 38%.", "38%")
    b = _ref(2, "An Ipsos poll of 1,005 adults puts Labour on 34%.", "34%")
    assert _relation(a, b) is None


def test_one_pollsters_reading_told_twice_on_one_day_contradicts() -> None:
    a = _ref(1, "A YouGov poll for The Times puts Labour on 38%, the paper reported.", "38%")
    b = _ref(2, "Labour is on 36% in the latest YouGov poll for The Times.", "36%")
    assert _relation(a, b) == "contradiction"


def test_one_pollsters_later_reading_is_an_update() -> None:
    a = _ref(1, "A YouGov poll puts Labour on 38%.", "38%", date(2025, 10, 1))
    b = _ref(2, "Labour has slipped to 35% in YouGov's weekly poll.", "35%", date(2025, 10, 8))
    assert _relation(a, b) == "update"


def test_a_crowd_in_front_of_which_a_match_was_played_is_the_attendance() -> None:
    a = _ref(1, "A crowd of 74,310 watched the final at Wembley.", "74,310")
    b = _ref(2, "The final was played in front of more than 74,000 fans at Wembley.", "74,000")
    assert _relation(a, b) == "consistent"
    c = _ref(2, "The final was played in front of 70,000 fans at Wembley.", "70,000")
    assert _relation(a, c) == "contradiction"


def test_a_fine_told_as_a_noun_is_the_amount_fined() -> None:
    a = _ref(1, "The league fined the club £500,000 for breaching spending rules.", "£500,000")
    b = _ref(2, "The club was hit with a £500,000 fine for breaching spending rules.", "£500,000")
    assert _relation(a, b) == "consistent"
    c = _ref(2, "The club was hit with a £400,000 fine for breaching spending rules.", "£400,000")
    assert _relation(a, c) == "contradiction"


def test_more_counts_a_defendant_now_faces_are_an_update() -> None:
    a = _ref(1, "The former nurse was charged with 12 counts of fraud.", "12", date(2025, 2, 27))
    b = _ref(
        2,
        "The former nurse now faces 15 counts of fraud after prosecutors added more charges.",
        "15",
        date(2025, 5, 20),
    )
    assert _relation(a, b) == "update"


def test_a_level_now_is_no_days_count() -> None:
    a = _ref(1, "The app has 300 million monthly active users.", "300", date(2025, 1, 15))
    b = _ref(2, "The app now has 350 million monthly active users.", "350", date(2025, 10, 15))
    assert _relation(a, b) == "update"


def test_fewer_modifiers_of_one_population_join_the_fuller_one() -> None:
    a = _ref(1, "The app has 300 million monthly active users.", "300")
    b = _ref(2, "The app has about 300 million monthly users, the company said.", "300")
    assert _relation(a, b) == "consistent"


def test_fewer_modifiers_stay_apart_when_two_fuller_populations_compete() -> None:
    a = _ref(1, "The app has 300 million monthly active users.", "300")
    b = _ref(2, "The app has 90 million daily active users.", "90")
    c = _ref(3, "The app has 250 million active users.", "250")
    report = compare([a, b, c])
    assert all(3 not in (p.a, p.b) for p in report.pairs)
