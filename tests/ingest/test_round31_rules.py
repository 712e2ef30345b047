"""Round 31: blog date lines, agency credits, epoch dates and Next.js flight data (dev25), on
small examples of our own."""

from __future__ import annotations

import json
import time
from datetime import date

from desktop.ingest import dates, read_bytes, scripted


def page(head: str, body: str, lang: str = "en-GB") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>'
        f"<body>{body}</body></html>"
    ).encode()


PARAGRAPHS = [
    "The harbour trust voted on Tuesday to dredge the inner basin for the first time in a "
    "decade, after two fishing boats ran aground at low tide in October.",
    "The work will cost about 900,000 pounds and take six weeks in the spring, when the "
    "boats are out at the summer grounds.",
    "Skippers said the channel had been silting up since the storm of 2023 moved the bar.",
]
STORY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
SITE = '<meta property="og:site_name" content="Quayside Record">'


def push(payload: str) -> str:
    return f"<script>self.__next_f.push([1,{json.dumps(payload)}])</script>"


# --- epoch timestamps ------------------------------------------------------------------------


def test_an_epoch_timestamp_in_seconds_or_milliseconds_is_a_moment_in_utc() -> None:
    assert dates.epoch_timestamp(1793001600) == "2026-10-26T08:00:00+00:00"
    assert dates.epoch_timestamp("1793001600000") == "2026-10-26T08:00:00+00:00"
    assert dates.epoch_timestamp(1793001600.5) == "2026-10-26T08:00:00+00:00"


def test_a_year_an_id_or_a_count_is_no_timestamp() -> None:
    assert dates.epoch_timestamp(2026) is None
    assert dates.epoch_timestamp(88213) is None
    assert dates.epoch_timestamp("12345678901") is None  # 11 digits: neither unit
    assert dates.epoch_timestamp("1793001600 views") is None
    assert dates.epoch_timestamp(True) is None
    assert dates.epoch_timestamp(None) is None


def test_a_time_element_shown_relative_is_dated_by_its_timestamp_attribute() -> None:
    body = (
        "<article><h1>Harbour trust to dredge the inner basin</h1>"
        '<p class="byline">By Alys Harcourt</p>'
        '<time class="timeago" data-timestamp="1793001600">5 hours ago</time>'
        f"{STORY}</article>"
    )
    article = read_bytes(page(SITE, body), "a.html")
    assert article.published == date(2026, 10, 26)
    assert article.published_origin == "metadata"
    assert "timestamp" in article.field_origins["published"]


def test_a_timestamp_in_a_rail_beside_the_story_does_not_date_it() -> None:
    body = (
        f"<article><h1>Harbour trust to dredge the inner basin</h1>{STORY}</article>"
        '<aside><a href="/x">Ferry fares rise</a> <time data-timestamp="1793001600">1 hour ago'
        "</time></aside>"
    )
    assert read_bytes(page(SITE, body), "a.html").published is None


def test_an_attribute_named_for_the_publication_dates_the_story_and_a_modified_one_not() -> None:
    body = (
        '<article data-modified-ms="1793260800000" data-published-ms="1793001600000">'
        f"<h1>Harbour trust to dredge the inner basin</h1>{STORY}</article>"
    )
    article = read_bytes(page(SITE, body), "a.html")
    assert article.published == date(2026, 10, 26)
    assert article.published_origin == "metadata"
    only_modified = body.replace(' data-published-ms="1793001600000"', "")
    assert read_bytes(page(SITE, only_modified), "a.html").published is None


def test_a_script_state_dates_a_page_that_names_no_date_elsewhere() -> None:
    state = {
        "related": [{"title": "Ferry fares rise", "firstPublishedAt": 1790000000000}],
        "article": {"slug": "dredging", "lastModifiedAt": 1793260800000},
    }
    state["article"]["firstPublishedAt"] = 1793001600000
    body = (
        f"<article><h1>Harbour trust to dredge the inner basin</h1>{STORY}</article>"
        f"<script>window.__STATE__ = {json.dumps({'article': state['article']})};</script>"
    )
    article = read_bytes(page(SITE, body), "a.html")
    assert article.published == date(2026, 10, 26)
    assert article.published_origin == "metadata"


def test_a_printed_date_outranks_a_script_state() -> None:
    state = {"article": {"slug": "dredging", "firstPublishedAt": 1793001600000}}
    body = (
        "<article><h1>Harbour trust to dredge the inner basin</h1>"
        "<p>Published: 3 November 2026</p>"
        f"{STORY}</article><script>window.__STATE__ = {json.dumps(state)};</script>"
    )
    assert read_bytes(page(SITE, body), "a.html").published == date(2026, 11, 3)


def test_a_state_date_with_nothing_naming_a_story_beside_it_is_not_read() -> None:
    state = {"weather": {"firstPublishedAt": 1793001600000, "temperature": 9}}
    body = (
        f"<article><h1>Harbour trust to dredge the inner basin</h1>{STORY}</article>"
        f"<script>window.__STATE__ = {json.dumps(state)};</script>"
    )
    assert read_bytes(page(SITE, body), "a.html").published is None


# --- Next.js App Router flight data ------------------------------------------------------------


def test_flight_rows_are_parsed_and_text_rows_fill_their_references() -> None:
    text = "<p>Long text of the story.</p>"
    data = (
        '1:HL["/a.css","style"]\n'
        f'2:["$","div",null,{{"story":{{"title":"T","html":"$3"}}}}]\n'
        f"3:T{len(text.encode()):x},{text}"
        '4:["$","p",null,{"x":1}]\n'
    )
    rows = scripted.flight_rows(data)
    # The hint row ("HL") is no JSON value; the text row is put where "$3" refers to it.
    assert rows == [
        ["$", "div", None, {"story": {"title": "T", "html": text}}],
        ["$", "p", None, {"x": 1}],
    ]


def test_a_text_row_counts_its_length_in_bytes() -> None:
    text = "Zoë said “yes”."
    data = f'5:T{len(text.encode()):x},{text}6:["$5"]\n'
    assert scripted.flight_rows(data) == [[text]]


def test_a_next_page_whose_story_is_only_in_flight_chunks_has_it_as_its_body() -> None:
    line = '2:["$","$L3",null,' + json.dumps(
        {
            "article": {
                "headline": "Harbour trust to dredge the inner basin",
                "publishedAt": "2026-10-26T06:40:00.000Z",
                "updatedAt": "2026-10-29T10:00:00.000Z",
                "author": {"name": "Alys Harcourt"},
                "body": [{"type": "paragraph", "text": p} for p in PARAGRAPHS],
            }
        }
    )
    cut = line.index("author")
    body = (
        "<header><a href='/'>Quayside Record</a></header><main><p>Loading article…</p></main>"
        "<script>(self.__next_f=self.__next_f||[]).push([0])</script>"
        + push('1:HL["/a.css","style"]\n')
        + push(line[:cut])
        + push(line[cut:] + "]\n")
    )
    article = read_bytes(page(SITE, body), "a.html")
    assert article.title == "Harbour trust to dredge the inner basin"
    assert article.author == "Alys Harcourt"
    assert article.published == date(2026, 10, 26)
    assert article.published_origin == "metadata"
    assert article.text.startswith(PARAGRAPHS[0])
    assert article.text.rstrip().endswith(PARAGRAPHS[-1])
    assert "Loading article" not in article.text


def test_next_data_with_an_epoch_date_dates_the_story() -> None:
    data = {
        "props": {
            "pageProps": {
                "post": {
                    "title": "Harbour trust to dredge the inner basin",
                    "publishedAt": 1793001600000,
                    "contentHtml": STORY,
                }
            }
        }
    }
    body = (
        '<div id="__next"><div class="spinner">Loading</div></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'
    )
    article = read_bytes(page(SITE, body), "a.html")
    assert article.published == date(2026, 10, 26)
    assert article.text.startswith(PARAGRAPHS[0])


def test_flight_data_on_a_50_mb_page_stays_bounded() -> None:
    chunk = push("9:" + json.dumps(["x" * 2000]) + "\n")
    body = "<main><p>Loading…</p></main>" + chunk * (50_000_000 // len(chunk))
    data = page(SITE, body)
    started = time.process_time()
    read_bytes(data, "a.html")
    assert time.process_time() - started < 20


def test_an_unterminated_flight_chunk_on_a_large_page_is_skipped() -> None:
    body = '<main><p>Loading…</p></main><script>self.__next_f.push([1,"' + "x" * 20_000_000
    started = time.process_time()
    article = read_bytes(page(SITE, body), "a.html")
    assert time.process_time() - started < 20
    assert "xxxx" not in article.text


# --- a blog theme's "Posted in SECTION on DATE by NAME" ------------------------------------------


def test_a_post_line_naming_its_section_gives_the_date_and_the_author() -> None:
    facts = dates.read_meta_line("Posted in Local News on June 9, 2026 by Delyth Morgan.")
    assert facts is not None
    assert facts.dates == [date(2026, 6, 9)]
    assert facts.authors == ["Delyth Morgan"]
    facts = dates.read_meta_line("Published in Sport on 21 May 2026 by Kofi Mensah")
    assert facts is not None and facts.dates == [date(2026, 5, 21)]
    assert facts.authors == ["Kofi Mensah"]
    facts = dates.read_meta_line("Filed under Courts on 2 April 2026 by Ines Duarte")
    assert facts is not None and facts.authors == ["Ines Duarte"]


def test_a_filed_under_part_between_separators_is_left_out() -> None:
    facts = dates.read_meta_line("Filed under: Health · 8 July 2026 · by Marta Kowal")
    assert facts is not None
    assert facts.dates == [date(2026, 7, 8)]
    assert facts.authors == ["Marta Kowal"]


def test_sections_alone_or_a_sentence_are_no_post_line() -> None:
    assert dates.read_meta_line("Filed under: Health, Hospitals") is None
    assert dates.read_meta_line("Posted in Politics") is None
    assert (
        dates.read_meta_line("The study was published in Nature on 3 March 2026 by a team of 12.")
        is None
    )


def test_a_post_line_in_the_entry_header_dates_the_post_over_a_modified_time() -> None:
    head = SITE + '<meta property="article:modified_time" content="2026-11-06T15:20:00+00:00">'
    body = (
        "<article><header><h1>Harbour trust to dredge the inner basin</h1>"
        '<div class="entry-meta"><span class="cat-links">Filed under: <a href="/c/">Harbour</a>'
        "</span> · <span>3 November 2026</span> · <span>by Alys Harcourt</span></div></header>"
        f"{STORY}</article>"
    )
    article = read_bytes(page(head, body), "a.html")
    assert article.published == date(2026, 11, 3)
    assert article.published_origin == "text"
    assert article.author == "Alys Harcourt"
    assert "Filed under" not in article.text


def test_a_post_footer_line_inside_the_article_dates_it_and_stays_out_of_the_body() -> None:
    body = (
        f"<article><h1>Harbour trust to dredge the inner basin</h1>{STORY}"
        '<footer class="entry-meta">Posted in <a href="/c/">Harbour</a> on '
        '<a href="/2026/11/03/dredge/" rel="bookmark">November 3, 2026</a> by '
        '<a rel="author" href="/a/">Alys Harcourt</a>.</footer></article>'
        "<footer><p>Proudly powered by a blog engine</p></footer>"
    )
    article = read_bytes(page(SITE, body), "a.html")
    assert article.published == date(2026, 11, 3)
    assert article.published_origin == "text"
    assert article.author == "Alys Harcourt"
    assert "Posted in" not in article.text
    assert "Proudly powered" not in article.text
    assert article.text.rstrip().endswith(PARAGRAPHS[-1])


# --- agency credits, breadcrumbs and mastheads ---------------------------------------------------


def test_an_agency_beside_the_date_is_a_credit_not_the_outlet() -> None:
    facts = dates.read_meta_line("PTI | Nov 4, 2026, 18:05 IST")
    assert facts is not None
    assert facts.outlet is None and facts.credit == "PTI"
    assert facts.dates == [date(2026, 11, 4)]
    facts = dates.read_meta_line("Harbour Weekly | 4 November 2026")
    assert facts is not None and facts.outlet == "Harbour Weekly"


def test_a_copy_credited_to_an_agency_takes_its_outlet_from_the_copyright_line() -> None:
    text = (
        "Home > State News\n\n"
        "Harbour trust to dredge the inner basin at last\n\n"
        "PTI | Nov 4, 2026, 18:05 IST\n\n" + "\n\n".join(PARAGRAPHS) + "\n\n"
        "Copyright © 2026 The Konkan Chronicle. All rights reserved.\n"
    )
    article = read_bytes(text.encode(), "a.txt")
    assert article.title == "Harbour trust to dredge the inner basin at last"
    assert article.source == "The Konkan Chronicle"
    assert article.author is None
    assert article.published == date(2026, 11, 4)
    assert article.text.startswith(PARAGRAPHS[0])


def test_an_agency_credit_run_on_with_the_date_label_names_no_author() -> None:
    body = (
        "<div class='single-news'><h1>Harbour trust to dredge the inner basin</h1>"
        "<div class='author-info'><span>By IANS</span> <span>Published: 05 Nov 2026, 09:30 PM"
        f"</span></div><div class='news-details'>{STORY}</div></div>"
    )
    article = read_bytes(page("<title>Dredging | Quayside Record</title>", body), "a.html")
    assert article.author is None
    assert article.published == date(2026, 11, 5)


def test_an_outlet_line_above_a_markdown_heading_is_the_masthead() -> None:
    text = (
        "Quayside Weekly\n\n# Harbour trust to dredge the inner basin\n\n"
        + "\n\n".join(PARAGRAPHS)
        + "\n"
    )
    article = read_bytes(text.encode(), "a.md")
    assert article.source == "Quayside Weekly"
    assert article.title == "Harbour trust to dredge the inner basin"
    assert article.text.startswith(PARAGRAPHS[0])


def test_a_wordpress_like_box_is_furniture() -> None:
    text = (
        "Harbour trust to dredge the inner basin\n\n"
        + "\n\n".join(PARAGRAPHS)
        + "\n\nLike this:\n\nLike Loading...\n"
    )
    article = read_bytes(text.encode(), "a.txt")
    assert "Like Loading" not in article.text
    assert "Like this" not in article.text


# --- more post lines, dated elements, data beside a shown headline -------------------------------


def test_older_themes_post_lines_give_the_date_and_the_author() -> None:
    for line in (
        "This entry was posted in Harbour on 3 November 2026 by Alys Harcourt.",
        "Posted on 3 November 2026 in Harbour by Alys Harcourt",
        "Posted by Alys Harcourt on 3 November 2026 in Harbour, Local",
        "Categories: Harbour · 3 November 2026 · Alys Harcourt",
    ):
        facts = dates.read_meta_line(line)
        assert facts is not None, line
        assert facts.dates == [date(2026, 11, 3)], line
        assert facts.authors == ["Alys Harcourt"], line
        assert facts.outlet is None, line
    assert dates.read_meta_line("Category: Harbour") is None


def test_a_regional_paper_named_with_mirror_or_voice_is_a_masthead() -> None:
    text = (
        "Quayside Mirror\n\nHarbour trust to dredge the inner basin at last\n\n"
        "Agencies | Nov 3, 2026, 10:12 IST\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    )
    article = read_bytes(text.encode(), "a.txt")
    assert article.source == "Quayside Mirror"
    assert article.author is None
    assert article.title == "Harbour trust to dredge the inner basin at last"


def test_an_element_classed_as_the_date_is_dated_by_its_timestamp() -> None:
    body = (
        "<article><h1>Harbour trust to dredge the inner basin</h1>"
        '<span class="article-date" data-timestamp="1793001600">2 hours ago</span>'
        f"{STORY}</article>"
    )
    article = read_bytes(page(SITE, body), "a.html")
    assert article.published == date(2026, 10, 26)
    assert article.published_origin == "metadata"
    updated = body.replace("article-date", "updated-date")
    assert read_bytes(page(SITE, updated), "a.html").published is None
    unmarked = body.replace(' class="article-date"', ' class="counter"')
    assert read_bytes(page(SITE, unmarked), "a.html").published is None


def test_a_shown_story_takes_its_date_and_byline_from_the_data_beside_its_headline() -> None:
    data = {
        "teaser": {"title": "Ferry fares rise again", "date": "2026-09-01", "author": "Ana Ruiz"},
        "post": {
            "title": "Harbour trust to dredge the inner basin",
            "date": "2026-10-26T08:00:00Z",
            "author": [{"name": "Alys Harcourt"}],
        },
    }
    body = f"<article><h1>Harbour trust to dredge the inner basin</h1>{STORY}</article>" + push(
        "2:" + json.dumps(["$", "$L3", None, data]) + "\n"
    )
    article = read_bytes(page(SITE, body), "a.html")
    assert article.published == date(2026, 10, 26)
    assert article.published_origin == "metadata"
    assert article.author == "Alys Harcourt"
    assert article.text.count(PARAGRAPHS[0]) == 1


def test_an_agency_in_the_data_beside_the_headline_names_no_author() -> None:
    data = {"title": "Harbour trust to dredge the inner basin", "author": {"name": "PTI"}}
    body = (
        f"<article><h1>Harbour trust to dredge the inner basin</h1>{STORY}</article>"
        f"<script>window.__STATE__ = {json.dumps({'story': data})};</script>"
    )
    assert read_bytes(page(SITE, body), "a.html").author is None


def test_scripts_left_open_are_passed_over_in_one_scan() -> None:
    markup = "<p>x</p>" + "<script>var a = 1;" * 200_000
    started = time.process_time()
    assert scripted.data_scripts(markup) == []
    assert time.process_time() - started < 2


def test_a_meta_tag_holding_a_timestamp_dates_the_story() -> None:
    head = SITE + '<meta property="article:published_time" content="1793001600">'
    body = f"<article><h1>Harbour trust to dredge the inner basin</h1>{STORY}</article>"
    article = read_bytes(page(head, body), "a.html")
    assert article.published == date(2026, 10, 26)
    assert article.published_origin == "metadata"
    compact = head.replace("1793001600", "20261026")
    assert read_bytes(page(compact, body), "a.html").published == date(2026, 10, 26)


def test_a_themes_comment_and_tag_links_beside_the_date_line_are_left_out() -> None:
    for line in (
        "Posted on 3 November 2026 by Alys Harcourt — Leave a comment",
        "3 November 2026 · Alys Harcourt · 3 Comments",
        "Posted in Harbour on 3 November 2026 by Alys Harcourt | 2 Comments",
        "Posted on 3 November 2026 by Alys Harcourt | Tagged dredging, harbour",
    ):
        facts = dates.read_meta_line(line)
        assert facts is not None, line
        assert facts.dates == [date(2026, 11, 3)], line
        assert facts.authors == ["Alys Harcourt"], line
        assert facts.outlet is None, line
    # Without a date or a byline, the links alone make no date line.
    assert dates.read_meta_line("Alys Harcourt | 2 Comments") is None


# --- a blog copied from its top -------------------------------------------------------------


def test_a_copied_blogs_name_and_tagline_are_not_the_headline() -> None:
    text = (
        "The Quayside Diaries\nNotes from a working harbour\n\n"
        "Harbour trust to dredge the inner basin\n\n" + "\n\n".join(PARAGRAPHS) + "\n\n"
        "Posted in Harbour on 3 November 2026 by Alys Harcourt\n"
    )
    article = read_bytes(text.encode(), "a.txt")
    assert article.title == "Harbour trust to dredge the inner basin"
    assert article.source == "The Quayside Diaries"
    assert article.author == "Alys Harcourt"
    assert article.published == date(2026, 11, 3)
    assert article.text.startswith(PARAGRAPHS[0])
    assert "Notes from a working harbour" not in article.text


def test_a_headline_over_its_standfirst_is_no_blog_name() -> None:
    # A headline in title case opening with "The", a standfirst under it, the byline: no
    # post title follows them, so they are no blog's name and tagline.
    text = (
        "The Silt Bar Is Back\nSkippers say the harbour mouth is the worst in years\n\n"
        "By Alys Harcourt\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    )
    article = read_bytes(text.encode(), "a.txt")
    assert article.title == "The Silt Bar Is Back"
    assert article.source is None


def test_a_section_label_over_a_headline_and_standfirst_is_no_blog_name() -> None:
    text = (
        "Local Politics\nWhy the council is wrong about the harbour\n\n"
        "A dredging plan that ignores the skippers\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    )
    article = read_bytes(text.encode(), "a.txt")
    assert article.source != "Local Politics"


def test_a_headline_about_a_trust_is_not_the_trusts_name() -> None:
    text = (
        "Harbour trust votes to dredge\n\nSkippers say the silt bar is the worst in years\n\n"
        "By Alys Harcourt\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    )
    article = read_bytes(text.encode(), "a.txt")
    assert article.title == "Harbour trust votes to dredge"
    assert article.source is None
    release = (
        "Quayside Harbour Trust\n\nHarbour trust to dredge the inner basin next spring\n\n"
        "3 November 2026\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    )
    article = read_bytes(release.encode(), "b.txt")
    assert article.source == "Quayside Harbour Trust"
    assert article.title == "Harbour trust to dredge the inner basin next spring"


# --- South Asian credit lines -------------------------------------------------------------------


def test_an_agency_and_the_place_it_filed_from_name_no_writer_and_no_outlet() -> None:
    for line, credit in (
        ("Press Trust of India | Kochi | Updated: November 03, 2026 10:12 IST", "Press Trust"),
        ("IANS | Updated: 3 November 2026 10:12 IST | Chittagong", "IANS"),
        ("By: Konkan Web Desk | Panaji | November 3, 2026 10:12 IST", "Konkan Web Desk"),
    ):
        facts = dates.read_meta_line(line)
        assert facts is not None, line
        assert facts.dates == [date(2026, 11, 3)], line
        assert facts.authors == [] and facts.outlet is None, line
        assert facts.credit is not None and credit in facts.credit, line


def test_a_writer_beside_an_agency_or_an_editor_is_the_author() -> None:
    facts = dates.read_meta_line("Anil Menon, TNN | Nov 3, 2026, 10:12 IST")
    assert facts is not None
    assert facts.authors == ["Anil Menon"] and facts.credit == "TNN" and facts.outlet is None
    facts = dates.read_meta_line(
        "Edited By: Ritu Sen | Written By: Anil Menon | Updated: Nov 3, 2026, 10:12 IST"
    )
    assert facts is not None
    assert facts.authors == ["Anil Menon"] and facts.outlet is None


def test_a_time_zone_in_brackets_belongs_to_the_clock() -> None:
    facts = dates.read_meta_line("Konkan Live | 03 Nov 2026 10:12 AM (IST)")
    assert facts is not None
    assert facts.dates == [date(2026, 11, 3)]
    assert facts.outlet == "Konkan Live"


def test_a_state_objects_other_names_for_the_first_publication_are_read() -> None:
    for key in ("publishTime", "pubDate", "first_published_at", "publishedOn"):
        state = {"article": {"slug": "dredging", key: 1793001600, "modifiedTime": 1793260800}}
        body = (
            f"<article><h1>Harbour trust to dredge the inner basin</h1>{STORY}</article>"
            f"<script>window.__STATE__ = {json.dumps(state)};</script>"
        )
        assert read_bytes(page(SITE, body), "a.html").published == date(2026, 10, 26), key


def test_a_story_carried_only_as_rendered_elements_in_flight_data_is_the_body() -> None:
    tree = [
        "$",
        "article",
        None,
        {
            "children": [
                ["$", "h1", None, {"children": "Harbour trust to dredge the inner basin"}],
                ["$", "p", None, {"children": PARAGRAPHS[0]}],
                [
                    "$",
                    "p",
                    None,
                    {
                        "children": [
                            "The work will cost about ",
                            ["$", "strong", None, {"children": "$$1.1 million"}],
                            " and take six weeks in the spring, when the boats are away.",
                        ]
                    },
                ],
                ["$", "h2", None, {"children": "What skippers say"}],
                ["$", "p", None, {"children": PARAGRAPHS[2]}],
                ["$", "$L7", None, {"children": "$L8"}],
            ]
        },
    ]
    body = "<header><a href='/'>Quayside Record</a></header><main><p>Loading…</p></main>" + push(
        "4:" + json.dumps(tree) + "\n"
    )
    article = read_bytes(page(SITE, body), "a.html")
    assert article.title == "Harbour trust to dredge the inner basin"
    assert article.text.startswith(PARAGRAPHS[0])
    assert "The work will cost about $1.1 million and take six weeks" in article.text
    assert "What skippers say" in article.text
    assert article.text.rstrip().endswith(PARAGRAPHS[2])
    assert "$L" not in article.text and "Loading" not in article.text


def test_a_publishers_id_of_ten_digits_is_no_date() -> None:
    body = (
        '<article data-publisher-id="1793001600" data-published-id="1793001600">'
        f"<h1>Harbour trust to dredge the inner basin</h1>{STORY}</article>"
    )
    assert read_bytes(page(SITE, body), "a.html").published is None


def test_data_nested_too_deep_to_parse_is_passed_over_not_the_page_refused() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    body = (
        f"<article><h1>Harbour trust to dredge the inner basin</h1>{STORY}</article>"
        + push("1:" + deep + "\n")
        + f"<script>window.__STATE__ = {deep};</script>"
    )
    article = read_bytes(page(SITE, body), "a.html")
    assert article.text.startswith(PARAGRAPHS[0])
