"""Figures round 57: a figure given "for <day>" is that day's, the one just past. The time
engine reads a bare weekday after "for" as the one to come ("its own figure for Thursday", read
on Saturday 12 March 2033, is 17 March), and on HEAD f0bb6211 such a day, later than the report,
was set aside for a count already made: "Meridia revised its own figure for Thursday to 52,000
barrels a day" was dated by the article (or, with "said on Friday", by Friday). A number given,
revised or reported for a day is of a day that has been."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.extract import extract

SATURDAY = date(2033, 3, 12)


def _as_of(text: str, number: str) -> date | None:
    [figure] = [f for f in extract(text, SATURDAY).figures if f.number_text.startswith(number)]
    return figure.as_of


@pytest.mark.parametrize(
    ("text", "number", "day"),
    [
        ("Meridia revised its own figure for Thursday to 52,000 barrels a day.", "52,000", 10),
        ("The interior ministry revised its count for Monday to 1,140 arrivals.", "1,140", 7),
        ("The grid operator gave a figure of 3,400 megawatts for Wednesday.", "3,400", 9),
        (
            "Meridia said on Friday it had revised its figure for Thursday to 52,000 barrels a day.",
            "52,000",
            10,
        ),
        ("The ministry's count on Monday was 1,140 arrivals.", "1,140", 7),
    ],
)
def test_a_figure_for_a_day_is_of_the_day_just_past(text: str, number: str, day: int) -> None:
    assert _as_of(text, number) == date(2033, 3, day)


def test_a_plan_for_a_day_to_come_keeps_its_day() -> None:
    # no figure named for the day: a crowd expected at a parade still to come
    assert _as_of("The ministry expects 40,000 visitors for Thursday's parade.", "40,000") == (
        SATURDAY
    )


def test_a_dated_day_after_for_is_left_as_told() -> None:
    # a day with its date needs no anchor: the time engine's reading stands
    assert _as_of("The agency gave a figure of 2,300 displaced for 3 March.", "2,300") == (
        date(2033, 3, 3)
    )
