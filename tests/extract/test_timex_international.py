"""Time expressions as international news writes them: numeric dates in the world's
conventions, days of the month named alone, clock times with zones, counted days in a run."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.extract.timex import find_timexes

WED_12_MAR_2025 = date(2025, 3, 12)


def found(text: str, published: date | None = WED_12_MAR_2025) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, published)]


# --- numeric dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The ceasefire took effect on 20.01.2025 after talks.", "20.01.2025", "2025-01-20"),
        ("Voters go to the polls on 6.4.2025, the commission said.", "6.4.2025", "2025-04-06"),
        ("The decree, dated 03.11.2024, was published.", "03.11.2024", "2024-11-03"),
        ("The border closed on 31.12.2024.", "31.12.2024", "2024-12-31"),
    ],
)
def test_dotted_dates_are_read_day_first(sentence: str, text: str, value: str) -> None:
    assert found(sentence) == [(text, "DATE", value)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The index rose 1.5 percent to 20.01 points.",
        "Version 2.10.2025 of the app fixed the bug.",
    ],
)
def test_decimals_and_versions_are_not_dotted_dates(sentence: str) -> None:
    assert found(sentence) == []


def test_an_impossible_dotted_date_is_not_a_date() -> None:
    assert found("The code 35.14.2025 was printed on the box.") == []


def test_a_slash_date_that_can_only_be_day_first_is_read_so() -> None:
    assert found("The talks opened on 25/02/2025 in Nairobi.") == [
        ("25/02/2025", "DATE", "2025-02-25")
    ]


def test_an_article_that_writes_day_first_is_read_day_first_throughout() -> None:
    text = "The first round was held on 23/02/2025 and the run-off on 09/03/2025."
    assert found(text) == [
        ("23/02/2025", "DATE", "2025-02-23"),
        ("09/03/2025", "DATE", "2025-03-09"),
    ]


def test_an_ambiguous_slash_date_alone_is_read_month_first() -> None:
    assert found("The filing is dated 04/05/2024.") == [("04/05/2024", "DATE", "2024-04-05")]


def test_a_dotted_date_elsewhere_sets_the_day_first_convention() -> None:
    text = "Polls open on 16.03.2025; results are due 04/05/2025."
    assert found(text)[1] == ("04/05/2025", "DATE", "2025-05-04")


# --- a day of the month named alone ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # past tense: the latest such day up to publication (12 March)
        ("The strike ended on the 3rd, after a week.", "the 3rd", "2025-03-03"),
        ("Exports fell sharply, figures released on the 28th showed.", "the 28th", "2025-02-28"),
        # future: the next one
        ("The summit opens on the 25th, officials said.", "the 25th", "2025-03-25"),
        ("Parliament will vote on the 4th.", "the 4th", "2025-04-04"),
        ("The deadline is the 31st.", "the 31st", "2025-03-31"),
        # the publication day itself
        ("The court ruled on the 12th.", "the 12th", "2025-03-12"),
        # the month the text names
        ("Shares hit a record on the 10th of this month.", "the 10th of this month", "2025-03-10"),
        ("Talks resume on the 2nd of next month.", "the 2nd of next month", "2025-04-02"),
        # a weekday named with it picks the month where it falls
        ("Voting ended on Friday, the 28th.", "Friday, the 28th", "2025-02-28"),
    ],
)
def test_a_day_of_the_month_alone(sentence: str, text: str, value: str) -> None:
    assert (text, "DATE", value) in found(sentence)


def test_a_day_of_the_month_follows_the_month_in_focus() -> None:
    text = "In January, the rebels took the airport. They withdrew on the 19th."
    assert ("the 19th", "DATE", "2025-01-19") in found(text)


def test_a_day_of_the_month_after_a_date_is_the_nearest_one() -> None:
    text = "The talks began on Jan. 30 and collapsed on the 2nd."
    assert ("the 2nd", "DATE", "2025-02-02") in found(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "He finished 3rd in the race.",
        "Soldiers of the 3rd Infantry Division crossed the river.",
        "They marked the 25th anniversary of the treaty.",
        "The office is on the 14th floor.",
        "She was the 2nd woman to hold the post.",
        "He came back on the 3th try.",
    ],
)
def test_ordinals_that_count_things_are_not_days(sentence: str) -> None:
    assert found(sentence) == []


def test_a_day_of_the_month_without_a_publication_date_waits_for_one() -> None:
    (t,) = find_timexes("The strike ended on the 3rd.", None)
    assert t.value == "XXXX-XX-03" and t.needs_anchor


# --- clock times: 24-hour, military, with zones ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The shelling began at 14:00 GMT.", "14:00 GMT", "2025-03-12T14:00"),
        ("The strike stopped at 16:30 local time.", "16:30 local time", "2025-03-12T16:30"),
        ("Trading resumed at 0930 GMT.", "0930 GMT", "2025-03-12T09:30"),
        # the day after "on" is part of the one time
        ("Polls will close at 20:00 on Sunday.", "20:00 on Sunday", "2025-03-16T20:00"),
        (
            "The minister will speak at 18:00 CET on Thursday.",
            "18:00 CET on Thursday",
            "2025-03-13T18:00",
        ),
        ("The curfew starts at 2200 hours.", "2200 hours", "2025-03-12T22:00"),
        ("The vote closes at 17.00 GMT+1.", "17.00 GMT+1", "2025-03-12T17:00"),
        ("Flights resume at 06:00 on 14 March.", "06:00 on 14 March", "2025-03-14T06:00"),
        ("The quake struck at 2:47 a.m. local time.", "2:47 a.m. local time", "2025-03-12T02:47"),
        (
            "The ferry sank at 9 p.m. IST on Monday.",
            "9 p.m. IST on Monday",
            "2025-03-10T21:00",
        ),
    ],
)
def test_clock_times_with_zones(sentence: str, text: str, value: str) -> None:
    assert (text, "TIME", value) in found(sentence)


def test_a_clock_time_belongs_to_the_day_named_before_it_in_the_sentence() -> None:
    text = "On Sunday, the polls closed at 20:00 and counting began."
    assert ("20:00", "TIME", "2025-03-09T20:00") in found(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The home side won 3:1 in the final.",
        "Read John 3:16 aloud.",
        "The ratio rose to 14.30 last year.",
        "Volunteers gave 1500 hours of service.",
        "The rate was 20:00 per cent.",
    ],
)
def test_numbers_with_colons_or_dots_are_not_clock_times(sentence: str) -> None:
    assert not [t for t in found(sentence) if t[1] == "TIME"]


# --- parts of a named day ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "kind", "value"),
    [
        (
            "Rockets hit the city in the early hours of Sunday.",
            "the early hours of Sunday",
            "DATE",
            "2025-03-09",
        ),
        (
            "Police raided the flat in the small hours of Tuesday morning.",
            "the small hours of Tuesday morning",
            "TIME",
            "2025-03-11TMO",
        ),
        ("The vote was held late on Tuesday.", "late on Tuesday", "DATE", "2025-03-11"),
        (
            "The talks broke up late on Monday night.",
            "late on Monday night",
            "TIME",
            "2025-03-10TNI",
        ),
        (
            "Officials will announce the result early on Friday.",
            "early on Friday",
            "DATE",
            "2025-03-14",
        ),
    ],
)
def test_parts_of_a_named_day(sentence: str, text: str, kind: str, value: str) -> None:
    assert found(sentence) == [(text, kind, value)]


def test_the_early_hours_of_sunday_is_the_start_of_that_day() -> None:
    (t,) = find_timexes("Rockets hit the city in the early hours of Sunday.", WED_12_MAR_2025)
    assert "early part" in t.explanation
    assert t.date is not None and t.date.earliest == date(2025, 3, 9)


def test_later_on_a_day_keeps_the_day_alone() -> None:
    assert found("Later on Tuesday, the minister resigned.") == [("Tuesday", "DATE", "2025-03-11")]


# --- spans up to publication and into the future ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("At least 40 people were killed over the past 24 hours.", "the past 24 hours", "PT24H"),
        ("In the last 48 hours, rescuers pulled 12 survivors out.", "the last 48 hours", "PT48H"),
        # "in the coming days" is a stretch of unknown length ahead (TimeBank: "coming weeks" PXW)
        ("More rain is expected in the coming days.", "the coming days", "PXD"),
        ("The firm will cut jobs in the coming weeks.", "the coming weeks", "PXW"),
    ],
)
def test_spans_up_to_and_from_publication(sentence: str, text: str, value: str) -> None:
    assert found(sentence) == [(text, "DURATION", value)]


# --- a day counted in a run -------------------------------------------------------------------


def test_a_counted_day_is_the_publication_day_when_nothing_else_is_named() -> None:
    assert found("Demonstrators marched for the third day in the capital.") == [
        ("the third day", "DATE", "2025-03-12")
    ]


def test_a_counted_day_is_the_day_its_sentence_names_after_it() -> None:
    assert found("Farmers blocked roads for a second straight day on Monday.") == [
        ("a second straight day", "DATE", "2025-03-10"),
        ("Monday", "DATE", "2025-03-10"),
    ]


def test_a_counted_day_is_the_day_its_sentence_names_before_it() -> None:
    text = "On Tuesday, miners stayed underground for the fifth day."
    assert ("the fifth day", "DATE", "2025-03-11") in found(text)


def test_a_counted_night_is_a_night() -> None:
    assert found("Sirens sounded over Kyiv for a fourth consecutive night on Sunday.") == [
        ("a fourth consecutive night", "TIME", "2025-03-09TNI"),
        ("Sunday", "DATE", "2025-03-09"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The first day of March is a holiday.",
        "A second day of talks is not planned.",
        "Markets fell for the fourth consecutive session.",
    ],
)
def test_not_a_counted_day_of_a_run(sentence: str) -> None:
    assert not [t for t in found(sentence) if "day" in t[0] and "March" not in t[0]]
