"""Round 16 comparison rules: a hedged projection against a count."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare, quantity_of
from desktop.domain import FigureRef
from desktop.extract.figures import find_figures
from desktop.extract.timex import find_timexes

DAY = date(1999, 8, 19)


def _ref(ref_id: int, text: str, number: str, published: date = DAY) -> FigureRef:
    for figure in find_figures(text, published, find_timexes(text, published)):
        if number in figure.number_text:
            return FigureRef(id=ref_id, article_id=ref_id, figure=figure, published=published)
    raise AssertionError(f"no figure {number!r} in {text!r}")


def _relation(a: FigureRef, b: FigureRef) -> str | None:
    report = compare([a, b])
    return report.pairs[0].relation if report.pairs else None


def test_a_projected_toll_is_not_compared_with_a_count() -> None:
    a = _ref(1, "Officials warned the number of dead could reach 40,000.", "40,000")
    b = _ref(2, "The earthquake killed 12,000 people, officials said.", "12,000")
    assert a.figure.hedged and not b.figure.hedged
    assert _relation(a, b) is None


def test_two_projections_of_one_toll_still_compare() -> None:
    a = _ref(1, "Officials warned the death toll could reach 40,000.", "40,000")
    b = _ref(2, "Aid agencies said the death toll may rise to 10,000.", "10,000")
    assert a.figure.hedged and b.figure.hedged
    assert _relation(a, b) == "contradiction"


def test_a_projection_has_a_key_of_its_own() -> None:
    a = _ref(1, "The toll could exceed 500, the governor said.", "500")
    b = _ref(2, "The toll rose to 500, the governor said.", "500")
    qa, qb = quantity_of(a.figure), quantity_of(b.figure)
    assert qa is not None and qb is not None
    assert qa.key != qb.key and qa.measure == qb.measure
