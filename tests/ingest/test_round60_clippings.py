"""Import round 60 (4): a read-later app's Markdown export (Readwise Reader's, as analysts
keep it in a notes app): the cover image and a "## Metadata" heading between the note's
title and its "- Author: [[NAME]]" fields, a "Full Document" heading over the saved text and
the reader's "Highlights" under it. Every line here is invented.
"""

from __future__ import annotations

from desktop.ingest import read_bytes

STORY = [
    "Plans to extend the quarry at Dunmore by 40 hectares were refused by the county's "
    "planning committee on Thursday.",
    "Residents had objected to blasting within 300 metres of the primary school, and the "
    "committee voted eight to three against the scheme.",
    "The operator, Dunmore Aggregates, said it would consider an appeal.",
]


def _export(between: list[str]) -> str:
    return "\n".join(
        [
            "# Dunmore quarry expansion refused",
            "",
            *between,
            "- Author: [[Alison Kerr]]",
            "- Full Title: Dunmore quarry expansion refused",
            "- Category: #articles",
            "- Document Tags: [[planning]]",
            "- URL: https://www.dunmoreherald.example/news/2026/02/20/quarry-refused",
            "",
            "## Full Document",
            "\n\n".join(STORY),
            "",
            "## Highlights",
            "- Residents had objected to blasting within 300 metres of the primary school "
            "([View Highlight](https://read.example/h/01))",
        ]
    )


def test_fields_under_a_cover_image_and_a_metadata_heading_are_read() -> None:
    text = _export(["![rw-book-cover](https://x.example/cover.jpg)", "", "## Metadata"])
    article = read_bytes(text.encode(), "clip.md")
    assert article.author == "Alison Kerr"
    assert article.url == "https://www.dunmoreherald.example/news/2026/02/20/quarry-refused"
    assert article.text.startswith(STORY[0])
    assert article.text.endswith(STORY[-1])
    for gone in ("Metadata", "Full Title", "#articles", "Full Document", "rw-book-cover"):
        assert gone not in article.text


def test_fields_right_under_the_title_are_read() -> None:
    article = read_bytes(_export([]).encode(), "clip.md")
    assert article.author == "Alison Kerr"
    assert article.text.startswith(STORY[0])


def test_a_metadata_heading_far_below_the_title_is_the_storys() -> None:
    # A story's own "Details" section is no field block when prose stands above it.
    text = "\n".join(
        [
            "# Dunmore quarry expansion refused",
            "",
            STORY[0],
            "",
            STORY[1],
            "",
            "## Details",
            "- Author: the planning officer's report",
            "- Date: the committee met on Thursday",
            "",
            STORY[2],
        ]
    )
    article = read_bytes(text.encode(), "clip.md")
    assert "the planning officer's report" in article.text
