"""Conflicts round 63: "Volunteers had collected 1,450 oiled birds by Monday, about 300 of them
alive" tells a part found alive, never all the birds; on HEAD 69e63fb6 the 300 was read as the
whole count and set against other outlets' counts of the oiled birds (round 9's tankerspill, an
unjudged contradiction). The part is bounded by its state, as "nine of them with head wounds"
is by its harm; the whole still meets another outlet's whole."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import Figure, FigureRef
from desktop.extract import extract

MON = date(2033, 3, 7)

COLLECTED = "Volunteers had collected 2,100 oiled seabirds by Monday, about 400 of them alive."
OTHER = "Wardens said on Monday that 1,200 oiled seabirds had been collected."


def _figure(text: str, number: str) -> Figure:
    return next(f for f in extract(text, MON).figures if f.number_text == number)


def test_the_part_found_alive_is_bounded_by_its_state() -> None:
    assert _figure(COLLECTED, "400").scope == "alive"
    assert _figure("Divers pulled 30 people from the ferry, 11 of them alive.", "11").scope == (
        "alive"
    )
    assert _figure(COLLECTED, "2,100").scope is None


def test_the_part_is_never_set_against_a_whole() -> None:
    refs = [
        FigureRef(0, 0, _figure(COLLECTED, "2,100"), published=MON),
        FigureRef(1, 0, _figure(COLLECTED, "400"), published=MON),
        FigureRef(2, 1, _figure(OTHER, "1,200"), published=MON),
    ]
    linked = {(p.a, p.b): p.relation for p in compare(refs).pairs}
    assert not any(1 in pair for pair in linked)
    assert linked == {(0, 2): "contradiction"}
