"""Round 47: the readers' patterns that began a run of spaces at every space of it (a byline's
"\\s*:?\\s+", a separator's "\\s*|", a trailing weekday's "\\s+monday$" searched along a line)
start a run only where it starts, so a line padded with thousands of spaces is read in time
that grows with it, whoever calls them (read_meta_line cuts its lines at 160 characters;
without_dates and is_no_person_credit did not). The line between two posts of a thread
(counts, times, handles) is read one way only: ". . . . x" took 2 to the power of its
length. Each reads as before."""

from __future__ import annotations

import re
import time

import pytest

from desktop.ingest import assemble, dates


def _seconds(work: object) -> float:
    assert callable(work)
    start = time.process_time()
    work()
    return time.process_time() - start


def _every_use(pattern: re.Pattern[str], text: str) -> None:
    list(pattern.finditer(text))
    pattern.match(text)
    pattern.split(text)


DATES_PATTERNS = [
    "_SEPARATORS",
    "_BYLINE",
    "_ON_THE_BLOG",
    "_TRAILING_DASH",
    "_ADDRESS_IN_LINE",
    "_EMPLOYER_ROLE",
    "_NO_PERSON_CREDIT",
    "_COMMA_BYLINE",
    "_TRAILING_WEEKDAY",
    "_FILED_FROM",
    "_AGENCY_IN_BRACKETS",
]
ASSEMBLE_PATTERNS = [
    "_TRAILING_DATE",
    "_OUTLET_DESK",
    "_DATE_AFTER_OUTLET",
    "_STRIP_SEPARATOR",
    "_STRIP_DASH",
    "_TITLE_SEPARATOR",
    "_CRUMB_SEPARATOR",
    "_ISSUERS",
    "_AUTHOR_SPLIT",
    "_BACK_LINK",
    "_AUTHOR_LABEL",
]
PADDED = [("", "x"), ("By", "x"), ("By", "!"), ("x, by", "q"), ("Ann Lee", "!"), ("a", "(")]


@pytest.mark.parametrize("count", [20_000, 40_000])
@pytest.mark.parametrize(
    "pattern",
    [getattr(dates, n) for n in DATES_PATTERNS] + [getattr(assemble, n) for n in ASSEMBLE_PATTERNS],
)
def test_a_run_of_spaces_is_read_at_once(pattern: re.Pattern[str], count: int) -> None:
    for before, after in PADDED:
        text = before + " " * count + after
        assert _seconds(lambda text=text: _every_use(pattern, text)) < 1.0


@pytest.mark.parametrize("count", [20_000, 40_000])
def test_dates_are_taken_out_of_a_padded_line_at_once(count: int) -> None:
    line = "By Ann Lee" + " " * count + "x"
    assert _seconds(lambda: dates.without_dates(line)) < 1.0
    assert _seconds(lambda: dates.is_no_person_credit("By" + " " * count + "x")) < 1.0


@pytest.mark.parametrize("count", [20_000, 40_000])
@pytest.mark.parametrize("piece", [". ", "1 ", "10:30 ", "@ann1 ", "1:05pm ", "12.4K "])
def test_a_line_of_counts_is_read_one_way(piece: str, count: int) -> None:
    for text in (piece * 20 + "x", piece * count + "x", piece * count):
        assert _seconds(lambda text=text: assemble._BETWEEN_POSTS.match(text)) < 1.0


@pytest.mark.parametrize(
    ("line", "between"),
    [
        ("12.4K Views", True),
        ("1.2K · 340 · 10:30 PM", True),
        ("@ann_lee 12 K", True),
        ("3 replies 14 reposts 1,204 likes", True),
        ("10:30 p.m. 2K", True),
        ("Edited · 2:05 PM", True),
        ("10:30k", False),  # a "K" after a time, never after a count
        ("12 March", False),
        ("The ferry left at 10:30.", False),
    ],
)
def test_lines_between_posts_read_as_before(line: str, between: bool) -> None:
    assert (assemble._BETWEEN_POSTS.match(line) is not None) is between


def test_padded_fields_read_as_before() -> None:
    assert dates.without_dates("By Ann Lee   Friday, March 5, 2027") == "By Ann Lee"
    assert dates.is_no_person_credit("By   Staff Reporter")
    assert dates.is_no_person_credit("By :  Our Correspondent")
    assert not dates.is_no_person_credit("By   Ann Lee")
    facts = dates.read_meta_line("By Ann Lee  |  5 March 2027")
    assert facts is not None and facts.authors == ["Ann Lee"]
    assert assemble._TITLE_SEPARATOR.split("Harbour levy rises   |  Vale News") == [
        "Harbour levy rises",
        "Vale News",
    ]
    assert assemble._ISSUERS.split("Department of Health ,  and Ann Lee") == [
        "Department of Health",
        " ,  ",
        "and Ann Lee",
    ]
    assert assemble._AUTHOR_SPLIT.split("Ann Lee ; Tom Hale and  Eva Ross") == [
        "Ann Lee",
        "Tom Hale",
        "Eva Ross",
    ]
