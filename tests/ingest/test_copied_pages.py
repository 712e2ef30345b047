"""Browser copies and clippings in the shapes real pages take: glued dates, bylines without
"By", site menus, picture credits, comment threads, relative time stamps."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.ingest import read_bytes, read_pasted
from desktop.ingest.dates import is_person_name, read_meta_line

BODY = (
    "The harbour authority said on Tuesday that repairs to the outer breakwater would take "
    "until the spring, and that two berths would stay closed until then.\n\n"
    "Fishing crews have been asked to use the north quay in the meantime, the authority said.\n"
)
FIRST = "The harbour authority said on Tuesday"
LAST = "the authority said."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("January 11, 20253:56 PM GMT-3Updated 5 min ago", date(2025, 1, 11)),
        ("March 5, 202412:05 PM GMT+1", date(2024, 3, 5)),
        ("5 March 202407:41 UTC", date(2024, 3, 5)),
    ],
)
def test_date_glued_to_its_time_by_copying(line: str, expected: date) -> None:
    article = read_bytes(
        f"Breakwater repairs to last until spring\n{line}\n\n{BODY}".encode(), "a.txt"
    )
    assert article.published == expected
    assert article.published_origin == "text"
    assert line not in article.text
    assert article.text.startswith(FIRST)


def test_glued_year_is_not_read_as_a_longer_year() -> None:
    facts = read_meta_line("January 11, 20253:56 PM")
    assert facts is not None
    assert facts.dates == [date(2025, 1, 11)]


@pytest.mark.parametrize(
    "line",
    [
        "Published 22 August 2024 · Updated 23 August 2024",
        "Updated 23 August 2024 | Published 22 August 2024",
        "Published: 22 Aug 2024 08:10 Updated: 23 Aug 2024 12:45",
    ],
)
def test_published_and_updated_on_one_line(line: str) -> None:
    article = read_bytes(
        f"Breakwater repairs to last until spring\n{line}\n\n{BODY}".encode(), "a.txt"
    )
    assert article.published == date(2024, 8, 22)
    assert [c.value for c in article.date_candidates] == [date(2024, 8, 22), date(2024, 8, 23)]


def test_updated_and_published_lines_in_a_pair() -> None:
    text = (
        "Breakwater repairs to last until spring\n"
        "Updated 9:14 AM EST, Fri January 12, 2024\n"
        "Published 10:02 PM EST, Thu January 11, 2024\n\n" + BODY
    )
    article = read_bytes(text.encode(), "a.txt")
    assert article.published == date(2024, 1, 11)
    assert "Updated" not in article.text and "Published" not in article.text


@pytest.mark.parametrize("stamp", ["3 hours ago", "Published 3 hours ago", "Updated 5 min ago"])
def test_relative_stamp_alone_gives_no_date(stamp: str) -> None:
    article = read_bytes(
        f"Breakwater repairs to last until spring\n{stamp}\n\n{BODY}".encode(), "a.txt"
    )
    assert article.published is None
    assert article.date_candidates == []
    assert stamp not in article.text


def test_relative_stamp_with_an_absolute_date_elsewhere() -> None:
    text = (
        f"Breakwater repairs to last until spring\nPublished 3 hours ago\n\n{BODY}\n"
        "First published on Monday 15 April 2024\n"
    )
    article = read_bytes(text.encode(), "a.txt")
    assert article.published == date(2024, 4, 15)
    assert article.published_origin == "text"


@pytest.mark.parametrize(
    ("outlet_line", "outlet"),
    [("Westland News", "Westland News"), ("Northfield News, Vessen", "Northfield News")],
)
def test_author_and_outlet_lines_without_by(outlet_line: str, outlet: str) -> None:
    text = (
        f"Breakwater repairs to last until spring\n2 hours ago\nShare\nSave\nImogen Tell\n"
        f"{outlet_line}\n\n{BODY}"
    )
    article = read_pasted(text)
    assert article.author == "Imogen Tell"
    assert article.source == outlet
    assert article.published is None
    assert article.text.startswith(FIRST)
    assert "Imogen Tell" not in article.text


def test_author_line_above_a_date_line() -> None:
    text = (
        f"Breakwater repairs to last until spring\nSimon Achebe\nMon 3 Mar 2025 14.02 GMT\n\n{BODY}"
    )
    article = read_pasted(text)
    assert article.author == "Simon Achebe"
    assert article.published == date(2025, 3, 3)
    assert article.text.startswith(FIRST)


def test_a_name_above_a_paragraph_is_not_a_byline() -> None:
    text = f"Breakwater repairs to last until spring\n\nHarbour Works\n\n{BODY}"
    article = read_pasted(text)
    assert article.author is None
    assert "Harbour Works" in article.text


def test_name_and_outlet_on_one_line() -> None:
    article = read_pasted(
        f"Breakwater repairs to last until spring\nYasmin Aziz | Wexley Record\n\n{BODY}"
    )
    assert article.author == "Yasmin Aziz"
    assert article.source == "Wexley Record"
    assert article.text.startswith(FIRST)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Imogen Tell", True),
        ("Jan de Vries", True),
        ("J. K. Marsh", True),
        ("Westland News", False),
        ("Middle East", False),
        ("Al Jazeera", False),
        ("World", False),
        ("the harbour master", False),
    ],
)
def test_person_name_shape(text: str, person: bool) -> None:
    assert is_person_name(text) is person


def test_two_word_headline_above_a_standfirst() -> None:
    standfirst = (
        "Engineers blame decades of missed maintenance for the failure of the old footbridge"
    )
    article = read_pasted(f"Bridge Collapse\n{standfirst}\n\n{BODY}")
    assert article.title == "Bridge Collapse"
    assert article.text.startswith(standfirst)


def test_section_label_named_like_a_section_stays_a_label() -> None:
    headline = "Harbour authority says breakwater repairs will last until spring"
    article = read_pasted(f"World News\n{headline}\n\n{BODY}")
    assert article.title == headline


def test_site_menu_and_masthead_atop_a_browser_copy() -> None:
    text = (
        "Skip to main content\nSkip to navigation\nSign in\nThe Wrenfield Guardian\nNews\n"
        "Opinion\nSport\nBreakwater repairs to last until spring\n\n" + BODY
    )
    article = read_pasted(text)
    assert article.title == "Breakwater repairs to last until spring"
    assert article.source == "The Wrenfield Guardian"
    assert article.field_origins["source"] == "masthead in the menu"
    assert article.text.startswith(FIRST)
    reasons = {b.text: b.reason for b in article.blocks if not b.kept}
    assert reasons["Opinion"] == "navigation"


def test_short_title_after_a_menu_is_not_a_menu_item() -> None:
    article = read_pasted("Home\nNews\nSport\nCeasefire holds\n\n" + BODY)
    assert article.title == "Ceasefire holds"


def test_picture_agency_credit_and_its_caption() -> None:
    text = (
        "Breakwater repairs to last until spring\nReuters\nWaves broke over the harbour wall in "
        "January\n\n" + BODY
    )
    article = read_pasted(text)
    assert article.text.startswith(FIRST)
    reasons = {b.text: b.reason for b in article.blocks if not b.kept}
    assert reasons["Reuters"] == "image credit"
    assert reasons["Waves broke over the harbour wall in January"] == "image credit"


def test_comment_thread_below_the_story() -> None:
    text = (
        f"Breakwater repairs to last until spring\n\n{BODY}\n12 comments\n\n"
        "Old salt: About time they fixed that wall.\n\nNetmender: The north quay is too small.\n"
    )
    article = read_pasted(text)
    assert article.text.rstrip().endswith(LAST)
    reasons = {b.text: b.reason for b in article.blocks if not b.kept}
    assert reasons["12 comments"] == "comments"
    assert reasons["Netmender: The north quay is too small."] == "comments"


def test_a_comment_heading_high_in_the_story_is_left_alone() -> None:
    text = (
        f"Breakwater repairs to last until spring\n\nJoin the conversation\n\n{BODY}\n"
        "More text follows here.\n\nAnd one more paragraph of the story."
    )
    article = read_pasted(text)
    assert article.text.startswith("Join the conversation")
    assert article.text.endswith("And one more paragraph of the story.")


@pytest.mark.parametrize(
    "tail",
    [
        "More on this story\nWhy the breakwater keeps failing",
        "Explore more on these topics\nHarbour\nWeather",
        "Get the best of the harbour news every morning. Sign up here.",
        "Updated at 18.20 BST",
    ],
)
def test_furniture_at_the_foot(tail: str) -> None:
    article = read_pasted(f"Breakwater repairs to last until spring\n\n{BODY}\n{tail}\n")
    assert article.text.rstrip().endswith(LAST)


def test_web_clipper_front_matter() -> None:
    text = (
        '---\ntitle: "Breakwater repairs to last until spring"\n'
        'source: "https://quayside.example/news/breakwater"\nauthor:\n  - "[[Ada Byrne]]"\n'
        '  - "[[Tom Reyes]]"\npublished: 2024-07-30\ncreated: 2025-01-14\ntags:\n'
        '  - "clippings"\n---\n\n' + BODY
    )
    article = read_bytes(text.encode(), "clip.md")
    assert article.title == "Breakwater repairs to last until spring"
    assert article.url == "https://quayside.example/news/breakwater"
    assert article.source is None
    assert article.author == "Ada Byrne, Tom Reyes"
    assert article.published == date(2024, 7, 30)
    assert [c.value for c in article.date_candidates] == [date(2024, 7, 30)]
    assert article.text.startswith(FIRST)


def test_clip_date_alone_is_not_the_publication_date() -> None:
    text = '---\ntitle: "Breakwater repairs"\ncreated: 2025-01-14\n---\n\n' + BODY
    assert read_bytes(text.encode(), "clip.md").published is None


def test_link_to_the_full_article_is_furniture() -> None:
    article = read_pasted(
        f"Breakwater repairs to last until spring\n\n{BODY}\nSee Full Web Article\n"
    )
    assert article.text.rstrip().endswith(LAST)
