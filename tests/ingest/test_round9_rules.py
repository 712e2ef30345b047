"""Round 9 rules: link lists inside the story's container, date lines and menus of copies.

Every fixture is invented for these tests; each test pins one rule and fails without it.
"""

from __future__ import annotations

import base64
import time

from desktop.ingest import read_bytes
from desktop.ingest.furniture import NAVIGATION

STORY = [
    "The regional council approved a new flood barrier for the lower town on Monday, after "
    "three floods in five years.",
    "The barrier will cost £18 million and should be finished by the winter of 2027, "
    "officials said, and the lower town's residents will be consulted on its route.",
    "Residents of the lower town have campaigned for protection since the floods of 2019.",
]


def page(links: str, *, headline: str = "<h1>Council approves flood barrier</h1>") -> bytes:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Flood barrier | Vale News'
        '</title><meta property="article:published_time" content="2025-03-10T09:00:00Z">'
        f"</head><body><article>{headline}"
        + "".join(f"<p>{p}</p>" for p in STORY)
        + links
        + "</article></body></html>"
    ).encode("utf-8")


def test_a_long_run_of_link_only_blocks_in_the_article_is_navigation() -> None:
    links = "<ul>" + "".join(
        f'<li><a href="/tag/{n}">Related topic number {n}</a></li>' for n in range(40_000)
    )
    started = time.process_time()
    article = read_bytes(page(links + "</ul>"), "farm.html")
    spent = time.process_time() - started
    assert article.text.split("\n") == STORY
    assert any(b.reason == NAVIGATION and "Related topic" in b.text for b in article.blocks)
    # The link list is summarised, not judged one block at a time.
    assert len(article.blocks) < 200
    assert spent < 10


def test_a_hundred_thousand_links_in_one_block_are_navigation() -> None:
    links = "<div>" + "".join(
        f'<a href="/s/{n}">Story headline number {n}</a><br>' for n in range(100_000)
    )
    article = read_bytes(page(links + "</div>"), "farm.html")
    assert article.text.split("\n") == STORY


def test_a_short_link_list_after_the_story_is_navigation_on_a_normal_page() -> None:
    links = "".join(
        f'<p><a href="/s/{n}">Story headline number {n} here</a></p>' for n in range(12)
    )
    article = read_bytes(page(links), "story.html")
    assert article.text.split("\n") == STORY


def test_links_inside_the_story_and_a_linked_headline_stay() -> None:
    linked = "".join(
        f'<p>The <a href="/council">council</a> said part {n} of the <a href="/plan">plan</a> '
        f'would be published in <a href="/may">May</a>, with maps of the barrier\'s route.</p>'
        for n in range(12)
    )
    article = read_bytes(
        page(linked, headline='<h1><a href="/flood">Council approves flood barrier</a></h1>'),
        "story.html",
    )
    assert article.title == "Council approves flood barrier"
    assert article.text.count("with maps of the barrier's route.") == 12


RELEASE = [
    "The Commission has approved a €1.2 billion scheme to help rail freight operators switch "
    "from diesel to electric locomotives.",
    "Member states asked for the scheme after freight volumes on electrified lines grew by 11% "
    "last year.",
]


def test_document_type_date_and_place_line_dates_a_release_page() -> None:
    markup = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Press corner</title>'
        "</head><body><main><div><p>Press release | 14 March 2025 | Brussels</p>"
        "<h1>Commission approves scheme for electric rail freight</h1></div>"
        + "".join(f"<p>{p}</p>" for p in RELEASE)
        + "</main></body></html>"
    )
    article = read_bytes(markup.encode("utf-8"), "release.html")
    assert str(article.published) == "2025-03-14"
    assert article.published_origin == "text"
    assert article.source != "Brussels"
    assert "Press release" not in article.text


def test_document_type_line_in_a_text_copy_is_a_date_line_and_the_place_no_outlet() -> None:
    text = (
        "Commission approves scheme for electric rail freight\n\n"
        "Statement | 2 April 2025 | Luxembourg\n\n" + "\n\n".join(RELEASE) + "\n"
    )
    article = read_bytes(text.encode("utf-8"), "release.txt")
    assert str(article.published) == "2025-04-02"
    assert article.source != "Luxembourg"
    assert article.text.split("\n") == RELEASE


def test_two_item_menu_kept_apart_by_wide_spaces_is_navigation() -> None:
    text = (
        "Top stories    For you\n\n"
        "Commission approves scheme for electric rail freight\n\n"
        "By Jane Doe    Transport reporter\n\n" + "\n\n".join(RELEASE) + "\n"
    )
    article = read_bytes(text.encode("utf-8"), "copy.txt")
    assert any(b.reason == NAVIGATION and "For you" in b.text for b in article.blocks)
    assert article.title == "Commission approves scheme for electric rail freight"
    # A byline and a role apart by the same gap are a byline, not a menu.
    assert article.author == "Jane Doe"
    assert article.text.split("\n") == RELEASE


def test_message_sent_as_html_alone_is_read_as_its_text() -> None:
    html = (
        "<html><body><p>View this email in your browser</p>"
        + "".join(f"<p>{p}</p>" for p in RELEASE)
        + "<p>You are receiving this alert because you follow Rail.</p></body></html>"
    )
    message = (
        "From: Rail Desk <alerts@rail.example>\n"
        "Subject: Electric rail freight scheme approved\n"
        "Date: Fri, 14 Mar 2025 06:30:00 +0000\n"
        'Content-Type: text/html; charset="utf-8"\n'
        "Content-Transfer-Encoding: base64\n\n"
        + base64.encodebytes(html.encode("utf-8")).decode("ascii")
    )
    article = read_bytes(message.encode("ascii"), "alert.eml")
    assert article.text.split("\n") == RELEASE
    assert "<p>" not in article.text


def test_post_action_bar_and_gallery_furniture_are_set_aside() -> None:
    text = (
        "South Coast News\n\n"
        "In pictures: Tall ships race returns to Kessling\n\n"
        + "\n\n".join(RELEASE)
        + "\n\nLike · Reply · Report\n\nShare this gallery\n\nMore galleries\n\n"
        "In pictures: Storm Eunice a year on\n"
    )
    article = read_bytes(text.encode("utf-8"), "gallery.txt")
    assert article.text.split("\n") == RELEASE
