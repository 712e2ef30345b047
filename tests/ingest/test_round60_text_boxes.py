"""Import round 60 (4): a fact box between a text copy's paragraphs (a label in capitals over
short items and field lines) is furniture, as the same box is on the saved page (dev38 x14,
left in since round 54). Every line here is invented.
"""

from __future__ import annotations

import pytest

from desktop.ingest import read_bytes

LEAD = [
    "A former caretaker of Ollerby Primary School has admitted stealing 23,000 pounds from "
    "the school's charity fund over four years.",
    "Dennis Harwood, 61, pleaded guilty at Ollerby Crown Court on Tuesday to theft and to "
    "fraud by false representation.",
]
REST = [
    "The court heard that he took cash from the fund's collection tins and kept the money "
    "from two summer fairs.",
    "Sentencing was adjourned until 12 May for a report.",
]


def _copy(box: list[str]) -> str:
    return "\n\n".join(
        ["Ollerby Advertiser", "Former school caretaker admits stealing charity money",
         "By Jo Hartley", "Wednesday 11 March 2026", *LEAD, "\n".join(box), *REST]
    )  # fmt: skip


@pytest.mark.parametrize(
    "box",
    [
        ["THE CHARGES", "- Theft, between 2021 and 2025", "- Fraud by false representation",
         "Maximum sentence: 7 years"],
        ["THE FUND", "• Raised: 41,000 pounds since 2019", "• Taken: 23,000 pounds"],
    ],
)  # fmt: skip
def test_a_capital_label_over_short_items_between_paragraphs_is_a_box(box: list[str]) -> None:
    article = read_bytes(_copy(box).encode(), "copy.txt")
    for line in box:
        assert line.lstrip("-• ") not in article.text
    assert article.text.startswith(LEAD[0])
    assert article.text.endswith(REST[-1])


def test_a_list_of_sentences_under_a_capital_heading_stays() -> None:
    box = [
        "WHAT HAPPENS NEXT",
        "- The school will repay the fund from its reserves.",
        "- Parents will be asked to vote on new rules for cash collections.",
    ]
    article = read_bytes(_copy(box).encode(), "copy.txt")
    assert "Parents will be asked to vote on new rules" in article.text


def test_one_item_under_a_capital_label_stays() -> None:
    article = read_bytes(
        _copy(["UPDATE", "- Harwood's lawyer said he was sorry"]).encode(), "c.txt"
    )
    assert "Harwood's lawyer said he was sorry" in article.text


def test_the_switch_of_a_key_events_box_goes_with_the_box() -> None:
    # A live page copied as text: the box's "Show key events only" switch stood between the
    # heading and its items, so the items (each led by its time) were kept as the story.
    text = "\n\n".join(
        [
            "Live: Storm Freya reaches the west coast",
            "Key events\nShow key events only\n2h ago Ferries cancelled for the rest of the day"
            "\n4h ago Red warning issued for wind",
            "14:05",
            "The ferry operator has cancelled all sailings for the rest of the day, saying the "
            "waves in the sound are too high to load vehicles safely.",
            "12:10",
            "The Met Office has issued a red warning for wind covering the whole of the west "
            "coast until midnight, its highest level.",
        ]
    )
    article = read_bytes(text.encode(), "live.txt")
    assert article.text.startswith("The ferry operator has cancelled all sailings")
    assert "Show key events only" not in article.text
    assert "Red warning issued for wind" not in article.text


@pytest.mark.parametrize("line", ["Show key events only", "Show all posts", "Hide key events"])
def test_key_events_switches(line: str) -> None:
    from desktop.ingest import furniture

    assert furniture._KEY_EVENTS_TOGGLE.match(line)
