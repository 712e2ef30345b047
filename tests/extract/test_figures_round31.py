"""Round 31 figure rules: a plural subject's headline present ("Rents rise 4%"), a level
reached past a period set off by a comma ("climbed for a third year, to 9,840"), and figures
read past a bracketed aside ("half (48%) of buyers")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.figure_helpers import figure_containing

D = date(2026, 11, 27)


@pytest.mark.parametrize(
    ("text", "number", "counted", "measure"),
    [
        ("Rail fares rise 4.6% as commuters brace for January", "4.6%", "Rail fares", "rose"),
        ("Used car prices slump 9% in a month", "9%", "Used car prices", "fell"),
        ("Steel orders plunge by 18% after tariff move", "18%", "Steel orders", "fell"),
        ("Grain exports drop to 3.1 million tonnes", "3.1 million", "Grain exports", None),
    ],
)  # fmt: skip
def test_a_plural_subjects_headline_present_names_what_moved(
    text: str, number: str, counted: str, measure: str | None
) -> None:
    f = figure_containing(text, number, D)
    assert (f.counted, f.measure) == (counted, measure)


def test_a_singular_noun_before_a_bare_verb_is_no_headline_subject() -> None:
    # "figure" is no plural: "fall" is read as a change with nothing named as moving
    f = figure_containing("The figure fall 2% was misprinted", "2%", D)
    assert f.counted != "The figure"


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("Burglaries fell for a fourth year running, to 61,200.", "61,200", "Burglaries"),
        ("Hotel bookings rose in the third quarter, to 2.4 million.", "2.4 million",
         "Hotel bookings"),
        ("Exports fell for the fifth month in a row, to $18.7bn, the ministry said.", "$18.7bn",
         "Exports"),
    ],
)  # fmt: skip
def test_a_level_reached_past_a_period_set_off_by_a_comma(
    text: str, number: str, counted: str
) -> None:
    f = figure_containing(text, number, D)
    assert (f.counted, f.measure) == (counted, None)


def test_the_level_after_a_change_and_its_period_set_off_by_a_comma() -> None:
    text = "Water bills rose 7.5% in the year to April, to £512 a household."
    assert figure_containing(text, "£512", D).counted == "Water bills"
    assert figure_containing(text, "7.5%", D).measure == "rose"


@pytest.mark.parametrize(
    ("text", "number", "counted", "measure"),
    [
        ("More than a third (36%) of nurses plan to leave within a year.", "a third",
         "nurses", None),
        ("More than a third (36%) of nurses plan to leave within a year.", "36%", "nurses",
         None),
        ("Some 4,500 homes (about one in six in the valley) were damaged.", "4,500", "homes",
         "damaged"),
        ("Some 4,500 homes (about one in six in the valley) were damaged.", "one in six",
         "homes", "damaged"),
        ("Real wages fell 2.2% (4.1% before tax credits) in the year.", "4.1%", "Real wages",
         "fell"),
    ],
)  # fmt: skip
def test_a_bracketed_aside_is_read_past_and_shares_the_figure_before_it(
    text: str, number: str, counted: str, measure: str | None
) -> None:
    f = figure_containing(text, number, D)
    assert (f.counted, f.measure) == (counted, measure)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a change told in passing in brackets names nothing
        ("Shoplifting reports (up 22% on 2025) now outnumber burglaries.", "22%"),
        # an interval is no share of the estimate before it
        ("The odds ratio was 1.42 (95% CI 1.10-1.83) for smokers.", "1.10-1.83"),
    ],
)  # fmt: skip
def test_an_aside_that_is_a_change_or_an_interval_takes_nothing(text: str, number: str) -> None:
    assert figure_containing(text, number, D).counted is None


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        # the base forms "increase", "climb" and "gain" were read as falls before round 31
        ("Hospital admissions increase 12% in winter", "12%", "rose"),
        ("Profits climb 8% at Harwell Foods", "8%", "rose"),
        ("Rents surge 9% in the capital", "9%", "rose"),
        ("Shares tumble 6% on profit warning", "6%", "fell"),
    ],
)  # fmt: skip
def test_a_plural_subjects_present_change_keeps_its_direction(
    text: str, number: str, measure: str
) -> None:
    assert figure_containing(text, number, D).measure == measure


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("The number of people claiming housing support rose by 8,300 to 412,000.", "8,300",
         "people"),
        ("The number of people claiming housing support rose by 8,300 to 412,000.", "412,000",
         "people"),
        ("Households using coal for heating fell to 95,000 last winter.", "95,000",
         "Households"),
    ],
)  # fmt: skip
def test_a_present_participles_clause_after_a_plural_subject_is_cut(
    text: str, number: str, counted: str
) -> None:
    assert figure_containing(text, number, D).counted == counted


def test_a_fraction_after_up_from_is_the_base_of_a_change() -> None:
    text = "Some 44% of tenants now rent privately, up from a fifth in 2015."
    f = figure_containing(text, "a fifth", D)
    assert (f.low, f.unit, f.counted) == (0.2, "fraction", "tenants")


def test_a_fraction_with_nothing_before_it_is_still_no_figure() -> None:
    from tests.extract.figure_helpers import figures_in

    assert figures_in("Sales grew for a third straight year.", D) == []


@pytest.mark.parametrize(
    "text",
    [
        "The average flat costs £310,000, or 9.2 times median earnings.",
        "Rice now sells at five times its pre-war price.",
        "Fees have risen to three times their 2015 level.",
    ],
)
def test_a_multiple_of_another_quantity_is_no_figure(text: str) -> None:
    from tests.extract.figure_helpers import figures_in

    assert not any("times" in f.text for f in figures_in(text, D))


def test_a_count_of_occurrences_stays_a_figure() -> None:
    f = figure_containing("Drones struck the port more than 40 times since May.", "40", D)
    assert f.low == 40


@pytest.mark.parametrize(
    ("text", "number", "counted", "measure"),
    [
        ("Nine miners were killed, along with two on the surface.", "two", "miners", "killed"),
        ("Some 30 passengers were injured, together with four on the platform.", "four",
         "passengers", "injured"),
    ],
)  # fmt: skip
def test_a_bare_count_along_with_a_count_shares_its_noun_and_verb(
    text: str, number: str, counted: str, measure: str
) -> None:
    f = figure_containing(text, number, D)
    assert (f.counted, f.measure) == (counted, measure)


def test_a_count_along_with_its_own_noun_keeps_it() -> None:
    f = figure_containing("The mayor was detained along with 12 aides.", "12", D)
    assert f.counted == "aides"


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("Firefighters pulled 11 residents alive from the flats.", "11", "residents"),
        ("Volunteers dug three children out alive before dawn.", "three", "children"),
    ],
)  # fmt: skip
def test_people_brought_out_alive_are_rescued(text: str, number: str, counted: str) -> None:
    f = figure_containing(text, number, D)
    assert (f.counted, f.measure) == (counted, "rescued")


def test_people_found_dead_are_not_rescued() -> None:
    f = figure_containing("Police found 30 people dead in the lorry.", "30", D)
    assert f.measure != "rescued"


def test_an_amount_before_a_colon_is_a_figure() -> None:
    text = "Donors pledged $1.6 billion: Norway gave the largest share."
    f = figure_containing(text, "$1.6 billion", D)
    assert (f.low, f.measure) == (1.6e9, "pledged")


@pytest.mark.parametrize("text", ["Doors open at 9:30.", "Section 4: the costs"])
def test_a_clock_or_heading_number_before_a_colon_is_no_figure(text: str) -> None:
    from tests.extract.figure_helpers import figures_in

    assert figures_in(text, D) == []


def test_amounts_listed_after_a_colon_count_their_names_with_the_totals_verb() -> None:
    text = (
        "Donors pledged $900 million in Oslo: Norway $300 million, the UK $250 million and "
        "Kuwait $90 million."
    )
    rows = [figure_containing(text, n, D) for n in ("$300 million", "$250 million", "$90 million")]
    assert [(f.counted, f.measure) for f in rows] == [
        ("Norway", "pledged"),
        ("UK", "pledged"),
        ("Kuwait", "pledged"),
    ]
    assert figure_containing(text, "$900 million", D).measure == "pledged"


def test_an_amount_with_its_verb_left_out_shares_the_verb_before() -> None:
    text = "Sweden pledged €200m and Denmark €150m for the camps."
    f = figure_containing(text, "€150m", D)
    assert (f.counted, f.measure) == (None, "pledged")


def test_an_amount_with_a_verb_of_its_own_takes_none_from_the_one_before() -> None:
    text = "The charity raised $40m and The Herald reported $3m in losses."
    assert figure_containing(text, "$3m", D).measure is None


def test_a_second_share_past_the_whole_of_the_first_counts_the_same_group() -> None:
    text = (
        "About half of the 800 schools inspected needed repairs, and one in ten had "
        "no working heating."
    )
    assert figure_containing(text, "one in ten", D).counted == "schools"


def test_a_second_share_past_a_count_of_something_else_takes_nothing() -> None:
    # the count before is no whole of the first share: nothing links the two
    text = "Half of voters backed the plan, 900 protesters marched, and one in ten had left."
    assert figure_containing(text, "one in ten", D).counted != "voters"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The glaciers have lost on average a quarter of their mass.", "a quarter"),
        ("Wages rose on average 4% in the year to March.", "4%"),
    ],
)
def test_a_change_told_on_average_is_still_a_change(text: str, number: str) -> None:
    assert figure_containing(text, number, D).measure in ("fell", "rose")


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("Harvest workers endured temperatures above 47 degrees Celsius.", "47", "temperatures"),
        ("Coastal towns saw gusts topping 130 km/h overnight.", "130", "gusts"),
        ("Sailors reported waves in excess of 9 metres.", "9", "waves"),
    ],
)  # fmt: skip
def test_a_bound_passed_by_a_measurement_names_what_is_measured_before_it(
    text: str, number: str, counted: str
) -> None:
    assert figure_containing(text, number, D).counted == counted


def test_a_bound_passed_by_a_count_is_left_to_the_count() -> None:
    f = figure_containing("Buildings over 30 metres were evacuated.", "30", D)
    assert f.counted is None


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("The club agreed a deal, paying an initial €45m for the winger.", "€45m", "paid"),
        ("Norway pledged an extra $120m for the camps.", "$120m", "pledged"),
        ("Police arrested a record 318 people at the march.", "318", "arrested"),
    ],
)  # fmt: skip
def test_a_verb_reaches_its_amount_past_an_initial_extra_or_record(
    text: str, number: str, measure: str
) -> None:
    assert figure_containing(text, number, D).measure == measure


def test_the_second_part_of_a_payment_after_plus_is_paid_too() -> None:
    text = "The club is paying £38m plus up to £7m in bonuses for the defender."
    f = figure_containing(text, "£7m", D)
    assert (f.counted, f.measure) == ("bonuses", "paid")


def test_a_share_after_plus_takes_no_payment() -> None:
    text = "The club is paying £38m plus 10% of any future sale."
    assert figure_containing(text, "10%", D).measure is None
