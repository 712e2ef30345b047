"""Rules added for the dev7 page shapes: dates and furniture in other languages, posts on
platform pages with no handle and chat-app copies, consent dialogs inside the story,
multipart e-mail, press-release end marks, PDF pastes and a report's opening label.

Every fixture is invented for these tests; each test pins one rule and fails without it.
"""

from __future__ import annotations

import base64
from datetime import date

import pytest

from desktop.ingest import read_bytes
from desktop.ingest.dates import full_dates, read_meta_line
from desktop.ingest.furniture import SHARE_BUTTONS, TEASER, single_block_reason

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


# --- dates and bylines in other languages --------------------------------------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Publié le 4 février 2025 à 09h10", date(2025, 2, 4)),
        ("1er mars 2025", date(2025, 3, 1)),
        ("4. Februar 2025, 09:10 Uhr", date(2025, 2, 4)),
        ("Madrid, 4 de febrero de 2025", date(2025, 2, 4)),
        ("4 de fevereiro de 2025", date(2025, 2, 4)),
        ("4 febbraio 2025", date(2025, 2, 4)),
        ("4 февраля 2025 г.", date(2025, 2, 4)),
        ("4 лютого 2025", date(2025, 2, 4)),
        ("4 lutego 2025", date(2025, 2, 4)),
    ],
)
def test_day_first_dates_in_other_languages(line: str, day: date) -> None:
    assert full_dates(line)[0] == [day]


def test_a_foreign_month_needs_a_day_and_a_year() -> None:
    assert full_dates("en mars 2025")[0] == []
    assert full_dates("le 4 mars")[0] == []


def test_dotted_numeric_dates_are_day_first() -> None:
    assert full_dates("Stand: 03.02.2025 17:45 Uhr")[0] == [date(2025, 2, 3)]
    # Slashes stay ambiguous without a page order.
    assert full_dates("03/02/2025")[0] == []


def test_cyrillic_bylines_name_people() -> None:
    facts = read_meta_line("Автор: Ирина Петрова")
    assert facts is not None and facts.authors == ["Ирина Петрова"]
    beside = read_meta_line("20 січня 2025, 08:30 · Олена Коваль")
    assert beside is not None
    assert beside.authors == ["Олена Коваль"] and beside.dates == [date(2025, 1, 20)]


def test_read_also_links_and_share_bars_in_other_languages() -> None:
    assert single_block_reason("Lire aussi Aéroports : les retards ont doublé") == TEASER
    assert single_block_reason("Читайте также: Пробки выросли на 15% за год") == TEASER
    assert single_block_reason("Leia também: Frete marítimo sobe 30%") == TEASER
    # A sentence that happens to open with the words is no link.
    assert single_block_reason("Lire aussi la lettre du maire, publiée hier, est utile.") is None
    assert single_block_reason("Compartilhe: WhatsApp Facebook Telegram") == SHARE_BUTTONS
    assert single_block_reason("Partager sur Facebook Partager sur X Copier le lien") == (
        SHARE_BUTTONS
    )
    assert single_block_reason("Поделиться: ВКонтакте Telegram") == SHARE_BUTTONS


def test_foreign_page_dated_in_its_own_language() -> None:
    article = read_bytes(
        page(
            '<meta property="og:site_name" content="La Gazette du Port">',
            "<h1>Le ferry ajoute une traversée</h1><p>Par Lucie Martin</p>"
            "<p>Publié le 4 février 2025 à 09h10</p>"
            f"<p>{A}</p><p><strong>Lire aussi</strong> <a>Le port recrute</a></p><p>{B}</p>",
            lang="fr",
        ),
        "page.html",
    )
    assert article.published == date(2025, 2, 4) and article.published_origin == "text"
    assert article.author == "Lucie Martin"
    assert "Lire aussi" not in article.text and B in article.text


# --- platform posts --------------------------------------------------------------------------


def test_facebook_page_post_without_handle() -> None:
    article = read_bytes(
        page(
            '<title>Facebook</title><meta property="og:site_name" content="Facebook">'
            '<meta property="og:title" content="Harbour Town Council">',
            '<div role="banner"><a>facebook</a> <a>Log in</a></div>'
            "<div role='article'><h2><a>Harbour Town Council</a></h2>"
            "<div><span>March 3, 2025 at 9:15 AM</span> · <span>Public</span></div>"
            f"<div><div dir='auto'>{A}</div><div dir='auto'>{B}</div></div>"
            "<div><span>64</span> <span>12 comments</span> <span>9 shares</span></div>"
            "<div><a>Ann Lee</a> <div>Great news for the island.</div></div></div>",
            lang="en",
        ),
        "post.html",
    )
    assert article.title is None
    assert article.source == "Harbour Town Council" and article.author is None
    assert article.published == date(2025, 3, 3)
    assert article.text == f"{A}\n{B}"


def test_facebook_post_by_a_person_names_the_author() -> None:
    article = read_bytes(
        page(
            '<meta property="og:site_name" content="Facebook">'
            '<meta property="og:title" content="Mara Lindgren">',
            "<h2><a>Mara Lindgren</a></h2><div><span>March 3, 2025 at 9:15 AM</span></div>"
            f"<div dir='auto'>{A}</div><div><span>12 comments</span></div>",
            lang="en",
        ),
        "post.html",
    )
    assert article.source == "Mara Lindgren" and article.author == "Mara Lindgren"


def test_chat_app_copy_of_a_channel_message() -> None:
    text = f"Harbour Town Council, [03.03.2025 09:15]\n{A}\n\n{B}\n"
    article = read_bytes(text.encode(), "copy.txt")
    assert article.title is None and article.source == "Harbour Town Council"
    assert article.published == date(2025, 3, 3) and article.published_origin == "text"
    assert article.text.startswith(A[:40]) and "[03.03.2025" not in article.text


def test_consent_dialog_inside_the_story_container_is_furniture() -> None:
    dialog = (
        "We and our 612 partners store and access information on a device and process "
        "personal data for personalised advertising, measurement and audience research."
    )
    article = read_bytes(
        page(
            '<meta property="og:site_name" content="Island Times">',
            f'<div class="article"><div class="qc-cmp2-container"><p>{dialog}</p>'
            "<p>You can change your preferences at any time from the footer of the page.</p>"
            f"</div><h1>Third ferry crossing from May</h1><p>{A}</p><p>{B}</p><p>{C}</p></div>",
        ),
        "page.html",
    )
    assert "612 partners" not in article.text and "preferences" not in article.text
    assert article.text.startswith(A[:40])


# --- e-mail, press releases, PDF pastes ------------------------------------------------------


def test_multipart_email_reads_the_plain_text_part_once() -> None:
    html_part = base64.encodebytes(f"<html><body><p>{A}</p><p>{B}</p></body></html>".encode())
    text = (
        "From: Island Ferries Press Office <press@ferries.example>\n"
        "Subject: Third daily crossing from May\n"
        "Date: Tue, 4 Mar 2025 10:02:11 +0000\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/alternative; boundary="b1"\n\n'
        "This is a multi-part message in MIME format.\n\n"
        "--b1\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{A[:60]}=\n{A[60:]}\n\n{B}\n\nENDS\n\nPress office: 01632 960118\n\n"
        "--b1\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        f"{html_part.decode()}\n--b1--\n"
    )
    article = read_bytes(text.encode(), "mail.txt")
    assert article.title == "Third daily crossing from May"
    assert article.source == "Island Ferries Press Office"
    assert article.text == f"{A}\n{B}"


def test_multipart_email_with_only_html_reads_the_html() -> None:
    html_part = base64.encodebytes(f"<p>{A}</p><p>{B}</p>".encode()).decode()
    text = (
        "From: Island Ferries <news@ferries.example>\nSubject: Crossings\n"
        "Date: Tue, 4 Mar 2025 10:02:11 +0000\n"
        'Content-Type: multipart/mixed; boundary="x"\n\n'
        "--x\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        f"{html_part}\n--x--\n"
    )
    article = read_bytes(text.encode(), "mail.txt")
    assert A in article.text and B in article.text and "<p>" not in article.text


def test_press_release_end_mark_and_notes_after_it() -> None:
    text = (
        f"Third daily ferry crossing from May\n\n{A}\n\n{B}\n\n{C}\n\n-ENDS-\n\n"
        "Notes to editors\n\nIsland Ferries carries 400,000 passengers a year.\n"
    )
    article = read_bytes(text.encode(), "release.txt")
    assert article.text.endswith(C)
    assert "ENDS" not in article.text and "400,000" not in article.text


def test_an_early_end_word_does_not_cut_the_story() -> None:
    text = f"Ferry crossing\n\nENDS\n\n{A}\n\n{B}\n\n{C}\n"
    article = read_bytes(text.encode(), "release.txt")
    assert article.text.endswith(C)


def test_pdf_paste_rejoins_broken_words_and_drops_page_feet() -> None:
    text = (
        "Ferry services review\n\nIsland Transport Board\nPublished 4 March 2025\n\n"
        "The board found that the afternoon crossing was full on most summer days and that\n"
        "visitors were turned away at the quay. Islanders said they could not get off the is-\n"
        "land for hospital appointments.\n\n"
        "Island Transport Board — Ferry services review          Page 1 of 2\n\n"
        "The board recommends a third daily crossing from May and a booking system that\n"
        "keeps places for islanders.\n\n"
        "Island Transport Board — Ferry services review          Page 2 of 2\n"
    )
    article = read_bytes(text.encode(), "paste.txt")
    assert "off the island for hospital" in article.text
    assert "is- land" not in article.text and "Page 1 of 2" not in article.text
    assert article.text.endswith("keeps places for islanders.")


def test_pdf_paste_joins_a_sentence_cut_by_a_page_break() -> None:
    text = (
        "Ferry services review\n\n"
        "The board found that the afternoon crossing was full on most summer days and that\n"
        "visitors were turned away at the quay, while islanders waited for the\n\n"
        "Ferry services review          Page 1 of 2\n\n"
        "evening boat with no seats left for them.\n\n"
        "The board recommends a third daily crossing from May.\n\n"
        "Ferry services review          Page 2 of 2\n"
    )
    article = read_bytes(text.encode(), "paste.txt")
    assert "waited for the evening boat" in article.text


def test_summary_heading_opening_a_report_is_a_label() -> None:
    text = f"Stranded: the ferry gap\n\nSummary\n\n{A}\n\n{B}\n\nFindings\n\n{C}\n"
    article = read_bytes(text.encode(), "report.txt")
    assert article.text.startswith(A[:40])
    # A heading further down is part of the report.
    assert "Findings" in article.text
