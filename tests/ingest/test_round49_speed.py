"""Round 49 (4): assemble._ADDRESS_HOST (an address's host, read for an outlet's name) began a
match after every "-" or "." of a run of host characters, and each start scanned the rest of
the run before giving up: "a-a-a-..." with no top-level domain took time that grew with the
square of its length (20,000 pairs: over 6 s). A match now starts only where a run of host
characters starts, past the dots and dashes that open it. The size check below reads runs of
400,000 pairs, which the old pattern would not finish in hours; the hosts found in text
are those it found."""

from __future__ import annotations

import pytest

from desktop.ingest.assemble import _ADDRESS_HOST

RUNS = ["a-", "a.", "ab.", "-a", "-.", "9-"]


@pytest.mark.parametrize("unit", RUNS)
def test_a_long_run_of_host_characters_is_read_in_one_pass(unit: str) -> None:
    text = unit * 400_000 + "!"
    hosts = [m.group("host") for m in _ADDRESS_HOST.finditer(text)]
    # A run of one-letter labels or of labels with no dot has no host in it; "ab.ab.ab" is
    # one host, the whole run.
    assert hosts == ([text[:-2]] if unit == "ab." else [])


def _starts_where_a_run_starts(text: str) -> bool:
    for m in _ADDRESS_HOST.finditer(text):
        before = text[m.start() - 1] if m.start() else " "
        if before.isalnum() or before in "_.-":
            return False
    return True


@pytest.mark.parametrize(
    "text",
    [
        "Read more at www.dailynews-carrick.co.uk/news today",
        "a-b-c-d.example.org and x.y.z.example.com",
        "mail the desk: desk@harbourwatch.example, or https://harbourwatch.example/tips",
        "--lead.example.net. Then .dot.example.com",
    ],
)
def test_a_match_starts_only_where_a_run_of_host_characters_starts(text: str) -> None:
    assert _starts_where_a_run_starts(text)


@pytest.mark.parametrize(
    ("text", "hosts"),
    [
        ("Read more at www.dailynews-carrick.co.uk/news today", ["dailynews-carrick.co.uk"]),
        ("https://www.valleyvoice.example/2027/03/story", ["valleyvoice.example"]),
        ("Email brief@nordiccyber.example to join.", ["nordiccyber.example"]),
        ("(-bba.co.uk) and .lead.example.net", ["bba.co.uk", "lead.example.net"]),
        ("version 2.0 of the plan, 3.5 million", []),
        ("a-b-c-d.example.org", ["a-b-c-d.example.org"]),
    ],
)
def test_the_hosts_read_are_those_read_before(text: str, hosts: list[str]) -> None:
    assert [m.group("host") for m in _ADDRESS_HOST.finditer(text)] == hosts


# Round 49 (7): a count of readers ("goes to 4,800 engineers", "Join 18,000 readers") read
# its digits, the spaces after them and an optional "k" in two ways each, so a number followed
# by a long run of spaces was tried at every split of the run (20,000 spaces: 3.7 s for an
# outlet's sign-off, 43 s for a newsletter's foot sentence). Now each part is read one way.
SPACED = [
    "Harbour Notes Brief goes to 5{}!",
    "This newsletter reaches 3,200{}x",
    "Join 18,000{}k",
    "Harbour Notes Brief has 5k{}readers!",
]


@pytest.mark.parametrize("shape", SPACED)
def test_a_count_before_a_long_run_of_spaces_is_read_in_one_pass(shape: str) -> None:
    from desktop.ingest.assemble import (
        _NEWSLETTER_FOOT_SENTENCE,
        _READER_PROMO,
        _outlet_promo_sentence,
    )

    text = shape.format(" " * 200_000)
    about = _outlet_promo_sentence("Harbour Notes Brief")
    for pattern in (about, _NEWSLETTER_FOOT_SENTENCE, _READER_PROMO):
        pattern.match(text)
        list(pattern.finditer(text))


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("Harbour Notes Brief goes to 4,800 engineers every Tuesday.", True),
        ("Harbour Notes Brief has 5k readers.", True),
        ("Harbour Notes Brief has 5 kilometres of quay.", False),
        ("Join 18,000 readers.", True),
        ("Join 18 k readers.", True),
    ],
)
def test_counts_of_readers_read_as_before(line: str, read: bool) -> None:
    from desktop.ingest.assemble import (
        _NEWSLETTER_FOOT_SENTENCE,
        _READER_PROMO,
        _outlet_promo_sentence,
    )

    about = _outlet_promo_sentence("Harbour Notes Brief")
    patterns = (about, _NEWSLETTER_FOOT_SENTENCE, _READER_PROMO)
    assert any(p.match(line) for p in patterns) is read
