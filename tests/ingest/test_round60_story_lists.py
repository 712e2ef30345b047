"""Import round 60 (5): a "Most read" list set inside a story (a heading over an <ol> of
links between two paragraphs) ends where its items end: the short sentence after it is the
story going on, not one more listed headline. Every page and line here is invented.
"""

from __future__ import annotations

from desktop.ingest import read_bytes

LEAD = [
    "The county council has scrapped its contract with a school bus firm after inspectors "
    "found faults on seven of its eleven coaches.",
    "Parents said they had complained about the state of the coaches for more than a year.",
]
LAST = "The firm, Holbeach Coaches, said it would appeal."


def _page(after_list: str) -> bytes:
    return (
        "<html><head><title>School bus contract scrapped | Fenmoor Observer</title></head>"
        "<body><main><article><h1>School bus contract scrapped after safety checks</h1>"
        "<p class=byline>By Nia Bowen</p><div class=body>"
        + "".join(f"<p>{t}</p>" for t in LEAD)
        + "<h3>Most read</h3><ol><li><a href=/x1>Town centre car park to close</a></li>"
        "<li><a href=/x2>Man charged after crash on A17</a></li>"
        "<li><a href=/x3>Plans for 200 homes at Holt Farm approved</a></li></ol>"
        f"{after_list}</div></article></main></body></html>"
    ).encode()


def test_a_short_sentence_after_a_list_in_the_story_is_the_story() -> None:
    article = read_bytes(_page(f"<p>{LAST}</p>"), "page.html")
    assert article.text.endswith(LAST)
    assert "Man charged after crash" not in article.text


def test_headlines_after_the_list_still_go_with_it() -> None:
    # Lines that read as headlines (no full stop) after the list are more of the rail.
    more = "<p><a href=/x4>Bypass reopens after resurfacing</a></p>"
    article = read_bytes(_page(more), "page.html")
    assert article.text.endswith(LEAD[-1])


ENTRIES = [
    ("p3", "14:05", "Ferries cancelled for the day",
     "The ferry operator has cancelled all sailings for the rest of the day, saying the waves "
     "in the sound are too high to load vehicles safely."),
    ("p2", "13:00", None,
     "Network engineers say they expect to reconnect most homes by the evening, but some in "
     "the glens may wait until Friday."),
    ("p1", "12:10", "Red warning issued",
     "The Met Office has issued a red warning for wind covering the whole of the west coast "
     "until midnight, its highest level."),
]  # fmt: skip


def _live_page(key_events: str, summary: str) -> bytes:
    blocks = "".join(
        f'<div class="block" id="{anchor}"><time datetime="2026-03-12T{clock}:00Z">{clock} '
        f"GMT</time>{f'<h3>{head}</h3>' if head else ''}<p>{text}</p></div>"
        for anchor, clock, head, text in ENTRIES
    )
    return (
        "<html><head><title>Storm Freya live | Carrick Daily</title></head><body><main>"
        "<article><h1>Storm Freya live: ferries cancelled</h1><p class=byline>Ailsa Grant</p>"
        f"{key_events}{summary}<div class=live-blog>{blocks}</div></article></main></body></html>"
    ).encode()


KEY_EVENTS = (
    "<div class=key-events><h2>Key events</h2><ul>"
    '<li><a href="#p3"><time datetime="2026-03-12T14:05:00Z">2h ago</time> Ferries cancelled '
    'for the day</a></li><li><a href="#p1"><time datetime="2026-03-12T12:10:00Z">4h ago</time>'
    " Red warning issued</a></li></ul></div>"
)
SUMMARY = (
    "<div class=pinned-post><h3>Summary</h3><p>Gusts of 90 mph have been recorded at Carrick "
    "Point.</p><p>About 12,000 homes are without power, the network operator says.</p></div>"
)


def test_a_key_events_links_time_is_no_entry_stamp() -> None:
    # Its <time> sat in a link beside the entry's headline: taken for a stamp, it was written
    # out as "12 March 2026, 14:05" over the page's first paragraph (a date line there).
    article = read_bytes(_live_page(KEY_EVENTS, ""), "live.html")
    assert article.text.startswith("Ferries cancelled for the day\n14:05 GMT\nThe ferry")
    assert not any("12 March 2026, 14:05" in block.text for block in article.blocks)


def test_a_summary_box_ends_where_the_first_entry_opens() -> None:
    # Its sentences end in full stops, as the box's bullets of a live page do; the box ended
    # only at the first long paragraph, taking the first entry's headline and stamp with it.
    article = read_bytes(_live_page(KEY_EVENTS, SUMMARY), "live.html")
    assert article.text.startswith("Ferries cancelled for the day\n14:05 GMT\nThe ferry")
    assert "Gusts of 90 mph" not in article.text


def test_short_sentences_under_a_summary_heading_over_a_story_stay() -> None:
    # No entry under them: a "Summary" heading over short sentences of a story is left.
    page = (
        b"<html><head><title>Budget | Carrick Daily</title></head><body><main><article>"
        b"<h1>Council budget approved</h1><h3>Summary</h3><p>The council approved its budget.</p>"
        b"<p>Council tax will rise by 4.9 per cent.</p><p>The vote was 31 to 12 after a debate "
        b"of more than four hours in which the opposition called the plan unfair to renters.</p>"
        b"</article></main></body></html>"
    )
    article = read_bytes(page, "page.html")
    assert "Council tax will rise by 4.9 per cent." in article.text
