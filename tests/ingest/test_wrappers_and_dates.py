"""Archive and cache wrappers, print views, chrome in another script, dates written the
Chinese/Japanese way, "Outlet | Section | Headline" titles, bylines with a role.

Every fixture is invented for these tests; each test pins one rule and fails without it.
"""

from __future__ import annotations

from datetime import date

from desktop.ingest import read_bytes
from desktop.ingest.dates import full_dates
from desktop.ingest.furniture import single_block_reason

P1 = (
    "The county council approved a new cycle lane along the length of Ferry Road on Monday, "
    "after a consultation in which two thirds of residents backed the plan."
)
P2 = (
    "Work on the lane, which will cost about 1.2 million pounds, is due to begin in the "
    "summer and take four months to finish."
)
P3 = (
    "Shopkeepers on the road said they feared losing parking spaces outside their doors, "
    "and asked the council for a loading bay at each end."
)


def test_dates_in_chinese_japanese_and_korean_writing() -> None:
    assert full_dates("2024年3月3日（日）")[0] == [date(2024, 3, 3)]
    assert full_dates("2024년 3월 3일")[0] == [date(2024, 3, 3)]
    assert full_dates("Tuesday 14th January 2025")[0] == [date(2025, 1, 14)]


def test_archive_toolbar_lines_are_furniture() -> None:
    for line in (
        "The Wayback Machine - https://web.archive.org/web/20220611093015/https://a.example/x",
        "About this capture",
        "1,183 captures 14 Jun 2023 - 02 Feb 2025",
        "20220611093015",
        "This is Google's cache of https://a.example/x. It is a snapshot of the page.",
    ):
        assert single_block_reason(line) == "archive toolbar", line
    assert single_block_reason("Collected by volunteers, the petition ran to 4,000 names.") is None


def test_wayback_copy_keeps_the_story_and_the_articles_own_date() -> None:
    text = (
        "The Wayback Machine - https://web.archive.org/web/20230918114502/https://post.example/a\n"
        "Ferry Road Post\nNews | Sport | Letters\nCycle lane approved for Ferry Road\n"
        "By Ines Halloran\nPublished 15th September 2023\n"
        f"{P1}\n{P2}\n{P3}\nAbout this capture\nCOLLECTED BY\nOrganization: Archive Team\n"
        "TIMESTAMPS\n20230918114502\n"
    )
    article = read_bytes(text.encode(), "copy.txt")
    assert article.title == "Cycle lane approved for Ferry Road"
    assert str(article.published) == "2023-09-15"
    assert article.text == f"{P1}\n{P2}\n{P3}"


def test_bare_address_after_the_story_is_the_page_footer() -> None:
    text = f"Cycle lane approved\n\n{P1}\n\n{P2}\n\nhttps://post.example/news/cycle-lane\n"
    article = read_bytes(text.encode(), "print.txt")
    assert article.text.endswith(P2)


def test_other_script_chrome_around_an_english_story() -> None:
    body = (
        "<nav><ul><li>الرئيسية</li><li>أخبار</li></ul></nav><article>"
        f"<h1>Cycle lane approved for Ferry Road</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p>"
        "<p>الأكثر قراءة</p></article>"
    )
    markup = (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"></head><body>{body}</body></html>'
    )
    article = read_bytes(markup.encode(), "page.html")
    assert article.text == f"{P1}\n{P2}\n{P3}"


def test_title_outlet_section_headline_without_a_heading_tag() -> None:
    markup = (
        '<html><head><meta charset="utf-8"><title>Ferry Road Post | Transport | Cycle lane '
        'approved for Ferry Road</title></head><body><div class="mast">Ferry Road Post</div>'
        '<div class="hl">Cycle lane approved for Ferry Road</div>'
        f"<div class='txt'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></body></html>"
    )
    article = read_bytes(markup.encode(), "page.html")
    assert article.title == "Cycle lane approved for Ferry Road"
    assert article.source == "Ferry Road Post"


def test_markdown_breadcrumb_and_three_part_front_matter_title() -> None:
    text = (
        '---\ntitle: "Ferry Road Post | Transport | Cycle lane approved"\n---\n\n'
        "[Ferry Road Post](https://post.example/) · [Transport](https://post.example/t)\n\n"
        "# Cycle lane approved\n\n"
        f"**By Ines Halloran** | 2023年9月15日\n\n{P1}\n\n{P2}\n"
    )
    article = read_bytes(text.encode(), "clip.md")
    assert article.source == "Ferry Road Post"
    assert article.author == "Ines Halloran"
    assert str(article.published) == "2023-09-15"
    assert article.text == f"{P1}\n{P2}"


def test_name_line_with_a_role_above_the_date_is_the_byline() -> None:
    text = (
        f"Cycle lane approved\n\nInes Halloran, Staff Writer\n\n15 September 2023\n\n{P1}\n\n{P2}\n"
    )
    article = read_bytes(text.encode(), "copy.txt")
    assert article.author == "Ines Halloran"
    assert article.text == f"{P1}\n{P2}"
