"""What a figure is about: its scope, measure and population, in sentences of many kinds of news."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import Figure
from desktop.extract import extract

D = date(2025, 3, 3)


def _figure(text: str, number: str) -> Figure:
    for f in extract(text, D).figures:
        if number in f.number_text:
            return f
    raise AssertionError(f"no figure {number!r} in {text!r}")


# -- scope: only a place in the figure's own clause ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "scope"),
    [
        # a place inside a relative clause about the source
        (
            "The monitoring group, which has offices in Geneva, said on Monday that 212 migrants "
            "had drowned this year.",
            "212",
            None,
        ),
        # a place in the clause of the reporting verb, before "said"
        ("Doctors in Port Sudan said 48 patients had died of cholera.", "48", None),
        # a place in another clause joined by "while"
        (
            "At least 19 people were injured, while rescuers in Antakya kept digging.",
            "19",
            None,
        ),
        ("Officials said 61 people were killed in Darfur over the weekend.", "61", "Darfur"),
        ("Gaza's death toll has passed 48,000, the ministry said.", "48,000", "Gaza"),
        ("Seven soldiers died in Russia's Belgorod region on Sunday.", "Seven", "Belgorod"),
        ("In Lahaina alone, 102 people are confirmed dead.", "102", "Lahaina"),
        # a part of a count keeps the count's place
        (
            "Strikes killed 93 people in Khan Younis, including 22 children, medics said.",
            "22",
            "Khan Younis",
        ),
    ],
)
def test_scope_comes_from_the_figures_own_clause(text: str, number: str, scope: str | None) -> None:
    assert _figure(text, number).scope == scope


# -- measures outside casualties ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Roughly 1,500 Iranian advisers are serving alongside Syrian units.", "1,500", "deployed"),
        ("Some 4,000 French soldiers are stationed in the Sahel.", "4,000", "deployed"),
        ("An estimated 7,000 volunteers are fighting for the rebel army.", "7,000", "deployed"),
        ("Copper exports fell 6.2% in May.", "6.2%", "fell"),
        ("Retail sales jumped 1.4% last month.", "1.4%", "rose"),
        ("The index posted a 3% drop in new orders.", "3%", "fell"),
        ("The yen slid 0.8% against the dollar.", "0.8%", "fell"),
        ("More than 900 schools closed as the smog thickened.", "900", "closed"),
        ("About 640 migrants crossed the Aegean on Saturday.", "640", "crossed"),
        ("Nearly 3,000 asylum seekers arrived in the Canary Islands.", "3,000", "arrived"),
        ("The ferry had 311 passengers on board when it capsized.", "311", "on board"),
        ("Some 5,000 farmers gathered outside the ministry.", "5,000", "took part"),
        ("About 12,000 residents were ordered to evacuate.", "12,000", "evacuated"),
        ("Floods forced 40,000 villagers from their homes.", "40,000", "displaced"),
        ("Two ministers were among the dead.", "Two", "killed"),
    ],
)
def test_measures_beyond_casualties(text: str, number: str, measure: str) -> None:
    assert _figure(text, number).measure == measure


def test_a_level_reached_is_no_change() -> None:
    f = _figure("Inflation rose to 3.1% in January.", "3.1%")
    assert (f.counted, f.measure) == ("Inflation", None)


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("Unemployment in the eurozone fell to 6.1% in March.", "6.1%", "Unemployment"),
        ("Shares in Seoul dropped 2.3% on Friday.", "2.3%", "Shares"),
        ("Voter turnout climbed to a record 68% this year.", "68%", "Voter turnout"),
        ("The militia fired 40 rockets and mortars at the base.", "40", "rockets and mortars"),
        ("A crowd of 52,000 watched the derby.", "52,000", "crowd"),
        ("A bus carrying 38 pilgrims overturned near Medina.", "38", "pilgrims"),
    ],
)
def test_the_counted_population(text: str, number: str, counted: str | None) -> None:
    assert _figure(text, number).counted == counted


def test_a_total_follows_the_count_before_it() -> None:
    text = "The ministry reported 57 new deaths, taking the national total to 4,318."
    assert _figure(text, "4,318").measure == "killed"


def test_of_them_with_a_destination_keeps_the_measure() -> None:
    text = "At least 2 million people have fled, about 600,000 of them to Chad."
    assert _figure(text, "600,000").measure == "displaced"


def test_a_decimal_is_not_a_clock_time() -> None:
    f = _figure("The bank set its rate at 4.25% on Thursday.", "4.25")
    assert (f.low, f.unit) == (4.25, "%")
    assert not [f for f in extract("Polls closed at 9.30pm.", D).figures]


def test_the_date_of_a_compared_estimate_is_not_as_of() -> None:
    text = (
        "The agency said 1,900 fighters had been wounded, more than the army's estimate "
        "earlier in the week."
    )
    assert _figure(text, "1,900").as_of == D


# -- vague quantities ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "low", "high", "measure"),
    [
        ("Dozens of homes were destroyed.", "Dozens", 24, 99, "destroyed"),
        ("Hundreds of protesters were arrested.", "Hundreds", 200, 999, "arrested"),
        ("Thousands fled across the border.", "Thousands", 2_000, 9_999, "displaced"),
        (
            "Tens of thousands marched in Belgrade.",
            "Tens of thousands",
            20_000,
            99_999,
            "took part",
        ),
        (
            "The storm may have killed several hundred people.",
            "several hundred",
            300,
            999,
            "killed",
        ),
    ],
)
def test_vague_quantities_are_figures_with_a_range(
    text: str, number: str, low: float, high: float, measure: str
) -> None:
    f = _figure(text, number)
    assert (f.low, f.high, f.qualifier, f.measure) == (low, high, "range", measure)


def test_vague_words_that_are_not_counts() -> None:
    assert not extract("The feud goes back hundreds of years.", D).figures
    assert not extract("Exam scores improved.", D).figures


def test_who_declines_to_confirm_a_figure_is_not_its_source() -> None:
    from datetime import date

    from desktop.extract.figures import find_figures

    text = (
        "The ministry has not confirmed or denied reports that 4,000 fighters crossed the "
        "border. The army said 120 fighters were captured."
    )
    first, second = find_figures(text, date(2025, 1, 13))
    assert first.attributed_to is None
    assert second.attributed_to == "The army"
