"""Figures round 55: a count of two deeds joined by "or" ("312 flights were cancelled or
diverted", "Airlines cancelled or diverted 190 flights") is measured by both, never by one of
them. On HEAD 21a30481 the first was read as cancelled flights only (and set against another
outlet's "Airlines cancelled 260 flights and diverted 52": round 10's droneshutdown) and the
second had no measure. "destroyed or damaged" keeps its own name; a pair the reader knows as
one measure ("killed or injured": casualties) stays that one; synonyms ("arrested or
detained") are the one deed."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import Figure
from desktop.extract import extract

DAY = date(2032, 6, 13)


def _figure(text: str, number: str) -> Figure:
    return next(f for f in extract(text, DAY).figures if f.number_text == number)


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        (
            "In all, 312 flights were cancelled or diverted, the airport said.",
            "312",
            "cancelled or diverted",
        ),
        ("Airlines cancelled or diverted 190 flights on Sunday.", "190", "cancelled or diverted"),
        ("Some 7,000 buildings were destroyed or damaged.", "7,000", "destroyed or damaged"),
        ("Police said 40 people were arrested or detained on Friday.", "40", "arrested"),
    ],
)
def test_two_deeds_joined_by_or_measure_the_count(text: str, number: str, measure: str) -> None:
    assert _figure(text, number).measure == measure


def test_one_deed_alone_keeps_its_measure() -> None:
    assert _figure("Airlines cancelled 260 flights and diverted 52.", "260").measure == "cancelled"
    assert _figure("Police said 25 people were arrested on Friday.", "25").measure == "arrested"
