"""Round 49 (3): e-mail newsletters whose sign-off counts their readers, From: display names
that join a person and the newsletter, and saved pages that close with a note about the
publication set in italics. Every message and page here is invented."""

from __future__ import annotations

import lxml.html

from desktop.domain import RawArticle
from desktop.ingest import read_bytes
from desktop.ingest.html import _emphasised_paragraphs

STORY = (
    "The harbour board has approved a new 300-metre quay at Selby Point, the first expansion "
    "of the port since 1988, its chairman said on Monday.\n\n"
    "Work will start in March and cost about 48 million pounds, paid for by a loan from the "
    "regional development bank.\n\n"
    "Fishing crews said they had been promised a say in where the new moorings would go.\n\n"
)


def _mail(sender: str, body: str) -> RawArticle:
    message = (
        f"From: {sender} <desk@harbournotes.example>\n"
        "To: readers@harbournotes.example\n"
        "Subject: Selby Point quay approved\n"
        "Date: Tue, 7 Sep 2027 06:30:00 +0100\n"
        "MIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="utf-8"\n\n' + body
    )
    return read_bytes(message.encode(), "issue.eml")


def _ends_with_story(article: RawArticle) -> None:
    assert article.text.rstrip().endswith("where the new moorings would go."), article.text


def test_a_person_and_a_newsletter_in_the_display_name_name_source_and_author() -> None:
    article = _mail('"Orla Finch, Harbour Notes Brief"', STORY)
    assert article.source == "Harbour Notes Brief"
    assert article.author == "Orla Finch"


def test_the_newsletter_first_and_the_person_after_a_bar() -> None:
    article = _mail('"Port Trade Weekly | Anton Weiss"', STORY)
    assert article.source == "Port Trade Weekly"
    assert article.author == "Anton Weiss"


def test_the_bodys_byline_names_the_writer_over_the_sender() -> None:
    article = _mail('"Orla Finch, Harbour Notes Brief"', "By Kemal Aydin\n\n" + STORY)
    assert article.source == "Harbour Notes Brief"
    assert article.author == "Kemal Aydin"


def test_a_surname_first_display_name_is_no_pair() -> None:
    article = _mail('"Finch, Orla"', STORY)
    assert article.source != "Orla"
    assert article.author != "Finch"


def test_a_sign_off_counting_who_gets_the_newsletter_is_furniture() -> None:
    for sign_off in (
        "Harbour Notes Brief goes to 3,900 port engineers every Tuesday. Forward it to a "
        "colleague.",
        "Harbour Notes Brief is read by 2,100 harbour staff. Unsubscribe.",
        "Harbour Notes Brief reaches 8,000 shipping agents each weekday. Update your "
        "preferences or unsubscribe.",
        "Harbour Notes Brief is sent to 640 pilots every Thursday. You are receiving it because "
        "you signed up at harbournotes.example.",
    ):
        article = _mail('"Orla Finch, Harbour Notes Brief"', STORY + sign_off + "\n")
        _ends_with_story(article)
        assert "Harbour Notes Brief" not in article.text


def test_a_story_that_ends_on_another_outlets_readers_keeps_it() -> None:
    # The last paragraph counts the readers of a paper the story is about, not the sender's.
    ending = "The Selby Mercury, which is read by 9,000 households, backed the plan."
    article = _mail('"Orla Finch, Harbour Notes Brief"', STORY + ending + "\n")
    assert article.text.rstrip().endswith(ending)


def test_a_story_whose_last_line_counts_homes_keeps_it() -> None:
    ending = "The new water main reaches 4,800 homes in the valley."
    article = _mail('"Orla Finch, Harbour Notes Brief"', STORY + ending + "\n")
    assert article.text.rstrip().endswith(ending)


PAGE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Selby Point quay approved | Selby Mercury</title>
<meta property="og:site_name" content="Selby Mercury">
<meta property="article:published_time" content="2027-09-06T18:00:00+01:00">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article>
<h1>Selby Point quay approved</h1>
<p class="byline">By Orla Finch</p>
<p>The harbour board has approved a new 300-metre quay at Selby Point, the first expansion of the port since 1988, its chairman said on Monday.</p>
<p>Work will start in March and cost about 48 million pounds, paid for by a loan from the regional development bank.</p>
<p>Fishing crews said they had been promised a say in where the new moorings would go.</p>
{closing}
</article></main>
<footer>Selby Mercury, Quay Street</footer>
</body></html>
"""


def _page(closing: str) -> RawArticle:
    return read_bytes(PAGE.format(closing=closing).encode(), "quay.html")


def test_an_italic_closing_note_on_the_paper_and_how_to_subscribe_is_furniture() -> None:
    article = _page(
        "<p><em>The Selby Mercury is published every Friday. To get it by e-mail, sign up "
        "at selbymercury.example/news.</em></p>"
    )
    _ends_with_story(article)


def test_an_italic_note_on_our_morning_email_is_furniture_under_a_correction() -> None:
    correction = "This article was amended on 8 September 2027 to correct the length of the quay."
    article = _page(
        f"<p><em>{correction}</em></p>"
        "<p><i>The Mercury is delivered to 5,300 homes. Subscribe to our morning e-mail at "
        "selbymercury.example/email.</i></p>"
    )
    assert article.text.rstrip().endswith(correction)


def test_an_italic_last_paragraph_of_the_story_stays() -> None:
    line = "Fishing crews will meet the harbour board again in October, the union said."
    article = _page(f"<p><em>{line}</em></p>")
    assert article.text.rstrip().endswith(line)


def test_emphasised_paragraphs_are_italic_whole() -> None:
    tree = lxml.html.fromstring(
        "<html><body><p><em>The Mercury is delivered to 5,300 homes.</em></p>"
        "<p>Read <em>more</em> from the port here today.</p>"
        "<p> <i>Subscribe to the Mercury</i> <i>at selbymercury.example</i> </p>"
        "<p><em>Short</em></p></body></html>"
    )
    assert _emphasised_paragraphs(tree) == {
        "The Mercury is delivered to 5,300 homes.",
        "Subscribe to the Mercury at selbymercury.example",
    }


def test_a_person_from_an_outlet_gives_way_to_the_bodys_byline_too() -> None:
    article = _mail("Orla Finch from Harbour Notes Brief", "By Kemal Aydin\n\n" + STORY)
    assert article.source == "Harbour Notes Brief"
    assert article.author == "Kemal Aydin"
    alone = _mail("Orla Finch from Harbour Notes Brief", STORY)
    assert alone.author == "Orla Finch"
