"""E-mail newsletters read as one issue, and notes lists at the foot of a story.

Every fixture is invented for these tests; each test pins one rule and fails without it.
"""

from __future__ import annotations

from desktop.ingest import read_bytes
from desktop.ingest.furniture import EMAIL_HEADER, STORY_LINK

STORY_ONE = (
    "The harbour board agreed on Tuesday to dredge the inner basin for the first time in "
    "twelve years, after two fishing boats ran aground at low tide."
)
STORY_TWO = (
    "A bakery that has traded on the quay since 1952 will close at the end of the month, its "
    "owners said, because the lease has tripled."
)


def issue(header: str) -> bytes:
    return (
        f"{header}\n\n"
        "Good morning, here is the news from the coast.\n\n"
        "DREDGING AT LAST\n\n"
        f"{STORY_ONE}\n\n"
        "Continue reading → https://quay.example/dredging\n\n"
        "SPONSORED: Half-price ferry tickets all week with code QUAY.\n\n"
        "BAKERY TO CLOSE\n\n"
        f"{STORY_TWO}\n\n"
        "https://quay.example/bakery\n\n"
        "See you tomorrow! Forward this email to a friend.\n\n"
        "You are receiving this email because you subscribed.\nUnsubscribe\n"
    ).encode()


def test_email_header_names_title_source_and_machine_date() -> None:
    header = (
        'From: "Quayside Bulletin" <news@quay.example>\n'
        "To: someone@example.org\n"
        "Subject: Fwd: Dredging approved, quay bakery to close\n"
        "Date: Wed, 05 Mar 2025 23:30:00 -0800"
    )
    article = read_bytes(issue(header), "bulletin.txt")
    assert article.title == "Dredging approved, quay bakery to close"
    assert article.source == "Quayside Bulletin"
    # The sender's own day, not the day in UTC (which is already 6 March).
    assert str(article.published) == "2025-03-05"
    assert article.published_origin == "metadata"
    assert article.blocks[0].reason == EMAIL_HEADER
    assert "someone@example.org" not in article.text


def test_newsletter_issue_furniture_is_set_aside_and_stories_kept() -> None:
    header = "From: Quayside Bulletin <news@quay.example>\nDate: Wed, 05 Mar 2025 07:00:00 +0000"
    article = read_bytes(issue(header), "bulletin.txt")
    assert article.text.startswith(STORY_ONE)
    assert article.text.endswith(STORY_TWO)
    for furniture in ("Good morning", "Continue reading", "Half-price", "See you tomorrow",
                      "quay.example/bakery", "Unsubscribe"):  # fmt: skip
        assert furniture not in article.text
    # The headline between two stories says where the next one starts.
    assert "BAKERY TO CLOSE" in article.text
    assert STORY_LINK in {b.reason for b in article.blocks}


def test_outlook_copy_sent_line_and_sender_from_outlet() -> None:
    header = (
        "From: Maya Lind from The Quayside Bulletin <maya@quay.example>\n"
        "Sent: Wednesday, March 5, 2025 7:02 AM\n"
        "Subject: Dredging approved"
    )
    article = read_bytes(issue(header), "bulletin.txt")
    assert article.source == "The Quayside Bulletin"
    assert article.author == "Maya Lind"
    assert str(article.published) == "2025-03-05"


def test_text_that_only_mentions_a_date_line_is_not_an_email() -> None:
    text = f"Date: 5 March 2025\n\nHarbour dredging approved\n\n{STORY_ONE}\n\n{STORY_TWO}\n"
    article = read_bytes(text.encode(), "copy.txt")
    assert article.title == "Harbour dredging approved"
    assert article.published_origin == "text"


def test_newsletter_without_header_is_known_by_its_email_chrome() -> None:
    text = (
        "View this email in your browser\n\nHi there,\n\n"
        f"{STORY_ONE}\n\n{STORY_TWO}\n\nThat's all for this week.\n\n"
        "Unsubscribe | Update your preferences\n"
    )
    article = read_bytes(text.encode(), "issue.txt")
    assert article.text == f"{STORY_ONE}\n{STORY_TWO}"


def test_sponsor_label_with_colon_is_an_advert_but_a_sentence_is_not() -> None:
    text = (
        f"Harbour dredging approved\n\n{STORY_ONE}\n\n"
        "Presented by Gull Marine: boat insurance that floats.\n\n"
        "Sponsored by the harbour trust, the survey took three weeks to complete.\n\n"
        f"{STORY_TWO}\n"
    )
    article = read_bytes(text.encode(), "copy.txt")
    assert "Gull Marine" not in article.text
    assert "Sponsored by the harbour trust" in article.text


NOTE_ONE = "Harbour board minutes, February 2025."
NOTE_TWO = "Quay traders' survey of 40 businesses."


def test_html_notes_list_kept_without_back_links_or_numbers() -> None:
    body = (
        "<article><h1>Dredging approved</h1>"
        f'<p>{STORY_ONE}<sup><a href="#n1">[1]</a></sup></p>'
        f'<p>{STORY_TWO}<sup><a href="#n2">[2]</a></sup></p>'
        '<ol><li id="n1">1. ' + NOTE_ONE + ' <a href="#r1">↩</a></li>'
        '<li id="n2">' + NOTE_TWO + ' <a href="#r2">↩</a></li></ol></article>'
        '<div class="newsletter"><p>Sign up for our newsletter</p></div>'
    )
    markup = f'<html><head><meta charset="utf-8"><title>x</title></head><body>{body}</body></html>'
    article = read_bytes(markup.encode(), "page.html")
    assert f"{STORY_ONE}[1]" in article.text
    assert article.text.endswith(f"{NOTE_ONE}\n{NOTE_TWO}")
    assert "↩" not in article.text


def test_markdown_footnotes_keep_marker_and_note_text() -> None:
    text = f"# Dredging approved\n\n{STORY_ONE}[^1]\n\n{STORY_TWO}\n\n[^1]: {NOTE_ONE}\n"
    article = read_bytes(text.encode(), "clip.md")
    assert f"{STORY_ONE}[1]" in article.text
    assert article.text.endswith(NOTE_ONE)


def test_copied_notes_lose_numbers_and_back_links() -> None:
    text = (
        f"Dredging approved\n\n{STORY_ONE}[1]\n\n{STORY_TWO}[2]\n\nNotes\n\n"
        f"[1] {NOTE_ONE} ↩\n\n2. {NOTE_TWO}\n\n↩\n"
    )
    article = read_bytes(text.encode(), "copy.txt")
    assert article.text.endswith(f"{NOTE_ONE}\n{NOTE_TWO}")
    assert "↩" not in article.text


def test_numbered_list_in_a_story_keeps_its_numbers() -> None:
    text = (
        f"Dredging approved\n\n{STORY_ONE}\n\nThe board set out its plan:\n\n"
        "1. Survey the basin in April.\n\n2. Dredge in the summer.\n\n"
        f"{STORY_TWO}\n"
    )
    article = read_bytes(text.encode(), "copy.txt")
    assert "1. Survey the basin in April." in article.text
