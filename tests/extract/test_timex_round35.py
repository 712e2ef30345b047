"""Round 35: runs told in the present of a schedule ("the show runs Oct. 4 through 6"),
holidays told after the holiday ("missing since Christmas", "on Christmas Day last year")."""

from __future__ import annotations

from datetime import date

from desktop.domain import TimeExpression
from desktop.extract.timex import find_timexes

WED_12_MAR_2025 = date(2025, 3, 12)
TUE_19_AUG_2025 = date(2025, 8, 19)


def hits(text: str, published: date) -> dict[str, TimeExpression]:
    return {t.text: t for t in find_timexes(text, published)}


# --- runs told in the present ------------------------------------------------------------


def test_a_run_told_in_the_present_lies_ahead_even_past_half_a_year() -> None:
    text = "The harvest festival runs Sept. 26 through Oct. 5 on the old fairgrounds."
    found = hits(text, WED_12_MAR_2025)
    assert found["Sept. 26"].value == "2025-09-26"
    assert found["Oct. 5"].value == "2025-10-05"


def test_a_run_of_days_in_one_month_lies_ahead() -> None:
    found = hits("A quilt show runs Oct. 2 through 4 in the civic hall.", WED_12_MAR_2025)
    assert found["Oct. 2"].value == "2025-10-02"
    assert found["4"].value == "2025-10-04"


def test_a_run_under_way_at_publication_began_this_year() -> None:
    text = "The wildfire season, which runs from June 1 to Oct. 31, has been mild so far."
    found = hits(text, TUE_19_AUG_2025)
    assert found["June 1"].value == "2025-06-01"
    assert found["Oct. 31"].value == "2025-10-31"
    assert "under way" in found["June 1"].explanation


def test_a_run_told_in_the_past_stays_behind() -> None:
    found = hits("The exhibition ran from Sept. 26 to Oct. 5.", WED_12_MAR_2025)
    assert found["Sept. 26"].value == "2024-09-26"


def test_runs_scored_in_a_month_are_not_a_schedule() -> None:
    text = "He scored 14 runs in September and batted .300, the club said."
    found = hits(text, WED_12_MAR_2025)
    assert found["September"].value == "2024-09"


# --- holidays told after the holiday ---------------------------------------------------------

MON_15_DEC_1997 = date(1997, 12, 15)


def test_since_a_holiday_just_ahead_is_last_years() -> None:
    text = "The ferry has not sailed since Christmas, when a storm damaged its hull."
    found = hits(text, MON_15_DEC_1997)
    assert found["Christmas"].value == "1996-12-25"


def test_a_holiday_just_ahead_in_a_past_plan_stays_ahead() -> None:
    text = "Last week the mayor announced a free concert on Christmas Eve in the main square."
    found = hits(text, MON_15_DEC_1997)
    assert found["Christmas Eve"].value == "1997-12-24"


def test_a_holiday_with_last_year_after_it_is_last_years() -> None:
    text = "The bakery burned down on Christmas Day last year, the owner said."
    found = hits(text, MON_15_DEC_1997)
    assert found["Christmas Day"].value == "1996-12-25"
    assert found["last year"].value == "1996"


def test_a_holiday_with_next_year_after_it_is_next_years() -> None:
    text = "The bridge will reopen by Easter next year, engineers said."
    found = hits(text, WED_12_MAR_2025)
    assert found["Easter"].value == "2026-04-05"


# --- the verb that governs: relative clauses and closing attributions -------------------------

TUE_10_FEB_1998 = date(1998, 2, 10)


def test_a_future_relative_clause_keeps_its_quarter_ahead_of_the_main_verb() -> None:
    text = (
        "The brewer, which will close its Leeds plant in the third quarter, said it expects "
        "profits to recover."
    )
    found = hits(text, TUE_10_FEB_1998)
    assert found["the third quarter"].value == "1998-Q3"


def test_an_attribution_closing_a_report_does_not_set_its_time() -> None:
    text = (
        "Water bills will be sent every month starting in the third quarter, the city said Monday."
    )
    found = hits(text, TUE_10_FEB_1998)
    assert found["the third quarter"].value == "1998-Q3"
    assert found["Monday"].value == "1998-02-09"


def test_a_past_report_closed_by_an_attribution_stays_past() -> None:
    text = "Output fell sharply in the third quarter, the ministry said on Monday."
    found = hits(text, TUE_10_FEB_1998)
    assert found["the third quarter"].value == "1997-Q3"


def test_a_fronted_day_takes_the_main_verb_after_its_comma() -> None:
    text = "The fund will pay out in March. On Wednesday, the trustees announced a new chair."
    found = hits(text, TUE_10_FEB_1998)
    assert found["Wednesday"].value == "1998-02-04"


def test_a_clause_opened_by_before_is_no_attribution() -> None:
    text = (
        "Brandt's holders will receive $41.25 per share, a 31% premium to the stock's closing "
        "price on Friday, before the Times first reported the talks."
    )
    found = hits(text, TUE_10_FEB_1998)
    assert found["Friday"].value == "1998-02-06"


# --- irregular pasts that are adjectives, bare pasts after a day, forecasts, scores ------------

MON_18_OCT_1999 = date(1999, 10, 18)
WED_14_JAN_1998 = date(1998, 1, 14)


def test_an_irregular_past_after_a_determiner_is_an_adjective() -> None:
    text = "The district said pupils would make up the lost time in June."
    found = hits(text, MON_18_OCT_1999)
    assert found["June"].value == "2000-06"


def test_a_bare_past_right_after_its_day_is_past() -> None:
    text = "The central bank on Thursday cut its main rate to 4 percent."
    found = hits(text, MON_18_OCT_1999)
    assert found["Thursday"].value == "1999-10-14"


def test_what_a_forecast_names_lies_ahead_of_it() -> None:
    text = "The weather service on Sunday forecast heavy snow for the valley from Wednesday."
    found = hits(text, MON_18_OCT_1999)
    assert found["Sunday"].value == "1999-10-17"
    assert found["Wednesday"].value == "1999-10-20"


def test_a_forecast_dated_by_its_day_is_past() -> None:
    text = "Analysts forecast on Friday that sales would slow, the survey showed."
    found = hits(text, MON_18_OCT_1999)
    assert found["Friday"].value == "1999-10-15"


def test_a_game_told_with_its_score_is_over() -> None:
    text = (
        "The goalie will miss the playoffs after tearing a ligament in Saturday night's 5-3 "
        "win over Boston."
    )
    found = hits(text, WED_14_JAN_1998)
    assert found["Saturday night"].value == "1998-01-10TNI"


# --- "keep ... closed", spans of days told as over -------------------------------------------

TUE_13_OCT_1998 = date(1998, 10, 13)
WED_2_DEC_1998 = date(1998, 12, 2)


def test_a_participle_after_keep_and_its_object_is_no_past_tense() -> None:
    text = "The county said it would keep the ferry landing closed through the weekend."
    found = hits(text, TUE_13_OCT_1998)
    assert found["the weekend"].value == "1998-W42-WE"


def test_a_span_of_days_told_as_over_opens_before_publication_day() -> None:
    text = "The museum said it sold 9,000 tickets from Wednesday through Sunday."
    found = hits(text, WED_2_DEC_1998)
    assert found["Wednesday"].value == "1998-11-25"
    assert found["Sunday"].value == "1998-11-29"


def test_a_span_of_days_ahead_still_opens_on_publication_day() -> None:
    text = "The museum will stay open late from Wednesday through Sunday."
    found = hits(text, WED_2_DEC_1998)
    assert found["Wednesday"].value == "1998-12-02"
    assert found["Sunday"].value == "1998-12-06"


# --- before a span of days ------------------------------------------------------------------


def test_the_night_before_a_span_of_days_is_before_its_first_day() -> None:
    text = (
        "The book fair opens Nov. 15 and runs through Nov. 19, down from a week last year. "
        "The mayor gives the opening address the night before."
    )
    found = hits(text, date(1999, 11, 2))
    assert found["the night before"].value == "1999-11-14TNI"


def test_the_day_after_a_span_of_days_is_after_its_last_day() -> None:
    text = "The summit runs from June 3 to June 5. Most delegates fly home the day after."
    found = hits(text, date(2025, 5, 20))
    assert found["June 5"].value == "2025-06-05"
    assert found["the day after"].value == "2025-06-06"


# --- live pages newest first, past midnight -----------------------------------------------

LIVE_NEWEST_FIRST = """Count night: live

01:10 GMT
First results from the northern seats put the governing party ahead.

00:25 GMT
Turnout was about 61 percent, the commission said.

23:40 GMT
Polls have closed in the west. Queues were still forming outside some stations at 22:50.

22:15 GMT
Welcome to our coverage of the general election."""


def test_a_newest_first_live_page_turns_back_past_midnight() -> None:
    found = hits(LIVE_NEWEST_FIRST, date(2025, 1, 25))
    assert found["01:10 GMT"].value == "2025-01-25T01:10"
    assert found["00:25 GMT"].value == "2025-01-25T00:25"
    assert found["23:40 GMT"].value == "2025-01-24T23:40"
    assert found["22:50"].value == "2025-01-24T22:50"
    assert found["22:15 GMT"].value == "2025-01-24T22:15"


def test_a_newest_first_page_within_one_day_stays_on_it() -> None:
    text = LIVE_NEWEST_FIRST.replace("01:10", "14:10").replace("00:25", "13:25")
    text = text.replace("23:40", "12:40").replace("22:50", "11:50").replace("22:15", "11:15")
    found = hits(text, date(2025, 1, 25))
    assert found["12:40 GMT"].value == "2025-01-25T12:40"
    assert found["11:15 GMT"].value == "2025-01-25T11:15"


def test_a_pinned_summary_above_the_newest_entry_is_no_turn_of_the_night() -> None:
    text = LIVE_NEWEST_FIRST.replace("01:10", "16:00").replace("00:25", "15:25")
    text = text.replace("23:40", "15:40").replace("22:50", "14:50").replace("22:15", "14:15")
    found = hits(text, date(2025, 1, 25))
    assert found["15:40 GMT"].value == "2025-01-25T15:40"
    assert found["14:15 GMT"].value == "2025-01-25T14:15"


def test_an_oldest_first_live_page_runs_on_past_midnight() -> None:
    text = (
        "Count night: live\n\n22:15 GMT\nWelcome to our coverage.\n\n23:40 GMT\nPolls have "
        "closed in the west.\n\n00:25 GMT\nTurnout was about 61 percent.\n\n01:10 GMT\nThe "
        "first result is due at 02:30, officials said."
    )
    found = hits(text, date(2025, 1, 24))
    assert found["22:15 GMT"].value == "2025-01-24T22:15"
    assert found["23:40 GMT"].value == "2025-01-24T23:40"
    assert found["00:25 GMT"].value == "2025-01-25T00:25"
    assert found["01:10 GMT"].value == "2025-01-25T01:10"
    assert found["02:30"].value == "2025-01-25T02:30"


def test_this_morning_in_an_entry_is_the_morning_of_its_stamp() -> None:
    text = (
        "Results night: live\n\nThu 4 Jul 2024 21.15 BST\nPolls close soon.\n\n22.00 BST\n"
        "The exit poll is out.\n\nFri 5 Jul 2024 00.55 BST\nMost results are expected "
        "overnight.\n\n04.45 BST\nThe winner will go to the palace later this morning."
    )
    found = hits(text, date(2024, 7, 4))
    assert found["later this morning"].value == "2024-07-05TMO"


# --- verbs mistaken for others ----------------------------------------------------------------

SAT_24_OCT_1998 = date(1998, 10, 24)


def test_shuttled_until_a_day_is_no_order_in_force() -> None:
    text = "The envoy shuttled between the two camps until 2 a.m. Friday, aides said."
    found = hits(text, SAT_24_OCT_1998)
    assert found["2 a.m. Friday"].value == "1998-10-23T02:00"


def test_a_verb_after_that_with_an_adverbial_clause_is_a_relative_verb() -> None:
    text = (
        "The premier said Monday he would seek talks, easing fears that mounted after the "
        "election Saturday."
    )
    found = hits(text, date(2000, 3, 20))
    assert found["Saturday"].value == "2000-03-18"


def test_a_plan_joined_by_and_does_not_move_the_day_before_it() -> None:
    text = (
        "The envoy met Deputy Foreign Minister Andrei Petrovic in the capital on Thursday and "
        "was to meet opposition leaders Saturday."
    )
    found = hits(text, date(1998, 8, 14))
    assert found["Thursday"].value == "1998-08-13"
    assert found["Saturday"].value == "1998-08-15"


def test_a_relative_bare_past_with_its_object_is_past() -> None:
    text = "The grain harvest is near a record, despite storms that hit the plains in the summer."
    found = hits(text, date(1999, 5, 10))
    assert found["the summer"].value == "1998-SU"


def test_a_weekday_set_beside_a_holiday_is_that_day() -> None:
    text = "Residents plan a memorial service on Memorial Day, Monday, near the school."
    found = hits(text, date(1999, 5, 28))
    assert found["Memorial Day"].value == "1999-05-31"
    assert found["Monday"].value == "1999-05-31"


def test_a_weekday_beside_a_day_it_is_not_keeps_its_own_reading() -> None:
    text = "The ferry sailed on March 3, Tuesday, the port said."
    found = hits(text, date(1999, 3, 12))
    assert found["Tuesday"].value == "1999-03-09"


def test_a_counted_span_ahead_of_schedule_keeps_its_number() -> None:
    text = "The last troops left before dawn, six weeks ahead of the July 7 deadline."
    found = hits(text, date(2000, 5, 24))
    assert found["six weeks"].value == "P6W"
    assert found["six weeks"].type == "DURATION"


def test_the_weeks_ahead_are_still_some_weeks() -> None:
    found = hits("The weeks ahead will test the new coalition.", date(2000, 5, 24))
    assert found["The weeks ahead"].value == "PXW"


def test_next_with_the_month_about_to_begin_is_a_year_on() -> None:
    found = hits("The model goes on sale in Britain next March.", date(2026, 2, 17))
    assert found["next March"].value == "2027-03"


def test_next_with_a_later_month_is_this_years() -> None:
    found = hits("The model goes on sale in Britain next June.", date(2026, 2, 17))
    assert found["next June"].value == "2026-06"


def test_what_was_expected_at_a_time_named_after_it_is_ahead() -> None:
    text = "Officials said no serious failures were expected at midnight Friday."
    found = hits(text, date(1999, 12, 30))
    assert found["midnight Friday"].value == "1999-12-31T24:00"


def test_what_was_expected_with_the_time_elsewhere_keeps_the_past() -> None:
    text = "On Friday, the rally was larger than expected, organisers said."
    found = hits(text, date(1999, 12, 30))
    assert found["Friday"].value == "1999-12-24"
