"""Round 10 rules: wrapped lines in feeds, 8-bit mail, encyclopedia and court pages, forums,
federated and organisation accounts, and pages of search results.

Every fixture is invented for these tests; each test pins one rule and fails without it.
"""

from __future__ import annotations

from desktop.ingest import read_bytes


def _feed(content: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        "<title>Lakeside Echo - Local</title><link>https://lakeside-echo.example/</link><item>"
        "<title>Ferry returns to the north shore</title>"
        "<pubDate>Wed, 05 Feb 2025 08:00:00 +0000</pubDate>"
        f"<content:encoded><![CDATA[{content}]]></content:encoded></item></channel></rss>"
    ).encode("utf-8")


def test_a_feed_paragraph_wrapped_in_its_source_stays_whole_in_the_body() -> None:
    content = (
        "<p>The ferry to the north shore resumed on Tuesday after three weeks of repairs to "
        "its landing stage, the operator said.</p>\n"
        "<p>Sailings run\nevery two hours.</p>\n"
        "<p>A second boat will join the route in the spring, when the tourist season starts "
        "and demand doubles.</p>"
    )
    article = read_bytes(_feed(content), "item.xml")
    assert article.text.split("\n") == [
        "The ferry to the north shore resumed on Tuesday after three weeks of repairs to its "
        "landing stage, the operator said.",
        "Sailings run every two hours.",
        "A second boat will join the route in the spring, when the tourist season starts and "
        "demand doubles.",
    ]
