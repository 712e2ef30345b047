"""Facts, round 19: the term of an offer, a deal, a loan or a lease dates nothing; a stretch
that runs ahead of the report is none behind it; "normally" after a verb told in the past is
how a day went, no custom.

Every example is written for these tests; none is taken from a benchmark set.
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import Fact, TimeExpression
from desktop.extract.facts import find_facts
from desktop.extract.timex import find_timexes

PUBLISHED = date(2025, 11, 12)  # a Wednesday


def facts_of(text: str, published: date = PUBLISHED) -> list[tuple[TimeExpression, Fact]]:
    timexes = find_timexes(text, published)
    return [(timexes[f.timex], f) for f in find_facts(text, timexes, published)]


def times_of(text: str, published: date = PUBLISHED) -> list[str]:
    return [t.text for t, _ in facts_of(text, published)]


def fact_of(text: str, words: str, published: date = PUBLISHED) -> Fact:
    found = [f for t, f in facts_of(text, published) if t.text == words]
    assert len(found) == 1, [(t.text, f.text) for t, f in facts_of(text, published)]
    return found[0]


# the term of an agreement: how long it runs, not when anything happened


@pytest.mark.parametrize(
    "text",
    [
        "The water company has offered its staff 3.8% over two years.",
        "Nurses have been offered 6% over three years.",
        "The union has rejected an offer of 5% over two years.",
        "The council has agreed to pay £14 million over four years.",
        "The ferry operator has signed a deal for three years.",
        "The harbour board has leased the quay for 99 years.",
        "The sponsorship has been extended for two years.",
        "The airport has pledged $80m over the next five years.",
        "The city has lent the club £6m over 20 years.",
        "The debt has been repaid over 25 years.",
    ],
)
def test_a_length_that_is_an_agreements_term_is_no_fact(text: str) -> None:
    assert times_of(text) == []


def test_a_term_beside_a_day_leaves_the_day_its_fact() -> None:
    text = "The bakery chain raised its pay offer to 4% over two years on Monday."
    fact = fact_of(text, "Monday")
    assert (fact.date.earliest, fact.date.latest) == (date(2025, 11, 10), date(2025, 11, 10))
    assert times_of(text) == ["Monday"]


def test_a_stretch_counted_back_beside_an_offer_is_still_a_stretch() -> None:
    # "over the past two years" says where it ends, whatever the clause is about
    text = "Ministers have offered pay rises of 3% a year over the past two years."
    fact = fact_of(text, "the past two years")
    assert fact.date.latest == PUBLISHED


def test_a_state_held_up_to_the_report_is_still_a_stretch() -> None:
    # no agreement's term: the ban has held for two years up to the report
    text = "The ban on night flights has been in force for two years."
    fact = fact_of(text, "two years")
    assert fact.date.latest == PUBLISHED


def test_a_stretch_ahead_of_the_report_is_no_stretch_behind_it() -> None:
    text = "Prices have been forecast to keep rising over the next three years."
    assert times_of(text) == []


# "normally" after a verb told in the past


def test_normally_after_a_past_verb_is_how_the_day_went() -> None:
    text = "Buses ran normally again from Tuesday morning."
    fact = fact_of(text, "Tuesday morning")
    assert fact.date.earliest == date(2025, 11, 11)


def test_a_day_after_operated_normally_is_a_fact() -> None:
    text = "The ferries operated normally on Monday."
    assert fact_of(text, "Monday").date.earliest == date(2025, 11, 10)


def test_a_custom_told_with_normally_is_still_no_fact() -> None:
    assert times_of("The craft fair is normally held in December.") == []
    assert times_of("The fish market normally opens on Sunday.") == []


# a stretch counted back from now with no "the" before it


def test_last_fortnight_runs_up_to_the_report() -> None:
    text = "Officers seized 40 kilograms of heroin last fortnight, the force said."
    fact = fact_of(text, "last fortnight")
    assert (fact.date.earliest, fact.date.latest) == (date(2025, 10, 30), PUBLISHED)
    assert fact.text == "Officers seized 40 kilograms of heroin last fortnight"


def test_the_previous_fortnight_is_counted_from_no_report() -> None:
    # "previous" counts back from a time the story tells, not from the report
    assert times_of("Officers had seized 40 kilograms in the previous fortnight.") == []


# a bulletin's window: a count of hours closed by a clock time


def test_hours_to_a_clock_time_are_one_fact_over_the_window() -> None:
    text = "In the 24 hours to 6 a.m. on Monday, 40 mm of rain fell on the moor."
    found = facts_of(text)
    assert [t.text for t, _ in found] == ["the 24 hours"]
    fact = found[0][1]
    assert (fact.date.earliest, fact.date.latest) == (date(2025, 11, 9), date(2025, 11, 10))


def test_hours_till_a_clock_time_yesterday_reach_into_the_day_before() -> None:
    text = "Six more people died of cholera in the 48 hours till 8am yesterday."
    found = facts_of(text)
    assert [t.text for t, _ in found] == ["the 48 hours"]
    fact = found[0][1]
    assert (fact.date.earliest, fact.date.latest) == (date(2025, 11, 9), date(2025, 11, 11))


def test_weeks_until_a_day_are_one_fact_over_the_weeks() -> None:
    text = "Sales rose 4% in the six weeks until 4 January 2025, the grocer said."
    found = facts_of(text)
    assert [t.text for t, _ in found] == ["the six weeks"]
    fact = found[0][1]
    assert (fact.date.earliest, fact.date.latest) == (date(2024, 11, 24), date(2025, 1, 4))


# a promise of what will be done for a length, and a right granted for one


@pytest.mark.parametrize(
    "text",
    [
        "The government has agreed to freeze fuel duty for two years.",
        "The council has pledged to keep the library open for five years.",
        "The minister has promised to cap rents for three years.",
        "The state has committed to fund the bus route for ten years.",
        "The quarry has been granted a licence to operate for 25 years.",
        "The company has been awarded a contract to run the line for seven years.",
        "The government has guaranteed the power price for 15 years.",
    ],
)
def test_a_length_a_promise_or_a_grant_runs_for_is_no_fact(text: str) -> None:
    assert times_of(text) == []


def test_a_length_of_trying_up_to_the_report_is_still_a_stretch() -> None:
    # "tried to": no promise; the trying ran up to the report
    fact = fact_of("Rebels have tried to take the town for two years.", "two years")
    assert fact.date.latest == PUBLISHED


def test_a_marriage_of_forty_years_is_still_a_stretch() -> None:
    fact = fact_of("The pair have been married for 40 years.", "40 years")
    assert fact.date.latest == PUBLISHED


# how far a date or a term moved


@pytest.mark.parametrize(
    "text",
    [
        "The truce has been extended by 30 days.",
        "The satellite launch has been delayed by six months.",
        "The deadline for bids has been pushed back by two weeks.",
        "The appeal court has cut his sentence by two years.",
        "The inquest has been adjourned for two weeks.",
        "He has been remanded in custody for a week.",
    ],
)
def test_a_shift_or_an_adjournment_is_no_stretch(text: str) -> None:
    assert times_of(text) == []


def test_a_shift_beside_a_day_leaves_the_day_and_its_own_clause() -> None:
    text = "The board set a deadline of noon on Friday for offers, then extended it by a day."
    assert times_of(text) == ["noon on Friday"]
    assert fact_of(text, "noon on Friday").text == (
        "The board set a deadline of noon on Friday for offers"
    )


def test_a_border_closed_for_days_up_to_the_report_is_still_a_stretch() -> None:
    fact = fact_of("The border has been closed for three days.", "three days")
    assert fact.date.latest == PUBLISHED


def test_past_years_with_no_count_is_the_past_in_general() -> None:
    assert times_of("There were protests outside the plant in past years, too.") == []


# when a term runs out


def test_a_bond_that_matures_in_years_is_no_stretch_behind_the_report() -> None:
    text = "The bond, which matures in 10 years, has been sold to pension funds."
    assert times_of(text) == []


def test_the_first_time_in_years_is_still_a_stretch_up_to_the_report() -> None:
    text = "The ferry has sailed for the first time in six years."
    fact = fact_of(text, "six years")
    assert (fact.date.earliest, fact.date.latest) == (date(2019, 11, 13), PUBLISHED)


# a term a court gave, told in the present perfect


@pytest.mark.parametrize(
    "text",
    [
        "A former bank clerk has been jailed for nine years.",
        "Reid, 41, has been sentenced to six years for fraud.",
        "The van driver has been banned for 18 months.",
        "She has been ordered to serve 18 months in prison.",
        "He has been told he must serve at least 12 years.",
        "The landlord has been given two years' probation.",
        "He has been given a suspended sentence of two years.",
        "Staff have been given three months' notice.",
    ],
)
def test_a_term_a_court_gave_is_no_stretch(text: str) -> None:
    assert times_of(text) == []


def test_a_term_beside_the_day_it_was_given_leaves_the_day() -> None:
    text = "A former bank clerk was jailed for nine years on Monday."
    assert times_of(text) == ["Monday"]


# time allowed for something ahead, and an instruction for a length


@pytest.mark.parametrize(
    "text",
    [
        "The family has been given 28 days to leave the flat.",
        "Detectives have been granted an extra 24 hours to question the suspect.",
        "Residents have been told to boil their water for 48 hours.",
        "The council has asked drivers to avoid the bridge for two weeks.",
    ],
)
def test_time_allowed_or_an_instruction_for_a_length_is_no_stretch(text: str) -> None:
    assert times_of(text) == []


def test_a_wait_up_to_the_report_is_still_a_stretch() -> None:
    fact = fact_of("Fans have waited 30 years to see a league title.", "30 years")
    assert fact.date.latest == PUBLISHED
