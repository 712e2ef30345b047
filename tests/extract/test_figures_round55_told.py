"""Figures round 55: an adverb of an earlier telling right after a number ("more than the 220
first reported", "fewer than the 60 initially reported", "not the 15,000 originally claimed")
says when the count was told, never what it counts. On HEAD 64a0efe4 "first", "initially" and
"originally" were read as the counted noun, so the bare number a teller names as its earlier
count could not be read as one (round 10's eruption: "Airlines cancelled 310 flights ..., more
than the 220 first reported")."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import Figure
from desktop.extract import extract

DAY = date(2032, 9, 8)


def _figure(text: str, number: str) -> Figure:
    return next(f for f in extract(text, DAY).figures if f.number_text == number)


@pytest.mark.parametrize(
    ("text", "number", "adverb"),
    [
        (
            "Airlines cancelled 310 flights on Wednesday, more than the 220 first reported.",
            "220",
            "first",
        ),
        (
            "The council said 48 homes were flooded in Darrow, fewer than the 60 initially reported.",
            "60",
            "initially",
        ),
        (
            "The festival sold 12,400 tickets, not the 15,000 originally claimed by its organisers.",
            "15,000",
            "originally",
        ),
        (
            "Police said 41 people were held, up from the 35 previously announced on Monday.",
            "35",
            "previously",
        ),
    ],
)
def test_the_earlier_telling_is_no_noun_of_the_count(text: str, number: str, adverb: str) -> None:
    figure = _figure(text, number)
    # no noun at all, or one the sentence shares with the number ("the 35" people held)
    assert adverb not in (figure.counted or "").split()


def test_the_bare_number_is_read_without_a_noun() -> None:
    assert (
        _figure("Airlines cancelled 310 flights, more than the 220 first reported.", "220").counted
        is None
    )


def test_a_noun_after_the_telling_is_still_counted() -> None:
    # the telling is then a modifier of the noun after it, and the noun is what is counted
    assert _figure("It has 40 earlier models in stock.", "40").counted == "earlier models"
    assert _figure("Airlines cancelled 310 flights on Wednesday.", "310").counted == "flights"
