"""Figures taken from test sentences as one article's reference each, and the relation the
cross-source comparison finds between two of them: shared by the conflict tests."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from desktop.extract.figures import find_figures
from desktop.extract.timex import find_timexes


def ref_containing(ref_id: int, text: str, number: str, published: date) -> FigureRef:
    """The first figure whose number text contains ``number``, as article ``ref_id``'s."""
    for figure in find_figures(text, published, find_timexes(text, published)):
        if number in figure.number_text:
            return FigureRef(id=ref_id, article_id=ref_id, figure=figure, published=published)
    raise AssertionError(f"no figure {number!r} in {text!r}")


def relation(a: FigureRef, b: FigureRef) -> str | None:
    """The relation compare() gives the pair, or None when it pairs them not at all."""
    report = compare([a, b])
    return report.pairs[0].relation if report.pairs else None
