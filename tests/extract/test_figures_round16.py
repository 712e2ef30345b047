"""Round 16 figure rules: polls, energy, hardware with model numbers, budgets, hedges."""

from __future__ import annotations

from datetime import date

from desktop.domain import Figure
from tests.extract.figure_helpers import figure_containing, figures_in

D = date(2025, 3, 3)


def _figures(text: str) -> list[Figure]:
    return figures_in(text, D)


def _figure(text: str, number: str) -> Figure:
    return figure_containing(text, number, D)


def test_a_projection_is_hedged_and_a_count_is_not() -> None:
    assert _figure("The number of dead could reach 40,000, officials warned.", "40,000").hedged
    assert _figure("The toll may rise to more than 500.", "500").hedged
    assert _figure("The toll could exceed 500.", "500").hedged
    assert not _figure("The quake killed 12,000 people.", "12,000").hedged
    # a plan told in reported speech is no hedge
    assert not _figure(
        "Opec said output would rise to 2 million barrels a day.", "2 million"
    ).hedged


def test_half_a_percentage_point_is_a_change_of_half_a_point() -> None:
    f = _figure("The central bank cut its key rate by half a percentage point to 5.75%.", "half")
    assert (f.low, f.unit, f.counted, f.measure) == (0.5, "percentage points", "key rate", "cut")
    g = _figure("The Fed raised rates by a quarter of a point.", "quarter")
    assert (g.low, g.unit) == (0.25, "points")


def test_a_model_number_inside_a_name_leaves_the_noun_after_it_counted() -> None:
    f = _figure("Germany has delivered 31 of the 58 promised Leopard 1 tanks to Ukraine.", "58")
    assert f.counted is not None and f.counted.endswith("tanks")
    g = _figure("Berlin approved 14 Leopard 2A6 tanks from its own stocks.", "14")
    assert g.counted == "Leopard 2A6 tanks"


def test_an_aircraft_designation_is_no_temperature() -> None:
    f = _figure("Nato allies pledged 60 F-16 fighter jets to Ukraine.", "60")
    assert f.unit is None and f.counted == "F-16 fighter jets"
    assert _figure("Temperatures hit 104F in Phoenix.", "104").unit == "F"


def test_cubic_metres_are_a_unit() -> None:
    f = _figure("Gas exports averaged 330 million cubic metres a day in December.", "330")
    assert f.unit == "cubic metres" and f.counted == "Gas exports"


def test_a_place_or_way_after_the_subject_is_not_what_it_counts() -> None:
    f = _figure("Net migration to the UK was 728,000 in the year to June.", "728,000")
    assert f.counted == "Net migration"
    g = _figure("Russian crude exports by sea slipped to 3.1 million barrels a day.", "3.1")
    assert g.counted == "Russian crude exports"


def test_the_later_readings_of_a_poll_list_count_their_parties() -> None:
    text = "Labour is on 24%, Reform UK on 25% and the Conservatives on 21%, a survey found."
    assert [f.counted for f in _figures(text)] == ["Labour", "Reform UK", "Conservatives"]
    g = _figure(
        "The National Rally won 33.1% of the vote, ahead of the left alliance on 28%.", "28"
    )
    assert g.counted == "left alliance"
    # "with" starts no party's name
    assert _figure("The bank held rates, with inflation on 3%.", "3%").counted == "inflation"


def test_a_verb_after_a_share_is_no_noun_and_the_share_counts_the_population_before() -> None:
    text = "The poll found 46% of registered voters backed Harris and 43% backed Trump."
    assert _figure(text, "43%").counted == "registered voters"
    # a participle before a plural noun still describes it
    assert _figure("Police arrested 12 suspected Islamist militants.", "12").counted == (
        "suspected Islamist militants"
    )
    assert _figure("Germany sent 58 promised Leopard 1 tanks.", "58").counted == (
        "promised Leopard 1 tanks"
    )


def test_what_grew_to_a_size_is_measured_and_a_grown_count_names_its_own_noun() -> None:
    text = "The Fort McMurray wildfire has grown to 156,000 hectares."
    assert _figure(text, "156,000").counted == "Fort McMurray wildfire"
    assert _figure("The measles outbreak has grown to 57 cases.", "57").counted is None


def test_estimates_of_a_crowd_that_range_count_the_crowd() -> None:
    f = _figure("Estimates of the crowd ranged from 150,000 to 400,000.", "150,000")
    assert (f.low, f.high, f.counted) == (150000, 400000, "crowd")


def test_people_missing_until_found_alive_are_rescued() -> None:
    text = (
        "Two crew members who had been missing since the plane ditched were found alive on "
        "Sunday, bringing the number of survivors to six."
    )
    assert _figure(text, "Two").measure == "rescued"
    assert _figure(text, "six").counted == "survivors"
    assert _figure("Five climbers remain missing.", "Five").measure == "missing"


def test_a_pledge_is_its_own_measure_and_a_participle_defers_to_the_verb_after() -> None:
    assert _figure("Allies pledged 60 jets to Ukraine.", "60").measure == "pledged"
    f = _figure("Well under 1% of the aid pledged at the conference has arrived.", "1%")
    assert (f.counted, f.measure) == ("aid", "arrived")
    # "pledged to" leads to the verb that is the measure
    assert _figure("Allies pledged to send 24 jets.", "24").measure != "pledged"
