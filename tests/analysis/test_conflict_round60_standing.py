"""Conflicts round 60: people told as they stand, once with a word of time and once without,
are still the one measured count of them.

Round 9's port strike told its strikers four ways: "about 2,400 of its members have joined the
strike", "More than 3,000 dockers are now on strike", "has the support of 3,400 dockers" and
"only 2,600 dockers had joined the strike". The two unmeasured dockers (one told "now", one with
no word of time) stayed a group of their own, apart from the two who joined, so the union's
3,400 was never set beside the port bosses' 2,600. A group of a people's noun (a trade, workers,
staff) told with no verb is taken into the one measured count of them when each of its figures
is told as it stands, or with no word of time, and one at least says so; before, all had to.

The stories below are invented for this round, their answers written before the first run
(HEAD a2ffec81: two groups, the nurses told with no verb apart from those who joined, so the
union's 2,900 and the board's 1,950 were not linked, nor were 1,700 and 2,400).
"""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import Figure, FigureRef
from desktop.extract import extract


def _figure(text: str, published: date, number: str) -> Figure:
    return next(f for f in extract(text, published).figures if f.number_text == number)


def _relations(items: list[tuple[str, str, str]]) -> dict[frozenset[int], str]:
    refs = []
    for i, (day, text, number) in enumerate(items):
        published = date.fromisoformat(day)
        refs.append(FigureRef(i, i, _figure(text, published, number), published=published))
    return {frozenset((p.a, p.b)): p.relation for p in compare(refs).pairs}


NURSES = [
    ("2032-09-06", "The union says about 1,700 of its members have joined the strike.", "1,700"),
    (
        "2032-09-08",
        "More than 2,400 nurses are now on strike across Rellin's hospitals, the union said.",
        "2,400",
    ),
    (
        "2032-09-10",
        "The walkout at Rellin's hospitals, now in its fifth day, has the backing of 2,900 nurses.",
        "2,900",
    ),
    (
        "2032-09-13",
        "The hospital board insisted that only 1,950 nurses had joined the strike.",
        "1,950",
    ),
]


def test_people_told_now_and_with_no_time_join_those_who_joined() -> None:
    relations = _relations(NURSES)
    # the union's 2,900 against the board's 1,950: one count, two claims
    assert relations.get(frozenset((2, 3))) == "contradiction"
    # the union's own count told again, higher, days later
    assert relations.get(frozenset((0, 1))) == "update"


def test_a_count_with_no_time_alone_stays_apart() -> None:
    # with no figure of them told as it stands, people counted with no verb and no time may be
    # of anything done to them: "2,900 nurses" is no count of the strike's
    relations = _relations(
        [
            ("2032-09-06", "About 1,700 nurses have joined the strike, the union says.", "1,700"),
            ("2032-09-10", "The city's hospitals employ 2,900 nurses.", "2,900"),
            ("2032-09-11", "Rellin trained 2,600 nurses last year.", "2,600"),
        ]
    )
    assert frozenset((0, 1)) not in relations
    assert frozenset((0, 2)) not in relations
