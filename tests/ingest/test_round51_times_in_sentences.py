"""Round 51: a time printed inside a sentence of the story stays in that sentence as printed.

A saved page may mark a clock or a day in the story's words with <time> ("the road was closed
at <time>07:45</time> after a lorry shed its load"). The main-text reader drops every <time>
with what it prints, which cut the clock out of the sentence (and the page's own copy of the
paragraph came back beside the cut one); and with the story's paragraphs in "text-block"
divisions, two such clocks looked like two live-blog entries' stamps, so the clock was moved
out of its sentence and given the page's day. Dates are the extractor's work: the import
leaves "at 07:45" where the writer put it. A live blog's stamps that open their entries are
still set over them. Every page and sentence here is invented."""

from __future__ import annotations

from desktop.domain import RawArticle
from desktop.ingest import read_bytes

SAME_DAY = (
    '<meta property="article:published_time" content="2027-09-09T08:10:00+01:00">\n'
    '<meta property="article:modified_time" content="2027-09-09T20:45:00+01:00">'
)


def _page(body: str, meta: str = SAME_DAY) -> RawArticle:
    html = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Lorry spill closes the Orwell road | Suffolk Lantern</title>
<meta property="og:site_name" content="Suffolk Lantern">
{meta}
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/traffic">Traffic</a></nav>
<main><article class="story">
<h1>Lorry spill closes the Orwell road</h1>
<p class="byline">By Hal Brenner</p>
{body}
</article></main>
<footer>Suffolk Lantern 2027</footer>
</body></html>
"""
    return read_bytes(html.encode(), "story.html")


def _blocks(*paragraphs: str) -> str:
    return "\n".join(f'<div class="text-block"><p>{p}</p></div>' for p in paragraphs)


CLOCKS = _blocks(
    "A lorry carrying cooking oil overturned on the Orwell road near Nacton, spilling "
    "about 3,000 litres across both lanes.",
    'Police closed the road at <time datetime="2027-09-09T07:45:00+01:00">07:45</time> '
    "after the driver, who was not hurt, called for help.",
    "Drivers were sent through Levington, where queues stretched for two miles at the "
    "height of the morning rush.",
    'The road reopened at <time datetime="2027-09-09T16:20:00+01:00">16:20</time>, once '
    "a specialist crew had spread sand over the oil.",
    "The haulier said it would pay for the clean-up.",
)


def test_clocks_in_sentences_stay_as_printed() -> None:
    article = _page(CLOCKS)
    lines = article.text.split("\n")
    assert (
        "Police closed the road at 07:45 after the driver, who was not hurt, called for help."
        in lines
    ), article.text
    assert "The road reopened at 16:20, once a specialist crew had spread sand over the oil." in (
        lines
    ), article.text


def test_no_cut_copy_and_no_day_written_in() -> None:
    text = _page(CLOCKS).text
    assert "closed the road at after" not in text
    assert "reopened at , once" not in text
    assert "9 September 2027" not in text
    assert text.count("Police closed the road") == 1


def test_a_day_in_a_sentence_stays() -> None:
    body = _blocks(
        "The council will vote on the new cycle lanes along the Orwell road next month.",
        'The vote is set for <time datetime="2027-10-14">14 October</time> at the town hall '
        "in Felixstowe.",
        "Residents have until the end of September to comment on the plans.",
    )
    text = _page(body).text
    assert "The vote is set for 14 October at the town hall in Felixstowe." in text.split("\n")


def test_a_single_paragraph_story_keeps_its_clock() -> None:
    body = (
        "<p>Firefighters were called to a barn fire near Kesgrave at "
        '<time datetime="2027-09-09T13:30:00+01:00">13:30</time> on Thursday and stayed '
        "until the evening.</p>\n"
        "<p>Nobody was hurt, and the farmer said his animals had been moved out in time.</p>"
    )
    text = _page(body).text
    assert "near Kesgrave at 13:30 on Thursday and stayed until the evening." in text
    assert "Kesgrave at on Thursday" not in text


def test_a_byline_time_still_dates_the_story_and_stays_out() -> None:
    body = (
        '<p class="published">Published <time datetime="2027-09-08T18:00:00+01:00">8 '
        "September 2027</time></p>\n" + CLOCKS
    )
    article = _page(body, meta="")
    assert article.article_json()["published"] == "2027-09-08"
    assert "Published 8 September" not in article.text
    assert "Police closed the road at 07:45 after" in article.text


def test_live_blog_stamps_that_open_their_entries_are_still_set_over_them() -> None:
    entries = "".join(
        f'<div class="entry"><time datetime="2027-09-09T{clock}:00+01:00">{clock}</time>'
        f"<p>{text}</p></div>\n"
        for clock, text in (
            ("16:20", "The Orwell road has reopened in both directions, police say."),
            ("11:05", "Queues in Levington now stretch back for two miles, drivers report."),
            ("08:15", "The road is closed after a lorry carrying cooking oil overturned."),
        )
    )
    article = _page(entries)
    lines = article.text.split("\n")
    at = lines.index("9 September 2027, 11:05")
    assert lines[at + 1].startswith("Queues in Levington"), article.text


def test_plain_text_clock_is_left_alone() -> None:
    text = (
        "Lorry spill closes the Orwell road\n\nBy Hal Brenner\n\n9 September 2027\n\n"
        "Police closed the road at 07:45 after the driver called for help.\n\n"
        "The road reopened at 16:20, once the oil had been cleared.\n"
    )
    article = read_bytes(text.encode(), "copy.txt")
    assert "Police closed the road at 07:45 after the driver called for help." in article.text
    assert "The road reopened at 16:20, once the oil had been cleared." in article.text


TIMELINE = (
    "<p>A lorry carrying cooking oil overturned on the Orwell road near Nacton on Thursday "
    "morning, the police said in a statement.</p>\n"
    "<ul>"
    '<li><time datetime="2027-09-09T07:45:00+01:00">07:45</time> Police close the road in '
    "both directions after the driver calls for help.</li>"
    '<li><time datetime="2027-09-09T16:20:00+01:00">16:20</time> The road reopens once a '
    "specialist crew has spread sand over the oil.</li>"
    "</ul>\n"
    "<p>The haulier said it would pay for the clean-up, which took most of the day.</p>"
)


def test_a_time_line_keeps_its_clocks_with_their_sentences() -> None:
    article = _page(TIMELINE)
    lines = article.text.split("\n")
    assert (
        "07:45 Police close the road in both directions after the driver calls for help." in lines
    ), article.text
    assert sum("Police close the road" in line for line in lines) == 1, article.text
    assert sum("The road reopens" in line for line in lines) == 1, article.text


def test_a_date_over_a_reading_time_is_not_taken_into_the_story() -> None:
    body = '<p class="meta"><time datetime="2027-09-09">9 September 2027</time> · 4 min read</p>\n'
    article = _page(body + CLOCKS, meta="")
    assert "4 min read" not in article.text
    assert article.article_json()["published"] == "2027-09-09"
