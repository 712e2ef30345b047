"""Conflicts round 64: a distance between places is never the story's one other length. On
HEAD b0ad72f0 "Ash fell as far as the port of Selva, 140 km to the east" (no noun) joined the
ash column's group ("an ash column about 9 km into the sky") and was called a contradiction;
round 10's eruption had two such unjudged contradictions. Two tellers' distances of one place
still clash."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from desktop.extract import extract

DAY = date(2032, 5, 5)


def _refs(*texts: str) -> list[FigureRef]:
    refs: list[FigureRef] = []
    for article, text in enumerate(texts):
        for figure in extract(text, DAY).figures:
            refs.append(FigureRef(len(refs), article, figure, published=DAY))
    return refs


def test_a_distance_is_not_the_ash_columns_height() -> None:
    refs = _refs(
        "The volcano sent an ash column about 9 km into the sky, the observatory said.",
        "Ash fell as far as the port of Selva, 140 km to the east, the observatory said.",
    )
    assert compare(refs).pairs == []


def test_two_distances_of_one_place_still_clash() -> None:
    refs = _refs(
        "The epicentre was 40 km north of Tarvo, the seismology institute said.",
        "The quake's epicentre was 65 km north of Tarvo, the geological survey said.",
    )
    assert [p.relation for p in compare(refs).pairs] == ["contradiction"]
