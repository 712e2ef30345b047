"""Rules added in round 8: government and agency pages, news-app previews, live-blog entries,
text copies (mastheads, lines under a title, read-also blocks, foreign labels) and press
releases. Feeds have their own file (test_feeds.py).

Every fixture is invented for these tests; each test pins one rule and fails without it.
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop.ingest import read_bytes
from desktop.ingest.assemble import _issuing_body
from desktop.ingest.dates import read_meta_line
from desktop.ingest.furniture import (
    FEEDBACK,
    SECTION_LABEL,
    STORY_LINK,
    UPDATE_HISTORY,
    single_block_reason,
)

A = (
    "The ferry company said on Tuesday that it would add a third crossing each day from May, "
    "after bookings for the summer rose by a quarter."
)
B = (
    "Island councillors had asked for the extra sailing for two years, saying visitors could "
    "not find a place on the afternoon boat."
)
C = "The company said the timetable would be published at the end of the month."


def page(head: str, body: str, lang: str = "en-GB") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>'
        f"<body>{body}</body></html>"
    ).encode()


# --- government and agency pages -------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "body"),
    [
        ("Department for Transport and Lena Marsh MP", "Department for Transport"),
        ("Department of Health and Care", "Department of Health and Care"),
        ("Maritime Agency, Home Office and Jo Bell MP", "Maritime Agency"),
        ("Ann Other MP and Coastal Office", "Coastal Office"),
        ("press@agency.example", None),
    ],
)
def test_the_issuing_body_of_a_from_line(value: str, body: str | None) -> None:
    assert _issuing_body(value) == body


GOV_COPY = f"""Home
Transport

Press release
Third ferry crossing from May
The ferry company will add a sailing each day after bookings rose.
From:
Maritime Agency and Jo Bell MP
Published
4 March 2025
Last updated
6 March 2025

{A}

{B}

Is this page useful?
Yes
No
Report a problem with this page
All content is available under the Open Government Licence v3.0, except where otherwise stated
"""


def test_a_government_copy_reads_its_labelled_fields() -> None:
    article = read_bytes(GOV_COPY.encode(), "release.txt")
    assert article.title == "Third ferry crossing from May"
    assert article.source == "Maritime Agency"
    assert article.author is None
    # The "Published" date, never "Last updated".
    assert article.published == date(2025, 3, 4)
    assert article.published_origin == "text"
    # The lead paragraph above the fields is a standfirst; the feedback box and the licence
    # line are furniture.
    assert article.text.split("\n") == [A, B]


def test_from_overrides_the_portal_site_name_on_a_page() -> None:
    data = page(
        '<meta property="og:site_name" content="GOV.EXAMPLE"><title>Ferry - GOV.EXAMPLE</title>',
        "<main><h1>Third ferry crossing from May</h1><dl><dt>From:</dt><dd>Maritime Agency</dd>"
        f"<dt>Published</dt><dd>4 March 2025</dd></dl><p>{A}</p><p>{B}</p></main>",
    )
    assert read_bytes(data, "p.html").source == "Maritime Agency"


def test_update_history_is_furniture() -> None:
    assert single_block_reason("+ show all updates") == UPDATE_HISTORY
    assert single_block_reason("See all updates") == UPDATE_HISTORY
    data = page(
        "<title>Ferry</title>",
        f"<main><h1>Ferry</h1><p>{A}</p><p>{B}</p><p>{C}</p>"
        "<div><p>Published 4 March 2025</p><p>Last updated 6 March 2025</p>"
        "<ol><li>6 March 2025 Added the timetable.</li><li>4 March 2025 First published.</li></ol>"
        "</div></main>",
    )
    article = read_bytes(data, "p.html")
    assert "Added the timetable" not in article.text
    assert "First published" not in article.text
    assert article.text.endswith(C)
    # The date printed at the foot dates the page.
    assert article.published == date(2025, 3, 4)


def test_feedback_box_and_its_answers_are_furniture() -> None:
    assert single_block_reason("Is this page useful?") == FEEDBACK
    assert single_block_reason("Was this article helpful?") == FEEDBACK
    # A question in the story is not the page's own.
    assert single_block_reason("Is this policy useful to anyone?") is None


def test_a_document_type_label_above_a_copied_headline_is_a_label() -> None:
    text = f"Health\n\nNews story\nThird ferry crossing from May\n\n{A}\n\n{B}\n"
    article = read_bytes(text.encode(), "story.txt")
    assert article.title == "Third ferry crossing from May"
    assert article.text.split("\n") == [A, B]


# --- news-app previews ------------------------------------------------------------------------


def test_a_news_app_preview_names_the_outlet_whose_story_it_shows() -> None:
    data = page(
        '<meta property="og:site_name" content="Readwell"><title>Readwell</title>',
        '<div class="preview"><div class="publisher-logo"><img alt="The Island Courier" '
        'src="l.png"></div><h1>Third ferry crossing from May</h1>'
        f"<p>{A}</p><p>{B}</p><div><p>Continue reading in Readwell</p>"
        "<p>Get the app to read the full story and more from The Island Courier.</p>"
        "<a>Open in the Readwell app</a></div></div>",
    )
    article = read_bytes(data, "p.html")
    assert article.source == "The Island Courier"
    assert article.text.split("\n") == [A, B]


def test_a_site_that_is_not_an_app_keeps_its_name() -> None:
    data = page(
        '<meta property="og:site_name" content="The Island Courier"><title>Ferry</title>',
        '<div class="partner-logo"><img alt="Harbour Radio" src="l.png"></div>'
        f"<h1>Third ferry crossing from May</h1><p>{A}</p><p>{B}</p>",
    )
    assert read_bytes(data, "p.html").source == "The Island Courier"


@pytest.mark.parametrize(
    "line",
    [
        "Continue reading in Readwell",
        "Keep reading on Newsfold",
        "Open in the Readwell app",
        "Get the app to read the full story and more from The Island Courier.",
    ],
)
def test_app_prompts_are_furniture(line: str) -> None:
    assert single_block_reason(line) == STORY_LINK


def test_a_copied_app_preview_names_the_outlet_under_the_app_masthead() -> None:
    text = (
        "Newsfold\nTop stories  For you  Following\n\nThe Island Courier\nThird ferry crossing from May\n"
        f"Ella Marsh\n4 March 2025\n\n{A}\n\n{B}\n\nContinue reading on the Newsfold app\n"
    )
    article = read_bytes(text.encode(), "copy.txt")
    assert article.title == "Third ferry crossing from May"
    assert article.source == "The Island Courier"
    assert article.text.split("\n") == [A, B]


# --- live blogs -------------------------------------------------------------------------------


def test_a_single_entry_page_keeps_its_heading_and_loses_the_blog_byline() -> None:
    data = page(
        '<meta property="og:site_name" content="Island Courier">'
        "<title>Ferry strike live: talks resume | Island Courier</title>",
        "<header><h1>Ferry strike live: talks resume</h1>"
        "<p>Live coverage by Ella Marsh and Tom Reid</p></header>"
        "<div><p>Showing a single update</p>"
        '<p><time datetime="2025-03-04T16:48:00+01:00">4 March 2025, 16:48</time></p>'
        f"<h2>Talks resume at the harbour office</h2><p>{A}</p><p>{B}</p></div>",
    )
    article = read_bytes(data, "p.html")
    assert article.title == "Ferry strike live: talks resume"
    assert article.text.split("\n") == ["Talks resume at the harbour office", A, B]


def test_live_coverage_by_is_a_byline() -> None:
    facts = read_meta_line("Live coverage by Ella Marsh and Tom Reid")
    assert facts is not None
    assert facts.authors == ["Ella Marsh", "Tom Reid"]


def test_a_copied_live_blog_skips_the_skip_link_and_the_key_events_box() -> None:
    text = (
        "Skip to key events\n\nFerry strike live: talks resume at the harbour office\n\n"
        "Key events\n3h ago Talks resume\n6h ago Half of sailings cancelled\n\n"
        f"Ella Marsh\n\n4 Mar 2025 06.30 GMT\n\n17.05 GMT\nTalks resume\n{A}\n\n"
        f"11.40 GMT\nHalf of sailings cancelled\n{B}\n"
    )
    article = read_bytes(text.encode(), "live.txt")
    assert article.title == "Ferry strike live: talks resume at the harbour office"
    assert article.text.split("\n") == ["Talks resume", A, "Half of sailings cancelled", B]


# --- text copies ------------------------------------------------------------------------------


def test_a_masthead_named_by_the_copyright_line_in_any_script() -> None:
    text = (
        "Острівний вісник\nГоловна / Місто\n\nПоромна компанія додасть третій рейс\n\n"
        "4 березня 2025, 09:30\n\n"
        "Поромна компанія у вівторок заявила, що з травня додасть третій рейс щодня.\n\n"
        "© 2025 Острівний вісник. Усі права захищені.\n"
    )
    article = read_bytes(text.encode(), "copy.txt")
    assert article.title == "Поромна компанія додасть третій рейс"
    assert article.source == "Острівний вісник"
    assert "Головна" not in article.text


def test_lines_under_a_title_name_the_body_and_the_paper() -> None:
    text = (
        "Ferries and the island economy\n\nCoastal Research Institute\nBriefing paper 12\n"
        f"Published 4 March 2025\n\n{A}\n\n{B}\n"
    )
    article = read_bytes(text.encode(), "paper.txt")
    assert article.source == "Coastal Research Institute"
    assert article.text.split("\n") == [A, B]


def test_lines_under_a_title_without_a_date_line_below_are_left_alone() -> None:
    text = f"Ferries and the island economy\n\nCoastal Research Institute\n\n{A}\n\n{B}\n"
    article = read_bytes(text.encode(), "paper.txt")
    assert article.source is None


def test_one_link_under_an_unambiguous_read_also_heading_is_a_teaser() -> None:
    text = (
        f"Third ferry crossing from May\n\n{A}\n\nMehr zum Thema\n"
        f"Fähren: Land kürzt Mittel für Häfen\n\n{B}\n"
    )
    article = read_bytes(text.encode(), "copy.txt")
    assert article.text.split("\n") == [A, B]


def test_a_closing_sentence_after_a_read_also_heading_stays() -> None:
    data = page(
        "<title>Ferry</title>",
        f"<article><h1>Ferry</h1><p>{A}</p><p>{B}</p><h3>Lees ook</h3>"
        '<ul><li><a href="/x">Havenplan voor de zomer</a></li></ul>'
        "<p>The first sailing leaves at six.</p></article>",
        lang="nl",
    )
    text = read_bytes(data, "p.html").text
    assert text.endswith("The first sailing leaves at six.")
    assert "Lees ook" not in text


@pytest.mark.parametrize(
    ("line", "day", "relative"),
    [
        ("Publicado em 07/03/2025 - 08:40 | Atualizado em 08/03/2025", date(2025, 3, 7), False),
        ("13/01/2025 09h15 · Atualizado há 9 horas", date(2025, 1, 13), True),
        ("Publicado el 04/02/2025 - 10:15 | Actualizado hace 3 horas", date(2025, 2, 4), True),
    ],
)
def test_foreign_labels_read_numeric_dates_day_first(line: str, day: date, relative: bool) -> None:
    facts = read_meta_line(line)
    assert facts is not None
    assert facts.dates[0] == day
    assert facts.relative is relative


def test_foreign_source_fields() -> None:
    facts = read_meta_line("Fonte: Jornal do Planalto")
    assert facts is not None and facts.outlet == "Jornal do Planalto"


def test_an_author_field_loses_its_printed_label() -> None:
    data = page(
        '<meta name="author" content="Автор: Ирина Петрова"><title>Паром</title>',
        "<article><h1>Паром</h1><p>Поромна компанія у вівторок заявила, що з травня додасть "
        "третій рейс щодня, бо кількість бронювань зросла на чверть.</p></article>",
        lang="ru",
    )
    assert read_bytes(data, "p.html").author == "Ирина Петрова"


def test_a_broadcasters_programme_note_is_furniture() -> None:
    line = "Dieses Thema im Programm: Inselfunk Nachrichten | 03.02.2025 | 17:00 Uhr"
    assert single_block_reason(line) is not None


# --- press releases ---------------------------------------------------------------------------


def test_a_release_copy_loses_its_embargo_line_contacts_and_notes() -> None:
    assert single_block_reason("FOR IMMEDIATE RELEASE") == SECTION_LABEL
    text = (
        "FOR IMMEDIATE RELEASE\n\nIsland Ferry Users Association\n"
        "Third ferry crossing welcomed by island users\nPublished 4 March 2025\n\n"
        f"{A}\n\n{B}\n\n{C}\n\n###\n\n"
        "Media contact: Jo Bell, press@ferryusers.example, 01234 567890\n"
        "Notes to editors: The association has 2,000 members.\n"
    )
    article = read_bytes(text.encode(), "release.txt")
    assert article.title == "Third ferry crossing welcomed by island users"
    assert article.published == date(2025, 3, 4)
    assert article.text.split("\n") == [A, B, C]


def test_a_press_contacts_box_is_furniture() -> None:
    data = page(
        "<title>Release</title>",
        f"<main><h1>Third ferry crossing</h1><p>{A}</p><p>{B}</p>"
        "<h3>Press contacts</h3><ul><li>Jo Bell +32 2 295 00 00</li>"
        "<li>Tom Reid +32 2 298 00 00</li></ul></main>",
    )
    assert read_bytes(data, "p.html").text.split("\n") == [A, B]


def test_a_site_name_that_repeats_itself_is_said_once() -> None:
    data = page(
        '<meta property="og:site_name" content="Ferry Board - Ferry Board"><title>Ferry</title>',
        f"<main><h1>Ferry</h1><p>{A}</p><p>{B}</p></main>",
    )
    assert read_bytes(data, "p.html").source == "Ferry Board"
