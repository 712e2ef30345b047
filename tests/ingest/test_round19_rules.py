"""Round 19: news pages of 1998-2003 as a web archive keeps them: table layouts, <font>
headlines, <br><br> paragraphs, wire copy on a paper's site, and the Wayback toolbar."""

from __future__ import annotations

import pytest

from desktop.ingest import dates, read_bytes

STORY = [
    "County officials agreed Monday to spend $2.4 million on new voting machines for the "
    "spring primary, replacing punch-card ballots used since 1972.",
    "The machines will be leased for two years before the county decides whether to buy them.",
    "Clerk Dana Whitlow said poll workers would be trained in February.",
]


def _old_page(
    *,
    byline: str = "By ANNA PRICE<br>Associated Press Writer",
    stamp: str = "",
    header: str = "",
    foot: str = "",
    toolbar_url: str | None = None,
) -> bytes:
    toolbar = (
        '<div id="wm-ipp-base"><div id="wm-ipp"><form><input type="text" name="url" '
        f'value="{toolbar_url}"></form><a href="/web/2000*/x">3 captures</a></div></div>'
        if toolbar_url
        else ""
    )
    story = "\n<br><br>\n".join(STORY)
    return (
        '<html><head><title>Valley Sentinel Online</title></head><body bgcolor="#ffffff">'
        f"{toolbar}"
        '<table width="760"><tr><td width="140" valign="top"><img src="/i/spacer.gif" '
        'width="140" height="1"><br><font size="1"><a href="/news/">Local News</a><br>'
        '<a href="/sports/">Sports</a><br><a href="/classifieds/">Classifieds</a></font></td>'
        f'<td valign="top">{header}'
        '<font face="Arial" size="5"><b>County to lease new voting machines</b></font><br>'
        f"{stamp}"
        f'<font size="2">{byline}</font><br><br>'
        f'<font size="3">{story}</font><br><br>'
        f"{foot}</td></tr></table></body></html>"
    ).encode()


def test_a_layout_table_and_font_headline_give_headline_and_paragraphs() -> None:
    article = read_bytes(_old_page(), "page.html")
    assert article.title == "County to lease new voting machines"
    assert article.text.split("\n") == STORY
    assert "Classifieds" not in article.text


def test_a_wire_writers_role_under_the_byline_is_the_byline() -> None:
    article = read_bytes(_old_page(), "page.html")
    assert article.author is not None and article.author.casefold() == "anna price"
    assert "Associated Press Writer" not in article.text


@pytest.mark.parametrize(
    "role", ["Associated Press Writer", "Sentinel Staff Writer", "AP Farm Writer"]
)
def test_roles_of_the_era(role: str) -> None:
    article = read_bytes(_old_page(byline=f"By Anna Price<br>{role}"), "page.html")
    assert role not in article.text
    assert article.text.startswith(STORY[0])


def test_a_masthead_logo_linking_home_through_an_archive_outranks_the_datelines_agency() -> None:
    header = (
        '<a href="/web/20000301000000/http://www.valleysentinel.example/">'
        '<img src="/img/top.gif" alt="Valley Sentinel"></a><br>'
    )
    page = _old_page(header=header).replace(
        STORY[0].encode(), b"DENVER (AP) -- " + STORY[0].encode()
    )
    article = read_bytes(page, "page.html")
    assert article.source == "Valley Sentinel"


def test_the_agencys_rights_lines_and_the_sites_footer_after_a_line_break_are_furniture() -> None:
    foot = (
        '<font size="1">Copyright 1999 The Associated Press. All rights reserved. This material '
        "may not be published, broadcast, rewritten or redistributed.</font><br><br>"
        '<center><font size="1"><a href="/">Home</a> | <a href="/contact.html">Contact Us</a><br>'
        "Copyright &copy; 1999 Valley Sentinel Co.</font></center>"
    )
    article = read_bytes(_old_page(foot=foot), "page.html")
    assert article.text.endswith(STORY[-1])
    assert "Contact Us" not in article.text


@pytest.mark.parametrize(
    "tools",
    [
        "E-mail this story to a friend",
        "Return to Local News | Back to top",
        "Page 1 of 1 | Search the archives",
        "Find this article at: http://www.valleysentinel.example/news/vote.html",
    ],
)
def test_story_tools_at_the_foot_are_furniture(tools: str) -> None:
    article = read_bytes(_old_page(foot=f'<font size="1">{tools}</font>'), "page.html")
    assert article.text.endswith(STORY[-1])


def test_the_address_in_the_wayback_toolbar_names_and_dates_the_page() -> None:
    address = "http://www.valleysentinel.example/news/1999/12/14/vote.html"
    article = read_bytes(_old_page(toolbar_url=address), "page.html")
    assert article.url == address
    assert str(article.published) == "1999-12-14"
    assert article.published_origin == "metadata"


def test_a_posted_stamp_dates_the_story_before_the_address() -> None:
    address = "http://www.valleysentinel.example/news/1999/12/15/vote.html"
    stamp = '<font size="1">Posted 11:42 p.m. EST, Tue Dec 14, 1999</font><br>'
    article = read_bytes(_old_page(toolbar_url=address, stamp=stamp), "page.html")
    assert str(article.published) == "1999-12-14"
    assert article.published_origin == "text"
    assert "Posted" not in article.text


def test_a_modern_page_keeps_its_line_breaks_inside_one_paragraph() -> None:
    page = (
        b"<html><body><article><h1>Water restored in two districts</h1>"
        b"<div class='post'>Water has been restored in Kalyna and Zarichna districts today."
        b"<br><br>Thank you for your patience.</div></article></body></html>"
    )
    article = read_bytes(page, "page.html")
    assert "Thank you for your patience." in article.text


def test_a_table_of_figures_stays_a_table() -> None:
    rows = "".join(
        f"<tr><td>{ward}</td><td>{votes}</td></tr>"
        for ward, votes in [("North", "1,204"), ("South", "988"), ("East", "1,530")]
    )
    page = (
        "<html><body><h1>Turnout by ward in the council vote</h1>"
        f"<p>{STORY[0]}</p><table>{rows}</table><p>{STORY[1]}</p></body></html>"
    ).encode()
    article = read_bytes(page, "page.html")
    assert "North | 1,204" in article.text


def test_a_byline_run_into_a_weekday_and_date() -> None:
    facts = dates.read_meta_line("By Alan Crewe Wednesday, March 3, 1999")
    assert facts is not None and facts.authors == ["Alan Crewe"]
    assert str(facts.dates[0]) == "1999-03-03"


def test_an_agency_credited_by_name_alone_names_no_person() -> None:
    assert dates.is_no_person_credit("By The Associated Press")
    assert dates.is_no_person_credit("By Reuters")
    # an agency's name on a line of its own is a picture credit, not a byline
    assert not dates.is_no_person_credit("Reuters")


def test_a_reading_in_a_header_strip_is_no_outlet() -> None:
    assert not dates.is_outlet_name("Weather: 91°")
    assert dates.is_outlet_name("The Bayou Dispatch")
