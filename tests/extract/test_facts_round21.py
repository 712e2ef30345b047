"""Facts, round 21: one long sentence holding many times (a list of years, a run of weekdays or
clock times) no longer costs n*k: a time's clause is looked for among the times nearest it;
a length after a saying in the perfect ("has promised", "has confirmed") whose own verb is in
the future ("will go in the first two years") runs ahead of the report, not back from it.

Every example is written for these tests; none is taken from a benchmark set.
"""

from __future__ import annotations

import random
import time
from datetime import date

import pytest

from desktop.domain import Fact, TimeExpression
from desktop.extract.facts import find_facts
from desktop.extract.sentences import clause_around
from desktop.extract.timex import find_timexes

PUBLISHED = date(2026, 3, 11)  # a Wednesday


def facts_of(text: str, published: date = PUBLISHED) -> list[tuple[TimeExpression, Fact]]:
    timexes = find_timexes(text, published)
    return [(timexes[f.timex], f) for f in find_facts(text, timexes, published)]


def facts_for(text: str, words: str) -> list[Fact]:
    return [f for t, f in facts_of(text) if t.text == words]


# --- speed: many times in one sentence ---------------------------------------------------

_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _weekdays(n: int) -> str:
    r = random.Random(21)
    return "The ferry sails on " + ", ".join(r.choice(_DAYS) for _ in range(n)) + "."


def _clock_times(n: int) -> str:
    r = random.Random(21)
    times = [
        f"{r.randrange(1, 12)}:{r.randrange(0, 60):02d} " + r.choice(["a.m.", "p.m.", "GMT", "BST"])
        for _ in range(n)
    ]
    return "Trains left at " + " ".join(times) + "."


def _numbers(n: int) -> str:
    return "Officials said " + " and ".join(str(i) for i in range(n)) + " soldiers were killed."


def _years(n: int) -> str:
    r = random.Random(21)
    years = " and ".join(str(r.randrange(1900, 2025)) for _ in range(n))
    return "The river burst its banks in " + years + " and flooded the town."


def _facts_cpu(text: str) -> float:
    timexes = find_timexes(text, PUBLISHED)
    best = float("inf")
    for _ in range(2):
        began = time.process_time()
        find_facts(text, timexes, PUBLISHED)
        best = min(best, time.process_time() - began)
    return best


@pytest.mark.parametrize(
    ("build", "n"),
    [
        (_weekdays, 600),
        (_weekdays, 1200),
        (_clock_times, 800),
        (_clock_times, 1600),
        (_numbers, 3000),
        (_numbers, 6000),
        (_years, 250),
        (_years, 500),
    ],
)
def test_many_times_in_one_sentence_cost_under_a_second_per_10000_characters(build, n):
    text = build(n)
    timexes = find_timexes(text, PUBLISHED)
    assert len(timexes) > 100  # the input is what it says: a sentence of many times
    seconds = _facts_cpu(text)
    assert seconds * 10_000 / len(text) < 1.0, (len(text), seconds)


def test_a_time_in_a_long_list_keeps_the_clause_the_whole_sentence_gives():
    years = ", ".join(str(y) for y in range(1950, 2020, 3))
    text = f"The river burst its banks in {years}, and the council built a flood wall in 2024."
    timexes = find_timexes(text, PUBLISHED)
    assert len(timexes) > 20
    last = next(i for i, t in enumerate(timexes) if t.text == "2024")
    fact = next(f for f in find_facts(text, timexes, PUBLISHED) if f.timex == last)
    others = [(t.start, t.end) for t in timexes]
    whole = clause_around(text, (0, len(text)), timexes[last].start, timexes[last].end, others)
    assert (fact.start, fact.end) == whole
    assert fact.text.rstrip(".") == "the council built a flood wall in 2024"


def test_a_sentence_of_a_few_times_is_read_whole():
    text = (
        "The mill opened in 1872, closed in 1931, reopened in 1946, burned down in 1978 and "
        "was rebuilt in 1985, and the trust bought it in 2003."
    )
    timexes = find_timexes(text, PUBLISHED)
    others = [(t.start, t.end) for t in timexes]
    facts = find_facts(text, timexes, PUBLISHED)
    assert len(facts) == len(timexes) == 6
    for fact in facts:
        t = timexes[fact.timex]
        assert (fact.start, fact.end) == clause_around(text, (0, len(text)), t.start, t.end, others)


# --- a length ahead of a saying in the perfect ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Brenmoor Holdings has promised that no more than 250 jobs will go in the first "
            "two years.",
            "the first two years",
        ),
        ("The council has confirmed the road will stay shut for two weeks.", "two weeks"),
        ("The mayor now says the pool will stay closed for three months.", "three months"),
        ("The agency has warned that the dry spell could last another six weeks.", "six weeks"),
    ],
)
def test_a_length_the_future_verb_tells_is_no_stretch_up_to_the_report(text, words):
    assert facts_for(text, words) == []


@pytest.mark.parametrize(
    ("text", "words", "earliest"),
    [
        (
            "The charity has raised 2 million pounds in the past three months.",
            "the past three months",
            date(2025, 12, 12),
        ),
        ("The pumps have worked without a break for two weeks.", "two weeks", date(2026, 2, 26)),
        (
            "The firm has spent 3 million pounds on repairs over the past two years and will "
            "spend more.",
            "the past two years",
            date(2024, 3, 12),
        ),
    ],
)
def test_a_length_up_to_the_report_is_still_dated_back_from_it(text, words, earliest):
    (fact,) = facts_for(text, words)
    assert fact.date.earliest == earliest
    assert fact.date.latest == PUBLISHED
