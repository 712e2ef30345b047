"""Figures round 55: "one" told as the only one, with its noun ("Investigators now say only one
drone was flown over the runway, not two as first reported", "Just one hospital remains open")
is a count, though nothing the reader names as a measure happens to it. On HEAD 5040e9d8 it was
dropped as the pronoun "one" is, so round 10's droneshutdown had no figure for the one drone
and could not read the correction of the two first reported. "the only one who came back" is
still a pronoun."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from desktop.extract import extract

JUN11, JUN25 = date(2032, 6, 11), date(2032, 6, 25)
ONE = (
    "Investigators now say only one drone was flown over the runway at Farrow, not two as "
    "first reported."
)


def test_only_one_with_its_noun_is_a_count() -> None:
    (one,) = [f for f in extract(ONE, JUN25).figures if f.number_text == "one"]
    assert (one.low, one.counted) == (1.0, "drone")
    (hospital,) = extract("Just one hospital remains open in the city.", JUN25).figures
    assert (hospital.low, hospital.counted) == (1.0, "hospital")


def test_the_only_one_is_a_pronoun() -> None:
    assert extract("She was the only one who came back to the village.", JUN25).figures == []


def test_the_one_drone_corrects_the_two_first_reported() -> None:
    refs: list[FigureRef] = []
    first = "Flights were halted at Farrow after two drones were seen over the runway."
    for article, (text, day) in enumerate(((first, JUN11), (ONE, JUN25))):
        for figure in extract(text, day).figures:
            refs.append(FigureRef(len(refs), article, figure, published=day))
    two = next(r.id for r in refs if r.article_id == 0)
    one = next(r.id for r in refs if r.figure.number_text == "one")
    linked = {frozenset((p.a, p.b)): p.relation for p in compare(refs).pairs}
    assert linked.get(frozenset((two, one))) == "update"
