"""Facts, round 27: the day a report is dated by at the close of its sentence (", the agency
said in its weekly bulletin on Thursday", ", according to a report published by the board on
Thursday") is no scene of what the next sentences tell: "that week", "the week before", "the
previous week" after it count from the period the report told of, not from the report's day.

Every example is written for these tests; none is taken from a benchmark set.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.facts import find_facts
from desktop.extract.timex import find_timexes

PUBLISHED = date(2026, 1, 15)  # a Thursday


def values(text: str, published: date = PUBLISHED) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, published)}


def ranges(text: str, published: date = PUBLISHED) -> dict[str, tuple[str | None, str | None]]:
    timexes = find_timexes(text, published)
    out = {}
    for f in find_facts(text, timexes, published):
        first, last = f.date.earliest, f.date.latest
        out[timexes[f.timex].text] = (
            first.isoformat() if first else None,
            last.isoformat() if last else None,
        )
    return out


def test_the_week_before_counts_from_the_week_a_bulletin_told_of() -> None:
    text = (
        "Calls to the helpline rose in the week to 11 January, the county's health board said "
        "in its weekly bulletin on Thursday. There were 812 calls that week, up from 640 in the "
        "week before."
    )
    got = values(text)
    assert got["that week"] == "2026-W02"
    assert got["the week before"] == "2026-W01"
    assert ranges(text)["the week before"] == ("2025-12-29", "2026-01-04")


def test_a_report_published_on_a_day_is_no_scene_either() -> None:
    text = (
        "Norovirus cases fell in the week ending 4 January, according to the weekly report "
        "published by the health board on Thursday. Cases had risen the previous week."
    )
    got = values(text)
    assert got["the week"] == "2026-W01"
    assert got["the previous week"] == "2025-W52"


def test_a_report_day_is_still_the_scene_when_nothing_else_was_dated() -> None:
    # with no other day in its sentence, the report's day is what the next one counts from
    text = "The health board said on Monday that cases were rising. A week earlier, it had said"
    text += " the opposite."
    assert values(text)["Monday"] == "2026-01-12"
    assert values(text)["A week earlier"] == "2026-W02"  # the week of Monday 5 January


def test_a_report_day_within_the_same_sentence_is_left_as_it_was() -> None:
    # a unit counted in the report's own sentence keeps its reading
    text = "Sales rose 4% in the week to 11 January, the retailer said on Thursday."
    assert values(text)["Thursday"] == "2026-01-15"
    assert values(text)["11 January"] == "2026-01-11"


def test_what_a_since_counts_from_happened_once_whatever_habit_came_before() -> None:
    text = "Admissions have risen every week since early November, the board said."
    got = values(text)
    assert got["early November"] == "2025-11"
    assert ranges(text)["early November"] == ("2025-11-01", None)
    # a month told in a sentence about every year stays any year's
    assert values("Most of the birds arrive every year between March and May.")["March"] == (
        "XXXX-03"
    )


def test_that_before_a_part_of_day_that_qualifies_a_noun_opens_a_clause() -> None:
    text = (
        "Inspectors who visited in March 2023 found that night shifts had been run with one "
        "carer for most of the previous year. She was suspended the following month."
    )
    got = values(text)
    assert "that night" not in got
    assert got["the previous year"] == "2022"
    assert got["the following month"] == "2023-04"
    # a part of day that is the time of the clause is still one
    assert values("He called the station twice that night.")["that night"].endswith("TNI")


def test_after_midnight_and_dawn_follow_an_evening_into_the_next_day() -> None:
    text = (
        "The fire broke out at about 11.30pm on 17 June 1989. The captain ordered the ship "
        "abandoned shortly after midnight. Lifeboats reached her at about 2am, and the last "
        "survivors were taken off at dawn."
    )
    got = ranges(text)
    assert got["shortly after midnight"] == ("1989-06-18", "1989-06-18")
    assert got["about 2am"] == ("1989-06-18", "1989-06-18")
    assert got["dawn"] == ("1989-06-18", "1989-06-18")


def test_after_midnight_after_a_day_named_alone_is_that_days_first_hour() -> None:
    text = (
        "The floods swept through Darrow on 14 March 2025. The river burst its banks shortly "
        "after midnight."
    )
    assert ranges(text)["shortly after midnight"] == ("2025-03-14", "2025-03-14")
    text = "The rescue began just after midnight on Wednesday and lasted 22 hours."
    assert ranges(text)["just after midnight on Wednesday"] == ("2026-01-14", "2026-01-14")


def test_that_weekday_is_the_day_the_story_last_named_on_it() -> None:
    text = (
        "The trial was adjourned on Wednesday until Oct. 27. The judge told the jury that the "
        "trial would resume at 9:30 a.m. that Monday."
    )
    got = values(text, date(2025, 10, 16))
    assert got["that Monday"] == "2025-10-27"
    assert got["9:30 a.m."] == "2025-10-27T09:30"
    # a "that" which opens a clause leaves the weekday to be read alone
    got = values("He warned that Monday would be busy.", date(2025, 10, 16))
    assert got == {"Monday": "2025-10-20"}


def test_a_results_year_told_by_its_last_day_sets_the_fiscal_year() -> None:
    text = (
        "Darrow Minerals said its underlying profit for the year to June 30 fell 22%. Revenue "
        "for fiscal 2025 fell 9%. Output in fiscal 2026 would be higher, it said."
    )
    got = ranges(text, date(2025, 8, 21))
    assert got["fiscal 2025"] == ("2024-07-01", "2025-06-30")
    assert got["fiscal 2026"] == ("2025-07-01", "2026-06-30")
    # a year to a month that is no company's results leaves a fiscal year untold
    text = "Inflation in the year to June was 3.1%. Tax receipts in fiscal 2025 rose 4%."
    assert ranges(text, date(2025, 8, 21))["fiscal 2025"] == ("2025-01-01", "2025-12-31")


def test_the_end_or_late_part_of_a_week_is_the_whole_week() -> None:
    published = date(2025, 10, 16)  # a Thursday
    text = "Prosecutors had expected to rest their case by the end of this week."
    assert ranges(text, published)["the end of this week"] == ("2025-10-13", "2025-10-19")
    text = "The council will publish its plan by the end of next week."
    assert ranges(text, published)["the end of next week"] == ("2025-10-20", "2025-10-26")


def test_a_clock_time_on_the_next_day_counts_from_the_date_before_it() -> None:
    published = date(2026, 4, 23)
    text = (
        "On the night of 11 February 2023 a resident was left on the floor for nine hours. "
        "Staff found her at 7am the next day."
    )
    got = values(text, published)
    assert got["7am"] == "2023-02-12T07:00"
    assert got["the next day"] == "2023-02-12"
    text = "He was arrested on 3 May 2021. At 10am the next day he was charged."
    assert values(text, published)["the next day"] == "2021-05-04"


def test_years_ago_this_weekend_is_that_weekend_years_back() -> None:
    text = "Fifty years ago this weekend, the sea broke through the dunes at Kell."
    got = find_timexes(text, date(2026, 1, 29))
    assert [t.text for t in got] == ["Fifty years ago this weekend"]
    assert got[0].value == "1976-W05-WE"
    assert ranges(text, date(2026, 1, 29))["Fifty years ago this weekend"] == (
        "1976-01-31",
        "1976-02-01",
    )


def test_a_month_in_a_when_after_a_season_is_that_seasons() -> None:
    got = values("Last winter, when snow fell in February, the roads closed.")
    assert got["February"] == "2025-02"
    text = "Cases rose earlier than last winter, when they peaked in the second week of January."
    assert ranges(text)["the second week of January"] == ("2025-01-08", "2025-01-14")
    # without the "when", a month keeps its own reading
    assert values("Last winter was mild. Snow is forecast for February.")["February"] == ("2026-02")


def test_a_bare_quarter_of_a_company_whose_results_year_ends_in_march() -> None:
    text = (
        "Kelso Foods cut its profit forecast for the year to March 2026. In the second quarter, "
        "sales grew 6%."
    )
    assert ranges(text, date(2025, 11, 6))["the second quarter"] == ("2025-07-01", "2025-09-30")
    # with no year of its own told, a quarter is the calendar's
    text = "Kelso Foods said sales grew 6% in the second quarter."
    assert ranges(text, date(2025, 11, 6))["the second quarter"] == ("2025-04-01", "2025-06-30")


def test_a_bare_half_of_a_company_whose_results_year_ends_in_march() -> None:
    text = (
        "Kelso Foods reported a profit for the six months to 30 September and cut its profit "
        "forecast for the year to March 2026. Price rises would support margins in the second "
        "half."
    )
    assert ranges(text, date(2025, 11, 6))["the second half"] == ("2025-10-01", "2026-03-31")
    text = "Kelso Foods expects margins to improve in the second half."
    assert ranges(text, date(2025, 11, 6))["the second half"] == ("2025-07-01", "2025-12-31")
