"""Saved pages: metadata from the page's own markup, each field with where it came from."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.ingest import read_bytes, read_file, read_pasted
from tests.ingest.conftest import DATA, SEEDS

PARAGRAPHS = (
    "<p>The two soldiers were questioned by investigators on Monday, officials said, and "
    "more interviews were planned for the rest of the week in the capital.</p>"
    "<p>A second paragraph with more detail about the questioning and what it found, "
    "according to the people who took part in it.</p>"
)


def page(head: str, body: str = "") -> bytes:
    return (
        f"<!doctype html><html><head>{head}</head><body><article>{body}{PARAGRAPHS}"
        "</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("head", "evidence"),
    [
        ('<meta property="article:published_time" content="2025-01-15T23:30:00-05:00">',
         "meta article:published_time"),
        ('<meta name="pubdate" content="20250115">', "meta pubdate"),
        ('<meta name="DC.date.issued" content="2025-01-15">', "meta dc.date.issued"),
        ('<meta itemprop="datePublished" content="2025-01-15">', "meta datepublished"),
        ('<script type="application/ld+json">{"@type": "NewsArticle", '
         '"datePublished": "2025-01-15T10:00:00Z"}</script>', "JSON-LD datePublished"),
        ('<script type="application/ld+json">{"@graph": [{"@type": "WebSite"}, '
         '{"@type": "ReportageNewsArticle", "datePublished": "2025-01-15"}]}</script>',
         "JSON-LD datePublished"),
    ],
)  # fmt: skip
def test_publication_date_from_metadata(head: str, evidence: str) -> None:
    article = read_bytes(page(head), "p.html")
    assert article.published == date(2025, 1, 15)
    assert article.published_origin == "metadata"
    assert article.field_origins["published"] == evidence


def test_time_element_with_datetime() -> None:
    body = '<p class="when"><time itemprop="datePublished" datetime="2025-01-15">Jan 15</time></p>'
    article = read_bytes(page("", body), "p.html")
    assert article.published == date(2025, 1, 15)
    assert article.published_origin == "metadata"


def test_published_time_beats_modified_time() -> None:
    head = (
        '<meta property="article:modified_time" content="2025-01-20T08:00:00Z">'
        '<meta property="article:published_time" content="2025-01-15T08:00:00Z">'
    )
    article = read_bytes(page(head), "p.html")
    assert article.published == date(2025, 1, 15)
    assert [c.value for c in article.date_candidates][-1] == date(2025, 1, 20)
    assert any("2025-01-20" in w for w in article.warnings)


def test_metadata_beats_a_dateline_in_the_text() -> None:
    head = '<meta property="article:published_time" content="2025-01-15">'
    article = read_bytes(page(head, "<p>Published: January 14, 2025</p>"), "p.html")
    assert article.published == date(2025, 1, 15)
    assert article.published_origin == "metadata"
    assert (date(2025, 1, 14), "text") in [(c.value, c.origin) for c in article.date_candidates]


def test_page_without_metadata_takes_the_dateline_in_its_text() -> None:
    body = "<h1>A headline</h1><p>Friday, January 17, 2025</p>"
    article = read_bytes(page("<title>A headline</title>", body), "p.html")
    assert article.published == date(2025, 1, 17)
    assert article.published_origin == "text"


def test_a_page_with_no_date_anywhere() -> None:
    article = read_bytes(page("<title>Undated</title>"), "p.html")
    assert article.published is None
    assert article.published_origin is None
    assert any("no publication date" in w for w in article.warnings)


def test_title_site_author_url_and_language() -> None:
    head = (
        '<meta property="og:title" content="The og title">'
        '<meta property="og:site_name" content="Sample Times">'
        '<meta name="author" content="Jane Doe">'
        '<link rel="canonical" href="https://sample.example/a/1">'
        '<meta property="og:url" content="https://sample.example/ignored">'
    )
    raw = page(head).replace(b"<html>", b'<html lang="fr-FR">')
    article = read_bytes(raw, "p.html")
    assert article.title == "The og title"
    assert article.source == "Sample Times"
    assert article.author == "Jane Doe"
    assert article.url == "https://sample.example/a/1"
    # The story is in English whatever the page's tag says (round 34: the language is the
    # story's, read from its words; the tag describes the site and is named as overruled).
    assert article.language == "en"
    assert article.field_origins == {
        "title": "meta og:title",
        "source": "meta og:site_name",
        "author": "meta author",
        "url": "link rel=canonical",
        "language": "the article's text, not the page's language tag (fr-FR)",
    }


def test_json_ld_authors_and_publisher() -> None:
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "NewsArticle", "headline": "LD headline", '
        '"author": [{"@type": "Person", "name": "A One"}, {"@type": "Person", "name": "B Two"}], '
        '"publisher": {"@type": "Organization", "name": "LD Publisher"}}</script>'
    )
    article = read_bytes(page(head), "p.html")
    assert article.title == "LD headline"
    assert article.author == "A One, B Two"
    assert article.source == "LD Publisher"
    assert article.field_origins["source"] == "JSON-LD publisher"


def test_broken_json_ld_is_ignored() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
    article = read_bytes(page(head + "<title>Fallback title</title>"), "p.html")
    assert article.title == "Fallback title"


def test_web_address_is_the_outlet_only_when_nothing_better_is_said() -> None:
    head = '<link rel="canonical" href="https://www.outlet-name.example/story">'
    article = read_bytes(page(head), "p.html")
    assert article.source == "outlet-name.example"
    assert article.field_origins["source"] == "web address"


def test_the_headline_is_not_repeated_in_the_body() -> None:
    head = '<meta property="og:title" content="Soldiers questioned in Kyiv">'
    article = read_bytes(page(head, "<h1>Soldiers questioned in Kyiv</h1>"), "p.html")
    assert "Soldiers questioned in Kyiv" not in article.text
    assert article.blocks[0].reason == "title"


def test_furniture_page_fixture() -> None:
    _, article = read_file(DATA / "furniture_page.html")
    assert article.title == "Harbour fire damages three warehouses"
    assert article.source == "The Coastline Courier"
    assert article.author == "Ola Berg"
    assert article.published == date(2025, 3, 2)
    # An English story on a page tagged "de": the story's language (round 34).
    assert article.language == "en"
    body = article.text.split("\n")
    assert body[0].startswith("A fire broke out at the harbour")
    assert body[-1].startswith("Local businesses said deliveries would be delayed")
    assert len(body) == 4
    removed = {b.text: b.reason for b in article.blocks if not b.kept}
    assert removed["This website uses cookies to improve your experience."] == "cookie banner"
    assert removed["Home › News › Local"] == "navigation"
    assert removed["Facebook Twitter Email"] == "share buttons"
    assert removed["Read more: Harbour authority plans new fire station"] == "teaser"
    assert removed["Ferry timetable changes announced"] == "teaser"
    assert removed["Copyright © 2025 The Coastline Courier. All rights reserved."] == "copyright"
    assert removed["By Ola Berg | The Coastline Courier | 2 March 2025"] == "dateline"
    # Blocks keep the page's order, so a restored block goes back where it was.
    texts = [b.text for b in article.blocks]
    assert texts.index("Facebook Twitter Email") < texts.index(
        next(t for t in texts if t.startswith("The cause of the fire"))
    )


def test_extraction_never_touches_the_network(no_network: list[tuple[object, ...]]) -> None:
    for seed in sorted(SEEDS.glob("*.htm*")):
        read_file(seed)
    read_file(DATA / "furniture_page.html")
    # Markup that is nothing but a URL: given as a string, htmldate would download it.
    read_pasted("https://example.com/some/article/page", is_html=True)
    html = "<html><body><p>https://example.com/some/article</p></body></html>"
    read_pasted(html, is_html=True)
    assert no_network == []


def test_offline_settings() -> None:
    from desktop.ingest.html import _offline_config

    config = _offline_config()
    assert config.get("DEFAULT", "INSECURE_SSL_FALLBACK") == "off"
    assert config.get("DEFAULT", "MAX_REDIRECTS") == "0"


def test_outlet_suffix_of_the_page_title_is_removed() -> None:
    head = '<meta property="og:title" content="Soldiers questioned in Kyiv - Sample Times">'
    article = read_bytes(page(head, "<h1>Soldiers questioned in Kyiv</h1>"), "p.html")
    assert article.title == "Soldiers questioned in Kyiv"
    assert article.field_origins["title"] == "meta og:title, outlet name removed"
    assert article.source == "Sample Times"
    assert article.field_origins["source"] == "page title"
    assert "Soldiers questioned in Kyiv" not in article.text


def test_headline_longer_than_the_metadata_title_is_still_set_aside() -> None:
    head = '<meta property="og:title" content="Soldiers questioned">'
    article = read_bytes(page(head, "<h1>Soldiers questioned in Kyiv on Monday</h1>"), "p.html")
    # The sharing title is the printed headline cut short: the reader knows the whole one.
    assert article.title == "Soldiers questioned in Kyiv on Monday"
    assert article.blocks[0].text == "Soldiers questioned in Kyiv on Monday"
    assert article.blocks[0].reason == "title"
