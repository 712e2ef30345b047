"""Facts, round 28: "the same period last year" after "the first seven months of this year" is
those seven months a year back; a dateline under a one-line headline sets the day "today"
counts from; and a year named by its number with the day it began or ends on right after it
("fiscal 1999, which began Oct. 1") runs twelve months from or to that day.

Every example is written for these tests; none is taken from a benchmark set.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.facts import find_facts
from desktop.extract.timex import find_timexes


def ranges(text: str, published: date) -> dict[str, tuple[str | None, str | None]]:
    timexes = find_timexes(text, published)
    out = {}
    for f in find_facts(text, timexes, published):
        first, last = f.date.earliest, f.date.latest
        out[timexes[f.timex].text] = (
            first.isoformat() if first else None,
            last.isoformat() if last else None,
        )
    return out


def test_the_same_period_last_year_is_the_first_months_a_year_back() -> None:
    text = (
        "Exports from the port rose 6 percent in the first five months of this year over the "
        "same period last year, officials said."
    )
    found = ranges(text, date(1999, 6, 20))
    assert found["the first five months"] == ("1999-01-01", "1999-05-31")
    assert found["the same period last year"] == ("1998-01-01", "1998-05-31")


def test_a_year_earlier_after_no_stretch_is_still_the_year() -> None:
    found = ranges("Exports rose 6 percent over the same period last year.", date(1999, 6, 20))
    assert found["the same period last year"] == ("1998-01-01", "1998-12-31")


def test_a_dateline_under_a_headline_sets_today() -> None:
    text = (
        "Harbour traffic climbs\n\nTIANJIN, May 11 (Xinhua) -- The port handled 4 million tons "
        "of cargo last month, the port authority said today."
    )
    found = ranges(text, date(1999, 5, 12))
    assert found["today"] == ("1999-05-11", "1999-05-11")
    assert found["last month"] == ("1999-04-01", "1999-04-30")
    # a headline of two lines is no headline over a dateline: publication is the anchor
    text = "Harbour\ntraffic climbs\n\nTIANJIN, May 11 (Xinhua) -- The port said today it grew."
    assert ranges(text, date(1999, 5, 12))["today"] == ("1999-05-12", "1999-05-12")


def test_a_year_named_with_the_day_it_began_runs_twelve_months_from_it() -> None:
    found = ranges("The budget for fiscal 1999, which began Oct. 1, was passed.", date(1999, 2, 3))
    assert found["fiscal 1999"] == ("1998-10-01", "1999-09-30")
    text = "Growers will plant less in the 1999-2000 crop year, which starts Aug. 1."
    found = ranges(text, date(1999, 7, 9))
    assert found["the 1999-2000 crop year"] == ("1999-08-01", "2000-07-31")
    text = "The 2024-25 season, which ended on 31 May, was the wettest on record."
    found = ranges(text, date(2025, 6, 10))
    assert found["The 2024-25 season"] == ("2024-06-01", "2025-05-31")


def test_a_year_with_no_bound_after_it_keeps_its_calendar() -> None:
    found = ranges("The budget for fiscal 1999 was passed on Oct. 1.", date(1999, 2, 3))
    assert found["fiscal 1999"] == ("1999-01-01", "1999-12-31")
