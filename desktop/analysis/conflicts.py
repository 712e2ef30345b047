"""Groups figures that report the same quantity and relates every cross-article pair."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.domain import FigureGroup, FigurePair, FigureRef


@dataclass(slots=True)
class ConflictReport:
    groups: list[FigureGroup] = field(default_factory=list)
    pairs: list[FigurePair] = field(default_factory=list)


def compare(figures: Sequence[FigureRef]) -> ConflictReport:
    """Placeholder until the conflict engine lands (issue 4): reports nothing."""
    return ConflictReport()
