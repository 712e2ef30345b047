"""Figures round 58: a level told "a week earlier" / "a year ago" is as of that one day, counted
back from the day in focus; a count told "in the past week" / "last week" stays a window, and so
does a stretch compared with the stretch before it."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.extract.figures import _step_back, find_figures
from desktop.extract.timex import find_timexes

# a Saturday
PUB = date(2033, 3, 12)


def _figures(text: str, published: date = PUB) -> dict[str, tuple[date | None, str | None]]:
    found = find_figures(text, published, find_timexes(text, published))
    return {f.number_text: (f.as_of, f.as_of_precision) for f in found}


@pytest.mark.parametrize(
    ("text", "number", "day"),
    [
        # the telling day in focus
        ("The Harnley reservoir was 24% full, down from 27% a week earlier.", "27%", "2033-03-05"),
        (
            "Hospitals in Dunmore are treating 412 flu patients, up from 365 a week ago.",
            "365",
            "2033-03-05",
        ),
        (
            "The Ostry dam held 58% of its capacity, up from 52% a month earlier.",
            "52%",
            "2033-02-12",
        ),
        (
            "The Pell river gauge read 3.4 metres, up from 2.9 metres a year ago.",
            "2.9",
            "2032-03-12",
        ),
        ("Storage stood at 41%, against 47% two weeks ago.", "47%", "2033-02-26"),
        # the sentence's own day in focus: a week before that Thursday
        (
            "The Harnley reservoir stood at 31% on Thursday, down from 34% a week earlier.",
            "34%",
            "2033-03-03",
        ),
    ],
)
def test_a_level_counted_back_is_as_of_one_day(text: str, number: str, day: str) -> None:
    assert _figures(text)[number] == (date.fromisoformat(day), "day")


def test_the_level_told_now_keeps_the_telling_day() -> None:
    got = _figures("The Harnley reservoir was 24% full, down from 27% a week earlier.")
    assert got["24%"] == (PUB, "day")


def test_a_count_in_the_past_week_stays_a_window() -> None:
    text = "Police in Varna Cove arrested 46 people in the past week."
    (fig,) = find_figures(text, PUB, find_timexes(text, PUB))
    assert fig.period == "week"
    assert fig.as_of == PUB


def test_a_count_last_week_stays_the_calendar_week() -> None:
    got = _figures("Ferries carried 8,400 passengers last week, the port authority said.")
    assert got["8,400"] == (date(2033, 3, 6), "week")


def test_a_stretch_compared_with_the_stretch_before_keeps_it() -> None:
    # the focus is a month, so "a month earlier" is the month before, not a day
    text = "Unemployment fell to 5.8% in February, from 6.1% a month earlier."
    got = _figures(text)
    assert got["6.1%"][1] == "month"
    # the focus is a window of a week: the week before it, never one day
    text = "Some 2,300 migrants crossed in the past week, up from 1,900 a week earlier."
    assert _figures(text)["1,900"][1] != "day"


def test_a_week_before_an_event_is_left_to_the_engine() -> None:
    # "a week before the vote" names another anchor than the day in focus
    text = "Support for the mayor was 44%, down from 49% a week before the vote."
    assert _figures(text)["49%"] != (date(2033, 3, 5), "day")


@pytest.mark.parametrize(
    ("day", "unit", "count", "back"),
    [
        ("2033-03-31", "month", 1, "2033-02-28"),
        ("2032-02-29", "year", 1, "2031-02-28"),
        ("2033-01-15", "month", 2, "2032-11-15"),
        ("2033-03-12", "week", 2, "2033-02-26"),
        ("2033-03-01", "day", 1, "2033-02-28"),
    ],
)
def test_step_back(day: str, unit: str, count: int, back: str) -> None:
    assert _step_back(date.fromisoformat(day), unit, count) == date.fromisoformat(back)
