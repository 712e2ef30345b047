"""Round 25 figure rules: whole wire lead sentences, with numbers inside long subjects and
clauses between a count and its verb."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import Figure
from tests.extract.figure_helpers import figure_containing

D = date(2025, 3, 4)


def _figure(text: str, number: str) -> Figure:
    return figure_containing(text, number, D)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("A 6.8 magnitude quake killed 12 people.", "6.8"),
        ("The 7.3 magnitude earthquake struck off Port Vila.", "7.3"),
        ("A 6.1-magnitude quake hit Mindanao.", "6.1"),
        ("The magnitude 6.4 earthquake struck western Nepal.", "6.4"),
    ],
)
def test_a_magnitude_however_written_measures_the_quake_and_counts_no_quakes(
    text: str, number: str
) -> None:
    f = _figure(text, number)
    assert (f.unit, f.counted, f.measure) == ("magnitude", None, None)


@pytest.mark.parametrize(
    "subject",
    [
        "the magnitude 6.8 earthquake that struck eastern Turkey early Sunday",
        "the 6.8-magnitude earthquake that struck eastern Turkey early Sunday",
        "the collapse of a 20-storey tower that fell in Lagos on Sunday",
        "the crash of Flight 370",
        "the 7-0 defeat that set off the riot",
        "the Category 4 hurricane that made landfall on Sunday",
    ],
)
def test_a_number_naming_the_event_leaves_a_toll_its_measure(subject: str) -> None:
    text = f"The death toll from {subject} rose to 212 on Tuesday, up from 147 a day earlier."
    for number in ("212", "147"):
        f = _figure(text, number)
        assert (f.counted, f.measure) == (None, "killed")


def test_a_count_between_the_toll_and_its_number_still_blocks_it() -> None:
    # the 40 injured are a count of their own: the toll far before them is not theirs
    f = _figure("The death toll rose to 12 and 40 injured people were treated.", "40")
    assert f.measure == "injured"


@pytest.mark.parametrize(
    ("text", "number", "counted", "measure"),
    [
        (
            "Police said 11 people, including a 7-year-old boy, were killed in the blast.",
            "11",
            "people",
            "killed",
        ),
        (
            "The agency said 61 migrants, among them women and children, had drowned.",
            "61",
            "migrants",
            "killed",
        ),
        (
            "The 12 boys of the football team, who had been trapped in a cave since June 23,"
            " were all pulled out alive.",
            "12",
            "boys",
            "rescued",
        ),
        ("At least 14 people, officials said, were killed in the blast.", "14", "people", "killed"),
    ],
)
def test_the_verb_after_an_aside_is_the_counts_measure(
    text: str, number: str, counted: str, measure: str
) -> None:
    f = _figure(text, number)
    assert (f.counted, f.measure) == (counted, measure)
