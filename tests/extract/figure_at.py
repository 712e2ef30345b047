"""The figure a test sentence holds at a given number: shared by the figures tests."""

from __future__ import annotations

from datetime import date

from desktop.domain import Figure
from desktop.extract.figures import find_figures


def figure_at(text: str, number: str, published: date) -> Figure:
    """The figure whose span covers the first occurrence of ``number`` in ``text``."""
    start = text.index(number)
    found = find_figures(text, published)
    for f in found:
        if f.start <= start < f.end:
            return f
    raise AssertionError(f"no figure at {number!r} in {text!r}: {found}")
