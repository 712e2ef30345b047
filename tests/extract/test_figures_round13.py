"""Round 13: wire copy of 1998-2000, elections, sport, courts, prices and corrections, and
round 12's leftovers."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import Figure
from tests.extract.figure_helpers import figure_containing, figures_in

D = date(1999, 9, 22)


def _figures(text: str) -> list[Figure]:
    return figures_in(text, D)


def _figure(text: str, number: str) -> Figure:
    return figure_containing(text, number, D)


# -- a time noun led by "each" or "last" is a stretch of time, not a name ------------------------


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("Each day 40 boats arrive on the southern coast.", "40", "boats"),
        ("Every week 300 migrants cross the border.", "300", "migrants"),
        ("Last year 1,200 people applied.", "1,200", "people"),
    ],
)
def test_a_count_after_each_day_is_a_figure(text: str, number: str, counted: str) -> None:
    assert _figure(text, number).counted == counted


def test_a_named_day_still_names_no_count() -> None:
    numbers = [f.number_text for f in _figures("On day 40 of the siege, 12 people died.")]
    assert numbers == ["12"]


def test_each_day_arrivals_told_in_the_present_are_arrivals() -> None:
    assert _figure("Each day 40 boats arrive on the island.", "40").measure == "arrived"


# -- a place in the text is no figure, and does not join the next number into a range ------------


def test_a_paragraph_number_is_no_range_start() -> None:
    figures = _figures("Corrects number of dead in paragraph 2 to 26 from 62.")
    assert [(f.number_text, f.low, f.high, f.measure) for f in figures] == [
        ("26", 26, 26, "killed"),
        ("62", 62, 62, "killed"),
    ]


def test_a_page_range_is_still_no_figure() -> None:
    assert _figures("The findings are on pages 12-14 of the report.") == []


# -- dollars named by country, as wire copy writes them --------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Losses reached 20 billion U.S. dollars, the ministry said.", "USD"),
        ("Losses reached 20 billion US dollars, the ministry said.", "USD"),
        ("The deal was worth 3.5 billion Hong Kong dollars.", "HKD"),
        ("Output was worth 40 billion renminbi.", "CNY"),
    ],
)
def test_dollars_named_by_country(text: str, unit: str) -> None:
    f = _figure(text, "billion")
    assert f.unit == unit
    assert f.counted != "U"


def test_an_amount_in_us_dollars_counts_the_subject() -> None:
    f = _figure("China's foreign trade volume reached 360.7 billion U.S. dollars in 1999.", "360.7")
    assert (f.low, f.unit) == (360_700_000_000, "USD")
    assert f.counted is not None and f.counted.endswith("foreign trade volume")


# -- wire corrections ------------------------------------------------------------------------------


def test_the_correct_figure_is_the_count_before() -> None:
    text = (
        "An earlier version of this story said 40 people were arrested; "
        "police say the correct figure is 14."
    )
    earlier, correct = _figure(text, "40"), _figure(text, "14")
    assert earlier.denied
    assert not correct.denied
    assert (correct.counted, correct.measure) == ("people", "arrested")


def test_a_retraction_is_no_claim_but_an_earlier_report_is() -> None:
    assert _figure("An earlier version of this story said 62 people died.", "62").denied
    assert _figure("The paper incorrectly reported that 62 people died.", "62").denied
    assert not _figure("An earlier report said 62 people died.", "62").denied


def test_a_wrong_value_denied_counts_what_the_right_one_counts() -> None:
    text = "The story misstated the number of homes destroyed; it was 140, not 410."
    right, wrong = _figure(text, "140"), _figure(text, "410")
    assert (right.counted, right.measure) == ("homes", "destroyed")
    assert (wrong.counted, wrong.measure, wrong.denied) == ("homes", "destroyed", True)
    fans = _figure("Police said 80 fans were arrested, not 800.", "800")
    assert (fans.counted, fans.measure, fans.denied) == ("fans", "arrested", True)


def test_a_rival_estimate_is_not_a_correction() -> None:
    text = "A crowd of 20,000 watched, though the mayor's office said the true figure was 35,000."
    assert _figure(text, "35,000").measure is None


@pytest.mark.parametrize(
    "text",
    [
        "Police corrected the number of people arrested during the protest to 14.",
        "The bus crash killed 26 people, police said, correcting an earlier figure.",
    ],
)
def test_a_correction_is_a_revision_cue(text: str) -> None:
    f = _figures(text)[-1]
    assert f.change_cue is not None and f.change_cue.lower().startswith("correct")


# -- everyone aboard, and a day's count told as a habit ----------------------------------------------


def test_passengers_and_crew_are_one_count() -> None:
    f = _figure("The jet was carrying 64 passengers and crew when it crashed.", "64")
    assert (f.counted, f.measure) == ("passengers and crew", "on board")


def test_each_day_is_a_days_count() -> None:
    assert _figure("Each day 40 boats arrive on the island.", "40").period == "day"


# -- a verb over two objects, and an average that names itself --------------------------------------


def test_a_verb_reaches_a_second_object_past_a_place() -> None:
    text = (
        "The outbreak has infected dozens of workers at the plant and hundreds of their relatives."
    )
    assert _figure(text, "hundreds").measure == "infected"


def test_a_second_clause_keeps_its_own_verb() -> None:
    text = "Strikes killed 12 people in Gaza and 300 homes were destroyed."
    assert _figure(text, "300").measure == "destroyed"


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        (
            "Last year had a global average of 1.55C above pre-industrial levels.",
            "1.55",
            "global average",
        ),
        ("Prices rose by an average of 6.5%.", "6.5", None),
        ("The fund paid a total of $300 million.", "300", None),
    ],
)
def test_an_average_with_a_name_is_counted(text: str, number: str, counted: str | None) -> None:
    assert _figure(text, number).counted == counted


def test_a_time_phrase_closes_a_subject() -> None:
    text = "The WMO said global average temperatures last year were 1.55 degrees Celsius."
    assert _figure(text, "1.55").counted == "global average temperatures"


# -- places: inside a subject, and a lender's name that is no place -----------------------------------


def test_a_place_inside_the_subject_is_the_scope() -> None:
    assert _figure("Average asking rents in London hit £2,695 a month.", "2,695").scope == "London"


def test_the_nationwide_index_is_no_scope() -> None:
    text = "House prices were up 4.1% from a year earlier, the Nationwide index showed."
    assert _figure(text, "4.1").scope is None
    assert _figure("Nationwide, 480 people were arrested.", "480").scope == "nationwide"
    assert _figure("Police arrested 480 people nationwide.", "480").scope == "nationwide"
