"""Figures round 54 (conflicts round 63): a count whose people are told by two places, the
second a kind of place and its name after "and" ("residents of Carrowmoor and the neighbouring
hamlet of Dosse have been evacuated"), keeps the verb after both as its measure; on HEAD
69e63fb6 the second place ended the subject's reach and the count had no measure, so round 9's
landslide pack read it against "The 120 residents of the upper village" as one count. A deed
of its own after "and" ("and damaged 60 more") stays the next deed."""

from __future__ import annotations

from datetime import date

from desktop.domain import Figure
from desktop.extract import extract

DAY = date(2033, 2, 14)


def _figure(text: str, number: str) -> Figure:
    return next(f for f in extract(text, DAY).figures if f.number_text == number)


def test_a_second_place_named_by_its_kind_keeps_the_verb() -> None:
    figure = _figure(
        "About 700 residents of Tolvane and the neighbouring hamlet of Brisk have been "
        "evacuated, most of them to a school in Varno.",
        "700",
    )
    assert (figure.counted, figure.measure) == ("residents", "evacuated")
    figure = _figure("Some 40 people in Ostrel and the village of Kell were injured.", "40")
    assert (figure.counted, figure.measure) == ("people", "injured")


def test_a_deed_after_and_is_its_own() -> None:
    text = "The flood destroyed 42 homes in Brackley and damaged 60 more."
    assert _figure(text, "42").measure == "destroyed"
    assert _figure(text, "60").measure == "damaged"
