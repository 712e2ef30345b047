"""Figures: numbers with qualifiers, what they count, the measure, who said it, as of when."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desktop.domain import Figure, TimeExpression


def find_figures(
    text: str, published: date | None, timexes: Sequence[TimeExpression] = ()
) -> list[Figure]:
    """Placeholder until the figure extractor lands (issue 4): finds nothing."""
    return []
