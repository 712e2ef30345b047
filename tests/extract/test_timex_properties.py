"""Properties of the time-expression engine that must hold on any text (hypothesis)."""

from __future__ import annotations

import time
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import Extraction
from desktop.extract.facts import find_facts
from desktop.extract.timex import find_timexes

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
VERBS = ["said", "will meet", "met", "is expected to vote", "announced", "arrives", "resigned"]
PREFIXES = ["", "last ", "next ", "this ", "this past ", "this coming ", "on "]
SUFFIXES = ["", " night", " morning", " afternoon"]
WORDS = [
    "the",
    "army",
    "said",
    "Thursday",
    "last",
    "week",
    "in",
    "May",
    "2024",
    "for",
    "months",
    "U.S.",
    "Jan.",
    "9",
    ",",
    ".",
    "—",
    "about",
    "30%",
    "three",
    "years",
    "ago",
    "next",
    "quarter",
    "Sunday",
    "of",
    "tonight",
    "1990s",
    "every",
    "day",
    "early",
    "\n",
    "“",
    "”",
    "p.m.",
    "a",
    "the 25th",
    "on",
    "14:00",
    "GMT",
    "0600",
    "hours",
    "20.01.2025",
    "13/01/2025",
    "late",
    "the early hours of",
    "third",
]


def extract(text: str, published: date | None) -> Extraction:
    """Time expressions and facts: the part of extraction these properties are about."""
    timexes = find_timexes(text, published)
    return Extraction(timexes=timexes, facts=find_facts(text, timexes, published))


publication_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


@settings(max_examples=150, deadline=None)
@given(
    published=publication_dates,
    verb=st.sampled_from(VERBS),
    prefix=st.sampled_from(PREFIXES),
    weekday=st.sampled_from(WEEKDAYS),
    suffix=st.sampled_from(SUFFIXES),
)
def test_named_weekday_is_the_weekday_of_the_resolved_date(
    published: date, verb: str, prefix: str, weekday: str, suffix: str
) -> None:
    text = f"The minister {verb} {prefix}{weekday}{suffix} in the capital."
    found = [t for t in find_timexes(text, published) if weekday in t.text]
    assert found, text
    t = found[0]
    assert t.date is not None and t.date.earliest is not None
    assert t.date.earliest == t.date.latest
    assert WEEKDAYS[t.date.earliest.weekday()] == weekday, (text, published, t.value)


def _check_offsets(text: str, published: date | None) -> None:
    result = extract(text, published)
    for t in result.timexes:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
    previous_end = 0
    for t in result.timexes:
        assert t.start >= previous_end
        previous_end = t.end
    for f in result.facts:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
        assert 0 <= f.timex < len(result.timexes)
        timex = result.timexes[f.timex]
        assert f.start <= timex.start and timex.end <= f.end


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=400), published=st.none() | publication_dates)
def test_offsets_lie_inside_any_text(text: str, published: date | None) -> None:
    _check_offsets(text, published)


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), max_size=80), published=st.none() | publication_dates)
def test_offsets_lie_inside_time_heavy_text(words: list[str], published: date | None) -> None:
    _check_offsets(" ".join(words), published)


@settings(max_examples=20, deadline=None)
@given(
    words=st.lists(st.sampled_from(WORDS), min_size=2000, max_size=2000),
    published=st.none() | publication_dates,
)
def test_ten_thousand_characters_take_under_a_second(
    words: list[str], published: date | None
) -> None:
    text = " ".join(words)
    while len(text) < 10_000:
        text += " " + text
    text = text[:10_000]
    # CPU time of this process: on a shared machine other work stretches the wall clock
    started = time.process_time()
    extract(text, published)
    assert time.process_time() - started < 1.0


@settings(max_examples=10, deadline=None)
@given(piece=st.text(min_size=1, max_size=1000))
def test_random_ten_thousand_characters_take_under_a_second(piece: str) -> None:
    text = (piece * (10_000 // len(piece) + 1))[:10_000]
    started = time.process_time()
    extract(text, date(2025, 1, 13))
    assert time.process_time() - started < 1.0


@settings(max_examples=150, deadline=None)
@given(
    published=publication_dates,
    verb=st.sampled_from(VERBS),
    weekday=st.sampled_from(WEEKDAYS),
    day=st.integers(min_value=1, max_value=31),
)
def test_a_weekday_named_with_a_day_of_the_month_is_that_weekday(
    published: date, verb: str, weekday: str, day: int
) -> None:
    suffix = "th" if 10 <= day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    text = f"The minister {verb} on {weekday}, the {day}{suffix}, in the capital."
    (t,) = [t for t in find_timexes(text, published) if weekday in t.text]
    assert t.date is not None and t.date.earliest is not None
    assert WEEKDAYS[t.date.earliest.weekday()] == weekday, (text, published, t.value)
    assert t.date.earliest.day == day, (text, published, t.value)


@settings(max_examples=150, deadline=None)
@given(day=st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)), pad=st.booleans())
def test_a_dotted_date_is_the_day_it_writes(day: date, pad: bool) -> None:
    written = (
        f"{day.day:02d}.{day.month:02d}.{day.year}" if pad else f"{day.day}.{day.month}.{day.year}"
    )
    (t,) = find_timexes(f"The decree is dated {written}.", None)
    assert (t.text, t.value, t.needs_anchor) == (written, day.isoformat(), False)
