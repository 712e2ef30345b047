"""Round 35 rules (dev29: CMS page shapes, a paywalled text copy), each from sentences written
for these tests."""

from __future__ import annotations

from datetime import date

from desktop.ingest import dates, furniture, read_bytes
from desktop.ingest.assemble import PARTIAL_TEXT_WARNING
from desktop.ingest.furniture import Piece

STORY = [
    "The Pellow Street bakery will reopen on Monday after a fire in its flour store closed it "
    "for three weeks, its owners said.",
    "Firefighters were called to the building just after 4am on 2 June and the bakers who "
    "were starting work got out unhurt.",
    "The owners said a new oven had been fitted and that every loyalty card would be honoured.",
]


def _page(inside: str, head: str = "", after: str = "") -> bytes:
    """A post whose ``inside`` is in the text's container and ``after`` under it, still in
    the <article> (as Drupal sets its comment form)."""
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f"<html lang='en'><head><meta charset='utf-8'>{head}</head><body><article>"
        "<h1>Pellow Street bakery to reopen after fire</h1>"
        f"<div class='post-content'>{paragraphs}{inside}</div>{after}</article></body></html>"
    ).encode()


# --- a weekday settles a numeric date's order -------------------------------------------------


def test_the_printed_weekday_picks_the_one_reading_of_a_swappable_date() -> None:
    # 3 December 2025 was a Wednesday, 12 March 2025 a Wednesday too: both fit, none chosen.
    assert dates.full_dates("Wed, 03/12/2025")[0] == []
    # 4 November 2025 was a Tuesday; 11 April 2025 a Friday.
    assert dates.full_dates("Tue, 04/11/2025")[0] == [date(2025, 11, 4)]
    assert dates.full_dates("Fri, 04/11/2025")[0] == [date(2025, 4, 11)]
    # No weekday, or one that fits neither reading: nothing is guessed.
    assert dates.full_dates("04/11/2025")[0] == []
    assert dates.full_dates("Sunday 04/11/2025")[0] == []
    # The page's own order still comes first, and a weekday against it is noted.
    found, mismatch = dates.full_dates("Fri, 04/11/2025", "dmy")
    assert found == [date(2025, 11, 4)] and mismatch


def test_a_drupal_submitted_line_with_a_weekday_gives_author_and_day_without_a_page_order() -> None:
    facts = dates.read_meta_line("Submitted by Tegan Polglase on Tue, 04/11/2025 - 09:40")
    assert facts is not None
    assert facts.authors == ["Tegan Polglase"]
    assert facts.dates == [date(2025, 11, 4)]


# --- boxes in the story's container -----------------------------------------------------------


def test_a_sign_up_card_found_by_its_email_field_goes_whole_whatever_its_inner_classes() -> None:
    card = (
        "<div class='kg-card kg-signup-card'><h2 class='kg-signup-card-heading'>Bakery news "
        "weekly</h2><p class='kg-signup-card-subheading'>Every Tuesday, straight to you.</p>"
        "<form><input type='email' placeholder='Your email'><button>Join</button></form></div>"
    )
    text = read_bytes(_page(card), "post.html").text
    assert "Every Tuesday" not in text
    assert text.rstrip().endswith("every loyalty card would be honoured.")


def test_a_membership_pitch_in_the_story_is_a_donation_appeal() -> None:
    for line in (
        "The Pellow Post is reader-funded. Become a member to support local reporting.",
        "Become a supporter today and help fund our newsroom.",
    ):
        assert furniture.single_block_reason(line) == furniture.DONATION, line
    # A member of something in a story's sentence is no pitch.
    sentence = "She said she would become a member of the parish council to support the bakery."
    assert furniture.single_block_reason(sentence) is None


def test_drupals_comment_form_under_the_story_is_comments() -> None:
    pieces = [Piece(p) for p in STORY] + [
        Piece("Add new comment", "heading"),
        Piece("Log in or register to post comments"),
    ]
    furniture.judge(pieces)
    assert [p.reason for p in pieces[:3]] == [None, None, None]
    assert [p.reason for p in pieces[3:]] == [furniture.COMMENTS, furniture.COMMENTS]
    # The form's line alone heads the comments as well; a sentence about comments does not.
    alone = [Piece(p) for p in STORY] + [Piece("Sign in to leave a comment")]
    furniture.judge(alone)
    assert alone[3].reason == furniture.COMMENTS
    told = [Piece(p) for p in STORY] + [Piece("Readers can add new comments to the petition.")]
    furniture.judge(told)
    assert told[3].reason is None


# --- a blogging platform's publication ---------------------------------------------------------


def test_a_post_in_a_publication_on_a_blogging_platform_has_the_publication_as_source() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "Article", "publisher": {"@type": '
        '"Organization", "name": "Pellow Town Notes"}}</script>'
    )
    head = '<meta property="og:site_name" content="Medium">'
    assert read_bytes(_page("", head + ld), "post.html").source == "Pellow Town Notes"
    # With no publication named, the platform is all the page says.
    assert read_bytes(_page("", head), "post.html").source == "Medium"
    # A site that is no platform keeps its own name over its publisher's company.
    own = '<meta property="og:site_name" content="Pellow Post">'
    assert read_bytes(_page("", own + ld), "post.html").source == "Pellow Post"


# --- a paywalled text copy ---------------------------------------------------------------------


COPY_HEAD = (
    "Pellow Post\n\nPellow Street bakery to reopen after fire\n\n"
    "The owners say the ovens are back and the queue is expected before dawn\n\n"
    "By Merryn Hocking\nPublished 20 June 2025\n\n"
)


def test_a_whole_copy_raises_no_partial_text_warning() -> None:
    article = read_bytes((COPY_HEAD + "\n\n".join(STORY) + "\n").encode(), "copy.txt")
    assert article.author == "Merryn Hocking"
    assert PARTIAL_TEXT_WARNING not in article.warnings


def test_a_copy_cut_off_at_a_subscription_prompt_says_the_text_is_partial() -> None:
    copy = (
        COPY_HEAD
        + "\n\n".join(STORY[:2])
        + "\n\nThis article is for subscribers only\nAlready a subscriber? Log in\n"
    )
    article = read_bytes(copy.encode(), "copy.txt")
    assert "subscribers only" not in article.text
    assert article.text.rstrip().endswith("got out unhurt.")
    assert PARTIAL_TEXT_WARNING in article.warnings
