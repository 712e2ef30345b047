"""Round 29 figure rules: a word before a measure noun that names no one, cases a court or a
report counts, words after a number that compare rather than count, nouns that say whose
number it is, and numbers someone wanted or foresaw."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.figure_helpers import figure_containing, figures_in

D = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("The coroner recorded 97 heat deaths during the July heatwave.", "97", "killed"),
        ("Officials logged 2,410 traffic injuries on the ring road last year.", "2,410",
         "injured"),
        ("Greece counted 18,200 land arrivals in the first half of the year.", "18,200",
         "arrived"),
        ("Drowning deaths rose to 64 this summer, the lifeguard service said.", "64", "killed"),
    ],
)  # fmt: skip
def test_a_word_that_names_no_one_before_a_measure_noun_counts_nothing(
    text: str, number: str, measure: str
) -> None:
    f = figure_containing(text, number, D)
    assert f.measure == measure
    assert f.counted is None


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("The monitors documented 310 civilian deaths in March.", "310", "civilian"),
        ("Kyiv put the toll at 1,200 Russian casualties over the weekend.", "1,200", "Russian"),
        ("The union listed 14 miner deaths at the pit since 2019.", "14", "miner"),
        ("Inspectors found 23 resident deaths at the care homes.", "23", "resident"),
    ],
)  # fmt: skip
def test_a_kind_of_person_before_a_measure_noun_is_still_counted(
    text: str, number: str, counted: str
) -> None:
    assert figure_containing(text, number, D).counted == counted


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("The tribunal cleared 3,400 pending cases in its first year.", "3,400", "pending cases"),
        ("Prosecutors opened 812 fraud cases last year.", "812", "fraud cases"),
        ("The watchdog logged 1,150 cases of abuse in state care homes.", "1,150", "cases"),
    ],
)  # fmt: skip
def test_cases_a_court_or_report_counts_are_no_infections(
    text: str, number: str, counted: str
) -> None:
    f = figure_containing(text, number, D)
    assert f.measure is None
    assert f.counted == counted


def test_cases_of_a_disease_are_still_infections() -> None:
    f = figure_containing("Doctors confirmed 412 cases of dengue in the district.", "412", D)
    assert f.measure == "infected"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The Greens took 48 seats, eight short of a majority.", "eight"),
        ("Rovers sit 11 points clear at the top of the table.", "11"),
        ("Fares are now 14% higher than before the strike.", "14%"),
        ("She beat the national record of 9.58 set in 2009.", "9.58"),
        ("Council tax will rise to £2,210 a year, an increase of 4.9%.", "4.9%"),
    ],
)
def test_a_word_that_compares_is_no_counted_noun(text: str, number: str) -> None:
    assert figure_containing(text, number, D).counted is None


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("The new drug was 78% effective against severe illness.", "78%", "effective"),
        ("The ferry has broken down 17 times since it entered service.", "17", "times"),
    ],
)
def test_an_efficacy_or_a_tally_of_times_keeps_its_word(
    text: str, number: str, counted: str
) -> None:
    # the conflicts panel meets "95% effective" with "90% effective" by this word
    assert figure_containing(text, number, D).counted == counted


def test_a_change_noun_before_an_amount_still_counts() -> None:
    text = "The cartel kept its cuts of 1.4 million barrels a day in place."
    assert figure_containing(text, "1.4 million", D).counted == "cuts"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Officials doubt the agency's estimate of 9,000 displaced.", "9,000"),
        ("The ministry's figure is closer to 2,300.", "2,300"),
        ("Crews cleared 40 tonnes of debris, taking this month's total to 310.", "310"),
    ],
)
def test_a_noun_that_says_whose_number_it_is_counts_nothing(text: str, number: str) -> None:
    assert figure_containing(text, number, D).counted is None


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Only 900 marchers turned up, far fewer than the 4,000 organisers had predicted.",
         "4,000", "predicted"),
        ("The fund raised $80m, well short of the $250m the charities had sought.", "$250m",
         "sought"),
        ("Builders finished 61,000 homes, below the 75,000 analysts had expected.", "75,000",
         "expected"),
    ],
)  # fmt: skip
def test_a_number_someone_wanted_or_foresaw_counts_nothing(
    text: str, number: str, measure: str
) -> None:
    f = figure_containing(text, number, D)
    assert f.counted is None
    assert f.measure == measure


def test_the_count_beside_a_forecast_keeps_its_noun() -> None:
    text = "Builders finished 61,000 homes, below the 75,000 analysts had expected."
    assert figure_containing(text, "61,000", D).counted == "homes"


def test_evacuations_is_the_evacuated_measure() -> None:
    f = figure_containing("Police carried out 2,700 evacuations along the coast.", "2,700", D)
    assert f.measure == "evacuated"
    assert f.counted is None


@pytest.mark.parametrize(
    ("text", "number", "measure", "counted"),
    [
        ("Cycling deaths rose 14% to 212 last year.", "212", "killed", None),
        ("Confirmed dengue cases jumped by 900 to 5,300 this week.", "5,300", "infected", None),
        ("Civilian deaths rose 12% to 3,400 in the spring.", "3,400", "killed", "Civilian"),
    ],
)
def test_the_level_a_toll_reaches_after_its_change_keeps_the_measure(
    text: str, number: str, measure: str, counted: str | None
) -> None:
    f = figure_containing(text, number, D)
    assert f.measure == measure
    assert f.counted == counted


def test_the_change_of_a_toll_counts_the_whole_subject() -> None:
    f = figure_containing("Cycling deaths rose 14% to 212 last year.", "14%", D)
    assert f.measure == "rose"
    assert f.counted == "Cycling deaths"


def test_a_subject_told_by_a_measure_noun_lends_no_noun_to_the_next_count() -> None:
    text = "Cycling deaths fell 5% to 190, while serious injuries rose to 4,100."
    f = figure_containing(text, "4,100", D)
    assert f.measure == "injured"
    assert f.counted is None


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Some 8,000 homes downstream are still without power.", "8,000", "without power"),
        ("About 300 families nearby were evacuated overnight.", "300", "evacuated"),
    ],
)
def test_a_place_adverb_between_a_count_and_its_state(text: str, number: str, measure: str) -> None:
    assert figure_containing(text, number, D).measure == measure


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("Among renters under 40, 64% expect never to buy a home.", "64%", "renters"),
        ("Among women aged 18 to 24, 62% back the plan.", "62%", "women"),
        ("Among young drivers, nearly 30% admit to using a phone.", "30%", "young drivers"),
    ],
)
def test_a_share_of_the_group_a_sentence_opens_with(text: str, number: str, counted: str) -> None:
    assert figure_containing(text, number, D).counted == counted


@pytest.mark.parametrize(
    "text",
    [
        "Among voters under 35, 58% back the opposition.",
        "Turnout among residents over 65 was 71%.",
        "Among patients aged over 80, 9% needed a second operation.",
    ],
)
def test_the_age_of_a_group_is_no_figure(text: str) -> None:
    assert all(f.number_text not in ("35", "65", "80") for f in figures_in(text, D))


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("The survey has a margin of error of plus or minus 2.9 percentage points.", "2.9",
         "margin of error"),
        ("It has a margin of sampling error of plus or minus 4 points.", "4",
         "margin of sampling error"),
    ],
)  # fmt: skip
def test_a_margin_either_way_counts_the_margin(text: str, number: str, counted: str) -> None:
    f = figure_containing(text, number, D)
    assert f.counted is not None
    assert f.counted.split()[-1] == counted.split()[-1]


def test_the_homeless_a_disaster_left_take_no_noun_from_its_dead() -> None:
    text = "The cyclone killed 310 people and left some 45,000 homeless, officials said."
    f = figure_containing(text, "45,000", D)
    assert f.measure == "displaced"
    assert f.counted is None
    assert figure_containing(text, "310", D).counted == "people"


def test_the_missing_a_disaster_left_still_share_its_noun() -> None:
    text = "The mudslide killed 64 people and left 120 missing."
    assert figure_containing(text, "120", D).counted == "people"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Some 640 migrants landed on the island on Sunday, bringing the total so far this "
         "month to more than 5,100.", "5,100"),
        ("Divers recovered 12 more bodies, raising the overall toll to 231.", "231"),
        ("Medics treated 85 fans, taking their tally for the weekend to 140.", "140"),
    ],
)  # fmt: skip
def test_a_running_total_with_no_noun_counts_nothing(text: str, number: str) -> None:
    assert figure_containing(text, number, D).counted is None


def test_a_running_total_of_a_named_noun_counts_it() -> None:
    text = "Another 3,000 crossed on Monday, bringing the number of refugees in the camp to 41,000."
    assert figure_containing(text, "41,000", D).counted == "refugees"


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("The landslide killed 38 people, with 17 still missing.", "17", "missing"),
        ("Gunmen killed 14 villagers, with at least 20 injured.", "20", "injured"),
    ],
)
def test_a_toll_after_with_takes_no_noun(text: str, number: str, measure: str) -> None:
    f = figure_containing(text, number, D)
    assert f.measure == measure
    assert f.counted is None


def test_a_further_count_after_with_shares_the_noun() -> None:
    text = "The blast left 12 people dead, with a further 24 injured."
    assert figure_containing(text, "24", D).counted == "people"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Troops killed 45 rebels overnight, and dozens more were captured.", "dozens"),
        ("Some 900 workers were laid off in May, and thousands more face the same fate.",
         "thousands"),
    ],
)  # fmt: skip
def test_a_vague_count_of_more_takes_no_noun(text: str, number: str) -> None:
    assert figure_containing(text, number, D).counted is None


def test_a_vague_count_of_more_with_its_own_noun_keeps_it() -> None:
    text = "Troops killed 45 rebels overnight, and dozens more fighters were captured."
    assert figure_containing(text, "dozens", D).counted == "fighters"


@pytest.mark.parametrize(
    ("text", "number", "qualifier"),
    [
        ("Organisers estimated that 85,000 people joined the march.", "85,000", "approximate"),
        ("The ministry estimates that 3.2 million children are out of school.", "3.2 million",
         "approximate"),
        ("Analysts estimate that more than 40,000 jobs will go.", "40,000", "more_than"),
        ("Officials estimated that 300 to 400 homes were flooded.", "300 to 400", "range"),
    ],
)  # fmt: skip
def test_a_number_that_opens_an_estimate_is_approximate(
    text: str, number: str, qualifier: str
) -> None:
    assert figure_containing(text, number, D).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "number", "measure", "counted"),
    [
        ("Crude exports fell by 180,000 barrels a day in March.", "180,000", "fell",
         "Crude exports"),
        ("Coal stocks rose by 2.4 million tonnes over the winter.", "2.4 million", "rose",
         "Coal stocks"),
        ("Wind capacity grew by 3,100 megawatts last year.", "3,100", "rose", "Wind capacity"),
    ],
)  # fmt: skip
def test_a_quantity_in_a_unit_moved_by_a_number_is_a_change(
    text: str, number: str, measure: str, counted: str
) -> None:
    f = figure_containing(text, number, D)
    assert f.measure == measure
    assert f.counted == counted


def test_the_level_after_a_change_in_a_rate_unit_counts_the_same_thing() -> None:
    text = "Gas output fell by 40,000 barrels a day to 1.6 million barrels a day in May."
    f = figure_containing(text, "1.6 million", D)
    assert f.counted == "Gas output"
    assert f.measure is None


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("Riders by route last month: Harbour Line 2.4 million, Park Line 910,000.",
         "2.4 million", "Harbour Line"),
        ("Riders by route last month: Harbour Line 2.4 million, Park Line 910,000.",
         "910,000", "Park Line"),
        ("Turnout by district: North Vale 64%, East Marsh 58%.", "58%", "East Marsh"),
    ],
)  # fmt: skip
def test_a_table_row_with_a_capitalised_name_counts_its_label(
    text: str, number: str, counted: str
) -> None:
    assert figure_containing(text, number, D).counted == counted


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Riders by route: Harbour Line 2.4 million.", "2.4 million"),
        ("Engineers closed Route 9 overnight, diverting 4,000 drivers.", "4,000"),
    ],
)
def test_a_scaled_number_after_a_name_is_no_designation(text: str, present: str) -> None:
    found = [f.number_text for f in figures_in(text, D)]
    assert present in found
    assert "9" not in found


def test_a_relative_clause_past_the_window_still_names_the_count() -> None:
    text = (
        "The number of pupils who sat the new reading test in its first two weeks of use "
        "was 86,000, the board said."
    )
    assert figure_containing(text, "86,000", D).counted == "pupils"


@pytest.mark.parametrize(
    ("text", "number", "counted", "measure"),
    [
        ("Mpox cases have risen to 940, double the 470 recorded last year.", "470", None,
         "infected"),
        ("The lead of 2,810 votes is smaller than the 3,950 reported on Monday.", "3,950",
         "votes", None),
        ("Police arrested 212 fans, up from the 150 arrested last season.", "150", "fans",
         "arrested"),
    ],
)  # fmt: skip
def test_a_yardstick_after_the_count_is_the_same_quantity(
    text: str, number: str, counted: str | None, measure: str | None
) -> None:
    f = figure_containing(text, number, D)
    assert f.counted == counted
    assert f.measure == measure


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Ticket sales reached 1.9 million, up 14% on last season.", "14%"),
        ("The party polled 22%, down four points since the spring.", "four"),
        ("Turnout was 58%, up 3.5 percentage points on 2022.", "3.5"),
    ],
)
def test_a_change_said_with_up_or_down_alone_names_no_measure(text: str, number: str) -> None:
    f = figure_containing(text, number, D)
    assert f.measure is None
    assert f.counted is None


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Ticket sales rose 14% on last season.", "14%", "rose"),
        ("The party's support fell four points since the spring.", "four", "fell"),
    ],
)
def test_a_change_said_with_a_verb_keeps_its_measure(text: str, number: str, measure: str) -> None:
    assert figure_containing(text, number, D).measure == measure


def test_up_after_a_subject_and_its_copula_is_a_rise() -> None:
    f = figure_containing("House prices were up 5.2% in the year to May.", "5.2%", D)
    assert f.measure == "rose"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Nearly a third of the 2,600 homes on the island were damaged.", "2,600"),
        ("Eight of the 11 judges voted against the appeal.", "11"),
        ("Most of the 900 staff at the plant were laid off in May.", "900"),
    ],
)
def test_the_whole_a_part_is_told_of_takes_no_measure_from_the_part(text: str, number: str) -> None:
    assert figure_containing(text, number, D).measure is None


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Doctors said 9 of the 31 patients who died had no insurance.", "31", "killed"),
        ("Only 4 of the 40 drones launched by the rebels reached the city.", "40", "fired"),
        ("Medics said 12 of the 80 residents evacuated from the tower were children.", "80",
         "evacuated"),
    ],
)  # fmt: skip
def test_a_whole_with_its_own_clause_keeps_its_measure(
    text: str, number: str, measure: str
) -> None:
    assert figure_containing(text, number, D).measure == measure


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Some 2 lakh devotees took a dip in the lake at dawn.", "2 lakh", None),
        ("About 40,000 swimmers took a plunge on New Year's Day.", "40,000", None),
        ("The Greens took 17 seats in the council.", "17", "won"),
    ],
)
def test_took_an_act_is_no_win(text: str, number: str, measure: str | None) -> None:
    assert figure_containing(text, number, D).measure == measure


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("The Liberals took 61 seats, with the Nationals on 28.", "28", "Nationals"),
        ("An Opinium poll puts the Greens on 19%, with Plaid Cymru at 4%.", "4%", "Plaid Cymru"),
    ],
)
def test_a_party_after_with_counts_its_reading(text: str, number: str, counted: str) -> None:
    assert figure_containing(text, number, D).counted == counted


def test_a_level_after_with_still_counts_the_level() -> None:
    text = "The vote passed easily, with turnout at 48%."
    assert figure_containing(text, "48%", D).counted == "turnout"


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("The average price of a new car rose to £41,200 last year.", "£41,200",
         "average price"),
        ("The typical cost of a wedding was $33,000 in 2025.", "$33,000", "typical cost"),
        ("Support for the new runway fell to 38% in June.", "38%", "Support"),
    ],
)  # fmt: skip
def test_a_level_named_before_of_counts_the_level(text: str, number: str, counted: str) -> None:
    assert figure_containing(text, number, D).counted == counted


@pytest.mark.parametrize(
    ("text", "number", "counted", "measure"),
    [
        ("Police said 7 of the dead were tourists.", "7", "tourists", "killed"),
        ("Officials said 31 of the injured were firefighters.", "31", "firefighters", "injured"),
        ("Ten of the injured were taken to hospital.", "Ten", None, "injured"),
    ],
)
def test_a_part_of_a_toll_is_named_by_what_its_members_were(
    text: str, number: str, counted: str | None, measure: str
) -> None:
    f = figure_containing(text, number, D)
    assert f.counted == counted
    assert f.measure == measure


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("The region's 2027 budget is €2.4bn, of which €900m goes to hospitals.", "€900m",
         "budget"),
        ("The levy raises £6bn in duties, including £2bn from fuel.", "£2bn", "duties"),
    ],
)  # fmt: skip
def test_a_part_of_a_sum_counts_the_sum(text: str, number: str, counted: str) -> None:
    assert figure_containing(text, number, D).counted == counted


def test_a_part_of_a_sum_with_a_use_after_for_counts_no_whole() -> None:
    text = "Ministers approved a $2 billion budget, including $300 million for roads."
    assert figure_containing(text, "$300 million", D).counted != "budget"


def test_a_share_restated_in_figures_counts_the_same_group() -> None:
    text = "Almost a third of renters, 31%, said they had fallen behind on rent."
    assert figure_containing(text, "31%", D).counted == "renters"
