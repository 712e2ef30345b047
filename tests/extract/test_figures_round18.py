"""Round 18 figure rules: dev16's first-run errors (public finance, crime, company results)."""

from __future__ import annotations

from datetime import date

from desktop.domain import Figure
from tests.extract.figure_helpers import figure_containing

D = date(2025, 3, 3)


def _figure(text: str, number: str) -> Figure:
    return figure_containing(text, number, D)


def test_a_share_of_gdp_counts_its_subject() -> None:
    text = "Public sector net debt stood at 95.5 per cent of GDP at the end of February."
    assert _figure(text, "95.5").counted == "Public sector net debt"
    assert _figure("France's deficit reached 6.1% of output last year.", "6.1").counted == (
        "France's deficit"
    )
    # with no subject the base of the share is all the sentence names
    assert _figure("Nato members agreed to spend 5% of GDP on defence.", "5%").counted == "GDP"
    text = "Public debt has more than doubled to €310 billion, equal to 112% of economic output."
    assert _figure(text, "112%").counted == "economic output"
    # a share of a population is still a share of it
    assert _figure("Support rose to 40% of voters in March.", "40%").counted == "voters"


def test_a_level_told_ahead_counts_its_subject() -> None:
    text = "The deficit is forecast to narrow to nearly three per cent of GDP next year."
    assert _figure(text, "three").counted == "deficit"
    assert _figure("Defence spending will rise to 2.5% of GDP by 2027.", "2.5%").counted == (
        "Defence spending"
    )
    assert _figure("The deficit is forecast at 4.3% of GDP.", "4.3%").counted == "deficit"
    # a plan to reach a number of things still counts the things
    assert _figure("The company plans to reach 500 stores.", "500").counted == "stores"


def test_a_sum_told_per_year_is_a_years_amount() -> None:
    # a rate, no window of its year (figures round 54: the rate field, was period "year")
    f = _figure("Spending on highways will be $62 billion a year.", "$62")
    assert (f.rate, f.period) == ("year", None)
    text = "The chancellor will borrow an extra £28bn a year over the next five years."
    assert _figure(text, "£28bn").rate == "year"
    assert _figure("Rent is £1,200 per month.", "£1,200").rate == "month"
    # a five-year total stays a total, and people "a year" are no sum of money
    text = "Spending on highways will total $310 billion over five years."
    assert _figure(text, "$310").period == "cumulative"
    assert _figure("About 300 people a year die on the roads.", "300").period != "year"
    assert _figure(text, "$310").rate is None


def test_a_participle_after_the_subject_is_no_part_of_what_it_counts() -> None:
    text = "Shoplifting offences recorded by police rose by almost a quarter to 469,788."
    assert _figure(text, "469,788").counted == "Shoplifting offences"
    assert _figure("Crimes reported in the city fell to 1,200.", "1,200").counted == "Crimes"
    # a plural before the participle is needed: "the number of unemployed" keeps its words
    text = "The number of unemployed rose to 1.6 million."
    assert _figure(text, "1.6").counted != "number of"


def test_a_headline_in_the_present_tense_names_its_subject() -> None:
    assert _figure("UK unemployment jumps to 4.7%, highest in four years", "4.7%").counted == (
        "UK unemployment"
    )
    assert _figure("Inflation slips to 2.3% in April", "2.3%").counted == "Inflation"


def test_a_place_reached_or_the_world_bounds_the_count() -> None:
    text = "Almost 60,000 migrants reached Spain by sea so far this year."
    assert _figure(text, "60,000").scope == "Spain"
    assert _figure("More than 1 million people crossed into Poland.", "1 million").scope == (
        "Poland"
    )
    assert _figure("The carmaker will cut 10,000 jobs worldwide.", "10,000").scope == "worldwide"
    # a level reached is no place
    assert _figure("The toll reached 40,000 on Monday.", "40,000").scope is None
