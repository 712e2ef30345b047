"""How dates, ranges and figures read in the window: one place, so every panel says it alike."""

from __future__ import annotations

import calendar
import re
from datetime import date

from desktop.domain import DateRange, Figure, Precision
from desktop.domain.records import ArticleRecord

QUALIFIER_WORDS = {
    "exact": "",
    "approximate": "about ",
    "at_least": "at least ",
    "more_than": "more than ",
    "at_most": "at most ",
    "less_than": "less than ",
}

ORIGIN_WORDS = {
    "metadata": "from the page metadata",
    "text": "from the text",
    "user": "typed by you",
}


def number(x: float | None) -> str:
    if x is None:
        return "?"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def figure_value(fig: Figure) -> str:
    """ "more than 300", "about 30%", "10,000–12,000": the range as the analyst reads it."""
    unit = fig.unit or ""
    sep = "" if unit in ("%", "") else " "
    if fig.qualifier == "range" or (
        fig.low is not None and fig.high is not None and fig.low != fig.high
    ):
        return f"{number(fig.low)}–{number(fig.high)}{sep}{unit}"
    value = fig.low if fig.low is not None else fig.high
    return f"{QUALIFIER_WORDS.get(fig.qualifier, '')}{number(value)}{sep}{unit}"


def day(d: date | None) -> str:
    return d.isoformat() if d else ""


def long_day(d: date) -> str:
    return f"{d:%a} {d.day} {d:%b %Y}"


def date_range_text(dr: DateRange) -> str:
    """The date as the table shows it: the day or the ISO value at its own precision."""
    if dr.earliest is None or dr.latest is None:
        return dr.value or "undated"
    if dr.earliest == dr.latest:
        return dr.earliest.isoformat()
    return dr.value


def published_text(article: ArticleRecord) -> str:
    if article.published is None:
        return "no publication date"
    origin = ORIGIN_WORDS.get(article.published_origin or "", "")
    return f"{long_day(article.published)}" + (f" ({origin})" if origin else "")


_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
_YEAR = re.compile(r"^\s*(\d{4})\s*$")
_SPAN = re.compile(r"^\s*(\S+)\s*(?:\.\.|–|—|/| to )\s*(\S+)\s*$")


def parse_date_range(text: str) -> DateRange | None:
    """What the analyst types for a fact's date: 2025-01-12, 2024-12, 2024, or a..b."""
    span = _SPAN.match(text)
    if span:
        first, last = parse_date_range(span.group(1)), parse_date_range(span.group(2))
        if first is None or last is None or first.earliest is None or last.latest is None:
            return None
        if last.latest < first.earliest:
            return None
        value = f"{first.earliest.isoformat()}/{last.latest.isoformat()}"
        return DateRange(value, first.earliest, last.latest, _coarser(first, last))
    try:
        if m := _DAY.match(text):
            d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return DateRange(d.isoformat(), d, d, "day")
        if m := _MONTH.match(text):
            y, mo = int(m.group(1)), int(m.group(2))
            last_day = calendar.monthrange(y, mo)[1]
            return DateRange(f"{y:04d}-{mo:02d}", date(y, mo, 1), date(y, mo, last_day), "month")
        if m := _YEAR.match(text):
            y = int(m.group(1))
            return DateRange(f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year")
    except ValueError:
        return None
    return None


def parse_day(text: str) -> date | None:
    m = _DAY.match(text)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _coarser(a: DateRange, b: DateRange) -> Precision | None:
    order: list[Precision] = ["day", "week", "month", "quarter", "season", "year"]
    pa = a.precision if a.precision in order else "day"
    pb = b.precision if b.precision in order else "day"
    return pa if order.index(pa) >= order.index(pb) else pb
