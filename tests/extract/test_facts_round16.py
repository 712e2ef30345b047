"""Facts, round 16: a fiscal year filed on its own months when the article says when it runs
(or its copy is Indian or Australian), and "overnight" after an evening's events.

Every example is written for these tests; none is taken from a benchmark set.
"""

from __future__ import annotations

from datetime import date

from desktop.domain import Fact, TimeExpression
from desktop.extract.facts import find_facts
from desktop.extract.timex import find_timexes

PUBLISHED = date(2025, 6, 12)  # a Thursday


def facts_of(text: str, published: date = PUBLISHED) -> list[tuple[TimeExpression, Fact]]:
    timexes = find_timexes(text, published)
    return [(timexes[f.timex], f) for f in find_facts(text, timexes, published)]


def span_of(text: str, year: str, published: date = PUBLISHED) -> tuple[date | None, ...]:
    """The range of the one fact whose expression holds ``year``."""
    found = [
        (f.date.earliest, f.date.latest) for t, f in facts_of(text, published) if year in t.text
    ]
    assert len(found) == 1, [(t.text, f.date) for t, f in facts_of(text, published)]
    return found[0]


def test_fiscal_year_told_by_the_months_it_runs() -> None:
    text = (
        "Brackley Tools lowered its outlook for fiscal 2026 on Wednesday.\n\n"
        "The company's fiscal year runs from October through September."
    )
    assert span_of(text, "2026") == (date(2025, 10, 1), date(2026, 9, 30))
    # told before the figure, with "to" and abbreviated months
    text = (
        "Orrin Foods, whose financial year runs from Feb. to Jan., said sales in fiscal 2024 "
        "rose 3%."
    )
    assert span_of(text, "2024") == (date(2023, 2, 1), date(2024, 1, 31))


def test_fiscal_year_told_by_its_first_or_last_month() -> None:
    text = (
        "The district's fiscal year begins on 1 July. Its spending in fiscal 2024 was $81 million."
    )
    assert span_of(text, "2024") == (date(2023, 7, 1), date(2024, 6, 30))
    text = (
        "Lanwick Retail, whose financial year ends in late January, expects fiscal 2025 "
        "profit to fall."
    )
    assert span_of(text, "2025") == (date(2024, 2, 1), date(2025, 1, 31))
    # a year that ends in December is the calendar year
    text = "The bank's fiscal year ends on Dec. 31. It forecast fiscal 2025 profit of $2 billion."
    assert span_of(text, "2025") == (date(2025, 1, 1), date(2025, 12, 31))


def test_split_financial_year_in_indian_and_australian_copy() -> None:
    text = (
        "MUMBAI: The lender wrote off Rs 4,200 crore of bad loans in the financial year "
        "2023-24, the bank said."
    )
    assert span_of(text, "2023") == (date(2023, 4, 1), date(2024, 3, 31))
    text = "Perth-based Coral Mining (ASX: CRL) expects FY26 output of 1.2 million tonnes."
    assert span_of(text, "FY26") == (date(2025, 7, 1), date(2026, 6, 30))
    text = "Brisbane's Queensland council set a budget for the 2024-25 financial year."
    assert span_of(text, "2024") == (date(2024, 7, 1), date(2025, 6, 30))


def test_what_the_article_says_outranks_where_it_comes_from() -> None:
    # an Indian story about a company whose year runs with the calendar
    text = (
        "NEW DELHI: The carmaker, whose financial year ends in December, raised Rs 900 crore "
        "and expects FY2025 sales to grow."
    )
    assert span_of(text, "2025") == (date(2025, 1, 1), date(2025, 12, 31))


def test_fiscal_year_left_as_the_calendar_year_when_nothing_says() -> None:
    text = "Halden Corp cut its forecast for fiscal 2025 on Tuesday."
    assert span_of(text, "2025") == (date(2025, 1, 1), date(2025, 12, 31))
    # a plain year in an Indian story is the calendar year
    text = "PUNE: The man lost Rs 18 lakh in 2024, police said."
    assert span_of(text, "2024") == (date(2024, 1, 1), date(2024, 12, 31))
    # a season, not a fiscal year
    text = "Perth Glory, the Australian club, finished last in the 2023-24 season."
    assert all(
        (f.date.earliest, f.date.latest) != (date(2023, 7, 1), date(2024, 6, 30))
        for _, f in facts_of(text)
    )


def test_overnight_after_an_evening_is_the_next_day() -> None:
    published = date(2025, 6, 12)
    text = (
        "A van crashed into a shop in Leighton Road at about 11.20pm on Monday.\n\n"
        "Engineers worked overnight to make the building safe."
    )
    found = [(t.text, f.date.earliest, f.date.latest) for t, f in facts_of(text, published)]
    assert ("overnight", date(2025, 6, 10), date(2025, 6, 10)) in found
    # a night told by a day's stamp, with no evening before it, stays on that day
    text = "June 3: Fire crews hold the line along the ridge overnight. Two roads close."
    found = [(t.text, f.date.earliest) for t, f in facts_of(text, published)]
    assert ("overnight", date(2025, 6, 3)) in found
    # the night before the report is still filed on the report's day
    found = [(t.text, f.date.earliest) for t, f in facts_of("Crews cleared the line overnight.")]
    assert found == [("overnight", PUBLISHED)]


def test_american_fiscal_year_in_a_story_naming_australia_is_not_australian() -> None:
    # "fiscal 2025" is an American company's way, whatever country the story names
    text = "Dalton Software said its Australian unit would lift fiscal 2025 revenue by 4%."
    assert span_of(text, "2025") == (date(2025, 1, 1), date(2025, 12, 31))
    # the Australian words for the same year are read as Australia's
    text = "Dalton's Australian unit expects revenue to rise in the 2025 financial year."
    assert span_of(text, "2025") == (date(2024, 7, 1), date(2025, 6, 30))
