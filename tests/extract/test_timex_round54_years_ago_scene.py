"""Round 54: a count of years ago that opens the sentence is the year of its months and days.

"Four years ago, the race was not called until Nov. 7" (wire79, an election-night live page)
read this year's Nov. 7: "In 1996, ..." and "Last year, ..." set the year of the sentence they
open, "N years ago, ..." did not. Now it does, for a month or day in its first clause; one
after a clause break ("..., and now it is back on Dec. 3") keeps its own reading.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes

PUB = date(2031, 11, 4)


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, PUB)}


def test_years_ago_opening_sets_the_year_of_a_day():
    found = _values("Four years ago, the Brannock count was not finished until Nov. 7.")
    assert found["Nov. 7"] == "2027-11-07"
    found = _values("Twenty years ago, on March 3, the Orsa dam broke.")
    assert found["March 3"] == "2011-03-03"


def test_years_ago_opening_sets_the_year_of_a_month():
    assert _values("Two years ago the Lenth ferry sank in September.")["September"] == "2029-09"


def test_a_day_after_a_clause_break_keeps_its_own_year():
    text = "Two years ago, the storm hit Carrow on Sept. 21, and now it is back on Dec. 3."
    found = _values(text)
    assert found["Sept. 21"] == "2029-09-21"
    assert found["Dec. 3"] == "2031-12-03"
