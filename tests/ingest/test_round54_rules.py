"""Round 54: where the body starts and ends (dev38), and two known misses: a yearless
dateline written day first ("LONDON, 3 March (Agency) -") and a motto directly above the
headline. Every page here is invented."""

from __future__ import annotations

import re
from datetime import date

import pytest

from desktop.ingest import dates, read_bytes

STRIKE = (
    "Rail strike halts trains across Southern region\n\n"
    "{dateline} Train drivers in the Southern region walked out on Tuesday in a dispute over "
    "rest days, cancelling about 1,800 services.\n\n"
    "The drivers' union said 94 percent of its members at the operator had backed the strike, "
    "the third this year.\n\n"
    "A government spokesman urged both sides to return to talks.\n"
)
SAVED = (date(2026, 11, 29), "the file's modification date")


# --- a yearless dateline written day first ------------------------------------------------------


@pytest.mark.parametrize(
    "dateline",
    [
        "LONDON, 3 March (Harbour Wire) -",
        "LONDON, 3 Mar (Harbour Wire) -",
        "LONDON, Tuesday 3 March (Harbour Wire) -",
        "LONDON, March 3 (Harbour Wire) -",
    ],
)
def test_a_yearless_dateline_day_first_is_dated_by_the_leads_weekday(dateline: str) -> None:
    text = STRIKE.format(dateline=dateline)
    article = read_bytes(text.encode(), "strike.txt", reference=SAVED)
    # 3 March fell on a Tuesday in 2026, the latest such year not after the file was saved.
    assert (article.published, article.published_origin) == (date(2026, 3, 3), "text")
    assert article.source == "Harbour Wire"
    assert "gives no year" in article.field_origins["published"]


def test_day_first_month_days() -> None:
    assert dates.month_days("3 March") == [(3, 3)]
    assert dates.month_days("Tuesday the 3rd of March") == [(3, 3)]
    # A full date is no yearless one, and "may" in lower case is the verb.
    assert dates.month_days("3 March 2026") == []
    assert dates.month_days("about 10 may come") == []
    # Month first as before, and it wins when a line holds both.
    assert dates.month_days("March 3") == [(3, 3)]


# --- a motto directly above the headline --------------------------------------------------------

BANK = (
    "More than 1,300 people have signed a petition against the closure of the last bank branch "
    "in Brenford, which its owner says will shut in July.\n\n"
    "Carling Bank said the number of customers using the branch had fallen by two thirds since "
    "2019, and that most now banked online.\n\n"
    "The town council has asked the bank to keep a counter open two days a week.\n"
)
BANK_HEADLINE = "Residents fight plan to close Brenford's last bank branch"


@pytest.mark.parametrize(
    "motto",
    [
        "Independent news for the valley since 1884",
        "Serving the Tamsin valley and Brenford",
        "The voice of the valley",
    ],
)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_motto_right_above_the_headline_is_no_headline(motto: str, gap: str) -> None:
    text = (
        f"THE TAMSIN VALLEY POST\n{motto}{gap}{BANK_HEADLINE}\n\nBy Ruth Carrow\n"
        f"Thursday 8 April 2027\n\n{BANK}"
    )
    article = read_bytes(text.encode(), "copy.txt")
    assert article.title == BANK_HEADLINE
    assert article.source == "The Tamsin Valley Post"
    assert motto not in article.text
    assert article.text.startswith("More than 1,300 people")


def test_a_deck_under_a_headline_that_names_no_paper_stays_a_deck() -> None:
    text = (
        "THE TAMSIN VALLEY POST\n\nBank to shut Brenford branch in July\n\n"
        f"Petition signed by 1,300 residents\n\nBy Ruth Carrow\n\n8 April 2027\n\n{BANK}"
    )
    article = read_bytes(text.encode(), "copy.txt")
    assert article.title == "Bank to shut Brenford branch in July"
    assert article.text.startswith("Petition signed by 1,300 residents")


# --- a pager under the first page of a story ---------------------------------------------------


@pytest.mark.parametrize(
    "pager",
    [
        "<span>Page 1 of 2</span> <a href='?page=2'>Continue reading on page 2 &raquo;</a>",
        "<a href='?page=2'>Continue reading on page 2</a>",
        "Page 1 of 3 | <a href='?page=2'>Keep reading on page 2</a>",
    ],
)
def test_a_pager_that_sends_the_reader_to_page_2_marks_the_text_partial(pager: str) -> None:
    page = (
        "<html><head><meta property='og:site_name' content='Lindmoor Weekly'></head><body>"
        "<article><h1>How a sugar beet factory shaped a town</h1><p>By Clare Ashdown</p>"
        + "".join(f"<p>{p}</p>" for p in BANK.strip().split("\n\n"))
        + f"<div class='pagination'>{pager}</div></article></body></html>"
    )
    article = read_bytes(page.encode(), "page.html")
    assert any("following page" in w for w in article.warnings)
    assert "page 2" not in article.text
    assert article.text.rstrip().endswith("two days a week.")


def test_a_page_count_alone_is_no_cut() -> None:
    page = (
        "<html><body><article><h1>How a sugar beet factory shaped a town</h1>"
        + "".join(f"<p>{p}</p>" for p in BANK.strip().split("\n\n"))
        + "<div class='pagination'>Page 1 of 1</div></article></body></html>"
    )
    article = read_bytes(page.encode(), "page.html")
    assert not any("following page" in w for w in article.warnings)


# --- an obituary's closing life-span line --------------------------------------------------------

OBITUARY = (
    "Margaret Ellery obituary\n\nBy Daniel Okoye\n\n6 April 2027\n\n"
    "Margaret Ellery, who has died aged 86, was the engineer behind the flood defences that "
    "have protected the towns of the upper Calder valley since the 1980s.\n\n"
    "After the floods of 1982 she led the team that designed a chain of sluices, walls and "
    "storage basins along the river.\n\n"
    "She is survived by her husband, Peter, and their two children.\n\n"
    "{closing}\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        "Margaret Ann Ellery, engineer, born 14 July 1940; died 21 March 2027",
        "Tomas Rydell, bookseller and poet; born 2 May 1951; died 30 January 2027",
    ],
)
def test_an_obituarys_life_span_line_closes_the_body(closing: str) -> None:
    article = read_bytes(OBITUARY.format(closing=closing).encode(), "obituary.txt")
    assert article.text.rstrip().endswith(closing)


def test_a_signature_under_a_statement_is_still_set_aside() -> None:
    closing = "Margaret Ellery, Chair of the Calder Flood Board\nCalder Flood Board"
    article = read_bytes(OBITUARY.format(closing=closing).encode(), "statement.txt")
    assert "Chair of the Calder Flood Board" not in article.text


# --- a standfirst in the story's markup above the byline ---------------------------------------

FERRY = [
    "The car ferry between Orwin and Skarra Island has been taken out of service after a crack "
    "was found in its hull during a routine inspection, the operator said on Tuesday.",
    "Northsound Ferries said the vessel would sail to a dry dock in Haldane on Thursday, and "
    "that repairs were expected to take at least three weeks.",
    "A passenger-only boat will run four return trips a day from Wednesday.",
]


def _ferry_page(above_byline: str) -> bytes:
    story = "".join(f"<p class='para'>{p}</p>" for p in FERRY)
    return (
        "<html><head><meta property='og:site_name' content='The Orwin Examiner'></head><body>"
        "<article><h1>Ferry link to Skarra Island suspended after hull crack found</h1>"
        f"<div class='text'><p class='para'>{above_byline}</p></div>"
        "<div class='meta'><span class='byline'>By Greta Lindholm</span> "
        "<time datetime='2027-03-17T08:20:00Z'>17 March 2027</time></div>"
        f"<div class='text'>{story}</div></article></body></html>"
    ).encode()


def test_a_standfirst_above_the_byline_is_furniture_on_a_page() -> None:
    standfirst = "Islanders face weeks without a car ferry as the only vessel goes to dry dock."
    article = read_bytes(_ferry_page(standfirst), "page.html")
    assert standfirst not in article.text
    assert article.text.startswith("The car ferry between Orwin")
    assert article.author == "Greta Lindholm"


@pytest.mark.parametrize(
    "above_byline",
    [
        # an editor's note opening the story is its record
        "This story has been updated to include a statement from Northsound Ferries.",
        # a wire lead with its dateline
        "ORWIN, March 17 (Harbour Wire) - The island's only car ferry was withdrawn.",
    ],
)
def test_a_note_or_a_dateline_above_the_byline_stays(above_byline: str) -> None:
    article = read_bytes(_ferry_page(above_byline), "page.html")
    assert article.text.startswith(above_byline.split(" - ")[0][:20])


def test_a_text_copy_keeps_the_line_above_its_byline() -> None:
    standfirst = "Islanders face weeks without a car ferry as the only vessel goes to dry dock."
    text = (
        "Ferry link to Skarra Island suspended after hull crack found\n\n"
        f"{standfirst}\n\nBy Greta Lindholm\n\n17 March 2027\n\n" + "\n\n".join(FERRY)
    )
    assert read_bytes(text.encode(), "copy.txt").text.startswith(standfirst)


# --- a fact box between a story's paragraphs -----------------------------------------------------


@pytest.mark.parametrize("mark", ["factbox", "fact-box", "story-fact-file", "key-facts"])
def test_a_fact_box_inside_the_story_is_furniture(mark: str) -> None:
    story = "".join(f"<p>{p}</p>" for p in FERRY)
    page = (
        "<html><body><article><h1>Former treasurer admits taking 84,000 pounds</h1>"
        f"<p>By Owen Parry</p><div class='body'>{story[: story.index('</p>') + 4]}"
        f"<div class='{mark}'><h4>The charges</h4><ul><li>Fraud by abuse of position, "
        "between January 2019 and March 2025</li><li>False accounting, two counts</li></ul>"
        f"<p>Maximum sentence: 10 years</p></div>{story[story.index('</p>') + 4 :]}</div>"
        "</article></body></html>"
    )
    article = read_bytes(page.encode(), "page.html")
    assert "The charges" not in article.text
    assert "False accounting" not in article.text
    assert "Maximum sentence" not in article.text
    assert article.text.rstrip().endswith("four return trips a day from Wednesday.")


@pytest.mark.parametrize(
    "headline",
    [
        "Inflation in Brenford at its highest since 1992",
        "Serving soldier charged after crash in Brenford",
    ],
)
def test_a_headline_naming_a_year_or_serving_over_its_deck_stays_the_headline(
    headline: str,
) -> None:
    text = (
        f"THE TAMSIN VALLEY POST\n\n{headline}\n\nPetition signed by 1,300 residents\n\n"
        f"By Ruth Carrow\n\n8 April 2027\n\n{BANK}"
    )
    assert read_bytes(text.encode(), "copy.txt").title == headline


# --- a hard-wrapped copy among many short lines ------------------------------------------------

WRAPPED = """Harlow bridge to close for six weeks of repairs

By Amy Lund, Harlow Star
2 May 2027

The Old Mill bridge in Harlow will close to traffic from 1 June for six
weeks while its deck is replaced, the county council said on Monday.

The Old Mill bridge, which carries 9,000 vehicles a day. Photograph:
Harlow Star

Drivers will be sent on a four-mile diversion through Netteswell, and
buses on routes 5 and 7 will change their stops.

"We would not close it if we had any choice," said council leader Pat
Noon.

Pedestrians will be able to cross on a temporary footbridge.

Additional reporting by Tom Gale; Editing by Sue Park

23 comments

Jo Smith
2 hours ago
Six weeks? It'll be six months.

Reply
"""


def test_wrapped_paragraphs_among_short_lines_are_joined() -> None:
    article = read_bytes(WRAPPED.encode(), "copy.txt")
    assert '"We would not close it if we had any choice," said council leader Pat Noon.' in (
        article.text
    )
    assert "Photograph" not in article.text
    assert "Harlow Star" not in article.text
    assert article.text.rstrip().endswith("cross on a temporary footbridge.")


def test_short_lines_of_their_own_are_not_joined_without_wrapped_paragraphs() -> None:
    text = (
        "Harlow bridge to close\n\nBy Amy Lund\n2 May 2027\n\n"
        "The Old Mill bridge in Harlow will close to traffic from 1 June, the council said.\n"
        "Drivers will be sent on a diversion.\nPedestrians can use a footbridge.\n"
    )
    article = read_bytes(text.encode(), "copy.txt")
    assert [b.text for b in article.blocks if b.kept][-2:] == [
        "Drivers will be sent on a diversion.",
        "Pedestrians can use a footbridge.",
    ]


# --- another story's headline linked between the paragraphs ------------------------------------


def _linked_page(between: str) -> bytes:
    first, *rest = FERRY
    return (
        "<html><head><meta property='og:site_name' content='Harlow Star'></head><body><article>"
        "<h1>Ferry link to Skarra Island suspended</h1><p class='byline'>By Amy Lund</p>"
        f"<div class='entry-content'><p>{first}</p>{between}"
        + "".join(f"<p>{p}</p>" for p in rest)
        + "</div></article></body></html>"
    ).encode()


def test_a_linked_headline_between_paragraphs_is_a_teaser() -> None:
    link = (
        "<p><a href='/news/2027/05/01/fares'>Skarra ferry fares to rise by a third in May</a></p>"
    )
    article = read_bytes(_linked_page(link), "page.html")
    assert "fares to rise" not in article.text
    assert article.text.rstrip().endswith("four return trips a day from Wednesday.")


@pytest.mark.parametrize(
    "between",
    [
        # a linked sentence of the story
        "<p><a href='/report.pdf'>The operator's inspection report was published on Tuesday.</a></p>",
        # words of its own beside the link
        "<p>Islanders can <a href='/ferries'>check sailings online</a> before they travel</p>",
    ],
)
def test_a_linked_line_of_the_story_stays(between: str) -> None:
    article = read_bytes(_linked_page(between), "page.html")
    text = re.sub(r"<[^>]+>", "", between)
    assert text in article.text


def test_a_short_lead_above_the_byline_stays() -> None:
    lead = "The island's only car ferry was withdrawn on Tuesday, its operator said."
    article = read_bytes(_ferry_page(lead), "page.html")
    assert article.text.startswith(lead)
