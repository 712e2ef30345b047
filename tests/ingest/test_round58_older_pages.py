"""Import round 58: pages of sites from the late 1990s to the 2010s and mail replies, as the
rules of the round read them. Every page and line here is invented (none is a dev41 text).
"""

from __future__ import annotations

import pytest

from desktop.ingest import dates, furniture, read_bytes
from desktop.ingest.assemble import PARTIAL_WARNINGS

STORY = [
    "The Marrow Bridge will close to traffic for nine weeks from April while its deck is "
    "rebuilt, the county highways team said on Thursday.",
    "Buses will be sent on a 12-mile detour through Oldcastle, adding about 25 minutes to "
    "each journey for the 3,000 people who use the route every day.",
    "Shopkeepers on the north bank said they feared losing trade for most of the spring.",
]


def _paras(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


# ---------------------------------------------------------------- lines judged by their text
@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("By signing up you agree to our terms and privacy notice.", furniture.NEWSLETTER),
        (
            "Join over 12,500 readers who get our free evening briefing in their inbox.",
            furniture.NEWSLETTER,
        ),
        ("Questions or problems? Send comments to webmaster@tollport.example", "page footer"),
        ("Page last modified: 04/09/01", "page footer"),
        ("[ Home | Local News | Sport | Classifieds ]", furniture.NAVIGATION),
        ("Email this story to a friend | Printable version", furniture.PAGE_WIDGET),
        ("Check the box to include the list of links referenced in the article.", "page footer"),
        ("[show]", furniture.NAVIGATION),
        ("Email the author at rkemble@courier.example", furniture.SIGN_OFF),
        ("Ruth Kemble can be reached at 555-0142.", furniture.SIGN_OFF),
        ("Follow Ruth Kemble on Twitter: @rkemble", furniture.SIGN_OFF),
        ("Article URL: http://www.courier.example/news/123", "page footer"),
        (
            "Source URL (retrieved on 03/06/2012 - 10:12): http://www.courier.example/node/44",
            "page footer",
        ),
        ("This article is printed from http://www.courier.example/news/123", "page footer"),
        ("[2] http://www.courier.example/other", "page footer"),
        ("« Back to article", furniture.NAVIGATION),
        ("Text size: A A A", furniture.PAGE_WIDGET),
        ("Print Email Share", furniture.PAGE_WIDGET),
    ],
)
def test_chrome_of_older_pages_is_furniture(line: str, reason: str) -> None:
    assert furniture.single_block_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The webmaster of the parish site said it had been offline since March.",
        "Readers who join the scheme will be sent a free guide, the council said.",
        "References",
        "Contents of the report were leaked to the Ledger on Monday.",
        "The mayor can be reached at city hall on Tuesdays, her office said.",
        "Follow the money, the auditor said.",
        "Back to the future",
        "Print is dead, a publisher said.",
    ],
)
def test_story_lines_like_them_stay(line: str) -> None:
    assert furniture.single_block_reason(line) is None


def test_record_mark_still_read() -> None:
    assert furniture.single_block_reason("Ref: NR/0412/22") == furniture.FIELD_LINES


# ---------------------------------------------------------------- date and byline lines
def test_section_between_date_and_byline() -> None:
    facts = dates.read_meta_line("10:12am Friday 2nd May 2014 in Local News By Rhian Povey")
    assert facts is not None
    assert facts.dates == [__import__("datetime").date(2014, 5, 2)]
    assert facts.authors == ["Rhian Povey"]
    assert facts.outlet is None


def test_blog_post_footer_names_its_writer() -> None:
    facts = dates.read_meta_line("posted by Tam Okoro @ 11:05 PM 4 comments Links to this post")
    assert facts is not None and facts.authors == ["Tam Okoro"]


def test_clock_after_byline_keeps_the_date_after_it() -> None:
    facts = dates.read_meta_line("By Ines Marr at 09:10 AM, 6 May 2014")
    assert facts is not None and facts.authors == ["Ines Marr"] and facts.outlet is None
    assert facts.dates == [__import__("datetime").date(2014, 5, 6)]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Callum Dyer Political Reporter", "Callum Dyer"),
        ("By Sian Hale Chief Sports Writer", "Sian Hale"),
    ],
)
def test_job_title_run_on_after_the_name(line: str, author: str) -> None:
    facts = dates.read_meta_line(line)
    assert facts is not None and facts.authors == [author]


# ---------------------------------------------------------------- whole pages
def _read(markup: str, name: str = "page.html"):
    return read_bytes(markup.encode("utf-8"), name)


def test_blogger_classic_post() -> None:
    body = "<br /><br />".join(STORY)
    article = _read(
        "<html><head><title>Oldcastle Notes: Marrow Bridge to shut for nine weeks</title>"
        '<meta name="generator" content="Blogger" /></head><body>'
        '<div id="header"><h1><a href="/">Oldcastle Notes</a></h1></div>'
        '<h2 class="date-header">Thursday, February 6, 2014</h2>'
        '<div class="post"><h3 class="post-title">Marrow Bridge to shut for nine weeks</h3>'
        f'<div class="post-body"><div style="clear:both;"></div>{body}</div>'
        '<p class="post-footer"><em>posted by Lena Voss @ 8:15 PM</em> '
        '<a href="#c">3 comments</a></p></div></body></html>'
    )
    assert article.title == "Marrow Bridge to shut for nine weeks"
    assert article.author == "Lena Voss"
    assert article.text.startswith(STORY[0])
    assert article.text.rstrip().endswith(STORY[-1])


def test_counted_comments_heading_over_comment_lines() -> None:
    comments = "".join(
        f"<div class='r'><p>Posted by {who} on 07/02/2014 at 09:0{n}</p><p>{text}</p>"
        "<p>Report this comment | Reply</p></div>"
        for n, (who, text) in enumerate(
            [
                ("oldcastle_jo", "Nine weeks? It took them a year last time and nobody told us."),
                ("Bus User", "The detour is going to be chaos for the school runs every day."),
                ("Pat R", "Good, it needed doing before somebody got hurt on that deck."),
                ("Marrow Mum", "Why not close one lane at a time like they did in Ashby?"),
            ]
        )
    )
    article = _read(
        "<html><body><h1>Marrow Bridge to close for nine weeks</h1>"
        f"<div class='story'>{_paras(STORY)}</div>"
        f"<div id='talk'><h2>31 comments so far</h2>{comments}</div></body></html>"
    )
    assert article.text.rstrip().endswith(STORY[-1])
    assert "oldcastle_jo" not in article.text and "chaos" not in article.text


def test_table_floated_inside_the_story() -> None:
    article = _read(
        "<html><body bgcolor='white'><h1>Marrow Bridge to close for nine weeks</h1>"
        f"<font size='2'><p>{STORY[0]}<p>{STORY[1]}"
        "<table align='right' width='160'><tr><td><b>SEE ALSO</b><br>"
        "<a href='/a'>Oldcastle bypass plans unveiled</a><br>"
        "<a href='/b'>Bridge inspections to double</a></td></tr></table>"
        f"<p>{STORY[2]}</font></body></html>"
    )
    assert "Oldcastle bypass plans unveiled" not in article.text
    assert "SEE ALSO" not in article.text
    assert article.text.rstrip().endswith(STORY[-1])


def test_masthead_with_web_edition_label_over_headline() -> None:
    article = _read(
        "<html><head><title>story</title></head><body bgcolor='#ffffff'>"
        "<p align=center><font size=2>THE OLDCASTLE COURIER ONLINE</font></p>"
        "<p><font size=5><b>Marrow Bridge to close for nine weeks</b></font></p>"
        "<p><font size=2>By Ruth Kemble</font></p>"
        + "".join(f"<p><font size=3>{t}</font>" for t in STORY)
        + "<p align=center><font size=1>[ <a href='index.htm' target='_top'>Front Page</a> | "
        "<a href='news.htm'>News</a> | <a href='sport.htm'>Sport</a> ]</font></p>"
        "</body></html>"
    )
    assert article.source == "The Oldcastle Courier"
    assert article.text.startswith(STORY[0])
    assert "Front Page" not in article.text


def test_first_of_several_pages_is_partial() -> None:
    article = _read(
        "<html><body><h1>Marrow Bridge to close for nine weeks</h1>"
        f"<div class='story'>{_paras(STORY)}"
        "<div class='pager'>Page 1 of 4 <a href='?p=2'>Next &raquo;</a></div></div>"
        "</body></html>"
    )
    assert any(w in article.warnings for w in PARTIAL_WARNINGS)
    whole = _read(
        "<html><body><h1>Marrow Bridge to close for nine weeks</h1>"
        f"<div class='story'>{_paras(STORY)}<div class='pager'>Page 4 of 4</div></div>"
        "</body></html>"
    )
    assert not any(w in whole.warnings for w in PARTIAL_WARNINGS)


def test_wiki_site_line_and_contents_heading() -> None:
    article = _read(
        "<html><head><title>Marrow Bridge - Oldcastle Wiki</title></head><body>"
        "<h1>Marrow Bridge</h1><div id='bodyContent'><h3>From Oldcastle Wiki</h3>"
        f"<p>{STORY[0]}</p>"
        "<table id='toc'><tr><td><h2>Contents</h2> <span>[<a href='#'>hide</a>]</span>"
        "<ul><li><a href='#History'>1 History</a></li><li><a href='#Repairs'>2 Repairs</a>"
        "</li></ul></td></tr></table>"
        f"<h2>History</h2><p>{STORY[1]}</p><h2>Repairs</h2><p>{STORY[2]}</p>"
        "</div></body></html>"
    )
    assert article.text.startswith(STORY[0])
    assert "From Oldcastle Wiki" not in article.text
    assert "[hide]" not in article.text


def test_sign_up_box_with_its_pitch_after_the_story() -> None:
    article = _read(
        "<html><body><article><h1>Marrow Bridge to close for nine weeks</h1>"
        f"<div class='content'>{_paras(STORY)}</div>"
        "<div class='box'><h4>Get the Oldcastle Evening</h4>"
        "<p>Join more than 9,000 readers who end their day with our free briefing, with the "
        "three stories that matter most.</p>"
        "<form><input type='email' placeholder='Email address'><button>Go</button></form>"
        "<p>By signing up you agree to our privacy notice. Unsubscribe at any time.</p></div>"
        "</article></body></html>"
    )
    assert article.text.rstrip().endswith(STORY[-1])
    assert "9,000 readers" not in article.text


def test_reply_quoting_a_forwarded_story() -> None:
    quoted = ["Marrow Bridge to close for nine weeks", "", "By Ruth Kemble", "", *STORY[:1], "",
              STORY[1], "", STORY[2]]  # fmt: skip
    text = "\n".join(
        [
            "Sam - can we use the detour figure?",
            "",
            "On Fri, 7 Feb 2014 at 10:02, Jo Hart <jo@example.org> wrote:",
            "> Saw this in the Courier today:",
            ">",
            *("> > " + ln if ln else "> >" for ln in quoted),
            ">",
            "> Jo",
        ]
    )
    article = read_bytes(text.encode("utf-8"), "reply.txt")
    assert article.title == "Marrow Bridge to close for nine weeks"
    assert article.text.startswith(STORY[0])
    assert article.text.rstrip().endswith(STORY[-1])
    assert ">" not in article.text and "Saw this" not in article.text


def test_reply_with_a_short_quote_is_not_a_story_copy() -> None:
    text = "\n".join(
        [
            *STORY,
            "",
            "On Fri, 7 Feb 2014 at 10:02, Jo Hart <jo@example.org> wrote:",
            "> Can you send me the bridge story?",
            "> Thanks",
            "> Jo",
        ]
    )
    article = read_bytes(text.encode("utf-8"), "reply.txt")
    assert STORY[0] in article.text


# ---------------------------------------------------------------- a frameset's own page
FRAMESET = (
    "<html><head><title>The Oldcastle Courier</title></head>"
    "<frameset cols='150,*'><frame src='menu.htm' name='menu'>"
    "<frame src='story0412.htm' name='main'><noframes><body>Your browser does not support "
    "frames. <a href='story0412.htm'>Click here</a>.</body></noframes></frameset></html>"
)


def test_a_frameset_page_is_refused_naming_its_frames() -> None:
    from desktop.ingest import IngestError, read_pasted

    with pytest.raises(IngestError, match=r"frameset.*menu\.htm, story0412\.htm"):
        read_bytes(FRAMESET.encode("utf-8"), "courier.html")
    with pytest.raises(IngestError, match="frameset"):
        read_pasted(FRAMESET, is_html=True)


# ---------------------------------------------------------------- copies of older pages
def _copy(*tail: str) -> str:
    head = ["Marrow Bridge to close for nine weeks", "", "By Ruth Kemble", ""]
    return "\n".join([*head, *"\n\n".join(STORY).split("\n"), "", *tail]) + "\n"


def test_comment_lines_under_a_copy_do_not_date_it() -> None:
    text = _copy(
        "12 Comments",
        "",
        "Posted by bridge_watcher on February 7, 2014 at 3:14 pm",
        "About time they fixed it.",
        "Report abuse",
        "",
        "Posted by Ann P on February 7, 2014 at 4:02 pm",
        "My bus goes that way every morning.",
        "Report abuse",
    )
    article = read_bytes(text.encode("utf-8"), "copy.txt")
    assert article.published is None
    assert article.author == "Ruth Kemble"
    assert article.text.rstrip().endswith(STORY[-1])


def test_pager_on_two_lines_and_bracketed_tools() -> None:
    text = _copy("Page 1 of 3", "Next >>", "", "[ Back to top ] [ E-mail this story ] [ Print ]")
    article = read_bytes(text.encode("utf-8"), "copy.txt")
    assert any(w in article.warnings for w in PARTIAL_WARNINGS)
    assert article.text.rstrip().endswith(STORY[-1])
    assert furniture.is_menu_line("[ Back to top ] [ E-mail this story ] [ Print ]")
    assert not furniture.is_menu_line("[ The council said so. ] [ Later it did not. ]")


def test_broadcaster_print_view_foot() -> None:
    article = _read(
        "<html><head><title>OCN NEWS | UK | Marrow Bridge to close</title></head>"
        "<body bgcolor='#ffffff'><img src='/p/logo.gif' alt='OCN News'>"
        "<font face='arial'><b><font size='4'>Marrow Bridge to close</font></b><br>"
        + _paras(STORY)
        + "<hr><p>Story from OCN NEWS:<br>http://news.ocn.example/1/hi/uk/3054123.stm</p>"
        "<p>Published: 2014/02/06 13:22:44 GMT</p><p>&copy; OCN MMXIV</p></font></body></html>"
    )
    assert article.text.rstrip().endswith(STORY[-1])
    assert article.source is not None and "MMXIV" not in article.source


# ---------------------------------------------------------------- a wiki page copied as text
def test_wiki_page_copied_as_text() -> None:
    text = "\n".join(
        [
            "Marrow Bridge",
            "",
            "From Oldpedia, the free encyclopedia",
            "Jump to navigation Jump to search",
            "",
            STORY[0],
            "",
            "Contents",
            "",
            "1 History",
            "2 Repairs",
            "3 References",
            "",
            "History[edit]",
            "",
            STORY[1],
            "",
            "Repairs[edit]",
            "",
            STORY[2],
            "",
            "References[edit]",
            "",
            "^ Oldcastle Courier, 6 February 2014.",
            "^ a b County highways report (2013), p. 12.",
            "",
            "This page was last edited on 2 March 2014, at 10:02 (UTC).",
        ]
    )
    article = read_bytes(text.encode("utf-8"), "wiki.txt")
    assert article.title == "Marrow Bridge"
    assert article.source == "Oldpedia"
    assert article.text.startswith(STORY[0])
    assert article.text.rstrip().endswith("County highways report (2013), p. 12.")
    for furniture_text in ("[edit]", "Jump to", "1 History", "^", "last edited"):
        assert furniture_text not in article.text
    assert "History" in article.text  # the section heading stays


def test_numbered_lines_without_a_wiki_stay() -> None:
    text = "\n".join(
        ["Three steps for the bridge", "", STORY[0], "", "Contents", "", "1 History", "2 Repairs"]
    )
    article = read_bytes(text.encode("utf-8"), "notes.txt")
    assert "1 History" in article.text


def test_about_the_writer_box_under_the_story() -> None:
    article = _read(
        "<html><head><title>Marrow Bridge to close | Oldcastle Courier</title></head><body>"
        "<article><h1>Marrow Bridge to close for nine weeks</h1>"
        "<p class='byline'>By Ruth Kemble | February 6, 2014</p>"
        + _paras(STORY)
        + "<p>Tags: <a href='#'>bridges</a>, <a href='#'>roads</a></p>"
        "<div><h4>About Ruth Kemble</h4><p>Ruth Kemble has covered transport for the Courier "
        "since 2009. Follow her on Twitter @rkemble.</p></div></article></body></html>"
    )
    assert article.author == "Ruth Kemble"
    assert article.text.rstrip().endswith(STORY[-1])
    assert "About Ruth Kemble" not in article.text


def test_reader_poll_under_the_story() -> None:
    article = _read(
        "<html><body><h1>Marrow Bridge to close for nine weeks</h1><p>By Ruth Kemble</p>"
        + _paras(STORY)
        + "<div><h3>Have your say</h3><p>Should the bridge have been closed in summer?</p>"
        "<form><input type='radio' name='v'> Yes <input type='radio' name='v'> No "
        "<input type='submit' value='Vote'></form>"
        "<p>Results so far: Yes 64% (212 votes), No 36% (119 votes)</p></div></body></html>"
    )
    assert article.text.rstrip().endswith(STORY[-1])
    assert "212 votes" not in article.text


def test_all_content_copyright_in_a_centred_foot() -> None:
    article = _read(
        "<html><body bgcolor='white'><font face='arial' size='2'><b><font size='4'>"
        "Marrow Bridge to close for nine weeks</font></b><br><i>By Ruth Kemble</i><br><br>"
        + "<br><br>".join(STORY)
        + "<br><br><center><a href='/'>Home</a> | <a href='/news'>News</a> | "
        "<a href='/sport'>Sport</a></center><br>"
        "<center>All content copyright 2014 The Oldcastle Courier</center></font></body></html>"
    )
    assert article.source == "The Oldcastle Courier"
    assert article.text.rstrip().endswith(STORY[-1])


# ---------------------------------------------------------------- old sites' date lines
@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Web posted Thursday, February 6, 2014", "web posted"),
        ("Posted to the web on February 6, 2014", "posted to the web on"),
        ("Story last updated at 11:42 p.m. on Thursday, February 6, 2014", "story last updated"),
        # round 58 (3)'s clock after a byline must not take a stamp's label from its date
        ("Updated at 10:42 on 6 February 2014", "updated"),
        ("Last updated at 10:42, 6 February 2014", "last updated"),
    ],
)
def test_old_date_lines_keep_their_label(line: str, label: str) -> None:
    facts = dates.read_meta_line(line)
    assert facts is not None
    assert facts.dates == [__import__("datetime").date(2014, 2, 6)]
    assert facts.date_labels == [label]


def test_day_month_name_year_in_hyphens() -> None:
    assert dates.full_dates("Thu, 06-Feb-2014")[0] == [__import__("datetime").date(2014, 2, 6)]
    assert dates.full_dates("06-FEB-2014")[0] == [__import__("datetime").date(2014, 2, 6)]
    assert dates.full_dates("ref 106-Feb-20145")[0] == []


@pytest.mark.parametrize(
    ("href", "home"),
    [
        ("index.htm", True),
        ("../index.html", True),
        ("default.asp", True),
        ("home.html", True),
        ("news.htm", False),  # read as a host name before round 58, and so as home
        ("section/index.html", False),
    ],
)
def test_relative_links_home(href: str, home: bool) -> None:
    from desktop.ingest import html

    assert html._home_path(html._address_parts(href).path) is home


def test_outlet_named_by_a_relative_link_home() -> None:
    article = _read(
        "<html><head><title>story</title></head><body>"
        "<p><a href='default.asp'>The Oldcastle Courier</a> | <a href='news.htm'>Local News</a>"
        "</p><h1>Marrow Bridge to close for nine weeks</h1>" + _paras(STORY) + "</body></html>"
    )
    assert article.source == "The Oldcastle Courier"


def test_a_middle_page_of_several_is_partial() -> None:
    article = _read(
        "<html><body><h1>Marrow Bridge to close for nine weeks</h1>"
        f"<div class='story'>{_paras(STORY)}</div>"
        "<div class='pager'><a href='?p=1'>&laquo; Previous</a> | Page 2 of 3 | "
        "<a href='?p=3'>Next &raquo;</a></div></body></html>"
    )
    assert any(w in article.warnings for w in PARTIAL_WARNINGS)
    assert "Previous" not in article.text


def test_sign_up_box_without_a_form() -> None:
    article = _read(
        "<html><body><article><h1>Marrow Bridge to close for nine weeks</h1>"
        + _paras(STORY)
        + "<div class='cta'><h3>Never miss a story</h3><p>More than 40,000 people get the "
        "Courier Daily in their inbox every morning. It's free.</p>"
        "<p><a href='/newsletters'>Sign up now</a></p></div></article></body></html>"
    )
    assert article.text.rstrip().endswith(STORY[-1])
    assert "40,000" not in article.text


def test_a_brief_with_a_subscribe_link_keeps_its_paragraph() -> None:
    article = _read(
        "<html><body><h1>Marrow Bridge to close for nine weeks</h1><div class='brief'>"
        f"<p>{STORY[0]}</p><p><a href='/subscribe'>Subscribe</a></p></div></body></html>"
    )
    assert article.text.startswith(STORY[0])
