"""Round 14 comparison rules: a day's count told as "over the past day", an old toll cited as a
yardstick, numbered parts of a series and prisoner swaps."""

from __future__ import annotations

from datetime import date

from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

DAY = date(2024, 9, 14)


def _ref(ref_id: int, text: str, number: str, published: date = DAY) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def test_two_days_counts_over_the_past_day_are_two_quantities() -> None:
    a = _ref(1, "Russian forces launched 18 strikes on Kharkiv over the past day.", "18")
    b = _ref(
        2,
        "Russian forces launched 25 strikes on Kharkiv over the past day.",
        "25",
        date(2024, 9, 15),
    )
    assert _relation(a, b) is None
    # the same day told twice still has to agree
    c = _ref(3, "Russian forces launched 21 strikes on Kharkiv over the past day.", "21")
    assert _relation(a, c) == "contradiction"


def test_an_old_toll_is_no_report_on_todays_disaster() -> None:
    a = _ref(1, "The earthquake has killed at least 1,500 people, officials said.", "1,500")
    b = _ref(
        2,
        "It is the deadliest since the 2005 Kashmir earthquake, which killed about 73,000 people.",
        "73,000",
    )
    assert _relation(a, b) is None
    c = _ref(3, "It was the worst since 1999, when a cyclone killed 1,800 people.", "1,800")
    assert _relation(a, c) is None
    # without the yardstick's year the same count is compared as usual
    d = _ref(4, "The earthquake has killed at least 1,800 people, officials said.", "1,800")
    assert _relation(a, d) == "consistent"


def test_numbered_packages_are_different_quantities() -> None:
    a = _ref(1, "The bloc's 12th sanctions package added 147 companies to the list.", "147")
    b = _ref(
        2,
        "The bloc's 13th sanctions package added 194 companies to the list.",
        "194",
        date(2025, 2, 23),
    )
    assert _relation(a, b) is None
    c = _ref(3, "The bloc's 12th sanctions package added 150 companies to the list.", "150")
    assert _relation(a, c) == "contradiction"


def test_a_swap_and_a_release_of_the_same_prisoners_agree() -> None:
    a = _ref(1, "Russia and Ukraine swapped 103 prisoners of war on Saturday.", "103")
    b = _ref(2, "Each side released 103 prisoners of war in Saturday's exchange.", "103")
    assert _relation(a, b) == "consistent"
