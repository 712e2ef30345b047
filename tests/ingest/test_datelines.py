"""Datelines and bylines of several shapes give the publication date, the outlet and author."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.ingest import read_bytes, read_pasted
from desktop.ingest.dates import read_meta_line, wire_dateline

BODY = (
    "Ukraine said on Thursday that it had captured two soldiers in the Kursk region, "
    "and officials expected more details later in the week.\n\n"
    "The soldiers were taken to Kyiv, where they were questioned by investigators.\n"
)


@pytest.mark.parametrize(
    ("line", "expected", "outlet", "author"),
    [
        ("Published: January 13, 2025", date(2025, 1, 13), None, None),
        ("Friday, July 25, 2025", date(2025, 7, 25), None, None),
        ("*Eastbank Review · 14 January 2025*", date(2025, 1, 14), "Eastbank Review", None),
        (
            "By Jane Doe | Reuters | Jan. 14, 2025 10:32 GMT",
            date(2025, 1, 14),
            "Reuters",
            "Jane Doe",
        ),
        ("Posted on Tue 14 Jan 2025 09.12 GMT", date(2025, 1, 14), None, None),
        ("2025-01-16", date(2025, 1, 16), None, None),
        ("16/01/2025", date(2025, 1, 16), None, None),
        ("The 17th of January, 2025", date(2025, 1, 17), None, None),
        ("Updated 14 January 2025, 10:32 a.m. EST", date(2025, 1, 14), None, None),
    ],
)
def test_metadata_lines(line: str, expected: date, outlet: str | None, author: str | None) -> None:
    article = read_bytes(f"Headline of the story\n{line}\n\n{BODY}".encode(), "story.txt")
    assert article.published == expected
    assert article.published_origin == "text"
    assert article.source == outlet
    assert article.author == author
    assert line.strip("*") in article.field_origins["published"]
    assert line not in article.text
    assert article.text.startswith("Ukraine said on Thursday")


def test_byline_with_outlet_and_no_date() -> None:
    article = read_bytes(f"Headline of the story\nBy Jane Doe, Reuters\n\n{BODY}".encode(), "a.txt")
    assert article.author == "Jane Doe"
    assert article.source == "Reuters"
    assert article.field_origins["author"] == "byline"
    assert article.published is None
    removed = {b.text: b.reason for b in article.blocks if not b.kept}
    assert removed["By Jane Doe, Reuters"] == "byline"


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("By Jane Doe, John Roe and Mary Poe", ["Jane Doe", "John Roe", "Mary Poe"]),
        ("By Jane Doe, Senior Correspondent", ["Jane Doe"]),
        ("By Kim Soo-min in Seoul", ["Kim Soo-min"]),
    ],
)
def test_byline_shapes(line: str, authors: list[str]) -> None:
    facts = read_meta_line(line)
    assert facts is not None
    assert facts.authors == authors
    assert facts.outlet is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The soldiers were captured on January 9, 2025 in the Kursk region.",
        "By the end of the day, officials had said nothing.",
        "What next?",
        "Ukraine captures first North Korean soldiers",
    ],
)
def test_sentences_are_not_metadata_lines(sentence: str) -> None:
    assert read_meta_line(sentence) is None


def test_wrong_weekday_is_flagged() -> None:
    article = read_bytes(f"Headline here\nWednesday, January 16, 2025\n\n{BODY}".encode(), "w.txt")
    assert article.published == date(2025, 1, 16)
    assert any("weekday" in w for w in article.warnings)


def test_wire_dateline_without_year_gives_no_date_by_itself() -> None:
    text = "Seoul says soldiers questioned\n\nSEOUL, Jan. 13 — South Korea's spy agency said..."
    article = read_pasted(text + "\n\n" + BODY)
    assert article.published is None
    assert article.date_candidates == []
    assert any("no year" in w for w in article.warnings)
    assert article.text.startswith("SEOUL, Jan. 13 — South Korea's spy agency")


def test_wire_dateline_takes_its_year_from_another_line() -> None:
    text = (
        "Seoul says soldiers questioned\nMonday, January 13, 2025\n\n"
        "SEOUL, Jan. 12 (Harbor Wire) — South Korea's spy agency said on Sunday...\n\n" + BODY
    )
    article = read_pasted(text)
    assert article.published == date(2025, 1, 13)
    values = [(c.value, c.origin) for c in article.date_candidates]
    assert (date(2025, 1, 12), "text") in values
    wire = next(c for c in article.date_candidates if c.value == date(2025, 1, 12))
    assert "year from" in wire.evidence
    assert article.source == "Harbor Wire"
    assert any("2025-01-12" in w for w in article.warnings)


def test_wire_dateline_year_crossing_new_year() -> None:
    text = (
        "Year-end story\nJanuary 1, 2025\n\nKYIV, Dec. 31 — Officials said the year ended...\n\n"
        + BODY
    )
    article = read_pasted(text)
    assert date(2024, 12, 31) in [c.value for c in article.date_candidates]


def test_wire_dateline_with_full_date_and_agency() -> None:
    wire = wire_dateline("SEOUL, Jan. 13, 2025 (AP) — The agency said")
    assert wire is not None
    assert wire.dates == [date(2025, 1, 13)]
    assert wire.agency == "AP"
    assert wire_dateline("KYIV, Ukraine (AP) — Ukraine said") is not None
    assert wire_dateline("A man said - nothing happened") is None
    assert wire_dateline("Officials said: more later") is None


def test_published_line_beats_updated_line() -> None:
    text = ("Headline\nUpdated: January 20, 2025\nPublished: January 14, 2025\n\n" + BODY).encode()
    article = read_bytes(text, "two.txt")
    assert article.published == date(2025, 1, 14)
    assert [c.value for c in article.date_candidates] == [date(2025, 1, 14), date(2025, 1, 20)]


def test_date_line_at_the_foot_of_the_article() -> None:
    article = read_bytes(f"Headline\n\n{BODY}\nPublished January 15, 2025\n".encode(), "foot.txt")
    assert article.published == date(2025, 1, 15)
    assert "Published January 15, 2025" not in article.text


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("NAIROBI, Kenya (AP) _", "AP"),
        ("WASHINGTON, August 8 (Xinhua) --", "Xinhua"),
        ("INDEPENDENCE, MO. (AP)--", "AP"),
        ("MIAMI _", None),
    ],
)
def test_wire_dateline_on_a_line_of_its_own(line: str, agency: str | None) -> None:
    article = read_pasted(f"{line}\n{BODY}")
    assert article.title is None
    assert article.blocks[0].text == line
    assert article.blocks[0].reason == "dateline"
    assert article.source == agency
    assert article.text.startswith("Ukraine said on Thursday")


def test_copied_page_with_section_label_byline_and_timestamp() -> None:
    text = "\n".join(
        [
            "Ukraine",
            "This article is more than 6 months old",
            "Ukraine says it has captured two North Korean soldiers in Kursk",
            "Sat 11 Jan 2025 14.53 GMT",
            "Share",
            "BY HANNA ARHIROVA",
            BODY,
        ]
    )
    article = read_pasted(text)
    assert article.title == "Ukraine says it has captured two North Korean soldiers in Kursk"
    assert article.published == date(2025, 1, 11)
    assert article.author == "HANNA ARHIROVA"
    assert article.text.startswith("Ukraine said on Thursday")
    reasons = {b.text: b.reason for b in article.blocks if not b.kept}
    assert reasons["Ukraine"] == "section label"
    assert reasons["This article is more than 6 months old"] == "page widget"
    assert reasons["Share"] == "share buttons"


def test_a_short_headline_alone_is_still_the_title() -> None:
    article = read_pasted(f"Ceasefire holds\n\n{BODY}")
    assert article.title == "Ceasefire holds"
