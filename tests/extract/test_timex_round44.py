"""Round 44: a weekday that opens a clause of its own after ', and' takes that clause's verb
('the ferry sank in 1994, and on Friday the families will meet'); a weekday's event that is
waited for or gone into ('awaiting Friday's ruling', 'going into Sunday's final round') comes
after the waiting, the nearer one when the waiting is told in the past; an event 'before'
a weekday's, told after a day just named at or after publication, is the first one after that
day ('trained on Thursday morning before Monday night's final'). Seasons of play counted back
('two seasons ago') and counted as a span ('his 10 seasons here'); 'the same half a year
earlier' is the half compared, not half a year; a month or week told after 'this year' is no
habit's ('normally arrive in June, came early this year, in the last week of May'); and a part
of a day told as over is not of a day still ahead named in an earlier sentence."""

from __future__ import annotations

from datetime import date

from desktop.domain import TimeExpression
from desktop.extract.timex import find_timexes

SAT_13_JUN_2026 = date(2026, 6, 13)
TUE_16_JUN_2026 = date(2026, 6, 16)
THU_18_JUN_2026 = date(2026, 6, 18)


def hits(text: str, published: date) -> dict[str, TimeExpression]:
    return {t.text: t for t in find_timexes(text, published)}


# --- a clause opened by the weekday ------------------------------------------------------


def test_weekday_opening_a_clause_after_and_takes_its_own_future_verb() -> None:
    text = "The ferry sank in 1994, and on Friday the families will meet the ministers."
    assert hits(text, TUE_16_JUN_2026)["Friday"].value == "2026-06-19"


def test_weekday_opening_a_clause_after_but_takes_its_own_verb() -> None:
    text = "The council rejected the plan, but on Thursday its members will vote again."
    assert hits(text, TUE_16_JUN_2026)["Thursday"].value == "2026-06-18"


def test_weekday_in_the_first_clause_keeps_the_past() -> None:
    # the weekday belongs to the clause before 'and': its past verb still rules it
    text = "The ferry sank on Friday, and the families will meet the ministers next month."
    assert hits(text, TUE_16_JUN_2026)["Friday"].value == "2026-06-12"


def test_clause_opened_by_the_weekday_with_a_past_verb_stays_past() -> None:
    text = "Rescuers found two survivors on Monday, and on Saturday they recovered the hull."
    assert hits(text, TUE_16_JUN_2026)["Saturday"].value == "2026-06-13"


# --- an event waited for or gone into ----------------------------------------------------


def test_waiting_for_a_weekdays_report_looks_ahead() -> None:
    text = "Dealers said they were waiting for Friday's jobs report before taking new positions."
    assert hits(text, TUE_16_JUN_2026)["Friday"].value == "2026-06-19"


def test_going_into_a_weekdays_final_round_looks_ahead() -> None:
    text = "Marsh led the field by three strokes going into Sunday's final round at Carnoustie."
    assert hits(text, SAT_13_JUN_2026)["Sunday"].value == "2026-06-14"


def test_awaiting_a_weekdays_ruling_looks_ahead() -> None:
    text = "The two men were held overnight awaiting Thursday's ruling on bail."
    assert hits(text, TUE_16_JUN_2026)["Thursday"].value == "2026-06-18"


def test_gone_into_just_before_publication_is_the_day_gone() -> None:
    # told the day after: the lead going into the day just gone, then the result
    text = "Marsh led by three strokes going into Sunday's final round and won by five."
    assert hits(text, date(2026, 6, 15))["Sunday"].value == "2026-06-14"


def test_a_past_weekdays_event_without_waiting_words_still_looks_back() -> None:
    text = "Dealers were cautious after Friday's jobs report."
    assert hits(text, TUE_16_JUN_2026)["Friday"].value == "2026-06-12"


# --- before the event of a weekday, after a day just named -------------------------------


def test_before_a_weekdays_game_after_the_publication_day() -> None:
    text = (
        "The champions held a last light session on Thursday morning before Monday night's final."
    )
    found = hits(text, THU_18_JUN_2026)["Monday night"]
    assert found.value == "2026-06-22TNI"


def test_before_a_weekdays_event_with_no_day_named_keeps_the_tense() -> None:
    text = "He pulled a hamstring in training before Saturday's match."
    assert hits(text, TUE_16_JUN_2026)["Saturday"].value == "2026-06-13"


# --- seasons of play ---------------------------------------------------------------------


def test_seasons_ago_counts_back_from_last_season() -> None:
    text = "The Wildcats were 2-9 two seasons ago and finished 6-5 last season."
    found = hits(text, date(2026, 10, 3))
    assert found["two seasons ago"].value == "2024"
    assert found["last season"].value == "2025"


def test_seasons_ago_in_a_winter_league_counts_from_the_season_begun() -> None:
    # a league playing autumn to spring names its season by the year it began in
    text = "The Pistons won 19 games three seasons ago in the NBA."
    assert hits(text, date(2026, 2, 10))["three seasons ago"].value == "2022"


def test_his_seasons_counted_are_a_span_of_years() -> None:
    text = "Okafor has reached the playoffs in six of his eight seasons at the club."
    found = hits(text, date(2026, 10, 3))["eight seasons"]
    assert (found.type, found.value) == ("DURATION", "P8Y")


def test_the_past_seasons_are_a_span_with_their_determiner() -> None:
    text = "Attendance has fallen over the past four seasons."
    found = hits(text, date(2026, 10, 3))["the past four seasons"]
    assert (found.type, found.value) == ("DURATION", "P4Y")


def test_the_four_seasons_of_the_year_are_no_span() -> None:
    text = "The garden is planted to flower in all four seasons, and the Four Seasons hotel agrees."
    assert not [t for t in find_timexes(text, date(2026, 10, 3)) if "seasons" in t.text.lower()]


# --- the same half a year earlier --------------------------------------------------------


def test_the_same_half_a_year_earlier_is_the_half_compared() -> None:
    text = "Sales in the first half of 2026 rose 6 percent from the same half a year earlier."
    found = hits(text, date(2026, 8, 20))
    assert "the same half a year" not in found
    assert found["the same half a year earlier"].value == "2025-H1"


def test_half_a_year_alone_is_still_a_span() -> None:
    text = "The refit took half a year, and the ship left dock half a year ago."
    found = hits(text, date(2026, 8, 20))
    assert (found["half a year"].type, found["half a year"].value) == ("DURATION", "P6M")


# --- a habit set against this year ------------------------------------------------------


def test_a_month_after_this_year_is_no_habits() -> None:
    text = "The swallows, which usually arrive in April, came late this year, in the first week of May."
    found = hits(text, date(2026, 6, 2))
    assert found["April"].value == "XXXX-04"
    assert found["the first week of May"].value == "2026-W19"


def test_a_month_in_a_habit_stays_any_years() -> None:
    text = "The swallows usually arrive in the first week of May."
    assert hits(text, date(2026, 6, 2))["the first week of May"].value.startswith("XXXX")


# --- a part of a day told as over -------------------------------------------------------


def test_part_of_day_told_as_over_is_not_of_a_day_ahead() -> None:
    text = (
        "The river is expected to crest late Friday. By midafternoon, water had already "
        "covered the main street."
    )
    assert hits(text, TUE_16_JUN_2026)["midafternoon"].value == "2026-06-16TAF"


def test_part_of_day_told_ahead_keeps_the_day_ahead() -> None:
    text = "The river is expected to crest late Friday. By midafternoon, it will cover the main street."
    assert hits(text, TUE_16_JUN_2026)["midafternoon"].value == "2026-06-19TAF"


def test_part_of_day_in_the_same_sentence_keeps_its_day() -> None:
    text = "Crews said on Monday that the levee had held through the morning."
    assert hits(text, TUE_16_JUN_2026)["the morning"].value == "2026-06-15TMO"


# --- a schedule told in the present ------------------------------------------------------


def test_goes_out_on_a_weekday_is_ahead() -> None:
    text = "The final edition of the Courier goes out Thursday, after 140 years in print."
    assert hits(text, TUE_16_JUN_2026)["Thursday"].value == "2026-06-18"


def test_signs_off_on_a_weekday_is_ahead() -> None:
    text = "The station's longest-serving presenter signs off for good on Friday."
    assert hits(text, TUE_16_JUN_2026)["Friday"].value == "2026-06-19"


def test_an_agency_releases_its_figures_on_a_weekday_ahead() -> None:
    text = "The statistics office releases its quarterly jobs figures on Monday."
    assert hits(text, THU_18_JUN_2026)["Monday"].value == "2026-06-22"


def test_parliament_rises_for_its_recess_ahead() -> None:
    text = "The assembly rises for its winter break on Friday."
    assert hits(text, TUE_16_JUN_2026)["Friday"].value == "2026-06-19"


def test_a_plural_subject_plays_or_flies_ahead() -> None:
    found = hits("The Harriers play a cup replay on Wednesday night.", SAT_13_JUN_2026)
    assert found["Wednesday night"].value == "2026-06-17TNI"
    found = hits("The juniors fly to Auckland on Monday for the trials.", SAT_13_JUN_2026)
    assert found["Monday"].value == "2026-06-15"


def test_press_releases_and_past_plays_stay_as_they_were() -> None:
    found = hits("Two press releases on Monday said the plant had closed.", TUE_16_JUN_2026)
    assert found["Monday"].value == "2026-06-15"
    found = hits("The Harriers played a cup replay on Wednesday night.", SAT_13_JUN_2026)
    assert found["Wednesday night"].value == "2026-06-10TNI"


# --- a plan standing now, and parts of the day ------------------------------------------


def test_a_date_that_has_been_set_for_lies_ahead() -> None:
    text = "He was charged on Friday. A trial date has been set for March 3."
    assert hits(text, date(2026, 6, 16))["March 3"].value == "2027-03-03"


def test_a_date_that_had_been_set_for_is_the_nearer_one() -> None:
    text = "The hearing had been set for June 2 but was adjourned."
    assert hits(text, date(2026, 6, 16))["June 2"].value == "2026-06-02"


def test_the_same_afternoon_is_of_the_day_just_told() -> None:
    text = "The jury retired on Monday morning and returned its verdict the same afternoon."
    found = hits(text, THU_18_JUN_2026)["the same afternoon"]
    assert (found.type, found.value) == ("TIME", "2026-06-15TAF")


def test_the_same_evening_as_an_event_is_not_taken_alone() -> None:
    text = "The concert was held the same evening as the vote."
    assert "the same evening" not in hits(text, THU_18_JUN_2026)


def test_at_first_light_is_the_morning_of_the_day_told() -> None:
    text = "The boat capsized late on Sunday. Divers reached the hull at first light."
    found = hits(text, TUE_16_JUN_2026)["first light"]
    assert (found.type, found.value) == ("TIME", "2026-06-14TMO")


def test_morning_trading_is_of_the_trading_day_the_story_opens_with() -> None:
    text = (
        "SYDNEY (AP) — Australian shares fell on Tuesday as miners slid. The index hit a "
        "record on June 2.\n\nThe dollar recovered to 66 U.S. cents in afternoon trading."
    )
    found = hits(text, TUE_16_JUN_2026)["afternoon"]
    assert (found.type, found.value) == ("TIME", "2026-06-16TAF")


def test_morning_trading_with_its_own_day_takes_that_day() -> None:
    text = "Shares of the insurer rose 4 percent in morning trading Friday."
    assert hits(text, TUE_16_JUN_2026)["morning"].value == "2026-06-12TMO"


def test_a_morning_trading_desk_is_no_session() -> None:
    text = "She joined the bank's morning trading desk from a rival firm."
    assert "morning" not in hits(text, TUE_16_JUN_2026)


def test_morning_trading_after_an_opening_with_no_trading_day_is_the_publication_days() -> None:
    text = (
        "Harbour Stores said sales rose 3% in the 26 weeks to 2 May.\n\n"
        "Shares rose 2% in morning trading."
    )
    assert hits(text, THU_18_JUN_2026)["morning"].value == "2026-06-18TMO"


# --- May and March named as months --------------------------------------------------------


def test_may_in_a_list_of_months_is_the_month() -> None:
    text = "The council meets four times a year and next year's sessions are set for March, May and October."
    found = hits(text, date(2026, 11, 2))
    assert found["May"].value == "2027-05"
    assert found["March"].value == "2027-03"


def test_may_before_and_a_month_is_the_month() -> None:
    text = "The region had its wettest May and June on record."
    assert hits(text, date(2026, 7, 8))["May"].value == "2026-05"


def test_march_with_its_weather_is_the_month() -> None:
    text = "An unseasonably mild March coaxed the cherry blossom out early."
    assert hits(text, date(2026, 4, 20))["March"].value == "2026-03"


def test_a_months_figures_are_of_the_latest_such_month() -> None:
    text = "The statistics bureau will publish March retail sales figures next week."
    assert hits(text, date(2026, 4, 20))["March"].value == "2026-03"
    text = "Economists expect May payrolls data to show a slowdown."
    assert hits(text, date(2026, 4, 20))["May"].value == "2026-05"


def test_a_name_and_the_modal_stay_unmarked() -> None:
    found = hits("Theresa May and Boris Johnson met in Downing Street.", date(2026, 4, 20))
    assert "May" not in found
    found = hits(
        "Fans may march on the ground, and the modest May said no more.", date(2026, 4, 20)
    )
    assert "May" not in found and "march" not in found


def test_months_bounding_a_kind_of_year_are_any_years() -> None:
    text = "The co-operative, which keeps an August-to-July marketing year, said exports fell."
    found = hits(text, date(2026, 9, 14))
    assert found["August"].value == "XXXX-08"
    assert found["July"].value == "XXXX-07"


def test_months_bounding_a_particular_year_keep_their_year() -> None:
    text = "Exports fell in the August-to-July year that ended in the summer."
    assert not hits(text, date(2026, 9, 14))["August"].value.startswith("XXXX")


def test_a_month_closed_out_by_the_market_is_the_month() -> None:
    text = "European shares closed out March with their biggest quarterly gain since 2015."
    assert hits(text, date(2026, 4, 1))["March"].value == "2026-03"


def test_a_possessive_after_ended_is_a_name() -> None:
    text = "The leak ended May's hopes of a second term."
    assert "May" not in hits(text, date(2026, 4, 1))
