"""Blog-platform and CMS page shapes, staff and wire credits, foreign site chrome, dates in
the page's address or in <time> tags marked as updates: articles written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.ingest import read_bytes, read_pasted
from desktop.ingest.dates import is_no_person_credit, read_meta_line
from desktop.ingest.furniture import single_block_reason

P1 = (
    "The county council approved a plan on Monday to rebuild the Hawley river bridge, which "
    "has been closed to lorries since cracks were found in its piers last spring."
)
P2 = (
    "Work is due to start in August and last about fourteen months, during which buses will "
    "be sent on a diversion through the village of Stenbury."
)
P3 = "The rebuilt bridge will have a wider footway and a separate lane for cyclists."
BODY = f"{P1}\n\n{P2}\n\n{P3}\n"


def removed(text: str, **kwargs: bool) -> dict[str, str | None]:
    article = read_pasted(text, **kwargs)
    return {b.text: b.reason for b in article.blocks if not b.kept}


def html(head: str, body: str) -> bytes:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head>'
        f"<body>{body}</body></html>"
    ).encode()


STORY_HTML = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"


# --- blog platforms --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("412", "page widget"),
        ("41 Likes", "page widget"),
        ("2.1K Followers", "page widget"),
        ("3 Restacks", "page widget"),
        ("Follow", "share buttons"),
        ("Listen", "share buttons"),
        ("Email", "share buttons"),
        ("Write", "navigation"),
        ("Member-only story", "paywall"),
        ("Read on Pocketbook", "page widget"),
        ("#clippings #transport", "page widget"),
        ("Loading…", "page widget"),
        ("You need to enable JavaScript to run this app.", "page widget"),
        (
            "Thanks for reading Valley Notes! Subscribe for free to receive new posts and "
            "support my work.",
            "newsletter",
        ),
        ("Support local journalism", "donation appeal"),
        (
            "Your gift keeps the Hawley Voice free for everyone. Donate today.",
            "donation appeal",
        ),
    ],
)
def test_platform_chrome_lines(line: str, reason: str) -> None:
    assert single_block_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "In 2023, 41 people died on the county's roads.",
        "Follow the river path to the old mill.",
        "Residents donated 4,000 pounds to repair the church roof last year.",
        "The bridge reopened after 12 weeks.",
    ],
)
def test_story_lines_are_not_chrome(line: str) -> None:
    assert single_block_reason(line) is None


def test_medium_like_copy_byline_counters_and_author_card() -> None:
    text = "\n".join(
        [
            "Open in app",
            "Sign up",
            "Sign in",
            "Write",
            "Member-only story",
            "Hawley bridge to be rebuilt from August",
            "Ines Varga",
            "Ines Varga",
            "·",
            "Follow",
            "Published in",
            "Hawley Civic Review",
            "·",
            "4 min read",
            "·",
            "Mar 3, 2025",
            "212",
            "7",
            "Listen",
            "Share",
            "",
            BODY,
            "Written by Ines Varga",
            "980 Followers",
            "·",
            "Writer for",
            "Hawley Civic Review",
            "Roads, rivers and the council that looks after them.",
            "Follow",
            "More from Ines Varga and Hawley Civic Review",
            "Why the ring road was never finished",
        ]
    )
    article = read_pasted(text)
    assert article.title == "Hawley bridge to be rebuilt from August"
    assert article.author == "Ines Varga"
    assert article.source == "Hawley Civic Review"
    assert article.published == date(2025, 3, 3)
    assert article.text.split("\n") == [P1, P2, P3]
    gone = {b.text: b.reason for b in article.blocks if not b.kept}
    assert gone["Written by Ines Varga"] == "author bio"
    assert gone["Roads, rivers and the council that looks after them."] == "author bio"


def test_written_by_above_the_story_is_a_byline_not_an_author_card() -> None:
    article = read_pasted(f"Hawley bridge to be rebuilt\nWritten by Ines Varga\n\n{BODY}")
    assert article.author == "Ines Varga"
    assert article.text.split("\n") == [P1, P2, P3]


def test_substack_copy_pitch_and_discussion() -> None:
    text = "\n".join(
        [
            "Hawley Notes",
            "Subscribe",
            "Sign in",
            "Hawley bridge to be rebuilt from August",
            "Ines Varga",
            "Mar 3, 2025",
            "41",
            "12",
            "Share",
            "",
            BODY,
            "Thanks for reading Hawley Notes! Subscribe for free to receive new posts and "
            "support my work.",
            "",
            "41 Likes",
            "Discussion about this post",
            "Comments",
            "Top",
            "Latest",
            "No posts",
        ]
    )
    article = read_pasted(text)
    assert article.author == "Ines Varga"
    assert article.published == date(2025, 3, 3)
    assert article.text.split("\n") == [P1, P2, P3]
    assert removed(text)["Discussion about this post"] == "comments"


def test_a_name_before_a_paragraph_is_not_a_byline() -> None:
    article = read_pasted(f"Hawley bridge to be rebuilt\nInes Varga\n{P1}\n\n{P2}\n")
    assert article.author is None


def test_newsletter_tagline_between_sign_up_lines() -> None:
    text = (
        f"Hawley bridge to be rebuilt\n\n{BODY}\nSign up to our daily newsletter\n"
        "The Hawley Voice newsletter cuts through the noise\nSign up\n"
    )
    gone = removed(text)
    assert gone["The Hawley Voice newsletter cuts through the noise"] == "newsletter"


def test_comments_heading_taken_for_a_button_still_heads_the_comments() -> None:
    text = (
        f"Hawley bridge to be rebuilt\n\n{BODY}\nComments\n\n"
        "Want to join the conversation? Please log in to comment on this article.\n"
    )
    article = read_pasted(text)
    assert article.text.split("\n") == [P1, P2, P3]


def test_donation_box_inside_the_story_container() -> None:
    data = html(
        "<title>Hawley bridge to be rebuilt</title>",
        f'<article><h1>Hawley bridge to be rebuilt</h1><div class="entry-content">{STORY_HTML}'
        '<div class="wp-block-donate"><h3>Keep us going</h3><p>Every reader who chips in '
        "helps us cover the council.</p><button>Give</button></div></div></article>",
    )
    article = read_bytes(data, "page.html")
    assert article.text.split("\n") == [P1, P2, P3]


def test_theme_excerpt_under_the_headline_is_a_standfirst() -> None:
    data = html(
        '<meta property="og:title" content="Hawley bridge to be rebuilt">',
        '<article><h1>Hawley bridge to be rebuilt</h1><p class="article-excerpt">Lorries '
        f"will use the bridge again by late next year</p><section>{STORY_HTML}</section>"
        "</article>",
    )
    article = read_bytes(data, "page.html")
    assert article.text.split("\n") == [P1, P2, P3]


def test_page_that_never_loaded_has_no_body() -> None:
    data = html(
        "<title>Hawley bridge to be rebuilt | Hawley Voice</title>",
        '<div id="root">Loading…</div><noscript>You need to enable JavaScript to run this '
        "app.</noscript>",
    )
    article = read_bytes(data, "page.html")
    assert article.text == ""
    assert article.title == "Hawley bridge to be rebuilt"
    assert "no article text found" in article.warnings


# --- read-later Markdown ---------------------------------------------------------------------


def test_read_later_export_dates_labels_links_and_highlights() -> None:
    text = "\n".join(
        [
            "---",
            "title: Hawley bridge to be rebuilt",
            "date_saved: 2025-03-09T20:00:00Z",
            "date_published: 2025-03-03T06:00:00Z",
            "---",
            "",
            "# Hawley bridge to be rebuilt",
            "",
            "#clippings",
            "",
            "[Read on Pocketbook](https://pocketbook.example/a/1)",
            "",
            BODY,
            "## Highlights",
            "",
            f"> {P3}",
            "",
            "## Notes",
            "",
            "Ask the council for the diversion map.",
        ]
    )
    article = read_bytes(text.encode(), "clip.md")
    assert article.published == date(2025, 3, 3)
    assert article.published_origin == "metadata"
    assert article.text.split("\n") == [P1, P2, P3]
    gone = {b.text: b.reason for b in article.blocks if not b.kept}
    assert gone["Ask the council for the diversion map."] == "reading-app notes"


def test_a_highlights_heading_over_new_text_is_kept() -> None:
    text = f"# Hawley bridge\n\n{BODY}\n## Highlights\n\nThe footway will be 3 metres wide.\n"
    article = read_bytes(text.encode(), "note.md")
    assert article.text.endswith("The footway will be 3 metres wide.")


# --- dates in the address and in <time> tags -------------------------------------------------


def test_date_in_the_canonical_address() -> None:
    data = html(
        '<link rel="canonical" href="https://hawleyvoice.example/news/2025/03/03/bridge/">'
        "<title>Hawley bridge to be rebuilt</title>",
        f"<article><h1>Hawley bridge to be rebuilt</h1>{STORY_HTML}</article>",
    )
    article = read_bytes(data, "page.html")
    assert article.published == date(2025, 3, 3)
    assert article.published_origin == "metadata"
    assert article.field_origins["published"] == "date in the web address"


def test_date_in_a_clippings_url_and_a_visible_published_line_wins() -> None:
    clip = "---\nurl: https://hawleyvoice.example/2025/03/03/bridge/\n---\n\n# Bridge\n\n" + BODY
    assert read_bytes(clip.encode(), "clip.md").published == date(2025, 3, 3)
    labelled = clip.replace("# Bridge\n", "# Bridge\n\nPublished: 4 March 2025\n")
    assert read_bytes(labelled.encode(), "clip.md").published == date(2025, 3, 4)


def test_address_without_a_full_date_gives_none() -> None:
    clip = "---\nurl: https://hawleyvoice.example/2025/03/bridge/\n---\n\n# Bridge\n\n" + BODY
    assert read_bytes(clip.encode(), "clip.md").published is None


def test_updated_time_printed_above_the_published_one() -> None:
    data = html(
        "<title>Hawley bridge</title>",
        "<article><h1>Hawley bridge to be rebuilt</h1>"
        '<p>Updated <time datetime="2025-03-05T10:00:00Z">5 March</time></p>'
        '<p>Published <time datetime="2025-03-03T08:00:00Z">3 March</time></p>'
        f"{STORY_HTML}</article>",
    )
    article = read_bytes(data, "page.html")
    assert article.published == date(2025, 3, 3)


def test_wordpress_stamp_marked_published_and_updated_is_the_publication() -> None:
    data = html(
        "<title>Hawley bridge</title>",
        '<article><h1>Hawley bridge to be rebuilt</h1><span class="posted-on"><time '
        'class="entry-date published updated" datetime="2025-03-03T08:00:00Z">3 March</time>'
        f"</span>{STORY_HTML}</article>",
    )
    assert read_bytes(data, "page.html").published == date(2025, 3, 3)


# --- bylines that name no one, and agency bylines --------------------------------------------


@pytest.mark.parametrize(
    "credit",
    ["Staff report", "From wire reports", "Staff and wire reports", "Wire Reports",
     "Reuters staff", "By Staff Writer"],
)  # fmt: skip
def test_credits_that_name_no_person(credit: str) -> None:
    assert is_no_person_credit(credit)


@pytest.mark.parametrize("text", ["Staff at the depot walked out", "Ines Varga", "The team"])
def test_names_and_sentences_are_not_credits(text: str) -> None:
    assert not is_no_person_credit(text)


def test_staff_report_byline_gives_no_author_and_stays_out_of_the_body() -> None:
    article = read_pasted(f"Hawley bridge to be rebuilt\nStaff report\nMarch 3, 2025\n\n{BODY}")
    assert article.author is None
    assert article.published == date(2025, 3, 3)
    assert article.text.split("\n") == [P1, P2, P3]


def test_staff_credit_in_page_metadata_is_no_author() -> None:
    data = html(
        '<meta name="author" content="Wire Reports"><title>Hawley bridge</title>',
        f"<article><h1>Hawley bridge to be rebuilt</h1>{STORY_HTML}</article>",
    )
    assert read_bytes(data, "page.html").author is None


def test_masthead_in_the_menu_is_the_source_not_the_agency_in_the_byline() -> None:
    text = "\n".join(
        [
            "Skip to main content",
            "The Hawley Star",
            "News",
            "Business",
            "World",
            "Bridge steel prices rise",
            "By Ines Varga and Tom Reid, Reuters",
            "March 3, 2025",
            "",
            BODY,
        ]
    )
    article = read_pasted(text)
    assert article.source == "The Hawley Star"
    assert article.author == "Ines Varga, Tom Reid"


def test_outlet_line_beside_a_byline_in_a_clipping() -> None:
    clip = f"# Hawley bridge to be rebuilt\n\n*Hawley Times*\n\nBy Ines Varga\n\n{BODY}"
    article = read_bytes(clip.encode(), "clip.md")
    assert article.source == "Hawley Times"
    assert article.author == "Ines Varga"
    assert article.text.split("\n") == [P1, P2, P3]


def test_local_paper_menu_sections_and_a_long_menu() -> None:
    menu = ["Menu", "Search", "The Hawley Gazette", "Subscribe", "Log in", "News", "Crime",
            "Schools", "Community", "What's On", "Announcements", "Property", "Weather"]  # fmt: skip
    article = read_pasted("\n".join([*menu, "Hawley bridge to be rebuilt", "", BODY]))
    assert article.title == "Hawley bridge to be rebuilt"
    assert article.source == "The Hawley Gazette"
    assert article.text.split("\n") == [P1, P2, P3]


# --- site chrome in other languages ----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Aller au contenu principal", "navigation"),
        ("Startseite", "navigation"),
        ("English edition", "navigation"),
        ("Partager", "share buttons"),
        ("Drucken", "share buttons"),
        ("Impressum", "page footer"),
        ("Mentions légales", "page footer"),
        ("Lesezeit: 3 Min.", "page widget"),
        ("Lecture 3 min.", "page widget"),
    ],
)
def test_foreign_chrome_lines(line: str, reason: str) -> None:
    assert single_block_reason(line) == reason


@pytest.mark.parametrize(
    ("line", "author", "day"),
    [
        ("Von Katrin Vogel · 03.03.2025, 10:30 Uhr · Lesezeit: 2 Min.", "Katrin Vogel",
         date(2025, 3, 3)),
        ("Par Élodie Marchand", "Élodie Marchand", None),
        ("Posted: Mar 3, 2025 / 06:14 PM EST", None, date(2025, 3, 3)),
    ],
)  # fmt: skip
def test_foreign_and_slashed_meta_lines(line: str, author: str | None, day: date | None) -> None:
    facts = read_meta_line(line)
    assert facts is not None
    assert facts.authors == ([author] if author else [])
    assert facts.dates[:1] == ([day] if day else [])


def test_french_published_and_updated_labels() -> None:
    facts = read_meta_line("Publié le 14/03/2025 à 07h45, mis à jour le 15/03/2025 à 11h20")
    assert facts is not None
    assert facts.dates == [date(2025, 3, 14), date(2025, 3, 15)]
    assert facts.date_labels == ["published", "updated"]


def test_english_story_copied_from_a_french_site() -> None:
    text = "\n".join(
        [
            "Aller au contenu principal",
            "Le Courrier de Hawley",
            "Accueil",
            "International",
            "Économie",
            "Se connecter",
            "English edition",
            "Hawley bridge to be rebuilt from August",
            "Par Élodie Marchand",
            "Publié le 14/03/2025 à 07h45, mis à jour le 15/03/2025 à 11h20",
            "Partager",
            "",
            BODY,
            "Lire aussi",
            "Le marché de Noël reviendra sur les quais",
            "Mentions légales",
        ]
    )
    article = read_pasted(text)
    assert article.title == "Hawley bridge to be rebuilt from August"
    assert article.source == "Le Courrier de Hawley"
    assert article.author == "Élodie Marchand"
    assert article.published == date(2025, 3, 14)
    assert article.text.split("\n") == [P1, P2, P3]


def test_written_by_after_the_lead_paragraph_is_not_an_author_card() -> None:
    text = f"Hawley bridge to be rebuilt\n\n{P1}\n\nWritten by Ines Varga\n\n{P2}\n\n{P3}\n"
    article = read_pasted(text)
    assert article.text.split("\n") == [P1, P2, P3]


def test_whats_on_is_a_menu_item_but_a_two_word_headline_with_on_is_not() -> None:
    menu = "The Hawley Gazette\nNews\nSport\nWhat's On\nJobs\n"
    article = read_pasted(menu + "Hawley bridge to be rebuilt\n\n" + BODY)
    assert article.title == "Hawley bridge to be rebuilt"
    assert read_pasted("Game On\n\n" + BODY).title == "Game On"
