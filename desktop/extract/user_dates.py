"""Dates as an analyst types them ("9 Jan 2025", "January 2025", "2025-W02", "9-12 Jan 2025").

TIMEX3-style values are read directly; anything else is handed to dateparser (English), which
parses a string the analyst chose, never discovers dates in running text.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from desktop.domain import DateRange, Precision

_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$", re.I)
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$", re.I)
_DECADE = re.compile(r"^(\d{3})(?:0s)?$")
_RANGE = re.compile(r"^\s*(.+?)\s*(?:/|\.\.|\s+to\s+|\s+[–—-]\s+)\s*(.+?)\s*$")
_DAY_SPAN = re.compile(r"^(\d{1,2})\s*[–—-]\s*(\d{1,2})\s+(.+)$")


class DateInputError(ValueError):
    """The text is not a date Factlane can place."""


def parse_user_date(text: str, *, today: date | None = None) -> DateRange:
    """The date range an analyst means by ``text``; raises DateInputError if there is none."""
    text = " ".join(text.split())
    if not text:
        raise DateInputError("no date given")
    exact = _read_value(text)
    if exact is not None:
        return exact
    span = _DAY_SPAN.match(text)
    if span:  # "9-12 Jan 2025"
        first = _natural(f"{span[1]} {span[3]}", today)
        last = _natural(f"{span[2]} {span[3]}", today)
        if first.earliest and last.latest and first.earliest <= last.latest:
            return _span(first, last)
    ranged = _RANGE.match(text)
    if ranged and not _ISO_DAY.match(text):
        first = _read_value(ranged[1]) or _natural(ranged[1], today)
        last = _read_value(ranged[2]) or _natural(ranged[2], today)
        if first.earliest and last.latest:
            if first.earliest > last.latest:
                raise DateInputError(f"{text!r} ends before it starts")
            return _span(first, last)
    return _natural(text, today)


_PRECISION_ORDER: list[Precision] = [
    "day", "week", "month", "quarter", "season", "year", "decade", "century",
]  # fmt: skip


def _span(first: DateRange, last: DateRange) -> DateRange:
    """From the start of ``first`` to the end of ``last``, as precise as the coarser end."""
    assert first.earliest is not None and last.latest is not None
    if first.earliest == last.latest:
        return DateRange(first.earliest.isoformat(), first.earliest, last.latest, "day")
    precision = max((first.precision or "day", last.precision or "day"), key=_PRECISION_ORDER.index)
    value = f"{first.earliest.isoformat()}/{last.latest.isoformat()}"
    return DateRange(value, first.earliest, last.latest, precision)


def _read_value(text: str) -> DateRange | None:
    """TIMEX3-style values typed as such."""
    try:
        if m := _ISO_DAY.match(text):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return DateRange(text, d, d, "day")
        if m := _ISO_MONTH.match(text):
            year, month = int(m[1]), int(m[2])
            days = calendar.monthrange(year, month)[1]
            return DateRange(text, date(year, month, 1), date(year, month, days), "month")
        if m := _YEAR.match(text):
            year = int(m[1])
            return DateRange(text, date(year, 1, 1), date(year, 12, 31), "year")
        if m := _WEEK.match(text):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            value = f"{m[1]}-W{int(m[2]):02d}"
            return DateRange(value, monday, monday + timedelta(days=6), "week")
        if m := _QUARTER.match(text):
            year, q = int(m[1]), int(m[2])
            first = date(year, 3 * q - 2, 1)
            end_month = 3 * q
            end = date(year, end_month, calendar.monthrange(year, end_month)[1])
            return DateRange(f"{year}-Q{q}", first, end, "quarter")
        if m := _DECADE.match(text):
            start = int(m[1]) * 10
            return DateRange(m[1], date(start, 1, 1), date(start + 9, 12, 31), "decade")
    except ValueError as exc:
        raise DateInputError(f"{text!r} is not a calendar date: {exc}") from exc
    return None


def _natural(text: str, today: date | None) -> DateRange:
    parsed = _dateparser_parse(text, (today or date.today()).isoformat())
    if parsed is None:
        raise DateInputError(f"{text!r} is not a date Factlane understands")
    day, period = parsed
    if period == "year":
        return DateRange(str(day.year), date(day.year, 1, 1), date(day.year, 12, 31), "year")
    if period == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return DateRange(
            f"{day.year:04d}-{day.month:02d}",
            date(day.year, day.month, 1),
            date(day.year, day.month, last),
            "month",
        )
    return DateRange(day.isoformat(), day, day, "day")


@lru_cache(maxsize=512)
def _dateparser_parse(text: str, today_iso: str) -> tuple[date, str] | None:
    # dateparser loads its language data on first use (about a second): only here, on demand.
    from datetime import datetime

    from dateparser.date import DateDataParser

    parser = DateDataParser(
        languages=["en"],
        settings={
            "PREFER_DATES_FROM": "past",
            "RELATIVE_BASE": datetime.fromisoformat(today_iso),
            "REQUIRE_PARTS": [],
        },
    )
    data = parser.get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), str(data.period or "day")
