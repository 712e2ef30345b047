"""Round 51 rules from page shapes of dev35, each with pages written for these tests.

A fact check's page describes itself in JSON-LD as a ClaimReview: its ``datePublished`` is
the check's machine date, and the reviewed claim's own date inside it is not. A byline read
as "Name · Published 8 June 2027" gives the name without the separator. The main-text reader
drops some elements with their words (a <time>, a span classed as the author), so a meta
line comes back cut ("Published", "Words by | Photographs by ..."): the cut copy is set
aside with the whole line. Every page here is invented."""

from __future__ import annotations

from datetime import date

from desktop.domain import RawArticle
from desktop.ingest import read_bytes

STORY = (
    "<p>The district council said on Monday that it would keep the swimming pool at Wrenfield "
    "open for another two years while it looks for a new operator.</p>\n"
    "<p>The pool lost about 180,000 pounds last year, and its boilers need replacing before "
    "the winter, according to a report to the council's cabinet.</p>\n"
    "<p>A campaign group that collected 3,400 signatures said it was relieved but wanted a "
    "promise that the pool would not close after the two years are up.</p>\n"
)


def _page(head: str, top: str, body: str = STORY) -> RawArticle:
    html = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Wrenfield pool stays open | Wrenfield Gazette</title>
<meta property="og:site_name" content="Wrenfield Gazette">
{head}
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<main><article>
<h1>Wrenfield pool to stay open for two more years</h1>
{top}
{body}
</article></main>
<footer>Wrenfield Gazette 2027</footer>
</body></html>
"""
    return read_bytes(html.encode(), "page.html")


CLAIM_REVIEW = """<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "ClaimReview",
 "datePublished": "2027-05-20",
 "author": {"@type": "Organization", "name": "Wrenfield Gazette"},
 "claimReviewed": "The council has decided to close Wrenfield pool.",
 "itemReviewed": {"@type": "Claim", "datePublished": "2027-05-11",
   "author": {"@type": "Person", "name": "Lorna Fisk"}},
 "reviewRating": {"@type": "Rating", "alternateName": "False"}}
</script>"""


def test_claim_review_date_is_the_fact_checks_machine_date() -> None:
    article = _page(CLAIM_REVIEW, '<p class="byline">By Amos Greer</p>')
    assert article.published == date(2027, 5, 20)
    assert article.published_origin == "metadata"


def test_claim_review_date_outranks_a_printed_one() -> None:
    top = '<p class="byline">By Amos Greer · Published 21 May 2027</p>'
    article = _page(CLAIM_REVIEW, top)
    assert article.published == date(2027, 5, 20)
    assert article.published_origin == "metadata"


def test_byline_name_before_a_separated_date_label() -> None:
    for separator in ("·", "&middot;", "|"):
        top = f'<p class="byline">By <a href="/staff/ag">Amos Greer</a> {separator} Published 21 May 2027</p>'
        article = _page("", top)
        assert article.author == "Amos Greer", separator


def test_cut_date_label_is_set_aside() -> None:
    top = (
        '<p class="writer">Amos Greer</p>\n'
        '<p class="published">Published <time datetime="2027-05-21T08:15:00+01:00">21.5.2027 '
        "8:15</time></p>"
    )
    article = _page("", top)
    assert article.text.split("\n")[0].startswith("The district council said on Monday")
    assert "Published" not in article.text.split("\n")
    assert article.published == date(2027, 5, 21)


def test_cut_credit_line_is_set_aside() -> None:
    top = (
        '<p class="credits">Words by <span class="author">Amos Greer</span> | Photographs by '
        "Ruth Ocampo</p>"
    )
    article = _page('<meta property="article:published_time" content="2027-05-21T08:00:00Z">', top)
    assert "Photographs by" not in article.text
    assert article.text.startswith("The district council said on Monday")


def test_a_line_the_reader_split_in_two_is_no_cut_copy() -> None:
    # A short line whose missing words stand on a line of their own in the main text is
    # a part of a block, not its cut copy: it stays as the page gives it.
    body = STORY + "<p>Opening hours<br>Monday to Friday, 7am to 9pm.</p>\n"
    article = _page(
        '<meta property="article:published_time" content="2027-05-21T08:00:00Z">', "", body
    )
    assert "Monday to Friday, 7am to 9pm." in article.text
