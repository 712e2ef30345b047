"""Conflicts round 64: a later teller that names the earlier count it replaces ("Airlines
cancelled 310 flights on Wednesday, the regional air navigation agency said on Friday, more
than the 220 first reported") updates an earlier report of that count told with no teller
("Airlines cancelled 220 flights on Wednesday"), not only one of its own. On HEAD 64a0efe4 the
two were a contradiction (round 10's eruption): the bare 220 was read as counting "first", and
a named revision was taken only from the same teller. A count another teller gave stays that
teller's own: the two still clash."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from desktop.extract import extract

TUE, THU = date(2032, 9, 7), date(2032, 9, 9)

EARLIER = "Airlines cancelled 90 flights at Lorne airport on Tuesday."
RIVAL = "The pilots' union said 90 flights were cancelled at Lorne airport on Tuesday."
LATER = (
    "The airport authority said 130 flights were cancelled at Lorne airport on Tuesday, "
    "more than the 90 first reported."
)


def _refs(first: str) -> list[FigureRef]:
    refs: list[FigureRef] = []
    for article, (text, day) in enumerate(((first, TUE), (LATER, THU))):
        for figure in extract(text, day).figures:
            refs.append(FigureRef(len(refs), article, figure, published=day))
    return refs


def _relation(refs: list[FigureRef]) -> str | None:
    earlier = next(r.id for r in refs if r.article_id == 0 and r.figure.number_text == "90")
    later = next(r.id for r in refs if r.figure.number_text == "130")
    pairs = {frozenset((p.a, p.b)): p for p in compare(refs).pairs}
    pair = pairs.get(frozenset((earlier, later)))
    return pair.relation if pair else None


def test_a_count_told_with_no_teller_is_the_one_the_later_teller_names() -> None:
    refs = _refs(EARLIER)
    assert _relation(refs) == "update"


def test_another_tellers_count_is_not_revised_by_this_one() -> None:
    # the authority names the first report, but the union's count is the union's own claim
    assert _relation(_refs(RIVAL)) == "contradiction"


def test_with_no_named_count_the_two_clash() -> None:
    refs: list[FigureRef] = []
    plain = "The airport authority said 130 flights were cancelled at Lorne airport on Tuesday."
    for article, (text, day) in enumerate(((EARLIER, TUE), (plain, THU))):
        for figure in extract(text, day).figures:
            refs.append(FigureRef(len(refs), article, figure, published=day))
    pairs = compare(refs).pairs
    assert [p.relation for p in pairs] == ["contradiction"]
