"""Round 52: the day of a noun owned by 'next/last/this year' falls in that year.

"The academy will hold next year's ceremony on March 21, a Sunday" (wire49), written days after
this year's March 21, read this year's day by 'next' (the next one after publication). A month
after such a noun ("adopt next year's budget in June", wire91; "registration for next year's
marathon would open in January", wire15) is more often the verb's, and is left to the verb.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes


def _values(text: str, published: date) -> list[str]:
    return [t.value for t in find_timexes(text, published)]


def test_next_years_ceremony_on_a_day():
    text = "The Orlen guild will hold next year's gala on March 21, a Sunday."
    assert _values(text, date(1998, 3, 24)) == ["1999", "1999-03-21", "1999-03-21"]


def test_last_years_final_on_a_day():
    text = "Last year's final on May 30 drew a record crowd to Veska."
    assert _values(text, date(2024, 6, 10)) == ["2023", "2023-05-30"]


def test_a_month_after_the_noun_is_left_to_the_verb():
    text = "The Veska board is scheduled to adopt next year's budget in June."
    assert _values(text, date(2025, 3, 3)) == ["2026", "2025-06"]
