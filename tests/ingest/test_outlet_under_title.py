"""A plain-text copy that names its outlet on a line of its own between the headline and the
date line: that line is the source (before an agency code in the dateline), not the body.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from desktop.ingest import read_bytes

LEAD = (
    "Ferry crossings to Holm Island were suspended for a second day as gales kept the harbour "
    "closed, the operator said on Tuesday."
)
MORE = "About 600 passengers were waiting for the first sailing, which may leave on Thursday."


def _copy(*lines: str) -> bytes:
    return "\n".join(lines).encode()


def test_an_outlet_line_between_the_headline_and_the_date_is_the_source() -> None:
    article = read_bytes(
        _copy("Gales keep Holm Island ferries in port", "", "The Quayside Packet", "11 March 2025",
              "", LEAD, "", MORE),
        "ferries.txt",
    )  # fmt: skip
    assert article.source == "The Quayside Packet"
    assert article.published == date(2025, 3, 11)
    assert "Quayside Packet" not in article.text


def test_the_outlet_line_wins_over_the_agency_code_in_the_dateline() -> None:
    article = read_bytes(
        _copy("Gales keep Holm Island ferries in port", "", "Northsound Wire", "11 March 2025",
              "", f"HOLM, March 11 (NSW) - {LEAD}", "", MORE),
        "ferries.txt",
    )  # fmt: skip
    assert article.source == "Northsound Wire"
    assert not article.text.startswith("Northsound Wire")


def test_without_an_outlet_line_the_agency_code_is_still_the_source() -> None:
    article = read_bytes(
        _copy("Gales keep Holm Island ferries in port", "", "11 March 2025", "",
              f"HOLM, March 11 (NSW) - {LEAD}", "", MORE),
        "ferries.txt",
    )  # fmt: skip
    assert article.source == "NSW"


def test_a_person_under_the_headline_is_no_outlet() -> None:
    person = read_bytes(
        _copy("Gales keep Holm Island ferries in port", "", "Marit Solberg", "11 March 2025",
              "", LEAD, "", MORE),
        "ferries.txt",
    )  # fmt: skip
    assert person.source != "Marit Solberg"
