"""Round 45 rules, each from header lines and stories written for these tests: an outlet whose
name holds a possessive or a word of the calendar ("Baker's Week", "Today's Engineer", "The
Monday Paper", "Week in Review", "Mail on Sunday") is read as the outlet of an "outlet - date -
writer" header line, not as a second person; and when such a line is not read as a whole, a
full date standing as one short field of it still gives the publication date, never a date
taken from the story's first sentence."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import RawArticle
from desktop.ingest import dates, read_bytes

HEADLINE = "Ferry fares to rise by a fifth from July"
STORY = [
    "The island ferry company raised its summer fares by 20% on Tuesday, blaming the cost of "
    "fuel and a new crew agreement.",
    "A return ticket for a car and two adults will cost 96 pounds, up from 80 pounds last year.",
    "Islanders said on Wednesday that they would ask the council to step in.",
]


def _markdown(header: str) -> RawArticle:
    text = "\n\n".join([f"# {HEADLINE}", header, *STORY]) + "\n"
    return read_bytes(text.encode(), "ferry.md")


def _plain(header: str) -> RawArticle:
    text = "\n\n".join([HEADLINE, header, *STORY]) + "\n"
    return read_bytes(text.encode(), "ferry.txt")


def _mail(header: str) -> RawArticle:
    head = (
        "From: newsletter@ferrynotes.example\r\nTo: reader@example.org\r\n"
        f"Subject: {HEADLINE}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    )
    body = "\r\n\r\n".join([header, *STORY]) + "\r\n"
    return read_bytes((head + body).encode(), "ferry.eml")


# --- names that are no person's -------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Baker's Week", "Today's Engineer", "Farmer’s Weekly", "Sunday Gazette", "Monday Brief",
     "Harbour Week", "Weekend Edition", "Fortnightly Letter"],
)  # fmt: skip
def test_a_possessive_or_a_calendar_word_is_no_part_of_a_persons_name(name: str) -> None:
    assert not dates.is_person_name(name)


@pytest.mark.parametrize("name", ["Alison Trent", "June Okafor", "April Lund", "Tom Sunderland"])
def test_people_named_like_months_or_places_are_still_people(name: str) -> None:
    assert dates.is_person_name(name)


# --- the header line read as a whole --------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Baker's Week - Thursday 4 March 2027 - Ruth Ames", "Baker's Week"),
        ("Farmer's Weekly | 4 March 2027 | Ruth Ames", "Farmer's Weekly"),
        ("Today's Engineer – 4 March 2027 – Ruth Ames", "Today's Engineer"),
        ("The Monday Paper - 4 March 2027 - Ruth Ames", "The Monday Paper"),
        ("Sunday Times · 4 March 2027 · Ruth Ames", "Sunday Times"),
        ("Week in Review - 4 March 2027 - Ruth Ames", "Week in Review"),
        ("Mail on Sunday | 4 March 2027 | Ruth Ames", "Mail on Sunday"),
        ("Ruth Ames - Baker's Week - 4 March 2027", "Baker's Week"),
    ],
)
def test_an_outlet_named_with_a_possessive_or_a_day_heads_the_line(line: str, outlet: str) -> None:
    facts = dates.read_meta_line(line)
    assert facts is not None
    assert facts.outlet == outlet
    assert facts.authors == ["Ruth Ames"]
    assert facts.dates == [date(2027, 3, 4)]


def test_a_preposition_makes_no_outlet_of_a_writer_and_a_place() -> None:
    facts = dates.read_meta_line("Ruth Ames in Leeds - 4 March 2027")
    assert facts is None or facts.outlet is None


def test_a_stamp_still_drops_its_on() -> None:
    facts = dates.read_meta_line("Posted on Thursday 4 March 2027")
    assert facts is not None
    assert facts.dates == [date(2027, 3, 4)]
    assert facts.outlet is None


@pytest.mark.parametrize(
    "header",
    [
        "**Baker's Week** - Thursday 4 March 2027 - Ruth Ames",
        "*Baker's Week - 4 March 2027 - Ruth Ames*",
        "**Baker's Week** | 4 March 2027 | Ruth Ames",
        "_Today's Engineer - Thursday 4 March 2027 - Ruth Ames_",
    ],
)
def test_a_markdown_header_line_names_outlet_writer_and_day(header: str) -> None:
    article = _markdown(header)
    assert article.title == HEADLINE
    assert article.source in {"Baker's Week", "Today's Engineer"}
    assert article.author == "Ruth Ames"
    assert article.published == date(2027, 3, 4)
    assert article.published_origin == "text"
    assert article.text.split("\n") == STORY


@pytest.mark.parametrize(
    ("header", "outlet"),
    [
        ("The Monday Paper - 8 March 2027 - Ruth Ames", "The Monday Paper"),
        ("Week in Review | Friday 5 March 2027 | Ruth Ames", "Week in Review"),
    ],
)
def test_a_plain_text_header_line_names_outlet_writer_and_day(header: str, outlet: str) -> None:
    article = _plain(header)
    assert article.title == HEADLINE
    assert article.source == outlet
    assert article.author == "Ruth Ames"
    assert article.published is not None and article.published.month == 3
    assert article.text.split("\n") == STORY


def test_an_e_mail_opening_with_the_header_line_names_outlet_writer_and_day() -> None:
    article = _mail("Baker's Week - Thursday 4 March 2027 - Ruth Ames")
    assert article.title == HEADLINE
    assert article.source == "Baker's Week"
    assert article.author == "Ruth Ames"
    assert article.published == date(2027, 3, 4)
    assert article.text.split("\n") == STORY


# --- a date alone in a header line that is not read as a whole ------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "The ferry users' round-up - Thursday 4 March 2027 - Ruth Ames",
        "Notes from the slipway – 4 March 2027 – by the island desk",
        "Thursday 4 March 2027 - for members only",
    ],
)
def test_a_full_date_in_an_unread_header_line_still_dates_the_story(header: str) -> None:
    article = _markdown(header)
    assert article.published == date(2027, 3, 4)
    assert article.published_origin == "text"
    assert header in article.field_origins["published"]
    assert article.text.split("\n") == STORY


@pytest.mark.parametrize(
    "first",
    [
        "Thursday 4 March 2027 - The island ferry company raised its summer fares by 20%.",
        "The fare rise - agreed on 4 March 2027 by the board - was the largest in a decade.",
        "Islanders - 4 March 2027 - said the ferry company had broken its promise again.",
    ],
)
def test_a_date_inside_the_storys_first_sentence_is_no_header(first: str) -> None:
    text = "\n\n".join([f"# {HEADLINE}", first, *STORY]) + "\n"
    article = read_bytes(text.encode(), "ferry.md")
    assert article.published is None
    assert article.text.split("\n")[0] == first


# --- a date framed by dashes, or in a strip set with "--" or "/" ----------------------------


@pytest.mark.parametrize(
    "line",
    ["- Thursday 4 March 2027 -", "— Thursday, March 4, 2027 —", "-- 4 March 2027 --",
     "Thursday 4 March 2027 -"],
)  # fmt: skip
def test_dashes_framing_a_date_line_are_no_field_of_it(line: str) -> None:
    facts = dates.read_meta_line(line)
    assert facts is not None
    assert facts.dates == [date(2027, 3, 4)]
    assert facts.outlet is None and not facts.authors


def test_a_dash_before_a_writers_name_alone_makes_no_byline() -> None:
    # the attribution under a quotation, not a header line
    assert dates.read_meta_line("— Ruth Ames") is None


@pytest.mark.parametrize(
    "header",
    ["- Thursday 4 March 2027 -", "— Thursday, March 4, 2027 —",
     "Slipway notes -- Thursday 4 March 2027 -- Ruth Ames",
     "Slipway notes / Thursday 4 March 2027 / Ruth Ames"],
)  # fmt: skip
def test_a_framed_or_stripped_date_dates_a_plain_copy(header: str) -> None:
    for article in (_plain(header), _markdown(header)):
        assert article.published == date(2027, 3, 4)
        assert article.published_origin == "text"
        assert article.text.split("\n") == STORY


def test_a_numeric_date_in_a_dashed_strip_is_not_guessed() -> None:
    article = _markdown("04/03/2027 - Ruth Ames - Slipway notes")
    assert article.published is None


# --- an outlet named so beside a writer with commas, or after "Published in" ------------------


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Baker's Week, 4 March 2027, Ruth Ames", "Baker's Week"),
        ("Ruth Ames, 4 March 2027, The Monday Paper", "The Monday Paper"),
    ],
)
def test_commas_between_a_writer_and_an_outlet_no_person_could_be_named(
    line: str, outlet: str
) -> None:
    facts = dates.read_meta_line(line)
    assert facts is not None
    assert facts.outlet == outlet
    assert facts.authors == ["Ruth Ames"]


def test_a_place_and_a_writer_around_a_date_stay_unread() -> None:
    facts = dates.read_meta_line("Leeds, 4 March 2027, Ruth Ames")
    assert facts is not None
    assert facts.dates == [date(2027, 3, 4)]
    assert facts.outlet is None


@pytest.mark.parametrize(
    ("header", "outlet"),
    [
        ("Published in Baker's Week on 4 March 2027", "Baker's Week"),
        ("Published in The Monday Paper, Thursday 4 March 2027", "The Monday Paper"),
        ("Posted in Harbour News, 4 March 2027", "Harbour News"),
    ],
)
def test_published_in_an_outlet_on_a_day(header: str, outlet: str) -> None:
    article = _markdown(header)
    assert article.source == outlet
    assert article.published == date(2027, 3, 4)
    assert article.published_origin == "text"
    assert header in article.field_origins["published"]
    assert article.text.split("\n") == STORY


def test_published_in_a_date_alone_names_no_outlet() -> None:
    article = _markdown("Published in 4 March 2027")
    assert article.source is None


# --- dates to come, listed under the story -------------------------------------------------


def test_a_list_of_dates_to_come_under_the_story_stays_in_it() -> None:
    agenda = ["Consultation closes - 14 April 2027", "Final vote of the board - 2 June 2027"]
    text = "\n\n".join([f"# {HEADLINE}", *STORY, "What happens next:"]) + "\n\n"
    text += "\n".join(f"- {line}" for line in agenda) + "\n"
    article = read_bytes(text.encode(), "ferry.md")
    assert article.published is None
    assert article.text.split("\n") == [*STORY, "What happens next:", *agenda]


def test_key_dates_at_the_foot_of_a_plain_copy_give_no_publication_date() -> None:
    agenda = ["Consultation closes - 14 April 2027", "New fares start - 1 July 2027"]
    article = _plain_without_header([*STORY, "Key dates", *agenda])
    assert article.published is None
    assert article.text.split("\n") == [*STORY, "Key dates", *agenda]


def _plain_without_header(paragraphs: list[str]) -> RawArticle:
    return read_bytes(("\n\n".join([HEADLINE, *paragraphs]) + "\n").encode(), "ferry.txt")
