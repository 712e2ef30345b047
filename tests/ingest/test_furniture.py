"""Page furniture rules on articles written for these tests (the seed has its own file)."""

from __future__ import annotations

from desktop.ingest import read_pasted
from desktop.ingest.furniture import Piece, judge, single_block_reason

P1 = (
    "The harbour authority said on Tuesday that the new quay would open in March, two months "
    "later than planned, because of delays in the delivery of steel."
)
P2 = (
    "Engineers found cracks in two of the supports last autumn, and the work had to be redone, "
    "a spokeswoman said. The cost rose by about 12% as a result."
)
P3 = (
    "Shipping companies said the delay would cost them business, but most said they would "
    "stay at the harbour once the new quay was ready."
)


def removed(text: str) -> dict[str, str | None]:
    article = read_pasted(text)
    return {b.text: b.reason for b in article.blocks if not b.kept}


def test_text_page_furniture() -> None:
    text = "\n".join(
        [
            "Skip to main content",
            "Home | News | Sport | Business | Culture",
            "Quay opening delayed to March",
            "We use cookies to personalise content. Accept all cookies or manage settings.",
            P1,
            "Advertisement",
            P2,
            "Share this article",
            "Facebook Twitter WhatsApp Email",
            "READ MORE: Harbour fees to rise next year",
            P3,
            "3 min read",
            "© 2025 Harbour Gazette Ltd. All rights reserved.",
        ]
    )
    article = read_pasted(text)
    assert article.title == "Quay opening delayed to March"
    assert article.text.split("\n") == [P1, P2, P3]
    reasons = {b.text: b.reason for b in article.blocks if not b.kept}
    assert reasons["Skip to main content"] == "navigation"
    assert reasons["Home | News | Sport | Business | Culture"] == "navigation"
    assert (
        reasons["We use cookies to personalise content. Accept all cookies or manage settings."]
        == "cookie banner"
    )
    assert reasons["Advertisement"] == "advertisement"
    assert reasons["Share this article"] == "share buttons"
    assert reasons["Facebook Twitter WhatsApp Email"] == "share buttons"
    assert reasons["READ MORE: Harbour fees to rise next year"] == "teaser"
    assert reasons["3 min read"] == "page widget"
    assert reasons["© 2025 Harbour Gazette Ltd. All rights reserved."] == "copyright"
    assert article.source == "Harbour Gazette"
    assert article.field_origins["source"] == "copyright line"


def test_newsletter_box_with_its_pitch() -> None:
    text = "\n".join(
        [
            "Quay opening delayed",
            P1,
            "Sign up for our newsletter",
            "Get the best stories of the week, every Friday, straight to you.",
            "Subscribe",
            P2,
        ]
    )
    reasons = removed(text)
    assert reasons["Sign up for our newsletter"] == "newsletter"
    assert reasons["Get the best stories of the week, every Friday, straight to you."] == (
        "newsletter"
    )
    assert reasons["Subscribe"] == "newsletter"


def test_reporting_about_newsletters_and_cookies_is_kept() -> None:
    text = "\n".join(
        [
            "Bakers fined",
            "The group's newsletter said the soldiers had been captured on Thursday.",
            "Inspectors found that the cookies sold at the market contained undeclared nuts, "
            "and the bakery was fined on Monday.",
            "He said he would subscribe to the view that the talks had failed.",
        ]
    )
    assert removed(text) == {"Bakers fined": "title"}


def test_teaser_list_after_a_heading() -> None:
    text = "\n".join(
        [
            "Quay opening delayed",
            P1,
            P2,
            "Most read",
            "Ferry timetable changes announced",
            "School wins national chess title",
            "New bridge opens to traffic",
        ]
    )
    reasons = removed(text)
    assert reasons["Most read"] == "teaser"
    assert reasons["School wins national chess title"] == "teaser"
    assert reasons["New bridge opens to traffic"] == "teaser"


def test_a_heading_like_latest_before_a_paragraph_is_not_a_teaser_list() -> None:
    text = "\n".join(["Quay opening delayed", P1, "Latest", P2, P3])
    article = read_pasted(text)
    assert "Latest" in article.text.split("\n")


def test_section_breaks_between_paragraphs_are_not_teasers() -> None:
    text = "\n".join(
        ["Quay opening delayed", P1, "* * *", P2, "* * *", P3, "* * *", P1 + " Again."]
    )
    article = read_pasted(text)
    assert article.text.split("\n") == [P1, P2, P3, P1 + " Again."]
    assert {b.reason for b in article.blocks if not b.kept} == {"title", "separator"}


def test_teaser_run_between_separators() -> None:
    text = "\n".join(
        [
            "Quay opening delayed",
            P1,
            P2,
            "—",
            "Ferry timetable changes announced",
            "Speed read The summer timetable starts in May",
            "—",
            "School wins national chess title",
            "Feature Twelve pupils, one trophy",
            "—",
            "Ten facts about bridges: a short guide",
        ]
    )
    article = read_pasted(text)
    assert article.text.split("\n") == [P1, P2]
    assert {b.reason for b in article.blocks if not b.kept} == {"title", "teaser"}


def test_author_bio_at_the_foot_only() -> None:
    inner = (
        "Park has worked as a translator for the army since 2015, and joined the talks "
        "in January, officials said."
    )
    bio = (
        "Mina Lee is a reporter at the Harbour Gazette. She has covered shipping and ports "
        "since 2018 and previously worked for a business newswire."
    )
    text = "\n".join(["Quay opening delayed", P1, inner, P2, P3, bio])
    article = read_pasted(text)
    assert inner in article.text
    assert bio not in article.text
    assert {b.text: b.reason for b in article.blocks if not b.kept}[bio] == "author bio"


def test_repeated_lines_keep_the_first_copy() -> None:
    text = "\n".join(["Quay opening delayed", P1, P2, P1])
    article = read_pasted(text)
    assert article.text.split("\n") == [P1, P2]
    assert article.blocks[-1].reason == "repeated"


def test_single_block_rules() -> None:
    assert single_block_reason("-") == "separator"
    assert single_block_reason("***") == "separator"
    assert single_block_reason("Photo: Jane Doe/Reuters") == "image credit"
    assert single_block_reason("Follow us on Instagram and TikTok") == "page widget"
    assert single_block_reason("Home › World › Asia") == "navigation"
    assert single_block_reason("Sign in") == "navigation"
    assert single_block_reason(P1) is None
    assert single_block_reason("What next?") is None
    long_cookie = "We use cookies. " + "word " * 100
    assert single_block_reason(long_cookie) is None


def test_judge_leaves_removed_pieces_alone() -> None:
    pieces = [Piece("Headline", reason="title"), Piece(P1), Piece("Subscribe now")]
    judge(pieces)
    assert [p.reason for p in pieces] == ["title", None, "newsletter"]


def test_credit_sign_off_and_widget_lines() -> None:
    assert single_block_reason("Image source, Getty Images") == "image credit"
    assert single_block_reason("Image caption, Soldiers at the border in December") == (
        "image credit"
    )
    assert single_block_reason("Anatolii Stepanov/AFP via Getty Images") == "image credit"
    assert single_block_reason("Reporting by Jane Doe; Editing by John Roe") == (
        "credits and contact"
    )
    assert single_block_reason("(Additional reporting by Kim Min-ji in Seoul)") == (
        "credits and contact"
    )
    assert single_block_reason("jane.doe@example.com") == "credits and contact"
    assert single_block_reason("Topics: Ukraine, Russia, North Korea") == "navigation"
    assert single_block_reason("Updated 3 hours ago") == "page widget"
    assert single_block_reason("Click to share on X (Opens in new window)") == "page widget"
    # Reporting that merely mentions these words stays.
    assert single_block_reason("Reporters said the photo was taken by a soldier.") is None
    assert single_block_reason("Getty Images sued the company in 2023 over its photographs, "
                               "saying the firm had copied millions of them.") is None  # fmt: skip
