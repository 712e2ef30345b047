"""Round 11 rules: court headings in title case, ambiguous numeric dates settled by the page,
forum member panels without a tell-tale class, and posts whose account shows no handle.

Every fixture is invented for these tests; each test pins one rule and fails without it.
"""

from __future__ import annotations

import pytest

from desktop.ingest import read_bytes
from desktop.ingest.dates import numeric_order_of_page


def _judgment(date_line: str, hearing: str) -> bytes:
    return (
        "Neutral Citation Number: [2024] EWHC 311 (KB)\n\n"
        "Case No: KB-2023-000981\n\n"
        "In the High Court of Justice\nKing's Bench Division\n\n"
        f"{date_line}\n\n"
        "Before: Mrs Justice Arden-Vale\n\n"
        "Between:\n\nPETRA OSK\nClaimant\n\n- and -\n\nWESTFORD COUNCIL\nDefendant\n\n"
        "Mr Tom Reed for the Claimant\n\n"
        f"{hearing}\n\n"
        "1. The claimant seeks damages for the flooding of her shop on the High Street in "
        "Westford.\n\n"
        "2. For the reasons below, the claim succeeds in part.\n"
    ).encode()


def test_a_court_heading_in_title_case_is_set_aside_and_names_the_source() -> None:
    article = read_bytes(
        _judgment("Date: 12 February 2024", "Hearing date: 23 January 2024"), "judgment.txt"
    )
    assert article.text.split("\n") == [
        "1. The claimant seeks damages for the flooding of her shop on the High Street in "
        "Westford.",
        "2. For the reasons below, the claim succeeds in part.",
    ]
    assert article.source == "High Court of Justice"
    assert article.author is None


def test_a_title_case_court_phrase_opening_a_report_sentence_is_no_heading() -> None:
    paragraphs = [
        "In the High Court of Justice on Tuesday, the council admitted it had known of the "
        "blocked drains for two years.",
        "Case No: KB-2023-000981 was adjourned until the spring, the clerk said.",
        "1. The judge said she would give her reasons in writing within a month of the hearing.",
    ]
    article = read_bytes("\n\n".join(paragraphs).encode(), "report.txt")
    assert article.source != "High Court of Justice"
    assert paragraphs[0] in article.text


def test_an_ambiguous_numeric_date_is_read_by_the_pages_spelled_out_dates() -> None:
    article = read_bytes(
        _judgment("Date: 12/02/2024", "Hearing date: 23 January 2024"), "judgment.txt"
    )
    assert article.published is not None and article.published.isoformat() == "2024-02-12"


def test_an_ambiguous_numeric_date_is_read_by_an_unambiguous_numeric_one() -> None:
    article = read_bytes(_judgment("Date: 03/04/2024", "Hearing date: 02/15/2024"), "judgment.txt")
    assert article.published is not None and article.published.isoformat() == "2024-03-04"


def test_an_ambiguous_numeric_date_the_page_cannot_settle_is_left_out() -> None:
    article = read_bytes(_judgment("Date: 12/02/2024", "Hearing date: none"), "judgment.txt")
    assert article.published is None


def test_a_page_whose_dates_disagree_settles_no_order() -> None:
    assert numeric_order_of_page(["Filed 23/01/2024", "Served 01/30/2024"]) is None
    assert numeric_order_of_page(["12 February 2024", "February 14, 2024"]) is None
    assert numeric_order_of_page(["Filed 23/01/2024", "February 14, 2024"]) == "dmy"
    assert numeric_order_of_page(["Posted on March 3rd, 2025"]) == "mdy"


_POST_ONE = (
    "The council closed the A61 bridge this morning after an inspection found cracks in two "
    "of its supports."
)
_POST_TWO = (
    "Diversions add about twenty minutes to the trip into town, according to the signs at "
    "the roundabout."
)


def test_a_forum_member_panel_without_classes_stays_out_of_the_post() -> None:
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bridge closure on '
        "the A61 - Riverside Forum</title></head><body><h1>Bridge closure on the A61</h1>"
        "<div><div><span>HarbourWatcher</span><span>Senior member</span><br>"
        "<span>Joined: Mar 2019</span><span>Posts: 1,204</span></div>"
        f"<div><p>{_POST_ONE}</p><p>{_POST_TWO}</p></div></div></body></html>"
    )
    article = read_bytes(page.encode(), "forum.html")
    assert article.text.split("\n") == [_POST_ONE, _POST_TWO]
    assert "Senior member" not in article.text
    assert article.author == "HarbourWatcher"


@pytest.mark.parametrize(
    "panel",
    [
        "Mira Kovac\nSenior member\nJoined: Mar 2019\nPosts: 1,204",
        "Mira KovacSenior member\n\nJoined: Mar 2019Posts: 1,204",
        "Mira Kovac Senior member Joined: Mar 2019 Posts: 1,204",
    ],
)
def test_a_copied_forum_post_leaves_its_member_panel_lines_out(panel: str) -> None:
    copy = f"Bridge closure on the A61\n\n{panel}\n\n{_POST_ONE}\n\n{_POST_TWO}\n"
    article = read_bytes(copy.encode(), "forum.txt")
    assert article.text.split("\n") == [_POST_ONE, _POST_TWO]
    assert article.author == "Mira Kovac"


def test_a_report_line_about_membership_is_no_member_panel() -> None:
    paragraphs = [
        "Rowing club elects a new captain",
        "She has been a senior member of the rowing club since the boathouse reopened.",
        "Joined: the club's committee in 2019 after the flood.",
        _POST_TWO,
    ]
    article = read_bytes("\n\n".join(paragraphs).encode(), "story.txt")
    assert article.text.split("\n") == paragraphs[1:]
    assert article.author is None


_ALERT = (
    "The River Wend at Hollin Bridge is 40cm above normal and still rising after a night of "
    "heavy rain."
)
_ADVICE = "Please stay off the towpath between the mill and the weir until the water drops."


def test_a_copied_post_whose_account_shows_no_handle_is_the_accounts_post() -> None:
    copy = (
        f"Wendmoor Flood Watch\n\n{_ALERT}\n\n{_ADVICE}\n\n"
        "Mar 9, 2025, 17:42 · Edited · Mastodon for Android\n\n12 boosts · 5 favourites\n"
    )
    article = read_bytes(copy.encode(), "post.txt")
    assert article.text.split("\n") == [_ALERT, _ADVICE]
    assert (article.title, article.source, article.author) == (
        None,
        "Wendmoor Flood Watch",
        None,
    )
    assert article.published is not None and article.published.isoformat() == "2025-03-09"


def test_a_person_posting_without_a_handle_is_the_author() -> None:
    copy = f"Ann Lee\n\n{_ALERT}\n\nMar 9, 2025, 17:42 · 3 reposts · 8 likes\n"
    article = read_bytes(copy.encode(), "post.txt")
    assert article.text == _ALERT
    assert (article.source, article.author) == ("Ann Lee", "Ann Lee")


def test_a_headline_over_a_short_story_is_no_account() -> None:
    copy = f"Towpath Closed\n\n{_ALERT}\n\n{_ADVICE}\n\nMar 9, 2025, 17:42\n"
    article = read_bytes(copy.encode(), "story.txt")
    assert article.title == "Towpath Closed"
    assert article.source != "Towpath Closed"


@pytest.mark.parametrize("separator", [" — ", " - ", " – "])
def test_a_chat_message_headed_by_sender_dash_time_is_the_senders(separator: str) -> None:
    copy = f"Wendmoor Flood Watch{separator}23/03/2025 17:42\n{_ALERT}\n"
    article = read_bytes(copy.encode(), "message.txt")
    assert article.text == _ALERT
    assert (article.title, article.source, article.author) == (
        None,
        "Wendmoor Flood Watch",
        None,
    )
    assert article.published is not None and article.published.isoformat() == "2025-03-23"


def test_a_date_line_with_a_dash_is_no_chat_sender() -> None:
    copy = f"Towpath closed\n\nUpdated - 23/03/2025 17:42\n\n{_ALERT}\n"
    article = read_bytes(copy.encode(), "story.txt")
    assert article.source != "Updated"
    assert article.title == "Towpath closed"
