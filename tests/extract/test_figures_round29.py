"""Round 29 figure rules: a word before a measure noun that names no one, cases a court or a
report counts, words after a number that compare rather than count, nouns that say whose
number it is, and numbers someone wanted or foresaw."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.figure_helpers import figure_containing

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
