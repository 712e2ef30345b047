"""Round 40 rules, each from sentences written for these tests: writers' job titles naming
their agency ("By A and B, Associated Press Writers") give the agency as the outlet without the
job; a copyright line naming the company that publishes a paper ("© 2026 Pellow Newspapers
Ltd") yields to the masthead the page shows (its logo's alt text); a line of generic masthead words under the headline ("Daily News") is
the outlet when the page names its outlet so elsewhere (a sentence's "the Daily News", its
copyright line, its address), where it was always set aside as a section's label; "Read more
from the Daily News at ADDRESS" is furniture; an unlabelled date above the headline (the
masthead's strip of today's date) yields to a date printed under it; a print view's "Printed
from ADDRESS on DATE" gives the story's address; a key-points box folded away (AMP's
accordion, <details>) is furniture; a newsletter saved as a page has its issue number, its
sponsor block in capitals and its mailing address set aside."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.ingest import read_bytes
from desktop.ingest.dates import _employer_of_role, read_meta_line
from desktop.ingest.furniture import (
    STORY_LINK,
    cached_page_address,
    print_footer_address,
    single_block_reason,
)
from desktop.ingest.scripted import _is_prose

HEADLINE = "Reservoir level falls to lowest since 1976"
LEAD = (
    "The reservoir that supplies Pellow and four nearby villages fell to 31% of its capacity "
    "on Tuesday, its lowest level since the drought of 1976."
)
SECOND = "The water company said it would ask customers to stop using hosepipes from Friday."
THIRD = "Rain forecast for the weekend would make little difference, its engineers said."

# --- writers of an agency ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("job", "agency"),
    [("Associated Press Writers", "Associated Press"), ("Associated Press Writer",
     "Associated Press"), ("Reuters Staff Writer", "Reuters"), ("AFP Correspondent", "AFP")],
)  # fmt: skip
def test_a_byline_of_agency_writers_gives_the_agency_without_the_job(job: str, agency: str) -> None:
    facts = read_meta_line(f"By NORA VELLACOTT and ABEL QUINTERO, {job}", None)
    assert facts is not None
    assert [a.casefold() for a in facts.authors] == ["nora vellacott", "abel quintero"]
    assert facts.employer == agency
    assert facts.outlet is None  # the agency is the source only when no paper shows


def test_a_text_copy_by_agency_writers_has_the_agency_as_source() -> None:
    copy = (
        f"{HEADLINE}\n\nBy NORA VELLACOTT and ABEL QUINTERO, Associated Press Writers\n\n"
        f"Published 8:02 AM MST, November 17, 2026\n\n"
        f"PELLOW, Ariz. (AP) — {LEAD}\n\n{SECOND}\n\n{THIRD}\n"
    )
    raw = read_bytes(copy.encode(), "reservoir.txt")
    assert raw.source == "Associated Press"
    assert {a.strip().casefold() for a in (raw.author or "").split(",")} == {
        "nora vellacott",
        "abel quintero",
    }
    assert "Associated Press Writers" not in raw.text
    assert raw.text.startswith("PELLOW, Ariz. (AP)")


def test_a_paper_running_agency_writers_copy_stays_the_source() -> None:
    page = f"""<html><head><title>{HEADLINE}</title></head><body>
<div class="masthead"><a href="/"><img src="/logo.gif" alt="The Pellow Courier"></a></div>
<h1>{HEADLINE}</h1><p>By NORA VELLACOTT, Associated Press Writer</p>
<p>PELLOW, Ariz. (AP) — {LEAD}</p><p>{SECOND}</p><p>{THIRD}</p></body></html>"""
    raw = read_bytes(page.encode(), "reservoir.html")
    assert raw.source == "The Pellow Courier"
    assert (raw.author or "").casefold() == "nora vellacott"


def test_a_job_that_names_no_outlet_gives_none() -> None:
    assert _employer_of_role("Transport reporter") is None
    assert _employer_of_role("Gazette Staff Writer") is None  # one word is no outlet's name
    assert _employer_of_role("Carrow Telegraph Staff Writer") == "Carrow Telegraph"
    assert _employer_of_role("Carrow Telegraph") == "Carrow Telegraph"  # no job: as it is


# --- a publishing company's copyright under a masthead ----------------------------------------


def _page(logo: str, foot: str) -> bytes:
    return f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>{HEADLINE}</title></head><body>
{logo}
<h1>{HEADLINE}</h1>
<p class="byline">By Tamsin Polglase</p>
<p class="date">Posted: 17/11/2026</p>
<p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p>
<footer><p>{foot}</p></footer>
</body></html>""".encode()


LOGO = '<div class="logo"><a href="/"><img src="/m.svg" alt="The Pellow Courier"></a></div>'


@pytest.mark.parametrize(
    "foot",
    ["© 2026 Kernow Weekly Newspapers Ltd", "Copyright 2026 Tamar Media Group",
     "© 2026 West Country Publishing plc. All rights reserved."],
)  # fmt: skip
def test_the_masthead_outranks_the_company_that_publishes_it(foot: str) -> None:
    raw = read_bytes(_page(LOGO, foot), "reservoir.html")
    assert raw.source == "The Pellow Courier", foot


def test_a_company_copyright_still_names_the_source_when_no_masthead_shows() -> None:
    raw = read_bytes(_page("", "© 2026 Kernow Weekly Newspapers Ltd"), "reservoir.html")
    assert raw.source == "Kernow Weekly Newspapers"


def test_a_title_in_the_copyright_line_is_still_the_source_over_another_logo() -> None:
    # The holder is no company but a title: the copyright line names the outlet as before.
    raw = read_bytes(_page(LOGO, "© 2026 Pellow Evening Post"), "reservoir.html")
    assert raw.source == "Pellow Evening Post"


# --- an outlet of generic words under the headline ---------------------------------------------

LIBRARY = "Library extension plans go on show at Carrick Street"
PLANS = (
    "Plans for a two-storey extension to the Carrick Street library went on show on "
    "Wednesday, the council said."
)
COMMENT = "Residents have until 18 December to comment on the designs, shown in the foyer."


def _library_copy(line: str, *, date: str = "Thursday 19 November 2026\n\n", more: str = "",
                  foot: str = "") -> bytes:  # fmt: skip
    return f"{LIBRARY}\n\n{line}\n\n{date}By Sunita Rao\n\n{PLANS}\n\n{COMMENT}{more}\n\n{foot}".encode()


@pytest.mark.parametrize(
    ("foot", "more"),
    [("© 2026 Daily News. All rights reserved.\n", ""),
     ("", " The library's manager told the Daily News the room had run out."),
     ("https://www.dailynews-carrick.co.uk/news/library-extension\n", ""),
     ("Copyright 2026 Daily News\n", "")],
)  # fmt: skip
def test_generic_words_the_page_names_its_outlet_by_are_the_source(foot: str, more: str) -> None:
    raw = read_bytes(_library_copy("Daily News", foot=foot, more=more), "library.txt")
    assert raw.source == "Daily News"
    assert raw.field_origins["source"] == "the outlet named under the title"
    assert raw.text.startswith(PLANS)


def test_generic_words_the_page_never_names_so_stay_a_label() -> None:
    raw = read_bytes(_library_copy("Daily News"), "library.txt")
    assert raw.source is None
    assert raw.text.startswith(PLANS)


def test_a_story_label_is_no_outlet_however_often_the_page_repeats_it() -> None:
    more = " More breaking news is on the Breaking News page."
    for label in ("BREAKING NEWS", "World News", "Latest News"):
        raw = read_bytes(_library_copy(label, more=more), "library.txt")
        assert raw.source is None, label
        assert raw.text.startswith(PLANS), label


def test_a_section_label_leaves_the_copyright_holder_the_source() -> None:
    raw = read_bytes(_library_copy("LOCAL NEWS", foot="© 2026 The Wexcombe Echo\n"), "l.txt")
    assert raw.source == "The Wexcombe Echo"
    assert "LOCAL NEWS" not in raw.text


def test_generic_words_over_a_wire_dateline_are_the_paper_when_it_names_itself_so() -> None:
    body = f"CARRICK, Nov. 19 (MW) - {PLANS}\n\n{COMMENT}\n"
    named = read_bytes(
        f"{LIBRARY}\n\nEvening News\n\n{body}\n© 2026 Evening News\n".encode(), "w.txt"
    )
    assert named.source == "Evening News"
    bare = read_bytes(f"{LIBRARY}\n\nEvening News\n\n{body}".encode(), "w.txt")
    assert bare.source == "MW"  # the agency code, as round 39 reads it


# --- a line sending the reader to the outlet's site ------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Read more from the Daily News at dailynews-carrick.co.uk",
     "For more news visit www.wexcombeecho.co.uk", "More stories at carrickherald.com",
     "Read more stories like this at https://www.kellbystar.com/local"],
)  # fmt: skip
def test_a_line_sending_the_reader_to_the_site_is_furniture(line: str) -> None:
    assert single_block_reason(line) == STORY_LINK, line


@pytest.mark.parametrize(
    "line",
    ["More than 70 households signed a letter at the town hall.",
     "Find more about the scheme at www.gov.uk/housing-support, the council said.",
     "More visitors came on Sunday than at any time since the library opened in 1962."],
)  # fmt: skip
def test_a_sentence_of_the_story_is_no_such_line(line: str) -> None:
    assert single_block_reason(line) is None, line


# --- today's date in the masthead's strip ------------------------------------------------------

CAFE = "Cafe owner faces bill of £12,000 for pavement tables"
CAFE_LEAD = (
    "A cafe owner in Bexhill says she has been told to pay £12,000 for a licence to put four "
    "tables on the pavement outside her shop."
)
CAFE_MORE = "The council said the charge covered the cost of inspections."


def _strip_page(above: str, under: str) -> bytes:
    return f"""<html><head><title>{CAFE}</title></head><body>
<table><tr><td><a href="/"><img src="/logo.gif" alt="Rother Valley Times"></a></td>
<td>{above}</td></tr></table>
<h1>{CAFE}</h1>
<p><b>By Lucie Marchand</b></p>{under}
<p>{CAFE_LEAD}</p><p>{CAFE_MORE}</p></body></html>""".encode()


def test_a_date_beside_the_logo_yields_to_the_date_under_the_headline() -> None:
    raw = read_bytes(_strip_page("Friday, 20 November 2026", "<p><i>Thursday, 19 November "
                                 "2026</i></p>"), "cafe.html")  # fmt: skip
    assert raw.published == date(2026, 11, 19)
    assert raw.published_origin == "text"


def test_a_text_copy_with_the_day_above_the_headline_is_dated_by_the_line_under_it() -> None:
    copy = (
        f"Saturday 21 November 2026\n\n{CAFE}\n\nBy Lucie Marchand\n\n18 November 2026\n\n"
        f"{CAFE_LEAD}\n\n{CAFE_MORE}\n"
    )
    raw = read_bytes(copy.encode(), "cafe.txt")
    assert raw.published == date(2026, 11, 18)


def test_a_date_above_the_headline_still_dates_a_page_printing_none_under_it() -> None:
    raw = read_bytes(_strip_page("Friday, 20 November 2026", ""), "cafe.html")
    assert raw.published == date(2026, 11, 20)


def test_a_labelled_date_above_the_headline_keeps_its_rank() -> None:
    raw = read_bytes(
        _strip_page("Published: 17 November 2026", "<p>Thursday, 19 November 2026</p>"),
        "cafe.html",
    )
    assert raw.published == date(2026, 11, 17)


# --- the address a print view prints at its foot -----------------------------------------------


def _print_view(foot: str, head: str = "") -> bytes:
    return f"""<html><head><title>Print: {CAFE}</title>{head}</head><body>
<div><a href="javascript:window.print()">Print this page</a> | Close window</div>
<h1>{CAFE}</h1><p>Lucie Marchand, Business Reporter</p><p>Published: 19 November 2026</p>
<p>{CAFE_LEAD}</p><p>{CAFE_MORE}</p><hr><p>{foot}</p></body></html>""".encode()


@pytest.mark.parametrize(
    "foot",
    ["Printed from https://www.rothervalleytimes.co.uk/news/cafe-tables on 27 November 2026",
     "Find this article at: https://www.rothervalleytimes.co.uk/news/cafe-tables",
     "This article was printed from https://www.rothervalleytimes.co.uk/news/cafe-tables."],
)  # fmt: skip
def test_a_print_view_is_addressed_by_the_page_it_was_printed_from(foot: str) -> None:
    raw = read_bytes(_print_view(foot), "cafe-print.html")
    assert raw.url == "https://www.rothervalleytimes.co.uk/news/cafe-tables"
    assert raw.published == date(2026, 11, 19)  # the day of printing dates nothing
    assert "Printed from" not in raw.text and "Find this article" not in raw.text


def test_the_markup_s_own_address_outranks_the_printed_one() -> None:
    head = '<link rel="canonical" href="https://www.rothervalleytimes.co.uk/a/81234">'
    raw = read_bytes(
        _print_view("Printed from https://print.rothervalleytimes.co.uk/x on 27 Nov 2026", head),
        "cafe-print.html",
    )
    assert raw.url == "https://www.rothervalleytimes.co.uk/a/81234"


def test_a_sentence_naming_an_address_gives_no_print_address() -> None:
    assert print_footer_address("The council printed its plans at https://council.example.") is None
    assert print_footer_address("Read the plans at https://council.example/plans") is None


# --- a key-points box folded away ---------------------------------------------------------------

FERRY = [
    "Islanders on Westray will have four ferry sailings a day instead of six from next month, "
    "the operator said on Tuesday.",
    "Two deckhands and an engineer have left since the summer and agency staff have not been "
    "found to cover the posts.",
    "The operator said the cut would be reviewed in February.",
]


def _folded(fold: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in FERRY[:2]) + fold + f"<p>{FERRY[2]}</p>"
    return f"""<html><head><title>Ferry sailings cut</title></head><body><article>
<h1>Ferry sailings cut to four a day</h1><p>By Morag Linklater</p>{paragraphs}
</article></body></html>""".encode()


@pytest.mark.parametrize(
    "fold",
    ["<amp-accordion><section><h4>Key facts</h4><p>Six sailings a day cut to four from 7 "
     "December. Three crew posts unfilled since summer.</p></section></amp-accordion>",
     "<details><summary>At a glance</summary><p>Sailings cut from six to four a day.</p>"
     "<p>The cut will be reviewed in February, when the operator hopes to have hired.</p>"
     "</details>"],
)  # fmt: skip
def test_a_folded_key_points_box_is_set_aside(fold: str) -> None:
    raw = read_bytes(_folded(fold), "ferry.html")
    for line in ("Key facts", "At a glance", "Three crew posts", "Sailings cut from six"):
        assert line not in raw.text, line
    assert raw.text.startswith(FERRY[0]) and raw.text.rstrip().endswith(FERRY[2])


def test_a_folded_section_of_the_story_s_own_stays() -> None:
    fold = (
        "<amp-accordion><section><h4>How the timetable changes</h4><p>The first sailing "
        "from Rapness will leave at 7.20am rather than 6.50am.</p></section></amp-accordion>"
    )
    raw = read_bytes(_folded(fold), "ferry.html")
    assert "The first sailing from Rapness will leave at 7.20am" in raw.text


# --- a newsletter saved as a page ------------------------------------------------------------

LIDO = [
    "The open-air lido on Marine Parade will stay open for at least five more years after the "
    "council agreed to spend £3m on repairs.",
    "Work will start in January, and the pool is due to reopen next May.",
]


def _newsletter(strip: str, sponsor: str, foot: str) -> bytes:
    story = "".join(f"<p>{p}</p>" for p in LIDO)
    return f"""<html><head><title>The Quayside Letter: lido saved</title></head><body>
<table><tr><td><img src="https://cdn.example/quayside-masthead.png" alt="The Quayside Letter">
</td></tr><tr><td>{strip}</td></tr><tr><td><h1>Council finds £3m to keep the lido open</h1>
<p>By Ellis Harper</p>{story}</td></tr><tr><td>{sponsor}</td></tr>
<tr><td>{foot}</td></tr></table></body></html>""".encode()


def test_a_newsletter_page_is_the_masthead_s_and_its_foot_is_furniture() -> None:
    raw = read_bytes(
        _newsletter(
            "Friday 20 November 2026 · Issue 212",
            "<b>SPONSORED BY HARBOUR KITCHENS</b><br>Fitted kitchens made in Tidewater since "
            "1982. Book a free design visit this month.",
            "Unsubscribe<br>Our mailing address is: The Quayside Letter, 4 Quay Lane, TW3 1QL",
        ),
        "newsletter.html",
    )
    assert raw.source == "The Quayside Letter"
    assert raw.published == date(2026, 11, 20)
    for line in ("Issue 212", "HARBOUR KITCHENS", "Fitted kitchens", "mailing address"):
        assert line not in raw.text, line
    assert raw.text.startswith(LIDO[0]) and raw.text.rstrip().endswith(LIDO[1])


@pytest.mark.parametrize(
    "line", ["Friday 20 November 2026 · Issue 212", "Vol. 12, No. 3 | 20 November 2026",
             "Edition #31 — 20 November 2026"],
)  # fmt: skip
def test_an_issue_number_beside_the_date_is_no_outlet(line: str) -> None:
    facts = read_meta_line(line, None)
    assert facts is not None and facts.outlet is None
    assert facts.dates == [date(2026, 11, 20)]


@pytest.mark.parametrize(
    "line",
    ["SPONSORED BY HARBOUR KITCHENS Fitted kitchens made in Tidewater since 1982.",
     "PRESENTED BY NORTHGATE BANK: Save for the holidays with our winter bonus account.",
     "Our mailing address is: The Quayside Letter, 4 Quay Lane, TW3 1QL"],
)  # fmt: skip
def test_a_sponsor_block_and_the_mailing_address_are_furniture(line: str) -> None:
    assert single_block_reason(line) is not None, line


@pytest.mark.parametrize(
    "line",
    ["SPONSORED BY the council, the scheme will run until March.",
     "Sponsored by local firms, the festival drew 4,000 people on Saturday.",
     "Our mailing list grew by a third this year, the society said."],
)  # fmt: skip
def test_a_sentence_about_sponsors_or_mail_stays(line: str) -> None:
    assert single_block_reason(line) is None, line


# --- the next story an endless page appends ---------------------------------------------------

BLAZE = [
    "Eight fire engines were sent to a recycling plant in Strood on Saturday evening after a "
    "fire broke out in a store of baled cardboard.",
    "No one was hurt, and staff had left the site for the day when the fire was reported.",
]
BRIDGE = [
    "The old Rochester bridge will close to traffic for three weekends in January while its "
    "road surface is replaced, the bridge trust has said.",
    "Buses will be diverted over the new bridge, and a footpath will stay open throughout.",
]


def _endless(label: str) -> bytes:
    first = "".join(f"<p>{p}</p>" for p in BLAZE)
    second = "".join(f"<p>{p}</p>" for p in BRIDGE)
    return f"""<html><head><title>Fire at recycling plant</title>
<script type="application/ld+json">{{"@type":"NewsArticle","headline":"Fire at recycling plant",
"datePublished":"2026-11-21T19:52:00Z","author":{{"@type":"Person","name":"Callum Ashby"}}}}
</script></head><body>
<article><h1>Fire at recycling plant</h1><p class="byline">By Callum Ashby, 21 November 2026</p>
{first}</article>{label}
<article><h2>Rochester bridge to close for resurfacing</h2>
<p class="byline">By Leanne Dorsett, 20 November 2026</p>{second}</article></body></html>""".encode()


@pytest.mark.parametrize("label", ["", '<div class="next">Up next</div>'])
def test_the_appended_story_s_byline_never_names_the_first_story_s_writer(label: str) -> None:
    raw = read_bytes(_endless(label), "fire.html")
    assert raw.author == "Callum Ashby"
    assert raw.published == date(2026, 11, 21)
    assert not any("2026-11-20" in w for w in raw.warnings)
    assert BRIDGE[0] not in raw.text and raw.text.rstrip().endswith(BLAZE[1])


def test_a_byline_printed_under_the_story_still_names_its_writer() -> None:
    copy = f"Fire at recycling plant\n\n{BLAZE[0]}\n\n{BLAZE[1]}\n\nBy Callum Ashby\n"
    raw = read_bytes(copy.encode(), "fire.txt")
    assert raw.author == "Callum Ashby"


def test_a_story_split_into_a_head_and_a_body_article_keeps_its_body() -> None:
    # The body's own <article> has a subheading but no byline or time: it is the story's.
    page = f"""<html><head><title>Fire at recycling plant</title></head><body>
<article class="head"><h1>Fire at recycling plant</h1><p>By Callum Ashby</p></article>
<article class="body"><p>{BLAZE[0]}</p><h2>Night shift</h2><p>{BLAZE[1]} Crews stayed at
the site through the night while the bales were pulled apart.</p></article></body></html>"""
    raw = read_bytes(page.encode(), "fire.html")
    assert BLAZE[0] in raw.text and "Crews stayed at the site" in raw.text


# --- a story only in the page's data, its paragraphs run together -----------------------------

DEPOT = [
    "The bus depot in Kessock Bridge will close in March with the loss of 62 jobs, its "
    "operator told staff on Monday.",
    "Routes now run from the depot will move to the company's garage in Ardnagrask.",
    "The drivers' union said it would ballot members on industrial action.",
]


def _shell(body: str) -> bytes:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Bus depot to close with loss of 62 jobs",
        "datePublished": "2026-11-16T11:30:00Z",
        "author": {"@type": "Person", "name": "Gareth Pryce"},
        "publisher": {"@type": "Organization", "name": "Kessock Valley Post"},
        "articleBody": body,
    }
    return f"""<!DOCTYPE html><html><head><title>Kessock Valley Post</title>
<script type="application/ld+json">{json.dumps(data)}</script></head><body>
<noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div>
</body></html>""".encode()


def test_an_article_body_whose_paragraphs_were_joined_with_spaces_is_the_story() -> None:
    raw = read_bytes(_shell(" ".join(DEPOT)), "depot.html")
    assert raw.title == "Bus depot to close with loss of 62 jobs"
    assert raw.source == "Kessock Valley Post" and raw.author == "Gareth Pryce"
    assert raw.published == date(2026, 11, 16)
    for sentence in DEPOT:
        assert sentence in raw.text


def test_a_short_blurb_in_a_body_field_is_no_story() -> None:
    assert not _is_prose(["The depot will close in March. Staff were told on Monday."])
    assert not _is_prose(["Loading article…"])
    assert _is_prose([" ".join(DEPOT)])


# --- a label above the headline ---------------------------------------------------------------


def _label_over(line: str, foot: str) -> bytes:
    return (
        f"{line}\n\n{LIBRARY}\n\nBy Sunita Rao\n\n19 November 2026\n\n{PLANS}\n\n{COMMENT}\n\n"
        f"{foot}"
    ).encode()


@pytest.mark.parametrize("label", ["LOCAL NEWS", "World News", "BREAKING NEWS", "Latest News"])
def test_a_label_above_the_headline_is_no_masthead(label: str) -> None:
    raw = read_bytes(_label_over(label, "© 2026 The Wexcombe Echo\n"), "library.txt")
    assert raw.source == "The Wexcombe Echo", label
    assert raw.title == LIBRARY, label
    assert label not in raw.text and raw.text.startswith(PLANS), label


def test_a_paper_s_short_name_above_the_headline_is_still_its_masthead() -> None:
    raw = read_bytes(_label_over("Daily News", ""), "library.txt")
    assert raw.source == "Daily News"
    assert raw.title == LIBRARY


def test_label_words_the_page_names_its_outlet_by_are_its_masthead() -> None:
    raw = read_bytes(_label_over("World News", "© 2026 World News\n"), "library.txt")
    assert raw.source == "World News"


# --- a search engine's cache copied as text ----------------------------------------------------


def test_a_cached_copy_is_addressed_by_the_page_the_cache_kept() -> None:
    copy = (
        "This is Google's cache of https://www.rothervalleytimes.co.uk/news/cafe-tables. It is "
        "a snapshot of the page as it appeared on 25 Nov 2026 09:41:07 GMT. The current page "
        "could have changed in the meantime.\n\n"
        f"{CAFE}\n\nBy Lucie Marchand\n\nPublished: 19 November 2026\n\n{CAFE_LEAD}\n\n"
        f"{CAFE_MORE}\n"
    )
    raw = read_bytes(copy.encode(), "cafe.txt")
    assert raw.url == "https://www.rothervalleytimes.co.uk/news/cafe-tables"
    assert raw.published == date(2026, 11, 19)  # never the snapshot's day
    assert "Google" not in raw.text


def test_a_story_sentence_about_a_cache_gives_no_address() -> None:
    assert cached_page_address("Google's cache of https://x.example was cited in court.") is None
    assert cached_page_address("The page is in Google's cache, lawyers said.") is None


def test_a_wayback_copy_is_addressed_by_the_page_the_archive_captured() -> None:
    copy = (
        "The Wayback Machine - https://web.archive.org/web/20261124183015/"
        "https://www.rothervalleytimes.co.uk/news/cafe-tables\n4 captures\n"
        "14 Nov 2026 - 24 Nov 2026\n\n"
        f"{CAFE}\n\nBy Lucie Marchand\n\n19 November 2026\n\n{CAFE_LEAD}\n\n{CAFE_MORE}\n"
    )
    raw = read_bytes(copy.encode(), "cafe.txt")
    assert raw.url == "https://www.rothervalleytimes.co.uk/news/cafe-tables"
    assert raw.published == date(2026, 11, 19)  # never the capture's day
    assert "Wayback" not in raw.text
    assert cached_page_address("The Wayback Machine is run by a charity.") is None
