"""Conflicts round 60: a speed told with no noun is the speed of the thing the story follows
("The bus was travelling at 74 km/h", "it was doing about 90 km/h on the bend"), one quantity
however each report words its motion; a limit names its own noun and stays apart. A speed
denied and said to be the one first told ("..., the investigators found, not 40 km/h as first
reported") is corrected by the number before it, however far off in the sentence. The stories
are invented for this round; HEAD a30f246f left every pair below unlinked."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from desktop.extract import extract


def _refs(*told: tuple[str, str]) -> list[FigureRef]:
    refs: list[FigureRef] = []
    for article, (day, text) in enumerate(told):
        published = date.fromisoformat(day)
        for figure in extract(text, published).figures:
            refs.append(FigureRef(len(refs), article, figure, published=published))
    return refs


def _relations(refs: list[FigureRef]) -> dict[tuple[str, str], str]:
    said = {r.id: r.figure.number_text for r in refs}
    return {(said[p.a], said[p.b]): p.relation for p in compare(refs).pairs}


def test_two_speeds_of_the_story_contradict_and_the_limit_stays_apart() -> None:
    relations = _relations(
        _refs(
            (
                "2032-07-20",
                "The coach was travelling at 62 km/h on a bend where the limit is 40 km/h, "
                "according to its tachograph.",
            ),
            ("2032-07-22", "A witness told investigators the coach was doing about 100 km/h."),
        )
    )
    assert relations.get(("62", "100")) == "contradiction"
    assert ("40", "100") not in relations


def test_a_speed_denied_as_first_reported_is_corrected() -> None:
    relations = _relations(
        _refs(
            ("2032-07-20", "Norlink said the train came off the rails at about 40 km/h."),
            (
                "2032-07-28",
                "The train was travelling at 46 km/h when it left the tracks, the investigators "
                "found, not 40 km/h as first reported.",
            ),
        )
    )
    assert relations.get(("40", "46")) == "update"
