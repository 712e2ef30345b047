"""Import round 59 (2): the row of buttons under a post or a live blog's entry that carries
its comment counter ("Share | 3 comments", "Print · Share · Comments (12)") is furniture, as a
printer-friendly page's toolbar is. Every page and line here is invented.
"""

from __future__ import annotations

import pytest

from desktop.ingest import furniture, read_bytes

ENTRIES = [
    ("11:20", "Ferry services between Pellow and the Skarra islands are cancelled for the rest "
     "of the day, the operator said."),
    ("11:55", "Gusts of 96 mph were recorded at Pellow Point lighthouse shortly before noon, "
     "the coastguard said."),
    ("12:40", "The harbour road in Pellow has been closed after a section of the sea wall "
     "collapsed, the council said."),
]  # fmt: skip


@pytest.mark.parametrize(
    "line",
    [
        "Share | 3 comments",
        "Share · 14 comments",
        "Comments (12) | Share",
        "Print · Share · Comments (12)",
        "Email | Print | 1,204 comments",
        "Comment | Share",
    ],
)
def test_button_rows_with_a_counter_are_furniture(line: str) -> None:
    assert furniture.single_block_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell after 12 comments by the chairman on Tuesday.",
        "The council received 312 comments on the plan.",
        "Comments closed at noon, and 40 people spoke at the meeting.",
    ],
)
def test_sentences_naming_comments_stay(line: str) -> None:
    assert furniture.single_block_reason(line) is None


def test_counter_and_share_under_every_entry() -> None:
    body = "".join(
        f'<div class="entry"><time>{stamp}</time><p>{text}</p>'
        f'<p class="tools"><a href="#s">Share</a> | <a href="#c">{n + 3} comments</a></p></div>'
        for n, (stamp, text) in enumerate(ENTRIES)
    )
    article = read_bytes(
        (
            "<html><head><title>Storm Ansel live | Pellow Gazette</title></head><body><main>"
            "<article><h1>Storm Ansel live: ferries cancelled</h1>"
            f"{body}</article></main></body></html>"
        ).encode(),
        "page.html",
    )
    for _, text in ENTRIES:
        assert text in article.text
    assert "comments" not in article.text and "Share" not in article.text
    assert article.text.rstrip().endswith(ENTRIES[-1][1])
