"""The facts search as the analyst types it: words, "quoted phrases", -exclusions and
``source:``, ``tag:``, ``note:`` prefixes. Qt-free, so it is tested and timed on its own.

A bare word or phrase is looked for in the fact's text and in the analyst's note on it (a
fact-checker finds "check with ministry" written in a note as readily as in the sentence).
Every term must hold; a term after a minus must not. A prefix with nothing after it asks
whether the fact has any (``note:`` facts with a note, ``-tag:`` facts with no tag).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from desktop.domain import Figure
from desktop.domain.records import FactRecord, FigureRecord, GroupRecord, PairRecord

Field = Literal["any", "source", "tag", "note", "text"]

#: what may be written before a colon, and the field it names ("outlet" is the analyst's
#: other word for a source)
PREFIXES: dict[str, Field] = {
    "source": "source",
    "outlet": "source",
    "tag": "tag",
    "note": "note",
    "text": "text",
}

SEARCH_HELP = (
    "Words find facts whose text or note holds them all.\n"
    '"a phrase" in quotes is found as written; -word leaves out facts with it.\n'
    "source:Reuters, tag:verified, note:ministry look in one place only;\n"
    "note: alone finds facts with a note, -tag: alone facts with no tag.\n"
    "The Figures and Conflicts tabs show what the same search finds among the numbers;\n"
    "a figure has no tags of its own: tag: keeps the figures in facts tagged so."
)


@dataclass(frozen=True, slots=True)
class SearchTerm:
    field: Field
    #: lower-cased; empty for a bare prefix ("note:"), which asks whether the field has any
    value: str
    excluded: bool = False


@dataclass(frozen=True, slots=True)
class SearchQuery:
    terms: tuple[SearchTerm, ...] = ()
    #: the fields some term reads, worked out once: matches() runs per fact and per figure
    _fields: frozenset[str] = field(default=frozenset(), init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        kinds = {t.field for t in self.terms}
        if "any" in kinds:
            kinds |= {"text", "note"}
        object.__setattr__(self, "_fields", frozenset(kinds))

    @property
    def empty(self) -> bool:
        return not self.terms

    def reads(self, field: Field) -> bool:
        """Whether a term looks in ``field`` (a bare word reads the text and the note)."""
        return field in self._fields

    def matches(
        self, text: str, source: str = "", note: str = "", tags: Sequence[str] = ()
    ) -> bool:
        # Lower-cased once per fact, and only what a term reads.
        low_text = low_note = low_source = ""
        low_tags: list[str] = []
        if self.reads("text"):
            low_text = text.lower()
        if self.reads("note"):
            low_note = note.lower()
        if self.reads("source"):
            low_source = source.lower()
        if self.reads("tag"):
            low_tags = [t.lower() for t in tags]
        for term in self.terms:
            value = term.value
            if term.field == "any":
                found = value in low_text or (bool(low_note) and value in low_note)
            elif term.field == "text":
                found = value in low_text
            elif term.field == "note":
                found = value in low_note if value else bool(low_note.strip())
            elif term.field == "source":
                found = value in low_source if value else bool(low_source)
            else:
                found = any(value in t for t in low_tags) if value else bool(low_tags)
            if found == term.excluded:
                return False
        return True


def query_narrows(query: SearchQuery, other: SearchQuery) -> bool:
    """Whether everything ``query`` finds is found by ``other``: each of ``other``'s terms is
    implied by one of ``query``'s. A kept word is implied by a longer one that holds it ("evac"
    by "evacuated"; a bare word by the same word in the text alone), a left-out word by a
    shorter one it holds ("-port" by "-po"); a bare prefix ("note:") by any value after it."""

    def implies(mine: SearchTerm, theirs: SearchTerm) -> bool:
        if mine.excluded != theirs.excluded:
            return False
        if mine.field != theirs.field and not (
            theirs.field == "any" and mine.field == "text" and not mine.excluded
        ):
            return False
        if mine.excluded:
            return mine.value in theirs.value if mine.value else True
        return theirs.value in mine.value

    return all(any(implies(m, t) for m in query.terms) for t in other.terms)


def parse_search(query: str) -> SearchQuery:
    """The terms of ``query``. Never fails: an unclosed quote runs to the end, an unknown
    prefix ("12:30", "http://") is a plain word, a lone minus is ignored."""
    terms: list[SearchTerm] = []
    i, n = 0, len(query)
    while i < n:
        if query[i].isspace():
            i += 1
            continue
        excluded = False
        if query[i] == "-" and (i + 1 == n or query[i + 1].isspace()):
            i += 1  # a lone minus, half typed, asks for nothing
            continue
        if query[i] == "-":
            excluded = True
            i += 1
        field: Field = "any"
        # A known prefix before a colon: "source:" or "tag:" (case does not matter).
        j = i
        while j < n and query[j].isalpha():
            j += 1
        if j < n and query[j] == ":" and query[i:j].lower() in PREFIXES:
            field = PREFIXES[query[i:j].lower()]
            i = j + 1
        if i < n and query[i] == '"':
            end = query.find('"', i + 1)
            end = n if end < 0 else end
            value = query[i + 1 : end]
            i = end + 1
        else:
            end = i
            while end < n and not query[end].isspace():
                end += 1
            value = query[i:end]
            i = end
        value = " ".join(value.split()).lower()
        if not value and field == "any":
            continue  # a lone minus or a pair of empty quotes asks for nothing
        terms.append(SearchTerm(field, value, excluded))
    return SearchQuery(tuple(terms))


def figure_words(figure: Figure) -> str:
    """What a bare word is looked for in, for a figure: its words as written and its reading
    (what it counts, the measure, who said it), so "killed" or "ministry" finds the number
    whichever column holds the word."""
    return " ".join(
        x for x in (figure.text, figure.counted, figure.measure, figure.attributed_to) if x
    )


def figure_matches(
    query: SearchQuery,
    record: FigureRecord,
    *,
    label: str = "",
    note: str = "",
    tags: Sequence[str] = (),
) -> bool:
    """Whether the figures tab shows ``record`` for ``query``; ``label`` and ``note`` are a
    conflict group's quantity and the analyst's notes on it, read as the figure's own.
    ``tags`` are the tags of the facts the figure is written in (a figure has none of its
    own: "tag:verified" keeps the numbers of the facts the analyst tagged so)."""
    text = figure_words(record.figure)
    if label:
        text = f"{text} {label}"
    return query.matches(text, record.article.source or "", note, tags)


#: per article, the facts' spans and tags: (start, end, tags)
FactTags = Mapping[int, Sequence[tuple[int, int, tuple[str, ...]]]]


def fact_tags_by_article(
    facts: Iterable[FactRecord],
) -> dict[int, list[tuple[int, int, tuple[str, ...]]]]:
    """The tagged facts' spans per article, for :func:`figure_tags`."""
    out: dict[int, list[tuple[int, int, tuple[str, ...]]]] = {}
    for fact in facts:
        if fact.tags and fact.article is not None:
            out.setdefault(fact.article.id, []).append((fact.start, fact.end, fact.tags))
    return out


def figure_tags(record: FigureRecord, spans: FactTags) -> tuple[str, ...]:
    """The tags of every fact whose sentence holds the figure (facts nest: all of them)."""
    figure = record.figure
    found: list[str] = []
    for start, end, tags in spans.get(record.article.id, ()):
        if start <= figure.start and figure.end <= end:
            found.extend(t for t in tags if t not in found)
    return tuple(found)


def conflict_matches(
    query: SearchQuery,
    group: GroupRecord,
    pairs: Sequence[PairRecord],
    figures: Mapping[int, FigureRecord],
    spans: FactTags | None = None,
    *,
    label: str | None = None,
) -> tuple[bool, list[PairRecord]]:
    """Whether a conflict group is shown for ``query``, and which of its pairs.

    A group is shown when one of its figures matches, read with the group's quantity and note
    (so "source:Reuters" finds the groups Reuters reports in, "note:ministry" a group noted
    so). ``label`` is the quantity as its row shows it, when that says more than the group's
    own label ("workers injured · Corran" where two stories' groups share a label): what the
    analyst reads in the row, the search finds. A pair is shown when one of its sides matches with the pair's own note too; a group
    found by its own words alone shows every pair, as none is more its answer than another.
    """
    if query.empty:
        return True, list(pairs)
    shown = group.label if label is None else label

    def tags_of(r: FigureRecord) -> tuple[str, ...]:
        return figure_tags(r, spans) if spans and query.reads("tag") else ()

    kept = [
        p
        for p in pairs
        if any(
            (r := figures.get(side)) is not None
            and figure_matches(
                query,
                r,
                label=shown,
                note=f"{group.note} {p.note}".strip(),
                tags=tags_of(r),
            )
            for side in (p.a, p.b)
        )
    ]
    if kept:
        return True, kept
    found = any(
        (r := figures.get(i)) is not None
        and figure_matches(query, r, label=shown, note=group.note, tags=tags_of(r))
        for i in group.figure_ids
    )
    return found, list(pairs) if found else []
