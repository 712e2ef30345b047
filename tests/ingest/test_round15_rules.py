"""Round 15: web-archive snapshots, blog themes and site feet, on small pages built here."""

from __future__ import annotations

from desktop.ingest import read_bytes

STORY = [
    "The county council has agreed to rebuild the footbridge at Mill Holme on higher "
    "abutments after it was washed away in the winter floods.",
    "Walkers have faced a four-mile detour by road since the bridge was lost in December.",
    "Work is expected to start in the spring and to take about five months.",
]


def _paragraphs() -> str:
    return "\n".join(f"<p>{p}</p>" for p in STORY)


def _page(head: str, body: str) -> bytes:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>".encode()


def test_a_blog_themes_posted_on_date_by_name_line_gives_date_and_author() -> None:
    body = f"""<div class="site"><article class="post">
<header class="entry-header"><h1 class="entry-title">Mill Holme footbridge to be rebuilt</h1>
<div class="entry-meta">Posted on 3 October 2024 by Lewis Temple</div></header>
<div class="entry-content">{_paragraphs()}</div></article></div>"""
    article = read_bytes(_page("<title>Footbridge - Dale Echo</title>", body), "post.html")
    assert article.author == "Lewis Temple"
    assert str(article.published) == "2024-10-03"
    assert article.published_origin == "text"
    assert "Posted on" not in article.text


def test_a_long_wayback_toolbar_does_not_push_the_headline_out_of_reach() -> None:
    toolbar = "".join(f"<div class='c'>{n}</div>" for n in ("DEC", "JAN", "FEB", "15", "15", "15"))
    toolbar += "".join(f"<div>{y}</div>" for y in ("2024", "2025", "2026"))
    body = f"""<div id="wm-ipp-base"><div id="wm-ipp">
<div id="wm-logo"><a href="/web/">Wayback Machine</a></div>
<div id="wm-nav-captures"><a href="#">31 captures</a><div>08 Nov 2024 - 02 Mar 2025</div></div>
{toolbar}<div>COLLECTED BY</div><div>Organization: Internet Archive</div><div>TIMESTAMPS</div>
</div></div>
<article><h1>Mill Holme footbridge to be rebuilt</h1><p class="byline">By Beth Ashworth</p>
{_paragraphs()}</article>"""
    head = "<title>Footbridge | Dale Echo</title><meta property='og:title' content='Share me'>"
    article = read_bytes(_page(head, body), "snapshot.html")
    assert article.title == "Mill Holme footbridge to be rebuilt"
    assert article.text.startswith(STORY[0])


def test_archive_today_header_row_is_the_archives_not_the_story() -> None:
    body = f"""<table><tr><td><a href="https://archive.ph/"><img src="l.png" alt="archive.today webpage capture"></a></td>
<td><div>Saved from <input value="https://www.daleecho.example/news/footbridge"></div>
<div>search <a href="#">history</a> ←prior next→</div></td>
<td><div>archived 19 Mar 2025 06:41:09 UTC</div></td></tr></table>
<div><h1>Mill Holme footbridge to be rebuilt</h1>{_paragraphs()}</div>"""
    article = read_bytes(_page("<title>Footbridge • archive.ph</title>", body), "frozen.html")
    assert article.text.startswith(STORY[0])
    assert "archived 19 Mar" not in article.text
    assert "Saved from" not in article.text


def test_a_text_link_home_through_an_archives_address_names_the_outlet() -> None:
    for href in (
        "/web/20250422151906/https://daleecho.example/",
        "https://archive.ph/o/Qm7tZ/https://www.daleecho.example/",
    ):
        body = f"""<div class="top"><a href="{href}">Dale Echo</a></div>
<h1>Mill Holme footbridge to be rebuilt</h1>{_paragraphs()}"""
        article = read_bytes(_page("<title>Footbridge plan</title>", body), "snap.html")
        assert article.source == "Dale Echo", href
    # A link to a section of the site is no masthead.
    body = f"""<div><a href="/web/20250422151906/https://daleecho.example/sport/">Dale Sport</a></div>
<h1>Mill Holme footbridge to be rebuilt</h1>{_paragraphs()}"""
    article = read_bytes(_page("<title>Footbridge plan</title>", body), "snap.html")
    assert article.source != "Dale Sport"


def test_a_copyright_holder_longer_than_the_masthead_gives_way_to_the_masthead() -> None:
    body = f"""<div><a href="https://archive.ph/o/Qm7tZ/https://www.daleecho.example/">Dale Echo</a></div>
<h1>Mill Holme footbridge to be rebuilt</h1>{_paragraphs()}
<div>© Dale Echo Media Ltd 2025</div>"""
    article = read_bytes(_page("<title>Footbridge • archive.ph</title>", body), "snap.html")
    assert article.source == "Dale Echo"
    # With no masthead to compare it with, the holder's name still names the outlet.
    body = f"<h1>Mill Holme footbridge to be rebuilt</h1>{_paragraphs()}<div>© Dale Echo Media Ltd 2025</div>"
    article = read_bytes(_page("<title>Footbridge</title>", body), "page.html")
    assert article.source == "Dale Echo Media"


def test_the_outlets_motto_under_the_story_is_the_sites_foot() -> None:
    head = "<title>Footbridge</title><meta property='og:site_name' content='Dale Echo'>"
    body = f"""<h1>Mill Holme footbridge to be rebuilt</h1>{_paragraphs()}
<p class="foot">Dale Echo – community news for the upper dale</p>"""
    article = read_bytes(_page(head, body), "page.html")
    assert article.text.endswith(STORY[-1])
    # A last paragraph that opens with the outlet's name but is a sentence stays.
    said = "Dale Echo asked the council when the detour signs would go up."
    body = f"<h1>Mill Holme footbridge to be rebuilt</h1>{_paragraphs()}<p>{said}</p>"
    article = read_bytes(_page(head, body), "page.html")
    assert article.text.endswith(said)
