"""Conflicts round 67: prisoners who escaped, and escapees caught again.

Round 11's prisonbreak: "Six of the escapees had been caught by Sunday evening" had no
measure beside "Police have recaptured 14 of the escapees" (captured), so the two were never
linked (the answers' update); "29 prisoners, not 27 as first reported, had escaped" counted no
deed at all. On HEAD 24a18b5a: "caught" and "recaptured" are now captured (not "caught fire",
"caught on camera", "caught up in"), "escaped" counts those who got away (not "the escaped
inmates", a word of the people, nor tonnes of a gas let out). A number told in place of one
"first reported" corrects the reports told before the correction's article, not only those
before the day it counts: Monday's 18 inmates who escaped on Sunday, corrected on Tuesday to
21, is updated, not contradicted."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from desktop.extract import extract

MON, TUE, WED = date(2034, 8, 7), date(2034, 8, 8), date(2034, 8, 9)


def _measures(text: str) -> list[str | None]:
    return [f.measure for f in extract(text, TUE).figures if not f.denied]


def _relations(*told: tuple[str, date]) -> list[str]:
    refs: list[FigureRef] = []
    for article, (text, day) in enumerate(told):
        for figure in extract(text, day).figures:
            refs.append(FigureRef(len(refs), article, figure, published=day))
    return [p.relation for p in compare(refs).pairs]


def test_escaped_and_caught_are_deeds_of_their_own() -> None:
    assert _measures("Police said 29 prisoners had escaped from the prison.") == ["escaped"]
    assert _measures("Six of the escapees had been caught by Sunday evening.") == ["captured"]
    assert _measures("Police have recaptured 14 of the escapees.") == ["captured"]


def test_other_senses_are_no_such_deed() -> None:
    assert _measures("Five of the escaped inmates remain at large.") == ["at large"]
    assert _measures("The agency said 20 tonnes of chlorine had escaped.") == [None]
    assert _measures("Three buses caught fire on the bridge.") == [None]
    assert _measures("Some 300 people were caught up in the crush.") == [None]


def test_escapees_caught_and_then_recaptured_is_an_update() -> None:
    assert _relations(
        ("Five of the escapees had been caught by Monday evening, police said.", TUE),
        ("Police have recaptured 12 of the escapees.", date(2034, 8, 10)),
    ) == ["update"]


def test_a_number_first_reported_is_corrected_when_the_correction_is_told() -> None:
    assert _relations(
        ("Police were hunting for 18 inmates who escaped from Morrow Hill prison on Sunday.", MON),
        (
            "The justice ministry said 21 prisoners, not 18 as first reported, had escaped from "
            "Morrow Hill prison on Sunday.",
            TUE,
        ),
    ) == ["update"]


def test_those_back_in_custody_are_not_those_who_escaped() -> None:
    # guard: the part of the escapees caught again is no count of the escape
    assert (
        _relations(
            ("Of the 21 prisoners who escaped, 9 are back in custody.", WED),
            ("Twenty-one prisoners escaped from Morrow Hill prison on Sunday.", TUE),
        )
        == []
    )
