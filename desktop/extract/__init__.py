"""Pure extraction over text and a publication date: time expressions, facts, figures. No I/O."""

from __future__ import annotations

from datetime import date

from desktop.domain import Extraction


def extract(text: str, published: date | None) -> Extraction:
    """Run every extractor over an article's cleaned text."""
    from desktop.extract.facts import find_facts
    from desktop.extract.figures import find_figures
    from desktop.extract.timex import find_timexes

    timexes = find_timexes(text, published)
    facts = find_facts(text, timexes, published)
    figures = find_figures(text, published, timexes)
    return Extraction(timexes=timexes, facts=facts, figures=figures)
