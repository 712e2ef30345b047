"""Round 46: a message a reader passes on by hand (From: a person, no "Forwarded message" line)
whose text opens with an outlet's header line ("Harbour Weekly - Thursday 4 March 2027 - Ruth
Ames"): the outlet is the source and the line's day the story's, not the sender and the day of
the message's Date:. A line that is no clear outlet's leaves the sender as it was."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import RawArticle
from desktop.ingest import read_bytes

HEADLINE = "Harbour levy to rise as council backs new berths"
STORY = [
    "The harbour board voted on Tuesday to raise the mooring levy by 12% from next spring.",
    "Boat owners said the rise would hit small fishing crews hardest.",
]


def _mail(sender: str, header: str) -> RawArticle:
    head = (
        f"From: {sender}\r\nTo: crew@example.org\r\nSubject: Fwd: {HEADLINE}\r\n"
        "Date: Fri, 5 Mar 2027 09:12:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    )
    body = "\r\n\r\n".join([header, *STORY]) + "\r\n"
    return read_bytes((head + body).encode(), "levy.eml")


@pytest.mark.parametrize(
    ("header", "outlet"),
    [
        ("Harbour Weekly - Thursday 4 March 2027 - Ruth Ames", "Harbour Weekly"),
        ("The Kelso Courier | 4 March 2027 | Ruth Ames", "The Kelso Courier"),
        ("Baker's Week - 4 March 2027 - Ruth Ames", "Baker's Week"),
    ],
)
def test_an_outlets_header_line_under_a_persons_from_names_the_outlet(
    header: str, outlet: str
) -> None:
    article = _mail("Tom Hale <tom.hale@example.org>", header)
    assert article.source == outlet
    assert article.author == "Ruth Ames"
    assert article.published == date(2027, 3, 4)
    assert article.text.split("\n") == STORY


@pytest.mark.parametrize("header", ["Ruth Ames - 4 March 2027", "Leeds - 4 March 2027 - Ruth Ames"])
def test_a_line_that_is_no_clear_outlets_leaves_the_sender(header: str) -> None:
    article = _mail("Tom Hale <tom.hale@example.org>", header)
    assert article.source == "Tom Hale"
    assert article.published == date(2027, 3, 5)


def test_a_newsletter_sent_under_its_own_name_keeps_it() -> None:
    article = _mail(
        "Harbour Weekly <news@harbourweekly.example>",
        "The Kelso Courier | 4 March 2027 | Ruth Ames",
    )
    assert article.source == "Harbour Weekly"
    assert article.published == date(2027, 3, 5)
