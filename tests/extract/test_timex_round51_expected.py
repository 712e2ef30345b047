"""Round 51: what is awaited for a time named after "expected" lies ahead of the telling.

"with a contest to choose his successor expected over the summer" (wire39) and "the
announcement was now expected later this week, possibly on Friday" (wire46) read the time
back by the past form "expected". A participle right after its noun, its time closing the
clause, and "was/were (now) expected ... at/on/by/for" past other words of time, await it.
"had been expected in April" (a lapsed plan) and "trips were expected over the long weekend"
told after that weekend stay back.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes


def _values(text: str, published: date) -> list[str]:
    return [t.value for t in find_timexes(text, published)]


def test_a_participle_after_its_noun_awaits_its_time():
    text = "The mayor of Brenholt quit, with a contest to choose her successor expected over the summer."
    assert _values(text, date(1997, 5, 3)) == ["1997-SU"]


def test_was_now_expected_past_other_words_of_time():
    text = "A spokeswoman said the ruling was now expected later this week, possibly on Friday."
    assert _values(text, date(1999, 6, 14))[-1] == "1999-06-18"


def test_a_lapsed_expectation_stays_back():
    text = "Elections in Varda, which had been expected in April, may not be held until June."
    assert _values(text, date(2000, 5, 3)) == ["2000-04", "2000-06"]


def test_a_weekend_just_gone_stays_back():
    text = "The motoring group said 9.2 million trips were expected over the long weekend."
    assert _values(text, date(2023, 5, 2)) == ["2023-W17-WE"]
