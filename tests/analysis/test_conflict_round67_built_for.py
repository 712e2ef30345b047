"""Conflicts round 67: what a place was built for is its capacity, not a count held.

Round 11's prisonbreak: "The prison, built for 900 inmates, held 1,340" was set against the
prison service's "Kestrel Ridge held 1,180 prisoners" (an unjudged contradiction on HEAD
9f857c15: inmates and prisoners are one noun, and "built for" read no measure). "built",
"meant" or "intended" for a number, or to hold it, is now a capacity, as "designed for" and
"can hold" already were; a sum a thing was built for is what it cost."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from desktop.extract import extract

DAY = date(2034, 12, 2)


def _measures(text: str) -> list[str | None]:
    return [f.measure for f in extract(text, DAY).figures]


def _relations(*texts: str) -> list[str]:
    refs: list[FigureRef] = []
    for article, text in enumerate(texts):
        for figure in extract(text, DAY).figures:
            refs.append(FigureRef(len(refs), article, figure, published=DAY))
    return [p.relation for p in compare(refs).pairs]


def test_built_for_is_a_capacity() -> None:
    assert _measures("The stadium, built for 30,000 fans, was packed on Saturday.") == ["capacity"]
    assert _measures("The camp was meant for 20,000 people.") == ["capacity"]


def test_a_sum_built_for_is_no_capacity() -> None:
    assert _measures("The bridge, built for $300 million, opened in 2020.") == [None]


def test_a_capacity_is_not_the_crowd_inside() -> None:
    assert (
        _relations(
            "The stadium, built for 30,000 fans, was packed on Saturday.",
            "Police said 42,000 fans were inside the stadium on Saturday.",
        )
        == []
    )


def test_two_capacities_of_one_place_clash() -> None:
    assert _relations(
        "The Orla Arena was built for 30,000 spectators, the council said.",
        "The Orla Arena can hold 35,000 spectators, its owners say.",
    ) == ["contradiction"]
