"""Results, polls and numbers that are no figures: scores, shares side by side, sizes written
as compounds, multiples and ages."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.extract.figures import find_figures
from tests.extract.figure_at import figure_at

PUBLISHED = date(2025, 10, 2)


def _numbers(text: str) -> list[str]:
    return [f.number_text for f in find_figures(text, PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    [
        "The Yes side won the referendum 52.3% to 47.7%.",
        "The poll puts Labour ahead, 38% to 32%.",
        "The bid was backed $4.1bn to $3.9bn.",
    ],
)
def test_shares_or_amounts_side_by_side_are_two_figures(text: str) -> None:
    assert len(_numbers(text)) == 2


@pytest.mark.parametrize(
    "text", ["The Lakers won 118-104 on Monday.", "Arsenal beat Chelsea 3-1 at home."]
)
def test_a_score_is_no_figure(text: str) -> None:
    assert _numbers(text) == []


def test_a_rising_pair_is_still_a_range() -> None:
    figure = figure_at("Support is put at 38% to 42%.", "38%", PUBLISHED)
    assert (figure.low, figure.high, figure.qualifier) == (38, 42, "range")


@pytest.mark.parametrize(
    ("text", "number", "value", "unit", "counted"),
    [
        ("The poll gives the opposition a 6-point lead.", "6", 6, "points", "lead"),
        ("The Liberals hold a 12-seat majority in the assembly.", "12", 12, None, "majority"),
        ("She won by a 3,000-vote margin.", "3,000", 3000, None, "margin"),
    ],
)
def test_a_size_written_as_a_compound_is_a_figure(
    text: str, number: str, value: float, unit: str | None, counted: str
) -> None:
    figure = figure_at(text, number, PUBLISHED)
    assert (figure.low, figure.unit, figure.counted) == (value, unit, counted)


@pytest.mark.parametrize(
    "text",
    [
        "A 30-storey tower collapsed.",
        "The 19-year-old was arrested.",
    ],
)
def test_other_compounds_stay_adjectives(text: str) -> None:
    assert _numbers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Three times as many people applied for asylum in Germany as in France.",
        "Police made 4 times more arrests than last year.",
        "The president, who turned 74 last month, resigned.",
        "Vaccines are offered to children under five.",
        "Unemployment among 16- to 24-year-olds is high.",
    ],
)
def test_multiples_and_ages_are_no_figures(text: str) -> None:
    assert _numbers(text) == []


def test_a_count_of_people_over_an_age_keeps_its_count() -> None:
    figure = figure_at("Some 4,000 people over 80 were vaccinated.", "4,000", PUBLISHED)
    assert figure.low == 4000
    assert "80" not in _numbers("Some 4,000 people over 80 were vaccinated.")


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Retail sales rose 0.6% month on month in March.", "Retail sales"),
        ("Prices rose 3% year-on-year in May.", "Prices"),
    ],
)
def test_the_base_of_a_change_is_no_counted_noun(text: str, counted: str) -> None:
    figure = figure_at(text, "%", PUBLISHED)
    assert (figure.counted, figure.measure) == (counted, "rose")


def test_the_verb_a_poll_is_told_with_ends_its_sample() -> None:
    figure = figure_at("A poll of 1,742 adults gives Labour a lead.", "1,742", PUBLISHED)
    assert figure.counted == "adults"
