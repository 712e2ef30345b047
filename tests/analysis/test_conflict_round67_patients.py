"""Conflicts round 67: patients admitted to hospital are the people hospitalised.

Round 11's methanol: "A total of 81 patients have been admitted to hospital" and, two weeks
on, "96 people had been treated in hospital in all" were two quantities on HEAD d65b19a1
(patients, people), never linked (the answers' update). In hospital the people are its
patients: the head "patient" of the measure hospitalised counts people."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare, quantity_of
from desktop.domain import FigureRef
from desktop.extract import extract


def _refs(*told: tuple[str, date]) -> list[FigureRef]:
    refs: list[FigureRef] = []
    for article, (text, day) in enumerate(told):
        for figure in extract(text, day).figures:
            refs.append(FigureRef(len(refs), article, figure, published=day))
    return refs


def test_patients_in_hospital_and_people_in_hospital_are_one_count() -> None:
    pairs = compare(
        _refs(
            (
                "A total of 54 patients have been admitted to hospital after eating at the Gull "
                "Inn, the health board said.",
                date(2034, 9, 2),
            ),
            (
                "In all, 70 people have been treated in hospital after eating at the Gull Inn, "
                "the health board said.",
                date(2034, 9, 5),
            ),
        )
    ).pairs
    assert [p.relation for p in pairs] == ["update"]


def test_other_patients_keep_their_noun() -> None:
    # guards: patients with no stay in hospital, and a kind of patient, are not "people"
    (seen,) = extract("The clinic saw 400 patients last week.", date(2034, 9, 5)).figures
    q = quantity_of(seen)
    assert q is not None and q.head == "patient"
    (kind,) = extract("Twelve cancer patients were admitted to hospital.", date(2034, 9, 5)).figures
    q = quantity_of(kind)
    assert q is not None and q.head == "patient"
