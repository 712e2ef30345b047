"""Round 24: pages kept by web archives, reading apps and single-file saves (dev20)."""

from __future__ import annotations

from datetime import date

from desktop.ingest import read_bytes
from desktop.ingest.assemble import _names_people

STORY = (
    "<p>The county has closed the Morrow footbridge after inspectors found corrosion in two of "
    "its four main cables during a routine check last week.</p>"
    "<p>Pedestrians are being sent over the road bridge, a detour of about a kilometre. The "
    "council said repairs would take until the summer and cost about 400,000 pounds.</p>"
    "<p>The footbridge, opened in 1976, carries about 3,000 people a day between the station "
    "and the town centre.</p>"
)


def archive_today_page(printed_date: str) -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Morrow footbridge closed over cable corrosion - The Morrow Echo</title>
<meta property="og:site_name" content="archive.is">
<meta property="og:url" content="https://archive.is/AbC12">
<meta property="article:published_time" itemprop="datePublished" content="2025-04-02T10:11:12Z">
<meta property="article:modified_time" content="2025-04-02T10:11:12Z">
<link rel="canonical" href="https://archive.is/AbC12">
<link rel="bookmark" href="https://archive.is/2025.04.02-101112/https://www.morrowecho.example/news/footbridge-closed">
</head><body><center>
<div><table><tr><td><a href="https://archive.is/">archive.today</a><br>webpage capture</td>
<td>Saved from</td><td><input value="https://www.morrowecho.example/news/footbridge-closed"></td>
<td>2 Apr 2025 10:11:12 UTC</td></tr>
<tr><td>All snapshots from host www.morrowecho.example</td></tr></table></div>
<div><div style="font-size:26px">The Morrow Echo</div>
<h1>Morrow footbridge closed over cable corrosion</h1>
<div>By Keira Doyle {printed_date}</div>
{STORY}</div></center></body></html>""".encode()


def test_archive_today_fields_describe_the_capture_not_the_story() -> None:
    article = read_bytes(archive_today_page("| 24 March 2025"), "snapshot.html")
    assert article.published == date(2025, 3, 24)
    assert article.published_origin == "text"
    assert article.source == "The Morrow Echo"
    assert article.url == "https://www.morrowecho.example/news/footbridge-closed"
    assert article.title == "Morrow footbridge closed over cable corrosion"
    assert article.text.startswith("The county has closed the Morrow footbridge")
    for chrome in ("Saved from", "webpage capture", "All snapshots", "2 Apr 2025"):
        assert chrome not in article.text


def test_an_archive_today_capture_of_an_undated_story_stays_undated() -> None:
    article = read_bytes(archive_today_page(""), "snapshot.html")
    assert article.published is None
    assert article.source == "The Morrow Echo"


def test_a_wayback_prefix_in_the_canonical_link_is_read_through() -> None:
    page = f"""<html><head><meta charset="utf-8"><title>Footbridge closed</title>
<meta property="og:site_name" content="The Morrow Echo">
<link rel="canonical" href="https://web.archive.org/web/20250402101112/https://www.morrowecho.example/news/footbridge-closed">
</head><body><h1>Morrow footbridge closed over cable corrosion</h1>{STORY}</body></html>"""
    article = read_bytes(page.encode(), "snapshot.html")
    assert article.url == "https://www.morrowecho.example/news/footbridge-closed"
    assert article.published is None  # the capture's stamp dates nothing


def reading_app_page(app_meta: str, origin: str) -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">{app_meta}
<title>Morrow footbridge closed over cable corrosion</title></head><body>
<div class="toolbar"><a href="https://getpocket.com/saves">Saves</a> <a href="/archive">Archive</a></div>
<h1>Morrow footbridge closed over cable corrosion</h1>
<div class="meta">{origin} by Keira Doyle</div>
<a href="https://www.morrowecho.example/news/2025/03/24/footbridge-closed">View Original</a>
<div id="story">{STORY}</div></body></html>""".encode()


def test_a_reading_app_is_not_the_outlet_its_origin_line_is() -> None:
    link = '<a href="https://www.morrowecho.example/news/2025/03/24/footbridge-closed">The Morrow Echo</a>'
    article = read_bytes(
        reading_app_page('<meta property="og:site_name" content="Pocket">', link), "a.html"
    )
    assert article.source == "The Morrow Echo"
    assert article.url == "https://www.morrowecho.example/news/2025/03/24/footbridge-closed"
    assert article.published == date(2025, 3, 24)
    assert article.published_origin == "metadata"


def test_a_reading_apps_origin_link_spelling_an_address_gives_the_url_only() -> None:
    link = '<a href="https://www.morrowecho.example/news/2025/03/24/footbridge-closed">morrowecho.example</a>'
    article = read_bytes(
        reading_app_page('<meta name="generator" content="Instapaper">', link), "a.html"
    )
    assert article.url == "https://www.morrowecho.example/news/2025/03/24/footbridge-closed"
    assert article.source != "Instapaper"
    assert article.source is None or "morrowecho" in article.source.lower()


def test_a_site_name_that_is_no_reading_app_stays_the_source() -> None:
    link = '<a href="https://www.morrowecho.example/news/2025/03/24/footbridge-closed">Elsewhere Weekly</a>'
    article = read_bytes(
        reading_app_page('<meta property="og:site_name" content="The Morrow Echo">', link), "a.html"
    )
    assert article.source == "The Morrow Echo"


def headline_page(shared_title: str) -> bytes:
    return f"""<html><head><meta charset="utf-8">
<meta property="og:site_name" content="The Morrow Echo">
<meta property="og:title" content="{shared_title}">
</head><body><h1>Morrow footbridge closed over cable corrosion in two main cables</h1>
{STORY}</body></html>""".encode()


def test_a_sharing_title_cut_short_gives_way_to_the_printed_headline() -> None:
    article = read_bytes(headline_page("Morrow footbridge closed over cable corrosion"), "a.html")
    assert article.title == "Morrow footbridge closed over cable corrosion in two main cables"


def test_a_sharing_title_running_on_past_the_printed_headline_stands() -> None:
    longer = "Morrow footbridge closed over cable corrosion in two main cables, council says"
    article = read_bytes(headline_page(longer), "a.html")
    assert article.title == longer


def properties_page(rows: str) -> bytes:
    return f"""<html><head><meta charset="utf-8"><title>Footbridge closed</title></head><body>
<article class="page"><header><h1 class="page-title">Morrow footbridge closed over cable corrosion</h1>
<table class="properties"><tbody>{rows}</tbody></table></header>
<div class="page-body">{STORY}</div></article></body></html>""".encode()


def row(label: str, value: str) -> str:
    return f"<tr><th>{label}</th><td>{value}</td></tr>"


def test_a_notes_properties_table_fills_the_story_fields_and_leaves_the_text() -> None:
    address = "https://www.morrowecho.example/news/footbridge-closed"
    rows = (
        row("URL", f'<a href="{address}">{address}</a>')
        + row("Publication", "The Morrow Echo")
        + row("Author", "Keira Doyle")
        + row("Published", "<time>@March 24, 2025</time>")
        + row("Created", "<time>@April 2, 2025 9:14 AM</time>")
        + row("Tags", "<span>bridges</span><span>transport</span>")
    )
    article = read_bytes(properties_page(rows), "note.html")
    assert article.url == address
    assert article.source == "The Morrow Echo"
    assert article.author == "Keira Doyle"
    assert article.published == date(2025, 3, 24)
    assert article.published_origin == "metadata"
    assert article.text.startswith("The county has closed the Morrow footbridge")
    for note_field in ("Created", "Tags", "bridges", "April 2"):
        assert note_field not in article.text


def test_a_table_of_figures_is_no_properties_table() -> None:
    rows = row("Author", "Keira Doyle") + row("Source", "The Morrow Echo") + row("Span", "120 m")
    article = read_bytes(properties_page(rows), "note.html")
    assert "120 m" in article.text


WRITE_UP = """\
# Footbridge cables: what the inspection found

[![status: final](https://img.shields.io/badge/status-final-green)](#)
[![licence](https://img.shields.io/badge/licence-CC%20BY-blue)](LICENSE)

## Contents

- [Summary](#summary)
- [Method](#method)
- [Licence](#licence)

## Summary

Inspectors found corrosion in two of the four main cables of the Morrow footbridge during a
routine check in March.

## Method

Each cable was examined over its full length with a magnetic flux detector.

## Licence

This write-up is released under CC BY 4.0.
"""


def test_a_readmes_badges_and_contents_are_furniture_and_its_headings_stay() -> None:
    article = read_bytes(WRITE_UP.encode(), "README.md")
    assert article.text.startswith("Inspectors found corrosion")
    assert "img.shields.io" not in article.text
    assert "[](#)" not in article.text
    assert "Contents" not in article.text
    assert article.text.count("Method") == 1
    assert "magnetic flux detector" in article.text


def test_a_heading_over_a_section_set_aside_goes_with_it() -> None:
    article = read_bytes(WRITE_UP.encode(), "README.md")
    assert article.text.rstrip().endswith("magnetic flux detector.")


def test_a_list_of_links_to_other_pages_is_no_table_of_contents() -> None:
    text = (
        "# Sources\n\nThe inspection drew on these reports:\n\n"
        "- [Cable survey 2019](https://council.example/survey-2019)\n"
        "- [Bridge register](https://council.example/register)\n\n"
        "Both are public.\n"
    )
    article = read_bytes(text.encode(), "notes.md")
    assert "Cable survey 2019" in article.text
    assert "Bridge register" in article.text


POST_EMAIL = """\
From: Harbour Notes <harbournotes@newsletters.example>
Subject: Why the Morrow footbridge shut
Date: Mon, 24 Mar 2025 07:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

View this post on the web at https://harbournotes.example/p/footbridge

What the inspectors found, and what it means for the summer

Keira Doyle

The county has closed the Morrow footbridge after inspectors found corrosion in two of its
four main cables during a routine check last week.

Pedestrians are being sent over the road bridge, a detour of about a kilometre, until the
repairs are finished in the summer.

Thanks for reading Harbour Notes! Subscribe for free to receive new posts and support my work.

Like https://newsletters.example/app-link/post?id=77&action=like
Comment https://newsletters.example/app-link/post?id=77&action=comment

1 Quay Street, Morrow MR1 2AB
Unsubscribe https://harbournotes.example/action/disable_email
"""


def test_a_posts_email_names_its_writer_under_the_subtitle() -> None:
    article = read_bytes(POST_EMAIL.encode(), "post.eml")
    assert article.author == "Keira Doyle"
    assert article.text.startswith("The county has closed the Morrow footbridge")
    assert "What the inspectors found" not in article.text


def test_the_lines_under_a_platforms_closing_pitch_are_its_footer() -> None:
    article = read_bytes(POST_EMAIL.encode(), "post.eml")
    assert article.text.rstrip().endswith("finished in the summer.")
    for footer in ("Like https", "Comment https", "Quay Street", "Unsubscribe"):
        assert footer not in article.text


BRIEF = (
    "Morrow Bridges Trust" + " " * 30 + "Briefing Note No. 3 | April 2025\n\n\n"
    "Footbridge cables: the case for early replacement\n\n"
    "Keira Doyle and Tomasz Nowak\n\n"
    "24 March 2025\n\n\n"
    "Inspectors found corrosion in two of the four main cables of the Morrow footbridge in\n"
    "March. Cables of the same type failed on two bridges abroad within five years of such a\n"
    "finding, and replacing them now would cost less than a long closure, which the council's\n"
    "own figures put at about 1.2 million pounds in lost trade for a single summer of road-\n\n\n"
    "Morrow Bridges Trust" + " " * 40 + "1\n\n"
    "Footbridge cables: the case for early replacement" + " " * 20 + "Briefing Note No. 3\n\n\n"
    "works.\n\n"
    "We recommend that the council order the new cables this year, before prices rise again.\n"
)


def test_a_briefs_head_spread_to_the_margins_names_its_issuer_and_series() -> None:
    article = read_bytes(BRIEF.encode(), "brief.txt")
    assert article.title == "Footbridge cables: the case for early replacement"
    assert article.source == "Morrow Bridges Trust"
    assert article.author == "Keira Doyle and Tomasz Nowak"
    assert article.published == date(2025, 3, 24)
    assert article.text.startswith("Inspectors found corrosion")
    assert "Briefing Note No. 3" not in article.text


def test_a_two_page_briefs_one_running_foot_goes_and_the_cut_word_is_joined() -> None:
    article = read_bytes(BRIEF.encode(), "brief.txt")
    assert "roadworks." in article.text
    assert "Morrow Bridges Trust" not in article.text


def test_a_line_of_people_is_told_from_a_body() -> None:
    assert _names_people("Keira Doyle and Tomasz Nowak")
    assert _names_people("Keira Doyle, Tomasz Nowak & Ana Ruiz")
    assert not _names_people("Morrow Civic Society")
    assert not _names_people("Briefing Note No. 3")


EXPORTED_DOC = """<html><head><meta charset="utf-8"><title>footbridge notes (v2 final)</title></head>
<body class="doc-content">
<p class="c1 title"><span>How we checked the footbridge claims</span></p>
<p class="c1"><span class="c4">Morrow Verification Collective</span></p>
<p class="c1"><span>By Keira Doyle</span></p>
<p class="c1"><span>24 March 2025</span></p>
<p class="c1"><span>A photo shared on Sunday claimed to show the Morrow footbridge hanging from one
cable. We found that it was taken in 2019 during a load test.</span><sup><a href="#cmnt1"
id="cmnt_ref1">[a]</a></sup></p>
<h2 class="c1"><span>Method</span></h2>
<p class="c1"><span>We matched the railings, a lamp post and the far bank to the council's own
photographs of the test, which are dated on its website.</span></p>
<div><p class="c1"><a href="#cmnt_ref1" id="cmnt1">[a]</a><span>Keira: add the council's link
here</span></p><p class="c1"><span>Tomasz: done</span></p></div>
</body></html>"""


def test_a_documents_title_style_is_its_headline_and_its_issuer_is_printed_under_it() -> None:
    article = read_bytes(EXPORTED_DOC.encode(), "notes.html")
    assert article.title == "How we checked the footbridge claims"
    assert article.source == "Morrow Verification Collective"
    assert article.author == "Keira Doyle"
    assert article.published == date(2025, 3, 24)
    assert article.text.startswith("A photo shared on Sunday")


def test_review_comments_and_their_markers_are_not_the_documents() -> None:
    article = read_bytes(EXPORTED_DOC.encode(), "notes.html")
    assert "[a]" not in article.text
    assert "add the council's link" not in article.text
    assert "Tomasz: done" not in article.text
    assert article.text.rstrip().endswith("dated on its website.")
