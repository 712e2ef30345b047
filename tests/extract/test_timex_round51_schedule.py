"""Round 51: a schedule told in the plain present after a relative pronoun lies ahead.

"the Olympics in Sydney, which end Sunday" (wire52) read Sunday gone by the sentence's "has
had": the present "end" was taken as a schedule verb only after a plural noun, "they" or
"and". "which/that end|play|vote" is the same schedule, its subject the noun before.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes


def _values(text: str, published: date) -> list[str]:
    return [t.value for t in find_timexes(text, published)]


def test_which_end_after_a_past_clause_looks_ahead():
    text = "The fund has had to compete for attention with the games in Marlowe, which end Sunday."
    assert _values(text, date(2000, 9, 28)) == ["2000-10-01"]


def test_that_end_looks_ahead():
    text = "Officials closed the hearings that end on Friday to the public."
    assert _values(text, date(2025, 3, 5)) == ["2025-03-07"]


def test_which_vote_looks_ahead():
    text = "Turnout was low in the districts, which vote again Thursday."
    assert _values(text, date(2025, 3, 5)) == ["2025-03-06"]


def test_a_past_end_after_which_stays_back():
    text = "The games, which ended Sunday, drew record crowds."
    assert _values(text, date(2025, 3, 5)) == ["2025-03-02"]


def test_to_that_end_is_no_schedule():
    text = "The council met to that end Monday and approved the plan."
    assert _values(text, date(2025, 3, 5)) == ["2025-03-03"]
