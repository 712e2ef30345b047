"""Figures found in a test sentence with its time expressions, as the pipeline finds them:
shared by the figures tests, each of which keeps its own publication date."""

from __future__ import annotations

from datetime import date

from desktop.domain import Figure
from desktop.extract.figures import find_figures
from desktop.extract.timex import find_timexes


def figures_in(text: str, published: date) -> list[Figure]:
    """Every figure in ``text``, read with the time expressions that date it."""
    return find_figures(text, published, find_timexes(text, published))


def figure_containing(text: str, number: str, published: date) -> Figure:
    """The first figure whose number text contains ``number``."""
    for f in figures_in(text, published):
        if number in f.number_text:
            return f
    raise AssertionError(f"no figure {number!r} in {text!r}")


def figure_numbered(text: str, number: str, published: date) -> Figure:
    """The first figure whose number text is exactly ``number``."""
    for f in figures_in(text, published):
        if f.number_text == number:
            return f
    raise AssertionError(f"{number!r} not found in {text!r}")


def numbers_in(text: str, published: date) -> list[str]:
    """The number text of every figure in ``text``, in order."""
    return [f.number_text for f in figures_in(text, published)]
