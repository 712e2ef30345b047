"""Figures in science, health, technology, sport, courts and weather copy (round 10 rules)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import Figure
from tests.extract.figure_helpers import figure_containing, figures_in, numbers_in

D = date(2025, 6, 2)


def _figures(text: str) -> list[Figure]:
    return figures_in(text, D)


def _figure(text: str, number: str) -> Figure:
    return figure_containing(text, number, D)


def _numbers(text: str) -> list[str]:
    return numbers_in(text, D)


# -- units of dose, data, speed and concentration -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "value"),
    [
        ("Each tablet holds 10mg of the compound.", "10", 10),
        ("The laptop ships with 512GB of storage.", "512", 512),
        ("Ozone levels reached 95 ppb near the plant.", "95", 95),
        ("Fibre lines offer 900 Mbps to homes in the town.", "900", 900),
        ("Sulphur dioxide stood at 310 micrograms per cubic metre.", "310", 310),
    ],
)
def test_a_number_with_a_unit_of_measurement_is_a_figure(
    text: str, number: str, value: float
) -> None:
    f = _figure(text, number)
    assert (f.low, f.high) == (value, value)
    assert f.unit is not None


def test_a_compound_measurement_sizes_the_noun_after_it() -> None:
    f = _figure("The tablet has an 11.2-inch display and weighs 480g.", "11.2")
    assert (f.low, f.unit, f.counted) == (11.2, "inch", "display")


def test_a_compound_magnitude_counts_nothing() -> None:
    f = _figure("A 5.9-magnitude tremor rattled the capital.", "5.9")
    assert (f.unit, f.counted) == ("magnitude", None)


def test_after_a_unit_only_of_names_what_is_measured() -> None:
    assert _figure("Gusts of 130km/h brought down power lines.", "130").counted == "Gusts"
    assert _figure("Some 80mm of rain fell overnight.", "80").counted == "rain"
    # the size of the noun after it when an article stands before the number
    assert _figure("Patients took a 50mg tablet each morning.", "50").counted == "tablet"


# -- numbers that are no figures -------------------------------------------------------------------


def test_a_confidence_level_and_a_p_value_are_no_figures() -> None:
    text = "The ratio was 0.81 (95% CI 0.70-0.93; p=0.004) in the treated group."
    numbers = _numbers(text)
    assert "95%" not in numbers
    assert not any("0.004" in n for n in numbers)
    interval = _figure(text, "0.70")
    assert (interval.low, interval.high, interval.qualifier) == (0.70, 0.93, "range")
    assert "95%" not in _numbers("They report a 95% confidence interval of 1.1 to 1.6.")


@pytest.mark.parametrize(
    ("text", "not_a_figure"),
    [
        ("Android 14.1 adds 20 new features.", "14.1"),
        ("Windows 12 will run on 300 million machines, analysts say.", "12"),
        ("Type 1 diabetes affects 400,000 people in the country.", "1"),
        ("Airbus handed 30 A321 jets to the carrier.", "321"),
        ("The airline ordered 20 787 jets on Monday.", "787"),
    ],
)
def test_model_and_version_numbers_are_no_figures(text: str, not_a_figure: str) -> None:
    assert not_a_figure not in _numbers(text)


def test_a_ban_is_no_figure_but_the_fine_is() -> None:
    text = "The league banned the striker for six matches and fined him £40,000."
    assert _numbers(text) == ["£40,000"]


def test_a_level_draw_is_a_score() -> None:
    assert _numbers("United drew 1-1 at home in front of 41,000 fans.") == ["41,000"]


def test_handed_over_is_no_more_than() -> None:
    f = _figure("The army handed over 45 prisoners to the Red Cross.", "45")
    assert (f.low, f.high, f.qualifier) == (45, 45, "exact")
    # other verbs keep "over" as "more than"
    assert _figure("The party won over 40% of the vote.", "40%").qualifier == "more_than"


# -- what is counted and what happened --------------------------------------------------------------


def test_a_plural_heads_its_phrase_before_a_verb() -> None:
    assert _figure("About 9,000 pilgrims visit the shrine each day.", "9,000").counted == (
        "pilgrims"
    )
    # a plural before the measure noun, or a disease name, does not end the phrase
    f = _figure("Clinics saw 220 mumps cases this month.", "220")
    assert f.measure == "infected"


def test_a_verb_that_moves_a_level_counts_what_it_moves() -> None:
    assert _figure("The frost drove wheat prices to $310 a tonne.", "$310").counted == (
        "wheat prices"
    )
    assert _figure("The bank held rates steady at 3.5% on Thursday.", "3.5%").counted == "rates"
    # a total is no thing of its own: "bringing the total this year to" names nothing
    f = _figure("Officials logged 80 new cases, bringing the total this year to 950.", "950")
    assert f.counted is None


def test_a_change_made_to_the_risk_of_something_counts_the_risk() -> None:
    f = _figure("The jab cut the risk of hospital admission by 70%, the study found.", "70%")
    assert (f.counted, f.measure) == ("risk", "cut")


def test_a_change_with_only_or_an_average_is_still_a_change() -> None:
    f = _figure("The absolute risk fell by just 0.3 percentage points.", "0.3")
    assert (f.counted, f.measure) == ("absolute risk", "fell")
    assert _figure("Volunteers lost an average of 9% of their weight.", "9%").measure == "fell"
    assert _figure("Burglaries went up last year, a rise of 4%.", "4%").measure == "rose"


def test_charged_with_counts_and_orders_to_pay() -> None:
    f = _figure("The banker was charged with 9 counts of insider dealing.", "9")
    assert (f.counted, f.measure) == ("counts", "charged")
    assert _figure("The court ordered her to pay £80,000 in costs.", "£80,000").measure == "paid"
    assert _figure("The judge ordered Uber to pay $3m to drivers.", "$3m").measure == "paid"


def test_a_new_speakers_clause_does_not_share_the_noun() -> None:
    text = "The bank kept its main rate at 2%, and its chief said pay would have to rise by 4%."
    assert _figure(text, "4%").counted != "main rate"
