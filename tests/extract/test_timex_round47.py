"""Round 47: a date a call or a plan is "for" points ahead whatever the tense of the call
("called a snap election for 19 October"); a season with the year after it ("until spring
next year", "in the autumn of last year") is that season of that year, not the whole year;
and an opening timetable ("opens from 10am to 5pm Tuesday to Sunday") is hours and days of
every week, not one coming day."""

from __future__ import annotations

from datetime import date

from desktop.domain import TimeExpression
from desktop.extract.timex import find_timexes

MON_2_MAR_2026 = date(2026, 3, 2)
THU_14_AUG_2025 = date(2025, 8, 14)
FRI_6_NOV_2026 = date(2026, 11, 6)


def hits(text: str, published: date | None = MON_2_MAR_2026) -> dict[str, TimeExpression]:
    return {t.text: t for t in find_timexes(text, published)}


# --- a date a call or a plan is for ---------------------------------------------------------


def test_a_date_an_election_is_called_for_lies_ahead_of_the_call() -> None:
    text = "The prime minister on Friday called an early general election for 26 April."
    assert hits(text)["26 April"].value == "2026-04-26"
    text = "Rail unions announced a 24-hour strike for March 19 over pay."
    assert hits(text)["March 19"].value == "2026-03-19"


def test_an_event_noun_before_for_points_ahead_too() -> None:
    text = "Opposition parties said a referendum for 12 May was rushed."
    assert hits(text)["12 May"].value == "2026-05-12"


def test_a_date_far_behind_the_call_is_the_date_gone() -> None:
    # written a day after: the strike the union called for that day is over, not a year away
    text = "The strike the union called for 1 March closed every school in the county."
    assert hits(text)["1 March"].value == "2026-03-01"
    text = "The walkout called for 10 February went ahead despite the talks."
    assert hits(text)["10 February"].value == "2026-02-10"


def test_figures_for_a_day_gone_are_not_a_plan() -> None:
    text = "Sales figures for 20 February showed a sharp fall."
    assert hits(text)["20 February"].value == "2026-02-20"


# --- a season of a named year ---------------------------------------------------------------


def test_a_season_before_next_year_is_that_season_of_next_year() -> None:
    found = hits("The bridge will stay closed until spring next year.", THU_14_AUG_2025)
    assert found["spring next year"].value == "2026-SP"
    assert found["spring next year"].date is not None
    assert found["spring next year"].date.earliest == date(2026, 3, 1)
    found = hits("Building is due to start in the winter of next year.", THU_14_AUG_2025)
    assert found["the winter of next year"].value == "2026-WI"


def test_a_season_of_last_year_is_not_the_season_the_tense_picks() -> None:
    found = hits("The canal was drained in the autumn of last year.", THU_14_AUG_2025)
    assert found["the autumn of last year"].value == "2024-FA"


def test_fall_before_this_year_is_still_the_verb() -> None:
    found = hits("Prices are expected to fall this year.", THU_14_AUG_2025)
    assert "fall this year" not in found
    assert found["this year"].value == "2025"


def test_a_season_told_by_its_weather_keeps_the_year_apart() -> None:
    found = hits("Farmers had a wet summer last year and a dry spring.", THU_14_AUG_2025)
    assert "summer last year" not in found
    assert found["last year"].value == "2024"


# --- an opening timetable -------------------------------------------------------------------


def test_opening_hours_over_a_run_of_weekdays_are_every_week() -> None:
    found = hits("The new library opens from 9am to 7pm Monday to Saturday.", FRI_6_NOV_2026)
    assert found["9am"].value == "XXXX-XX-XXT09:00"
    assert found["7pm Monday"].value == "XXXX-XX-XXT19:00"
    assert found["7pm Monday"].date is None
    assert found["Saturday"].type == "SET"
    assert found["Saturday"].value == "XXXX-WXX-6"


def test_weekdays_first_then_hours_are_a_timetable_too() -> None:
    found = hits("The advice line is staffed Tuesday to Thursday, 8am-6pm.", FRI_6_NOV_2026)
    assert found["Tuesday"].value == "XXXX-WXX-2"
    assert found["Thursday"].type == "SET"
    assert found["8am"].value == "XXXX-XX-XXT08:00"


def test_a_run_of_hours_over_days_without_a_word_of_opening_stays_dated() -> None:
    found = hits("The strike will run from 6am to 6pm Monday to Wednesday.", FRI_6_NOV_2026)
    assert found["Wednesday"].type == "DATE"
    assert found["Wednesday"].value.startswith("2026-11-")


def test_a_day_the_place_reopened_on_keeps_its_date() -> None:
    text = "The pool, which reopened on Saturday, is open 7am to 9pm Monday to Friday."
    found = hits(text, FRI_6_NOV_2026)
    assert found["Saturday"].value == "2026-10-31"
    assert found["Friday"].value == "XXXX-WXX-5"


# --- held until a season or a weekday, told as over -----------------------------------------

TUE_10_FEB_2026 = date(2026, 2, 10)


def test_a_past_verb_held_until_a_season_is_the_season_gone() -> None:
    text = "The grants were approved in May, but no money was paid until the autumn."
    assert hits(text, TUE_10_FEB_2026)["the autumn"].value == "2025-FA"
    text = "The ferry service stayed suspended until the summer."
    assert hits(text, TUE_10_FEB_2026)["the summer"].value == "2025-SU"


def test_a_limit_still_to_come_stays_ahead() -> None:
    text = "The council said the pier would stay closed until the summer."
    assert hits(text, TUE_10_FEB_2026)["the summer"].value == "2026-SU"
    text = "The talks were postponed until the spring."
    assert hits(text, TUE_10_FEB_2026)["the spring"].value == "2026-SP"


def test_the_weekday_of_a_narrative_is_the_first_after_its_day() -> None:
    text = (
        "Floods cut the village off on 19 October and the road did not reopen until the Thursday."
    )
    assert hits(text, FRI_6_NOV_2026)["Thursday"].value == "2026-10-22"
    text = "The ship ran aground on Saturday 3 October. Tugs freed it on the Monday evening."
    assert hits(text, FRI_6_NOV_2026)["Monday evening"].value.startswith("2026-10-05")


def test_the_weekday_before_an_event_is_not_read_from_the_narrative() -> None:
    text = "Flights were cut on 12 October, and again on the Tuesday before the vote."
    assert hits(text, FRI_6_NOV_2026)["Tuesday"].value != "2026-10-13"


# --- a court story's clock times follow the case, not the hearing -----------------------------

WED_3_DEC_2025 = date(2025, 12, 3)
COURT_STORY = (
    "Magistrates in Dunmore heard on Tuesday from two bus drivers who were on duty at the "
    "depot on 9 August.\n\n"
    "The hearing, which opened on 24 November, is expected to last until mid-December.\n\n"
    "The prosecution says the defendant torched three buses shortly after 1am.\n\n"
    "He was detained by police the next morning."
)


def test_a_clock_time_of_the_case_is_on_the_day_the_case_is_about() -> None:
    found = hits(COURT_STORY, WED_3_DEC_2025)
    assert found["Tuesday"].value == "2025-12-02"
    assert found["shortly after 1am"].value == "2025-08-09T01:00"
    assert found["the next morning"].value == "2025-08-10TMO"


def test_a_clock_time_of_the_court_stays_on_the_hearing_day() -> None:
    text = COURT_STORY.replace(
        "The prosecution says the defendant torched three buses shortly after 1am.",
        "The jury was sworn in at 7am.",
    )
    found = hits(text, WED_3_DEC_2025)
    assert found["7am"].value == "2025-12-02T07:00"


def test_a_story_not_from_a_court_keeps_the_day_it_opens_on() -> None:
    text = (
        "Firefighters on Tuesday praised two bus drivers who were on duty at the depot on "
        "9 August.\n\nThe depot, which reopened on 24 November, is expected to stay open until "
        "mid-December.\n\nCrews were called shortly after 1am."
    )
    assert hits(text, WED_3_DEC_2025)["shortly after 1am"].value == "2025-12-02T01:00"
