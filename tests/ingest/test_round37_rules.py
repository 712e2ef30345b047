"""Round 37 rules (misses of the story packs imported as the app does), each from sentences
written for these tests: a reader appeal in italics under a Markdown story, a "Related
reading:" link, an e-mail's unsubscribe links run on to its last line, and an agency spelled
out in the copyright line under copy whose dateline gives only its code."""

from __future__ import annotations

from desktop.ingest import read_bytes
from desktop.ingest.furniture import DONATION, NEWSLETTER, TEASER, single_block_reason

STORY = [
    "A crane collapsed at Dunmere port on Wednesday afternoon, injuring three dock workers, "
    "the port authority said.",
    "Loading at the container terminal was halted for the rest of the day and about 40 lorries "
    "were turned away.",
    "The authority said an inspection of its other six cranes would begin on Friday.",
]


def _markdown(foot: str) -> bytes:
    body = "\n\n".join(STORY)
    return (
        "# Crane collapses at Dunmere port\n\n"
        "*Dunmere Quayside, Thursday 5 March 2026*\n\n"
        f"{body}\n\n---\n\n{foot}\n"
    ).encode()


# --- a reader appeal under the story ----------------------------------------------------------


def test_an_italic_reader_appeal_under_a_markdown_story_leaves_the_body() -> None:
    raw = read_bytes(
        _markdown("*Support independent harbour reporting: 850 readers chipped in this winter.*"),
        "crane.md",
    )
    assert "850 readers" not in raw.text
    assert STORY[-1] in raw.text


def test_a_support_appeal_is_known_by_its_label_whatever_the_journalism_is_called() -> None:
    for line in (
        "Support independent island journalism: 1,100 readers gave last month.",
        "Support community reporting — 300 readers became members in June.",
        "Support our small newsroom: every gift counts.",
    ):
        assert single_block_reason(line) == DONATION, line


def test_a_sentence_about_supporting_journalism_stays_in_the_story() -> None:
    for line in (
        "Support for local journalism has fallen by 12% since 2020, the survey found.",
        "Support independent island journalism, the minister urged advertisers on Monday.",
    ):
        assert single_block_reason(line) is None, line


# --- a related-reading link ---------------------------------------------------------------------


def test_a_related_reading_link_under_a_markdown_story_leaves_the_body() -> None:
    raw = read_bytes(_markdown("*Related reading: 5 checks to make before a storm*"), "crane.md")
    assert "5 checks" not in raw.text
    assert STORY[-1] in raw.text


def test_related_and_further_reading_labels_are_links_to_other_stories() -> None:
    for line in (
        "Related reading: 5 checks to make before a storm",
        "Related stories: Council votes on new rents",
        "Related coverage - Port strike ends after 9 days",
        "Further reading: How the city plans its flood walls",
    ):
        assert single_block_reason(line) == TEASER, line


def test_a_sentence_opening_with_related_stays_in_the_story() -> None:
    line = "Related reading habits changed after the pandemic, with 40% of adults buying e-books."
    assert single_block_reason(line) is None


# --- an e-mail's unsubscribe links ------------------------------------------------------------


def test_unsubscribe_links_run_on_to_a_briefing_footer_leave_the_body() -> None:
    message = (
        "From: Quayside Morning <morning@quayside.example>\n"
        "To: reader@example.org\n"
        "Subject: Crane collapses at Dunmere port\n"
        "Date: Thu, 05 Mar 2026 07:00:00 +0000\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        + "\n\n".join(STORY)
        + "\n\nYou are receiving this bulletin because you asked for it at quayside.example. "
        "Unsubscribe | Update your preferences\n"
    ).encode()
    raw = read_bytes(message, "crane.eml")
    assert "Unsubscribe" not in raw.text
    assert "receiving this bulletin" not in raw.text
    assert STORY[-1] in raw.text


def test_a_last_line_ending_in_unsubscribe_links_is_the_emails_foot() -> None:
    for line in (
        "Thanks for reading. Unsubscribe | Update your e-mail settings",
        "That is all for the Tuesday edition. Unsubscribe",
        "You are receiving this briefing because you signed up. Unsubscribe | Manage your "
        "preferences",
    ):
        assert single_block_reason(line) == NEWSLETTER, line


def test_a_sentence_about_unsubscribing_stays_in_the_story() -> None:
    for line in (
        "Readers can unsubscribe at any time, the company said.",
        "Customers who wish to unsubscribe can do so by calling the bank.",
    ):
        assert single_block_reason(line) is None, line


# --- an agency's code spelled out in its copyright line ---------------------------------------


def _wire(copyright_line: str) -> bytes:
    return (
        "Harbour crane collapses at Dunmere port\n\n"
        "By Pia Orlen\nMarch 5, 2026\n\n"
        f"DUNMERE, March 5 (KNS) - {STORY[0]}\n\n{STORY[1]}\n\n{STORY[2]}\n\n"
        f"{copyright_line}\n"
    ).encode()


def test_the_copyright_lines_full_name_replaces_the_datelines_code_it_abbreviates() -> None:
    raw = read_bytes(_wire("Copyright 2026 Kestrel News Service. All rights reserved."), "c.txt")
    assert raw.source == "Kestrel News Service"
    raw = read_bytes(_wire("(c) 2026 Kestrel News Service"), "c.txt")
    assert raw.source == "Kestrel News Service"


def test_a_copyright_holder_whose_initials_differ_leaves_the_code_as_the_source() -> None:
    raw = read_bytes(_wire("Copyright 2026 Dunmere Evening Star. All rights reserved."), "c.txt")
    assert raw.source == "KNS"
    raw = read_bytes(_wire(""), "c.txt")
    assert raw.source == "KNS"


# --- an agency's name alone over its coded dateline -------------------------------------------


def _copy(under_title: str) -> bytes:
    return (
        f"Flood barrier fails on the Kell\n\n{under_title}\n\n"
        "KELLBY, April 6 (MW) - A flood barrier on the Kell river gave way on Sunday night, "
        "flooding 40 homes, the city council said.\n\n"
        "Residents were moved to a school hall and the army sent 120 soldiers with sandbags.\n"
    ).encode()


def test_an_agency_named_under_the_headline_over_its_coded_dateline_is_the_source() -> None:
    raw = read_bytes(_copy("Morrow Wire"), "kell.txt")
    assert raw.source == "Morrow Wire"
    assert "Morrow Wire" not in raw.text
    assert raw.text.startswith("KELLBY, April 6 (MW)")


def test_a_persons_name_over_the_coded_dateline_is_not_taken() -> None:
    # Round 38: a paper's masthead whose initials differ ("Kellby Evening Star") is the paper
    # that published the copy (test_round38_rules); a person's name never is.
    raw = read_bytes(_copy("Marta Wells"), "kell.txt")
    assert raw.source == "MW"
