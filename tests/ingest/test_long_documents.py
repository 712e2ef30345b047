"""Very long documents (a transcript, a report, a book saved as text) are read in time that
grows with their length, and their ends are still judged as a page's would be."""

from __future__ import annotations

import time

from desktop.ingest import read_bytes
from desktop.ingest.furniture import LONG_DOCUMENT_BLOCKS

PARAGRAPHS = 57_672


def _paragraph(n: int) -> str:
    return (
        f"Paragraph {n}: The council met on Tuesday and agreed the plan, which the harbour "
        "authority said would cost about four million pounds and take six months, according "
        "to the report it published."
    )


def _long_text(extra_middle: list[str]) -> bytes:
    middle = PARAGRAPHS // 2
    paragraphs = [_paragraph(n) for n in range(1, PARAGRAPHS + 1)]
    paragraphs[middle:middle] = extra_middle
    paragraphs.insert(0, "Council minutes, full year")
    paragraphs.append("Sign up for our newsletter")
    paragraphs.append("© 2025 Sample Outlet. All rights reserved.")
    return ("\n\n".join(paragraphs) + "\n").encode()


def test_eleven_megabytes_of_short_paragraphs_are_read_in_seconds() -> None:
    data = _long_text(["Advertisement"])
    assert len(data) > 10 * 1024 * 1024
    started = time.process_time()
    article = read_bytes(data, "minutes.txt")
    elapsed = time.process_time() - started
    assert article.title == "Council minutes, full year"
    kept = [b.text for b in article.blocks if b.kept]
    assert len(kept) == PARAGRAPHS
    assert kept[0] == _paragraph(1) and kept[-1] == _paragraph(PARAGRAPHS)
    removed = {b.text: b.reason for b in article.blocks if not b.kept and b.reason != "title"}
    # the page's furniture at the ends, and a short block in the middle, are still found
    assert removed.keys() == {
        "Advertisement",
        "Sign up for our newsletter",
        "© 2025 Sample Outlet. All rights reserved.",
    }
    # About 8 s on a shared machine of two cores under load (round 27: over 30 s, most of it
    # in trying every furniture pattern, panel and date habit on every paragraph).
    assert elapsed < 20, elapsed


def test_a_page_sized_document_is_judged_block_by_block_everywhere() -> None:
    # Below the long-document size a story-like paragraph in the middle is still tried
    # against every pattern: a copyright line in mid-page is set aside.
    count = LONG_DOCUMENT_BLOCKS - 10
    paragraphs = [_paragraph(n) for n in range(count)]
    notice = "Copyright 2025 Sample Outlet Limited, all rights reserved, no part of this page may be copied."
    paragraphs.insert(count // 2, notice)
    article = read_bytes(("\n\n".join(paragraphs) + "\n").encode(), "page.txt")
    assert {b.text for b in article.blocks if not b.kept} >= {notice}
