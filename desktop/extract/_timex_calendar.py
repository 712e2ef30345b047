"""Calendar arithmetic for time expressions: granularities, shifting, TIMEX3 values and ranges.

One place turns a TIMEX3 value (``2025-01-09``, ``2025-W02``, ``2024-SU``, ``199``) into a
DateRange with inclusive earliest/latest days, so timexes and facts agree on what a value covers.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Literal

from desktop.domain import DateRange, Precision

Granularity = Literal[
    "day", "week", "weekend", "month", "quarter", "half", "season", "year", "decade", "century"
]
Mod = Literal["START", "MID", "END", ""]

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
SEASON_CODES = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
#: first month of each season; winter starts in December of the value's year
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

UNRESOLVED: dict[Granularity, str] = {
    "day": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "weekend": "XXXX-WXX-WE",
    "month": "XXXX-XX",
    "quarter": "XXXX-QX",
    "half": "XXXX-HX",
    "season": "XXXX-XX",
    "year": "XXXX",
    "decade": "XXX",
    "century": "XX",
}


def add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    year = max(1, min(9999, year))
    day = min(d.day, calendar.monthrange(year, month + 1)[1])
    return date(year, month + 1, day)


class OffCalendar(OverflowError):
    """A unit reckoned from a day lies before 1 January 1 or after 31 December 9999, where
    no date can be written: the expression gets no value rather than a wrong one."""

    def __init__(self, d: date, gran: Granularity, n: int) -> None:
        unit = "week" if gran == "weekend" else gran
        side = "after" if n > 0 else "before"
        count = f"{abs(n)} {unit}s" if abs(n) != 1 else f"the {unit}"
        super().__init__(
            f"{count} {side} {human_day(d)} would lie off the calendar (before 1 Jan 1 or "
            "after 31 Dec 9999), so it is given no value"
        )
        self.gran = gran


_MONTHS_PER = {"month": 1, "quarter": 3, "half": 6, "year": 12, "season": 12, "decade": 120}


def shift(d: date, gran: Granularity, n: int) -> date:
    """``d`` moved by ``n`` units of ``gran`` (a season moves by a year, like TIMEX3 does).
    Raises OffCalendar when that lies past the calendar's ends: "last month" told on 1 January
    of the year 1 is no December of that year, "next year" told in 9999 no 9999."""
    if n == 0:
        return d
    if gran in ("day", "week", "weekend"):
        try:
            return d + timedelta(days=n if gran == "day" else 7 * n)
        except OverflowError:
            raise OffCalendar(d, gran, n) from None
    months = _MONTHS_PER.get(gran, 1200) * n
    if not 1 <= (d.year * 12 + d.month - 1 + months) // 12 <= 9999:
        raise OffCalendar(d, gran, n)
    return add_months(d, months)


def fmt(d: date, gran: Granularity) -> str:
    """The TIMEX3 value of the unit of ``gran`` that contains ``d``."""
    if gran == "day":
        return d.isoformat()
    if gran in ("week", "weekend"):
        iso_year, week, _ = d.isocalendar()
        return f"{iso_year:04d}-W{week:02d}" + ("-WE" if gran == "weekend" else "")
    if gran == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if gran == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if gran == "half":
        return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
    if gran == "season":
        code, year = season_of(d)
        return f"{year:04d}-{code}"
    if gran == "year":
        return f"{d.year:04d}"
    if gran == "decade":
        return f"{d.year // 10:03d}"
    return f"{d.year // 100:02d}"


def season_of(d: date) -> tuple[str, int]:
    if d.month in (3, 4, 5):
        return "SP", d.year
    if d.month in (6, 7, 8):
        return "SU", d.year
    if d.month in (9, 10, 11):
        return "FA", d.year
    return "WI", d.year if d.month == 12 else d.year - 1


def season_start(code: str, year: int) -> date:
    return date(year, _SEASON_START[code], 1)


def human_day(d: date) -> str:
    return f"{WEEKDAY_NAMES[d.weekday()][:3]} {d.day} {MONTH_NAMES[d.month - 1][:3]} {d.year}"


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEARS = re.compile(r"^(\d{2,4})$")


def value_range(value: str, published: date | None = None, mod: Mod = "") -> DateRange | None:
    """The days a TIMEX3 value covers, or None when it names no calendar stretch."""
    span = _bounds(value, published)
    if span is None:
        return None
    earliest, latest, precision = span
    if mod and earliest is not None and latest is not None and earliest != latest:
        earliest, latest = _narrow(earliest, latest, mod)
    return DateRange(value, earliest, latest, precision)


def _bounds(
    value: str, published: date | None
) -> tuple[date | None, date | None, Precision | None] | None:
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d, "day"
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if monday >= date(9999, 12, 27):
                # the last week of 9999 runs past the calendar's end: its days up to that end
                # (its weekend lies wholly past it)
                return None if m[3] else (monday, date.max, "week")
            if m[3]:
                return monday + timedelta(days=5), monday + timedelta(days=6), "week"
            return monday, monday + timedelta(days=6), "week"
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            return (
                date(year, month, 1),
                date(year, month, calendar.monthrange(year, month)[1]),
                "month",
            )
        if m := _QUARTER.match(value):
            first = date(int(m[1]), 3 * int(m[2]) - 2, 1)
            return first, _last_of(first, 3), "quarter"
        if m := _HALF.match(value):
            first = date(int(m[1]), 6 * int(m[2]) - 5, 1)
            return first, _last_of(first, 6), "quarter"
        if m := _SEASON.match(value):
            first = season_start(m[2], int(m[1]))
            return first, _last_of(first, 3), "season"
        if m := _YEARS.match(value):
            digits = m[1]
            scale = 10 ** (4 - len(digits))
            first_year = max(1, int(digits) * scale)
            last_year = min(9999, int(digits) * scale + scale - 1)
            scales: dict[int, Precision] = {1: "year", 10: "decade", 100: "century"}
            precision = scales[scale]
            return date(first_year, 1, 1), date(last_year, 12, 31), precision
    except ValueError:
        return None
    if value == "PRESENT_REF" and published is not None:
        return published, published, "day"
    if value == "PAST_REF" and published is not None:
        return None, published, None
    if value == "FUTURE_REF" and published is not None:
        return published, None, None
    return None


def _last_of(first: date, months: int) -> date:
    """The last day of the ``months`` months from ``first`` on (the calendar's last day for
    a stretch that would run past 9999: 9999-Q4 ends on 31 December 9999)."""
    index = first.year * 12 + first.month - 1 + months - 1
    year, month = divmod(index, 12)
    if year > 9999:
        return date.max
    return date(year, month + 1, calendar.monthrange(year, month + 1)[1])


def _narrow(earliest: date, latest: date, mod: Mod) -> tuple[date, date]:
    """Early/mid/late: the first, middle or last third of the stretch."""
    days = (latest - earliest).days + 1
    third = max(1, days // 3)
    if mod == "START":
        return earliest, earliest + timedelta(days=third - 1)
    if mod == "END":
        return latest - timedelta(days=third - 1), latest
    middle = earliest + timedelta(days=third)
    return middle, min(latest, middle + timedelta(days=third - 1))
