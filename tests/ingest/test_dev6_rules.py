"""Rules added for the dev6 page shapes: archive snapshots, mojibake, MIME e-mail, field lines
above a copy, microdata, bylines naming the kind of piece, printed and machine dates that
disagree, social posts and videos, portals carrying another outlet's story.

Every fixture is invented for these tests; each test pins one rule and fails without it.
"""

from __future__ import annotations

import base64
import quopri
from datetime import date

from desktop.ingest import read_bytes
from desktop.ingest.furniture import ARCHIVE_TOOLBAR, single_block_reason
from desktop.ingest.textclean import clean_text, repair_mojibake

A = (
    "The lock keepers' union agreed on Wednesday to staff the canal's upper flight at weekends "
    "through the summer, ending a dispute that had closed it to boats since Easter."
)
B = (
    "Boat hire firms said the closure had cost them about a third of their spring bookings, "
    "and asked the canal trust to extend the season into October."
)
C = "The trust said it would decide on the longer season at its meeting next month."


def page(head: str, body: str, lang: str = "en-GB") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>'
        f"<body>{body}</body></html>"
    ).encode()


def paragraphs() -> str:
    return f"<p>{A}</p><p>{B}</p><p>{C}</p>"


# --- archive snapshots ------------------------------------------------------------------------


def test_snapshot_service_lines_are_its_toolbar() -> None:
    for line in (
        "webpage capture",
        "Saved from https://canalnews.example/locks/weekend-staffing",
        "no other snapshots from this url",
        "All snapshots from host canalnews.example",
        "share download .zip report bug or abuse",
    ):
        assert single_block_reason(line) == ARCHIVE_TOOLBAR, line
    # A story's sentence that happens to start the same way is not.
    assert single_block_reason("Saved from the flames, the mill's wheel was restored.") is None


def test_snapshot_copy_loses_its_toolbar_and_capture_time_and_keeps_the_headline() -> None:
    text = "\n".join(
        [
            "snapshots.example",
            "webpage capture",
            "Saved from\thttps://canalnews.example/locks/weekend-staffing",
            "search",
            "19 Apr 2024 21:03:55 UTC",
            "no other snapshots from this url",
            "",
            "Lock keepers agree weekend staffing",
            "",
            "By Maud Penhallow",
            "Tuesday 16 April 2024",
            "",
            A,
            "",
            B,
            "",
        ]
    )
    article = read_bytes(text.encode(), "snapshot.txt")
    assert article.title == "Lock keepers agree weekend staffing"
    assert article.published == date(2024, 4, 16)
    assert "19 Apr" not in article.text and "search" not in article.text
    assert article.text.startswith(A)


def test_snapshot_header_laid_out_as_a_table_is_set_aside() -> None:
    toolbar = (
        "<table><tr><td>snapshots.example<br>webpage capture</td><td>Saved from</td>"
        "<td>search</td></tr><tr><td></td><td>19 Apr 2024 21:03:55 UTC</td><td></td></tr>"
        "<tr><td>All snapshots</td><td>from host canalnews.example</td><td></td></tr></table>"
    )
    body = f"{toolbar}<h1>Lock keepers agree weekend staffing</h1>{paragraphs()}"
    article = read_bytes(page("<title>Lock keepers agree weekend staffing</title>", body), "s.html")
    assert "Saved from" not in article.text and "21:03:55" not in article.text
    assert A in article.text


# --- encodings ----------------------------------------------------------------------------------


def test_mojibake_is_repaired_when_the_document_holds_it_more_than_once() -> None:
    garbled = "The lock keeperâ€™s cafÃ© â€œreopensâ€\x9d on Friday."
    assert repair_mojibake(garbled) == "The lock keeper’s café “reopens” on Friday."
    # The C1 control in the garbled right quote is repaired before controls are dropped.
    assert clean_text(garbled) == "The lock keeper’s café “reopens” on Friday."


def test_a_single_lookalike_pair_and_real_accented_capitals_are_left_alone() -> None:
    assert repair_mojibake("only one cafÃ© here") == "only one cafÃ© here"
    assert repair_mojibake("«CAFÉ» and “KYLÄ”, twice: «CAFÉ»") == "«CAFÉ» and “KYLÄ”, twice: «CAFÉ»"


def test_mojibake_in_a_page_is_repaired_in_title_and_body() -> None:
    def garble(text: str) -> str:
        return text.encode("utf-8").decode("cp1252", errors="replace")

    body = f"<h1>{garble('Café owners welcome the canal’s reopening')}</h1><p>{garble(A)}</p>"
    body += f"<p>{garble('“We’re relieved,” said Zoë Fenwick, who runs the lock café.')}</p>"
    article = read_bytes(page("", body), "m.html")
    assert article.title == "Café owners welcome the canal’s reopening"
    assert "“We’re relieved,” said Zoë Fenwick" in article.text


# --- e-mail with MIME headers -----------------------------------------------------------------


def mime_mail(transfer: str, body: str) -> bytes:
    if transfer == "quoted-printable":
        encoded = quopri.encodestring(body.encode("utf-8")).decode("ascii")
    else:
        encoded = base64.encodebytes(body.encode("utf-8")).decode("ascii")
    return "\n".join(
        [
            'From: "Canal Weekly" <news@canalweekly.example>',
            "Subject: Weekend locks are back",
            "Date: Wed, 17 Apr 2024 07:00:00 +0100",
            "MIME-Version: 1.0",
            'Content-Type: text/plain; charset="utf-8"',
            f"Content-Transfer-Encoding: {transfer}",
            "",
            encoded,
        ]
    ).encode()


def test_quoted_printable_body_is_decoded() -> None:
    # Long enough that the encoder breaks its lines with a soft "=" at the end.
    story = f"{A} The keepers’ union said so.\n\n{B}\n"
    article = read_bytes(mime_mail("quoted-printable", story), "mail.txt")
    assert "The keepers’ union said so." in article.text
    assert "=E2" not in article.text and "= " not in article.text
    assert A in article.text and article.title == "Weekend locks are back"


def test_base64_body_is_decoded() -> None:
    article = read_bytes(mime_mail("base64", f"{A}\n\n{B}\n"), "mail.txt")
    assert A in article.text and B in article.text


# --- field lines above a copy -------------------------------------------------------------------


def test_field_lines_at_the_top_of_a_text_give_the_metadata() -> None:
    text = "\n".join(
        [
            "Title: Lock keepers agree weekend staffing",
            "Source: Canal Weekly",
            "Author: Maud Penhallow",
            "Date: 2024-04-16",
            "URL: https://canalweekly.example/locks",
            "",
            A,
            "",
            B,
        ]
    )
    article = read_bytes(text.encode(), "copy.txt")
    assert article.title == "Lock keepers agree weekend staffing"
    assert article.source == "Canal Weekly" and article.author == "Maud Penhallow"
    assert article.published == date(2024, 4, 16) and article.published_origin == "metadata"
    assert article.text.startswith(A)


def test_a_clippers_created_property_dates_nothing() -> None:
    text = "\n".join(
        [
            "# Lock keepers agree weekend staffing",
            "",
            "URL: https://canalweekly.example/locks",
            "Created: April 20, 2024 9:15 AM",
            "Tags: canals",
            "",
            A,
            "",
            B,
        ]
    )
    article = read_bytes(text.encode(), "clip.md")
    assert article.published is None
    assert article.url == "https://canalweekly.example/locks"
    assert "Created" not in article.text and article.text.startswith(A)


def test_published_line_under_a_copied_headline_stays_printed_text() -> None:
    text = "\n".join(
        ["Lock keepers agree weekend staffing", "", "By: Maud Penhallow",
         "Published: 16 April 2024", "", A, "", B]
    )  # fmt: skip
    article = read_bytes(text.encode(), "copy.txt")
    assert article.published == date(2024, 4, 16) and article.published_origin == "text"


# --- metadata in markup -------------------------------------------------------------------------


def test_microdata_names_publisher_and_author() -> None:
    body = (
        '<article itemscope itemtype="https://schema.org/NewsArticle">'
        '<h1 itemprop="headline">Lock keepers agree weekend staffing</h1>'
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span itemprop="name">Maud Penhallow</span></span>'
        '<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization">'
        '<meta itemprop="name" content="Canal Weekly"></div>'
        f'<div itemprop="articleBody">{paragraphs()}</div></article>'
    )
    article = read_bytes(page("<title>locks - canalweekly</title>", body), "m.html")
    assert article.source == "Canal Weekly"
    assert article.author == "Maud Penhallow"


def test_investigation_by_is_a_byline() -> None:
    text = f"Lock keepers agree weekend staffing\n\nInvestigation by Maud Penhallow\n\n{A}\n\n{B}\n"
    article = read_bytes(text.encode(), "copy.txt")
    assert article.author == "Maud Penhallow"
    assert article.text.startswith(A)


# --- printed and machine dates ----------------------------------------------------------------


def dated_page(printed: str) -> bytes:
    head = '<meta property="article:published_time" content="2024-04-22T09:00:00+01:00">'
    body = f'<article><h1>Lock keepers agree weekend staffing</h1><p class="meta">{printed}</p>'
    return page(head, body + paragraphs() + "</article>")


def test_earlier_printed_publication_date_wins_over_the_machine_date() -> None:
    article = read_bytes(dated_page("By Maud Penhallow · Published 16 April 2024"), "d.html")
    assert article.published == date(2024, 4, 16)
    assert article.published_origin == "text"


def test_unlabelled_or_later_printed_date_leaves_the_machine_date() -> None:
    unlabelled = read_bytes(dated_page("By Maud Penhallow · 16 April 2024"), "d.html")
    assert unlabelled.published == date(2024, 4, 22)
    later = read_bytes(dated_page("By Maud Penhallow · Published 25 April 2024"), "d.html")
    assert later.published == date(2024, 4, 22) and later.published_origin == "metadata"


# --- social posts, videos, portals --------------------------------------------------------------


def test_copied_post_has_no_title_and_the_account_is_the_source() -> None:
    text = "\n".join(
        [
            "Post", "", "Canal Trust Lock Team", "@canaltrustlocks", "",
            "The upper flight reopens at 8am on Saturday. Please book passage through the "
            "flight at least a day ahead.", "",
            "6:30 PM · Apr 17, 2024", "", "4.1K", "", "Views", "", "Post your reply", "",
            "Who to follow", "Canal Boaters Forum", "",
        ]
    )  # fmt: skip
    article = read_bytes(text.encode(), "post.txt")
    assert article.title is None
    assert article.source == "Canal Trust Lock Team"
    assert article.author is None  # an organisation's account names no person
    assert article.published == date(2024, 4, 17)
    assert article.text.startswith("The upper flight reopens") and "Views" not in article.text
    assert "@canaltrustlocks" not in article.text and "Who to follow" not in article.text


def test_a_persons_account_is_the_author_too() -> None:
    text = (
        "Maud Penhallow @maudp\n\nBack at the lock tomorrow, finally.\n\n9:02 AM · Apr 18, 2024\n"
    )
    article = read_bytes(text.encode(), "post.txt")
    assert article.source == "Maud Penhallow" and article.author == "Maud Penhallow"


def test_a_byline_with_a_handle_above_a_dated_story_is_not_a_post() -> None:
    text = "\n".join(
        ["Lock keepers agree weekend staffing", "", "Maud Penhallow", "@maudp",
         "16 April 2024, 10:00", "", A, "", B, "", C]
    )  # fmt: skip
    article = read_bytes(text.encode(), "copy.txt")
    assert article.title == "Lock keepers agree weekend staffing"


def test_video_page_names_its_channel_and_upload_date() -> None:
    ld = (
        '{"@context":"https://schema.org","@type":"VideoObject","name":"Inside the upper flight",'
        '"uploadDate":"2024-04-12T06:00:00-07:00",'
        '"author":{"@type":"Organization","name":"Canal Trust Films"}}'
    )
    head = (
        '<meta property="og:site_name" content="VideoSite">'
        f'<script type="application/ld+json">{ld}</script>'
    )
    body = f"<h1>Inside the upper flight</h1>{paragraphs()}<h3>Transcript</h3>"
    article = read_bytes(page(head, body), "v.html")
    assert article.source == "Canal Trust Films"
    assert article.author is None
    assert article.published == date(2024, 4, 12)


def test_portal_credits_the_provider_as_the_source() -> None:
    head = '<meta property="og:site_name" content="Portal Daily">'
    body = (
        '<article><div class="story-provider"><img src="/p.png" alt="Canal Wire Service"></div>'
        f"<h1>Lock keepers agree weekend staffing</h1>{paragraphs()}</article>"
    )
    article = read_bytes(page(head, body), "p.html")
    assert article.source == "Canal Wire Service"
