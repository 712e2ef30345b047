"""Round 33: live timelines' stamps, a weekend told ahead by its own verb, fiscal quarters whose
year the text bounds, and a league's season that runs across two calendar years."""

from __future__ import annotations

from datetime import date

from desktop.domain import TimeExpression
from desktop.extract.timex import find_timexes

FRI_31_OCT_2025 = date(2025, 10, 31)
WED_6_AUG_2025 = date(2025, 8, 6)


def hits(text: str, published: date) -> dict[str, TimeExpression]:
    return {t.text: t for t in find_timexes(text, published)}


# --- a live timeline: entry stamps run on from the last stamp whose day was found -----------

TIMELINE = (
    "How the storm unfolded.\n\n"
    "5 p.m. Thursday: The coastguard closed the harbour at Oban.\n\n"
    "8:10 p.m.: Trains between Glasgow and Edinburgh were halted for Friday.\n\n"
    "10:45 p.m.: A roof was torn off a school in Largs.\n\n"
    "12:30 a.m.: The first power cuts were reported in Ayrshire.\n\n"
    "2 a.m. Friday: Engineers said 30,000 homes were cut off.\n\n"
    "4:15 a.m.: The bridge at Erskine was closed."
)


def test_stamps_below_a_dated_stamp_take_its_day() -> None:
    found = hits(TIMELINE, FRI_31_OCT_2025)
    assert found["5 p.m. Thursday"].value == "2025-10-30T17:00"
    assert found["8:10 p.m."].value == "2025-10-30T20:10"
    assert found["10:45 p.m."].value == "2025-10-30T22:45"
    assert "stamp above it" in found["10:45 p.m."].explanation


def test_a_timeline_running_past_midnight_moves_to_the_next_day() -> None:
    # published the day after: the small hours are Friday's, not the publication day's
    found = hits(TIMELINE, date(2025, 11, 1))
    assert found["12:30 a.m."].value == "2025-10-31T00:30"
    assert found["2 a.m. Friday"].value == "2025-10-31T02:00"
    assert found["4:15 a.m."].value == "2025-10-31T04:15"


def test_stamps_with_no_dated_stamp_above_stay_on_the_publication_day() -> None:
    text = "Live updates.\n\n9:05 a.m.: The polls opened.\n\n11:20 a.m.: Turnout was high."
    found = hits(text, date(2025, 5, 1))
    assert found["9:05 a.m."].value == "2025-05-01T09:05"
    assert found["11:20 a.m."].value == "2025-05-01T11:20"


def test_a_clock_time_inside_a_sentence_is_not_a_stamp_entry() -> None:
    text = (
        "5 p.m. Thursday: The ferry was cancelled.\n\n"
        "Officials said the line would reopen at 9 a.m. on Saturday."
    )
    found = hits(text, FRI_31_OCT_2025)
    assert found["9 a.m. on Saturday"].value == "2025-11-01T09:00"


# --- the weekend as the subject of a verb that looks ahead ----------------------------------


def test_the_weekend_that_would_be_calmer_is_the_coming_one() -> None:
    text = "Forecasters said the weekend would be calmer, but rain was expected on Monday."
    assert hits(text, FRI_31_OCT_2025)["the weekend"].value == "2025-W44-WE"


def test_the_weekend_expected_to_bring_rain_is_the_coming_one() -> None:
    text = "The agency said the weekend is expected to bring more rain to the coast."
    assert hits(text, date(2025, 11, 5))["the weekend"].value == "2025-W45-WE"


def test_the_weekend_that_was_calm_is_the_one_gone() -> None:
    assert hits("Police said the weekend was calm.", FRI_31_OCT_2025)["the weekend"].value == (
        "2025-W43-WE"
    )


def test_the_weekend_that_would_have_been_quieter_looks_back() -> None:
    text = "Organisers said the weekend would have been quieter without the strike."
    assert hits(text, FRI_31_OCT_2025)["the weekend"].value == "2025-W43-WE"


# --- a fiscal quarter: its months when the text tells when the fiscal year ends -------------


def test_a_fiscal_quarter_told_with_its_last_month_covers_its_own_months() -> None:
    text = (
        "Sales rose 9 percent in the three months to June 30, the company's fiscal third quarter."
    )
    quarter = hits(text, WED_6_AUG_2025)["fiscal third quarter"]
    assert quarter.value == "2025-Q3"
    assert quarter.date is not None
    assert (quarter.date.earliest, quarter.date.latest) == (date(2025, 4, 1), date(2025, 6, 30))
    assert "ends in September" in quarter.explanation


def test_a_fiscal_year_that_begins_in_october_sets_its_quarters() -> None:
    text = (
        "The group, whose fiscal year begins Oct. 1, said orders fell in its fiscal second quarter."
    )
    quarter = hits(text, WED_6_AUG_2025)["fiscal second quarter"]
    assert quarter.date is not None
    assert (quarter.date.earliest, quarter.date.latest) == (date(2025, 1, 1), date(2025, 3, 31))


def test_a_fiscal_quarter_told_ahead_is_the_first_not_yet_over() -> None:
    text = "The firm expects margins to widen in the fiscal first quarter. Its fiscal year ends in June."
    quarter = hits(text, date(2025, 5, 20))["the fiscal first quarter"]
    assert quarter.date is not None
    assert (quarter.date.earliest, quarter.date.latest) == (date(2025, 7, 1), date(2025, 9, 30))


def test_a_fiscal_quarter_without_the_year_bound_says_its_months_are_assumed() -> None:
    quarter = hits("Profit doubled in the fiscal third quarter.", WED_6_AUG_2025)[
        "the fiscal third quarter"
    ]
    assert quarter.value == "2025-Q3"
    assert "does not say when the company's fiscal year starts" in quarter.explanation


def test_two_companies_with_different_fiscal_years_leave_the_months_untold() -> None:
    text = (
        "Alder's fiscal year ends in June and Birch's fiscal year ends in March. "
        "Alder said sales rose in its fiscal second quarter."
    )
    quarter = hits(text, WED_6_AUG_2025)["fiscal second quarter"]
    assert "does not say" in quarter.explanation


# --- a league's season across two calendar years ---------------------------------------------


def test_next_season_of_a_winter_league_runs_july_to_june() -> None:
    text = "The striker will stay at the club next season, the manager said on Monday."
    season = hits(text, date(2025, 5, 19))["next season"]
    assert season.value == "2025"
    assert season.date is not None
    assert (season.date.earliest, season.date.latest) == (date(2025, 7, 1), date(2026, 6, 30))
    assert "2025-26 season" in season.explanation


def test_last_season_told_in_august_is_the_one_that_began_the_year_before() -> None:
    text = "The midfielder made 19 league appearances last season."
    season = hits(text, date(2024, 8, 30))["last season"]
    assert season.value == "2023"
    assert season.date is not None
    assert (season.date.earliest, season.date.latest) == (date(2023, 7, 1), date(2024, 6, 30))


def test_a_summer_league_season_is_its_calendar_year() -> None:
    season = hits("The pitcher won 12 games last season.", date(2024, 8, 30))["last season"]
    assert season.value == "2023"
    assert season.date is not None
    assert (season.date.earliest, season.date.latest) == (date(2023, 1, 1), date(2023, 12, 31))


def test_a_stamp_line_that_writes_its_date_carries_it_to_the_stamps_below() -> None:
    text = (
        "Count night, live.\n\n"
        "Thu 4 Jul 2024 23.40 BST\n"
        "Turnout is down in the first seats to declare.\n\n"
        "Fri 5 Jul 2024 00.55 BST\n"
        "Most results are expected between 2am and 6am, and a speech after 3am.\n\n"
        "02.10 BST\n"
        "The smaller parties are having their best night in decades.\n\n"
        "04.45 BST\n"
        "The majority has been passed."
    )
    found = hits(text, date(2024, 7, 4))
    assert found["02.10 BST"].value == "2024-07-05T02:10"
    assert found["04.45 BST"].value == "2024-07-05T04:45"


# --- a time that is the subject of a verb looking ahead, in a report ------------------------

WED_29_OCT_2025 = date(2025, 10, 29)


def test_a_day_said_to_be_the_wettest_is_one_to_come() -> None:
    text = "Forecasters said Saturday would be the wettest day of the week."
    assert hits(text, WED_29_OCT_2025)["Saturday"].value == "2025-11-01"


def test_a_month_said_to_be_busier_is_one_to_come() -> None:
    text = "Hospital managers said December will be busier still."
    assert hits(text, WED_29_OCT_2025)["December"].value == "2025-12"


def test_a_day_that_dates_the_saying_inside_a_relative_clause_stays_past() -> None:
    text = "The surplus, which the budget office said Monday would be larger, kept growing."
    assert hits(text, WED_29_OCT_2025)["Monday"].value == "2025-10-27"


def test_a_day_said_to_have_been_quiet_stays_past() -> None:
    text = "Police said Monday was quiet across the city."
    assert hits(text, WED_29_OCT_2025)["Monday"].value == "2025-10-27"


# --- "that" opening a reported clause is no pointer back at a month -------------------------


def test_a_month_after_warned_that_is_the_clause_subject() -> None:
    found = hits("Hospital managers warned that December will be busier still.", WED_29_OCT_2025)
    assert list(found) == ["December"]
    assert found["December"].value == "2025-12"


def test_that_month_after_a_non_reporting_word_still_points_back() -> None:
    text = "The mill closed in 1998. Workers remember that March, when the river rose."
    assert "that March" in hits(text, WED_29_OCT_2025)


# --- a range of days sharing one month --------------------------------------------------------

THU_9_NOV_2023 = date(2023, 11, 9)


def test_both_days_of_a_range_take_the_month_and_year_written_once() -> None:
    found = hits("The trial took place between 18 and 20 September 2023.", THU_9_NOV_2023)
    assert found["18"].value == "2023-09-18"
    assert found["20 September 2023"].value == "2023-09-20"


def test_the_first_ordinal_of_a_range_takes_the_month_of_the_second() -> None:
    found = hits("The fair ran from the 4th to the 6th of October.", THU_9_NOV_2023)
    assert found["the 4th"].value == "2023-10-04"
    assert found["the 6th of October"].value == "2023-10-06"


def test_an_ordinal_range_with_its_year_is_fixed() -> None:
    found = hits("Talks ran from the 2nd to the 5th of March 2021.", THU_9_NOV_2023)
    assert found["the 2nd"].value == "2021-03-02"


# --- irregular past tenses; "a year ago" opening its sentence ------------------------------


def test_irregular_pasts_tell_the_tense() -> None:
    # told in November, a February in the past tense is this year's, not the nearer next one
    text = "In February the court sat for two days."
    assert hits(text, THU_9_NOV_2023)["February"].value == "2023-02"
    text = "In February the appeals court upheld the ruling."
    assert hits(text, THU_9_NOV_2023)["February"].value == "2023-02"
    text = "The economy shrank 2 percent in the fourth quarter."
    assert hits(text, date(1998, 6, 1))["the fourth quarter"].value == "1997-Q4"


def test_the_sat_the_exam_is_no_past_verb() -> None:
    text = "Students will take the SAT on computers beginning in August."
    assert hits(text, date(2000, 2, 28))["August"].value == "2000-08"


def test_a_year_ago_opening_its_sentence_is_the_year_not_the_reported_quarter() -> None:
    text = 'Profit rose 8 percent in the first quarter. "A year ago, people were full of hope."'
    assert hits(text, date(1998, 5, 20))["A year ago"].value == "1997"


def test_a_year_ago_in_a_comparison_is_the_reported_quarter_a_year_back() -> None:
    text = "Profit rose 8 percent in the first quarter, up from $3 million a year ago."
    assert hits(text, date(1998, 5, 20))["a year ago"].value == "1997-Q1"
