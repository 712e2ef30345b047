"""Round 36: shapes found by the facts helper's new sets: a season with its year as the scene
of its sentence, past limits ("did not return until March"), clock spans across two named
days ("between 10pm on Friday and 2am on Saturday"), "overnight" after a named night, "the
decade" as the one around publication, and spans of several parts ("two years, two months and
five days", "three years and four months later")."""

from __future__ import annotations

from datetime import date

from desktop.domain import TimeExpression
from desktop.extract.timex import find_timexes

FRI_10_MAY_2024 = date(2024, 5, 10)
WED_8_MAY_2024 = date(2024, 5, 8)
TUE_15_OCT_2024 = date(2024, 10, 15)
THU_16_JAN_2025 = date(2025, 1, 16)


def hits(text: str, published: date) -> dict[str, TimeExpression]:
    return {t.text: t for t in find_timexes(text, published)}


# --- a season with its year sets the year of its sentence --------------------------------


def test_a_fronted_season_with_its_year_dates_the_days_after_it() -> None:
    text = (
        "In the summer of 2021, when the reservoir sank to its lowest level, ferries were "
        "halted from 9 August to 2 October."
    )
    found = hits(text, FRI_10_MAY_2024)
    assert found["the summer of 2021"].value == "2021-SU"
    assert found["9 August"].value == "2021-08-09"
    assert found["2 October"].value == "2021-10-02"


def test_a_season_with_a_when_clause_dates_the_days_in_it() -> None:
    text = "The mill closed in the autumn of 2019, when orders dried up on 14 November."
    assert hits(text, FRI_10_MAY_2024)["14 November"].value == "2019-11-14"


def test_a_winter_sets_no_year_for_the_days_after_it() -> None:
    # a winter runs into the next year: its January is not the year written with it
    text = "In the winter of 2019, when the lake froze, the ferry stopped on 20 January."
    assert hits(text, FRI_10_MAY_2024)["20 January"].value != "2019-01-20"


def test_a_season_in_another_sentence_sets_no_year() -> None:
    text = "In the summer of 2021 the reservoir sank. On 9 August ferries were halted."
    assert hits(text, FRI_10_MAY_2024)["9 August"].value == "2023-08-09"


# --- limits told in the past -------------------------------------------------------------


def test_what_did_not_happen_until_a_month_happened_then() -> None:
    found = hits("The striker did not play again until March.", TUE_15_OCT_2024)
    assert found["March"].value == "2024-03"


def test_it_was_not_until_a_month_is_past() -> None:
    found = hits("It was not until September that the bridge reopened.", FRI_10_MAY_2024)
    assert found["September"].value == "2023-09"


def test_a_limit_opening_a_past_sentence_is_past() -> None:
    text = "By the end of October, the families were still living in tents."
    assert hits(text, FRI_10_MAY_2024)["the end of October"].value == "2023-10"


def test_a_limit_set_in_the_past_inside_the_sentence_still_looks_ahead() -> None:
    found = hits("The defender had joined on loan until June.", THU_16_JAN_2025)
    assert found["June"].value == "2025-06"


# --- a clock span across two named days --------------------------------------------------


def test_a_span_between_two_named_days_ends_after_it_starts() -> None:
    text = "The bypass was shut between 11pm on Friday and 4am on Saturday for resurfacing."
    found = hits(text, FRI_10_MAY_2024)
    assert found["11pm on Friday"].value == "2024-05-10T23:00"
    assert found["4am on Saturday"].value == "2024-05-11T04:00"


def test_a_span_between_two_named_days_with_the_clock_first() -> None:
    text = "Trains were halted between 9 p.m. Friday and 3 a.m. Saturday."
    found = hits(text, FRI_10_MAY_2024)
    assert found["9 p.m. Friday"].value == "2024-05-10T21:00"
    assert found["3 a.m. Saturday"].value == "2024-05-11T03:00"


def test_a_clock_with_no_day_opens_no_span_for_the_named_day() -> None:
    # "between 8pm and 10pm on Monday": the first clock has no day of its own
    text = (
        "Officers want to hear from drivers who were on the bridge between 8pm and 10pm on Monday."
    )
    found = hits(text, WED_8_MAY_2024)
    assert found["10pm on Monday"].value == "2024-05-06T22:00"
    assert found["8pm"].value == "2024-05-06T20:00"


def test_a_relative_with_used_is_past_under_a_present_appeal() -> None:
    text = "Police are asking drivers who used the car park on Monday to check their dashcams."
    assert hits(text, WED_8_MAY_2024)["Monday"].value == "2024-05-06"


def test_used_to_is_a_habit_not_a_past_event() -> None:
    text = "The hall, which is used to store grain, will be cleared on Monday."
    assert hits(text, WED_8_MAY_2024)["Monday"].value == "2024-05-13"


# --- overnight after a named night -------------------------------------------------------


def test_overnight_after_a_named_night_is_that_night() -> None:
    text = "Gales brought down power lines on Monday night. Crews restored supply overnight."
    found = hits(text, FRI_10_MAY_2024)
    assert found["Monday night"].value == "2024-05-06TNI"
    assert found["overnight"].value == "2024-05-06TNI"


def test_overnight_two_sentences_after_a_named_night_is_the_night_before_publication() -> None:
    text = (
        "Gales brought down power lines on Monday night. The mayor visited the depot. "
        "Crews restored supply overnight."
    )
    assert hits(text, FRI_10_MAY_2024)["overnight"].value == "2024-05-09TNI"


# --- the decade ----------------------------------------------------------------------------


def test_the_decade_alone_is_the_one_publication_falls_in() -> None:
    text = "The city has pledged to plant a million trees within the decade."
    found = hits(text, FRI_10_MAY_2024)
    assert found["the decade"].value == "202"
    assert found["the decade"].type == "DATE"


def test_the_decade_long_is_no_date() -> None:
    assert "the decade" not in hits("It ended the decade-long dispute.", FRI_10_MAY_2024)


# --- spans of several parts ---------------------------------------------------------------


def test_a_series_of_parts_with_commas_is_one_span() -> None:
    text = "The bridge was finished in three years, five months and two days."
    found = hits(text, FRI_10_MAY_2024)
    assert found["three years, five months and two days"].value == "P3Y5M2D"


def test_two_parts_later_are_one_span() -> None:
    text = "Three years and four months later, the inquiry reported."
    assert hits(text, FRI_10_MAY_2024)["Three years and four months"].value == "P3Y4M"


def test_a_comma_before_a_word_without_a_closing_and_is_no_series() -> None:
    text = "She was held for two years, three months of which were in solitary confinement."
    found = hits(text, FRI_10_MAY_2024)
    assert found["two years"].value == "P2Y"
    assert "two years, three months" not in found


# --- later in the round ---------------------------------------------------------------------


def test_a_decimal_point_in_the_when_clause_ends_no_clause() -> None:
    text = (
        "The plan follows a heatwave in the summer of 2022, when the utility cut supply to "
        "2.3 million homes from 18 July to 6 September."
    )
    found = hits(text, FRI_10_MAY_2024)
    assert found["18 July"].value == "2022-07-18"
    assert found["6 September"].value == "2022-09-06"


def test_a_limit_opening_a_clause_after_and_is_past() -> None:
    text = "The firm lost two big contracts, and by the end of October it was still losing staff."
    assert hits(text, FRI_10_MAY_2024)["the end of October"].value == "2023-10"


def test_overnight_after_an_evening_clock_is_that_night() -> None:
    text = (
        "A cyclist was struck by a van on Tuesday. He was taken to hospital at 9.20pm. "
        "Investigators closed the road overnight."
    )
    found = hits(text, FRI_10_MAY_2024)
    assert found["9.20pm"].value == "2024-05-07T21:20"
    assert found["overnight"].value == "2024-05-07TNI"


def test_overnight_after_a_morning_clock_is_the_night_before_publication() -> None:
    text = "The ferry docked at 7am on Tuesday. Storms lashed the harbour overnight."
    assert hits(text, FRI_10_MAY_2024)["overnight"].value == "2024-05-09TNI"


def test_a_day_ending_a_relative_with_a_modal_perfect_is_past() -> None:
    text = "A driver who may have seen the crash on Monday is being urged to contact police."
    assert hits(text, WED_8_MAY_2024)["Monday"].value == "2024-05-06"


def test_a_day_before_is_as_the_subject_of_a_present_still_looks_ahead() -> None:
    text = "The vote on Monday is crucial for the coalition."
    assert hits(text, WED_8_MAY_2024)["Monday"].value == "2024-05-13"


def test_a_long_relative_clause_keeps_its_past_before_a_present_main_verb() -> None:
    text = (
        "A cyclist who may have witnessed the collision near the old bridge on Station "
        "Road at about 7pm on Monday is being sought by detectives."
    )
    assert hits(text, WED_8_MAY_2024)["about 7pm on Monday"].value == "2024-05-06T19:00"


def test_overnight_after_a_paragraph_break_is_the_night_just_told() -> None:
    text = (
        "The teenager rang her father from the station at 11.05pm on Tuesday.\n\n"
        "Volunteers searched the woods overnight, and she was found at 6am on Wednesday."
    )
    assert hits(text, FRI_10_MAY_2024)["overnight"].value == "2024-05-07TNI"


def test_overnight_in_the_markets_stays_the_publication_day_s() -> None:
    text = "Polls closed at 10 p.m. on Thursday. The pound fell 8% in Asian trading overnight."
    assert hits(text, date(2024, 5, 11))["overnight"].value == "2024-05-11TNI"


# --- fixtures and purpose clauses -----------------------------------------------------------


def test_a_team_hosting_a_named_side_looks_ahead() -> None:
    text = "United, who last won away on 2 March, host Rangers on Tuesday night."
    assert hits(text, FRI_10_MAY_2024)["Tuesday night"].value == "2024-05-14TNI"


def test_a_side_facing_a_test_looks_ahead() -> None:
    found = hits("The champions face their toughest trip on Sunday.", FRI_10_MAY_2024)
    assert found["Sunday"].value == "2024-05-12"


def test_host_before_a_plural_noun_is_no_verb() -> None:
    text = "Inspectors toured four host cities in October."
    assert hits(text, FRI_10_MAY_2024)["October"].value == "2023-10"


def test_a_purpose_clause_after_the_expression_sets_no_time() -> None:
    text = "The suspect was flown to Madrid over the weekend to face fraud charges."
    assert hits(text, FRI_10_MAY_2024)["the weekend"].value == "2024-W18-WE"


# --- the same month of a written year ------------------------------------------------------


def test_the_same_month_of_a_written_year_is_that_year_s() -> None:
    text = "Car sales rose 6% in April. They had fallen 3% in the same month of 2022."
    found = hits(text, FRI_10_MAY_2024)
    assert found["the same month of 2022"].value == "2022-04"


def test_the_same_month_in_a_written_year_with_no_month_named_is_the_year() -> None:
    found = hits("Bookings were up on the same month in 2019.", FRI_10_MAY_2024)
    assert found["the same month in 2019"].value == "2019"


def test_the_decade_before_that_or_of_is_the_one_told_of() -> None:
    text = "Forecasters say the decade that ends this year was the wettest on record."
    assert hits(text, FRI_10_MAY_2024)["the decade"].value == "202"
    text = "She urged voters to put behind them the decade of scandals."
    assert hits(text, FRI_10_MAY_2024)["the decade"].value == "202"


def test_the_decade_that_followed_is_left_to_its_story() -> None:
    assert "the decade" not in hits("Most of the decade that followed was calm.", FRI_10_MAY_2024)
