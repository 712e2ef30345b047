"""Figures: value, qualifier, range, what is counted, the measure, the source and the date."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import DateRange, Figure, TimeExpression
from desktop.extract.figures import find_figures

PUBLISHED = date(2025, 1, 14)


def _one(text: str) -> Figure:
    figures = find_figures(text, PUBLISHED)
    assert len(figures) == 1, figures
    return figures[0]


@pytest.mark.parametrize(
    ("text", "low", "high", "qualifier"),
    [
        ("Officials said 38 people were killed.", 38, 38, "exact"),
        ("Officials said about 300 people were killed.", 300, 300, "approximate"),
        ("Officials said around 300 people were killed.", 300, 300, "approximate"),
        ("Officials said some 300 people were killed.", 300, 300, "approximate"),
        ("Officials said roughly 300 people were killed.", 300, 300, "approximate"),
        ("Officials said an estimated 300 people were killed.", 300, 300, "approximate"),
        ("Officials said nearly 300 people were killed.", 300, 300, "approximate"),
        ("Officials said almost 300 people were killed.", 300, 300, "approximate"),
        ("Officials said at least 300 people were killed.", 300, None, "at_least"),
        ("Officials said 300 or more people were killed.", 300, None, "at_least"),
        ("Officials said more than 300 people were killed.", 300, None, "more_than"),
        ("Officials said over 300 people were killed.", 300, None, "more_than"),
        ("Officials said upwards of 300 people were killed.", 300, None, "more_than"),
        ("Officials said up to 300 people were killed.", None, 300, "at_most"),
        ("Officials said at most 300 people were killed.", None, 300, "at_most"),
        ("Officials said fewer than 300 people were killed.", None, 300, "less_than"),
        ("Officials said less than 300 people were killed.", None, 300, "less_than"),
        ("Officials said between 10,000 and 12,000 people fled.", 10_000, 12_000, "range"),
        ("Officials said 10,000-12,000 people fled.", 10_000, 12_000, "range"),
        ("Officials said 10,000 to 12,000 people fled.", 10_000, 12_000, "range"),
        ("Officials said 10-12 million people fled.", 10_000_000, 12_000_000, "range"),
    ],
)
def test_qualifiers_become_ranges(
    text: str, low: float | None, high: float | None, qualifier: str
) -> None:
    f = _one(text)
    assert (f.low, f.high, f.qualifier) == (low, high, qualifier)


def test_approximate_figures_carry_a_tolerance_and_exact_ones_do_not() -> None:
    assert _one("About 300 people were killed.").tolerance > 0
    assert _one("Exactly 300 people were killed.").tolerance == 0


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The company made $2.3bn last year.", 2.3e9, "USD"),
        ("The 40,000-strong force withdrew.", 40_000, None),
        ("Eleven thousand homes lost power.", 11_000, None),
        ("About 30% of them were deployed.", 30, "%"),
        ("Nearly half of the residents fled.", 0.5, "fraction"),
        ("Floods covered a third of the country.", 0.3333, "fraction"),
        ("It burned 2,100 acres of forest.", 2100, "acres"),
    ],
)
def test_number_forms_in_sentences(text: str, value: float, unit: str | None) -> None:
    f = _one(text)
    assert f.low == pytest.approx(value, rel=1e-3)
    assert f.unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "The war began in 2022 and the talks were held on January 9.",
        "The meeting starts at 10:30 and ends at 3 p.m.",
        "It was the first time the 82nd Airborne had been sent.",
        "Two F-16 jets flew over Route 9 near Tactical Group No. 84.",
        "The opposition leader, 47, died in prison.",
        "For more information call 555-0199 or +44 20 7946 0018.",
        "The ceasefire has lasted three weeks.",
        "A 10-year-old boy was found.",
    ],
)
def test_things_that_are_not_figures(text: str) -> None:
    figures = find_figures(text, PUBLISHED)
    assert [f.number_text for f in figures if f.number_text != "Two"] == []


def test_seed_sentence_counted_measure_elision_and_source() -> None:
    text = (
        "South Korea's National Intelligence Service, which helped question the captured "
        "soldiers in Kyiv, said this morning that more than 300 North Koreans have been killed "
        "and at least 2,700 injured while fighting Ukrainian forces."
    )
    killed, injured = find_figures(text, PUBLISHED)
    assert (killed.low, killed.high, killed.qualifier) == (300, None, "more_than")
    assert killed.counted == "North Koreans"
    assert killed.measure == "killed"
    assert injured.measure == "injured"
    assert injured.counted == "North Koreans"  # the elided second count
    assert killed.attributed_to == "South Korea's National Intelligence Service"
    assert killed.as_of == PUBLISHED


def test_counted_and_measure_in_active_voice() -> None:
    f = _one("Israeli strikes on Lebanon killed 558 people on Monday.")
    assert (f.counted, f.measure, f.scope) == ("people", "killed", "Lebanon")


def test_according_to_names_the_source() -> None:
    f = _one("At least 94 people died, according to the governor's office.")
    assert f.attributed_to == "the governor's office"


def test_as_of_comes_from_a_date_in_the_sentence() -> None:
    text = "The toll stood at 14 on Friday."
    friday = text.index("Friday")
    timex = TimeExpression(
        start=friday,
        end=friday + 6,
        text="Friday",
        type="DATE",
        value="2025-01-10",
        date=DateRange("2025-01-10", date(2025, 1, 10), date(2025, 1, 10), "day"),
    )
    (f,) = find_figures(text, PUBLISHED, [timex])
    assert f.as_of == date(2025, 1, 10)
    assert f.measure == "killed"


def test_change_cue_is_recorded() -> None:
    assert _one("The death toll has risen to 20.").change_cue is not None
    assert _one("The death toll was 20.").change_cue is None


def test_offsets_index_the_text() -> None:
    text = "About 11,000 North Korean soldiers were sent, and roughly 3,000 of them were hurt."
    for f in find_figures(text, PUBLISHED):
        assert text[f.start : f.end] == f.text
        assert f.number_text in f.text
