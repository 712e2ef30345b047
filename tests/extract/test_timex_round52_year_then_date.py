"""Round 52: 'next/last year' right before a month or a day holds it.

"The festival will return next year in June" and "Talks will resume next year on March 3",
written in March, read this year's June and March 3: the future verb picks the next one after
publication, but the year named right before the date says which. "last year in May" already
read back by its verb and keeps it.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes


def _values(text: str, published: date) -> list[str]:
    return [t.value for t in find_timexes(text, published)]


def test_next_year_in_a_month():
    text = "The Brask folk festival will return next year in June."
    assert _values(text, date(2024, 3, 2)) == ["2025", "2025-06"]


def test_next_year_on_a_day():
    text = "Talks between Orlen and Veska will resume next year on March 3."
    assert _values(text, date(2024, 3, 2)) == ["2025", "2025-03-03"]


def test_last_year_in_a_month_stays_back():
    text = "The Brask plant opened last year in May."
    assert _values(text, date(2024, 3, 2)) == ["2023", "2023-05"]
