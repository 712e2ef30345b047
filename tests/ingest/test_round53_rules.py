"""Round 53: an agency named after the writer in a byline ("By Ann Lee, Associated Wire") is
the writer's employer, and the outlet the copy names elsewhere (masthead, "Published by", a
copyright line, a bold outlet line) is the source; a headline that opens "Live:" in ordinary
case keeps it; a dateline carrying a full date dates the story when nothing better does.
Every page here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.ingest import dates, read_bytes
from desktop.ingest.assemble import without_kicker

STORY = (
    "A new flood barrier at Corley Weir failed to close fully during Monday's high tide, the "
    "Environment Agency said.\n\n"
    "Water came within 20 centimetres of the top of the bank before the tide turned, residents "
    "said. No homes were flooded.\n\n"
    "An agency spokesman said a sensor on one of the gates had given a false reading, and "
    "engineers from the makers had been called in.\n"
)


# --- "Live:" ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Live: Fairburn mill fire - latest", "Live: Fairburn mill fire - latest"),
        (
            "Live: Storm Edna brings gales to the coast",
            "Live: Storm Edna brings gales to the coast",
        ),
        ("LIVE: Storm Edna brings gales to the coast", "Storm Edna brings gales to the coast"),
        ("Watch: Seal pup rescued from harbour", "Seal pup rescued from harbour"),
    ],
)
def test_live_in_ordinary_case_is_part_of_the_headline(title: str, expected: str) -> None:
    assert without_kicker(title) == expected


def test_a_live_page_copied_as_text_keeps_live_in_its_title() -> None:
    text = "Live: Storm Edna brings gales to the Brannock coast\n\nTidewater Radio\n\n" + STORY
    assert read_bytes(text.encode(), "live.txt").title == (
        "Live: Storm Edna brings gales to the Brannock coast"
    )


# --- an agency after the writer's name --------------------------------------------------------

HEADLINE = "Flood barrier at Corley Weir fails to close on first high tide"


def _copy(head: str, foot: str = "") -> bytes:
    return (f"{head}\n\n{STORY}\n{foot}").encode()


@pytest.mark.parametrize(
    ("head", "foot", "source"),
    [
        # the outlet's masthead above the headline
        (
            f"The Corley Standard\n\n{HEADLINE}\n\nBy Ann Lee, Associated Wire",
            "",
            "The Corley Standard",
        ),
        # "Published by ..." under the byline, with and without the day it ran
        (
            f"{HEADLINE}\n\nBy Rosa Imbert, Meridian Press Association\n"
            "Published by the Hallam Vale Echo\n11 March 2027",
            "",
            "Hallam Vale Echo",
        ),
        (
            f"{HEADLINE}\n\nBy Rosa Imbert, Meridian Press Association\n"
            "Published by The Harrowgate Sentinel, 4 March 2027",
            "",
            "The Harrowgate Sentinel",
        ),
        # the outlet's copyright line at the foot
        (
            f"{HEADLINE}\n\nBy Ann Lee, Associated Wire\n\n9 March 2027",
            "Copyright 2027 The Wensley Dale Times. All rights reserved.",
            "The Wensley Dale Times",
        ),
        # a big agency after the writer is her employer too
        (
            f"{HEADLINE}\n\nBy Ann Lee, Reuters\n\n9 March 2027",
            "© 2027 The Wensley Dale Times",
            "The Wensley Dale Times",
        ),
    ],
)
def test_the_outlet_the_copy_names_outranks_the_writers_agency(
    head: str, foot: str, source: str
) -> None:
    article = read_bytes(_copy(head, foot), "copy.txt")
    assert article.source == source
    assert article.author == "Ann Lee" or article.author == "Rosa Imbert"
    assert "Published by" not in article.text


@pytest.mark.parametrize(
    "byline", ["By Ann Lee (Associated Wire)", "By Ann Lee (Associated Wire), 9 March 2027"]
)
def test_an_agency_in_brackets_after_the_writer_is_her_employer(byline: str) -> None:
    facts = dates.read_meta_line(byline)
    assert facts is not None
    assert (facts.authors, facts.outlet, facts.employer) == (["Ann Lee"], None, "Associated Wire")
    article = read_bytes(
        _copy(f"The Corley Standard\n\n{HEADLINE}\n\n{byline}\n\n9 March 2027"), "c.txt"
    )
    assert (article.source, article.author) == ("The Corley Standard", "Ann Lee")
    assert byline not in article.text


def test_the_agency_is_the_source_of_a_copy_that_names_no_outlet() -> None:
    article = read_bytes(
        _copy(f"{HEADLINE}\n\nBy Ann Lee, Associated Wire\n\n9 March 2027"), "a.txt"
    )
    assert (article.source, article.author) == ("Associated Wire", "Ann Lee")


def test_a_bold_outlet_line_holding_an_agency_byline() -> None:
    text = (
        f"# {HEADLINE}\n\n**Keston Post** · By Jo Marsh, Associated Wire · 23 March 2027\n\n{STORY}"
    )
    article = read_bytes(text.encode(), "clip.md")
    assert (article.source, article.author) == ("Keston Post", "Jo Marsh")
    assert article.published == date(2027, 3, 23)


@pytest.mark.parametrize(
    ("name", "agency"),
    [
        ("Associated Wire", True),
        ("Meridian Press Association", True),
        ("Western Counties Agency", True),
        ("Baltic Ledger Wire Service", True),
        ("Reuters", True),
        ("Calderholm Press", False),
        ("The Corley Standard", False),
        ("Hallam Vale Echo", False),
    ],
)
def test_an_agency_known_by_the_shape_of_its_name(name: str, agency: bool) -> None:
    assert dates.is_agency_named(name) is agency


def test_a_regional_themes_byline_row_with_share_and_comment_count() -> None:
    facts = dates.read_meta_line(
        "By Kit Marrow, Western Counties Agency Published 12th March 2027 Share Comments (14)"
    )
    assert facts is not None
    assert facts.authors == ["Kit Marrow"]
    assert facts.outlet is None
    assert facts.dates == [date(2027, 3, 12)]


def test_staff_and_agencies_names_no_person() -> None:
    assert dates.is_no_person_credit("Staff and agencies")
    assert not dates.is_no_person_credit("Staff and agencies said the road would reopen")


# --- an outlet's motto under its masthead ------------------------------------------------------


def test_the_motto_under_a_masthead_is_no_headline() -> None:
    head = (
        f"The Corley Standard\nYour town, your news\n\nNews | Environment\n\n{HEADLINE}\n\n"
        "By Ann Lee\n\nTuesday 9 March 2027"
    )
    article = read_bytes(_copy(head), "copy.txt")
    assert article.title == HEADLINE
    assert article.source == "The Corley Standard"
    assert "Your town" not in article.text
    assert article.text.startswith("A new flood barrier")


def test_a_deck_under_the_headline_is_no_headline_under_a_motto() -> None:
    head = (
        "The Corley Standard\n\nFlood barrier fails on first tide\n\n"
        "Residents angry as water tops the bank\n\nBy Ann Lee\n\n9 March 2027"
    )
    article = read_bytes(_copy(head), "copy.txt")
    assert article.title == "Flood barrier fails on first tide"
    assert article.text.startswith("Residents angry as water tops the bank")


def test_a_sentence_case_headline_over_the_byline_stays_the_headline() -> None:
    head = "The Corley Standard\n\nFlood barrier fails on first tide\n\nBy Ann Lee\n\n9 March 2027"
    assert read_bytes(_copy(head), "copy.txt").title == "Flood barrier fails on first tide"


# --- a dateline with its date -----------------------------------------------------------------


@pytest.mark.parametrize(
    "dateline",
    [
        "ASHBY, March 3, 2027 -",
        "Ashby, March 3, 2027 -",
        "Port Ellen, Islay, 3 March 2027 —",
        "ASHBY — March 3, 2027 —",
        "ASHBY, Ohio (AW), March 3, 2027 -",
        "LONDON, 3 March 2027 (Associated Wire) -",
    ],
)
def test_a_dateline_with_a_full_date_dates_the_story(dateline: str) -> None:
    text = f"Hay barn fire was started deliberately\n\n{dateline} {STORY}"
    article = read_bytes(text.encode(), "copy.txt")
    assert article.published == date(2027, 3, 3)
    assert article.published_origin == "text"
    assert article.field_origins["published"].startswith(f'dateline: "{dateline[:5]}')
    assert "2027" in article.field_origins["published"]


@pytest.mark.parametrize(
    "opening",
    [
        "Ashby - the town council said on Monday that ...",
        "Officials, residents and traders - all of them - said the barrier failed.",
        "Ashby, March - the month the barrier failed - was wet.",
        "Update, March 4, 2027 - The council has since said the barrier works.",
        "Correction, 3 March 2027 — An earlier version of this story gave the wrong weir.",
    ],
)
def test_an_opening_without_a_full_date_is_no_dated_dateline(opening: str) -> None:
    assert dates.wire_dateline(opening) is None


def test_a_dateline_outranks_a_page_whose_only_machine_date_is_its_last_update() -> None:
    # htmldate guesses no day after today's, so the page is of a past year.
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY.strip().split("\n\n"))
    page = (
        "<html><head><meta property='article:modified_time' content='2025-03-05T10:00:00Z'>"
        "</head><body><h1>Flood barrier fails at Corley Weir</h1>"
        f"<p>ASHBY, March 3, 2025 - {paragraphs[3:]}</body></html>"
    ).encode()
    article = read_bytes(page, "page.html")
    assert (article.published, article.published_origin) == (date(2025, 3, 3), "text")


# --- a live page's bare clock stamps ----------------------------------------------------------

ENTRIES = [
    "The coastguard says two people were rescued from a yacht off Brannock Point this afternoon.",
    "Gusts of 82 mph have been recorded at Carn Head, the highest in the region since 2014.",
    "About 9,000 homes are without power across the county, the electricity network says.",
]


def test_a_live_copys_clock_stamps_are_part_of_the_body() -> None:
    text = (
        "Live: Storm Edna brings gales to the coast\n\nBy Owen Pask\n\nUpdated 3 hours ago\n\n"
        + "".join(
            f"{clock}\n\n{entry}\n\n"
            for clock, entry in zip(["15:48 GMT", "14:02 GMT", "12:30 GMT"], ENTRIES, strict=True)
        )
        + "Share this page\n"
    )
    lines = [x for x in read_bytes(text.encode(), "live.txt").text.split("\n") if x.strip()]
    assert lines == ["15:48 GMT", ENTRIES[0], "14:02 GMT", ENTRIES[1], "12:30 GMT", ENTRIES[2]]


def test_a_stamp_over_an_entrys_heading_stands_under_it() -> None:
    headings = ["Two rescued from yacht", "Highest gust since 2014", "Power cuts"]
    text = "Live: Storm Edna brings gales to the coast\n\nBy Owen Pask\n\n" + "".join(
        f"{clock}\n{heading}\n{entry}\n\nShare\n\n"
        for clock, heading, entry in zip(
            ["17.05 GMT", "11.40 GMT", "06.30 GMT"], headings, ENTRIES, strict=True
        )
    )
    lines = [x for x in read_bytes(text.encode(), "live.txt").text.split("\n") if x.strip()]
    assert lines[:3] == ["Two rescued from yacht", "17.05 GMT", ENTRIES[0]]
    assert lines[-3:] == ["Power cuts", "06.30 GMT", ENTRIES[2]]


def test_two_clocks_alone_are_no_run_of_live_entries() -> None:
    text = (
        "Ferry timetable changes from May\n\nBy Owen Pask\n\n2 April 2027\n\n"
        f"{ENTRIES[0]}\n\n{ENTRIES[1]}\n\n18:42\n\n{ENTRIES[2]}\n"
    )
    assert "18:42" not in read_bytes(text.encode(), "story.txt").text
