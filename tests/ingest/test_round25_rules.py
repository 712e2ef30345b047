"""Round 25: pages whose story is drawn by scripts or kept behind a wall (dev21), and round 24's
leftovers (a body's name over a document's date, a README's bold fields)."""

from __future__ import annotations

import json
from datetime import date

from desktop.ingest import read_bytes
from desktop.ingest.scripted import names_in_prose, story_in_scripts

PARAGRAPHS = [
    "The Morrow county council has closed the old quarry road after a section of the retaining "
    "wall collapsed during heavy rain on Sunday night.",
    "Engineers said the wall would have to be rebuilt before the road could reopen, which "
    "could take until the end of the summer.",
    "Residents of the three farms beyond the quarry will be given passes to use the private "
    "haul road in the meantime.",
]


def shell(head: str, scripts: str, body: str = '<div id="root"></div>') -> bytes:
    return (
        f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">{head}</head>'
        f"<body>{body}{scripts}</body></html>"
    ).encode()


def test_next_data_story_is_the_body_with_its_headline_author_and_date() -> None:
    data = {
        "props": {
            "pageProps": {
                "article": {
                    "headline": "Quarry road closed after wall collapse",
                    "byline": [{"name": "Anna Kerr", "role": "Reporter"}],
                    "publishedAt": "2025-03-02T08:00:00Z",
                    "updatedAt": "2025-03-05T08:00:00Z",
                    "body": [{"type": "paragraph", "text": p} for p in PARAGRAPHS],
                }
            }
        }
    }
    page = shell(
        '<title>Quarry road shut | Morrow Echo</title><meta property="og:site_name" '
        'content="Morrow Echo"><meta property="og:title" content="Wall collapse shuts road">',
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>',
    )
    article = read_bytes(page, "next.html")
    assert article.text.split("\n") == PARAGRAPHS
    assert article.title == "Quarry road closed after wall collapse"
    assert article.author == "Anna Kerr"
    assert article.source == "Morrow Echo"
    assert article.published == date(2025, 3, 2)
    assert article.published_origin == "metadata"


def test_state_assigned_in_a_script_skips_image_and_advert_blocks() -> None:
    state = {
        "article": {
            "title": "Quarry road closed after wall collapse",
            "blocks": [
                {"type": "text", "html": f"<p>{PARAGRAPHS[0]}</p>"},
                {"type": "image", "caption": "The wall after the collapse on Monday morning."},
                {"type": "ad", "slot": "mpu"},
                {"type": "text", "html": f"<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"},
            ],
        }
    }
    page = shell(
        "<title>Quarry road</title>", f"<script>window.__STATE__ = {json.dumps(state)};</script>"
    )
    article = read_bytes(page, "spa.html")
    assert article.text.split("\n") == PARAGRAPHS
    assert "collapse on Monday morning" not in article.text


def test_nuxt_payload_refers_to_its_values_by_index() -> None:
    payload = [
        {"data": 1},
        {"story": 2},
        {"title": 3, "author": 4, "html": 5},
        "Quarry road closed after wall collapse",
        "Anna Kerr",
        "".join(f"<p>{p}</p>" for p in PARAGRAPHS),
    ]
    story = story_in_scripts(
        f'<script type="application/json" id="__NUXT_DATA__">{json.dumps(payload)}</script>'
    )
    assert story is not None
    assert story.paragraphs == PARAGRAPHS
    assert story.title == "Quarry road closed after wall collapse"
    assert story.authors == ["Anna Kerr"]


def test_apollo_cache_author_given_by_reference() -> None:
    cache = {
        "Article:1": {
            "title": "Quarry road closed after wall collapse",
            "author": {"__ref": "Author:9"},
            "bodyText": "\n\n".join(PARAGRAPHS),
        },
        "Author:9": {"name": "Anna Kerr"},
    }
    story = story_in_scripts(f"<script>window.__APOLLO_STATE__={json.dumps(cache)};</script>")
    assert story is not None and story.authors == ["Anna Kerr"]
    assert story.paragraphs == PARAGRAPHS


def test_json_ld_article_body_fills_an_empty_page() -> None:
    ld = {
        "@type": "NewsArticle",
        "headline": "Quarry road closed after wall collapse",
        "datePublished": "2025-03-02",
        "author": {"@type": "Person", "name": "Anna Kerr"},
        "articleBody": "\n\n".join(PARAGRAPHS),
    }
    page = shell(
        f'<script type="application/ld+json">{json.dumps(ld)}</script>',
        "",
        "<h1>Quarry road closed after wall collapse</h1><div class=body>Loading article…</div>",
    )
    article = read_bytes(page, "ld.html")
    assert article.text.split("\n") == PARAGRAPHS
    assert article.author == "Anna Kerr"


def test_locked_story_in_json_ld_is_not_imported() -> None:
    ld = {
        "@type": "NewsArticle",
        "headline": "Quarry road closed after wall collapse",
        "isAccessibleForFree": False,
        "articleBody": "\n\n".join(PARAGRAPHS),
    }
    page = shell(
        f'<script type="application/ld+json">{json.dumps(ld)}</script>',
        "",
        "<h1>Quarry road closed after wall collapse</h1><div>Subscribe to read</div>",
    )
    assert PARAGRAPHS[0] not in read_bytes(page, "locked.html").text


def test_page_showing_its_story_does_not_take_it_twice() -> None:
    data = {
        "props": {"pageProps": {"story": {"content": "".join(f"<p>{p}</p>" for p in PARAGRAPHS)}}}
    }
    body = "<article><h1>Quarry road closed</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = shell(
        "<title>Quarry road closed</title>",
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>',
        body + "</article>",
    )
    assert read_bytes(page, "both.html").text.count(PARAGRAPHS[0]) == 1


def test_live_blog_entries_in_json_ld_are_the_body_in_their_order() -> None:
    ld = {
        "@type": "LiveBlogPosting",
        "headline": "Storm Aila: live",
        "coverageStartTime": "2025-01-24T06:00:00Z",
        "liveBlogUpdate": [
            {"@type": "BlogPosting", "headline": "Bridge shut", "articleBody": PARAGRAPHS[0]},
            {"@type": "BlogPosting", "headline": "Road news", "articleBody": PARAGRAPHS[1]},
        ],
    }
    page = shell(
        f'<script type="application/ld+json">{json.dumps(ld)}</script>',
        "",
        "<h1>Storm Aila: live</h1><div id=feed>Loading latest updates…</div>",
    )
    article = read_bytes(page, "live.html")
    assert article.text.split("\n") == ["Bridge shut", PARAGRAPHS[0], "Road news", PARAGRAPHS[1]]
    assert article.published == date(2025, 1, 24)


def test_paywall_teaser_is_kept_and_the_import_says_it_is_partial() -> None:
    page = shell(
        "<title>Quarry road</title>",
        "",
        "<article><h1>Quarry road closed after wall collapse</h1>"
        f'<div class="article-teaser"><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></div>'
        '<div class="paywall"><h2>Subscribe to continue reading</h2>'
        '<p><a href="/subscribe">Subscribe now</a></p></div></article>',
    )
    article = read_bytes(page, "wall.html")
    assert article.text.split("\n") == PARAGRAPHS[:2]
    assert any("subscription wall" in w for w in article.warnings)


def test_teaser_card_of_another_story_stays_furniture() -> None:
    page = shell(
        "<title>Quarry road</title>",
        "",
        "<article><h1>Quarry road closed after wall collapse</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + '<div class="article-teaser"><p><a href="/news/ford">Ford closed at Lowmoor after '
        "the river rose overnight, the county says, until further notice.</a></p></div></article>",
    )
    assert "Lowmoor" not in read_bytes(page, "card.html").text


def test_names_in_prose() -> None:
    assert names_in_prose(["A B"]) == "A B"
    assert names_in_prose(["A B", "C D"]) == "A B and C D"
    assert names_in_prose(["A B", "C D", "E F", "A B"]) == "A B, C D and E F"
    assert names_in_prose([]) is None


REPORT = """Tidewater Path Survey 2025

{issuer}
12 March 2025

The society walked the whole of the Tidewater path in February and found eleven places where \
the surface had washed away since the last survey.

Volunteers recorded each place with a photograph and a grid reference, and the list has been \
sent to the county council.
"""


def test_a_body_over_the_date_is_no_byline_but_a_person_is() -> None:
    body = read_bytes(REPORT.format(issuer="Morrow Civic Society").encode(), "survey.txt")
    assert body.author is None
    person = read_bytes(REPORT.format(issuer="Ruth Okafor").encode(), "survey.txt")
    assert person.author == "Ruth Okafor"


README = """# Incident write-up: the quarry road claims

[![status: complete](https://img.shields.io/badge/status-complete-green)](#)

**Authors:** Sami Kovac, Erin Blythe
**Date:** 2025-02-27

## Summary

On 24 February several accounts posted a photo claiming that the quarry road had collapsed \
into the river. The photo is real but was taken in 2019 at a different road.
"""


def test_bold_fields_under_a_markdown_heading_are_metadata() -> None:
    article = read_bytes(README.encode(), "writeup.md")
    assert article.published == date(2025, 2, 27)
    assert article.published_origin == "metadata"
    assert article.author == "Sami Kovac, Erin Blythe"
    assert "**Date:**" not in article.text


def test_plain_author_and_date_lines_under_a_heading_stay_printed() -> None:
    # Not bold: a copied page's own printed lines, read as a dateline (text).
    text = README.replace("**Authors:**", "Authors:").replace("**Date:**", "Date:")
    assert read_bytes(text.encode(), "copy.md").published_origin == "text"
