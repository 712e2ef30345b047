"""Conflicts round 62: two gates of the context tier (desktop/analysis/_context.py).

A rate ("treats about 380,000 patients a year") is not a count made once ("the records of about
290,000 patients were stolen"): the tier pairs a rate only with a rate of the same period. An
offer or a bid ("its 450p offer") is not a market's price ("closed at 412p"): two measures.
Both false alarms were seen in the default pack run (hospitalhack, takeover); the stories here
are invented, and their answers (not linked) were written before the first run. First run, on
HEAD 6aa33bec: both stories already unlinked there (the tier weighed no pair of theirs past its
threshold: they are guards); the rate read and the offer gate (all 9 unit tests) fail on HEAD.
The test's own look-up of "412p" by the number's text was fixed to "412" after that run."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from desktop.analysis import _context as context
from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from desktop.extract.figures import find_figures
from desktop.extract.timex import find_timexes

#: a clinic network hacked: its yearly patients and the patients whose records were taken
CLINICS = [
    (
        date(2033, 2, 7),
        "Hackers reach Orvane clinic servers",
        "The Orvane clinic network, which employs 6,200 staff and treats about 380,000 "
        "patients a year, said on Monday that hackers had reached its servers. The network "
        "runs 41 clinics across the Sarrow region.",
    ),
    (
        date(2033, 2, 9),
        "Orvane says patient records stolen",
        "The Orvane clinic network said on Wednesday that the records of about 290,000 "
        "patients had been stolen. The network has closed 3 clinics while the servers are "
        "checked.",
    ),
]

#: a takeover: the target's market price and the bidder's offer, told with the bid near both
TAKEOVER = [
    (
        date(2033, 5, 10),
        "Pellam shares climb",
        "Shares in Pellam Brewing closed at 412p on Tuesday, ahead of Dorran's expected bid "
        "for the brewer. Pellam runs 96 pubs in the Lowmarch valley.",
    ),
    (
        date(2033, 5, 13),
        "Dorran stands firm on Pellam bid",
        "Dorran said on Friday that it would not raise its 450p bid for Pellam Brewing. "
        "Dorran owns 210 pubs.",
    ),
]


def _story(articles: list[tuple[date, str, str]]) -> tuple[list[FigureRef], dict[int, str]]:
    refs: list[FigureRef] = []
    about: dict[int, str] = {}
    for article_id, (day, title, text) in enumerate(articles, 1):
        about[article_id] = f"{title}\n{text}"
        for figure in find_figures(text, day, find_timexes(text, day)):
            refs.append(FigureRef(len(refs) + 1, article_id, figure, f"outlet {article_id}", day))
    return refs, about


def _id(refs: list[FigureRef], number: str) -> int:
    return next(r.id for r in refs if number in r.figure.number_text)


def _linked(refs: list[FigureRef], about: dict[int, str], one: str, other: str) -> bool:
    ids = {_id(refs, one), _id(refs, other)}
    return any({p.a, p.b} == ids for p in compare(refs, about=about).pairs)


def test_a_yearly_rate_is_not_paired_with_a_count_made_once() -> None:
    refs, about = _story(CLINICS)
    assert not _linked(refs, about, "380,000", "290,000")


def test_a_share_price_is_not_paired_with_an_offer() -> None:
    refs, about = _story(TAKEOVER)
    assert not _linked(refs, about, "412", "450")


def _rate(sentence: str, number: str) -> str:
    figure = next(f for f in find_figures(sentence, date(2033, 1, 5)) if number in f.text)
    told = context.read(FigureRef(1, 1, figure, "outlet", date(2033, 1, 5)), sentence)
    assert told is not None
    return told.rate


@pytest.mark.parametrize(
    ("sentence", "number", "rate"),
    [
        ("The hospital treats 90,000 patients a year.", "90,000", "year"),
        ("The port handles 4,000 containers per day.", "4,000", "day"),
        ("The mine produced 12,000 tonnes of copper annually.", "12,000", "year"),
        ("Some 300 trucks cross the bridge every week.", "300", "week"),
        ("The plant treated 2,000 patients a year ago.", "2,000", ""),
        ("The union said 3,000 workers joined a year-long strike.", "3,000", ""),
        ("Police arrested 45 people a day after the march.", "45", ""),
        ("The records of 290,000 patients were stolen.", "290,000", ""),
    ],
)
def test_the_rate_read_after_a_figure(sentence: str, number: str, rate: str) -> None:
    assert _rate(sentence, number) == rate


@dataclass(frozen=True)
class _Frame:
    unit: str = "pence"
    measure: str = ""
    scope: str = ""
    window: str = ""
    modifiers: frozenset[str] = frozenset()
    head: str = ""


def test_an_offer_and_another_named_measure_are_gated_apart() -> None:
    offer, share = _Frame(head="offer"), _Frame(head="share")
    assert not context._gated(offer, share)
    assert not context._gated(_Frame(head="demand"), _Frame(head="award"))
    # two offers, or an offer and a figure that names nothing, may be one quantity
    assert context._gated(offer, _Frame(head="bid"))
    assert context._gated(offer, _Frame())
    assert context._gated(share, _Frame(head="share"))
