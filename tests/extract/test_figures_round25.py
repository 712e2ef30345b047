"""Round 25 figure rules: whole wire lead sentences, with numbers inside long subjects and
clauses between a count and its verb."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import Figure
from tests.extract.figure_helpers import figure_containing

D = date(2025, 3, 4)


def _figure(text: str, number: str) -> Figure:
    return figure_containing(text, number, D)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("A 6.8 magnitude quake killed 12 people.", "6.8"),
        ("The 7.3 magnitude earthquake struck off Port Vila.", "7.3"),
        ("A 6.1-magnitude quake hit Mindanao.", "6.1"),
        ("The magnitude 6.4 earthquake struck western Nepal.", "6.4"),
    ],
)
def test_a_magnitude_however_written_measures_the_quake_and_counts_no_quakes(
    text: str, number: str
) -> None:
    f = _figure(text, number)
    assert (f.unit, f.counted, f.measure) == ("magnitude", None, None)


@pytest.mark.parametrize(
    "subject",
    [
        "the magnitude 6.8 earthquake that struck eastern Turkey early Sunday",
        "the 6.8-magnitude earthquake that struck eastern Turkey early Sunday",
        "the collapse of a 20-storey tower that fell in Lagos on Sunday",
        "the crash of Flight 370",
        "the 7-0 defeat that set off the riot",
        "the Category 4 hurricane that made landfall on Sunday",
    ],
)
def test_a_number_naming_the_event_leaves_a_toll_its_measure(subject: str) -> None:
    text = f"The death toll from {subject} rose to 212 on Tuesday, up from 147 a day earlier."
    for number in ("212", "147"):
        f = _figure(text, number)
        assert (f.counted, f.measure) == (None, "killed")


def test_a_count_between_the_toll_and_its_number_still_blocks_it() -> None:
    # the 40 injured are a count of their own: the toll far before them is not theirs
    f = _figure("The death toll rose to 12 and 40 injured people were treated.", "40")
    assert f.measure == "injured"


@pytest.mark.parametrize(
    ("text", "number", "counted", "measure"),
    [
        (
            "Police said 11 people, including a 7-year-old boy, were killed in the blast.",
            "11",
            "people",
            "killed",
        ),
        (
            "The agency said 61 migrants, among them women and children, had drowned.",
            "61",
            "migrants",
            "killed",
        ),
        (
            "The 12 boys of the football team, who had been trapped in a cave since June 23,"
            " were all pulled out alive.",
            "12",
            "boys",
            "rescued",
        ),
        ("At least 14 people, officials said, were killed in the blast.", "14", "people", "killed"),
    ],
)
def test_the_verb_after_an_aside_is_the_counts_measure(
    text: str, number: str, counted: str, measure: str
) -> None:
    f = _figure(text, number)
    assert (f.counted, f.measure) == (counted, measure)


def test_a_level_read_past_a_relative_clause_names_its_subject() -> None:
    text = (
        "Unemployment in the euro zone, which peaked at 12.2% in 2013, fell to a record low of"
        " 6.2% in November, down from 6.3% a month earlier, Eurostat said."
    )
    for number in ("12.2", "6.2%", "6.3"):
        assert _figure(text, number).counted == "Unemployment"
    # a clause with a number of thousands in it is still one aside
    nikkei = (
        "The benchmark Nikkei index, which hit a record 42,224 in July, fell 4.2% to 35,910 on"
        " Friday."
    )
    assert _figure(nikkei, "35,910").counted == "benchmark Nikkei index"
    assert (_figure(nikkei, "4.2").counted, _figure(nikkei, "4.2").measure) == (
        "benchmark Nikkei index",
        "fell",
    )


def test_a_relative_pronoun_before_a_level_stands_for_the_noun_before_it() -> None:
    brent = "Brent crude, which touched $139 a barrel in March 2022, fell 2.1% to $71.40."
    assert _figure(brent, "139").counted == "Brent crude"
    rice = "Rice prices, which rose 14% in the year to June, are expected to climb."
    assert (_figure(rice, "14").counted, _figure(rice, "14").measure) == ("Rice prices", "rose")
    # what the clause's verb did to people is told of them, not of the thing before
    quake = "The 2015 Nepal earthquake, which killed nearly 9,000 people, was the worst."
    assert (_figure(quake, "9,000").counted, _figure(quake, "9,000").measure) == (
        "people",
        "killed",
    )


def test_a_peak_with_no_relative_pronoun_stays_a_bare_measurement() -> None:
    assert _figure("The river peaked at 8.2 metres, the agency said.", "8.2").counted is None


def test_an_attribution_before_up_from_is_no_aside() -> None:
    text = "Measles cases in Europe reached 58,000 last year, the WHO said, up from 22,000."
    assert _figure(text, "22,000").counted is None


def _all(text: str, published: date) -> list[Figure]:
    from desktop.extract.figures import find_figures
    from desktop.extract.timex import find_timexes

    return find_figures(text, published, find_timexes(text, published))


@pytest.mark.parametrize(
    "text",
    [
        "Floods triggered by heavy rain, which began falling on Tuesday, have killed 205 people"
        " in the Valencia region, officials said.",
        "The wildfire that broke out near Los Angeles on Tuesday, fanned by strong gusts, has"
        " burned 17,234 acres.",
    ],
)
def test_a_date_in_a_clause_describing_the_event_does_not_date_the_count(text: str) -> None:
    published = date(2024, 11, 1)  # a Friday
    (f,) = [f for f in _all(text, published) if f.low and f.low > 200]
    assert f.as_of == published


def test_a_toll_told_on_a_day_keeps_that_day_past_the_quakes_own() -> None:
    text = (
        "Police said on Monday that 171 people had been killed by the earthquake that struck"
        " the west of the country late Friday."
    )
    (f,) = _all(text, date(2025, 3, 4))
    assert f.as_of == date(2025, 3, 3)
    assert f.period != "day"


def test_a_relative_clause_that_runs_into_the_main_verb_keeps_its_date() -> None:
    # "who was among ... died in hospital on Sunday": with no comma to close it, the clause
    # may hold the main verb, so its date still dates the toll raised after it
    text = (
        "A student who was among the people wounded in the attack died in hospital on Sunday,"
        " raising the death toll to 146, officials said."
    )
    (f,) = _all(text, date(2024, 3, 25))
    assert f.as_of == date(2024, 3, 24)


def test_a_participle_with_its_agent_describes_the_noun_and_the_passive_after_is_the_verb() -> None:
    text = (
        "The army said 18 of the 25 rockets launched by Hezbollah on Sunday morning had been"
        " intercepted."
    )
    assert (_figure(text, "18").measure, _figure(text, "25").measure) == ("intercepted", "fired")
    drones = "Russia said 40 drones launched by Ukraine overnight were shot down."
    assert _figure(drones, "40").measure == "intercepted"
    # with no passive verb after it, the participle is still the count's measure
    assert _figure("Officials counted 40 drones launched by Russia.", "40").measure == "fired"


def test_the_noun_right_before_a_relative_pronoun_is_what_its_level_measures() -> None:
    text = (
        "Most were unregistered worshippers who walked long distances in temperatures that"
        " reached 51.8C, officials said."
    )
    assert _figure(text, "51.8").counted == "temperatures"


def test_before_of_the_head_is_the_noun_after_any_preposition() -> None:
    f = _figure("The fire, fanned by gusts of up to 160 km/h, spread east.", "160")
    assert f.counted == "gusts"


def test_a_level_reached_after_with_names_its_subject() -> None:
    text = "Voters came out on Tuesday, with turnout reaching 71.3%, officials said."
    assert _figure(text, "71.3").counted == "turnout"


def test_a_clause_about_most_of_the_group_is_an_aside_before_the_verb() -> None:
    text = "Saudi Arabia said 1,301 people, most of whom were not registered, died during the Hajj."
    f = _figure(text, "1,301")
    assert (f.counted, f.measure) == ("people", "killed")


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("The minister was charged on Thursday with 18 counts of fraud.", "18", "charged"),
        ("Police arrested on Tuesday 37 people.", "37", "arrested"),
        (
            "The minister, who was detained in March along with 12 aides, was charged on Thursday.",
            "12",
            "arrested",
        ),
    ],
)
def test_a_verb_reaches_its_count_past_a_day_or_along_with(
    text: str, number: str, measure: str
) -> None:
    assert _figure(text, number).measure == measure


@pytest.mark.parametrize(
    "text",
    [
        "The number of people killed in the 7.8-magnitude earthquake that struck Turkey on"
        " February 6 has risen to more than 41,000.",
        "The death toll from the floods that began on 27 June rose to 41,000.",
        "The death toll from the war that began in 2014 rose to 41,000.",
    ],
)
def test_a_date_or_magnitude_inside_the_subject_leaves_what_it_counts(text: str) -> None:
    assert _figure(text, "41,000").measure == "killed"
