"""Time expressions: discovery (our own grammar) and normalisation against a publication date."""

from __future__ import annotations

from datetime import date

from desktop.domain import TimeExpression


def find_timexes(text: str, published: date | None) -> list[TimeExpression]:
    """Placeholder until the time-expression engine lands (issue 3): finds nothing."""
    return []
