"""Round 47: an Apple Mail forward quotes the message it passes on whole, its header too
("Begin forwarded message:" over "> From:"), and is read as any forwarded message is; a blog
post copied as text keeps its subtitle out of its text and names its publication in the
platform's "Thanks for reading X!"; one line of dates to come under "Key dates" stays in the
story; a page that names its address only as JSON-LD's ``mainEntityOfPage`` has it as url."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.ingest import read_bytes

STORY = [
    "The Marsh Lane level crossing will close for nine days from 22 March while the barriers "
    "are replaced, the rail operator said on Tuesday.",
    "Drivers will be sent on a 6-mile diversion through Upton, and a footbridge will stay open.",
]


def _quoted(lines: list[str]) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in lines)


FORWARDED = [
    "From: Eastmarsh Rail Press Office <press@eastmarshrail.example>",
    "Subject: Marsh Lane level crossing to close for barrier renewal",
    "Date: 9 March 2027 at 11:20:05 GMT",
    "To: Newsdesk <news@example.net>",
    "",
    STORY[0],
    "",
    STORY[1],
]


@pytest.mark.parametrize("quote_blank", [">", "> ", ""])
def test_an_apple_mail_forward_copied_as_text_is_the_message_it_passes_on(
    quote_blank: str,
) -> None:
    quoted = _quoted(FORWARDED).replace("\n>\n", f"\n{quote_blank}\n")
    text = (
        "From: Lena Fisk <lena.fisk@example.org>\n"
        "Subject: Fwd: Marsh Lane level crossing to close for barrier renewal\n"
        "Date: 11 March 2027 at 08:02:10 GMT\n"
        "To: Research Desk <desk@example.net>\n\n"
        "For the roads file.\n\nLena\n\nSent from my iPhone\n\n"
        "Begin forwarded message:\n\n" + quoted + "\n"
    )
    article = read_bytes(text.encode(), "crossing.txt")
    assert article.title == "Marsh Lane level crossing to close for barrier renewal"
    assert article.source == "Eastmarsh Rail Press Office"
    assert article.published == date(2027, 3, 9)
    assert article.published_origin == "metadata"
    assert article.text.split("\n") == STORY


def test_an_apple_mail_forward_saved_as_eml_is_the_message_it_passes_on() -> None:
    text = (
        "From: Lena Fisk <lena.fisk@example.org>\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Mime-Version: 1.0 (Mac OS X Mail 16.0)\n"
        "Subject: Fwd: Marsh Lane level crossing to close for barrier renewal\n"
        "Date: Thu, 11 Mar 2027 08:02:10 +0000\n"
        "To: Research Desk <desk@example.net>\n\n"
        "For the roads file.\n\nBegin forwarded message:\n\n" + _quoted(FORWARDED) + "\n"
    )
    article = read_bytes(text.encode(), "crossing.eml")
    assert article.source == "Eastmarsh Rail Press Office"
    assert article.published == date(2027, 3, 9)
    assert article.text.split("\n") == STORY


def test_a_reply_quoting_a_message_below_its_own_words_is_not_a_forward() -> None:
    # No "Begin forwarded message:" line: the quote is part of a reply, and the sender's
    # message is the document.
    text = (
        "From: Lena Fisk <lena.fisk@example.org>\n"
        "Subject: Re: Marsh Lane level crossing\n"
        "Date: 11 March 2027 at 08:02:10 GMT\n"
        "To: Research Desk <desk@example.net>\n\n"
        "The closure starts on 22 March and the diversion goes through Upton, as below.\n\n"
        + _quoted(FORWARDED)
        + "\n"
    )
    article = read_bytes(text.encode(), "crossing.txt")
    assert article.source == "Lena Fisk"
    assert article.published == date(2027, 3, 11)


POST = [
    "The library at Crane Street lost its Sunday opening in January, and the change never "
    "went before the council's culture committee.",
    "The council says the library trust decided it. The trust says it followed the council's "
    "instruction to save 40,000 pounds a year.",
]


def _post(subtitle: str) -> bytes:
    text = "\n\n".join(
        [
            "Sunday libraries: a cut nobody decided",
            subtitle,
            "Nora Blake",
            "Mar 02, 2027",
            *POST,
            "Thanks for reading Shelf Notes! Subscribe for free to receive new posts and "
            "support my work.",
            "Subscribe",
        ]
    )
    return (text + "\n").encode()


def test_a_posts_subtitle_over_its_writer_and_date_is_no_part_of_its_text() -> None:
    subtitle = "Two libraries closed on Sundays and nobody will say who made the call"
    article = read_bytes(_post(subtitle), "libraries.txt")
    assert article.title == "Sunday libraries: a cut nobody decided"
    assert article.author == "Nora Blake"
    assert article.published == date(2027, 3, 2)
    assert article.source == "Shelf Notes"
    assert article.text.split("\n") == POST
    assert any(b.text == subtitle and b.reason == "standfirst" for b in article.blocks)


@pytest.mark.parametrize(
    "line",
    [
        # A sentence: the story's lead, though short.
        "Two libraries closed on Sundays and nobody will say who made the call.",
        # Title Case: a kicker or a name, not a subtitle in sentence case.
        "Crane Street And Harbour Road Libraries",
    ],
)
def test_other_lines_over_the_writer_are_not_taken_for_a_subtitle(line: str) -> None:
    article = read_bytes(_post(line), "libraries.txt")
    assert not any(b.text == line and b.reason == "standfirst" for b in article.blocks)


HEADLINE = "Ashford council to vote on new bus station in July"
LEAD = [
    "Ashford councillors will vote in July on plans for a new bus station beside the railway "
    "station, the council said on Monday.",
    "The scheme would cost about 18 million pounds and open in 2030.",
]


@pytest.mark.parametrize(
    "heading", ["Key dates", "Key dates:", "What happens next", "Timetable", "Next steps:"]
)
def test_one_line_of_dates_to_come_under_its_heading_stays_in_the_story(heading: str) -> None:
    text = "\n\n".join(
        [HEADLINE, "By Owen Tate", "1 March 2027", *LEAD, heading, "Council Vote - 14 July 2027"]
    )
    article = read_bytes((text + "\n").encode(), "bus.txt")
    assert article.author == "Owen Tate"
    assert article.published == date(2027, 3, 1)
    assert article.text.split("\n") == [*LEAD, heading, "Council Vote - 14 July 2027"]


def test_a_writers_line_under_the_story_is_still_read() -> None:
    text = "\n\n".join([HEADLINE, *LEAD, "Owen Tate - 1 March 2027"])
    article = read_bytes((text + "\n").encode(), "bus.txt")
    assert article.author == "Owen Tate"
    assert article.published == date(2027, 3, 1)


def _page(ld: str, head: str = "") -> bytes:
    return (
        "<html><head><title>Harbour wall repairs begin</title>"
        f'<script type="application/ld+json">{ld}</script>{head}</head><body><article>'
        "<h1>Harbour wall repairs begin</h1>"
        "<p>Repairs to the breached harbour wall at Kelso Bay began on Monday and will take "
        "about ten weeks, the harbour trust said.</p>"
        "<p>Boats will use the inner basin until the work is finished in May.</p>"
        "</article></body></html>"
    ).encode()


LD = (
    '{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Harbour '
    'wall repairs begin","datePublished":"2027-03-01T08:00:00Z","mainEntityOfPage":{"@id":'
    '"https://kelsobaynews.example/news/harbour-wall-repairs/#webpage"}}]}'
)


def test_an_address_named_only_as_the_main_entitys_page_is_the_url() -> None:
    article = read_bytes(_page(LD), "harbour.html")
    assert article.url == "https://kelsobaynews.example/news/harbour-wall-repairs/"
    assert article.published == date(2027, 3, 1)


def test_a_canonical_link_outranks_the_main_entitys_page() -> None:
    head = '<link rel="canonical" href="https://kelsobaynews.example/a/harbour-wall">'
    article = read_bytes(_page(LD, head), "harbour.html")
    assert article.url == "https://kelsobaynews.example/a/harbour-wall"


def test_a_main_entitys_page_that_is_no_address_is_not_the_url() -> None:
    ld = LD.replace(
        '{"@id":"https://kelsobaynews.example/news/harbour-wall-repairs/#webpage"}', "true"
    )
    article = read_bytes(_page(ld), "harbour.html")
    assert article.url is None


def test_a_papers_standfirst_copied_as_text_stays_with_its_story() -> None:
    # No platform's pitch, no counts by a share button: a paper's copy, which keeps it.
    standfirst = "Two libraries closed on Sundays and nobody will say who made the call"
    head = ["Sunday libraries: a cut nobody decided", standfirst, "By Nora Blake", "2 March 2027"]
    text = "\n\n".join([*head, *POST])
    article = read_bytes((text + "\n").encode(), "libraries.txt")
    assert article.text.split("\n") == [standfirst, *POST]


def test_counts_by_the_share_button_mark_a_platforms_post() -> None:
    subtitle = "Two libraries closed on Sundays and nobody will say who made the call"
    head = ["Sunday libraries: a cut nobody decided", subtitle, "Nora Blake", "Mar 02, 2027"]
    text = "\n\n".join([*head, "12", "3", "Share", *POST])
    article = read_bytes((text + "\n").encode(), "libraries.txt")
    assert article.text.split("\n") == POST
