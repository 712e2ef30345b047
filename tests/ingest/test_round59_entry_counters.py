"""Import round 59: a comment counter inside an entry of a live blog or a list of posts
("Comments (14)", "Share | 3 comments") is that entry's furniture, not the head of the readers'
comments, when more of the page's own entries follow it; a counted heading over readers' posts
still ends the story. Every page and line here is invented.
"""

from __future__ import annotations

from desktop.ingest import read_bytes

ENTRIES = [
    ("07:45", "Floodwater has reached the first floor of houses along the Ketter embankment, "
     "the Brannock fire service said."),
    ("08:30", "About 4,000 homes in the lower town are without power after a substation was "
     "switched off as a precaution, the grid operator said."),
    ("09:10", "Two schools in Brannock and one in Aldwick will stay shut on Wednesday, the "
     "county education office said."),
    ("10:05", "A man in his sixties was rescued by boat from the roof of his car near Aldwick "
     "bridge, police said."),
]  # fmt: skip
READERS = [
    ("Gwen Harrow", "My street has been under water since midnight and nobody has come round."),
    ("ketterside_dave", "Same every winter. When will the council finally raise the wall?"),
    ("Bryn Osk", "Thanks to the crews out there tonight, stay safe everyone in the lower town."),
]


def _read(markup: str, name: str = "page.html"):
    return read_bytes(markup.encode("utf-8"), name)


def _head(title: str = "Brannock floods live: river bursts its banks") -> str:
    return (
        f"<html><head><title>{title} | Brannock Echo</title>"
        '<meta property="og:site_name" content="Brannock Echo">'
        '<meta property="article:published_time" content="2031-11-18T07:45:00+00:00">'
        f"</head><body><main><article><h1>{title}</h1>"
        '<p class="byline">Tomas Reyl, Brannock Echo</p>'
    )


def _entry(stamp: str, text: str, after: str = "") -> str:
    return f'<div class="entry"><time>{stamp}</time><p>{text}</p>{after}</div>'


def _assert_every_entry(text: str) -> None:
    for _, line in ENTRIES:
        assert line in text
    assert text.rstrip().endswith(ENTRIES[-1][1])


def test_counter_in_one_entry_of_a_live_blog() -> None:
    body = "".join(
        _entry(s, t, '<p class="comments">Comments (14)</p>' if n == 1 else "")
        for n, (s, t) in enumerate(ENTRIES)
    )
    article = _read(_head() + body + "</article></main><footer>Brannock Echo 2031</footer>")
    _assert_every_entry(article.text)
    assert "Comments (14)" not in article.text


def test_stamps_with_zone_and_counter_in_plain_text() -> None:
    lines = ["Brannock floods live: river bursts its banks", "By Tomas Reyl", ""]
    for n, (stamp, text) in enumerate(ENTRIES):
        lines += [f"{stamp} GMT", text, ""]
        if n == 1:
            lines += ["86 comments", ""]
    article = _read("\n".join(lines), "live.txt")
    _assert_every_entry(article.text)
    assert "86 comments" not in article.text


def test_list_of_posts_with_a_counter_under_each() -> None:
    body = "".join(
        f'<div class="post"><h2>Flood update {n + 1}</h2><p class="meta">18 November 2031, {s}</p>'
        f'<p>{t}</p><p class="post-footer"><a href="#c">Comments ({n * 5 + 2})</a></p></div>'
        for n, (s, t) in enumerate(ENTRIES)
    )
    article = _read(
        _head("Brannock floods: all our updates") + body + "</article></main></body></html>"
    )
    _assert_every_entry(article.text)


# ---------------------------------------------------------------- guards: real comments
def test_live_blog_then_counted_comments_with_names_and_stamps() -> None:
    body = "".join(_entry(s, t) for s, t in ENTRIES)
    talk = "".join(
        f"<div class='c'><p>{who}</p><p>10:{20 + n}</p><p>{text}</p></div>"
        for n, (who, text) in enumerate(READERS)
    )
    article = _read(
        _head()
        + body
        + f"</article><section><h2>86 comments</h2>{talk}</section></main></body></html>"
    )
    _assert_every_entry(article.text)
    for who, text in READERS:
        assert who not in article.text and text not in article.text


def test_story_then_counted_comments_with_names_and_posts() -> None:
    story = "".join(f"<p>{t}</p>" for _, t in ENTRIES)
    talk = "".join(f"<div><p>{who}</p><p>{text}</p></div>" for who, text in READERS)
    article = _read(
        _head("River bursts its banks in Brannock")
        + story
        + f"<h3>86 comments</h3>{talk}</article></main></body></html>"
    )
    assert article.text.rstrip().endswith(ENTRIES[-1][1])
    for who, text in READERS:
        assert who not in article.text and text not in article.text


def test_stamp_first_comments_under_a_live_blog() -> None:
    body = "".join(_entry(s, t) for s, t in ENTRIES)
    talk = "".join(
        f"<div><p>10:{20 + n}</p><p>{who}</p><p>{text}</p></div>"
        for n, (who, text) in enumerate(READERS)
    )
    article = _read(_head() + body + f"<p>Comments (3)</p>{talk}</article></main></body></html>")
    _assert_every_entry(article.text)
    for who, text in READERS:
        assert who not in article.text and text not in article.text


def test_plain_text_live_blog_then_named_comments_with_stamps() -> None:
    lines = ["Brannock floods live: river bursts its banks", "By Tomas Reyl", ""]
    for stamp, text in ENTRIES:
        lines += [stamp, text, ""]
    lines += ["86 comments", ""]
    for n, (who, text) in enumerate(READERS):
        lines += [who, f"10:{20 + n}", text, ""]
    article = _read("\n".join(lines), "live.txt")
    _assert_every_entry(article.text)
    for who, text in READERS:
        assert who not in article.text and text not in article.text


def test_headed_posts_then_comments_with_their_own_lines() -> None:
    body = "".join(
        f'<div class="post"><h2>Flood update {n + 1}</h2><p class="meta">18 November 2031, {s}</p>'
        f"<p>{t}</p></div>"
        for n, (s, t) in enumerate(ENTRIES)
    )
    talk = "".join(
        f"<div><p>{who}</p><p>18 November 2031, 11:0{n}</p><p>{text}</p><p>Reply | Report abuse</p></div>"
        for n, (who, text) in enumerate(READERS)
    )
    article = _read(
        _head("Brannock floods: all our updates")
        + body
        + f"<p>Comments (3)</p>{talk}</article></main></body></html>"
    )
    _assert_every_entry(article.text)
    for who, text in READERS:
        assert who not in article.text and text not in article.text


def _stamped_page(stamps: list[str], talk: str = "") -> str:
    body = "".join(
        f'<div class="entry"><p class="when">{stamp}</p><p>{text}</p>'
        + ('<p class="comments">Comments (14)</p>' if n == 1 else "")
        + "</div>"
        for n, (stamp, (_, text)) in enumerate(zip(stamps, ENTRIES, strict=True))
    )
    return _head() + body + talk + "</article></main><footer>Brannock Echo 2031</footer>"


def test_counter_among_entries_stamped_by_their_age() -> None:
    article = _read(_stamped_page(["4h ago", "3h ago", "2h ago", "1h ago"]))
    _assert_every_entry(article.text)


def test_counter_among_posts_dated_without_a_clock() -> None:
    days = ["November 18, 2031", "November 17, 2031", "November 16, 2031", "November 15, 2031"]
    article = _read(_stamped_page(days))
    _assert_every_entry(article.text)


def test_named_comments_stamped_by_their_age_under_a_live_blog() -> None:
    talk = "<p>Comments (3)</p>" + "".join(
        f"<div><p>{who}</p><p>{n + 1}m ago</p><p>{text}</p></div>"
        for n, (who, text) in enumerate(READERS)
    )
    article = _read(_stamped_page(["4h ago", "3h ago", "2h ago", "1h ago"], talk))
    _assert_every_entry(article.text)
    for who, text in READERS:
        assert who not in article.text and text not in article.text
