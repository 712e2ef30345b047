"""Figures round 54 (conflicts round 63): a sum told as lost in something ("Members lost about
14 million euros in fees", "Airlines have lost $2 billion in revenue") is that thing lost, as
"cost its members 9 million euros in lost fees" tells it; on HEAD 69e63fb6 it was read as a
fall of the subject (counted "Members", measure "fell"), so round 9's exchangeoutage could not
set the two tellings side by side. A share lost with no noun of money after it ("The party lost
3% in the polls") stays the subject's fall."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import Figure, FigureRef
from desktop.extract import extract

DAY = date(2033, 6, 20)


def _figure(text: str, number: str) -> Figure:
    return next(f for f in extract(text, DAY).figures if f.number_text == number)


def test_a_sum_lost_in_a_thing_is_that_thing_lost() -> None:
    figure = _figure(
        "Brokers lost about 11 million euros in fees, the regulator said.", "11 million"
    )
    assert (figure.counted, figure.measure) == ("lost fees", None)
    figure = _figure("Ferry operators have lost £30m in revenue since the strike began.", "£30m")
    assert figure.counted == "lost revenue"


def test_a_share_lost_stays_a_fall() -> None:
    figure = _figure("The Green party lost 3% in the polls.", "3%")
    assert figure.measure == "fell"


def test_the_two_tellings_meet() -> None:
    refs = [
        FigureRef(
            0,
            0,
            _figure(
                "Brokers lost about 11 million euros in fees, the regulator said.", "11 million"
            ),
            published=DAY,
        ),
        FigureRef(
            1,
            1,
            _figure(
                "The outage cost brokers about 6 million euros in lost fees, their association "
                "said.",
                "6 million",
            ),
            published=DAY,
        ),
    ]
    assert [p.relation for p in compare(refs).pairs] == ["contradiction"]
