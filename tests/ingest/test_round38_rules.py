"""Round 38 rules, each from sentences written for these tests: a news sentence that opens
with the words of a reader appeal ("Support independent journalism, the minister urged ...")
stays in the story, where the appeal itself still leaves it; a masthead printed in capitals
("THE FENMOOR REVIEW" as a paged copy's running head) is the outlet's name as it is written,
its initials kept ("BBC News"); a paper's masthead alone between the headline and agency copy
with another code ("Kellby Evening Star" over "(MW) -") or a story with no dateline is the
source, where a section's words ("World News") are not."""

from __future__ import annotations

from desktop.ingest import read_bytes
from desktop.ingest.assemble import masthead_case
from desktop.ingest.furniture import NEWSLETTER, single_block_reason

STORY = [
    "The culture minister told publishers on Tuesday that 14 regional titles had closed "
    "since January.",
    "Support independent journalism, the minister urged advertisers, or more towns will be "
    "left without a paper.",
    "The ministry will publish a review of press funding in the autumn.",
]

# --- a news sentence opening with an appeal's words ---------------------------------------------


def test_a_news_sentence_opening_with_the_appeal_words_stays_in_the_story() -> None:
    for line in (
        "Support independent journalism, the minister urged advertisers on Monday.",
        "Support independent journalism, she told the 300 delegates, because nobody else will.",
        "Support our journalism, the editor wrote to staff in a memo seen by this paper.",
    ):
        assert single_block_reason(line) is None, line


def test_the_appeal_on_its_own_or_with_what_to_do_still_leaves_the_body() -> None:
    for line in (
        "Support independent journalism",
        "Support independent journalism.",
        "Support our journalism today",
        "Support independent journalism, subscribe today.",
        "Support our journalism, become a member",
        "Support independent journalism, donate from £3.",
    ):
        assert single_block_reason(line) == NEWSLETTER, line


def test_the_sentence_stays_in_an_imported_story_and_the_appeal_under_it_goes() -> None:
    body = "\n\n".join(STORY)
    raw = read_bytes(
        (
            "Minister warns of closing papers\n\n"
            "Harrowgate Ledger, 12 May 2026\n\n"
            f"{body}\n\nSupport independent journalism\n"
        ).encode(),
        "papers.txt",
    )
    assert STORY[1] in raw.text
    assert STORY[-1] in raw.text
    assert not raw.text.rstrip().endswith("Support independent journalism")


# --- a masthead printed in capitals --------------------------------------------------------------

LANE = [
    "The district council approved a new cycle lane along the river road on Tuesday, after a "
    "two-year campaign by parents at the nearby primary school.",
    "The lane will cost about 1.2 million pounds and should be finished before the next school "
    "year, council officers said.",
    "Shop owners on the road had objected to the loss of 40 parking spaces.",
    "Work is due to begin in the spring, once the drainage survey is complete.",
]


def _paged(head: str) -> bytes:
    a, b, c, d = LANE
    page = f"{head}                                   NEWS"
    return (
        f"{page}\n\nCycle lane approved for river road\n\nBy Mara Quill\n\n12 May 2026\n\n"
        f"{a}\n\n{b}\n\nPage 1 of 2\n\f{page}\n\n{c}\n\n{d}\n\nPage 2 of 2\n"
    ).encode()


def test_a_running_head_in_capitals_gives_the_outlet_as_its_name_is_written() -> None:
    raw = read_bytes(_paged("THE FENMOOR REVIEW"), "lane.txt")
    assert raw.source == "The Fenmoor Review"
    assert raw.title == "Cycle lane approved for river road"
    assert LANE[-1] in raw.text


def test_a_running_head_in_small_letters_is_left_as_printed() -> None:
    assert read_bytes(_paged("The Fenmoor Review"), "lane.txt").source == "The Fenmoor Review"


def test_a_name_in_capitals_is_written_with_its_small_words_and_hyphens() -> None:
    assert masthead_case("THE FENMOOR REVIEW") == "The Fenmoor Review"
    assert masthead_case("THE VOICE OF THE DALES") == "The Voice of the Dales"
    assert masthead_case("STOKE-ON-TRENT EVENING POST") == "Stoke-on-Trent Evening Post"
    assert masthead_case("THE SUN") == "The Sun"
    assert masthead_case("REUTERS") == "Reuters"


def test_initials_in_a_name_stay_in_capitals() -> None:
    assert masthead_case("BBC") == "BBC"
    assert masthead_case("NPR") == "NPR"
    assert masthead_case("BBC NEWS") == "BBC News"
    assert masthead_case("KWXT NEWS 4") == "KWXT News 4"
    assert masthead_case("ABC News") == "ABC News"
    assert masthead_case("The Fenmoor Review") == "The Fenmoor Review"


# --- a masthead between the headline and the story ------------------------------------------------

FERRY_LEAD = (
    "The island ferry operator will cut its winter sailings from six a day to four from "
    "November, the company said on Tuesday, blaming fuel costs."
)
FERRY_REST = [
    "The change affects about 2,000 passengers a week.",
    "The union said it would ballot its members.",
]


def _ferry(under: str, dateline: str = "") -> bytes:
    return "\n\n".join(
        ["Ferry operator cuts winter sailings", under, dateline + FERRY_LEAD, *FERRY_REST]
    ).encode()


def test_a_paper_over_agency_copy_with_another_code_is_the_source() -> None:
    raw = read_bytes(_ferry("Kellby Evening Star", "PORT ALDER, March 3 (MW) - "), "ferry.txt")
    assert raw.source == "Kellby Evening Star"
    assert "Kellby Evening Star" not in raw.text
    assert raw.text.startswith("PORT ALDER, March 3 (MW)")


def test_the_agency_spelled_out_over_its_own_code_is_still_the_source() -> None:
    raw = read_bytes(_ferry("Morrow Wire", "PORT ALDER, March 3 (MW) - "), "ferry.txt")
    assert raw.source == "Morrow Wire"


def test_a_section_over_agency_copy_leaves_the_agency_as_the_source() -> None:
    raw = read_bytes(_ferry("World News", "PORT ALDER, March 3 (MW) - "), "ferry.txt")
    assert raw.source == "MW"


def test_a_masthead_over_a_story_with_no_dateline_is_the_source() -> None:
    raw = read_bytes(_ferry("Harrowgate Ledger"), "ferry.txt")
    assert raw.source == "Harrowgate Ledger"
    assert raw.text.startswith(FERRY_LEAD)


def test_a_line_under_the_headline_that_is_no_named_masthead_stays_in_the_body() -> None:
    for under in ("Latest News", "Evening News", "Mara Quill"):
        raw = read_bytes(_ferry(under), "ferry.txt")
        assert raw.source is None, under
        assert under in raw.text, under


def test_a_masthead_in_capitals_under_the_headline_is_written_as_a_name() -> None:
    raw = read_bytes(_ferry("KELLBY EVENING STAR", "PORT ALDER, March 3 (MW) - "), "ferry.txt")
    assert raw.source == "Kellby Evening Star"
    raw = read_bytes(_ferry("MORROW WIRE", "PORT ALDER, March 3 (MW) - "), "ferry.txt")
    assert raw.source == "Morrow Wire"


def test_an_outlet_in_capitals_over_the_date_line_is_read_as_its_name() -> None:
    lead = (
        "Ferry crossings to Holm Island were suspended for a second day as gales kept the "
        "harbour closed, the operator said on Tuesday."
    )
    head = "Gales keep Holm Island ferries in port\n\n"
    raw = read_bytes(f"{head}THE QUAYSIDE PACKET\n11 March 2025\n\n{lead}\n".encode(), "g.txt")
    assert raw.source == "The Quayside Packet"
    assert raw.text.startswith(lead)
    raw = read_bytes(f"{head}MARA QUILL\n11 March 2025\n\n{lead}\n".encode(), "g.txt")
    assert raw.source is None
