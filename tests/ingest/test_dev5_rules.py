"""Rules added for the dev5 page shapes: numeric dates in the page's own order, other scripts'
digits, kickers, the logo's alt text, forwarded e-mail, running heads, reading times, share
bars, menus with unusual sections, photo galleries, taglines and newsroom credits.

Every fixture is invented for these tests; each test pins one rule and fails without it.
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop.ingest import dates, read_bytes
from desktop.ingest.assemble import without_kicker
from desktop.ingest.furniture import SHARE_BUTTONS, single_block_reason

A = (
    "The harbour board voted on Tuesday to dredge the inner basin for the first time in "
    "twenty years, after two fishing boats ran aground at low tide in the spring."
)
B = (
    "The work will remove about 30,000 tonnes of silt and cost the board 1.2 million pounds, "
    "most of it from a government grant for small ports."
)
C = (
    "Fishermen said the basin had become unusable for larger boats for three hours either "
    "side of low water."
)


def page(head: str, body: str, lang: str = "en") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>'
        f"<body>{body}</body></html>"
    ).encode()


def story(meta_line: str) -> str:
    return (
        "<article><h1>Harbour board to dredge inner basin</h1>"
        f'<p class="when">{meta_line}</p><p>{A}</p><p>{B}</p><p>{C}</p></article>'
    )


# --- numeric dates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en-GB", date(2024, 3, 7)), ("en-US", date(2024, 7, 3)), ("en-AU", date(2024, 3, 7))],
)
def test_swappable_numeric_date_follows_the_page_language(lang: str, expected: date) -> None:
    article = read_bytes(page("", story("Published: 07/03/2024"), lang), "p.html")
    assert article.published == expected
    assert article.published_origin == "text"


def test_swappable_numeric_date_without_a_clue_is_not_guessed() -> None:
    assert dates.full_dates("Published: 07/03/2024")[0] == []
    assert dates.full_dates("07/03/2024", "dmy")[0] == [date(2024, 3, 7)]
    assert dates.full_dates("07/03/2024", "mdy")[0] == [date(2024, 7, 3)]


def test_time_zone_beside_the_date_says_the_order() -> None:
    us = dates.read_meta_line("Posted 04/05/2024 9:30 AM EDT")
    uk = dates.read_meta_line("Published: 04/05/2024 | 10:42 GMT")
    assert us is not None and us.dates == [date(2024, 4, 5)]
    assert uk is not None and uk.dates == [date(2024, 5, 4)]


def test_language_tags_and_their_order() -> None:
    assert dates.numeric_order_of_language("en-US") == "mdy"
    assert dates.numeric_order_of_language("en_GB") == "dmy"
    assert dates.numeric_order_of_language("fr") == "dmy"
    assert dates.numeric_order_of_language("en") is None
    assert dates.numeric_order_of_language(None) is None


def test_digits_of_other_scripts_are_read_as_digits() -> None:
    assert dates.ascii_digits("٠٧/٠٣/٢٠٢٤") == "07/03/2024"
    assert dates.full_dates("१५ March २०२४")[0] == [date(2024, 3, 15)]
    article = read_bytes(page("", story("Published: ٢٠/٠٣/٢٠٢٤ ٠٩:٣٠"), "en-AE"), "p.html")
    assert article.published == date(2024, 3, 20)


# --- titles ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("EXCLUSIVE: Minister knew of flaws", "Minister knew of flaws"),
        ("LIVE: Storm closes three bridges", "Storm closes three bridges"),
        ("Watch: Seal pup rescued from harbour", "Seal pup rescued from harbour"),
        ("In pictures: Lantern parade", "In pictures: Lantern parade"),
        ("Analysis: Why the vote failed", "Analysis: Why the vote failed"),
        ("LIVE: Updates", "LIVE: Updates"),
    ],
)
def test_kicker_is_not_part_of_the_title(title: str, expected: str) -> None:
    assert without_kicker(title) == expected


def test_kicker_in_its_own_element_inside_the_headline() -> None:
    body = (
        '<article><h1><span class="kicker">EXCLUSIVE</span> Harbour board to dredge inner '
        f"basin</h1><p>{A}</p><p>{B}</p><p>{C}</p></article>"
    )
    article = read_bytes(
        page('<meta property="og:site_name" content="Port Times">', body), "k.html"
    )
    assert article.title == "Harbour board to dredge inner basin"
    assert not article.text.startswith("EXCLUSIVE")


# --- outlet and author ----------------------------------------------------------------------


def test_logo_alt_text_names_the_outlet() -> None:
    body = (
        '<header><a href="/"><img src="/static/top.svg" alt="The Quayside Herald"></a></header>'
        + story("By Ana Lund")
    )
    head = '<link rel="canonical" href="https://quayside.example/news/dredge">'
    article = read_bytes(page(head, body), "logo.html")
    assert article.source == "The Quayside Herald"


def test_logo_that_says_only_logo_names_nothing() -> None:
    body = '<header><a href="/"><img src="/l.png" alt="logo"></a></header>' + story("By Ana Lund")
    head = '<link rel="canonical" href="https://quayside.example/news/dredge">'
    assert read_bytes(page(head, body), "logo.html").source != "logo"


def test_article_before_staff_reporter_still_names_no_person() -> None:
    assert dates.is_no_person_credit("By a Staff Reporter")
    assert dates.is_no_person_credit("By our Staff Correspondent")
    assert not dates.is_no_person_credit("By Anna Lund")


def test_interview_by_is_a_byline_and_photographers_are_not_authors() -> None:
    facts = dates.read_meta_line("Interview by Nell Ferris")
    assert facts is not None and facts.authors == ["Nell Ferris"]
    facts = dates.read_meta_line("Words by Marta Kowalczyk | Photos by Ben Hale")
    assert facts is not None and facts.authors == ["Marta Kowalczyk"]


def test_tagline_at_the_foot_names_the_author_of_an_unsigned_column() -> None:
    tagline = "Owen Rask is a former harbour master of the port."
    body = (
        "<article><h1>Harbour board to dredge inner basin</h1>"
        f"<p>{A}</p><p>{B}</p><p>{C}</p><p><em>{tagline}</em></p></article>"
    )
    article = read_bytes(page("", body), "col.html")
    assert article.author == "Owen Rask"
    assert tagline not in article.text
    assert article.text.rstrip().endswith(C)


def test_person_already_in_the_story_is_not_taken_for_a_tagline() -> None:
    closing = "Mary Holt is a trustee of the harbour board."
    body = (
        "<article><h1>Harbour board to dredge inner basin</h1>"
        f"<p>{A} Mary Holt, a trustee, backed the plan.</p><p>{B}</p><p>{closing}</p></article>"
    )
    article = read_bytes(page("", body), "story.html")
    assert article.author is None
    assert article.text.rstrip().endswith(closing)


# --- plain text -----------------------------------------------------------------------------


def test_forwarded_email_is_the_article_it_forwards() -> None:
    quoted = "\n>\n".join(f"> {p}" for p in (A, B, C))
    text = (
        "From: Kim Reader <kim@example.org>\nDate: Mon, 15 Apr 2024 08:00:00 +0000\n"
        "Subject: Fwd: Harbour board to dredge inner basin\n\nFor the ports file.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Port Times <news@porttimes.example>\nDate: Thu, 11 Apr 2024 18:00:00 +0000\n"
        "Subject: Harbour board to dredge inner basin\n\n"
        f"> By Ana Lund\n>\n{quoted}\n"
    )
    article = read_bytes(text.encode(), "fwd.txt")
    assert article.source == "Port Times"
    assert article.author == "Ana Lund"
    assert article.published == date(2024, 4, 11)
    assert article.text.startswith(A)
    assert "For the ports file" not in article.text
    assert ">" not in article.text


def test_running_heads_of_printed_pages_are_not_body() -> None:
    text = (
        "Port Times    Page 1\r\n\r\nHarbour board to dredge inner basin\r\n\r\nBy Ana Lund\r\n"
        f"\r\n{A}\r\n\r\n{B}\r\n\f\r\nPort Times    Page 2\r\n\r\n{C}\r\n"
    )
    article = read_bytes(text.encode(), "print.txt")
    assert article.source == "Port Times"
    assert "Page" not in article.text
    assert article.text.rstrip().endswith(C)


def test_reader_view_reading_time_and_labelled_share_bar_are_furniture() -> None:
    assert single_block_reason("4–5 minutes") is not None
    assert single_block_reason("12 minutes") is not None
    assert single_block_reason("Share this interview: Facebook · Email") == SHARE_BUTTONS
    assert single_block_reason("Read this story on our website: https://a.example/x") is not None
    assert single_block_reason("The meeting lasted 40 minutes.") is None


def test_unusual_section_inside_a_copied_menu_is_not_the_headline() -> None:
    text = (
        "Skip to content\nFenland Life\nHome\nFeatures\nFood\nBirding\nSubscribe\n\n"
        f"Harbour board to dredge inner basin\n\n7 March 2024\n\n{A}\n\n{B}\n\n{C}\n"
    )
    article = read_bytes(text.encode(), "copy.txt")
    assert article.title == "Harbour board to dredge inner basin"


# --- galleries ------------------------------------------------------------------------------


def test_gallery_with_captions_only_keeps_the_captions_as_body() -> None:
    captions = [
        "Crowds lined the quay on Saturday to watch the tall ships leave the harbour.",
        "The oldest ship in the fleet, built in 1911, led the parade out to sea.",
        "Volunteers rowed out in gigs to escort the smaller boats past the breakwater.",
    ]
    figures = "".join(
        f'<figure class="gallery-item"><span class="count">{n} of 3</span><img src="x{n}.jpg">'
        f'<figcaption>{c}</figcaption><span class="credit">Photograph: Ida Brun</span></figure>'
        for n, c in enumerate(captions, 1)
    )
    head = (
        '<script type="application/ld+json">{"@context":"https://schema.org",'
        '"@type":"ImageGallery","headline":"Tall ships leave port",'
        '"datePublished":"2024-06-02T10:00:00+01:00"}</script>'
    )
    body = f'<main><h1>Tall ships leave port</h1><div class="gallery">{figures}</div></main>'
    article = read_bytes(page(head, body), "gallery.html")
    assert article.published == date(2024, 6, 2)
    assert article.text.startswith(captions[0])
    assert article.text.rstrip().endswith(captions[-1])
    assert "Photograph" not in article.text and "of 3" not in article.text


def test_captions_stay_furniture_beside_a_story() -> None:
    body = (
        "<article><h1>Harbour board to dredge inner basin</h1>"
        f"<p>{A}</p><figure><img src='a.jpg'><figcaption>The inner basin at low tide, "
        "seen from the harbour wall on Monday morning.</figcaption></figure>"
        f"<p>{B}</p><p>{C}</p></article>"
    )
    article = read_bytes(page("", body), "story.html")
    assert "seen from the harbour wall" not in article.text
