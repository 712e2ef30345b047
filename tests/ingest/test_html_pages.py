"""Saved pages of many CMS shapes: where the date, outlet and author hide, and which blocks
(comments, rails, live-blog stamps) stay out of the body."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.ingest import read_bytes, read_file
from tests.ingest.conftest import DATA

PARAGRAPHS = (
    "<p>The breakwater repairs will take until the spring, the harbour authority said on "
    "Tuesday, and two berths will stay closed until the work is finished.</p>"
    "<p>Fishing crews have been asked to use the north quay in the meantime, which the "
    "authority said had room for about forty boats.</p>"
)


def page(head: str, body: str = "", after: str = "") -> bytes:
    return (
        f"<!doctype html><html><head>{head}</head><body><article>{body}{PARAGRAPHS}"
        f"</article>{after}</body></html>"
    ).encode()


def ld(obj: str) -> str:
    return f'<script type="application/ld+json">{obj}</script>'


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("date", "2025-01-15"),
        ("pubdate", "2025-01-15T08:00:00Z"),
        ("dc.date", "2025-01-15"),
        ("DC.date", "2025-01-15"),
        ("sailthru.date", "2025-01-15 07:15:00"),
        ("parsely-pub-date", "2025-01-15T08:30:00+13:00"),
    ],
)
def test_named_date_meta_tags(name: str, value: str) -> None:
    article = read_bytes(page(f'<meta name="{name}" content="{value}">'), "p.html")
    assert article.published == date(2025, 1, 15)
    assert article.published_origin == "metadata"
    assert article.field_origins["published"] == f"meta {name.lower()}"


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("2024-11-05T22:52:10-08:00", date(2024, 11, 5)),  # the next day in UTC
        ("2025-04-10T00:30:00+09:00", date(2025, 4, 10)),  # the day before in UTC
        ("2025-01-22T05:00:00.000Z", date(2025, 1, 22)),
    ],
)
def test_date_published_is_the_local_day_of_its_offset(stamp: str, day: date) -> None:
    head = ld(f'{{"@type": "NewsArticle", "datePublished": "{stamp}"}}')
    assert read_bytes(page(head), "p.html").published == day


def test_og_published_time_beats_modified_time_listed_first() -> None:
    head = (
        '<meta property="article:modified_time" content="2024-02-14T11:00:00+00:00">'
        '<meta property="og:updated_time" content="2024-02-14T11:00:00+00:00">'
        '<meta property="og:article:published_time" content="2024-02-12T09:40:00+00:00">'
    )
    article = read_bytes(page(head), "p.html")
    assert article.published == date(2024, 2, 12)
    assert article.field_origins["published"] == "meta og:article:published_time"


def test_the_article_among_several_json_ld_blocks() -> None:
    head = (
        ld('{"@type": "BreadcrumbList", "itemListElement": []}')
        + ld('{"@type": "Organization", "name": "Quayside Bulletin"}')
        + ld(
            '{"@graph": [{"@type": "ImageObject"}, {"@type": ["NewsArticle"], '
            '"datePublished": "2025-02-18T07:00:00+01:00", "author": [{"name": "Ada Byrne"}, '
            '{"name": "Tom Reyes"}], "publisher": {"name": "Quayside Bulletin"}}]}'
        )
    )
    article = read_bytes(page(head), "p.html")
    assert article.published == date(2025, 2, 18)
    assert article.author == "Ada Byrne, Tom Reyes"
    assert article.source == "Quayside Bulletin"


def test_live_blog_page() -> None:
    _, article = read_file(DATA / "comments_liveblog.html")
    assert article.published == date(2025, 3, 9)
    assert article.field_origins["published"] == "JSON-LD datePublished"
    assert article.author == "Tess Varga"
    assert article.source == "Quayside Bulletin"
    assert article.title == "Harbour count live: turnout passes half"
    # Round 49: each entry's stamp is its entry's, the bare clock written with the day its
    # <time datetime> gives, in the page's own offset.
    assert article.text.startswith("9 March 2025, 23.40\nOfficials said late on Sunday")
    assert article.text.endswith("watching the tables.")
    assert "Updated at" not in article.text
    assert "customs hall was freezing" not in article.text


def test_time_element_above_the_article_not_the_comments() -> None:
    body = '<div class="meta"><time datetime="2024-06-30">30 June 2024</time></div>'
    after = (
        '<section class="comment-section"><div class="comment">'
        '<time datetime="2024-07-02T10:00">2 July</time><p>A reader wrote this.</p></div>'
        "</section>"
    )
    article = read_bytes(page("", body, after), "p.html")
    assert article.published == date(2024, 6, 30)
    assert article.published_origin == "metadata"
    assert "A reader wrote this" not in article.text


def test_time_elements_only_in_comments_give_no_date() -> None:
    after = (
        '<div id="comments" class="comments-area"><div class="comment">'
        '<time datetime="2024-07-02T10:00">2 July</time><p>A reader wrote this.</p></div></div>'
    )
    article = read_bytes(page("", "", after), "p.html")
    assert all("<time" not in c.evidence for c in article.date_candidates)


def test_outlet_from_the_page_title() -> None:
    head = "<title>Breakwater repairs to last until spring - Halden Tidende</title>"
    body = "<h1>Breakwater repairs to last until spring</h1>"
    article = read_bytes(page(head, body), "p.html")
    assert article.title == "Breakwater repairs to last until spring"
    assert article.source == "Halden Tidende"
    assert article.field_origins["source"] == "page title"


def test_site_name_removed_from_an_og_title() -> None:
    head = (
        '<meta property="og:title" content="Breakwater repairs to last until spring - Eskdale Echo">'
        '<meta property="og:site_name" content="Eskdale Echo">'
    )
    article = read_bytes(page(head), "p.html")
    assert article.title == "Breakwater repairs to last until spring"
    assert article.source == "Eskdale Echo"


def test_labelled_date_in_the_text_beats_a_guess_from_the_page() -> None:
    body = '<p class="dates">Published: 2 May 2024 08:10 | Updated: 3 May 2024 12:45</p>'
    article = read_bytes(page("", body), "p.html")
    assert article.published == date(2024, 5, 2)
    assert article.published_origin == "text"
