"""Round 41 rules, each from sentences written for these tests: a header line that joins the
outlet, the date and the byline with commas ("*Kelso Ledger, 2 March 2026, by Ruth Ames*") is
read as the dash and bar forms are; an outlet's closing lines about itself (its readers, its
price, who writes it, how many stories it has run) are set aside, whatever the format."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import RawArticle
from desktop.ingest import read_bytes
from desktop.ingest.dates import read_meta_line
from desktop.ingest.furniture import SELF_PROMOTION

HEADLINE = "# Ferry fares to rise by a fifth from June"
LEAD = (
    "Fares on the three ferry routes to Kelso island will rise by 20% from 1 June, the "
    "operator said on Monday."
)
SECOND = "The council said it would ask the operator to keep a cheaper ticket for islanders."
THIRD = "A return crossing for a car and two adults will cost 84 euros, up from 70."


def _note(header: str, foot: str = "", name: str = "fares.md") -> RawArticle:
    text = f"{HEADLINE}\n\n{header}\n\n{LEAD}\n\n{SECOND}\n\n{THIRD}\n"
    if foot:
        text += f"\n{foot}\n"
    return read_bytes(text.encode(), name)


# --- outlet, date and byline joined by commas ----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "outlet", "day"),
    [
        ("Kelso Ledger, 2 March 2026, by Ruth Ames", "Kelso Ledger", date(2026, 3, 2)),
        ("Kelso Ledger, Monday 2 March 2026, by Ruth Ames", "Kelso Ledger", date(2026, 3, 2)),
        ("The Island Post, by Ruth Ames, 4 June 2025", "The Island Post", date(2025, 6, 4)),
        ("Sound & Strait Review, March 2, 2026, by Ruth Ames", "Sound & Strait Review",
         date(2026, 3, 2)),
    ],
)  # fmt: skip
def test_a_comma_joined_header_gives_outlet_date_and_author(
    line: str, outlet: str, day: date
) -> None:
    facts = read_meta_line(line, None)
    assert facts is not None
    assert facts.outlet == outlet
    assert facts.authors == ["Ruth Ames"]
    assert facts.dates == [day]


def test_a_date_and_a_byline_joined_by_a_comma_give_both() -> None:
    facts = read_meta_line("2 March 2026, by Ruth Ames", None)
    assert facts is not None
    assert facts.authors == ["Ruth Ames"] and facts.dates == [date(2026, 3, 2)]


@pytest.mark.parametrize(
    "line",
    [
        "It rained in Kelso, 3 May 2024, by the river",
        "Filed in Oslo, 3 May 2024, by the desk",
        "The ferry sailed at noon, 3 May 2024, by all accounts",
    ],
)
def test_a_sentence_ending_in_by_and_no_name_is_no_header(line: str) -> None:
    facts = read_meta_line(line, None)
    assert facts is None or not facts.authors


def test_an_italic_comma_header_of_a_note_is_read_and_set_aside() -> None:
    raw = _note("*Kelso Ledger, 2 March 2026, by Ruth Ames*")
    assert raw.source == "Kelso Ledger"
    assert raw.author == "Ruth Ames"
    assert raw.published == date(2026, 3, 2)
    assert "Kelso Ledger, 2 March" not in raw.text
    assert LEAD in raw.text


# --- an outlet's closing lines about itself ------------------------------------------------------

HEADER = "**Kelso Ledger** | 2 March 2026 | Ruth Ames"


@pytest.mark.parametrize(
    "foot",
    [
        "*Kelso Ledger is delivered free to 4,800 households.*",
        "> Ledger Notes is written by volunteers. 310 readers support us each month.",
        "---\n\n*Kelso Ledger is free for 14 days. Join 9,000 readers.*",
        "*Kelso Ledger has covered the island's ferries since 2011: 650 stories and counting.*",
        "*The Ledger is reader-funded and independent.*",
        "*2,400 readers back us every month.*",
    ],
)
def test_the_outlets_closing_lines_about_itself_are_set_aside(foot: str) -> None:
    header = HEADER.replace("Kelso Ledger", "Kelso Ledger Notes") if "Notes" in foot else HEADER
    raw = _note(header, foot)
    blocks = raw.blocks
    promo = [b for b in blocks if b.reason == SELF_PROMOTION]
    assert len(promo) == 1, [(b.text, b.reason) for b in blocks]
    assert THIRD in raw.text
    assert "readers" not in raw.text and "stories and counting" not in raw.text
    assert "households" not in raw.text and "reader-funded" not in raw.text


def test_a_free_delivery_line_needs_no_known_outlet() -> None:
    raw = _note("", "*The Strand Courier is delivered free to 5,200 homes.*")
    assert raw.source is None
    assert "5,200 homes" not in raw.text
    assert THIRD in raw.text


@pytest.mark.parametrize(
    "last",
    [
        # The story's own closing facts, about other bodies or about the outlet's subject.
        "Kelso Ferries has carried 410,000 passengers since 2015, its annual report says.",
        "The ferry company is owned by the island's council and has 240 staff.",
        "Islanders have been offered free crossings for hospital visits since 2019.",
        "About 2,000 residents signed a petition against the rise.",
        # The outlet in a sentence of the story, saying nothing of its readers or price.
        "Kelso Ledger has asked the operator for its figures.",
    ],
)
def test_a_closing_sentence_of_the_story_stays(last: str) -> None:
    raw = _note(HEADER, last)
    assert last in raw.text
    assert not [b for b in raw.blocks if b.reason == SELF_PROMOTION]


def test_a_promotion_in_the_middle_of_the_story_stays() -> None:
    # Only the foot is furniture: the same words followed by the story are a sentence of it.
    text = (
        f"{HEADLINE}\n\n{HEADER}\n\n{LEAD}\n\n"
        "Kelso Ledger is delivered free to 4,800 households.\n\n"
        f"{SECOND}\n\n{THIRD}\n"
    )
    raw = read_bytes(text.encode(), "fares.md")
    assert "4,800 households" in raw.text


def test_the_only_paragraph_is_never_taken_for_a_promotion() -> None:
    text = "# Note\n\nJoin 9,000 readers.\n"
    raw = read_bytes(text.encode(), "note.md")
    assert not [b for b in raw.blocks if b.reason == SELF_PROMOTION]


def test_a_promotion_in_a_text_file_is_set_aside_too() -> None:
    text = (
        "Ferry fares to rise by a fifth from June\n\nKelso Ledger, 2 March 2026, by Ruth Ames\n\n"
        f"{LEAD}\n\n{SECOND}\n\n{THIRD}\n\nKelso Ledger is free for 14 days. Join 9,000 readers.\n"
    )
    raw = read_bytes(text.encode(), "fares.txt")
    assert raw.source == "Kelso Ledger" and raw.author == "Ruth Ames"
    assert "Join 9,000" not in raw.text
    assert THIRD in raw.text


@pytest.mark.parametrize(
    "foot",
    [
        "*This newsletter is written by volunteers.*",
        "*Kelso Ledger is published every Friday.*",
        "*Thanks to the 240 readers who support us each month.*",
        "*Our reporting is free to read thanks to 900 members.*",
        "*Kelso Ledger is free for a month. Sign up today.*",
        "*More than 3,000 islanders read the Ledger every week.*",
    ],
)
def test_more_shapes_of_an_outlets_note_about_itself(foot: str) -> None:
    raw = _note(HEADER, foot)
    assert [b.reason for b in raw.blocks][-1] == SELF_PROMOTION
    assert THIRD in raw.text


@pytest.mark.parametrize(
    "last",
    [
        # What the outlet found or did is the story's, even with a word of a promotion in it.
        "Kelso Ledger has learned that two board members resigned in protest.",
        "Our reporting has found that 12 council members own shares in the operator.",
        # A call to act with no note about the outlet beside it is the story's too.
        "Islanders who want a cheaper ticket should sign up. Join us.",
    ],
)
def test_what_the_outlet_found_stays(last: str) -> None:
    raw = _note(HEADER, last)
    assert last.split(".")[0] in raw.text
    assert not [b for b in raw.blocks if b.reason == SELF_PROMOTION]


@pytest.mark.parametrize(
    ("line", "outlet", "author"),
    [
        ("Kelso Ledger, 2 March 2026, Ruth Ames", "Kelso Ledger", "Ruth Ames"),
        ("Ruth Ames, 2 March 2026, Kelso Ledger", "Kelso Ledger", "Ruth Ames"),
    ],
)
def test_an_outlet_and_a_name_around_a_date_are_told_apart_by_the_outlets_word(
    line: str, outlet: str, author: str
) -> None:
    facts = read_meta_line(line, None)
    assert facts is not None
    assert facts.outlet == outlet and facts.authors == [author]
    assert facts.dates == [date(2026, 3, 2)]


@pytest.mark.parametrize(
    "line", ["Harbour Lookout, 2 March 2026, Ruth Ames", "Kelso, 2 March 2026, Ruth Ames"]
)
def test_two_names_nothing_tells_apart_are_never_one_outlet(line: str) -> None:
    # Which is the outlet, the place or the writer is not guessed; the date is still read.
    facts = read_meta_line(line, None)
    assert facts is not None
    assert facts.dates == [date(2026, 3, 2)]
    assert facts.outlet is None or "," not in facts.outlet
    assert not facts.authors


def test_a_sentence_round_a_date_is_no_header() -> None:
    assert read_meta_line("Shots fired, 2 March 2026, police say", None) is None
