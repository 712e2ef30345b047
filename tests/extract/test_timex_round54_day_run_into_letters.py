"""Round 54: a month's day run into letters is no date.

"A Long March 2C rocket carrying two communications satellites blasted off from the Taiyuan
launch center at 2:15 a.m. Beijing time Wednesday" (wire69) read "March 2" as a date, and the
clock time after it took that day. A day number glued to letters other than an ordinal's
("2C", "4B") names a model or a series, not a day; "March 2nd" stays a date.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes

PUB = date(2030, 10, 23)  # a Wednesday


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, PUB)]


def test_a_rocket_named_with_a_month_is_no_date():
    text = "A Long March 2C rocket lifted off from the Velm launch center at 2:15 a.m. Wednesday."
    assert _found(text) == [("2:15 a.m. Wednesday", "2030-10-23T02:15")]


def test_ordinal_days_stay_dates():
    found = dict(_found("The Orsa fair opened on March 2nd and closed on March 3rd."))
    assert found["March 2nd"] == "2030-03-02"
    assert found["March 3rd"] == "2030-03-03"
