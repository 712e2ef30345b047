"""A figure's as-of as a span of days: the one place that says it in words and that knows
where the span starts. Plain Python (no Qt), so the comparison's pair reasons and the UI's
views say an as-of the same way.

A figure is stored as of one day with the precision its text told it
(``Figure.as_of_precision``): "in 1962" is stored as 31 Dec 1962, "in July 2029" as 31 Jul
2029, "last week" as the week's last day (or the day it was told, for a week not over then).
The stored day is the span's end; ``span_start`` gives its first day.
"""

from __future__ import annotations

from datetime import date

from desktop.extract._timex_calendar import MONTH_NAMES

#: month names as the calendar of the time engine spells them, and their short forms
_FULL_MONTHS = MONTH_NAMES
_MONTHS = tuple(name[:3] for name in MONTH_NAMES)
#: the (northern) season each month lies in, January first
_SEASONS = ("winter",) * 2 + ("spring",) * 3 + ("summer",) * 3 + ("autumn",) * 3 + ("winter",)


def span_start(day: date, precision: str | None) -> date:
    """The first day of the span a figure's as-of names: 1 Jan 1962 for "1962", 1 Jul 2029
    for "July 2029", the Monday of a week, the first day of a quarter, a season (winter from
    December), a decade or a century ("the 20th century" from 1900, as it is said). A day, or
    a figure stored with no precision, starts on its own day."""
    if precision == "week":
        return date.fromordinal(day.toordinal() - day.weekday())
    if precision == "month":
        return day.replace(day=1)
    if precision == "quarter":
        return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    if precision == "season":
        if day.month <= 2:
            return date(day.year - 1, 12, 1)
        return date(day.year, day.month // 3 * 3, 1)
    if precision == "year":
        return date(day.year, 1, 1)
    if precision == "decade":
        return date(day.year // 10 * 10 or 1, 1, 1)
    if precision == "century":
        return date(day.year // 100 * 100 or 1, 1, 1)
    return day


def span_end(day: date, precision: str | None) -> date:
    """The last day of the span a figure's as-of names: 31 Dec 1962 for "1962", the Sunday of
    a week, the last day of a month, quarter, season, decade or century; a day its own."""
    if precision == "week":
        return date.fromordinal(span_start(day, "week").toordinal() + 6)
    if precision in ("month", "quarter", "season"):
        months = 1 if precision == "month" else 3
        start = span_start(day, precision)
        month = start.month - 1 + months
        following = date(start.year + month // 12, month % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1)
    if precision == "year":
        return date(day.year, 12, 31)
    if precision == "decade":
        return date(min(day.year // 10 * 10 + 9, 9999), 12, 31)
    if precision == "century":
        return date(min(day.year // 100 * 100 + 99, 9999), 12, 31)
    return day


def known_from(day: date, precision: str | None) -> date:
    """The first day a figure stored as of ``day`` may be as of. A span over when it was told
    ("in 1962", "last month", "in May" told in June) may be any of its days, so from its first;
    a span still running when told ("so far this year", "this month"), stored as of the day of
    its telling, is a count or a reading up to that day, so as of that day alone."""
    if day == span_end(day, precision):
        return span_start(day, precision)
    return day


def day_words(day: date, *, iso: bool = False) -> str:
    """One day as an analyst reads it: "13 Jan 2025", or "2025-01-13" in the ISO style."""
    return day.isoformat() if iso else f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def as_of_words(
    day: date,
    precision: str | None,
    *,
    iso: bool = False,
    short: bool = False,
    weekday: bool = False,
) -> str:
    """A figure's as-of as finely as its text told it: "1962" (not "31 Dec 1962", the day it
    is stored as), "March 2024" (2024-03 in the ISO style), "Q3 2032", "summer 1998", "the
    1990s", "the 20th century", a week as its days ("6–12 Jan 2025", 2025-W02; a week over two
    months or years names both). A day, or a figure stored with no precision, as ``day_words``,
    with its weekday ("Thu 9 Jan 2025") when ``weekday``. ``short`` where a line has no room to
    spare: a month "Mar 2024", a week by its last day as a day is."""
    if precision == "year":
        return str(day.year)
    if precision == "month":
        if iso:
            return f"{day.year:04d}-{day.month:02d}"
        names = _MONTHS if short else _FULL_MONTHS
        return f"{names[day.month - 1]} {day.year}"
    if precision == "quarter":
        quarter = (day.month - 1) // 3 + 1
        return f"{day.year}-Q{quarter}" if iso else f"Q{quarter} {day.year}"
    if precision == "season":
        # the season a day lies in (the northern year's): the one the text named ended then
        return f"{_SEASONS[day.month - 1]} {day.year - (day.month <= 2)}"
    if precision == "week" and not short:
        # from the week's Monday to its end, or to the report for a week not over when told
        first = span_start(day, "week")
        if iso:
            year, week, _ = day.isocalendar()
            return f"{year}-W{week:02d}"
        if first == day:
            return day_words(day)
        if first.year != day.year:
            return f"{day_words(first)}–{day_words(day)}"
        if first.month != day.month:
            return f"{first.day} {_MONTHS[first.month - 1]}–{day_words(day)}"
        return f"{first.day}–{day_words(day)}"
    if precision == "decade":
        return f"the {day.year // 10 * 10}s"
    if precision == "century":
        n = day.year // 100 + 1
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"the {n}{suffix} century"
    shown = day_words(day, iso=iso)
    if weekday and not iso:
        shown = f"{day:%a} {shown}"
    return shown
