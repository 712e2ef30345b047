"""Close bounds, rates per a base, shares a value changed by, durations, ranges with units."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import Figure
from tests.extract.figure_helpers import figure_containing, figures_in

D = date(2025, 3, 3)


def _figures(text: str) -> list[Figure]:
    return figures_in(text, D)


def _figure(text: str, number: str) -> Figure:
    return figure_containing(text, number, D)


# -- bounds said in idiom ------------------------------------------------------------------------


@pytest.mark.parametrize("phrase", ["just shy of", "shy of"])
def test_shy_of_is_below_the_number(phrase: str) -> None:
    f = _figure(f"The appeal raised {phrase} 8,000 signatures.", "8,000")
    assert (f.low, f.high, f.qualifier) == (None, 8000, "less_than")


def test_the_better_part_of_is_a_loose_approximation() -> None:
    f = _figure("The storm flattened the better part of 600 barns.", "600")
    assert (f.low, f.high, f.qualifier) == (600, 600, "approximate")
    assert f.tolerance >= 0.1
    assert f.measure == "destroyed"


# -- rates per a base population -----------------------------------------------------------------


def test_a_rate_per_100000_has_its_base_as_unit_and_the_base_is_no_figure() -> None:
    figures = _figures("The district records 31 thefts per 100,000 residents.")
    assert [f.number_text for f in figures] == ["31"]
    assert figures[0].unit == "per 100,000"


def test_a_bare_rate_per_1000() -> None:
    f = _figure("Infant mortality fell to 4.2 per 1,000 live births.", "4.2")
    assert f.unit == "per 1,000"
    assert all("1,000" not in g.number_text for g in _figures("It was 4.2 per 1,000 births."))


# -- shares a value changed by -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Shoplifting rose by a fifth in the county.", "a fifth", "rose"),
        ("Ticket sales fell by a third after the price rise.", "a third", "fell"),
        ("Applications were up a quarter on the year before.", "a quarter", "rose"),
    ],
)
def test_a_share_after_a_verb_of_change_is_the_size_of_the_change(
    text: str, number: str, measure: str
) -> None:
    f = _figure(text, number)
    assert (f.unit, f.measure) == ("fraction", measure)


def test_a_change_in_per_cent_beats_a_measure_noun_in_the_subject() -> None:
    f = _figure("Traffic deaths dropped 6% last year.", "6%")
    assert f.measure == "fell"
    assert f.counted is not None and f.counted.endswith("deaths")


def test_a_fraction_with_no_change_and_no_of_is_still_no_figure() -> None:
    assert _figures("A third went home early.") == []


# -- durations --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The bridge will close for three years from July.",
        # a prison term is a duration too, as dev4 annotates it
        "The smuggler was jailed for seven years on Monday.",
    ],
)
def test_a_stretch_of_time_is_no_figure(text: str) -> None:
    assert all(f.unit not in ("years", "months") for f in _figures(text))
    assert not any(f.number_text in ("three", "seven") for f in _figures(text))


# -- the unit written on both ends of a range ----------------------------------------------------


def test_a_range_with_its_unit_on_both_ends() -> None:
    f = _figure("Between 20mm and 35mm of rain is forecast for the hills.", "20")
    assert (f.low, f.high, f.qualifier, f.unit) == (20, 35, "range", "mm")
    assert f.counted == "rain"


# -- what is no counted phrase, no currency and no designation -----------------------------------


def test_a_preposition_after_a_unit_starts_no_counted_phrase() -> None:
    f = _figure("Winds hit 90 km/h along the ridge.", "90")
    assert f.counted != "along"


def test_rs_inside_a_word_is_no_currency() -> None:
    f = _figure("The camp now shelters 7,000 people.", "7,000")
    assert f.unit is None
    assert f.counted == "people"


def test_a_designation_word_does_not_swallow_a_number_with_thousands_commas() -> None:
    f = _figure("Last year 12,500 students enrolled.", "12,500")
    assert f.counted == "students"


def test_a_magnitude_of_is_the_unit() -> None:
    f = _figure("The tremor had a magnitude of 5.4.", "5.4")
    assert f.unit == "magnitude"


def test_a_fraction_of_a_round_number_is_a_number() -> None:
    f = _figure("Half of a million is not enough; a third of a million tents arrived.", "third")
    assert f.low == pytest.approx(333_333.33, rel=1e-3)
