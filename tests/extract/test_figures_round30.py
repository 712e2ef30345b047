"""Round 30 figure rules: a site or vessel the count is made at, and more verbs that name a
measure (evacuation orders in other words, cancellations "called off", animals culled)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.figure_helpers import figure_containing

D = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "number", "scope"),
    [
        ("At Ridgeway hospital, 85 appointments were postponed on Monday.", "85",
         "Ridgeway hospital"),
        ("At the Western Infirmary, 120 operations were cancelled.", "120", "Western Infirmary"),
        ("At Tamsin airport, 31 flights were grounded on Sunday by fog.", "31", "Tamsin airport"),
        ("Some 400 miners were evacuated at the Karoo Deep mine on Friday.", "400",
         "Karoo Deep mine"),
        ("An outbreak aboard the Ocean Lark has sickened 90 passengers.", "90", "Ocean Lark"),
        ("Health officials said 41 crew on board the Nordic Star had tested positive.", "41",
         "Nordic Star"),
    ],
)  # fmt: skip
def test_a_named_site_or_vessel_is_the_scope_of_its_count(
    text: str, number: str, scope: str
) -> None:
    assert figure_containing(text, number, D).scope == scope


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a site needs its kind: a bare name after "at" may be an employer or an event
        ("At Harlow Foods, 300 workers walked out on Monday.", "300"),
        ("Speaking at Harvard, she said 30 students had been arrested.", "30"),
    ],
)
def test_a_name_after_at_without_a_kind_of_site_is_no_scope(text: str, number: str) -> None:
    assert figure_containing(text, number, D).scope is None


def test_sites_told_apart_keep_apart_and_a_possessive_site_stays_whole() -> None:
    a = figure_containing("At St Ann's hospital, 210 operations were cancelled.", "210", D)
    b = figure_containing("At the City Infirmary, 260 operations were cancelled.", "260", D)
    assert a.scope == "St Ann's hospital"
    assert b.scope == "City Infirmary"


@pytest.mark.parametrize(
    ("text", "number", "counted", "measure"),
    [
        ("About 2,100 residents were ordered to leave their homes near the plant, police said.",
         "2,100", "residents", "evacuated"),
        ("Some 600 families were told to leave their homes as the river rose.", "600",
         "families", "evacuated"),
        ("The number of flights called off since the walkout began has risen to 1,340.",
         "1,340", "flights", "cancelled"),
        ("Organisers said 12 concerts were called off because of the heat.", "12", "concerts",
         "cancelled"),
        ("The number of pigs slaughtered to halt the fever has climbed to 31,000.", "31,000",
         "pigs", "destroyed"),
        ("More than 18,000 ducks have been culled at farms in the valley.", "18,000", "ducks",
         "destroyed"),
    ],
)  # fmt: skip
def test_more_verbs_name_their_measure(text: str, number: str, counted: str, measure: str) -> None:
    f = figure_containing(text, number, D)
    assert f.counted == counted
    assert f.measure == measure


def test_a_flight_told_by_its_number_is_no_vessel_name() -> None:
    f = figure_containing("All 180 people aboard Flight 302 survived the landing.", "180", D)
    assert f.scope != "Flight"


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("Police put Sunday's crowd at 9,500.", "9,500", "crowd"),
        ("Stewards put yesterday's turnout at 4,200.", "4,200", "turnout"),
        ("Police put the crowd at 9,500.", "9,500", "crowd"),
    ],
)
def test_a_days_own_crowd_put_at_a_number_is_what_it_counts(
    text: str, number: str, counted: str
) -> None:
    assert figure_containing(text, number, D).counted == counted


def test_a_toll_put_at_a_number_on_a_day_is_the_total_as_of_that_day() -> None:
    f = figure_containing(
        "A research group put flood deaths across the whole region at 640 on Thursday.", "640", D
    )
    assert f.measure == "killed"
    assert f.period != "day"
    assert f.as_of == date(2026, 11, 19)
    # a day's own count stays that day's
    g = figure_containing("Floods killed 40 people across the region on Thursday.", "40", D)
    assert g.period == "day"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Steel exports totalled 41.2 million tonnes in January-September, the ministry said.",
         "41.2 million"),
        ("Car sales reached 1.9 million units from January to August.", "1.9 million"),
        ("Imports came to $88bn in Jan-Jul, customs data showed.", "$88bn"),
    ],
)  # fmt: skip
def test_a_window_from_january_is_the_year_so_far(text: str, number: str) -> None:
    assert figure_containing(text, number, D).period == "cumulative"


def test_a_single_month_stays_that_months_count() -> None:
    f = figure_containing("Steel exports totalled 4.6 million tonnes in September.", "4.6", D)
    assert f.period == "month"


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("With 70 percent counted, the Greens' lead has widened to 8,120 votes.", "8,120", None),
        ("The challenger's margin had shrunk to 412 votes by midnight.", "412", None),
        ("The mayor had 61,400 votes with most ballots counted.", "61,400", "won"),
        ("She has won 23,900 votes so far.", "23,900", "won"),
    ],
)
def test_has_helping_a_verb_holds_no_votes(text: str, number: str, measure: str | None) -> None:
    f = figure_containing(text, number, D)
    assert f.counted == "votes"
    assert f.measure == measure


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Lindqvist won the runoff by 3,460 votes, the election board said.", "3,460"),
        ("Lindqvist beat her rival by 2,980 votes in the runoff.", "2,980"),
    ],
)
def test_a_winning_margin_in_votes_is_no_count_of_votes_won(text: str, number: str) -> None:
    f = figure_containing(text, number, D)
    assert f.counted == "votes"
    assert f.measure is None


def test_votes_taken_by_a_winner_are_still_won() -> None:
    f = figure_containing("Lindqvist won 48,200 votes in the runoff.", "48,200", D)
    assert f.measure == "won"


@pytest.mark.parametrize(
    ("text", "number", "scope"),
    [
        ("A second quake of magnitude 5.4 shook the valley an hour later.", "5.4",
         "second quake"),
        ("A third blast, minutes later, killed 6 more people.", "6", "third blast"),
        ("A magnitude 6.3 quake struck the coast, and a second tremor, of magnitude 4.9, "
         "followed.", "4.9", "second tremor"),
    ],
)  # fmt: skip
def test_one_of_a_run_of_events_keeps_its_own_size(text: str, number: str, scope: str) -> None:
    assert figure_containing(text, number, D).scope == scope


def test_the_first_event_told_without_an_ordinal_has_no_part() -> None:
    text = (
        "A magnitude 6.3 quake struck the coast, and a second tremor, of magnitude 4.9, followed."
    )
    assert figure_containing(text, "6.3", D).scope is None


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("Officials widened the safety cordon to 3 km around the plant.", "3", "safety cordon"),
        ("The safety cordon around the plant was extended to 5 km on Sunday.", "5",
         "safety cordon"),
        ("The speed limit on the bridge has been cut to 40 km/h.", "40", "speed limit"),
        ("The no-fly zone was expanded to 20 miles.", "20", "no-fly zone"),
    ],
)  # fmt: skip
def test_a_zone_or_limit_taken_to_a_new_size_is_what_is_counted(
    text: str, number: str, counted: str
) -> None:
    assert figure_containing(text, number, D).counted == counted


def test_a_count_with_its_own_noun_keeps_it_when_a_fleet_is_expanded() -> None:
    f = figure_containing("The airline expanded its fleet to 310 aircraft.", "310", D)
    assert f.counted == "aircraft"
