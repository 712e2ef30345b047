"""Round 45 rules, from council papers written for these tests and copied as text the way a
PDF reader copies them: under the issuer's letterhead, the line that says whom the paper is for
("Report to Cabinet", "Paper for the Board") is a label, so the letterhead names the source
(as it spells it, out of capitals) and the title is the line after the date; the line under the
title that names the office which wrote it ("Report by the Head of Culture and Leisure") is its
byline, not the first line of the body."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import RawArticle
from desktop.ingest import assemble, read_bytes

BODY = [
    "1. Purpose",
    "This report asks Cabinet to agree new opening hours for the borough's nine libraries "
    "from 1 April, saving about 180,000 pounds a year.",
    "2. Background",
    "Visits to the libraries fell by 12% between 2023 and 2026, while use of the online "
    "catalogue almost doubled.",
]


def _paper(letterhead: str, addressed: str, title: str, writer: str) -> RawArticle:
    text = "\n".join([letterhead, addressed, "4 February 2027", "", title, "", writer, ""])
    text += "\n\n".join(BODY) + "\n"
    return read_bytes(text.encode(), "paper.txt")


@pytest.mark.parametrize(
    ("letterhead", "addressed", "writer", "source"),
    [
        ("HARROWDALE BOROUGH COUNCIL", "Report to Cabinet", "Report by the Head of Culture and Leisure",
         "Harrowdale Borough Council"),
        ("Kelby District Council", "Report to the Communities Scrutiny Panel",
         "Report of the Director of Place", "Kelby District Council"),
        ("NORTH MOORS HEALTH BOARD", "Paper for the Board",
         "Joint report of the Directors of Finance and Nursing", "North Moors Health Board"),
    ],
)  # fmt: skip
def test_a_council_paper_copied_from_its_top(
    letterhead: str, addressed: str, writer: str, source: str
) -> None:
    article = _paper(letterhead, addressed, "Library opening hours from April", writer)
    assert article.title == "Library opening hours from April"
    assert article.source == source
    assert article.author is None
    assert article.published == date(2027, 2, 4)
    assert article.text.split("\n") == BODY


@pytest.mark.parametrize(
    "line",
    ["Report to Cabinet", "Report to the Transport Committee", "Paper for the Board",
     "Report to Full Council – 4 February 2027", "Briefing note for the Health Scrutiny Panel"],
)  # fmt: skip
def test_whom_a_paper_is_for(line: str) -> None:
    assert assemble._ADDRESSED_TO.match(line)


@pytest.mark.parametrize(
    "line",
    ["Report to Parliament on river pollution published",
     "Report to the committee says libraries lose readers",
     "Reports to Cabinet are due on Friday."],
)  # fmt: skip
def test_a_headline_about_a_report_is_not_whom_it_is_for(line: str) -> None:
    assert assemble._ADDRESSED_TO.match(line) is None


@pytest.mark.parametrize(
    "line",
    ["Report by the Auditor General finds waste at the depot",
     "Report of the inquiry was published on Monday.",
     "report by the council said little"],
)  # fmt: skip
def test_a_sentence_about_a_report_is_no_writers_line(line: str) -> None:
    assert assemble._REPORTED_BY.match(line) is None


def test_a_story_under_a_headline_about_a_report_keeps_its_first_paragraph() -> None:
    text = (
        "Library hours cut across Harrowdale\n\n"
        "By Ruth Ames\n4 February 2027\n\n"
        "Report by the Head of Culture finds visits down by 12%\n\n" + "\n\n".join(BODY[1::2])
    )
    article = read_bytes(text.encode(), "story.txt")
    assert article.title == "Library hours cut across Harrowdale"
    assert article.text.split("\n")[0] == "Report by the Head of Culture finds visits down by 12%"
