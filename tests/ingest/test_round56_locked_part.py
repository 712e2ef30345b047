"""Import round 56: the part of a story a page's JSON-LD names as not free (``hasPart`` with
``isAccessibleForFree`` false and a ``cssSelector``, the markup search engines ask paywalled
sites for) is not what a reader without a subscription sees: it is left out and the import
warns that the text is partial, even when the markup does not hide it. A page that names its
whole story so (no free lead outside the part) keeps it. Every page here is invented.
"""

from __future__ import annotations

import json
import time

import pytest

from desktop.ingest import read_bytes
from desktop.ingest.assemble import PARTIAL_WARNINGS

FREE = [
    "The county's last cattle market at Brenwick will hold its final sale in June after 140 "
    "years, its owners said on Tuesday.",
    "Falling numbers of farms in the valley had left the market running at a loss for six of "
    "the past eight years, they said.",
]
LOCKED = [
    "The site has been sold to a housebuilder that plans 180 homes and a small supermarket.",
    "Farmers will have to take their animals to Ashmoor, a round trip of almost 70 miles.",
]


def page(selector: str, wrapper: str, *, free: bool = False, parts_as_list: bool = False) -> bytes:
    part = {"@type": "WebPageElement", "isAccessibleForFree": free, "cssSelector": selector}
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Brenwick cattle market to close after 140 years",
        "datePublished": "2027-06-01T07:00:00+01:00",
        "isAccessibleForFree": free,
        "hasPart": [part] if parts_as_list else part,
    }
    locked = "".join(f"<p>{p}</p>" for p in LOCKED)
    markup = (
        "<html lang='en'><head><title>Market to close</title>"
        f"<script type='application/ld+json'>{json.dumps(ld)}</script></head><body>"
        "<article><h1>Brenwick cattle market to close after 140 years</h1><p>By Cerys Hale</p>"
        "<div class='story'>"
        + "".join(f"<p>{p}</p>" for p in FREE)
        + wrapper.format(locked=locked)
        + "</div></article>"
        "<div class='consent'><p>We and our partners use cookies to store and access "
        "information on your device for the purposes described below.</p></div>"
        "</body></html>"
    )
    return markup.encode("utf-8")


@pytest.mark.parametrize(
    ("selector", "wrapper", "as_list"),
    [
        (".premium", "<div class='premium'>{locked}</div>", False),
        ("article .locked-text", "<section class='body locked-text'>{locked}</section>", True),
        ("#rest", "<div id='rest'>{locked}</div>", False),
        ("div[data-paywalled]", "<div data-paywalled='1'>{locked}</div>", False),
    ],
)
def test_the_named_part_is_left_out_and_the_text_is_partial(
    selector: str, wrapper: str, as_list: bool
) -> None:
    article = read_bytes(page(selector, wrapper, parts_as_list=as_list), "market.html")
    for sentence in FREE:
        assert sentence in article.text
    for sentence in LOCKED:
        assert sentence not in article.text
    assert any(w in article.warnings for w in PARTIAL_WARNINGS)


def test_a_part_marked_free_stays() -> None:
    article = read_bytes(
        page(".premium", "<div class='premium'>{locked}</div>", free=True), "m.html"
    )
    for sentence in LOCKED:
        assert sentence in article.text
    assert not any(w in article.warnings for w in PARTIAL_WARNINGS)


def test_a_page_naming_its_whole_story_keeps_it() -> None:
    # the selector names the story's container, free lead and all: no text is outside it
    article = read_bytes(page(".story", "{locked}"), "market.html")
    for sentence in FREE + LOCKED:
        assert sentence in article.text


def test_a_selector_matching_nothing_changes_nothing() -> None:
    article = read_bytes(page(".nowhere", "<div class='premium'>{locked}</div>"), "market.html")
    for sentence in FREE + LOCKED:
        assert sentence in article.text


def test_a_page_naming_thousands_of_selectors_is_read_in_time() -> None:
    # at most 20 selectors are matched, each parsed once: 5,000 over 3,000 paragraphs took
    # the page past the time limit in a first version of the rule
    many = ", ".join(f".part-{n}" for n in range(5000))
    data = page(many, "<div class='part-3'>{locked}</div>").replace(
        b"</article>",
        b"".join(b"<p>" + FREE[0].encode() + b"</p>" for _ in range(3000)) + b"</article>",
    )
    started = time.perf_counter()
    article = read_bytes(data, "market.html")
    assert time.perf_counter() - started < 10
    assert LOCKED[0] not in article.text


def _teaser_page(free: bool, body: list[str]) -> bytes:
    ld = {
        "@type": "NewsArticle",
        "headline": "Brenwick cattle market to close after 140 years",
        "datePublished": "2027-06-01",
        "isAccessibleForFree": free,
        "articleBody": "\n\n".join(body),
    }
    return (
        "<html lang='en'><head><title>Market</title>"
        f"<script type='application/ld+json'>{json.dumps(ld)}</script></head><body><article>"
        "<h1>Brenwick cattle market to close after 140 years</h1><p>By Cerys Hale</p>"
        + "".join(f"<p>{p}</p>" for p in FREE)
        + "<button class='expand'>Continue reading</button></article></body></html>"
    ).encode("utf-8")


def test_a_locked_story_whose_data_goes_on_past_the_page_is_partial() -> None:
    article = read_bytes(_teaser_page(False, FREE + LOCKED), "market.html")
    assert article.text.split("\n") == FREE
    assert any(w in article.warnings for w in PARTIAL_WARNINGS)


@pytest.mark.parametrize(("free", "body"), [(True, FREE + LOCKED), (False, FREE)])
def test_a_free_story_or_a_locked_one_shown_whole_is_not_partial(
    free: bool, body: list[str]
) -> None:
    article = read_bytes(_teaser_page(free, body), "market.html")
    assert not any(w in article.warnings for w in PARTIAL_WARNINGS)
