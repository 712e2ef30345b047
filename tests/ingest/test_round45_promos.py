"""Round 45 rules, from closing notes written for these tests: the last paragraph of a
Markdown note set apart from the story (in italics whole, or under a rule) that names the
outlet or speaks for it as "our", and counts or asks for its readers, subscribers, members,
volunteers or donors, is the outlet's promotion of itself, not a paragraph of the story. A
correction, a quotation and a story's own last paragraph about other people's volunteers
stay."""

from __future__ import annotations

import pytest

from desktop.domain import RawArticle
from desktop.ingest import furniture, read_bytes

HEADLINE = "Lowfield bypass opens three months late"
STORY = [
    "The Lowfield bypass opened to traffic on Monday, three months later than planned and "
    "4 million pounds over its budget.",
    "The county said about 11,000 vehicles a day were expected to use the new road.",
    "Shopkeepers on the high street said on Tuesday that the town centre was already quieter.",
]
HEADER = "**Lowfield Ledger** - Wednesday 3 March 2027 - Ruth Ames"


def _note(*closing: str) -> RawArticle:
    text = "\n\n".join([f"# {HEADLINE}", HEADER, *STORY, *closing]) + "\n"
    return read_bytes(text.encode(), "bypass.md")


def _closing_reason(article: RawArticle) -> str | None:
    return article.blocks[-1].reason


@pytest.mark.parametrize(
    "closing",
    [
        ("*Lowfield Ledger has 2,300 paying readers. Join them for 4 pounds a month.*",),
        ("---", "*Lowfield Ledger is run by nine volunteers. Donate 3 pounds a month to keep it going.*"),
        ("---", "*Our weekly digest is free: 5,000 subscribers get it every Monday.*"),
        ("***", "Lowfield Ledger: 30 years of town news. Subscribe for 1 pound a week."),
        ("_The Ledger is owned by its members. Become one from 2 pounds a month._",),
        ("---", "*Support us: we are funded by readers, not advertisers.*"),
    ],
)  # fmt: skip
def test_the_outlets_note_set_apart_at_the_foot_is_its_promotion(closing: tuple[str, ...]) -> None:
    article = _note(*closing)
    assert article.source == "Lowfield Ledger"
    assert article.text.split("\n") == STORY
    assert _closing_reason(article) == furniture.SELF_PROMOTION


@pytest.mark.parametrize(
    "closing",
    [
        # a correction counts the subscribers of someone else, and is part of the record
        "*Correction: an earlier version of this article gave the number of bus subscribers "
        "as 2,000.*",
        # someone quoted in the story
        '*"Our volunteers will keep the café open," said Mary Dunn, who runs it.*',
        # other people's volunteers, no word for the outlet
        "*The Lowfield lifeboat crew of 24 volunteers has launched 61 times this year.*",
        # the outlet named, but nothing asked of or counted among its readers
        "*Lowfield Ledger will report on the bypass again when the traffic count comes out.*",
        # capitals: the United States, not "us"
        "*Most US drivers join a toll scheme within a year, the county's study found.*",
    ],
)
def test_a_story_note_in_italics_at_the_foot_stays(closing: str) -> None:
    article = _note("---", closing)
    assert article.text.split("\n") == [*STORY, closing.strip("*")]


def test_a_plain_last_paragraph_about_members_stays() -> None:
    closing = "Our members will vote on the offer next week, the union's secretary said."
    article = _note(closing)
    assert article.text.split("\n") == [*STORY, closing]


def test_only_the_last_paragraph_is_read_as_the_outlets_note() -> None:
    middle = "*Lowfield Ledger has 2,300 paying readers.*"
    text = "\n\n".join([f"# {HEADLINE}", HEADER, STORY[0], middle, *STORY[1:]]) + "\n"
    article = read_bytes(text.encode(), "bypass.md")
    assert middle.strip("*") in article.text.split("\n")
