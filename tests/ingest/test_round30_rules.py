"""Round 30: regional and non-US page shapes (dev24), on small examples of our own: agencies
as bylines, editors beside a writer, several author cards, a browser's reader view, a story
pasted from a newsletter e-mail, note-app clippings, lists of other stories with their dates,
a header strip's weather, and the site's name among a page title's parts."""

from __future__ import annotations

import json
from datetime import date

from desktop.ingest import dates, read_bytes


def page(head: str, body: str, lang: str = "en") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>'
        f"<body>{body}</body></html>"
    ).encode()


STORY = (
    "<p>The county council agreed on Wednesday to spend 3.2 million pounds on new flood "
    "barriers along the quay, after two winters in which the water reached the shops.</p>"
    "<p>Work will start in March and take about eighteen months, the council said, with the "
    "quay road closed to traffic for most of that time.</p>"
    "<p>Traders said they welcomed the barriers but feared losing customers while the road "
    "was shut.</p>"
)


# --- agencies credited as the byline ------------------------------------------------------


def test_an_agency_is_no_person() -> None:
    assert dates.is_agency("AFP")
    assert dates.is_agency("The Canadian Press")
    assert dates.is_agency("Kyodo News")
    assert not dates.is_agency("Ana Ruiz")
    assert not dates.is_agency("Afton Press Daily")


def test_several_agencies_credited_together_name_no_writer() -> None:
    assert dates.agencies_only("AFP | Reuters")
    assert dates.agencies_only("dpa/AFP")
    assert dates.agencies_only("By AP and Reuters")
    assert not dates.agencies_only("Ana Ruiz | Reuters")
    facts = dates.read_meta_line("Reuters | AFP")
    assert facts is not None and facts.authors == [] and facts.credit


def test_a_byline_of_an_agency_after_the_date_keeps_the_date_and_names_nobody() -> None:
    facts = dates.read_meta_line("Mar 14th, 2026 By Reuters")
    assert facts is not None
    assert facts.dates == [date(2026, 3, 14)]
    assert facts.authors == []


def test_a_writer_credited_with_an_agency_is_the_author_alone() -> None:
    facts = dates.read_meta_line("By Kemal Arslan and AFP")
    assert facts is not None and facts.authors == ["Kemal Arslan"]
    facts = dates.read_meta_line("By Ines Baptista, Tor Lund and Reuters")
    assert facts is not None and facts.authors == ["Ines Baptista", "Tor Lund"]


def test_a_page_whose_byline_markup_names_agencies_has_no_author() -> None:
    data = page(
        '<meta property="og:site_name" content="Harbour Evening Star">',
        '<h1>Quay flood barriers approved</h1><div class="byline">'
        '<span class="author">AFP</span> | <span class="author">Reuters</span></div>'
        f"<p>Published March 4, 2026</p>{STORY}",
    )
    article = read_bytes(data, "a.html")
    assert article.author is None
    assert article.source == "Harbour Evening Star"


# --- an editor beside the writer --------------------------------------------------------------


def test_an_editor_credited_beside_the_writer_is_no_author() -> None:
    facts = dates.read_meta_line("Written by Ola Nwosu | Edited by Priya Das")
    assert facts is not None and facts.authors == ["Ola Nwosu"]
    facts = dates.read_meta_line("By Ola Nwosu · Fact-checked by Ben Ito · 4 March 2026")
    assert facts is not None and facts.authors == ["Ola Nwosu"]
    assert facts.dates == [date(2026, 3, 4)]


def test_an_edited_by_line_alone_is_not_a_byline() -> None:
    # Without a writer or a date beside it, the editor's line says nothing of the story.
    assert dates.read_meta_line("Edited by Priya Das") is None


# --- a byline block of several author cards ----------------------------------------------


def test_every_author_card_of_the_byline_block_is_an_author() -> None:
    data = page(
        '<meta property="og:site_name" content="Quayside Courier">',
        "<article><h1>Quay flood barriers approved</h1>"
        '<div class="byline-block">'
        '<div class="card"><a class="author-name" href="/a">Ola Nwosu</a>'
        '<span class="role">Local democracy reporter</span></div>'
        '<div class="card"><a class="author-name" href="/b">Priya Das</a>'
        '<span class="role">Environment editor</span></div>'
        "</div>"
        f'<time datetime="2026-03-04T09:00:00Z">4 March 2026</time>{STORY}</article>',
    )
    article = read_bytes(data, "a.html")
    assert article.author == "Ola Nwosu, Priya Das"
    assert "Local democracy reporter" not in article.text


def test_name_elements_in_different_blocks_are_not_one_byline() -> None:
    # A rail of other writers' columns below the story is no part of its byline.
    data = page(
        '<meta property="og:site_name" content="Quayside Courier">',
        "<article><h1>Quay flood barriers approved</h1>"
        '<div class="byline"><a class="author-name" href="/a">Ola Nwosu</a></div>'
        f"<p>Published 4 March 2026</p>{STORY}</article>"
        '<aside><ul><li><div class="c"><a class="author-name" href="/x">Tor Lund</a>'
        "</div></li></ul></aside>",
    )
    article = read_bytes(data, "a.html")
    assert article.author == "Ola Nwosu"


# --- a browser's reader view ------------------------------------------------------------------


def reader_view(domain: str, credits: str) -> bytes:
    return page(
        "<title>Quay flood barriers approved</title>",
        '<div class="container"><div class="header reader-header">'
        f'<a class="domain reader-domain" href="https://news.example/2026/03/04/quay">{domain}</a>'
        '<h1 class="reader-title">Quay flood barriers approved</h1>'
        f'<div class="credits reader-credits">{credits}</div>'
        '<div class="meta-data"><div class="reader-estimated-time">3-4 minutes</div></div>'
        '</div><hr><div class="content"><div class="moz-reader-content">'
        f'<div id="readability-page-1" class="page"><div>{STORY}</div></div></div></div></div>',
    )


def test_a_reader_view_names_the_site_the_address_and_the_credits() -> None:
    article = read_bytes(reader_view("Quayside Courier", "Ola Nwosu"), "a.html")
    assert article.source == "Quayside Courier"
    assert article.url == "https://news.example/2026/03/04/quay"
    assert article.author == "Ola Nwosu"
    assert article.published == date(2026, 3, 4)
    assert article.published_origin == "metadata"
    assert "3-4 minutes" not in article.text
    assert article.text.startswith("The county council agreed")


def test_a_reader_view_that_shows_only_the_host_names_no_outlet() -> None:
    article = read_bytes(reader_view("news.example", "By Staff Reporter"), "a.html")
    assert article.source != "news.example"
    assert article.author is None


# --- a story pasted from a newsletter e-mail --------------------------------------------------


NEWSLETTER_COPY = """Quay flood barriers approved
Inbox

The Quayside Morning <morning@quayside.example>
Unsubscribe
Wed, Mar 4, 2026, 7:02 AM
to me

View this email in your browser

Quay flood barriers approved
By Ola Nwosu

The county council agreed on Wednesday to spend 3.2 million pounds on new flood barriers along the quay.

Work will start in March and take about eighteen months, the council said.

Read more on our website

PRESENTED BY HARBOUR HARDWARE
Everything for the garden, 10% off this week with code SPRING. Terms apply.

You are receiving this email because you signed up to The Quayside Morning.
"""


def test_a_story_pasted_from_a_newsletter_names_its_sender_and_drops_the_sponsor() -> None:
    article = read_bytes(NEWSLETTER_COPY.encode(), "a.txt")
    assert article.source == "The Quayside Morning"
    assert article.author == "Ola Nwosu"
    assert article.text.endswith("the council said.")
    assert "Harbour Hardware" not in article.text.title()
    assert "Read more on our website" not in article.text


def test_a_sponsor_heading_takes_only_the_short_message_under_it() -> None:
    text = (
        "Council news\n\nBy Ola Nwosu\n\n"
        "The county council agreed on Wednesday to spend 3.2 million pounds on barriers.\n\n"
        "Sponsored by Harbour Hardware\n\n"
        "Ten per cent off garden tools this week.\n\n"
        "Library hours\n\n"
        "The central library will open on Sundays from April, the council said on Tuesday.\n"
    )
    article = read_bytes(text.encode(), "a.txt")
    assert "Ten per cent off" not in article.text
    assert "The central library will open on Sundays" in article.text


def test_a_sender_line_deep_in_the_text_names_no_outlet() -> None:
    # Quoted in a story, a mail address is the story's, not the file's sender.
    paragraphs = [
        f"Paragraph {n} of the story about the quay and its flood barriers." for n in range(14)
    ]
    text = (
        "Quay barriers\n\n" + "\n\n".join(paragraphs) + "\n\nHarbour Office <office@quay.example>\n"
    )
    article = read_bytes(text.encode(), "a.txt")
    assert article.source != "Harbour Office"


# --- note-app clippings -----------------------------------------------------------------------


def test_a_clipping_line_with_its_date_is_furniture() -> None:
    text = (
        "# Quay flood barriers approved\n\n"
        "The county council agreed on Wednesday to spend 3.2 million pounds on barriers.\n\n"
        "Traders said they feared losing customers while the road was shut.\n\n"
        "Clipped 6 March 2026 from https://news.example/quay-barriers\n"
    )
    article = read_bytes(text.encode(), "a.md")
    assert article.text.endswith("while the road was shut.")
    assert article.published is None  # the day of the clipping dates nothing


def test_in_a_text_file_the_printed_date_outranks_the_address() -> None:
    text = (
        "---\ntitle: Quay flood barriers approved\n"
        "source: https://news.example/2026/03/05/quay-barriers\n---\n\n"
        "By Ola Nwosu\n\nWednesday 4 March 2026\n\n"
        "The county council agreed on Wednesday to spend 3.2 million pounds on barriers.\n\n"
        "Traders said they feared losing customers while the road was shut.\n"
    )
    article = read_bytes(text.encode(), "a.md")
    assert article.published == date(2026, 3, 4)
    assert article.published_origin == "text"


def test_in_a_text_file_the_address_still_dates_a_story_that_prints_no_date() -> None:
    text = (
        "Title: Quay flood barriers approved\nURL: https://news.example/2026/03/05/quay\n\n"
        "The county council agreed on Wednesday to spend 3.2 million pounds on barriers.\n"
    )
    article = read_bytes(text.encode(), "a.txt")
    assert article.published == date(2026, 3, 5)
    assert article.published_origin == "metadata"


# --- lists of other stories with their dates --------------------------------------------------


def test_a_list_of_related_stories_with_a_date_under_each_is_furniture() -> None:
    text = (
        "Quay Courier\n\nQuay flood barriers approved\n\nBy Ola Nwosu\n\n4 March 2026\n\n"
        "The county council agreed on Wednesday to spend 3.2 million pounds on barriers.\n\n"
        "Traders said they feared losing customers while the road was shut.\n\n"
        "Related Stories\nHarbour wall repairs finish early\n2 March 2026\n"
        "Ferry fares to rise by four per cent from the start of April\n27 February 2026\n"
    )
    article = read_bytes(text.encode(), "a.txt")
    assert article.text.endswith("while the road was shut.")
    assert "Ferry fares" not in article.text
    assert article.published == date(2026, 3, 4)
    reasons = {b.text: b.reason for b in article.blocks}
    assert reasons["Ferry fares to rise by four per cent from the start of April"] == "teaser"
    assert reasons["Harbour wall repairs finish early"] == "teaser"


def test_a_teaser_heading_is_no_signature() -> None:
    text = (
        "Quay flood barriers approved\n\n4 March 2026\n\n"
        "The county council agreed on Wednesday to spend 3.2 million pounds on barriers.\n\n"
        "Related Articles\n\nHarbour wall repairs finish early\n\nFerry fares to rise in April\n"
    )
    article = read_bytes(text.encode(), "a.txt")
    assert "Related Articles" not in article.text
    assert "Harbour wall" not in article.text
    # Two capitalised words under the text are no signer's name when they head a list.
    reasons = {b.text: b.reason for b in article.blocks}
    assert reasons["Related Articles"] == "teaser"


# --- a header strip's weather; the site's name in the page title --------------------------


def test_a_temperature_is_no_outlet() -> None:
    assert not dates.is_outlet_name("Brixham 9°C")
    assert not dates.is_outlet_name("Oslo -3 °C")
    assert dates.is_outlet_name("Brixham Gazette")
    assert dates.read_meta_line("Thursday 5 March 2026 Penzance 11°C") is None


def test_the_site_name_among_the_title_parts_is_not_the_headline() -> None:
    data = page(
        "<title>Quay barriers approved - News - Quayside Evening Courier</title>"
        '<meta property="og:site_name" content="Quayside Evening Courier">',
        '<header><a href="/" class="logo">Quayside Evening Courier</a></header>'
        '<div class="story"><h1>Quay barriers approved after two winters of floods</h1>'
        f"<p>Published March 4, 2026</p>{STORY}</div>",
    )
    article = read_bytes(data, "a.html")
    assert article.title == "Quay barriers approved after two winters of floods"
    assert article.text.startswith("The county council agreed")


# --- date lines of regional sites -------------------------------------------------------------


def test_hyphenated_numeric_dates_are_read_as_slashed_ones() -> None:
    assert dates.full_dates("Published: 23-10-2026")[0] == [date(2026, 10, 23)]
    # Ambiguous without the page's order, day first with it, month first on a US page.
    assert dates.full_dates("05-11-2026")[0] == []
    assert dates.full_dates("05-11-2026", "dmy")[0] == [date(2026, 11, 5)]
    assert dates.full_dates("05-11-2026", "mdy")[0] == [date(2026, 5, 11)]
    # Mixed separators or a longer run of numbers are no date.
    assert dates.full_dates("3-4/2026")[0] == []
    assert dates.full_dates("ref 12-11-2026-44")[0] == []
    assert dates.full_dates("2026-11-05")[0] == [date(2026, 11, 5)]


def test_last_updated_is_one_label_and_never_an_outlet() -> None:
    facts = dates.read_meta_line("Last Updated: 14th Oct 2026, 09:30 IST")
    assert facts is not None
    assert facts.outlet is None
    assert facts.date_labels == ["last updated"]


def test_a_page_dated_first_published_and_last_updated_takes_the_first() -> None:
    text = (
        "Quay flood barriers approved\n\n"
        "Last Updated: 16th Oct 2026, 09:30 IST\n\nPublished: 14th Oct 2026, 18:05 IST\n\n"
        "The county council agreed on Wednesday to spend 3.2 million pounds on barriers.\n"
    )
    article = read_bytes(text.encode(), "a.txt")
    assert article.published == date(2026, 10, 14)
    assert article.source != "Last"


def test_a_time_printed_apart_from_its_date_belongs_to_it() -> None:
    for line in (
        "09:30 | 14.10.2026",
        "Published on: Wednesday, October 14, 2026 @ 9:30",
        "Wed, 14 Oct 2026 09:30:00 +0000",
    ):
        facts = dates.read_meta_line(line)
        assert facts is not None, line
        assert facts.dates == [date(2026, 10, 14)], line
    # A number that is no time still makes the line a sentence's, not a date line's.
    assert dates.read_meta_line("14.10.2026 Quay council votes 31 to 14") is None


def test_newsroom_credits_of_regional_papers_name_no_person() -> None:
    for credit in (
        "By Agencies",
        "Agencies",
        "By Express News Service",
        "ET Bureau",
        "By Online Desk",
        "By Our Correspondent",
        "Special Correspondent",
        "HT Correspondent",
    ):
        assert dates.is_no_person_credit(credit), credit
    for byline in ("By Ola Nwosu", "By Ola Deskins", "By Ana Agencia", "By Tom Correspondente"):
        assert not dates.is_no_person_credit(byline), byline


def test_a_page_credited_to_agencies_has_no_author() -> None:
    data = page(
        '<meta property="og:site_name" content="Quayside Courier">',
        "<article><h1>Quay flood barriers approved</h1>"
        '<p class="byline">By Agencies</p><p>Published 14 October 2026</p>'
        f"{STORY}</article>",
    )
    article = read_bytes(data, "a.html")
    assert article.author is None
    assert "By Agencies" not in article.text


# --- the printed byline over the page extractor's first name ----------------------------------


def byline_page(byline: str) -> bytes:
    return page(
        '<meta property="og:site_name" content="Quayside Courier">',
        "<article><h1>Quay flood barriers approved</h1>"
        f'<p class="byline">{byline}</p><p>Published 14 October 2026</p>{STORY}</article>',
    )


def test_a_printed_byline_of_several_people_outranks_the_first_author_link() -> None:
    article = read_bytes(
        byline_page(
            'By <a rel="author" href="/a/ola">Ola Nwosu</a>, '
            '<a rel="author" href="/a/priya">Priya Das</a> and '
            '<a rel="author" href="/a/tom">Tom Lund</a>'
        ),
        "a.html",
    )
    assert article.author is not None
    assert [n.strip() for n in article.author.split(",")] == ["Ola Nwosu", "Priya Das", "Tom Lund"]


def test_a_live_blog_team_does_not_replace_the_entry_author() -> None:
    data = page(
        '<meta property="og:site_name" content="Quayside Courier">',
        "<article><h1>Quay floods: live</h1>"
        '<p class="live-by">Live coverage by Ola Nwosu and Priya Das</p>'
        '<div class="entry"><div class="entry-meta"><time datetime="2026-10-14T09:30:00Z">'
        '14 October 2026, 09:30</time> <span class="entry-author">Ola Nwosu</span></div>'
        f"{STORY}</div></article>",
    )
    article = read_bytes(data, "a.html")
    assert article.author == "Ola Nwosu"


# --- a numeric date nothing on the page orders ------------------------------------------------


def test_an_unordered_numeric_date_leaves_its_line_a_date_line() -> None:
    facts = dates.read_meta_line("Quayside Courier — Ola Nwosu — 04/03/2026")
    assert facts is not None
    assert facts.dates == [] and facts.unordered == ["04/03/2026"]
    assert facts.authors == ["Ola Nwosu"] and facts.outlet == "Quayside Courier"
    # In a sentence it is no date line at all.
    assert dates.read_meta_line("The vote on 04/03/2026 was close.") is None


def test_a_note_with_an_unordered_date_names_outlet_and_author_and_warns() -> None:
    text = (
        "Quay flood barriers approved\n\nQuayside Courier — Ola Nwosu — 04/03/2026\n\n"
        "The county council agreed on Wednesday to spend 3.2 million pounds on barriers.\n"
    )
    article = read_bytes(text.encode(), "a.md")
    assert article.source == "Quayside Courier"
    assert article.author == "Ola Nwosu"
    assert article.published is None
    assert article.text.startswith("The county council")
    assert any('"04/03/2026"' in w and "day first or month first" in w for w in article.warnings)


def test_the_dates_of_a_list_of_other_stories_never_date_the_story() -> None:
    text = (
        "Quay Courier\nQuay flood barriers approved\nBy Ola Nwosu\n\n"
        "The county council agreed on Wednesday to spend 3.2 million pounds on new flood "
        "barriers along the quay, after two winters of floods.\n\n"
        "Traders said they welcomed the barriers but feared losing customers while the road "
        "was shut.\n\n"
        "Most Read\nHarbour wall repairs finish early\n12 October 2026\n"
        "Ferry fares to rise by four per cent from the start of April\n5 October 2026\n"
    )
    article = read_bytes(text.encode(), "a.txt")
    assert article.published is None
    assert article.text.endswith("while the road was shut.")


def test_a_date_at_the_foot_of_the_story_itself_still_dates_it() -> None:
    text = (
        "Quay flood barriers approved\n\n"
        "The county council agreed on Wednesday to spend 3.2 million pounds on new flood "
        "barriers along the quay, after two winters of floods.\n\n"
        "First published on 14 October 2026\n"
    )
    article = read_bytes(text.encode(), "a.txt")
    assert article.published == date(2026, 10, 14)


# --- note apps: the clipped page's address, inline fields ---------------------------------


CLIPPED = (
    "The county council agreed on Wednesday to spend 3.2 million pounds on new flood "
    "barriers along the quay, after two winters in which the water reached the shops.\n\n"
    "Traders said they welcomed the barriers but feared losing customers while the road "
    "was shut.\n"
)


def test_the_address_a_web_clipper_writes_under_the_title_is_the_url() -> None:
    text = (
        "# Quay flood barriers approved\n\n"
        "[https://quayside.example/news/quay](https://quayside.example/news/quay)\n\n"
        f"By Ola Nwosu\n\n14 October 2026\n\n{CLIPPED}"
    )
    article = read_bytes(text.encode(), "a.md")
    assert article.url == "https://quayside.example/news/quay"
    assert article.text.startswith("The county council")
    assert article.published == date(2026, 10, 14)


def test_an_address_inside_the_story_stays_in_it() -> None:
    text = (
        "Quay flood barriers approved\n\n"
        "The county council agreed on Wednesday to spend 3.2 million pounds on new flood "
        "barriers along the quay, after two winters in which the water reached the shops.\n\n"
        "https://quayside.example/plans\n\n"
        "Traders said they welcomed the barriers but feared losing customers while the road "
        "was shut.\n"
    )
    article = read_bytes(text.encode(), "a.txt")
    assert article.url is None
    assert "https://quayside.example/plans" in article.text


def test_inline_fields_with_two_colons_give_the_metadata() -> None:
    text = (
        "# Quay flood barriers approved\n\n"
        "source:: [Quayside Courier](https://quayside.example/news/quay)\n"
        "author:: Ola Nwosu\npublished:: 2026-10-14\ntags:: #floods\n\n"
        f"{CLIPPED}"
    )
    article = read_bytes(text.encode(), "a.md")
    assert article.source == "Quayside Courier"
    assert article.url == "https://quayside.example/news/quay"
    assert article.author == "Ola Nwosu"
    assert article.published == date(2026, 10, 14)
    assert article.published_origin == "metadata"
    assert article.text.startswith("The county council")


def test_a_source_field_written_as_a_link_names_the_outlet_and_the_address() -> None:
    text = (
        "Title: Quay flood barriers approved\n"
        "Source: [Quayside Courier](https://quayside.example/2026/10/14/quay)\n\n"
        f"{CLIPPED}"
    )
    article = read_bytes(text.encode(), "a.txt")
    assert article.source == "Quayside Courier"
    assert article.url == "https://quayside.example/2026/10/14/quay"
    assert article.published == date(2026, 10, 14)


# --- text copies of regional pages ------------------------------------------------------------


STORY_TEXT = (
    "The county council agreed on Wednesday to spend 3.2 million pounds on new flood "
    "barriers along the quay, after two winters in which the water reached the shops.\n\n"
    "Traders said they welcomed the barriers but feared losing customers while the road "
    "was shut.\n"
)


def test_a_short_headline_under_the_masthead_is_the_headline() -> None:
    text = f"Quayside Courier\nFerry cuts confirmed\nBy Ola Nwosu\n14 October 2026\n\n{STORY_TEXT}"
    article = read_bytes(text.encode(), "a.txt")
    assert article.title == "Ferry cuts confirmed"
    assert article.source == "Quayside Courier"
    assert article.text.startswith("The county council")


def test_a_short_first_line_without_a_byline_under_it_is_not_taken_for_a_masthead() -> None:
    # Two short lines and no byline: nothing says the first is an outlet.
    text = f"Quayside Courier\nFerry cuts confirmed\n\n{STORY_TEXT}"
    article = read_bytes(text.encode(), "a.txt")
    assert article.source is None


def test_the_heading_of_a_newsletter_box_below_the_story_is_furniture() -> None:
    text = (
        f"Ferry cuts confirmed after two winters\nBy Ola Nwosu\n14 October 2026\n\n{STORY_TEXT}\n"
        "Newsletter\nThe Morning Quay\n"
        "The day's top stories from the harbour, in your inbox at 7am. Join 18,000 readers.\n"
        "Sign up\n"
    )
    article = read_bytes(text.encode(), "a.txt")
    assert article.text.endswith("while the road was shut.")


def test_a_list_closing_the_story_stays_above_share_buttons() -> None:
    text = (
        f"Ferry cuts confirmed after two winters\nBy Ola Nwosu\n14 October 2026\n\n{STORY_TEXT}\n"
        "Key dates\n\n- March 2027\n- October 2028\n\nShare this article\n"
    )
    article = read_bytes(text.encode(), "a.txt")
    assert "October 2028" in article.text


# --- agencies in the page's machine fields ----------------------------------------------------


def ld_page(author: object) -> bytes:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Quay flood barriers approved",
        "datePublished": "2026-10-14T09:00:00+01:00",
        "author": author,
    }
    return page(
        '<meta property="og:site_name" content="Quayside Courier">'
        f'<script type="application/ld+json">{json.dumps(data)}</script>',
        f"<article><h1>Quay flood barriers approved</h1>{STORY}</article>",
    )


def test_an_agency_named_as_a_person_in_json_ld_is_no_author() -> None:
    article = read_bytes(ld_page({"@type": "Person", "name": "AFP"}), "a.html")
    assert article.author is None
    assert any("names no person" in w for w in article.warnings)


def test_an_agency_beside_a_writer_in_the_machine_fields_is_left_out() -> None:
    both = [{"@type": "Person", "name": "Ola Nwosu"}, {"@type": "Person", "name": "Reuters"}]
    assert read_bytes(ld_page(both), "a.html").author == "Ola Nwosu"
    data = page(
        '<meta property="og:site_name" content="Quayside Courier">'
        '<meta property="article:author" content="Ola Nwosu, PTI">',
        f"<article><h1>Quay flood barriers approved</h1><p>14 October 2026</p>{STORY}</article>",
    )
    assert read_bytes(data, "a.html").author == "Ola Nwosu"


def test_writers_alone_in_the_machine_fields_are_kept_as_written() -> None:
    two = [{"@type": "Person", "name": "Ola Nwosu"}, {"@type": "Person", "name": "Priya Das"}]
    assert read_bytes(ld_page(two), "a.html").author == "Ola Nwosu, Priya Das"


# --- a relative stamp with the absolute time in its tooltip --------------------------------


def stamp_page(stamp: str) -> bytes:
    return page(
        '<meta property="og:site_name" content="Quayside Courier">',
        "<article><h1>Quay flood barriers approved</h1>"
        f'<p class="byline">By Ola Nwosu</p>{stamp}{STORY}</article>',
    )


def test_the_tooltip_behind_a_relative_stamp_dates_the_story() -> None:
    article = read_bytes(
        stamp_page('<time title="14 October 2026 09:00">2 hours ago</time>'), "a.html"
    )
    assert article.published == date(2026, 10, 14)
    assert article.published_origin == "metadata"
    assert "tooltip" in article.field_origins["published"]


def test_a_tooltip_on_an_absolute_stamp_or_an_unordered_one_is_not_read() -> None:
    # The printed stamp is no relative one: the tooltip adds nothing the text does not say.
    shown = read_bytes(stamp_page('<time title="15 October 2026">14 October 2026</time>'), "a.html")
    assert shown.published == date(2026, 10, 14)
    # Day and month could swap: left for the analyst.
    unsure = read_bytes(stamp_page('<time title="04/03/2026 09:00">2 hours ago</time>'), "a.html")
    assert unsure.published is None


# --- bylines of several people with their jobs and places -------------------------------------


def test_people_with_their_jobs_between_them_are_all_authors() -> None:
    facts = dates.read_meta_line(
        "By Ola Nwosu, Local Democracy Reporter, and Priya Das, Environment Editor"
    )
    assert facts is not None and facts.authors == ["Ola Nwosu", "Priya Das"]


def test_a_job_run_on_to_the_date_keeps_the_date() -> None:
    text = (
        "Quay flood barriers approved after two winters\n"
        "By Ola Nwosu, Local Democracy Reporter, and Priya Das, Environment Editor\n"
        f"14 October 2026\n\n{STORY_TEXT}"
    )
    article = read_bytes(text.encode(), "a.txt")
    assert article.author == "Ola Nwosu, Priya Das"
    assert article.published == date(2026, 10, 14)
    assert article.text.startswith("The county council")


def test_where_each_reporter_filed_from_is_no_part_of_the_name() -> None:
    facts = dates.read_meta_line("By Ola Nwosu in Quayside and Priya Das in London")
    assert facts is not None and facts.authors == ["Ola Nwosu", "Priya Das"]


def test_an_agency_in_brackets_after_the_writer_is_left_out() -> None:
    facts = dates.read_meta_line("By Ola Nwosu (AFP)")
    assert facts is not None and facts.authors == ["Ola Nwosu"]
    # Brackets that hold no agency are not a byline's.
    assert dates.read_meta_line("By Ola Nwosu (pictured)") is None


def test_a_writer_credited_with_a_colon_is_the_author() -> None:
    facts = dates.read_meta_line("Words: Ola Nwosu | Pictures: Tom Lund")
    assert facts is not None and facts.authors == ["Ola Nwosu"]
    assert dates.read_meta_line("Story: the council and the quay") is None


def test_a_list_of_a_name_and_things_is_not_a_byline_of_people() -> None:
    facts = dates.read_meta_line("By Ola Nwosu, barriers, and the quay road")
    assert facts is None or facts.authors in ([], ["Ola Nwosu"])


# --- what is left beside a date is not always an outlet ---------------------------------------


def test_the_weekday_of_a_numeric_date_is_no_outlet() -> None:
    facts = dates.read_meta_line("Sun, 11/22/2026 - 18:30")
    assert facts is not None
    assert facts.dates == [date(2026, 11, 22)] and facts.outlet is None
    # An outlet's name that happens to be a weekday's word keeps its article.
    facts = dates.read_meta_line("The Sun | 22 November 2026")
    assert facts is not None and facts.outlet == "The Sun"


def test_a_records_field_beside_a_date_is_no_outlet_and_no_date_line() -> None:
    assert dates.read_meta_line("Created: 28 Nov 2026") is None
    assert dates.read_meta_line("Accessed 28 November 2026") is None


def test_drupals_submitted_line_gives_the_author_and_the_day() -> None:
    facts = dates.read_meta_line("Submitted by Ola Nwosu on Sun, 11/22/2026 - 18:30", "mdy")
    assert facts is not None
    assert facts.authors == ["Ola Nwosu"]
    assert facts.dates == [date(2026, 11, 22)]
    facts = dates.read_meta_line("Submitted on 22 November 2026")
    assert facts is not None and facts.outlet is None and facts.label == "submitted on"


def test_the_sections_a_post_is_filed_under_are_no_outlet() -> None:
    facts = dates.read_meta_line("By Ola Nwosu | Nov 22, 2026 | News, Local")
    assert facts is not None and facts.outlet is None
    facts = dates.read_meta_line("By Ola Nwosu | Nov 22, 2026 | Quayside Courier")
    assert facts is not None and facts.outlet == "Quayside Courier"
