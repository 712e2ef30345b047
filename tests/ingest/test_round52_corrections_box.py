"""Round 52 (8): a corrections box set in an <aside> at the story's foot is part of the
story's record and stays; a sidebar of the site's latest corrections to other stories, and
any other <aside>, stays out. Every page here is invented."""

from __future__ import annotations

import pytest

from desktop.domain import RawArticle
from desktop.ingest import read_bytes

LAST = "The company was also ordered to pay costs of 9,400 pounds."
NOTE = "An earlier version of this article said the resident was 86. She was 84."


def _page(aside: str) -> RawArticle:
    page = (
        "<html><head><meta property='og:site_name' content='Dales Chronicle'></head><body>"
        "<article><h1>Care home fined after resident's fall</h1><p>By Callum Reid</p>"
        "<p>The owner of a care home in Leyburn has been fined 180,000 pounds after a resident "
        f"fell from an upstairs window.</p><p>{LAST}</p>{aside}"
        "<div class='share'>Share this article</div></article></body></html>"
    )
    return read_bytes(page.encode(), "story.html")


@pytest.mark.parametrize(
    "aside",
    [
        f"<aside><p><strong>Correction, 25 February 2027:</strong> {NOTE}</p></aside>",
        f"<aside class='story-correction'><p>{NOTE}</p></aside>",
        f"<aside><h4>Correction</h4><p>{NOTE}</p></aside>",
        "<aside><p>This article was amended on 25 February 2027 to correct the resident's "
        "age.</p></aside>",
    ],
)
def test_a_corrections_box_in_an_aside_stays(aside: str) -> None:
    article = _page(aside)
    assert "resident" in article.text.split(LAST, 1)[1], article.text


def test_a_sidebar_of_the_sites_latest_corrections_stays_out() -> None:
    aside = (
        "<aside class='corrections'><h4>Corrections and clarifications</h4><ul>"
        "<li><a href='/a'>Bus station closure date corrected</a></li>"
        "<li><a href='/b'>Mayor's age corrected</a></li></ul></aside>"
    )
    article = _page(aside)
    assert article.text.rstrip().endswith(LAST)


def test_an_ordinary_aside_stays_out() -> None:
    article = _page("<aside><h4>Read more</h4><p>Farmer banned from keeping sheep.</p></aside>")
    assert article.text.rstrip().endswith(LAST)
