"""Round 51: a time reckoned past the calendar's ends gets no value, and says why.

A publication date of 1 January 1 or 31 December 9999 (a typo in a feed, a placeholder) put
"last month" at 0001-12 and "next year" at 9999, and "next week" on 31 December 9999 raised
OverflowError out of find_timexes. Now such an expression is kept, unresolved, with an
explanation; the ones that do fit the calendar are resolved as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop.extract._timex_calendar import OffCalendar, shift, value_range
from desktop.extract.timex import find_timexes

FIRST = date(1, 1, 1)
LAST = date(9999, 12, 31)


def _one(text: str, published: date):
    found = find_timexes(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Prices rose last month.", FIRST, "XXXX-XX"),
        ("It opened last year.", FIRST, "XXXX"),
        ("He left yesterday.", FIRST, "XXXX-XX-XX"),
        ("Sales fell last week.", FIRST, "XXXX-WXX"),
        ("Output fell last quarter.", FIRST, "XXXX-QX"),
        ("Talks resume next year.", LAST, "XXXX"),
        ("It ends next month.", LAST, "XXXX-XX"),
        ("They meet tomorrow.", LAST, "XXXX-XX-XX"),
        ("The vote is next week.", LAST, "XXXX-WXX"),
        ("It may come in the next century.", LAST, "XX"),
    ],
)
def test_a_unit_past_the_calendar_is_unresolved_with_a_reason(text, published, value):
    t = _one(text, published)
    assert t.value == value
    assert t.date is None
    assert "off the calendar" in (t.explanation or "")


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Talks resume next year.", FIRST, "0002"),
        ("They meet tomorrow.", FIRST, "0001-01-02"),
        ("Prices rose last month.", LAST, "9999-11"),
        ("He left yesterday.", LAST, "9999-12-30"),
        ("It opened last year.", LAST, "9998"),
    ],
)
def test_the_side_that_fits_the_calendar_still_resolves(text, published, value):
    assert _one(text, published).value == value


def test_this_week_at_the_calendar_end_covers_its_days_up_to_that_end():
    t = _one("The vote is this week.", LAST)
    assert t.value == "9999-W52"
    assert t.date is not None
    assert (t.date.earliest, t.date.latest) == (date(9999, 12, 27), LAST)


def test_the_last_quarter_of_9999_ends_on_its_last_day():
    span = value_range("9999-Q4")
    assert span is not None
    assert (span.earliest, span.latest) == (date(9999, 10, 1), LAST)
    assert value_range("9999-W52-WE") is None


def test_a_year_after_the_last_quarter_is_no_year_9999():
    found = find_timexes("The fourth quarter was strong. A year later it fell.", LAST)
    assert [t.value for t in found] == ["9999-Q4", "XXXX"]


def test_shift_raises_rather_than_clamping():
    with pytest.raises(OffCalendar):
        shift(FIRST, "month", -1)
    with pytest.raises(OffCalendar):
        shift(LAST, "day", 1)
    assert shift(date(2024, 1, 31), "month", 1) == date(2024, 2, 29)
