"""Pure extraction over text and a publication date: time expressions, facts, figures. No I/O."""

from __future__ import annotations

from datetime import date

from desktop.domain import Extraction

#: Languages whose figures the figure reader can read. Its grammar (units, counted nouns,
#: qualifiers) is English, and other languages write numbers differently: "3,2 millones" is
#: 3.2 million, which an English reader takes for 3 and 2. A wrong figure is worse than none,
#: because it would be compared with other sources' figures.
FIGURE_LANGUAGES = frozenset({"en"})


def extract(text: str, published: date | None, language: str = "en") -> Extraction:
    """Run every extractor over an article's cleaned text. ``language`` is the one import
    read the story to be in: a story in another language than English keeps its time
    expressions and facts (dates written in digits are still found) but gets no figures."""
    from desktop.extract.entities import find_entities
    from desktop.extract.facts import find_facts
    from desktop.extract.figures import find_figures
    from desktop.extract.timex import find_timexes

    timexes = find_timexes(text, published)
    facts = find_facts(text, timexes, published)
    figures = find_figures(text, published, timexes) if language in FIGURE_LANGUAGES else []
    # names are read in any language written in Latin capitals; the rules are English ones
    entities = find_entities(text)
    return Extraction(timexes=timexes, facts=facts, figures=figures, entities=entities)
