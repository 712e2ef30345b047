"""Page shapes beyond the plain article: paywalls, boxes, embeds, e-mails, print pages, exports.

Every fixture here is written for these tests (invented outlets and stories); each test pins one
rule of desktop/ingest and would fail without it.
"""

from __future__ import annotations

from datetime import date

from desktop.domain import RawArticle
from desktop.ingest import read_bytes, read_file, read_pasted
from tests.ingest.conftest import DATA

A = (
    "The district council approved a new cycle lane along the river road on Tuesday, after "
    "a two-year campaign by parents at the nearby primary school."
)
B = (
    "The lane will cost about 1.2 million pounds and should be finished before the start of "
    "the next school year, council officers said."
)
C = (
    "Shop owners on the road had objected to the loss of 40 parking spaces, but the council "
    "said a survey found most customers arrive on foot."
)
D = "Work is due to begin in the spring, once the drainage survey is complete."


def html(head: str, body: str) -> bytes:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>".encode()


def reasons(article: RawArticle) -> dict[str, str | None]:
    return {b.text: b.reason for b in article.blocks if not b.kept}


def test_paywall_keeps_only_the_teaser_and_sets_the_prompt_aside() -> None:
    page = html(
        '<meta property="og:title" content="Cycle lane approved for river road">',
        "<article><h1>Cycle lane approved for river road</h1><div class='body'>"
        f"<p>{A}</p><p>{B}</p></div>"
        "<div class='article-body--truncated'><p>The decision followed a long debate in which"
        "</p></div>"
        "<div class='offer-box'><p>This article is for subscribers only.</p>"
        "<p>Subscribe to continue reading and get full access to local news.</p>"
        "<p>Already a subscriber? <a>Log in</a></p></div></article>",
    )
    article = read_bytes(page, "p.html")
    assert article.text.split("\n") == [A, B]
    removed = reasons(article)
    assert removed["This article is for subscribers only."] == "paywall"
    assert removed["Already a subscriber? Log in"] == "paywall"
    assert removed["The decision followed a long debate in which"] == "paywall"


def test_paywall_lines_are_told_from_sentences_about_subscribers() -> None:
    text = "\n\n".join(
        [
            "Cycle lane approved for river road",
            A,
            "For subscribers, the price of the monthly pass rises to 12 pounds from May.",
            "Already a member of the cycling club, she backed the plan.",
            "Subscribe to continue reading",
            "Already a subscriber? Sign in",
        ]
    )
    article = read_pasted(text)
    assert article.text.split("\n") == [
        A,
        "For subscribers, the price of the monthly pass rises to 12 pounds from May.",
        "Already a member of the cycling club, she backed the plan.",
    ]


def test_pull_quote_marked_by_the_page_goes_and_its_paragraph_stays() -> None:
    quoted = (
        '"We have waited long enough for a safe way to school," said Mira Kaur, who led the '
        "parents' campaign."
    )
    page = html(
        '<meta property="og:title" content="Cycle lane approved for river road">',
        f"<article><h1>Cycle lane approved for river road</h1><p>{A}</p><p>{B}</p>"
        "<blockquote class='wp-block-pullquote'><p>We have waited long enough for a safe way "
        f"to school</p><cite>Mira Kaur, parents' campaign</cite></blockquote><p>{quoted}</p>"
        f"<p>{C}</p></article>",
    )
    article = read_bytes(page, "p.html")
    assert article.text.split("\n") == [A, B, quoted, C]


def test_pull_quote_repeating_a_paragraph_in_a_copy_goes() -> None:
    said = (
        'Council leader Ana Ruiz said: "This lane will make the river road safe for every '
        'child who walks or cycles to school."'
    )
    text = "\n\n".join(
        [
            "# Cycle lane approved for river road",
            A,
            '> "This lane will make the river road safe for every child who walks or cycles."',
            said,
            C,
        ]
    )
    article = read_bytes(text.encode(), "clip.md")
    assert article.text.split("\n") == [A, said, C]
    assert "pull quote" in reasons(article).values()


def test_a_paragraph_repeated_with_a_sentence_added_is_not_a_pull_quote() -> None:
    text = "\n\n".join(["Cycle lane approved", A, B, A + " The vote was 31 to 9."])
    article = read_pasted(text)
    assert article.text.split("\n") == [A, B, A + " The vote was 31 to 9."]


def test_key_points_box_is_set_aside_in_pages_and_copies() -> None:
    page = html(
        '<meta property="og:title" content="Cycle lane approved for river road">',
        "<article><h1>Cycle lane approved for river road</h1>"
        "<div class='key-points'><h2>Key points:</h2><ul><li>The lane costs 1.2 million pounds"
        "</li><li>Forty parking spaces go</li></ul></div>"
        f"<p>{A}</p><p>{B}</p><p>{C}</p></article>",
    )
    assert read_bytes(page, "p.html").text.split("\n") == [A, B, C]
    copy = "\n\n".join(
        [
            "# Cycle lane approved for river road",
            "**At a glance**",
            "- The lane costs 1.2 million pounds\n- Forty parking spaces go",
            A,
            B,
        ]
    )
    article = read_bytes(copy.encode(), "clip.md")
    assert article.text.split("\n") == [A, B]
    assert reasons(article)["At a glance"] == "summary box"


def test_a_summary_heading_over_paragraphs_is_not_a_box() -> None:
    short = "Councillors voted 31 to 9 in favour."
    text = "\n\n".join(["# Cycle lane approved", A, "## Summary", short, B, C])
    article = read_bytes(text.encode(), "clip.md")
    assert short in article.text.split("\n")
    assert B in article.text


def test_embedded_post_loses_its_signature_and_keeps_its_words() -> None:
    post = "Work on the river road lane starts in spring. Thank you to every parent who wrote in."
    page = html(
        '<meta property="og:title" content="Cycle lane approved for river road">',
        f"<article><h1>Cycle lane approved for river road</h1><p>{A}</p>"
        f"<blockquote class='twitter-tweet'><p>{post}</p>&mdash; River District Council "
        "(@RiverDistrictEx) <a href='#'>March 4, 2025</a></blockquote>"
        f"<p>{B}</p><p>{C}</p></article>",
    )
    article = read_bytes(page, "p.html")
    assert "@RiverDistrictEx" not in article.text
    assert article.text.startswith(A) and article.text.endswith(C)
    assert "social post" in reasons(article).values()


def test_the_headline_on_the_page_wins_over_a_different_social_title() -> None:
    page = html(
        '<meta property="og:title" content="\'Finally!\' Parents celebrate after long fight">'
        '<meta property="og:site_name" content="Riverside Echo">',
        "<header><a>Riverside Echo</a></header><article><p class='kicker'>Transport</p>"
        f"<h1>Cycle lane approved for river road</h1><p>{A}</p><p>{B}</p></article>",
    )
    article = read_bytes(page, "p.html")
    assert article.title == "Cycle lane approved for river road"
    assert article.text.split("\n") == [A, B]
    assert article.source == "Riverside Echo"


def test_an_agency_credited_as_author_leaves_the_byline_to_name_the_writer() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Cycle lane '
        'approved", "author": {"@type": "Organization", "name": "Northern Wire"}}</script>'
    )
    page = html(
        ld + '<meta property="og:site_name" content="Riverside Echo">',
        "<article><h1>Cycle lane approved</h1><p class='byline'>By LENA FROST<br>Northern "
        f"Wire</p><p>{A}</p><p>{B}</p></article>",
    )
    article = read_bytes(page, "p.html")
    assert article.author is not None and article.author.casefold() == "lena frost"
    assert article.source == "Riverside Echo"


def test_newsletter_saved_from_email_reads_in_order_without_its_chrome() -> None:
    _, article = read_file(DATA / "newsletter_email.html")
    assert article.title == "Why the tram depot vote was delayed"
    assert article.author == "Ottilie Grange"
    body = article.text.split("\n")
    assert body[0].startswith("The city council postponed its vote")
    assert body[-1] == "The vote is now expected at the council's meeting on 12 June."
    for chrome in ("View this email", "Unsubscribe", "Forward it to a friend", "receiving this"):
        assert chrome not in article.text


def test_printer_friendly_page_takes_its_headline_and_outlet() -> None:
    _, article = read_file(DATA / "printer_page.html")
    assert article.title == "Library roof repairs to close reading room for a month"
    assert article.source == "Harrowgate Standard"
    assert article.author == "Caspar Whitby"
    assert article.published == date(2024, 9, 17)
    assert article.text.startswith("The central library's reading room will close")
    assert article.text.endswith("the council said.")


def test_print_tools_and_footer_in_a_text_copy_are_furniture() -> None:
    text = "\n".join(
        [
            "Print this page | Close window",
            "Cycle lane approved for river road",
            A,
            B,
            "Article printed from Riverside Echo: https://riverside.example",
            "URL to article: https://riverside.example/news/cycle-lane",
        ]
    )
    article = read_pasted(text)
    assert article.text.split("\n") == [A, B]


def test_masthead_and_menu_above_the_headline_name_the_outlet_over_the_wire() -> None:
    text = "\n".join(
        [
            "The Riverside Echo",
            "Home News Sport Business",
            "World",
            "Port strike ends after nine days",
            "Ilse Brandt, Northern Wire",
            "Tuesday 8 October 2024",
            "",
            "HAMBURG, Oct 8 (Northern Wire) - Dock workers ended a nine-day strike on Tuesday "
            "after accepting a pay offer of 7 percent over two years, their union said.",
            "",
            "Shipping lines said it would take a week to clear the backlog of containers.",
        ]
    )
    article = read_pasted(text)
    assert article.title == "Port strike ends after nine days"
    assert article.source == "The Riverside Echo"
    assert article.author == "Ilse Brandt"
    assert article.published == date(2024, 10, 8)
    assert article.text.startswith("HAMBURG, Oct 8 (Northern Wire) - Dock workers")


def test_feed_reader_export_with_labelled_fields() -> None:
    text = "\n".join(
        [
            "# Cycle lane approved for river road",
            "",
            "[Open original](https://riverside.example/news/cycle-lane)",
            "",
            "- **Source:** Riverside Echo",
            "- **Author:** Tomasz Wren",
            "- **Published:** 2025-03-04T18:20:00+00:00",
            "",
            A,
            "",
            B,
        ]
    )
    article = read_bytes(text.encode(), "export.md")
    assert (article.source, article.author) == ("Riverside Echo", "Tomasz Wren")
    assert article.published == date(2025, 3, 4)
    assert article.published_origin == "text"
    assert article.text.split("\n") == [A, B]


def test_a_source_label_at_the_foot_credits_data_not_the_outlet() -> None:
    text = "\n".join(["Cycle lane approved", "By Tomasz Wren", A, B, C, "Source: Transport Office"])
    assert read_pasted(text).source is None


def test_feed_front_matter_names_the_feed_as_outlet() -> None:
    text = "\n".join(
        [
            "---",
            'feed: "Riverside Echo"',
            'title: "Cycle lane approved for river road"',
            'pubDate: "Tue, 04 Mar 2025 18:20:00 +0000"',
            "---",
            "",
            A,
            "",
            "[Read on riverside.example](https://riverside.example/news/cycle-lane)",
        ]
    )
    article = read_bytes(text.encode(), "feed.md")
    assert article.source == "Riverside Echo"
    assert article.published == date(2025, 3, 4)
    assert article.text == A


def test_numbered_lines_lose_their_numbers() -> None:
    lines = [
        "Cycle lane approved for river road",
        "",
        "By Tomasz Wren",
        "",
        "The district council approved a new cycle lane along the river",
        "road on Tuesday, after a two-year campaign by parents at the",
        "nearby primary school.",
        "",
        "Work is due to begin in the spring, once the drainage survey is",
        "complete.",
    ]
    for style in ("{n:3d}  {line}", "{n:03d}: {line}"):
        numbered = "\n".join(
            style.format(n=n, line=line).rstrip() for n, line in enumerate(lines, 1)
        )
        article = read_pasted(numbered)
        assert article.title == "Cycle lane approved for river road"
        assert article.author == "Tomasz Wren"
        assert article.text.split("\n") == [A, D], style


def test_a_numbered_list_inside_an_article_keeps_its_numbers() -> None:
    text = "\n".join(
        ["Three changes to the river road", A, "1. A cycle lane", "2. New crossings", C]
    )
    assert "1. A cycle lane" in read_pasted(text).text


def test_advert_dropped_mid_sentence_is_set_aside_and_the_sentence_rejoined() -> None:
    text = "\n".join(
        [
            "Cycle lane approved for river road",
            "The district council approved a new cycle lane along the river road on Tuesday,",
            "Advertisement",
            "after a two-year campaign by parents at the nearby primary school.",
            "Advertisement",
            B,
        ]
    )
    article = read_pasted(text)
    assert article.text.split("\n") == [A, B]
    assert [b.reason for b in article.blocks].count("advertisement") == 2


def test_corrections_and_editors_notes_stay_in_the_record() -> None:
    correction = (
        "Correction: An earlier version of this article gave the wrong cost for the lane. "
        "It is 1.2 million pounds, not 2.1 million."
    )
    note = "Editor's note: This article has been updated with the result of the vote."
    page = html(
        '<meta property="og:title" content="Cycle lane approved for river road">',
        f"<article><h1>Cycle lane approved for river road</h1><p>{A}</p><p>{B}</p>"
        f"<p class='correction'><em>{correction}</em></p><p><em>{note}</em></p></article>"
        "<div class='related'><h3>Related</h3><a>Bus fares frozen</a><a>Bridge reopens</a></div>",
    )
    assert read_bytes(page, "p.html").text.split("\n") == [A, B, correction, note]


def test_the_authors_name_alone_under_the_headline_is_the_byline() -> None:
    page = html(
        '<meta property="og:title" content="Cycle lane approved for river road">'
        '<meta name="author" content="Tomasz Wren">',
        "<article><h1>Cycle lane approved for river road</h1><p>Tomasz Wren in Riverside</p>"
        f"<p>{A}</p><p>{B}</p></article>",
    )
    article = read_bytes(page, "p.html")
    assert article.text.split("\n") == [A, B]


def test_a_story_sentence_about_someone_joining_is_not_an_author_bio() -> None:
    joined = "Holm joined the council in 2019 and has chaired its transport committee since 2022."
    text = "\n".join(["Cycle lane approved", A, B, C, joined])
    assert read_pasted(text).text.endswith(joined)


def test_translation_note_is_set_aside() -> None:
    text = "\n".join(
        ["Cycle lane approved", A, B, "This article was translated from German by our desk."]
    )
    article = read_pasted(text)
    assert article.text.split("\n") == [A, B]
    assert "translation note" in reasons(article).values()


def test_stray_footer_lines_after_the_footer_are_furniture() -> None:
    text = "\n".join(
        [
            "Cycle lane approved",
            A,
            B,
            "© 2025 Riverside Echo. All rights reserved.",
            "Start writing",
        ]
    )
    article = read_pasted(text)
    assert article.text.split("\n") == [A, B]
    assert reasons(article)["Start writing"] == "page footer"


def test_a_data_table_inside_a_layout_table_keeps_its_rows() -> None:
    page = html(
        "<title>Ferry timetable</title>",
        "<table role='presentation'><tr><td><h1>Ferry timetable changes from Monday</h1>"
        f"<p>{A}</p><table><tr><th>Route</th><th>Now</th></tr><tr><td>North</td><td>40</td>"
        f"</tr></table><p>{B}</p></td></tr></table>",
    )
    body = read_bytes(page, "p.html").text.split("\n")
    assert body[0] == A and body[-1] == B
    # one line per row, cells joined with " | " (round 33: as a Word file's or a PDF's table)
    assert "Route | Now" in body and "North | 40" in body
