"""Round 38 rules, each from sentences written for these tests: a news sentence that opens
with the words of a reader appeal ("Support independent journalism, the minister urged ...")
stays in the story, where the appeal itself still leaves it."""

from __future__ import annotations

from desktop.ingest import read_bytes
from desktop.ingest.furniture import NEWSLETTER, single_block_reason

STORY = [
    "The culture minister told publishers on Tuesday that 14 regional titles had closed "
    "since January.",
    "Support independent journalism, the minister urged advertisers, or more towns will be "
    "left without a paper.",
    "The ministry will publish a review of press funding in the autumn.",
]

# --- a news sentence opening with an appeal's words ---------------------------------------------


def test_a_news_sentence_opening_with_the_appeal_words_stays_in_the_story() -> None:
    for line in (
        "Support independent journalism, the minister urged advertisers on Monday.",
        "Support independent journalism, she told the 300 delegates, because nobody else will.",
        "Support our journalism, the editor wrote to staff in a memo seen by this paper.",
    ):
        assert single_block_reason(line) is None, line


def test_the_appeal_on_its_own_or_with_what_to_do_still_leaves_the_body() -> None:
    for line in (
        "Support independent journalism",
        "Support independent journalism.",
        "Support our journalism today",
        "Support independent journalism, subscribe today.",
        "Support our journalism, become a member",
        "Support independent journalism, donate from £3.",
    ):
        assert single_block_reason(line) == NEWSLETTER, line


def test_the_sentence_stays_in_an_imported_story_and_the_appeal_under_it_goes() -> None:
    body = "\n\n".join(STORY)
    raw = read_bytes(
        (
            "Minister warns of closing papers\n\n"
            "Harrowgate Ledger, 12 May 2026\n\n"
            f"{body}\n\nSupport independent journalism\n"
        ).encode(),
        "papers.txt",
    )
    assert STORY[1] in raw.text
    assert STORY[-1] in raw.text
    assert not raw.text.rstrip().endswith("Support independent journalism")
