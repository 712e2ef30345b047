"""Conflicts round 67: a count of two deeds joined by "or" beside a count of one of them.

Round 64 kept "312 flights were cancelled or diverted" apart from any count of flights
cancelled, so that the whole was never set against its part ("Airlines cancelled 260 flights"
told later: no contradiction). It also lost the count of one deed that grew into the whole
(round 10's droneshutdown: "At least 40 departures have been cancelled" on the Friday, "312
flights were cancelled or diverted" in the airport's release two days on, an update). Now the
two are paired, tentatively, except where the part is told on the whole's day or after it and
is no larger: that is only its part. On HEAD f0bb6211 every pair below but the guards was left
unpaired."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef, is_tentative
from desktop.extract import extract

FRI, SAT, SUN, MON = date(2034, 6, 9), date(2034, 6, 10), date(2034, 6, 11), date(2034, 6, 12)


def _refs(*told: tuple[str, date]) -> list[FigureRef]:
    refs: list[FigureRef] = []
    for article, (text, day) in enumerate(told):
        for figure in extract(text, day).figures:
            refs.append(FigureRef(len(refs), article, figure, published=day))
    return refs


def _relations(*told: tuple[str, date]) -> list[str]:
    return [p.relation for p in compare(_refs(*told)).pairs]


def test_the_part_told_first_and_lower_grew_into_the_whole() -> None:
    pairs = compare(
        _refs(
            ("At least 40 departures have been cancelled at Brenmoor airport.", SAT),
            ("In all, 290 flights were cancelled or diverted at Brenmoor airport.", MON),
        )
    ).pairs
    assert [p.relation for p in pairs] == ["update"]
    assert is_tentative(pairs[0].reason)
    assert "a part of cancelled or diverted" in pairs[0].reason


def test_the_part_told_later_and_higher_than_an_earlier_whole_is_an_update() -> None:
    assert _relations(
        ("By Friday evening 80 flights had been cancelled or diverted at Brenmoor airport.", SAT),
        ("Airlines have now cancelled 230 flights at Brenmoor airport.", MON),
    ) == ["update"]


def test_a_part_higher_than_the_whole_of_its_day_clashes() -> None:
    assert _relations(
        (
            "Some 200 flights were cancelled or diverted at Brenmoor airport on Saturday, the "
            "operator said.",
            SUN,
        ),
        (
            "The pilots' union said 260 flights were cancelled at Brenmoor airport on Saturday.",
            SUN,
        ),
    ) == ["contradiction"]


def test_a_part_told_later_and_lower_is_only_a_part() -> None:
    assert (
        _relations(
            (
                "In all, 290 flights were cancelled or diverted at Brenmoor airport on Saturday.",
                SUN,
            ),
            ("Airlines cancelled 240 flights at Brenmoor airport on Saturday.", MON),
        )
        == []
    )


def test_a_part_told_on_the_wholes_day_and_lower_is_only_a_part() -> None:
    assert (
        _relations(
            ("Some 300 flights were cancelled or diverted at Brenmoor airport on Saturday.", SUN),
            ("Airlines cancelled 250 flights at Brenmoor airport on Saturday.", SUN),
        )
        == []
    )


def test_another_place_or_another_thing_is_no_part() -> None:
    # guards: the part must count the same things (or a kind of them) in the same place
    assert (
        _relations(
            ("At least 40 flights have been cancelled at Tarn airport.", SAT),
            ("In all, 290 flights were cancelled or diverted at Brenmoor airport.", MON),
        )
        == []
    )
    assert (
        _relations(
            ("At least 40 trains have been cancelled at Brenmoor.", SAT),
            ("In all, 290 flights were cancelled or diverted at Brenmoor.", MON),
        )
        == []
    )
