"""Round 46: under the story, a list of dates to come whose items open with capitals ("Final
Vote - 2 June 2027", "Consultation Closes | 14 April 2027") reads like a writer's bare name
beside a date; such an item names no writer and dates nothing, and stays in the story. A
writer's line under the story, alone or with "By", is still read."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import RawArticle
from desktop.ingest import read_bytes

HEADLINE = "Harbour levy to rise as council backs new berths"
STORY = [
    "The harbour board voted on Tuesday to raise the mooring levy by 12% from next spring.",
    "Boat owners said the rise would hit small fishing crews hardest.",
    "The council will publish its final plan in the summer.",
]
AGENDAS = [
    ["Consultation Closes - 14 April 2027", "Final Vote - 2 June 2027"],
    ["Consultation Closes | 14 April 2027", "Final Vote | 2 June 2027"],
    [
        "Public Meetings Begin – 3 May 2027",
        "Final Vote – 2 June 2027",
        "New Berths Open – 1 July 2027",
    ],
]


def _plain(paragraphs: list[str]) -> RawArticle:
    return read_bytes(("\n\n".join([HEADLINE, *paragraphs]) + "\n").encode(), "levy.txt")


@pytest.mark.parametrize("agenda", AGENDAS)
def test_capitalised_key_dates_under_a_plain_story_name_no_writer(agenda: list[str]) -> None:
    article = _plain([*STORY, "Key dates", *agenda])
    assert article.author is None
    assert article.published is None
    assert article.text.split("\n") == [*STORY, "Key dates", *agenda]


@pytest.mark.parametrize("agenda", AGENDAS)
def test_capitalised_key_dates_in_a_markdown_list_stay_in_the_story(agenda: list[str]) -> None:
    text = "\n\n".join([f"# {HEADLINE}", *STORY, "What happens next:"]) + "\n\n"
    text += "\n".join(f"- {line}" for line in agenda) + "\n"
    article = read_bytes(text.encode(), "levy.md")
    assert article.author is None
    assert article.published is None
    assert article.text.split("\n") == [*STORY, "What happens next:", *agenda]


def test_one_capitalised_item_in_a_list_under_the_story_names_no_writer() -> None:
    text = "\n\n".join([f"# {HEADLINE}", *STORY, "Next step:"]) + "\n\n- Final Vote - 2 June 2027\n"
    article = read_bytes(text.encode(), "levy.md")
    assert article.author is None
    assert article.published is None


def test_a_writers_line_under_the_story_is_still_read() -> None:
    article = _plain([*STORY, "Ruth Ames - 4 March 2027"])
    assert article.author == "Ruth Ames"
    assert article.published == date(2027, 3, 4)


def test_a_byline_with_by_beside_a_dated_line_is_still_read() -> None:
    article = _plain([*STORY, "By Ruth Ames - 4 March 2027", "Updated - 5 March 2027"])
    assert article.author == "Ruth Ames"
