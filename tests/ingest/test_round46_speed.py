"""Round 46: lines that made the readers' patterns try every way of splitting a run of one
character (a rule drawn with hyphens, a run of capitals joined by hyphens, a name padded with
spaces before an agency's) are read in time that grows with the line, and read as before."""

from __future__ import annotations

import time

import pytest

from desktop.ingest import dates, read_bytes

STORY = (
    "Harbour levy to rise as council backs new berths\n\n"
    "The harbour board voted on Tuesday to raise the mooring levy by 12% from next spring.\n\n"
    "Boat owners said the rise would hit small fishing crews hardest.\n"
)


def _seconds(work: object) -> float:
    assert callable(work)
    start = time.process_time()
    work()
    return time.process_time() - start


@pytest.mark.parametrize("count", [20_000, 40_000])
def test_a_rule_of_hyphens_opening_a_plain_text_is_read_at_once(count: int) -> None:
    data = ("-" * count + "\n\n" + STORY).encode()
    assert _seconds(lambda: read_bytes(data, "levy.txt")) < 1.0
    article = read_bytes(data, "levy.txt")
    assert article.title == "Harbour levy to rise as council backs new berths"


@pytest.mark.parametrize("count", [20_000, 40_000])
def test_a_rule_of_hyphens_in_a_messages_body_is_read_at_once(count: int) -> None:
    head = "From: tom.hale@example.org\nSubject: Harbour levy\n\n"
    data = (head + "-" * count + "\n\n" + STORY).encode()
    assert _seconds(lambda: read_bytes(data, "levy.txt")) < 1.0


@pytest.mark.parametrize("line", ["-" * 20_000 + "x", "Forwarded message" + " " * 20_000 + "x"])
def test_a_forwarded_line_is_told_from_a_long_rule_at_once(line: str) -> None:
    from desktop.ingest import plain

    assert _seconds(lambda: plain._FORWARDED.match(line)) < 0.1
    assert plain._FORWARDED.match(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "---------- Forwarded message ---------",
        "-----Original Message-----",
        "Begin forwarded message:",
        "> ----- Forwarded Message -----",
        "________________________________",
    ],
)
def test_the_lines_that_pass_a_message_on_are_still_known(line: str) -> None:
    from desktop.ingest import plain

    assert plain._FORWARDED.match(line) is not None


@pytest.mark.parametrize("unit", ["A-", "AB-", "A--", "A'-"])
def test_capitals_joined_by_hyphens_are_no_slow_dateline(unit: str) -> None:
    paragraph = (unit * 100)[:159] + "!"
    assert _seconds(lambda: dates.wire_dateline(paragraph)) < 0.05
    assert dates.wire_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("paragraph", "place", "agency"),
    [
        ("NEW-YORK, Jan. 13 (Reuters) - Stocks fell.", "NEW-YORK", "Reuters"),
        ("PORT-AU-PRINCE (AP) — Gangs blocked the road.", "PORT-AU-PRINCE", "AP"),
        ("WASHINGTON- The Senate voted on Tuesday.", None, None),
        ("RIO DE JANEIRO, March 4 (AFP) - Rain fell.", "RIO DE JANEIRO", "AFP"),
    ],
)
def test_datelines_with_hyphenated_places_read_as_before(
    paragraph: str, place: str | None, agency: str | None
) -> None:
    wire = dates.wire_dateline(paragraph)
    if place is None:
        assert wire is None
    else:
        assert wire is not None and wire.place == place and wire.agency == agency


@pytest.mark.parametrize("padding", [" " * 10_000, "\u00a0" * 20_000])
def test_a_name_padded_with_spaces_before_no_agency_is_read_at_once(padding: str) -> None:
    byline = "Anna Lindqvist" + padding + "0"
    assert _seconds(lambda: dates.without_trailing_agency(byline)) < 0.1
    assert dates.without_trailing_agency(byline) == byline


def test_an_agency_after_a_writers_name_still_goes() -> None:
    assert dates.without_trailing_agency("Anna Lindqvist   Reuters") == "Anna Lindqvist"


@pytest.mark.parametrize("count", [20_000, 40_000])
def test_a_line_of_spaces_in_a_markdown_copy_is_read_at_once(count: int) -> None:
    from desktop.ingest import plain

    line = " " * count + "x"
    assert _seconds(lambda: plain._TABLE_RULE.match(line)) < 0.1
    assert plain._TABLE_RULE.match(line) is None
    data = ("# Harbour levy to rise\n\n" + line + "\n\n" + STORY).encode()
    assert _seconds(lambda: read_bytes(data, "levy.md")) < 1.0


@pytest.mark.parametrize("rule", ["|---|---|", "| :--- | ---: |", "  ---  ", "|:---:|"])
def test_a_tables_rule_is_still_known(rule: str) -> None:
    from desktop.ingest import plain

    assert plain._TABLE_RULE.match(rule) is not None


@pytest.mark.parametrize("count", [20_000, 40_000])
def test_a_senders_name_padded_with_spaces_is_read_at_once(count: int) -> None:
    from desktop.ingest import plain

    name = "Jane Doe" + "\t" * count + "0"
    for pattern in (plain._SENDER_WITH_OUTLET, plain._SENDER_VIA):
        assert _seconds(lambda p=pattern: p.match(name)) < 0.1
        assert pattern.match(name) is None


def test_a_sender_with_an_outlet_or_a_mailer_is_still_read() -> None:
    from desktop.ingest import plain

    named = plain._SENDER_WITH_OUTLET.match("Jane Doe from The Ledger")
    assert named is not None and named.group("person") == "Jane Doe"
    assert named.group("outlet") == "The Ledger"
    via = plain._SENDER_VIA.match("The Ledger via Mailer")
    assert via is not None and via.group("name") == "The Ledger"
