"""Round 26 figure rules: what end-to-end QA found wrong in whole story packs (sources, as-of
dates, currency words, list markers, alternatives)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import Figure
from desktop.extract.figures import find_figures
from desktop.extract.timex import find_timexes
from tests.extract.figure_helpers import figure_containing

D = date(2026, 9, 23)  # a Wednesday


def _figure(text: str, number: str, published: date = D) -> Figure:
    return figure_containing(text, number, published)


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("Shares closed at 182.60 crowns on Tuesday.", "182.60", "crowns"),
        ("It wiped about 1.1 billion crowns off its market value.", "1.1 billion", "crowns"),
        ("The ministry set aside 400 million kroner for the clean-up.", "400 million", "crowns"),
        ("Norvik faces a maximum fine of 50 million Norwegian crowns.", "50 million", "NOK"),
        ("Revenue fell to 12.4 billion Swedish kronor.", "12.4 billion", "SEK"),
        ("Revenue fell to 12.4 billion kronor.", "12.4 billion", "SEK"),
        ("About 4 billion baht has been spent on the terminal.", "4 billion", "THB"),
        ("The project will cost 3.2 trillion won, the ministry said.", "3.2 trillion", "KRW"),
        ("Indonesia has budgeted 45 trillion rupiah for subsidies.", "45 trillion", "IDR"),
        ("The bond sale raised 500 million zlotys.", "500 million", "PLN"),
        ("The trade surplus widened to 28.8 billion dlrs.", "28.8 billion", "USD"),
        ("Toyota earned 1.2 trillion yen (dlrs 11.1 billion) in the year.", "11.1 billion", "USD"),
        ("The dollar bought 104.12 yen late Wednesday.", "104.12", "JPY"),
    ],
)
def test_a_currency_written_as_a_word_is_the_amounts_unit(
    text: str, number: str, unit: str
) -> None:
    f = _figure(text, number)
    assert f.unit == unit
    assert f.counted is None or f.counted.lower() not in ("crowns", "kroner", "baht", "dlrs")


@pytest.mark.parametrize(
    "text",
    ["Labour, with 412, won a majority.", "Of the 15 candidates, 12 won their seats."],
)
def test_won_after_a_small_count_is_the_verb_not_the_currency(text: str) -> None:
    assert all(f.unit != "KRW" for f in find_figures(text, D, find_timexes(text, D)))


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        (
            "NORDGRAD, Oct. 12 (Continental Press) -- The Northern Federation's defence ministry "
            "said its forces had destroyed 2,300 drones.",
            "2,300",
            "The Northern Federation's defence ministry",
        ),
        (
            "Police put Thursday's crowd at 12,000, organisers at more than 40,000.",
            "12,000",
            "Police",
        ),
        (
            "Police put Thursday's crowd at 12,000, organisers at more than 40,000.",
            "40,000",
            "organisers",
        ),
        (
            "It holds roughly 75 square kilometres, according to analysts, not the 210 square "
            "kilometres the Federation claimed.",
            "210",
            "the Federation",
        ),
        (
            "It holds roughly 75 square kilometres, according to analysts, not the 210 square "
            "kilometres the Federation claimed.",
            "75",
            "analysts",
        ),
        ("Last week's issue said the alliance would take 84 seats.", "84", "Last week's issue"),
        (
            "An estimated 3,200 houses were flooded, the regional government said.",
            "3,200",
            "the regional government",
        ),
        (
            "An hour later the fire brigade said 14 people had been rescued.",
            "14",
            "the fire brigade",
        ),
        (
            "Visually confirmed losses stand at 41 tanks, the monitoring group Oryx said.",
            "41",
            "the monitoring group Oryx",
        ),
        (
            "“Banks here have spent more than $1 billion,” said Hiroshi Tanabe, an analyst.",
            "$1 billion",
            "Hiroshi Tanabe",
        ),
        (
            "The EU has pledged 25 million euros, and the World Bank said it would lend 40 million euros.",
            "40 million",
            "the World Bank",
        ),
        ("Shares fell 6 percent on Tuesday, traders said.", "6 percent", "traders"),
    ],
)
def test_the_source_is_the_subject_of_the_saying_verb_in_the_figures_own_clause(
    text: str, number: str, source: str
) -> None:
    assert _figure(text, number).attributed_to == source


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Damage is provisionally put at 3 billion crowns.", "3 billion"),
        (
            "The EU has pledged 25 million euros, and the World Bank said it would lend more.",
            "25 million",
        ),
        ("An earlier version of this post said turnout was 63 percent.", "63"),
        ("The number of confirmed cases has risen to 214.", "214"),
        ("Unemployment fell to 4.2% in August, while employers added 142,000 jobs.", "142,000"),
        (
            "Warplanes killed 60 fighters on Monday, and Moscow said it had sent 30,000 troops.",
            "60",
        ),
    ],
)
def test_no_source_from_a_determiner_an_adverb_a_passive_or_another_clause(
    text: str, number: str
) -> None:
    assert _figure(text, number).attributed_to is None


def test_a_second_object_left_without_its_verb_keeps_the_first_source() -> None:
    text = (
        "Western estimates put Russian casualties at 180,000, and Ukrainian casualties at 100,000."
    )
    assert _figure(text, "100,000").attributed_to == "Western estimates"


@pytest.mark.parametrize(
    ("text", "number", "published", "as_of"),
    [
        (
            "The gap of 54,330 votes is larger than the 16,409 reported a day earlier.",
            "54,330",
            D,
            D,
        ),
        (
            "The gap of 54,330 votes is larger than the 16,409 reported a day earlier.",
            "16,409",
            D,
            date(2026, 9, 22),
        ),
        (
            "Turnout stood at 64.1 percent, the commission said, revising upward the figure of "
            "about 63 percent it gave on Monday.",
            "64.1",
            D,
            D,
        ),
        ("Bosnia put the toll at 10, double the figure it gave on Monday.", "10", D, D),
        ("The number of cases has risen to 214 from about 200 on Monday.", "214", D, D),
        (
            "The number of cases has risen to 214 from about 200 on Monday.",
            "200",
            D,
            date(2026, 9, 21),
        ),
        (
            "The bank has emailed 3.1 million customers so far and will finish by next Friday.",
            "3.1 million",
            D,
            D,
        ),
        (
            "The quake was the strongest since February 2023, when twin earthquakes killed more "
            "than 50,000 people.",
            "50,000",
            D,
            date(2023, 2, 28),
        ),
        (
            "China's foreign trade rose to 286.5 billion dollars in January-October.",
            "286.5",
            date(1999, 11, 10),
            date(1999, 10, 31),
        ),
        ("In 2014 the party won 22 seats; on Sunday it took 41.", "22", D, date(2014, 12, 31)),
        (
            "The EU has pledged 25 million euros, and the World Bank said on Monday it would lend more.",
            "25 million",
            D,
            D,
        ),
        (
            "The hospital has 450 beds and treated more than 12,000 patients on Monday.",
            "12,000",
            D,
            date(2026, 9, 21),
        ),
    ],
)
def test_a_yardsticks_or_another_clauses_date_belongs_to_its_own_figure(
    text: str, number: str, published: date, as_of: date
) -> None:
    assert _figure(text, number, published).as_of == as_of


def test_a_target_year_still_dates_a_plan() -> None:
    text = "The government will spend $1.3 trillion a year by 2035."
    assert _figure(text, "1.3 trillion").as_of == date(2035, 12, 31)


@pytest.mark.parametrize(
    "text",
    [
        "1. CHINA TRADE.",
        "This briefing goes to 1,200 clients in 14 countries.",
        "The count began this morning at 9 and ended at noon.",
        "Voting starts at 8, officials said.",
    ],
)
def test_list_markers_a_newsletters_reach_and_clock_hours_are_no_figures(text: str) -> None:
    assert find_figures(text, D, find_timexes(text, D)) == []


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("2. Markets: European stocks fell 2% on Tuesday.", ["2%"]),
        ("The index started at 9,200 points.", ["9,200"]),
        ("Prices started the year at 9 percent.", ["9 percent"]),
    ],
)
def test_a_figure_after_a_list_marker_or_after_start_still_counts(
    text: str, numbers: list[str]
) -> None:
    assert [f.number_text for f in find_figures(text, D, find_timexes(text, D))] == numbers


def test_two_alternatives_are_two_figures_sharing_their_noun() -> None:
    figures = find_figures("Officials said 50 or 75 people may have been trapped.", D)
    assert [(f.low, f.high, f.qualifier, f.counted) for f in figures] == [
        (50, 50, "exact", "people"),
        (75, 75, "exact", "people"),
    ]


@pytest.mark.parametrize("text", ["two or three people", "40 or 50 people", "300 or 400 people"])
def test_neighbours_at_their_rounding_stay_a_vague_range(text: str) -> None:
    figures = find_figures(f"Officials said {text} were hurt.", D)
    assert len(figures) == 1 and figures[0].qualifier == "range"


@pytest.mark.parametrize(
    ("text", "low", "high", "qualifier"),
    [
        ("Losses could be as high as US$25 billion, analysts said.", None, 25e9, "at_most"),
        ("Temperatures as high as 46C were recorded.", None, 46, "at_most"),
        ("Tickets cost as little as $5.", 5, None, "at_least"),
    ],
)
def test_as_high_as_is_at_most_and_as_little_as_at_least(
    text: str, low: float | None, high: float | None, qualifier: str
) -> None:
    f = find_figures(text, D)[0]
    assert (f.low, f.high, f.qualifier) == (low, high, qualifier)
