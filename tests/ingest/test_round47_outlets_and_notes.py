"""Round 47: the outlet a wire copy names under its byline outranks the agency code of its
dateline ("Harbour Newswire" over "(HNW)"), and the closing note a publication sets apart
about itself (in an RTF's italics, or after a Markdown rule) is furniture: what it has covered
since when, who reads it, what it costs. A trade title named by how often it comes ("Timber
Trade Monthly") under an RTF's bold title is its outlet."""

from __future__ import annotations

import pytest

from desktop.domain import RawArticle
from desktop.ingest import read_bytes
from desktop.ingest.assemble import _abbreviates
from desktop.ingest.rtf import read_rtf_text

LEAD = (
    "Ferry crews at Lowport walked out on Tuesday over a new rota, stranding about 900 "
    "passengers on the islands overnight, the operator said."
)
STORY = [
    "The union said the stoppage would last 24 hours and that talks would resume on Friday.",
    "The operator said it had offered a 4% rise and would run a reduced service on Wednesday.",
]


def _wire(outlet: str, code: str) -> RawArticle:
    text = "\n\n".join(
        [
            "Lowport ferry crews strike over new rota",
            f"By Maren Holt\n{outlet}\n9 March 2027",
            f"LOWPORT, March 9 ({code}) - {LEAD}",
            *STORY,
            "(Reporting by Maren Holt; Editing by Jonas Berg)",
        ]
    )
    return read_bytes((text + "\n").encode(), "ferry.txt")


@pytest.mark.parametrize(
    ("outlet", "code"),
    [("Harbour Newswire", "HNW"), ("Harbour Newswire", "HN"), ("Lowland Newswire", "XYZ")],
)
def test_an_outlet_line_under_the_byline_outranks_the_datelines_code(
    outlet: str, code: str
) -> None:
    article = _wire(outlet, code)
    assert article.source == outlet
    assert article.author == "Maren Holt"
    assert article.text.startswith(f"LOWPORT, March 9 ({code}) - ")
    assert outlet not in article.text


def test_with_no_outlet_named_the_datelines_code_stays_the_source() -> None:
    head = ["Lowport ferry crews strike over new rota", "9 March 2027"]
    text = "\n\n".join([*head, f"LOWPORT (HNW) - {LEAD}", *STORY])
    article = read_bytes((text + "\n").encode(), "ferry.txt")
    assert article.source == "HNW"


def test_a_code_may_take_one_letter_or_two_from_newswire() -> None:
    assert _abbreviates("ANW", "Atlas Newswire")
    assert _abbreviates("AN", "Atlas Newswire")
    assert _abbreviates("SPS", "Southland Press Service")
    assert not _abbreviates("AW", "Atlas Newswire")
    assert not _abbreviates("ANW", "Atlas Network")


def _rtf(*paragraphs: str) -> bytes:
    head = r"{\rtf1\ansi\deff0{\fonttbl{\f0 Cambria;}}" + "\n"
    return (head + "\n".join(p + r"\par" for p in paragraphs) + "\n}").encode("latin-1")


RTF_HEAD = [
    r"\f0\fs22 {\b Sawmills cut shifts as timber prices slide}",
    "Timber Trade Monthly",
    "12 March 2027",
    "By Ilse Varga",
    "",
]
RTF_STORY = [
    "Three sawmills in the Lenne valley have cut their night shifts after the price of spruce "
    "fell for the fifth month running, the regional forestry board said on Thursday.",
    "About 140 workers are affected, the board said, though none has yet lost a job.",
    "Mill owners blamed a slump in house building and cheaper imports from the Baltic states.",
]


@pytest.mark.parametrize(
    "note",
    [
        "Timber Trade Monthly has covered the forestry business since 1958. Subscriptions "
        "from 80 euros a year.",
        "Timber Trade Monthly is read by 6,000 foresters and sawmill managers in 25 countries.",
        "Timber Trade Monthly is read in 25 countries. For a free trial issue, write to us.",
    ],
)
def test_an_rtfs_closing_italic_note_about_the_publication_is_furniture(note: str) -> None:
    article = read_bytes(_rtf(*RTF_HEAD, *RTF_STORY, "{\\i " + note + "}"), "mills.rtf")
    assert article.source == "Timber Trade Monthly"
    assert article.text.split("\n") == RTF_STORY
    assert any(b.text == note and not b.kept for b in article.blocks)


@pytest.mark.parametrize(
    "last",
    [
        # The same words upright: the story's own last paragraph.
        "Timber Trade Monthly has covered the forestry business since 1958. Subscriptions "
        "from 80 euros a year.",
        # In italics, but a note on the story.
        "{\\i This article was amended on 13 March 2027 to correct the number of mills.}",
        # In italics, but about someone else's readers.
        "{\\i The board has served the valley's forest owners since 1921.}",
    ],
)
def test_other_closing_paragraphs_of_an_rtf_stay(last: str) -> None:
    article = read_bytes(_rtf(*RTF_HEAD, *RTF_STORY, last), "mills.rtf")
    shown = last.removeprefix("{\\i ").removesuffix("}")
    assert article.text.split("\n") == [*RTF_STORY, shown]


def test_a_title_named_by_how_often_it_comes_is_the_outlet_under_an_rtfs_title() -> None:
    article = read_bytes(_rtf(*RTF_HEAD, *RTF_STORY), "mills.rtf")
    assert article.source == "Timber Trade Monthly"
    assert article.title == "Sawmills cut shifts as timber prices slide"
    assert article.author == "Ilse Varga"
    assert article.text.split("\n") == RTF_STORY


def test_the_rtf_reader_tells_a_paragraph_in_italics_whole() -> None:
    rtf = read_rtf_text(
        _rtf(
            r"{\i A note in italics.}",
            r"Upright with {\i one word} in italics.",
            r"\i Switched on and\i0  off.",
            r"{\i\plain Plain again.}",
            r"{\i  }Upright after a space in italics.",
        )
    )
    assert rtf.paragraphs[0] == "A note in italics."
    assert rtf.italic == {0}


MD_STORY = [
    "Storms on Monday brought the first rain to the Orrin valley in six weeks.",
    "The reservoir was 31% full on Tuesday, up from 28% a week earlier, the water board said.",
]


@pytest.mark.parametrize(
    "note",
    [
        "*Valley Water Notes is read by 1,200 water engineers and farmers.*",
        "Valley Water Notes has reported on the valley's water since 1996. Subscriptions from "
        "3 pounds a month.",
    ],
)
def test_a_markdown_note_about_the_publication_after_a_rule_is_furniture(note: str) -> None:
    text = "\n\n".join(
        [
            "# Rain brings a little relief to the Orrin valley",
            "*Valley Water Notes, Wednesday 10 March 2027, by Tom Reece*",
            *MD_STORY,
            "---",
            note,
        ]
    )
    article = read_bytes((text + "\n").encode(), "orrin.md")
    assert article.source == "Valley Water Notes"
    assert article.text.split("\n") == MD_STORY


def test_a_markdown_note_on_the_story_after_a_rule_stays() -> None:
    note = "*This article was updated on 11 March 2027 with the water board's figures.*"
    text = "\n\n".join(
        [
            "# Rain brings a little relief to the Orrin valley",
            "*Valley Water Notes, Wednesday 10 March 2027, by Tom Reece*",
            *MD_STORY,
            "---",
            note,
        ]
    )
    article = read_bytes((text + "\n").encode(), "orrin.md")
    assert article.text.split("\n") == [*MD_STORY, note.strip("*")]


def test_an_agencys_name_over_its_code_is_the_source_though_no_outlet_word_is_in_it() -> None:
    article = _wire("Harwood Information Bureau", "HIB")
    assert article.source == "Harwood Information Bureau"
    assert "Harwood Information Bureau" not in article.text
    assert article.text.startswith("LOWPORT, March 9 (HIB) - ")


def test_a_writers_name_whose_initials_are_the_code_is_not_the_agency() -> None:
    article = _wire("Marta Wells", "MW")
    assert article.source != "Marta Wells"
