"""Files of several articles, as news feeds and news databases deliver them (invented text)."""

from __future__ import annotations

from datetime import date

#: Each story says "on Tuesday": the day it names depends on the story's own publication date.
STORIES = [
    (
        "Ferry company adds a third crossing",
        date(2025, 3, 6),
        "The ferry company said on Tuesday that it would add a third crossing each day from "
        "May, after bookings for the summer rose by a quarter.",
    ),
    (
        "Harbour dredging to start in April",
        date(2025, 3, 13),
        "The port authority said on Tuesday that 400,000 cubic metres of silt would be taken "
        "out to sea by barge over two years.",
    ),
    (
        "Island school to close for repairs",
        date(2025, 3, 20),
        "The education board said on Tuesday that the island school would close for six weeks "
        "while its roof is replaced.",
    ),
]

_RSS_DAY = "{:%a, %d %b %Y} 07:15:00 +0000"


def rss_feed(stories: list[tuple[str, date, str]] = STORIES) -> bytes:
    items = "".join(
        f"<item><title>{title}</title>"
        f"<link>https://westholmgazette.example/{title.lower().replace(' ', '-')}</link>"
        f"<pubDate>{_RSS_DAY.format(day)}</pubDate>"
        f"<description><![CDATA[<p>{body}</p><p>Officials gave no further details.</p>]]>"
        "</description></item>"
        for title, day, body in stories
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        "<title>Westholm Gazette | Islands</title>"
        "<link>https://www.westholmgazette.example/islands</link>"
        f"<description>News from the islands</description>{items}</channel></rss>"
    ).encode()


_RTF_HEAD = (
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss\fcharset0 Arial;}}"
    r"{\colortbl;\red0\green0\blue0;}{\*\generator Riched20 10.0;}"
)


def rtf_export(stories: list[tuple[str, date, str]] = STORIES) -> bytes:
    """A database's "Download as RTF" of the stories: "Document 1 of 3" ... "End of Document"."""
    paragraphs: list[str] = []
    for n, (title, day, body) in enumerate(stories, 1):
        paragraphs += [
            f"Document {n} of {len(stories)}",
            rf"\b {title}\b0",
            "The Carrow Telegraph",
            f"{day:%B} {day.day}, {day.year} {day:%A}",
            "Byline: Jane Holloway",
            "Body",
            body,
            "Officials gave no further details.",
            f"Load-Date: {day:%B} {day.day}, {day.year}",
            "End of Document",
            r"\page",
        ]
    return (_RTF_HEAD + "".join(p + r"\par" + "\n" for p in paragraphs) + "}").encode("ascii")
