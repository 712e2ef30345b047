"""Round 38: shapes from wire108 (1998-2000 Xinhua, business, analysis, obituary, election and
sports copy) and from the facts helper's list: short month names in a pair ("Jun-Jul"), and an
answer with no verb of its own taking the tense of the question it answers."""

from __future__ import annotations

from datetime import date

from desktop.domain import TimeExpression
from desktop.extract.timex import find_timexes

WED_10_MAY_2023 = date(2023, 5, 10)
SUN_10_AUG_2025 = date(2025, 8, 10)


def hits(text: str, published: date) -> dict[str, TimeExpression]:
    return {t.text: t for t in find_timexes(text, published)}


# --- a pair of short month names ------------------------------------------------------------


def test_a_pair_of_short_months_with_a_hyphen_is_two_months() -> None:
    found = hits("Fuel imports fell 8% in Jun-Jul, the ministry said.", SUN_10_AUG_2025)
    assert found["Jun"].value == "2025-06"
    assert found["Jul"].value == "2025-07"


def test_a_pair_of_short_months_with_an_en_dash_is_two_months() -> None:
    found = hits("The Mar–Apr rains were the heaviest in a decade.", SUN_10_AUG_2025)
    assert found["Mar"].value == "2025-03"
    assert found["Apr"].value == "2025-04"


def test_may_after_a_short_month_and_a_dash_is_a_month() -> None:
    found = hits("Apr-May exports were weak.", SUN_10_AUG_2025)
    assert found["May"].value == "2025-05"


def test_a_short_month_name_alone_is_still_not_a_month() -> None:
    found = hits("Jun Li and Mar Roxas spoke at the forum.", SUN_10_AUG_2025)
    assert "Jun" not in found
    assert "Mar" not in found


def test_a_hyphenated_name_is_not_a_month() -> None:
    found = hits("Traffic was heavy on Al-Mar Street.", SUN_10_AUG_2025)
    assert "Mar" not in found


# --- an answer takes the tense of its question ----------------------------------------------


def test_a_clock_time_answering_a_past_question_takes_the_day_named_before() -> None:
    text = (
        "Police were called to the house on Friday 14 April.\n\n"
        "Q: When did you arrive?\nA: At 6.42am."
    )
    found = hits(text, WED_10_MAY_2023)
    assert found["6.42am"].value == "2023-04-14T06:42"


def test_an_answer_in_the_same_paragraph_as_its_question() -> None:
    text = "The fire started on Friday 14 April. Q: When were you woken? A: At 3.10am."
    found = hits(text, WED_10_MAY_2023)
    assert found["3.10am"].value == "2023-04-14T03:10"


def test_a_clock_time_answering_a_future_question_stays_on_the_publication_day() -> None:
    text = "The inquiry opened on Friday 14 April. When will it report? By 5pm."
    found = hits(text, WED_10_MAY_2023)
    assert found["5pm"].value == "2023-05-10T17:00"


# --- a decade of a century ------------------------------------------------------------------

MON_25_OCT_1999 = date(1999, 10, 25)


def test_the_first_decade_of_the_next_century_is_that_decade() -> None:
    found = hits(
        "The port expects to double its traffic in the first decade of the next century.",
        MON_25_OCT_1999,
    )
    assert found["the first decade of the next century"].value == "200"


def test_the_last_decade_of_an_ordinal_century() -> None:
    found = hits("Wages stalled in the last decade of the 19th century.", MON_25_OCT_1999)
    assert found["the last decade of the 19th century"].value == "189"


def test_the_second_decade_of_this_century_said_in_2015() -> None:
    found = hits(
        "Exports fell in the second decade of this century, the report said.", date(2015, 3, 2)
    )
    assert found["the second decade of this century"].value == "201"


# --- since the beginning of the year, up to now ---------------------------------------------


def test_since_the_beginning_of_the_year_with_a_perfect_is_this_year() -> None:
    text = (
        "Steel output rose 4 percent over the same months of 1998. Since the beginning of "
        "the year, the ministry has closed 40 small mills."
    )
    found = hits(text, date(1999, 6, 12))
    assert found["the beginning of the year"].value == "1999"


def test_since_the_start_of_the_year_in_a_past_story_keeps_its_year() -> None:
    text = "Orders collapsed in mid-2008. Since the start of the year, the bank had cut 300 jobs."
    found = hits(text, date(2009, 6, 12))
    assert found["the start of the year"].value == "2008"


# --- last season in basketball and hockey ---------------------------------------------------


def test_last_season_of_a_basketball_club_in_january_began_two_years_back() -> None:
    text = "The Celtics missed the playoffs last season and open camp on Tuesday."
    found = hits(text, date(1999, 1, 19))
    assert found["last season"].value == "1997"


def test_last_season_in_hockey_told_in_march_began_two_years_back() -> None:
    found = hits("The Oilers won 41 games last season.", date(1999, 3, 10))
    assert found["last season"].value == "1997"


def test_last_season_in_baseball_is_still_the_year_before() -> None:
    found = hits(
        "The pitcher won 20 games last season and signed again on Monday.", date(1999, 1, 19)
    )
    assert found["last season"].value == "1998"


# --- a morning's time after the publication day named by its weekday ------------------------


def test_a_morning_time_after_the_publication_weekday_takes_that_day() -> None:
    text = (
        "DENVER (AP) — The count began at 7 p.m. Tuesday.\n\n"
        "By 2:10 a.m. Wednesday, the challenger led by 900 votes. Shortly before 4 a.m., "
        "the county clerk stopped the count."
    )
    found = hits(text, date(2000, 11, 8))
    assert found["Shortly before 4 a.m."].value == "2000-11-08T04:00"


def test_an_evening_time_after_the_publication_weekday_keeps_the_story_day() -> None:
    text = (
        "LIMA, Peru (AP) — Voters lined up on Sunday in the capital.\n\n"
        "Turnout was heavy by 10 a.m. Monday, officials said. Polls had closed at 6 p.m., and "
        "the count went on through the night."
    )
    found = hits(text, date(2000, 4, 10))
    assert found["6 p.m."].value == "2000-04-09T18:00"


# --- crop and season years written with the second year in full -----------------------------


def test_a_season_written_with_a_slash_and_both_years_in_full_is_its_first_year() -> None:
    found = hits("Cane output will rise again in 2000/2001, the board said.", date(2000, 5, 3))
    assert found["2000/2001"].value == "2000"
    assert "2001" not in found


def test_a_crop_named_by_two_years_in_full_is_one_year() -> None:
    found = hits("The 1999-2000 cotton crop is forecast at 18 million bales.", date(1999, 8, 2))
    assert found["1999-2000"].value == "1999"


def test_a_commodity_year_takes_its_noun() -> None:
    found = hits("Exports in the 2000/2001 cocoa year will fall.", date(2000, 9, 5))
    assert found["the 2000/2001 cocoa year"].value == "2000"


def test_an_academic_session_takes_its_noun() -> None:
    found = hits("The 2021/2022 academic session was delayed.", date(2021, 10, 4))
    assert found["The 2021/2022 academic session"].value == "2021"


def test_a_plan_of_several_years_keeps_both_years() -> None:
    found = hits("The plan (1996-2000) ended last year.", date(2001, 2, 5))
    assert found["1996"].value == "1996"
    assert found["2000"].value == "2000"


# --- a futures contract's month -------------------------------------------------------------


def test_a_delivery_month_after_publication_in_a_past_sentence_is_ahead() -> None:
    found = hits("Soybeans for November delivery fell 6 cents on Friday.", date(1999, 9, 13))
    assert found["November"].value == "1999-11"


def test_a_delivery_month_before_the_publication_month_is_next_year() -> None:
    found = hits("Cocoa for March delivery closed at $1,410 a tonne.", date(1998, 11, 26))
    assert found["March"].value == "1999-03"


def test_a_delivery_month_that_is_the_publication_month_is_this_one() -> None:
    found = hits("Crude for July delivery rose 40 cents.", date(2000, 7, 5))
    assert found["July"].value == "2000-07"


# --- the second half of a compound adjective is no verb -------------------------------------


def test_a_compound_adjective_does_not_make_a_future_sentence_past() -> None:
    found = hits("The board will become a grower-owned company on July 1.", date(2000, 1, 11))
    assert found["July 1"].value == "2000-07-01"


def test_a_hyphenated_verb_still_tells_the_past() -> None:
    found = hits("The mayor was re-elected on July 1.", date(2000, 1, 11))
    assert found["July 1"].value == "1999-07-01"


def test_a_name_before_may_and_a_contract_is_not_a_delivery_month() -> None:
    found = hits("Theresa May contracts the cabinet to six.", date(2019, 3, 4))
    assert "May" not in found


# --- an amount's comparison before "a year earlier" -----------------------------------------


def test_percent_more_than_a_year_earlier_leaves_the_comparison_out() -> None:
    found = hits(
        "Reservoirs held 4.1 billion gallons on May 2, 18 percent more than a year earlier.",
        date(2000, 5, 4),
    )
    assert "a year earlier" in found
    assert "more than a year earlier" not in found


def test_more_than_a_year_ago_after_no_amount_keeps_its_modifier() -> None:
    found = hits("The plant closed more than a year ago.", date(2000, 5, 4))
    assert "more than a year ago" in found


# --- a count of quarters of a trend ---------------------------------------------------------


def test_quarters_of_growth_are_a_span() -> None:
    found = hits(
        "Output shrank in the third quarter, ending two quarters of modest growth.",
        date(1999, 12, 8),
    )
    assert found["two quarters"].value == "P2Q"


def test_straight_quarters_of_contraction_are_a_span() -> None:
    found = hits("The economy grew after four straight quarters of contraction.", date(1999, 6, 1))
    assert found["four straight quarters"].value == "P4Q"


def test_three_quarters_of_the_vote_is_still_a_fraction() -> None:
    found = hits("Three quarters of the growth came from Asia.", date(1999, 6, 1))
    assert found == {}


# --- "unlikely to" looks ahead as "likely to" does ------------------------------------------


def test_unlikely_to_in_a_past_report_looks_ahead() -> None:
    text = "Analysts said exports had stalled and were unlikely to recover before spring."
    found = hits(text, date(1999, 12, 8))
    assert found["spring"].value == "2000-SP"


def test_unlikely_to_before_a_month_looks_ahead() -> None:
    found = hits("The treaty is unlikely to be ratified before March.", date(1999, 12, 8))
    assert found["March"].value == "2000-03"


# --- the rest of the facts helper's list, already read right: pinned here --------------------

TUE_10_JUN_2025 = date(2025, 6, 10)


def test_a_warning_issued_by_a_clock_time_is_the_same_day() -> None:
    found = hits("The next warning will be issued by 11 am.", TUE_10_JUN_2025)
    assert found["11 am"].value == "2025-06-10T11:00"


def test_the_following_monday_after_a_dated_document_counts_from_its_date() -> None:
    found = hits(
        "The council met on June 3, 2025. The following Monday it voted again.", TUE_10_JUN_2025
    )
    assert found["The following Monday"].value == "2025-06-09"


def test_the_24_hours_till_a_time_yesterday_is_a_span_ending_then() -> None:
    found = hits("Rainfall in the 24 hours till 8:00am yesterday was 40mm.", TUE_10_JUN_2025)
    assert found["the 24 hours"].value == "PT24H"
    assert found["8:00am yesterday"].value == "2025-06-09T08:00"
