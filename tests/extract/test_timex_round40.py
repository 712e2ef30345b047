"""Round 40: what is left of the facts helper's list (round 17): a review of the year published
at the turn of the year tells the January just ended, not the one a few weeks ahead; the lines of
a list headed as a timetable look ahead; a clock time after a sentence naming the match day is
that day."""

from __future__ import annotations

from datetime import date

from desktop.domain import TimeExpression
from desktop.extract.timex import find_timexes

SAT_3_JAN_2026 = date(2026, 1, 3)
TUE_30_DEC_2025 = date(2025, 12, 30)
MON_12_JAN_2026 = date(2026, 1, 12)
WED_18_FEB_2026 = date(2026, 2, 18)
TUE_10_JUN_2025 = date(2025, 6, 10)
THU_8_MAY_2025 = date(2025, 5, 8)


def hits(text: str, published: date) -> dict[str, TimeExpression]:
    return {t.text: t for t in find_timexes(text, published)}


# --- a review of the year at the turn of the year -------------------------------------------


def test_year_review_headline_in_early_january_keeps_the_january_just_ended() -> None:
    text = (
        "2025 in sport: a year of upsets\n\n"
        "Harlow Athletic sacked their manager on 21 January after a run of nine defeats."
    )
    found = hits(text, SAT_3_JAN_2026)
    assert found["21 January"].value == "2025-01-21"


def test_year_review_published_in_late_december_keeps_this_january() -> None:
    text = (
        "Review of the year: the stories that shaped the county\n\n"
        "The Fenwick bypass finally opened to traffic on 14 January."
    )
    found = hits(text, TUE_30_DEC_2025)
    assert found["14 January"].value == "2025-01-14"


def test_year_review_future_tense_still_looks_ahead() -> None:
    text = "2025 in politics\n\nThe assembly will sit again on 19 January to elect a speaker."
    found = hits(text, SAT_3_JAN_2026)
    assert found["19 January"].value == "2026-01-19"


def test_year_review_a_day_already_past_this_january_is_this_january() -> None:
    text = "2025 in review\n\nThe new mayor took office on 2 January."
    found = hits(text, MON_12_JAN_2026)
    assert found["2 January"].value == "2026-01-02"


def test_without_a_review_the_past_tense_date_weeks_ahead_is_unchanged() -> None:
    # no year review: the rule for a past verb a few weeks ahead (set plans, slips of the
    # publication date) stays as it was
    text = "Council news\n\nThe council approved the bypass on 24 January, a spokesman said."
    found = hits(text, SAT_3_JAN_2026)
    assert found["24 January"].value == "2026-01-24"


def test_year_review_outside_the_turn_of_the_year_is_not_used() -> None:
    text = "2024 in review\n\nThe mill closed on 20 June, the owners said."
    found = hits(text, TUE_10_JUN_2025)
    assert found["20 June"].value != "2024-06-20"


# --- a timetable's lines look ahead ---------------------------------------------------------


def test_timetable_lines_in_february_are_this_coming_spring() -> None:
    text = (
        "Key dates for the Lakeside council by-election\n\n"
        "The poll follows the resignation of councillor Amy Dunn in January.\n\n"
        "Here is the timetable:\n\n"
        "March 5: Nominations close at noon.\n"
        "March 20: Postal vote applications close.\n"
        "April 2: Polling day."
    )
    found = hits(text, WED_18_FEB_2026)
    assert found["March 5"].value == "2026-03-05"
    assert found["March 20"].value == "2026-03-20"
    assert found["April 2"].value == "2026-04-02"


def test_fixtures_heading_over_entries_after_publication() -> None:
    text = (
        "Fixtures\n\n14 March: Kelso v Hawick\n21 March: Hawick v Selkirk\n4 April: Selkirk v Kelso"
    )
    found = hits(text, WED_18_FEB_2026)
    assert found["14 March"].value == "2026-03-14"
    assert found["4 April"].value == "2026-04-04"


def test_timetable_entry_before_publication_goes_to_the_next_year() -> None:
    text = "The schedule for the tour:\n\nJanuary 20: Opening night in Leeds."
    found = hits(text, WED_18_FEB_2026)
    assert found["January 20"].value == "2027-01-20"


def test_a_chronology_without_a_timetable_heading_still_looks_back() -> None:
    text = (
        "How the dispute unfolded\n\n"
        "March 12: Drivers vote to strike.\n"
        "April 2: The first walkout closes the depot."
    )
    found = hits(text, WED_18_FEB_2026)
    assert found["March 12"].value == "2025-03-12"
    assert found["April 2"].value == "2025-04-02"


# --- the kick-off after a sentence naming the match day -------------------------------------


def test_kick_off_time_is_on_the_match_day_named_before() -> None:
    text = (
        "Preview: Harlow Athletic v Brockley\n\n"
        "Harlow Athletic can stay up on Saturday if they avoid defeat at home to Brockley.\n\n"
        "Kick-off is at 3pm."
    )
    found = hits(text, THU_8_MAY_2025)
    assert found["Saturday"].value == "2025-05-10"
    assert found["3pm"].value == "2025-05-10T15:00"


def test_kick_off_time_after_a_dated_match() -> None:
    text = "The final will be played at Hampden on Sunday 18 May. Kick-off is at 4.30pm."
    found = hits(text, THU_8_MAY_2025)
    assert found["4.30pm"].value == "2025-05-18T16:30"


def test_behind_schedule_heads_a_chronology_not_a_timetable() -> None:
    text = "The sea wall fell behind schedule:\n\nMarch 12 - Work stops.\nApril 2 - Work resumes."
    found = hits(text, WED_18_FEB_2026)
    assert found["March 12"].value == "2025-03-12"


def test_key_dates_heading_stays_a_chronology() -> None:
    text = "Key dates:\n\nMarch 3 - The dam's spillway cracks.\n\nMarch 9 - Villages are evacuated."
    found = hits(text, date(2025, 3, 20))
    assert found["March 3"].value == "2025-03-03"
