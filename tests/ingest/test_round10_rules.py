"""Round 10 rules: wrapped lines in feeds, 8-bit mail, encyclopedia and court pages, forums,
federated and organisation accounts, and pages of search results.

Every fixture is invented for these tests; each test pins one rule and fails without it.
"""

from __future__ import annotations

import pytest

from desktop.ingest import IngestError, read_bytes, require_article_text


def _feed(content: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        "<title>Lakeside Echo - Local</title><link>https://lakeside-echo.example/</link><item>"
        "<title>Ferry returns to the north shore</title>"
        "<pubDate>Wed, 05 Feb 2025 08:00:00 +0000</pubDate>"
        f"<content:encoded><![CDATA[{content}]]></content:encoded></item></channel></rss>"
    ).encode()


def test_a_feed_paragraph_wrapped_in_its_source_stays_whole_in_the_body() -> None:
    content = (
        "<p>The ferry to the north shore resumed on Tuesday after three weeks of repairs to "
        "its landing stage, the operator said.</p>\n"
        "<p>Sailings run\nevery two hours.</p>\n"
        "<p>A second boat will join the route in the spring, when the tourist season starts "
        "and demand doubles.</p>"
    )
    article = read_bytes(_feed(content), "item.xml")
    assert article.text.split("\n") == [
        "The ferry to the north shore resumed on Tuesday after three weeks of repairs to its "
        "landing stage, the operator said.",
        "Sailings run every two hours.",
        "A second boat will join the route in the spring, when the tourist season starts and "
        "demand doubles.",
    ]


def _mail(charset: str, body: str, *, multipart: bool = False) -> bytes:
    head = (
        "From: Vilniaus žinios <naujienos@vz.example>\r\n"
        "To: reader@example.org\r\n"
        "Subject: Harbour news\r\n"
        "Date: Thu, 06 Mar 2025 10:15:00 +0200\r\n"
        "MIME-Version: 1.0\r\n"
    )
    if multipart:
        head += 'Content-Type: multipart/alternative; boundary="b1"\r\n\r\n--b1\r\n'
    part = f"Content-Type: text/plain;\r\n charset={charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    tail = "\r\n--b1--\r\n" if multipart else ""
    # The header is ASCII; only the body carries the declared charset's bytes.
    return (
        head.encode("ascii", errors="replace")
        + part.encode()
        + body.encode(charset)
        + tail.encode()
    )


def test_an_eml_body_sent_as_8bit_text_is_read_in_its_declared_charset() -> None:
    body = (
        "Уряд затвердив новий розклад поромів у четвер після трьох тижнів ремонту причалу.\r\n"
        "\r\n"
        "Нові рейси почнуться з квітня, повідомив капітан порту.\r\n"
    )
    for charset, multipart in (("koi8-u", False), ("windows-1251", True), ("iso-8859-5", False)):
        article = read_bytes(_mail(charset, body, multipart=multipart), "news.eml")
        assert article.text.split("\n") == [
            "Уряд затвердив новий розклад поромів у четвер після трьох тижнів ремонту причалу.",
            "Нові рейси почнуться з квітня, повідомив капітан порту.",
        ], charset


def test_an_eml_in_a_central_european_charset_keeps_its_letters() -> None:
    # Mostly ASCII letters: no statistical guess would leave Windows-1252 for these few bytes.
    polish = "Rada miasta zatwierdziła w czwartek nowy rozkład promów na wyspę Łąkową.\r\n"
    czech = "Městská rada ve čtvrtek schválila nový jízdní řád přívozů na ostrov.\r\n"
    for charset, body in (("iso-8859-2", polish), ("windows-1250", czech), ("utf-8", czech)):
        article = read_bytes(_mail(charset, body, multipart=charset == "windows-1250"), "a.eml")
        assert article.text == body.strip(), charset


def test_an_account_named_with_a_plural_possessive_is_an_organisation_not_an_author() -> None:
    copy = (
        "Home\nSearch\nNotifications\n\nTenants' Union Northfield\n@tenantsunion.bsky.social\n\n"
        "Follow\n\nWe counted 340 households waiting more than a year for repairs to damp and "
        "mould, and we will take the figures to the council on Thursday.\n\n"
        "April 2, 2025 at 9:05 AM\n\n41 reposts 3 quotes 96 likes\n"
    )
    article = read_bytes(copy.encode(), "post.txt")
    assert article.source == "Tenants' Union Northfield"
    assert article.author is None
    person = copy.replace("Tenants' Union Northfield", "Mara O'Connell").replace(
        "tenantsunion", "maraoc"
    )
    assert read_bytes(person.encode(), "post.txt").author == "Mara O'Connell"


def test_a_post_page_of_a_federated_server_is_the_accounts_post() -> None:
    post = (
        "Road closed between Millbrook and Ashdene until Friday after a landslip overnight. "
        "Diversions are signed via the B4410. Sign up for travel alerts on our website."
    )
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<title>Millbrook Highways: "Road closed between Millbrook..." - social.millbrook.example'
        '</title><meta property="og:site_name" content="social.millbrook.example">'
        '<meta property="og:title" content="Millbrook Highways (@roads@social.millbrook.example)">'
        "</head><body><div class='status'><a href='/@roads'><strong>Millbrook Highways</strong> "
        "<span>@roads@social.millbrook.example</span></a>"
        f"<div class='content'><p>{post}</p></div>"
        '<div class="meta"><time datetime="2025-02-03T07:10:00Z">Feb 3, 2025, 07:10</time> · '
        "12 boosts · 4 favorites</div></div><div class='reply'><a href='/@sam'>Sam Reid</a> "
        "<span>@sam@other.example</span><p>Thanks, taking the long way round today.</p></div>"
        "<div class='banner'><p>Log in to follow profiles or hashtags.</p></div></body></html>"
    )
    article = read_bytes(page.encode(), "post.html")
    assert article.text == post
    assert (article.title, article.source, article.author) == (None, "Millbrook Highways", None)
    assert article.published is not None and article.published.isoformat() == "2025-02-03"


def test_a_forum_threads_starter_is_its_author() -> None:
    opening = (
        "The school has written to parents to say the Year 7 intake will be cut from 180 to "
        "150 places from September."
    )
    page = (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Year 7 places '
        'cut | Schools | Dunmere Talk</title><meta property="og:site_name" content="Dunmere Talk">'
        '</head><body><main><h1>Year 7 places cut at Dunmere High</h1><div class="meta">'
        "Started by <a href='/u/7'>Priya Nandakumar</a> | 9 Jan 2025</div>"
        "<article class='post'><div class='body'>"
        f"{opening}<br><br>Has anyone else had the letter?</div></article>"
        "<article class='post'><div class='user'><a href='/u/9'>mark_t</a></div>"
        "<div class='body'>Yes, it came home in the bag yesterday.</div></article></main>"
        "</body></html>"
    )
    article = read_bytes(page.encode(), "thread.html")
    assert article.author == "Priya Nandakumar"
    assert article.text.startswith(opening)
    assert "Started by" not in article.text


def test_a_saved_page_of_search_results_is_refused_as_no_article() -> None:
    results = "".join(
        f"<li><h3><a href='/s/{n}'>{headline}</a></h3><p>{snippet}</p><span>{day}</span></li>"
        for n, (headline, snippet, day) in enumerate(
            [
                (
                    "Council backs new cycle lanes",
                    "Councillors voted on Monday to add six "
                    "miles of protected lanes along the ring road, which...",
                    "3 Feb 2025",
                ),
                (
                    "Cyclists divided over ring road plan",
                    "Some riders said the lanes did not go far enough, while others worried about…",
                    "5 Feb 2025",
                ),
                (
                    "Letters: lanes and traffic",
                    "Sir, the council should first fix the "
                    "potholes that make cycling on the ring road...",
                    "7 Feb 2025",
                ),
            ]
        )
    )
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Search | Tarnside '
        'Chronicle</title></head><body><header><a href="/">Tarnside Chronicle</a></header>'
        "<main><h1>Search</h1><p>About 212 results for \u201ccycle lanes\u201d</p>"
        f"<ul class='results'>{results}</ul></main></body></html>"
    )
    article = read_bytes(page.encode(), "search.html")
    assert article.text == ""
    assert article.published is None
    assert any("list of search results" in w for w in article.warnings)
    with pytest.raises(IngestError, match="list of search results, not an article"):
        require_article_text("search.html", article)


def test_a_story_with_one_results_line_stays_a_story() -> None:
    paragraphs = [
        "About 40 results for the county's flood survey came back in January, the agency said.",
        "The survey found that 300 homes had been flooded more than once since 2015...",
        "Officials said the figures would shape the next round of defences.",
    ]
    article = read_bytes("\n\n".join(paragraphs).encode(), "story.txt")
    assert article.text.split("\n") == paragraphs


def test_a_judgments_heading_is_set_aside_and_its_court_is_the_source() -> None:
    copy = (
        "Neutral Citation Number: [2024] EWCA Civ 88\n\n"
        "Case No: CA-2023-001412\n\n"
        "IN THE COURT OF APPEAL (CIVIL DIVISION)\n"
        "ON APPEAL FROM THE HIGH COURT OF JUSTICE\n\n"
        "Date: 12 February 2024\n\n"
        "Before: LORD JUSTICE MERRION\n\n"
        "Between:\n\nORCHARD HOMES LIMITED\nAppellant\n\n- and -\n\nTHE MAYOR OF FENBURY\n"
        "Respondent\n\n"
        "Ms Lena Hart (instructed by Dray Lowe LLP) for the Appellant\n\n"
        "Hearing date: 23 January 2024\n\n"
        "[1] This appeal concerns the planning condition attached to 240 homes on the edge of "
        "Fenbury.\n\n"
        "[2] For the reasons below, the appeal is allowed.\n"
    )
    article = read_bytes(copy.encode(), "judgment.txt")
    assert article.text.split("\n") == [
        "[1] This appeal concerns the planning condition attached to 240 homes on the edge of "
        "Fenbury.",
        "[2] For the reasons below, the appeal is allowed.",
    ]
    assert article.source == "Court of Appeal"
    assert article.author is None
    assert article.published is not None and article.published.isoformat() == "2024-02-12"


def test_an_encyclopedia_page_leaves_its_fact_box_edit_links_and_edit_stamp_out() -> None:
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Marren Lighthouse'
        ' - Coastwiki</title><meta property="og:site_name" content="Coastwiki"></head><body>'
        '<main><h1>Marren Lighthouse</h1><div class="content"><table class="infobox vcard">'
        '<tr><th colspan="2">Marren Lighthouse</th></tr><tr><th>Designer</th>'
        "<td>Edith Carrow</td></tr><tr><th>Height</th><td>31 m</td></tr><tr><th>First lit</th>"
        "<td>1888</td></tr></table><p>Marren Lighthouse is a disused lighthouse on the "
        "headland north of Port Marren, lit from 1888 until 1991.</p>"
        "<h2>History <span>[<a href='/w/edit?section=1'>edit</a>]</span></h2>"
        "<p>The tower was built of local granite after two ships were lost on the Marren rocks "
        "in the winter of 1884.</p><p>It was automated in 1962 and switched off in 1991.</p>"
        "</div></main><footer><p>This page was last modified on 4 February 2025, at 11:02."
        "</p></footer></body></html>"
    )
    article = read_bytes(page.encode(), "wiki.html")
    assert article.text.split("\n") == [
        "Marren Lighthouse is a disused lighthouse on the headland north of Port Marren, lit "
        "from 1888 until 1991.",
        "History",
        "The tower was built of local granite after two ships were lost on the Marren rocks in "
        "the winter of 1884.",
        "It was automated in 1962 and switched off in 1991.",
    ]
    assert (article.title, article.source, article.author) == (
        "Marren Lighthouse",
        "Coastwiki",
        None,
    )
    assert article.published is None
