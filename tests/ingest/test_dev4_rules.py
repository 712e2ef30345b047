"""Rules added for the dev4 page shapes: JSON-LD references and related stories, hidden and
sign-up blocks, consent notices, mastheads above a menu, copied posts, Markdown captions.

Every fixture is invented for these tests; each test pins one rule and fails without it.
"""

from __future__ import annotations

from desktop.ingest import read_bytes

A = (
    "The valley council voted on Monday to reopen the old swimming baths on Mill Lane, "
    "closed since a roof leak in 2019, after a survey found the building sound."
)
B = (
    "Repairs to the roof and the pool tank will cost about 900,000 pounds, paid for from the "
    "council's capital budget over two years."
)
C = (
    "A swimming club that trained at the baths for forty years said members would return as "
    "soon as the pool reopened."
)


def page(head: str, body: str) -> bytes:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head>'
        f"<body>{body}</body></html>"
    ).encode()


def test_json_ld_author_given_by_id_is_resolved_in_the_graph() -> None:
    graph = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":['
        '{"@type":"Person","@id":"#p1","name":"Ruth Calder","jobTitle":"Local reporter"},'
        '{"@type":"NewsArticle","headline":"Old baths to reopen","author":{"@id":"#p1"},'
        '"datePublished":"2024-05-06"}]}</script>'
    )
    body = '<article><h1>Old baths to reopen</h1><span class="role">Local reporter</span>'
    body += f"<p>{A}</p><p>{B}</p><p>{C}</p></article>"
    article = read_bytes(page(graph, body), "baths.html")
    assert article.author == "Ruth Calder"


def test_page_own_article_chosen_over_a_related_story_described_first() -> None:
    related = (
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Roof leak shuts '
        'baths","url":"https://paper.example/2019/leak","datePublished":"2019-02-01",'
        '"author":{"@type":"Person","name":"Old Writer"}}</script>'
    )
    own = (
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Old baths to '
        'reopen","mainEntityOfPage":"https://paper.example/2024/baths/","datePublished":'
        '"2024-05-06","author":{"@type":"Person","name":"Ruth Calder"}}</script>'
    )
    head = f'<link rel="canonical" href="https://paper.example/2024/baths">{related}{own}'
    body = f"<article><h1>Old baths to reopen</h1><p>{A}</p><p>{B}</p><p>{C}</p></article>"
    article = read_bytes(page(head, body), "baths.html")
    assert article.author == "Ruth Calder"
    assert str(article.published) == "2024-05-06"


def test_related_story_told_apart_by_printed_headline_without_an_address() -> None:
    related = (
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Roof leak shuts '
        'baths","datePublished":"2019-02-01"}</script>'
    )
    own = (
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Old baths to '
        'reopen","datePublished":"2024-05-06"}</script>'
    )
    body = f"<article><h1>Old baths to reopen</h1><p>{A}</p><p>{B}</p><p>{C}</p></article>"
    article = read_bytes(page(related + own, body), "baths.html")
    assert str(article.published) == "2024-05-06"


def test_hidden_locked_paragraphs_are_not_the_story() -> None:
    body = (
        f"<article><h1>Old baths to reopen</h1><p>{A}</p><p>{B}</p>"
        f'<div class="rest" hidden><p>{C}</p></div>'
        f'<div style="display: none"><p>The locked part goes on for many more words here.</p>'
        "</div></article>"
    )
    article = read_bytes(page("<title>Old baths to reopen</title>", body), "baths.html")
    assert A in article.text and B in article.text
    assert C not in article.text
    assert "locked part" not in article.text


def test_a_page_hidden_almost_entirely_still_gives_its_story() -> None:
    body = f"<div hidden><h1>Old baths to reopen</h1><p>{A}</p><p>{B}</p><p>{C}</p></div>"
    article = read_bytes(page("<title>Old baths to reopen</title>", body), "baths.html")
    assert A in article.text and C in article.text


def test_box_around_an_email_form_is_a_sign_up_box_whatever_its_class() -> None:
    box = (
        '<div class="m-12"><h4>The Valley Letter</h4><p>Our weekly round-up of the valley.</p>'
        '<form><input type="email"><button>Go</button></form>'
        "<p>You can leave the list at any time.</p></div>"
    )
    body = f"<article><h1>Old baths to reopen</h1><p>{A}</p>{box}<p>{B}</p><p>{C}</p></article>"
    article = read_bytes(page("<title>Old baths to reopen</title>", body), "baths.html")
    assert "Valley Letter" not in article.text
    assert "weekly round-up" not in article.text
    assert "leave the list" not in article.text
    assert A in article.text and B in article.text and C in article.text


def test_headline_found_below_hundreds_of_menu_links() -> None:
    menu = "".join(f"<li><a>Section {n}</a></li>" for n in range(200))
    head = '<meta property="og:title" content="Old baths to reopen">'
    body = f"<nav><ul>{menu}</ul></nav><article><h1>Old baths to reopen</h1>"
    body += f"<p>{A}</p><p>{B}</p><p>{C}</p></article>"
    article = read_bytes(page(head, body), "baths.html")
    assert article.text.startswith(A)


def test_copied_consent_notice_and_its_buttons_are_set_aside() -> None:
    text = "\n".join(
        [
            "Privacy choices",
            "We and our 80 partners store cookies and process personal data on this device.",
            "Accept all",
            "Reject all",
            "The Valley Courier",
            "News",
            "Sport",
            "Business",
            "Old baths to reopen after five years",
            "",
            A,
            "",
            B,
            "",
            C,
        ]
    )
    article = read_bytes(text.encode(), "baths.txt")
    assert article.title == "Old baths to reopen after five years"
    assert article.source == "The Valley Courier"
    assert article.text.startswith(A)
    assert "Accept all" not in article.text


def test_masthead_without_an_outlet_word_is_read_above_a_menu() -> None:
    text = "\n".join(["Vale Local", "News", "Sport", "Business", "Old baths to reopen", "", A])
    article = read_bytes(text.encode(), "baths.txt")
    assert article.source == "Vale Local"
    assert article.title == "Old baths to reopen"


def test_copied_post_ending_on_a_picture_link_and_closing_lines() -> None:
    text = "\n".join(
        [
            "Old baths to reopen",
            "",
            A,
            "",
            "Cannot wait to swim there again with the kids pic.social.example/Ab12Cd",
            "— Sam Reed (@samreed) May 6, 2024",
            "",
            B,
            "",
            C,
            "",
            "Tips? Write to the newsroom",
            "Have your say",
            "Comments are closed on this article.",
        ]
    )
    article = read_bytes(text.encode(), "baths.txt")
    assert "pic.social.example" not in article.text
    assert article.text.endswith(C)


def test_markdown_caption_under_an_image_and_clipping_note() -> None:
    text = "\n".join(
        [
            "# Old baths to reopen",
            "",
            "![The baths](https://paper.example/baths.jpg)",
            "*The Mill Lane baths in 2018. Picture: Jo Hale*",
            "",
            A,
            "",
            B,
            "",
            "Clipped from https://paper.example/2024/baths",
        ]
    )
    article = read_bytes(text.encode(), "baths.md")
    assert article.text.startswith(A)
    assert article.text.endswith(B)
    assert "Jo Hale" not in article.text


def test_emphasised_paragraph_not_under_an_image_stays() -> None:
    text = "\n".join(["# Old baths to reopen", "", A, "", f"*{B}*", "", C])
    article = read_bytes(text.encode(), "baths.md")
    assert B in article.text
