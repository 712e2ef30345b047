"""Round 18: the office-package reader both .docx and .odt use, an author's bio line at the
foot whatever its verb, a masthead that spells the page's address outranking a wire agency,
and pages saved from social and messaging services."""

from __future__ import annotations

import io
import zipfile

import pytest

from desktop.ingest import IngestError, officezip, read_bytes
from desktop.ingest import docx as ingest_docx
from desktop.ingest import odt as ingest_odt

STORY = [
    "Every spring the same argument returns to Harwick: the cafe owners want the square "
    "closed to cars from May to September, and the shopkeepers say it will finish them.",
    "I have run a bakery on Mill Lane for eleven years, and I have changed my mind about it.",
    "Last summer's trial closure brought more people through my door than any summer before, "
    "and most of them walked up from the car park by the river.",
    "The square should close, but the council must run the shuttle bus every twenty minutes.",
]


def _column(last: str, *, author: str = "Petra Lind") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in [*STORY, last])
    return (
        "<html><head><title>Close the square</title>"
        f'<meta name="author" content="{author}">'
        '<meta property="og:site_name" content="Harwick Voice">'
        '<meta property="article:published_time" content="2025-03-01T08:00:00Z">'
        "</head><body><article><h1>Close the square</h1>"
        f"{paragraphs}</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "bio",
    [
        "Petra Lind runs the Mill Lane Bakery in Harwick.",
        "Petra Lind teaches history at Harwick College and chairs the traders' group.",
    ],
)
def test_a_closing_line_introducing_the_bylined_author_is_a_bio(bio: str) -> None:
    article = read_bytes(_column(bio), "column.html")
    assert article.author == "Petra Lind"
    assert bio not in article.text
    assert article.text.rstrip().endswith("run the shuttle bus every twenty minutes.")


def test_a_closing_line_about_someone_else_stays() -> None:
    # The story's own closing line about another person is reporting.
    last = "Oskar Brandt runs the shuttle company and says he is ready to start in May."
    article = read_bytes(_column(last), "column.html")
    assert article.text.rstrip().endswith(last)


def test_a_closing_line_about_the_author_the_story_speaks_of_stays() -> None:
    # A story that names its writer in the text (a diary, a first-person report signed
    # in the third person) keeps its closing line about them.
    story = _column("Petra Lind says she will vote for the plan.").replace(
        b"I have run a bakery", b"Petra Lind has run a bakery"
    )
    article = read_bytes(story, "column.html")
    assert article.text.rstrip().endswith("Petra Lind says she will vote for the plan.")


def _wire_page(masthead: str, address: str) -> bytes:
    return (
        '<html lang="en"><head><title>Norway to require zero-emission ferries</title>'
        f'<link rel="canonical" href="{address}"></head><body>'
        f'<div class="site">{masthead}</div><div class="menu">World | Business | Energy</div>'
        "<h1>Norway to require zero-emission ferries</h1>"
        "<p>Published 11 March 2025</p>"
        "<p>OSLO (BWA) - Norway will require every new car ferry on routes longer than ten "
        "kilometres to run on batteries or hydrogen from 2027, the ministry said on Tuesday.</p>"
        "<p>The rule covers about sixty routes along the west coast, where ferries replace "
        "bridges across fjords too wide or deep to span.</p>"
        "<p>Operators said shore charging would need grid upgrades the ministry has not funded.</p>"
        "</body></html>"
    ).encode()


def test_a_masthead_spelling_the_address_outranks_a_wire_agency() -> None:
    page = _wire_page("The Fjord Coast Register", "https://www.fjordcoastregister.example/w/1")
    article = read_bytes(page, "wire.html")
    assert article.source == "The Fjord Coast Register"
    assert article.text.startswith("OSLO (BWA)")


def test_a_line_that_does_not_spell_the_address_leaves_the_agency() -> None:
    # With no masthead the page shows as its own, the dateline's agency stays the source.
    page = _wire_page("Saturday edition", "https://www.fjordcoastregister.example/w/1")
    assert read_bytes(page, "wire.html").source == "BWA"


# --- the office package both readers share ---------------------------------------------------


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return out.getvalue()


def test_both_readers_refuse_a_document_type_through_the_shared_reader() -> None:
    doctype = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
    word = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": doctype})
    odt = _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": doctype})
    with pytest.raises(IngestError, match="declares a document type; Word never"):
        read_bytes(word, "a.docx")
    with pytest.raises(IngestError, match="declares a document type; office programs never"):
        read_bytes(odt, "a.odt")


def test_the_shared_reader_counts_every_part_against_the_package_limit() -> None:
    data = _zip({"a.xml": b"<a>" + b"x" * 3000 + b"</a>", "b.xml": b"<b>" + b"y" * 3000 + b"</b>"})
    wording = ingest_odt._WORDING
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = officezip.Parts(package, wording, max_part=5000, max_total=5000)
        assert parts.xml("a.xml") is not None
        assert parts.xml("missing.xml") is None
        with pytest.raises(ingest_odt.NotAnOpenDocument, match="the document unpacks to more"):
            parts.xml("b.xml")


def test_the_shared_reader_reads_utf16_parts_only_for_word() -> None:
    utf16 = "<a>Zürich</a>".encode("utf-16")
    data = _zip({"a.xml": utf16})
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        element = officezip.Parts(package, ingest_docx._WORDING).xml("a.xml")
        assert element is not None and element.text == "Zürich"
        with pytest.raises(ingest_odt.NotAnOpenDocument, match=r"a\.xml in the document is not"):
            officezip.Parts(package, ingest_odt._WORDING).xml("a.xml")


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 40, "a.odt", "older Word"),
        (b"%PDF-1.7\n", "a.odt", r"PDF file named \.odt"),
        (b"<html></html>", "a.docx", r"not a Word \(\.docx\) package: it holds HTML"),
        (b"PK\x03\x04" + b"\0" * 40, "a.docx", "incomplete"),
    ],
)
def test_the_shared_opening_refuses_other_files_in_each_readers_words(
    data: bytes, name: str, message: str
) -> None:
    with pytest.raises(IngestError, match=message):
        read_bytes(data, name)


# --- pages saved from social and messaging services -------------------------------------------


def _page(head: str, body: str, lang: str = "en") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>'
        f"<body>{body}</body></html>"
    ).encode()


POSTS = [
    "Crews will replace a valve on the main under Mill Street on Tuesday, and the water "
    "supply to the north side will be cut from nine until five.",
    "The council has approved the money for the second stage of the pumping station's "
    "rebuilding, which is due to finish by the end of October.",
    "Water is back on the north side. For the first hours it may run cloudy, so let it run "
    "for a few minutes before drinking it.",
]


def _channel_page(posts: list[str], stamps: list[str]) -> bytes:
    messages = "".join(
        '<div class="tgme_widget_message"><div class="tgme_widget_message_author">'
        "<a>Northside Water</a></div>"
        + ('<div class="forwarded">Forwarded from Town Council</div>' if n == 1 else "")
        + f'<div class="tgme_widget_message_text">{text}</div>'
        f'<div class="tgme_widget_message_info"><span>{n + 2}.1K</span> views'
        f'<a class="tgme_widget_message_date"><time datetime="{stamp}">0{n + 6}:40</time></a>'
        "</div></div>"
        for n, (text, stamp) in enumerate(zip(posts, stamps, strict=True))
    )
    return _page(
        '<title>Northside Water – Telegram</title><meta property="og:site_name" '
        'content="Telegram"><meta property="og:title" content="Northside Water">'
        '<link rel="canonical" href="https://t.me/s/northside_water">',
        '<div class="tgme_channel_info"><div>Northside Water</div>'
        "<div>The official channel of the Northside water company: outages, repairs and "
        "notices about water quality for every district.</div>"
        "<div>24.1K subscribers</div><div>1.2K photos</div><a>Download Telegram</a></div>"
        f"<section>{messages}</section>",
    )


def test_a_channel_preview_is_every_post_dated_by_the_newest() -> None:
    stamps = ["2025-03-03T06:40:00+00:00", "2025-03-04T07:40:00+00:00", "2025-03-05T08:40:00+00:00"]
    article = read_bytes(_channel_page(POSTS, stamps), "channel.html")
    assert article.title is None and article.author is None
    assert article.source == "Northside Water"
    assert article.published is not None and article.published.isoformat() == "2025-03-05"
    for post in POSTS:
        assert post in article.text
    for chrome in ("official channel", "subscribers", "Forwarded from", "views", "Download"):
        assert chrome not in article.text


def test_a_thread_stops_at_the_first_reply_from_another_account() -> None:
    def item(name: str, handle: str, text: str) -> str:
        return (
            f'<div class="timeline-item"><div class="tweet-header"><div class="names">'
            f'<a class="fullname">{name}</a><a class="username">@{handle}</a></div>'
            '<span class="tweet-date"><a title="Mar 4, 2025 · 9:12 AM UTC">Mar 4</a></span>'
            f'</div><div class="tweet-content">{text}</div>'
            '<div class="tweet-stats"><div>12</div><div>48</div></div></div>'
        )

    reply = "Can confirm, we have been parked outside the town since Sunday with a full load."
    body = "".join(item("Ines Darrow", "inesdarrow", p) for p in POSTS[:2])
    body += item("Bogdan Hale", "bhale", reply)
    article = read_bytes(
        _page(
            '<meta property="og:site_name" content="Nitter">'
            '<meta property="og:title" content="Ines Darrow (@inesdarrow)">',
            f'<nav><a>nitter</a></nav><div class="main-thread">{body}</div>',
        ),
        "thread.html",
    )
    assert article.source == "Ines Darrow" and article.author == "Ines Darrow"
    assert article.title is None
    assert article.published is not None and article.published.isoformat() == "2025-03-04"
    assert POSTS[0] in article.text and POSTS[1] in article.text
    assert reply not in article.text and "@inesdarrow" not in article.text


def test_a_note_titled_by_its_account_and_handle_is_a_post() -> None:
    article = read_bytes(
        _page(
            '<meta property="og:site_name" content="Substack">'
            '<meta property="og:title" content="Ada Brenner (@adabrenner) on Substack">',
            '<div><span class="name">Ada Brenner</span><span>@adabrenner</span>'
            '<time datetime="2025-03-12T17:26:04Z">Mar 12</time></div>'
            f"<div><p>{POSTS[0]}</p></div><div>Like 212</div><div>Restack 44</div>",
        ),
        "note.html",
    )
    assert (article.title, article.source, article.author) == (None, "Ada Brenner", "Ada Brenner")


def test_a_video_page_credits_its_channel_and_keeps_its_description_whole() -> None:
    first, second = POSTS[0], POSTS[2]
    article = read_bytes(
        _page(
            '<meta property="og:site_name" content="VideoHub">'
            '<meta property="og:type" content="video.other">'
            '<meta property="og:title" content="Valve works on Mill Street">',
            '<div itemscope itemtype="http://schema.org/VideoObject">'
            '<meta itemprop="uploadDate" content="2025-03-09T06:15:00-07:00">'
            '<span itemprop="author" itemscope itemtype="http://schema.org/Person">'
            '<link itemprop="name" content="Northside Local TV"></span></div>'
            "<h1>Valve works on Mill Street</h1><div>Northside Local TV 38.2K subscribers</div>"
            f"<div id='description'><div>52,318 views 9 Mar 2025</div><div><span>{first}</span>"
            f"<br><br><span>{second}</span><br><br><span>Chapters:</span><br>"
            "<span>0:00 The valve</span><br><span>1:35 The street</span><br>"
            "<span>4:20 The engineer</span></div></div><div>214 Comments</div>",
        ),
        "video.html",
    )
    assert article.source == "Northside Local TV" and article.author is None
    assert article.text.startswith(first) and second in article.text
    assert "0:00" not in article.text and "The engineer" not in article.text


def test_a_chapter_list_is_set_aside_only_when_its_times_rise() -> None:
    from desktop.ingest.furniture import CHAPTERS, Piece, judge

    lines = ["0:00 Intro", "1:35 The vote", "4:20 The jobs"]
    pieces = [Piece(t, "para") for t in [POSTS[0], "Chapters:", *lines]]
    judge(pieces)
    assert [p.reason for p in pieces[1:]] == [CHAPTERS] * 4 and pieces[0].kept
    shuffled = [Piece(t, "para") for t in ["4:20 The jobs", "0:00 Intro", "1:35 The vote"]]
    judge(shuffled)
    assert not any(p.reason == CHAPTERS for p in shuffled)
    # A live blog's timed entries rise too, but from the hour it opened, not from 0:00.
    entries = ["09:12 Police closed the road", "09:40 Buses were diverted", "10:05 It reopened"]
    timed = [Piece(t, "para") for t in entries]
    judge(timed)
    assert not any(p.reason == CHAPTERS for p in timed)


def test_a_community_post_names_the_community_and_the_poster() -> None:
    article = read_bytes(
        _page(
            "<title>Why are tankers at the depot? : r/Tolvern</title>"
            '<meta property="og:site_name" content="Reddit">'
            '<link rel="canonical" href="https://www.reddit.com/r/Tolvern/comments/1j4k/why/">',
            '<div><a href="/r/Tolvern/">r/Tolvern</a> <time datetime="2025-03-06T07:52:31Z">'
            '3 days ago</time> <a href="/user/harbour_walker_88/">harbour_walker_88</a></div>'
            f"<h1>Why are tankers at the depot?</h1><div><p>{POSTS[0]}</p><p>{POSTS[1]}</p>"
            '</div><div><a href="/user/mossbank/">mossbank</a><p>So much for that.</p></div>',
            lang="en-US",
        ),
        "post.html",
    )
    assert article.source == "r/Tolvern" and article.author == "harbour_walker_88"
    assert article.title == "Why are tankers at the depot?"


@pytest.mark.parametrize(
    ("address", "author"),
    [
        ("https://vk.com/wall-20418877_4123", None),
        ("https://vk.com/wall20418877_77", "Anna Orlova"),
    ],
)
def test_a_vk_post_on_a_community_wall_names_no_author(address: str, author: str | None) -> None:
    name = "Anna Orlova"
    article = read_bytes(
        _page(
            f'<meta property="og:site_name" content="VK"><meta property="og:title" content="{name}">'
            f'<link rel="canonical" href="{address}">',
            f'<div class="post"><h5 class="post_author"><a>{name}</a></h5>'
            '<div class="post_date"><span class="rel_date">14 мар 2025 в 9:40</span></div>'
            f'<div class="wall_post_text">{POSTS[0]}</div><div>318 Нравится</div></div>',
            lang="ru",
        ),
        "wall.html",
    )
    assert article.source == name and article.author == author
    assert article.published is not None and article.published.isoformat() == "2025-03-14"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("14 мар 2025 в 9:40", "2025-03-14"),
        ("3 бер 2025", "2025-03-03"),
        ("1 лист 2024", "2024-11-01"),
    ],
)
def test_short_russian_and_ukrainian_months_are_read(text: str, day: str) -> None:
    from desktop.ingest import dates

    assert [d.isoformat() for d in dates.full_dates(text)[0]] == [day]


# --- the same pages copied as text --------------------------------------------------------------


def _copy(lines: list[str]) -> bytes:
    return ("\n".join(lines) + "\n").encode()


def test_a_copied_channel_page_is_its_posts_under_the_channel_name() -> None:
    lines = ["Northside Water", "24.1K subscribers", "Northside Water", "@northside_water",
             "The official channel of the Northside water company, for outages and repairs.",
             "24.1K subscribers", "418 photos", "Download Telegram"]  # fmt: skip
    for n, post in enumerate(POSTS):
        lines += ["Northside Water", post, f"{n + 2}.1K views", f"0{n + 7}:15"]
    article = read_bytes(_copy(lines), "channel.txt")
    assert (article.title, article.source, article.author) == (None, "Northside Water", None)
    assert article.published is None  # times of day only
    assert all(p in article.text for p in POSTS)
    for chrome in ("official channel", "subscribers", "views", "@northside_water", "07:15"):
        assert chrome not in article.text


def test_a_copied_video_page_names_its_channel_and_upload_day() -> None:
    lines = ["Skip navigation", "Search", "Sign in", "Valve works close Mill Street for a week",
             "Northside Local TV", "38.2K subscribers", "Subscribe", "842", "Share", "Clip",
             "21,904 views  13 Mar 2025", POSTS[0], "", POSTS[2], "", "00:00 The valve",
             "02:47 The street", "05:10 The engineer", "Show less", "137 Comments"]  # fmt: skip
    article = read_bytes(_copy(lines), "video.txt")
    assert article.title == "Valve works close Mill Street for a week"
    assert article.source == "Northside Local TV" and article.author is None
    assert article.published is not None and article.published.isoformat() == "2025-03-13"
    assert article.published_origin == "text"
    assert article.text.startswith(POSTS[0]) and article.text.rstrip().endswith(POSTS[2])


def test_an_unrolled_thread_copy_is_its_posts_without_the_profile_line() -> None:
    posts = [f"{n + 1}/ {p}" for n, p in enumerate(POSTS)]
    lines = ["Thread Reader App", "Thread by @idarrow on Thread Reader App", "Ines Darrow",
             "@idarrow", "Border reporter. Views my own, and nobody else's at all.",
             "Mar 15, 2025", "3 tweets", "Read on X", *posts, "• • •",
             "Missing some Tweet in this thread? You can try to force a refresh",
             "Save as PDF"]  # fmt: skip
    article = read_bytes(_copy(lines), "thread.txt")
    assert (article.title, article.source, article.author) == (None, "Ines Darrow", "Ines Darrow")
    assert article.published is not None and article.published.isoformat() == "2025-03-15"
    assert article.text.startswith(posts[0]) and article.text.rstrip().endswith(posts[-1])
    assert "Views my own" not in article.text and "Missing some Tweet" not in article.text


def test_a_copied_community_post_is_its_title_poster_and_text() -> None:
    reply = "The gas company just left, they say a valve in the cellar was left open."
    lines = ["Skip to main content", "r/Northside", "Log In", "r/Northside", "•", "5 hr. ago",
             "quiet_kettle", "Strong smell of gas on Mill Street tonight", "Local news",
             POSTS[0], POSTS[1], "Upvote", "96", "Downvote", "Go to comments", "Join the conversation",
             "fenner_resident", "•", "4h ago", reply, "Reply", "8.3K Members"]  # fmt: skip
    article = read_bytes(_copy(lines), "post.txt")
    assert article.title == "Strong smell of gas on Mill Street tonight"
    assert (article.source, article.author) == ("r/Northside", "quiet_kettle")
    assert article.published is None  # "5 hr. ago" does not date it
    assert article.text == f"{POSTS[0]}\n{POSTS[1]}"


def test_counts_are_furniture_only_when_nothing_but_a_date_follows() -> None:
    from desktop.ingest.furniture import PAGE_WIDGET, single_block_reason

    assert single_block_reason("52,318 views  9 Mar 2025 #flood") == PAGE_WIDGET
    assert single_block_reason("41K Members 87 Online") == PAGE_WIDGET
    assert single_block_reason("12 members of the council voted against the plan.") is None
    assert single_block_reason("Skip navigation") is not None
