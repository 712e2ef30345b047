"""Conflicts round 67: people still at large are a level that falls as they are caught.

Round 11's prisonbreak told "15 were still at large" (Tuesday), "Seven remain at large"
(Thursday) and "Four escapees remain at large" (a week on): on HEAD e173feff the reader gave
the counts no measure, so "Seven", which names nothing, said too little to be compared, and
the three were never linked (two updates the answers want). "at large" and "on the run" now
count those not yet caught, a level (``LEVELS``) like the missing."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from desktop.extract import extract

TUE, THU, FRI = date(2033, 9, 13), date(2033, 9, 15), date(2033, 9, 16)


def _measures(text: str) -> list[str | None]:
    return [f.measure for f in extract(text, TUE).figures]


def _relations(*told: tuple[str, date]) -> list[str]:
    refs: list[FigureRef] = []
    for article, (text, day) in enumerate(told):
        for figure in extract(text, day).figures:
            refs.append(FigureRef(len(refs), article, figure, published=day))
    return [p.relation for p in compare(refs).pairs]


def test_still_at_large_and_on_the_run_are_one_measure() -> None:
    assert _measures("Seven remain at large, the prison service said.") == ["at large"]
    assert _measures("Police said five gunmen were still on the run.") == ["at large"]
    assert _measures("Four escapees remain at large.") == ["at large"]


def test_the_public_at_large_and_a_run_up_are_no_measure() -> None:
    assert _measures("About 5% of the public at large backs the plan, the poll found.") == [None]
    assert _measures("In the run-up to the vote, 40 people were arrested.") == ["arrested"]


def test_fewer_at_large_days_later_is_an_update() -> None:
    assert _relations(
        ("The minister said 15 of the escaped prisoners were still at large.", TUE),
        ("Seven remain at large, the prison service said.", THU),
    ) == ["update"]


def test_two_counts_at_large_told_on_one_day_clash() -> None:
    assert _relations(
        ("Three of the gunmen remain at large, the interior ministry said.", FRI),
        ("Police said five gunmen were still on the run.", FRI),
    ) == ["contradiction"]


def test_those_who_escaped_or_were_caught_are_not_those_at_large() -> None:
    # guards: the deed of the whole escape and of the recapture are other quantities
    assert (
        _relations(
            ("Twelve inmates escaped from Tolvern jail on Monday night.", TUE),
            ("Four inmates remain at large, police said.", THU),
        )
        == []
    )
    assert (
        _relations(
            ("Police have recaptured 8 of the escapees.", THU),
            ("Four escapees are still at large.", THU),
        )
        == []
    )
