"""RSS and Atom feeds saved as .xml: an item alone, a feed of several items, and the XML
features a feed from anywhere must not be allowed to use.

Every fixture is invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop.ingest import SUPPORTED_SUFFIXES, IngestError, feed_items, read_bytes
from desktop.ingest.feed import feed_outlet

A = (
    "The ferry company said on Tuesday that it would add a third crossing each day from May, "
    "after bookings for the summer rose by a quarter."
)
B = (
    "Island councillors had asked for the extra sailing for two years, saying visitors could "
    "not find a place on the afternoon boat."
)
C = "The company said the timetable would be published at the end of the month."


def rss(items: str, title: str = "Westholm Gazette | Islands") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>{title}</title><link>https://www.westholmgazette.example/islands</link>"
        "<description>News from the islands</description><language>en-gb</language>"
        "<lastBuildDate>Fri, 14 Mar 2025 18:00:00 +0000</lastBuildDate>"
        f"{items}</channel></rss>"
    ).encode()


def item(title: str, day: str, paragraphs: list[str], creator: str = "Morag Innes") -> str:
    content = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<item><title>{title}</title><link>https://westholmgazette.example/{len(title)}</link>"
        f"<dc:creator><![CDATA[{creator}]]></dc:creator><pubDate>{day}</pubDate>"
        "<description><![CDATA[A short teaser]]></description>"
        f"<content:encoded><![CDATA[{content}"
        f"<p>The post {title} appeared first on Westholm Gazette.</p>]]></content:encoded></item>"
    )


def test_xml_is_a_supported_file_type() -> None:
    assert SUPPORTED_SUFFIXES[".xml"] == "feed"


def test_an_rss_item_is_the_article() -> None:
    data = rss(item("Third ferry crossing from May", "Tue, 11 Mar 2025 07:15:00 +0000", [A, B]))
    article = read_bytes(data, "feed.xml")
    meta = article.article_json()
    assert meta["title"] == "Third ferry crossing from May"
    assert meta["source"] == "Westholm Gazette"
    assert meta["author"] == "Morag Innes"
    assert meta["published"] == "2025-03-11"
    assert meta["published_origin"] == "metadata"
    assert article.text.split("\n") == [A, B]


def test_the_feed_footer_line_is_furniture() -> None:
    data = rss(item("Third ferry crossing from May", "Tue, 11 Mar 2025 07:15:00 +0000", [A]))
    assert "appeared first on" not in read_bytes(data, "feed.xml").text


def test_a_feed_of_several_items_is_one_document_in_feed_order() -> None:
    data = rss(
        item("Third ferry crossing from May", "Wed, 12 Mar 2025 07:15:00 +0000", [A])
        + item(
            "Councillors welcome extra sailing",
            "Mon, 10 Mar 2025 12:00:00 +0000",
            [B, C],
            creator="Ewan Tait",
        )
    )
    article = read_bytes(data, "feed.xml")
    assert article.title == "Westholm Gazette | Islands"
    assert article.source == "Westholm Gazette"
    # The items have different authors: the document has none.
    assert article.author is None
    assert article.published == date(2025, 3, 12)
    text = article.text
    assert text.index(A) < text.index("Councillors welcome extra sailing") < text.index(C)
    assert any("2 items" in w for w in article.warnings)


def test_feed_items_gives_one_article_per_item() -> None:
    data = rss(
        item("Third ferry crossing from May", "Wed, 12 Mar 2025 07:15:00 +0000", [A])
        + item(
            "Councillors welcome extra sailing",
            "Mon, 10 Mar 2025 12:00:00 +0000",
            [B],
            creator="Ewan Tait",
        )
    )
    articles = feed_items(data, "feed.xml")
    assert [a.title for a in articles] == [
        "Third ferry crossing from May",
        "Councillors welcome extra sailing",
    ]
    assert [a.author for a in articles] == ["Morag Innes", "Ewan Tait"]
    assert [a.published for a in articles] == [date(2025, 3, 12), date(2025, 3, 10)]
    assert articles[1].text == B


def test_an_atom_entry_with_xhtml_content_and_only_an_update_date() -> None:
    data = (
        '<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Islands Desk</title>'
        '<link href="https://islandsdesk.example/"/>'
        "<entry><title>Third ferry crossing from May</title>"
        '<link rel="alternate" href="https://islandsdesk.example/ferry"/>'
        '<link rel="edit" href="https://islandsdesk.example/api/1"/>'
        "<author><name>Morag Innes</name><email>mi@islandsdesk.example</email></author>"
        "<updated>2025-03-11T23:50:00-05:00</updated>"
        '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
        f"<p>{A}</p><p>{B}</p></div></content></entry></feed>"
    ).encode()
    article = read_bytes(data, "entry.atom")
    assert article.title == "Third ferry crossing from May"
    assert article.source == "Islands Desk"
    assert article.author == "Morag Innes"
    assert article.url == "https://islandsdesk.example/ferry"
    # The day the offset names, not UTC's.
    assert article.published == date(2025, 3, 11)
    assert article.text.split("\n") == [A, B]


def test_an_item_saved_alone_with_plain_text_and_an_rss_author_address() -> None:
    data = (
        "<item><title>Ferry &amp; harbour news</title>"
        "<author>desk@westholm.example (Morag Innes)</author>"
        "<pubDate>Tue, 11 Mar 2025 07:15:00 GMT</pubDate>"
        f"<description>{A}\n\n{B}</description></item>"
    ).encode()
    article = read_bytes(data, "item.xml")
    assert article.title == "Ferry & harbour news"
    assert article.author == "Morag Innes"
    assert article.text.split("\n") == [A, B]


def test_html_named_entities_in_a_careless_feed_are_read() -> None:
    data = rss(item("Caf&eacute; reopens&nbsp;on the quay", "Tue, 11 Mar 2025 07:15:00 +0000", [A]))
    assert read_bytes(data, "feed.xml").title == "Café reopens\u00a0on the quay".replace(
        "\u00a0", " "
    )


def test_a_document_type_declaration_is_refused_before_parsing() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b"<rss><channel><title>&b;</title><item><title>x</title></item></channel></rss>"
    )
    with pytest.raises(IngestError, match="document type"):
        read_bytes(bomb, "feed.xml")
    external = (
        b'<!DOCTYPE item [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
        b"<item><title>&secret;</title></item>"
    )
    with pytest.raises(IngestError, match="document type"):
        read_bytes(external, "feed.xml")


def test_xml_that_is_not_a_feed_is_refused_with_a_reason() -> None:
    with pytest.raises(IngestError, match="not an RSS or Atom feed"):
        read_bytes(b"<urlset><url><loc>https://a.example/</loc></url></urlset>", "sitemap.xml")
    with pytest.raises(IngestError, match="not well formed"):
        read_bytes(b"<rss><channel><item><title>x</item></rss>", "broken.xml")


@pytest.mark.parametrize(
    ("title", "link", "outlet"),
    [
        ("Harrowgate Post - Local news", "https://harrowgatepost.example/local", "Harrowgate Post"),
        ("World news | The Daily Lantern", "https://www.dailylantern.example/world",
         "The Daily Lantern"),
        ("Business - Kestrel Times", None, "Kestrel Times"),
        ("Kestrel Valley - Business", None, "Kestrel Valley"),
        ("Kestrel Times", None, "Kestrel Times"),
    ],
)  # fmt: skip
def test_the_outlet_is_the_part_of_the_feed_title_its_address_spells(
    title: str, link: str | None, outlet: str
) -> None:
    assert feed_outlet(title, link) == outlet
