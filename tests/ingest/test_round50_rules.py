"""Round 50 rules, each from press releases written for these tests: a plain-text release
names its issuer on a line of its own between the release mark ("PRESS RELEASE", "FOR
IMMEDIATE RELEASE", "Media release") and its headline. That line is the source, even when the
name has no word like "Agency" in it ("Tarnholm Bakeries") or the body is a government
("Vell County Government"), and the headline below it is the title, with or without a verb.
A headline in Title Case straight under the mark is not taken for an issuer. After the end
mark, "Issued by X" and "About X: X ..." on one line name the issuer."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import RawArticle
from desktop.ingest import read_bytes

BODY = (
    "{lead}\n\n"
    "The work will take about six weeks, and 14 staff will move to the new site.\n\n"
    '"We are grateful for the patience of our customers," said operations director Mara Tolk.\n\n'
    "ENDS\n\n"
    "Media enquiries: press@example.org, 0800 555 0101\n"
)


def _release(head: str, lead: str, name: str = "release.txt") -> RawArticle:
    text = head + "\n\n" + BODY.format(lead=lead)
    return read_bytes(text.encode(), name)


@pytest.mark.parametrize(
    ("mark", "issuer", "headline", "day", "lead"),
    [
        (
            "PRESS RELEASE",
            "Vell County Government",
            "Harbour road closure: second update",
            "3 April 2027",
            "The harbour road in Vell will stay closed until 20 April, the county said.",
        ),
        (
            "FOR IMMEDIATE RELEASE",
            "Tarnholm Bakeries",
            "Tarnholm recalls rye loaves over glass fragments",
            "11 June 2027",
            "Tarnholm Bakeries is recalling 30,000 rye loaves sold in 40 shops.",
        ),
        (
            "Media release",
            "Osterby Ferries Ltd",
            "Winter timetable for the island routes",
            "2 October 2027",
            "Osterby Ferries will run four crossings a day from 1 November.",
        ),
        (
            "NEWS RELEASE",
            "Greywater Pumps",
            "Greywater Pumps opens second plant in Lenn",
            "19 January 2028",
            "The new plant in Lenn will make 9,000 pumps a year.",
        ),
    ],
)
def test_issuer_line_between_mark_and_headline(
    mark: str, issuer: str, headline: str, day: str, lead: str
) -> None:
    article = _release(f"{mark}\n\n{issuer}\n{headline}\n{day}", lead)
    assert article.title == headline
    assert article.source == issuer
    assert article.published is not None and article.published.isoformat() == _iso(day)


def test_issuer_line_without_a_date_line() -> None:
    article = _release(
        "FOR IMMEDIATE RELEASE\n\nMelby Water Company\nMelby lifts boil-water notice for "
        "three villages",
        "Residents of Ask, Bro and Lunde no longer need to boil their tap water.",
    )
    assert article.title == "Melby lifts boil-water notice for three villages"
    assert article.source == "Melby Water Company"


def test_title_case_headline_under_the_mark_is_the_title() -> None:
    # The line under the mark is a headline in Title Case (a verb after the subject), and a
    # standfirst follows it: there is no issuer's line to take.
    article = _release(
        "PRESS RELEASE\n\nRendal Shipping Opens New Route To Kessa\n12 May 2027",
        "Rendal Shipping will sail twice a week between Rendal and Kessa from June.",
    )
    assert article.title == "Rendal Shipping Opens New Route To Kessa"
    assert article.source != "Rendal Shipping Opens New Route To Kessa"


def test_a_short_headline_without_a_mark_keeps_its_first_line() -> None:
    # No release mark: two short lines at the top of a note are not an issuer and a title.
    text = (
        "Storm damage\nRoofs lost in the north of the town\n\n"
        "Strong winds tore the roofs from 12 houses in the north of Vell on Sunday night.\n\n"
        "Nobody was hurt, the fire service said.\n"
    )
    article = read_bytes(text.encode(), "note.txt")
    assert article.source is None


def _iso(day: str) -> str:
    d, month, year = day.split()
    months = [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ]  # fmt: skip
    return date(int(year), months.index(month) + 1, int(d)).isoformat()


# --- "Issued by" and "About X:" at a release's foot ----------------------------------------------


def test_issued_by_line_names_the_issuer() -> None:
    text = (
        "Ferry crossings cut during dredging work\n\n"
        "Crossings between Harl and Oster will fall from six a day to three from 4 March.\n\n"
        "The dredging of the channel is expected to last until the end of April.\n\n"
        "ENDS\n\n"
        "Issued by the Harl Valley Port Authority, 2 March 2027\n"
    )
    article = read_bytes(text.encode(), "ferries.txt")
    assert article.title == "Ferry crossings cut during dredging work"
    assert article.source == "Harl Valley Port Authority"


def test_about_paragraph_with_its_text_on_the_same_line() -> None:
    text = (
        "Tarnholm opens its fortieth shop\n\n"
        "Tarnholm Bakeries opened its fortieth shop in Lenn on Monday, with 12 new jobs.\n\n"
        "The shop will bake on site from five in the morning.\n\n"
        "ENDS\n\n"
        "About Tarnholm Bakeries: Tarnholm Bakeries was founded in 1961 and employs 600 "
        "people.\n"
    )
    article = read_bytes(text.encode(), "shops.txt")
    assert article.title == "Tarnholm opens its fortieth shop"
    assert article.source == "Tarnholm Bakeries"


def test_about_paragraph_of_a_body_the_text_never_names_is_not_the_source() -> None:
    text = (
        "Bread prices to rise in Lenn\n\n"
        "Bakers in Lenn will raise the price of a loaf by 10 cents from May.\n\n"
        "Flour now costs a third more than a year ago.\n\n"
        "ENDS\n\n"
        "About Kessa Millers: Kessa Millers supplies flour to 200 bakeries.\n"
    )
    assert read_bytes(text.encode(), "bread.txt").source is None


def test_issued_by_inside_the_story_is_no_source() -> None:
    text = (
        "Flood warning for the lower Harl\n\n"
        "A flood warning was issued on Sunday for villages along the lower Harl.\n\n"
        "Issued by the Harl Valley Port Authority, the notice asks boat owners to move "
        "their boats to the upper basin before Tuesday.\n\n"
        "The river is expected to peak on Wednesday.\n"
    )
    assert read_bytes(text.encode(), "warning.txt").source is None
