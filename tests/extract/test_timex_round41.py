"""Round 41: wire110's lessons. 'The year' that a review published in the first days of January
sums up is the year just ended; 'for the time being' is the present; 'a quarter mile' is no
span of three months; 'was due back by Wednesday evening' looks ahead."""

from __future__ import annotations

from datetime import date

from desktop.domain import TimeExpression
from desktop.extract.timex import find_timexes

SAT_2_JAN_1999 = date(1999, 1, 2)
SUN_2_JAN_2000 = date(2000, 1, 2)
TUE_5_JAN_1999 = date(1999, 1, 5)
WED_29_DEC_1999 = date(1999, 12, 29)
THU_20_JAN_2000 = date(2000, 1, 20)
TUE_13_APR_1999 = date(1999, 4, 13)
FRI_9_JUL_1999 = date(1999, 7, 9)


def hits(text: str, published: date) -> dict[str, TimeExpression]:
    return {t.text: t for t in find_timexes(text, published)}


# --- the year a review in early January sums up ------------------------------------------------


def test_review_heading_the_year_in_a_subject_is_the_year_just_ended() -> None:
    text = "The year in sport\n\nLONDON (Reuters) — Three clubs changed managers in a month."
    assert hits(text, SUN_2_JAN_2000)["The year"].value == "1999"


def test_upper_case_review_heading_is_the_year_just_ended() -> None:
    text = "THE YEAR IN REVIEW: Farming\n\nDES MOINES — Corn prices fell for a third year."
    assert hits(text, SAT_2_JAN_1999)["THE YEAR"].value == "1998"


def test_the_year_as_subject_of_a_past_verb_summing_it_up_early_in_january() -> None:
    text = "The year brought two floods and a drought to the valley, farmers said."
    assert hits(text, SUN_2_JAN_2000)["The year"].value == "1999"


def test_the_year_that_began_and_ended_is_the_whole_year_just_gone() -> None:
    text = "The year began with a dock strike and ended with a record harvest."
    assert hits(text, TUE_5_JAN_1999)["The year"].value == "1998"


def test_the_year_that_began_with_no_end_told_is_the_new_year() -> None:
    text = "The year began with fireworks over the harbour and a quiet night for police."
    assert hits(text, SUN_2_JAN_2000)["The year"].value == "2000"


def test_the_year_looking_ahead_in_early_january_is_the_new_year() -> None:
    text = "The year will bring higher fuel taxes, the minister said."
    assert hits(text, SUN_2_JAN_2000)["The year"].value == "2000"


def test_first_meeting_of_the_year_in_early_january_is_the_new_year() -> None:
    text = "The central bank held its first policy meeting of the year on Monday."
    assert hits(text, TUE_5_JAN_1999)["the year"].value == "1999"


def test_past_tense_year_inside_a_review_article_is_the_year_just_ended() -> None:
    text = (
        "Looking back: the county's stories\n\n"
        "Rain fell on 140 days of the year at the airport, the wettest run on record."
    )
    assert hits(text, TUE_5_JAN_1999)["the year"].value == "1998"


def test_review_heading_published_in_late_december_is_the_publication_year() -> None:
    text = "The year in science\n\nThe year brought a map of a human chromosome."
    found = find_timexes(text, WED_29_DEC_1999)
    assert [t.value for t in found if t.text == "The year"] == ["1999", "1999"]


def test_review_heading_published_late_in_january_is_the_publication_year() -> None:
    text = "The year in science\n\nLab funding was cut, the report said."
    assert hits(text, THU_20_JAN_2000)["The year"].value == "2000"


def test_the_year_in_which_is_no_heading() -> None:
    text = "The year in which the mill closed\nwas hard for the town, he said later."
    assert hits(text, date(2000, 1, 6))["The year"].value == "2000"


# --- for the time being -------------------------------------------------------------------------


def test_for_the_time_being_is_the_present() -> None:
    text = "The border crossing will stay shut for the time being, officials said."
    found = hits(text, TUE_13_APR_1999)
    assert found["the time being"].value == "PRESENT_REF"
    assert found["the time being"].type == "DATE"


# --- a quarter of a measure ---------------------------------------------------------------------


def test_a_quarter_mile_is_a_distance() -> None:
    text = "Trucks were backed up a quarter mile from the gate on Friday."
    assert [t.text for t in find_timexes(text, FRI_9_JUL_1999)] == ["Friday"]


def test_a_quarter_pound_and_a_quarter_mile_track_are_measures() -> None:
    text = "The diner sells a quarter-pound burger beside a quarter-mile track."
    assert find_timexes(text, FRI_9_JUL_1999) == []


def test_a_quarter_of_trading_is_still_a_span() -> None:
    text = "Sales fell for a quarter before they recovered."
    assert hits(text, FRI_9_JUL_1999)["a quarter"].value == "P1Q"


# --- due back -----------------------------------------------------------------------------------


def test_was_due_back_by_a_weekday_evening_looks_ahead() -> None:
    text = "The envoy met Russia's foreign minister here and was due back in Washington by Wednesday evening."
    assert hits(text, TUE_13_APR_1999)["Wednesday evening"].value == "1999-04-14TEV"


def test_was_due_home_on_a_weekday_looks_ahead() -> None:
    text = "The minister, who flew in on Monday, was due home on Thursday."
    assert hits(text, TUE_13_APR_1999)["Thursday"].value == "1999-04-15"


def test_had_been_due_back_is_a_plan_of_the_past() -> None:
    text = "The crew had been due back on Monday but stayed another night."
    assert hits(text, TUE_13_APR_1999)["Monday"].value == "1999-04-12"


# --- a year as the subject of a verb ------------------------------------------------------------


def test_year_as_subject_of_opens_is_a_year_not_a_count() -> None:
    text = "Trading for 1999 opens on Monday at the exchange."
    assert hits(text, SAT_2_JAN_1999)["1999"].value == "1999"


def test_year_as_subject_of_promises_and_looks_is_a_year() -> None:
    text = "Analysts said 2000 looks better for exporters, and 2001 promises to be better still."
    found = hits(text, SUN_2_JAN_2000)
    assert found["2000"].value == "2000"
    assert found["2001"].value == "2001"


def test_a_number_before_a_plural_noun_stays_a_count() -> None:
    text = "The ministry sent tents for 2000 families and blankets for 1500 soldiers."
    assert find_timexes(text, SUN_2_JAN_2000) == []


# --- school years -------------------------------------------------------------------------------

WED_23_FEB_2000 = date(2000, 2, 23)
TUE_8_SEP_1998 = date(1998, 9, 8)


def test_next_school_year_said_in_february_begins_in_the_autumn() -> None:
    text = "Parents have until March 15 to ask for a transfer for next school year."
    found = hits(text, WED_23_FEB_2000)
    assert found["next school year"].value == "2000"
    assert found["next school year"].type == "DATE"


def test_this_school_year_said_in_february_began_last_autumn() -> None:
    text = "It was the district's fourth snow day this school year."
    assert hits(text, WED_23_FEB_2000)["this school year"].value == "1999"


def test_the_school_year_said_in_september_is_the_one_just_begun() -> None:
    text = "The lost days will be made up by extending the school year to June 18."
    found = hits(text, TUE_8_SEP_1998)
    assert found["the school year"].value == "1998"
    assert found["June 18"].value == "1999-06-18"


def test_last_academic_year_is_the_one_before() -> None:
    text = "Enrolment fell by 4 percent in the last academic year, the university said."
    assert hits(text, TUE_8_SEP_1998)["the last academic year"].value == "1997"


def test_a_programme_named_academic_year_is_no_time() -> None:
    text = "She spent a semester with The Academic Year Abroad Programme in Madrid."
    assert not [t for t in find_timexes(text, TUE_8_SEP_1998) if "Academic" in t.text]


# --- semesters and terms ------------------------------------------------------------------------

TUE_14_SEP_1999 = date(1999, 9, 14)


def test_the_fall_semester_of_a_year_is_that_autumn() -> None:
    text = "The regents will raise fees for the fall semester of 2000, they voted Thursday."
    found = hits(text, TUE_14_SEP_1999)
    assert found["the fall semester of 2000"].value == "2000-FA"
    assert "2000" not in found


def test_the_spring_semester_looking_ahead_is_next_spring() -> None:
    text = "Lectures in the spring semester will be taped for students abroad."
    assert hits(text, TUE_14_SEP_1999)["the spring semester"].value == "2000-SP"


def test_the_autumn_term_keeps_its_noun_in_the_expression() -> None:
    text = "The autumn term ends on Dec. 17 with a carol service."
    assert hits(text, TUE_14_SEP_1999)["The autumn term"].value == "1999-FA"


def test_a_term_paper_and_a_fall_term_without_determiner_are_no_times() -> None:
    assert find_timexes("She turned in a term paper on the economy.", TUE_14_SEP_1999) == []


# --- the nth weekday of a month -----------------------------------------------------------------

FRI_12_JUN_1998 = date(1998, 6, 12)


def test_the_last_monday_in_may_next_year() -> None:
    text = "Next year the ceremony will move to the last Monday in May."
    assert hits(text, FRI_12_JUN_1998)["the last Monday in May"].value == "1999-05-31"


def test_the_first_tuesday_of_a_month_with_its_year_written() -> None:
    text = "Voters go to the polls on the first Tuesday of November 2000."
    assert hits(text, FRI_12_JUN_1998)["the first Tuesday of November 2000"].value == "2000-11-07"


def test_the_third_sunday_in_a_month_told_in_the_past() -> None:
    text = "The runoff was held on the third Sunday in May."
    assert hits(text, FRI_12_JUN_1998)["the third Sunday in May"].value == "1998-05-17"


def test_a_fifth_weekday_the_month_lacks_leaves_the_month() -> None:
    text = "The club met on the fifth Friday in February 1998."
    assert hits(text, FRI_12_JUN_1998)["the fifth Friday in February 1998"].value == "1998-02"


# --- a weekday of this, next or last week -------------------------------------------------------

TUE_24_NOV_1998 = date(1998, 11, 24)


def test_weekdays_of_this_week_told_in_the_future_are_this_weeks() -> None:
    text = "Teachers will spend Monday and Tuesday of this week in training."
    found = hits(text, TUE_24_NOV_1998)
    assert found["Monday"].value == "1998-11-23"
    assert found["Tuesday"].value == "1998-11-24"
    assert found["this week"].value == "1998-W48"


def test_a_weekday_of_next_week_is_in_the_week_after() -> None:
    text = "The council vote is set for Thursday of next week."
    assert hits(text, TUE_24_NOV_1998)["Thursday"].value == "1998-12-03"


def test_a_weekday_of_last_week_is_in_the_week_before() -> None:
    text = "The ship docked on Wednesday of last week."
    assert hits(text, TUE_24_NOV_1998)["Wednesday"].value == "1998-11-18"


# --- a day named in a relative clause set off by commas -------------------------------------------

SAT_4_SEP_1999 = date(1999, 9, 4)


def test_clock_after_an_aside_of_a_past_day_is_not_that_day() -> None:
    text = (
        "CAIRO (AP) — The envoy landed here early Saturday local time.\n\n"
        "The envoy, who left Washington late Friday, was to meet the president at noon "
        "and fly on to Amman in the evening."
    )
    found = hits(text, SAT_4_SEP_1999)
    assert found["late Friday"].value == "1999-09-03"
    assert found["noon"].value == "1999-09-04T12:00"
    assert found["the evening"].value == "1999-09-04TEV"


def test_clock_after_an_aside_of_a_storm_day_goes_with_the_main_clause() -> None:
    text = (
        "A sandstorm struck the capital on Friday.\n\n"
        "The storm, which formed over the desert on Wednesday, reached the city at about 10 a.m."
    )
    assert hits(text, date(2000, 3, 4))["about 10 a.m."].value == "2000-03-03T10:00"


def test_an_aside_naming_a_deadline_still_dates_the_clock_after_it() -> None:
    text = (
        "Brokers will keep their phone lines open through the weekend. Margin calls, which must "
        "be met by Monday, could force more selling when markets open at 9:30 a.m."
    )
    assert hits(text, date(2000, 4, 15))["9:30 a.m."].value == "2000-04-17T09:30"


def test_an_aside_saying_which_day_it_was_still_dates_the_clock() -> None:
    text = "On New Year's Eve, which fell on Friday, fireworks went up at midnight."
    assert hits(text, date(2024, 2, 12))["midnight"].value == "2024-02-09T24:00"


# --- today as the present age -------------------------------------------------------------------

SUN_17_OCT_1999 = date(1999, 10, 17)


def test_today_after_than_is_the_present_age() -> None:
    text = "By 2050 the river could run two feet higher than today, the study says."
    assert hits(text, SUN_17_OCT_1999)["today"].value == "PRESENT_REF"


def test_today_at_the_end_of_a_from_to_change_since_a_far_year() -> None:
    text = "The town's population fell from 9,000 in 1950 to about 2,100 today."
    assert hits(text, SUN_17_OCT_1999)["today"].value == "PRESENT_REF"


def test_today_after_a_lasting_state_of_many_is_the_present_age() -> None:
    text = "Fewer than 40 of the old mills remain today, and few veterans alive today recall them."
    found = find_timexes(text, SUN_17_OCT_1999)
    assert [t.value for t in found if t.text == "today"] == ["PRESENT_REF", "PRESENT_REF"]


def test_today_with_an_event_verb_stays_the_publication_day() -> None:
    text = "The museum, founded in 1891, reopened today after a two-year restoration."
    assert hits(text, SUN_17_OCT_1999)["today"].value == "1999-10-17"


def test_one_thing_that_remains_today_stays_the_publication_day() -> None:
    text = "The hijacked jet flew on to Kandahar, where it remains today."
    assert hits(text, SUN_17_OCT_1999)["today"].value == "1999-10-17"


# --- the rest of a unit -------------------------------------------------------------------------

WED_10_FEB_1999 = date(1999, 2, 10)


def test_the_rest_of_the_week_is_one_expression_of_the_week() -> None:
    text = "The judge sent the jurors home for the rest of the week."
    found = hits(text, WED_10_FEB_1999)
    assert found["the rest of the week"].value == "1999-W06"


def test_the_remainder_of_a_written_year() -> None:
    text = "The plant will run one shift for the remainder of 1999."
    assert hits(text, WED_10_FEB_1999)["the remainder of 1999"].value == "1999"


def test_the_rest_of_a_life_is_no_time() -> None:
    assert find_timexes("He spent the rest of his life in Lisbon.", WED_10_FEB_1999) == []


# --- a span after a count and a modal verb ------------------------------------------------------


def test_a_week_after_a_count_and_a_modal_is_a_span_not_a_rate() -> None:
    text = "Classes at three schools will start a week late because the roofs are unfinished."
    assert hits(text, date(2000, 9, 5))["a week"].value == "P1W"


def test_a_rate_of_an_amount_stays_unmarked() -> None:
    assert find_timexes("The plant turns out 300 cars a day.", date(2000, 9, 5)) == []


# --- an hour with 'in the morning' --------------------------------------------------------------

FRI_5_NOV_1999 = date(1999, 11, 5)


def test_a_bare_hour_in_the_morning_after_at_is_a_clock_time() -> None:
    text = "Polling stations open at 8 in the morning and close at 6 p.m. on Saturday."
    found = hits(text, FRI_5_NOV_1999)
    assert found["8 in the morning"].value.endswith("T08:00")
    assert found["8 in the morning"].type == "TIME"


def test_a_bare_hour_in_the_evening_takes_the_afternoon_half() -> None:
    text = "The rescuers reached the village at 10 in the evening."
    assert hits(text, FRI_5_NOV_1999)["10 in the evening"].value == "1999-11-05T22:00"


def test_it_was_an_hour_in_the_morning() -> None:
    text = "It was 4 in the morning when the dam gave way."
    assert hits(text, FRI_5_NOV_1999)["4 in the morning"].value == "1999-11-05T04:00"


def test_minutes_in_the_morning_after_is_are_a_clock_time() -> None:
    text = "It is 5:30 in the morning, and the first buses are leaving the depot."
    assert hits(text, FRI_5_NOV_1999)["5:30 in the morning"].value == "1999-11-05T05:30"


def test_a_count_before_in_the_morning_session_is_no_clock() -> None:
    text = "Traders made 6 in the morning session and none after lunch."
    assert not [t for t in find_timexes(text, FRI_5_NOV_1999) if t.text.startswith("6")]


# --- the year told in the past a day or two into January -----------------------------------------

FRI_1_JAN_1999 = date(1999, 1, 1)
SAT_1_JAN_2000 = date(2000, 1, 1)


def test_the_years_low_told_on_new_years_day_is_the_year_just_ended() -> None:
    text = "The index gained 31 percent, its best run since 1991. The year's low came on Aug. 31."
    assert hits(text, FRI_1_JAN_1999)["The year"].value == "1998"


def test_the_first_baby_of_the_year_is_the_new_years() -> None:
    text = "The first baby of the year was born at 12:01 a.m. at St. Luke's Hospital."
    assert hits(text, FRI_1_JAN_1999)["the year"].value == "1999"


def test_the_year_near_the_new_years_number_is_the_new_year() -> None:
    text = "Some clocks showed dates in 2000 wrongly. One station posted the year as 1900."
    assert hits(text, SAT_1_JAN_2000)["the year"].value == "2000"


# --- overnight before a day named whole -------------------------------------------------------

WED_25_FEB_2026 = date(2026, 2, 25)


def test_overnight_in_a_sentence_about_a_whole_day_is_the_night_before_it() -> None:
    text = (
        "KYIV (AP) — Ukrainians marked the anniversary of the invasion on Tuesday, as air raid "
        "sirens sounded across the country overnight."
    )
    assert hits(text, WED_25_FEB_2026)["overnight"].value == "2026-02-23TNI"


def test_overnight_after_a_late_day_is_that_days_night() -> None:
    text = "The outage began late Thursday and was resolved overnight, the company said."
    assert hits(text, date(2026, 2, 27))["overnight"].value == "2026-02-26TNI"


def test_overnight_in_a_sentence_that_opens_on_its_day_is_that_days_night() -> None:
    text = "On 4 February it snowed overnight, and by dawn the temple was white."
    assert hits(text, date(2026, 2, 20))["overnight"].value == "2026-02-04TNI"
