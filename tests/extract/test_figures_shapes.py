"""Shapes of figures in news of many kinds: ratios, signs, estimates, addresses, elided counts."""

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


# -- numbers that are shares, signed or no counts at all -----------------------------------------


def test_a_ratio_is_a_share_of_the_group_after_it() -> None:
    f = _figure("Nine in 10 nurses backed the strike.", "Nine in 10")
    assert (f.low, f.unit, f.counted) == (0.9, "fraction", "nurses")


def test_half_takes_its_noun_phrase_without_of() -> None:
    f = _figure("Half the staff were sent home.", "Half")
    assert (f.low, f.unit, f.counted) == (0.5, "fraction", "staff")


def test_a_signed_rate() -> None:
    assert _figure("The central bank cut its rate to minus 0.5%.", "0.5%").low == -0.5


@pytest.mark.parametrize(
    "text",
    [
        "The shop at 22 Baker Street has closed.",
        "Children under the age of 12 travel free on the buses.",
    ],
)
def test_addresses_and_ages_are_not_figures(text: str) -> None:
    assert _figures(text) == []


# -- qualifiers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "qualifier"),
    [
        ("A crowd estimated at 8,000 gathered outside.", "8,000", "approximate"),
        ("Police said the true number was nearer 900.", "900", "approximate"),
        ("Lawyers put the number at closer to 400.", "400", "approximate"),
        ("Auditors gave an estimate of 7,500 for the lost records.", "7,500", "approximate"),
        ("Brokers estimate 40,000 homes changed hands.", "40,000", "approximate"),
        ("Sales of the phone topped 2 million.", "2 million", "more_than"),
        ("The number of arrests has passed 1,000.", "1,000", "more_than"),
        ("The assembly has passed 12 laws this session.", "12", "exact"),
    ],
)
def test_qualifier_phrases(text: str, number: str, qualifier: str) -> None:
    assert _figure(text, number).qualifier == qualifier


# -- what is counted -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("Customs found 5 kilograms of cocaine in the van.", "5", "cocaine"),
        ("Rescuers reached 40 of 52 villages by Sunday.", "40", "villages"),
        ("Officers said they had lost 'about fifty' horses.", "fifty", "horses"),
        ("The firm has 1,200 drivers and employs about 300 mechanics.", "1,200", "drivers"),
        ("The plan lets 800 workers leave the country each year.", "800", "workers"),
        (
            "Labour won 300 seats, far more than the 250 it needed, while the Tories took 120.",
            "120",
            "seats",
        ),
        ("Turnout fell by four points to 61%.", "61%", "Turnout"),
        ("Lawyers put the number of detainees at 400.", "400", "detainees"),
    ],
)
def test_counted(text: str, number: str, counted: str) -> None:
    assert _figure(text, number).counted == counted


def test_a_change_noun_is_not_what_is_counted() -> None:
    f = _figure("Profits reached $2bn last year, a 15% increase.", "15%")
    assert f.counted != "increase"
    assert f.measure == "rose"


# -- measures ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Up to 30 miners may be trapped below ground.", "30", "trapped"),
        ("About 200 people were believed to be on board the ferry.", "200", "on board"),
        ("Some 80 homes in the valley were damaged by the flood.", "80", "damaged"),
        ("Doctors said 11 of the wounded were children.", "11", "injured"),
        ("The army intercepted 30 of the 35 missiles fired at the city.", "30", "intercepted"),
        ("The party had 2,100,000 votes with most ballots counted.", "2,100,000", "won"),
    ],
)
def test_measure(text: str, number: str, measure: str) -> None:
    assert _figure(text, number).measure == measure


def test_a_long_death_toll_subject_names_the_measure_not_the_population() -> None:
    f = _figure("The death toll from Tuesday's storm in the north has risen to 41.", "41")
    assert (f.measure, f.counted) == ("killed", None)


def test_the_figure_put_at_is_another_value_of_the_count_just_given() -> None:
    text = "Organisers said 5,000 people marched, but police put the figure at 2,000."
    f = _figure(text, "2,000")
    assert (f.counted, f.measure) == ("people", "took part")


# -- scope ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "scope"),
    [
        ("Police detained 50 people in the capital on Friday.", "50", "capital"),
        ("Across the country, 300 people were detained.", "300", "nationwide"),
        ("The flu has killed 900 people nationwide this winter.", "900", "nationwide"),
    ],
)
def test_national_and_capital_scopes(text: str, number: str, scope: str) -> None:
    assert _figure(text, number).scope == scope
