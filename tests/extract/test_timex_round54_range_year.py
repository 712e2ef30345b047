"""Round 54: the first day of a range takes the year written or named at the range's end.

"The rains that fell from Oct. 26 to Nov. 1 last year" (wire57) and "last year's campaign,
which ran from 1 December to 1 January 2020" (wire93) gave the first day the year of
publication: the year at the end of a range was read for a run of months ("from March to June
1997") and for "May 3-9, 1997", not for two full days. Now a day without a year right before
"to/through/until/and/-" and a day with a year (or "last/this/next year") takes that year, the
one before when the range runs over New Year. Two days in separate clauses keep their own.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes

PUB = date(2031, 10, 14)


def _values(text: str, published: date = PUB) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, published)]


def test_a_range_of_days_with_its_year_at_the_end():
    text = "The Koravi survey, conducted Aug. 3 to Aug. 7, 2027, found support falling."
    assert _values(text)[0] == ("Aug. 3", "2027-08-03")
    text = "Talks in Velmora ran between May 3 and June 9, 2026, without a deal."
    assert _values(text)[0] == ("May 3", "2026-05-03")
    text = "The Tessaly fair ran from 3 May to 9 May 2025."
    assert _values(text)[0] == ("3 May", "2025-05-03")


def test_a_range_ended_by_last_or_next_year():
    text = "The floods that hit Ostrin from Oct. 26 to Nov. 1 last year destroyed 7,000 homes."
    assert _values(text)[0] == ("Oct. 26", "2030-10-26")
    text = "The Harlow retrospective runs from Nov. 20 to Dec. 4 next year."
    assert _values(text)[0] == ("Nov. 20", "2032-11-20")


def test_a_range_over_new_year_starts_the_year_before():
    text = "The Dunmere plant was shut from Dec. 28 to Jan. 3, 2029, for repairs."
    assert _values(text)[0] == ("Dec. 28", "2028-12-28")


def test_days_in_separate_clauses_keep_their_own_years():
    text = "Mara Quell was elected on May 3 and resigned on June 9, 2027."
    assert _values(text)[0] == ("May 3", "2031-05-03")
