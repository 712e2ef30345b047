"""Facts: the clause a DATE/TIME expression anchors, dated by it."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.domain import Fact, TimeExpression


def find_facts(text: str, timexes: Sequence[TimeExpression]) -> list[Fact]:
    """Placeholder until the fact extractor lands (issue 3): finds nothing."""
    return []
