"""The year of a dateline that gives only a month and a day ("OSLO, June 2 (Nordic Wire) -").

Wire copy is often dated that way: the year goes without saying on the day it is sent. Left
undated, the article loses every relative date in it ("on Tuesday", "last week"), so the year
is inferred, and said to be inferred:

* the lead names the weekday of its news ("said on Tuesday"): a wire's dateline is the day it
  files, so the year is one in which that month and day fell on that weekday; of those, the
  latest not after the reference day (the file's modification date, else the import date),
  and not before the latest year the text itself names (a story citing 1998 is not from 1993);
* no weekday: the reference day's year, when the month and day fall within the four months
  before it (a file saved in November of a story dated "Oct. 12"); otherwise no year at all.

The date is a guess from the text: its origin is "text", the explanation says how it was
reached, and a date found anywhere else (metadata or a printed full date) always wins.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta

from desktop.domain import DateCandidate, RawArticle
from desktop.ingest import dates

#: How far back from the reference day a month and day with no weekday is taken to lie.
RECENT_WINDOW = timedelta(days=122)

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAY_NAMES) + r")\b")
_YEAR = re.compile(r"(?<![\d.,/-])((?:19|20)\d\d)(?![\d/-]|,\d)")
#: The datelines are looked for in this many kept paragraphs from the top.
_LEAD_PARAGRAPHS = 3
#: A year further back than this from the reference day is no longer a useful guess.
_MAX_YEARS_BACK = 40


def date_undated_wire_copy(
    article: RawArticle,
    reference: date,
    reference_name: str,
    *,
    within: timedelta | None = None,
) -> None:
    """Date ``article`` from a dateline without a year, when nothing else dates it.

    ``reference`` is the latest day the story can be from (the file's modification date or the
    day of the import) and ``reference_name`` says which, for the explanation. With ``within``,
    the reference is a day the story was seen on (a date in the file's name): a year that puts
    the dateline further before it than that is no answer, and the article stays undated.
    """
    if article.published is not None or article.date_candidates:
        return
    found = _partial_dateline(article)
    if found is None:
        return
    month, day, quoted, lead = found
    floor = _latest_year_named(article.text, reference)
    weekday = _lead_weekday(lead)
    when = f"{date(2000, month, day):%B} {day}"
    if weekday is not None:
        guess = _year_of_weekday(month, day, _WEEKDAY_NAMES.index(weekday), reference, floor)
        if guess is None:
            return
        why = (
            f'dateline "{quoted}" gives no year: {guess.year} is the latest year, not after '
            f"{reference_name} ({reference:%d %B %Y}), in which {when} fell on a {weekday}, "
            f"the day the lead names"
        )
    else:
        guess = _recent_year(month, day, reference)
        if guess is None or (floor is not None and guess.year < floor):
            return
        why = (
            f'dateline "{quoted}" gives no year: {guess.year} because {when} is within the '
            f"four months before {reference_name} ({reference:%d %B %Y})"
        )
    if within is not None and reference - guess > within:
        return
    if floor is not None:
        why += f", and not before {floor}, the latest year the text names"
    article.date_candidates.append(DateCandidate(guess, "text", why))
    article.published = guess
    article.published_origin = "text"
    article.field_origins["published"] = why
    # The reader's note that the dateline could not date the article, and that no date was
    # found, no longer hold; the analyst is told the year is a guess instead.
    article.warnings[:] = [
        w
        for w in article.warnings
        if not w.startswith("no publication date found") and "but no year" not in w
    ]
    article.warnings.append(
        f"the publication year was inferred ({guess.isoformat()}): {why}; check it and correct "
        "it if the story is from another year"
    )


def with_undated_wire_copy_dated(
    article: RawArticle, reference: date, reference_name: str
) -> RawArticle:
    """A copy of ``article`` dated as ``date_undated_wire_copy`` dates it."""
    copy = dataclasses.replace(
        article,
        date_candidates=list(article.date_candidates),
        field_origins=dict(article.field_origins),
        warnings=list(article.warnings),
    )
    date_undated_wire_copy(copy, reference, reference_name)
    return copy


def _partial_dateline(article: RawArticle) -> tuple[int, int, str, str] | None:
    """The month and day of the first dateline without a year, the dateline as printed and
    the lead paragraph it opens (the paragraph below, for a dateline on a line of its own)."""
    kept = [b.text for b in article.blocks if b.kept][: _LEAD_PARAGRAPHS + 1]
    for i, text in enumerate(kept[:_LEAD_PARAGRAPHS]):
        wire = dates.wire_dateline(text)
        if wire is None:
            continue
        if wire.dates or not wire.partial:
            return None  # a full date (used already) or a place alone: nothing to infer
        month, day = wire.partial[0]
        quoted = re.split(r"\s(?:—|–|--|-|_)(?:\s|$)", text[:120])[0].strip()
        lead = kept[i + 1] if wire.standalone and i + 1 < len(kept) else text
        return month, day, quoted, lead
    return None


def _lead_weekday(lead: str) -> str | None:
    """The weekday the lead's first sentence names ("said on Tuesday"), if it names one."""
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", lead, maxsplit=1)[0]
    m = _WEEKDAY.search(first)
    return m.group(1) if m else None


def _latest_year_named(text: str, reference: date) -> int | None:
    """The latest year the text names that is not after the reference day's year: the story
    cannot be older than a year it speaks of as past."""
    years = [int(y) for y in _YEAR.findall(text) if int(y) <= reference.year]
    return max(years) if years else None


def _year_of_weekday(
    month: int, day: int, weekday: int, reference: date, floor: int | None
) -> date | None:
    # A story filed late on the reference day in a time zone ahead of it is still that day.
    latest = reference + timedelta(days=1)
    lowest = max(floor or 0, reference.year - _MAX_YEARS_BACK)
    for year in range(reference.year, lowest - 1, -1):
        try:
            day_then = date(year, month, day)
        except ValueError:
            continue  # 29 February in a common year
        if day_then <= latest and day_then.weekday() == weekday:
            return day_then
    return None


def _recent_year(month: int, day: int, reference: date) -> date | None:
    for year in (reference.year, reference.year - 1):
        try:
            day_then = date(year, month, day)
        except ValueError:
            continue
        if day_then <= reference + timedelta(days=1):
            return day_then if reference - day_then <= RECENT_WINDOW else None
    return None
