"""Facts: the clause a dated expression anchors, with its date range."""

from __future__ import annotations

from datetime import date

from desktop.domain import Fact, TimeExpression
from desktop.extract.facts import find_facts
from desktop.extract.timex import find_timexes
from tests.conftest import SEED

PUBLISHED = date(2025, 1, 13)


def facts_of(text: str, published: date | None = PUBLISHED) -> list[tuple[TimeExpression, Fact]]:
    timexes = find_timexes(text, published)
    return [(timexes[f.timex], f) for f in find_facts(text, timexes, published)]


def test_seed_article_facts_are_their_clauses() -> None:
    text = SEED.read_text(encoding="utf-8")
    by_timex = {t.text: f for t, f in facts_of(text)}
    sunday = by_timex["Sunday"]
    assert sunday.date.value == "2025-01-12"
    assert sunday.text == (
        "Ukrainian President Volodymyr Zelenskyy posted videos Sunday of two North Korean "
        "soldiers captured while fighting in Russia's Kursk region."
    )
    thursday = by_timex["Thursday"]
    assert thursday.date.value == "2025-01-09"
    assert thursday.text == (
        "The North Koreans, captured Thursday, were wearing Russian uniforms and carrying "
        "fake identification"
    )
    morning = by_timex["this morning"]
    assert morning.date.value == "2025-01-13TMO"
    assert morning.date.earliest == morning.date.latest == PUBLISHED
    assert morning.text.startswith("South Korea's National Intelligence Service")
    assert "said this morning that more than 300 North Koreans have been killed" in morning.text
    months = by_timex["months"]
    assert months.date.value == "PXM"
    assert months.date.latest == PUBLISHED and months.date.earliest is None
    assert "kept from the front lines for months" in months.text
    for t, f in facts_of(text):
        assert text[f.start : f.end] == f.text
        assert f.start <= t.start and t.end <= f.end


def test_one_fact_per_dated_expression_with_its_range() -> None:
    pairs = facts_of("Exports fell last month. The plant reopens in March.")
    assert [(t.text, f.date.value, f.date.precision) for t, f in pairs] == [
        ("last month", "2024-12", "month"),
        ("March", "2025-03", "month"),
    ]
    assert pairs[0][1].date.earliest == date(2024, 12, 1)
    assert pairs[0][1].date.latest == date(2024, 12, 31)
    assert pairs[0][1].text == "Exports fell last month."


def test_clause_breaks_at_semicolon_and_drops_the_attribution() -> None:
    text = "The rebels took the town on Thursday; the army retook it on Saturday, officials said."
    pairs = facts_of(text)
    assert [f.text for _, f in pairs] == [
        "The rebels took the town on Thursday",
        "the army retook it on Saturday",
    ]


def test_no_facts_for_unresolved_or_undated_expressions() -> None:
    assert facts_of("The rebels captured the town Thursday.", None) == []
    assert facts_of("The board meets every week.") == []
    assert facts_of("He spoke about the future of the country.") == []


def test_duration_up_to_publication_ends_on_it() -> None:
    ((t, f),) = facts_of("Prices have risen over the past three months.")
    assert t.type == "DURATION"
    assert (f.date.earliest, f.date.latest) == (date(2024, 10, 14), PUBLISHED)
    assert f.date.precision == "month"


def test_duration_beside_a_date_ends_with_that_date() -> None:
    pairs = facts_of("The siege lasted five days in March 2024.")
    duration = next(f for t, f in pairs if t.type == "DURATION")
    assert duration.date.latest == date(2024, 3, 31)


def test_future_duration_without_an_end_is_no_fact() -> None:
    assert facts_of("The talks will last for weeks.") == []


def test_absolute_dates_make_facts_without_publication_date() -> None:
    pairs = facts_of("The treaty was signed on June 28, 1919, at Versailles.", None)
    assert [f.date.value for _, f in pairs] == ["1919-06-28"]


def test_a_date_after_since_leaves_the_end_open() -> None:
    ((t, f),) = facts_of("Russia has occupied Crimea since 2014.")
    assert t.value == "2014"
    assert (f.date.earliest, f.date.latest, f.date.precision) == (date(2014, 1, 1), None, "year")
    # without 'since' the year is closed as usual
    ((_, closed),) = facts_of("Russia annexed Crimea in 2014.")
    assert closed.date.latest == date(2014, 12, 31)
