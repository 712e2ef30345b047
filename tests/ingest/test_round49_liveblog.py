"""Round 49 (ported from round 48): a saved live blog keeps each entry's stamp on a line of its own right above the
entry's text, so that the facts engine dates the entry by it (facts round 22). The stamp may
stand in a <time> run into the entry's block, in the entry's header beside its headline, in a
stamp-classed <span> with a label ("Posted at"), or print a relative time whose ``datetime``
says the moment. A bare 24-hour clock ("15:55") is read by nothing on its own; its day comes
from the entry's own ``datetime`` or from a page whose first publication and last update are
of one day around every stamp. A "Key events" list of links repeating the entries' headlines
with their times stays furniture. Every page here is invented."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain import RawArticle
from desktop.ingest import read_bytes

HEAD = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>{title} | {outlet}</title>
<meta property="og:site_name" content="{outlet}">
{meta}
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/weather">Weather</a></nav>
<main>
<h1>{title}</h1>
<p class="byline">By Ailsa Morven</p>
"""
FOOT = """</main>
<aside class="most-read"><h3>Most read</h3><p>Kerr Rovers sign new goalkeeper</p></aside>
<footer>Harbour Courier Ltd 2026</footer>
</body></html>
"""


def _page(body: str, meta: str = "", title: str = "Kerr ferry aground live") -> bytes:
    head = HEAD.format(title=title, outlet="Harbour Courier", meta=meta)
    return (head + body + FOOT).encode()


def _read(body: str, meta: str = "", name: str = "live.html") -> RawArticle:
    return read_bytes(_page(body, meta), name)


def _above(article: RawArticle, stamp: str, entry_start: str) -> None:
    """``stamp`` is a line of its own and the next line is the entry starting so."""
    lines = article.text.split("\n")
    assert stamp in lines, article.text
    at = lines.index(stamp)
    assert lines[at + 1].startswith(entry_start), article.text


SAME_DAY = (
    '<meta property="article:published_time" content="2027-03-04T06:50:00+00:00">\n'
    '<meta property="article:modified_time" content="2027-03-04T13:05:00+00:00">'
)

# A stamp run into the entry's block, no paragraph of its own (as planecrash u1 has it).
RUN_IN = """<article class="liveblog">
<div class="entry"><time>07:10</time><p>Gales have brought down power lines across the north of the Isle of Kerr overnight, the island council says.</p></div>
<div class="entry"><time>09:45</time><p>About 3,100 homes are without power, Kerr Electric says.</p><p class="share">Share (84)</p></div>
<div class="entry"><time>12:30</time><p>All ferries between Kerr and Brannock are cancelled until Friday, the operator says.</p></div>
</article>
"""


def test_bare_stamps_run_into_entries_get_the_blog_day_and_their_own_line() -> None:
    article = _read(RUN_IN, SAME_DAY)
    _above(article, "4 March 2027, 07:10", "Gales have brought down power lines")
    _above(article, "4 March 2027, 09:45", "About 3,100 homes are without power")
    _above(article, "4 March 2027, 12:30", "All ferries between Kerr and Brannock")
    assert "Share (84)" not in article.text
    assert article.published == date(2027, 3, 4)


def test_bare_stamps_stay_as_printed_when_the_blog_ran_past_its_first_day() -> None:
    next_day = SAME_DAY.replace("2027-03-04T13:05", "2027-03-05T01:30")
    article = _read(RUN_IN, next_day)
    _above(article, "07:10", "Gales have brought down power lines")
    _above(article, "12:30", "All ferries between Kerr and Brannock")
    assert "March 2027" not in article.text


def test_bare_stamps_outside_the_update_window_name_no_day() -> None:
    # The last update came before the last stamp: the page's dates do not cover the entries.
    early = SAME_DAY.replace("T13:05", "T11:00")
    article = _read(RUN_IN, early)
    _above(article, "09:45", "About 3,100 homes are without power")
    assert "4 March 2027, " not in article.text


def test_a_bare_clock_with_its_own_datetime_takes_its_day() -> None:
    body = RUN_IN.replace("<time>07:10</time>", '<time datetime="2027-03-04T07:10">07:10</time>')
    body = body.replace("<time>09:45</time>", '<time datetime="2027-03-04T09:45">09:45</time>')
    body = body.replace("<time>12:30</time>", '<time datetime="2027-03-04T12:30">12:30</time>')
    article = _read(body)
    _above(article, "4 March 2027, 07:10", "Gales have brought down power lines")
    _above(article, "4 March 2027, 12:30", "All ferries between Kerr and Brannock")


KEY_EVENTS = """<section class="key-events">
<h2>Key events</h2>
<ul>
<li><a href="#p3"><time datetime="2026-10-15T10:05+01:00">10:05 BST</time> Last passengers brought ashore</a></li>
<li><a href="#p2"><time datetime="2026-10-15T09:15+01:00">09:15 BST</time> Lifeboats reach the ferry</a></li>
<li><a href="#p1"><time datetime="2026-10-15T08:40+01:00">08:40 BST</time> Ferry runs aground</a></li>
</ul>
</section>
"""
HEADER_ENTRIES = """<article class="live-post" id="p3">
<header><h2>Last passengers brought ashore</h2><time datetime="2026-10-15T10:05+01:00">10:05 BST</time></header>
<p>The last of the 212 passengers were brought ashore at Brannock harbour shortly after ten, the coastguard said.</p>
<p>Three people were treated for minor injuries at the quayside.</p>
</article>
<article class="live-post" id="p2">
<header><h2>Lifeboats reach the ferry</h2><time datetime="2026-10-15T09:15+01:00">09:15 BST</time></header>
<p>Two lifeboats from Kerr and Brannock have reached the ferry and are taking passengers off in groups of twenty.</p>
</article>
<article class="live-post" id="p1">
<header><h2>Ferry runs aground</h2><time datetime="2026-10-15T08:40+01:00">08:40 BST</time></header>
<p>The Isle of Kerr ferry has run aground off Brannock Point with 212 passengers on board, the operator says.</p>
</article>
"""
FERRY_META = '<meta property="article:published_time" content="2026-10-15T08:20:00+01:00">'


def test_stamps_in_entry_headers_stand_between_headline_and_text() -> None:
    article = _read(KEY_EVENTS + HEADER_ENTRIES, FERRY_META)
    _above(article, "10:05 BST", "The last of the 212 passengers")
    _above(article, "09:15 BST", "Two lifeboats from Kerr and Brannock")
    _above(article, "08:40 BST", "The Isle of Kerr ferry has run aground")
    lines = article.text.split("\n")
    # Every entry keeps its headline over its stamp, the oldest entry at the foot too.
    for headline, stamp in [
        ("Last passengers brought ashore", "10:05 BST"),
        ("Ferry runs aground", "08:40 BST"),
    ]:
        assert lines[lines.index(stamp) - 1] == headline, article.text


def test_key_events_list_stays_furniture() -> None:
    article = _read(KEY_EVENTS + HEADER_ENTRIES, FERRY_META)
    assert "Key events" not in article.text
    assert "10:05 BST Last passengers brought ashore" not in article.text
    assert article.text.count("Lifeboats reach the ferry") == 1
    removed = [b.text for b in article.blocks if not b.kept]
    assert "08:40 BST Ferry runs aground" in removed


LABELLED = """<ol class="updates">
<li class="update"><span class="timestamp">Posted at 10:05 BST</span>
<h3>Coastguard: all passengers safe</h3>
<p>Every one of the 212 passengers has been accounted for, the coastguard says, and none was badly hurt.</p></li>
<li class="update"><span class="timestamp">Posted at 09:15 BST</span>
<p>Two lifeboats have reached the stranded ferry off Brannock Point and begun taking people off.</p></li>
<li class="update"><p class="meta">Updated <time datetime="2026-10-15T08:40:00+01:00">08:40 BST</time></p>
<p>The Isle of Kerr ferry has run aground off Brannock Point, its operator Kerrline says.</p></li>
</ol>
"""


def test_labelled_stamps_in_spans_and_updated_lines_keep_their_label() -> None:
    article = _read(LABELLED, FERRY_META)
    _above(article, "Posted at 09:15 BST", "Two lifeboats have reached the stranded ferry")
    _above(article, "Updated 08:40 BST", "The Isle of Kerr ferry has run aground")
    # The stamp heads the entry's text: the headline printed under it now stands above it.
    _above(article, "Posted at 10:05 BST", "Every one of the 212 passengers")
    assert "Coastguard: all passengers safe" in article.text


RELATIVE = """<div class="live-blog">
<div class="post-block"><span class="post-time"><time datetime="2026-10-15T11:20:00+01:00">2 hours ago</time></span>
<p>Salvage crews hope to refloat the Isle of Kerr ferry on the evening high tide, Kerrline says.</p></div>
<div class="post-block"><span class="post-time"><time datetime="2026-10-15T10:50:00+01:00">3 hours ago</time></span>
<p>Divers have found a two-metre gash in the ferry's hull below the waterline.</p></div>
</div>
"""


def test_a_relative_stamp_is_written_from_its_datetime() -> None:
    article = _read(RELATIVE, FERRY_META)
    _above(article, "15 October 2026, 11:20", "Salvage crews hope to refloat")
    _above(article, "15 October 2026, 10:50", "Divers have found a two-metre gash")
    assert "hours ago" not in article.text


def test_one_stamped_block_is_no_live_blog() -> None:
    story = """<article class="story">
<div class="post-meta"><time datetime="2026-10-15T08:40:00+01:00">08:40</time></div>
<p>The Isle of Kerr ferry ran aground off Brannock Point on Thursday morning with 212 passengers on board.</p>
<p>Lifeboats from Kerr and Brannock took everyone off within two hours, the coastguard said.</p>
</article>
"""
    article = _read(story, FERRY_META)
    assert article.text.split("\n")[0].startswith("The Isle of Kerr ferry ran aground")
    assert "08:40" not in article.text


def test_links_to_entries_with_times_are_no_entries() -> None:
    # A list of stamped links alone (another page's latest updates) heads no entry.
    rail = """<ul class="latest-updates">
<li class="update"><a href="/a"><time>09:10</time> Bridge closed after lorry crash on the A9 near Kerr</a></li>
<li class="update"><a href="/b"><time>09:40</time> Schools in Brannock shut early as the storm nears the coast</a></li>
</ul>
<p>The Isle of Kerr ferry ran aground off Brannock Point on Thursday morning with 212 passengers on board.</p>
<p>Lifeboats from Kerr and Brannock took everyone off within two hours, the coastguard said.</p>
"""
    article = _read(rail, SAME_DAY)
    assert "09:10" not in article.text
    assert "March 2027" not in article.text


def test_extract_json_dates_each_entry_by_its_stamp(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kerr_storm_live.html"
    path.write_bytes(_page(RUN_IN, SAME_DAY, title="Kerr storm live: power lines down"))
    code = main(["extract", str(path), "--json"])
    out, _ = capsys.readouterr()
    assert code == 0
    facts = json.loads(out)["facts"]
    dated = {f["text"].split("\n", 1)[-1]: f["date"] for f in facts if "\n" in f["text"]}
    homes = next(d for text, d in dated.items() if text.startswith("About 3,100 homes"))
    assert homes["earliest"] == homes["latest"] == "2027-03-04"
    assert any(text.startswith("Gales have brought down power lines") for text in dated)
    stamps = [f for f in facts if f["text"].startswith("4 March 2027, 12:30")]
    assert stamps and stamps[0]["date"]["earliest"] == "2027-03-04"


def test_extract_json_dates_header_stamped_entries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kerr_ferry_live.html"
    path.write_bytes(_page(LABELLED, FERRY_META))
    code = main(["extract", str(path), "--json"])
    out, _ = capsys.readouterr()
    assert code == 0
    facts = json.loads(out)["facts"]
    lifeboats = [f for f in facts if "Two lifeboats have reached" in f["text"]]
    assert lifeboats and lifeboats[0]["date"]["earliest"] == "2026-10-15"
    assert lifeboats[0]["text"].startswith("Posted at 09:15 BST") or lifeboats[0][
        "text"
    ].startswith("09:15 BST")


STAMP_OVER_HEADLINE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Live: Gales hit Kerr and Brannock | Harbour Courier</title>
<meta property="og:site_name" content="Harbour Courier">
</head><body>
<header><a href="/" class="brand">Harbour Courier</a><nav><a>News</a><a>Live</a><a>Sport</a></nav></header>
<main>
<div class="live-header">
<span class="live-badge">LIVE</span>
<h1>LIVE: Gales hit Kerr and Brannock</h1>
<p class="live-summary">Floods, closed schools and cancelled ferries as gusts reach 90mph</p>
<p class="live-authors">Reporting by Ailsa Morven</p>
<div class="key-events"><h2>Key events</h2><ul><li><a href="#e5">Harbour wall breached at Brannock</a></li><li><a href="#e2">Amber warning for the islands</a></li></ul></div>
</div>
<div class="live-feed">
<article class="entry" id="e5"><p class="entry-time"><time>5 March 2027, 08:30</time></p><h2>Harbour wall breached at Brannock</h2>
<p>Waves have broken through a section of the harbour wall at Brannock, flooding the car park beside the ferry terminal.</p><button>Copy link</button><button>Share</button></article>
<article class="entry" id="e4"><p class="entry-time"><time>5 March 2027, 07:05</time></p><h2>Schools closed</h2>
<p>All eleven schools on the Isle of Kerr are closed for the day, the island council says.</p><button>Copy link</button><button>Share</button></article>
<article class="entry" id="e3"><p class="entry-time"><time>4 March 2027, 22:40</time></p><h2>Ferries cancelled</h2>
<p>Kerrline has cancelled every crossing to Brannock until Saturday morning at the earliest.</p><button>Copy link</button><button>Share</button></article>
<article class="entry" id="e2"><p class="entry-time"><time>4 March 2027, 18:15</time></p><h2>Amber warning for the islands</h2>
<p>The weather service has issued an amber wind warning for Kerr and Brannock until midnight on Friday.</p><button>Copy link</button><button>Share</button></article>
<article class="entry" id="e1"><p class="entry-time"><time>4 March 2027, 16:00</time></p><h2>Welcome to our live coverage</h2>
<p>Good afternoon. The gales are reaching the islands earlier than forecast, and the weather service has raised its warning to amber. We will bring you the latest here all evening.</p><button>Copy link</button><button>Share</button></article>
</div>
<button class="load-more">Load more</button>
</main>
<footer>© Harbour Courier 2027</footer>
</body></html>
"""


def test_a_key_events_link_repeating_a_headline_over_a_stamp_stays_furniture() -> None:
    # The page prints each entry's stamp over its headline; the stamp now stands between the
    # headline and the text, and the headline the key-events box links to is still the
    # entry's (the box's copy is the repeat).
    article = read_bytes(STAMP_OVER_HEADLINE.encode(), "gales_live.html")
    lines = article.text.split("\n")
    assert "Key events" not in lines
    assert lines.count("Harbour wall breached at Brannock") == 1
    assert lines[0] == "Harbour wall breached at Brannock", article.text
    _above(article, "5 March 2027, 08:30", "Waves have broken through")
    _above(article, "4 March 2027, 18:15", "The weather service has issued")
    assert lines[lines.index("4 March 2027, 18:15") - 1] == "Amber warning for the islands"
    assert article.published == date(2027, 3, 4)


PARAGRAPH_STAMPS = """<div class="live">
<div class="post"><p class="time"><time datetime="2027-03-04T23:50:00+00:00">23.50</time></p><p>The island council says the last ferry passengers have been found beds for the night in the school at Brannock.</p></div>
<div class="post"><p class="time"><time datetime="2027-03-04T22:10:00+00:00">22.10</time></p><p>Kerrline has confirmed that the evening sailing to Brannock will not leave, stranding about 90 passengers at the pier.</p></div>
</div>
<section class="comments"><h3>6 comments</h3>
<div class="comment"><p>Islander: the school hall was warm enough, thanks to the volunteers who opened it.</p></div>
</section>
"""


def test_a_bare_clock_in_a_stamp_paragraph_takes_its_datetimes_day_and_keeps_its_entry() -> None:
    # The <time> stands inside the stamp's own paragraph; written with its day, the last
    # stamp reads to the main-text reader as a new story's date line, and its entry is put
    # back with it. Comments under the blog stay out.
    article = _read(PARAGRAPH_STAMPS)
    _above(article, "4 March 2027, 23.50", "The island council says the last ferry")
    _above(article, "4 March 2027, 22.10", "Kerrline has confirmed that the evening sailing")
    assert "school hall was warm" not in article.text


def test_many_stamps_in_one_long_block_are_read_in_one_pass() -> None:
    # 2,000 bare <time>s over 20,000 short paragraphs in one <article>: each block around
    # the stamps is looked through once, not once for each stamp (this page ran past the
    # reader's time limit when each stamp looked through the whole article again).
    stamps = "".join(f"<time>{i % 24:02d}:{i % 60:02d}</time>" for i in range(2000))
    paragraphs = "<p>short words only</p>" * 20_000
    page = f"<html><body><main><article>{stamps}{paragraphs}</article></main></body></html>"
    article = read_bytes(page.encode(), "many_stamps.html")
    assert "short words only" in article.text
