"""Figures round 54 (the context tier's round 64 stretch): each figure's context words are
worked out once, when it is stored, and a rate is compared only with a rate of its stretch.

1. ``_context.stored_contexts`` reads each figure's words in its article's whole text as the
   tier weighs them (not their rarity, which is the story's); compare's ``around`` may answer
   with them instead of a window of text, and the tier makes the same pairs as from windows.
2. ``Figure.rate`` gates the comparison's grouping: "feeds 1,200 families weekly" is not set
   against "the records of 480 families"; a rate per day not against one per week; two rates
   per year of one clinic are still compared. Invented stories; their answers were written
   before the first run. First run (HEAD 64a0efe4 + this round): all as labelled. The three
   single tests' stories proved guards: HEAD leaves them apart too (their sentences name the
   teller or the bank, which keeps them apart). The five parametrized pairs were written after
   that, shorter (answers, not compared, before any run of either engine): HEAD calls all five
   a contradiction (a rate read as a count, or no rate at all), this round compares none.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

import pytest

from desktop.analysis import _context as context
from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from desktop.extract.figures import find_figures
from desktop.extract.timex import find_timexes
from tests.analysis.test_context_round61 import (
    FESTIVAL,
    RECALL_LIKE,
    RECALL_LONG,
    UNRELATED,
    _id,
    _story,
    _Windows,
)


class _Stored:
    """compare's ``around`` as the store answers it since migration 0008: each figure's words
    stored with it (worked out from its article's whole text), for the ids in ``stored``; a
    window of text for the others (figures stored before 0008)."""

    def __init__(self, refs: list[FigureRef], texts: dict[int, str], stored: set[int]) -> None:
        self.windows = _Windows(refs, texts)
        self.words: dict[int, str] = {}
        for article_id, text in texts.items():
            mine = [r for r in refs if r.article_id == article_id]
            for ref, told in zip(
                mine, context.stored_contexts(text, [r.figure for r in mine]), strict=True
            ):
                self.words[ref.id] = told
        self.stored = stored
        self.asked: list[set[int]] = []

    def __call__(self, ids: Collection[int]) -> dict[int, context.Window | str]:
        self.asked.append(set(ids))
        out: dict[int, context.Window | str] = {}
        windows = self.windows([i for i in ids if i not in self.stored])
        for i in ids:
            out[i] = self.words[i] if i in self.stored else windows[i]
        return out


def _pairs(report: object) -> dict[frozenset[int], str]:
    return {frozenset((p.a, p.b)): p.reason for p in report.pairs}  # type: ignore[attr-defined]


def test_stored_words_make_the_pairs_windows_make() -> None:
    for articles in (RECALL_LONG, FESTIVAL):
        refs, about, texts = _story(articles)
        by_windows = _pairs(compare(refs, about=about, around=_Windows(refs, texts)))
        everyone = {r.id for r in refs}
        for stored in (everyone, {r.id for r in refs if r.article_id == 1}):
            around = _Stored(refs, texts, stored)
            assert _pairs(compare(refs, about=about, around=around)) == by_windows
            assert around.asked  # the tier did read past the openings


def test_the_recall_pair_and_its_reason_come_from_stored_words() -> None:
    refs, about, texts = _story(RECALL_LONG)
    report = compare(refs, about=about, around=_Stored(refs, texts, {r.id for r in refs}))
    like = frozenset(_id(refs, a, n) for a, n in RECALL_LIKE)
    reason = _pairs(report)[like]
    assert reason.split(context.CONTEXT_MARK)[1].startswith("Tessa") or "Tessa" in reason


def test_unrelated_figures_stay_apart_with_stored_words() -> None:
    refs, about, texts = _story(FESTIVAL)
    report = compare(refs, about=about, around=_Stored(refs, texts, {r.id for r in refs}))
    unrelated = {_id(refs, a, n) for a, n in UNRELATED}
    assert not [p for p in report.pairs if {p.a, p.b} <= unrelated]


def test_stored_words_are_the_words_read_in_the_text() -> None:
    refs, _about, texts = _story(RECALL_LONG)
    for article_id, text in texts.items():
        mine = [r for r in refs if r.article_id == article_id]
        stored = context.stored_contexts(text, [r.figure for r in mine])
        for ref, told in zip(mine, stored, strict=True):
            read = context.read(ref, text)
            back = context.from_stored(ref, told)
            if read is None:
                assert back is None
                continue
            assert back is not None
            assert list(back.words.items()) == list(read.words.items())
            assert (back.part, back.rate) == (read.part, read.rate)


# -- rates in the grouping ---------------------------------------------------------------------

D = date(2033, 6, 6)


def _refs(*texts: tuple[str, date]) -> list[FigureRef]:
    refs: list[FigureRef] = []
    for article_id, (text, day) in enumerate(texts, 1):
        for figure in find_figures(text, day, find_timexes(text, day)):
            refs.append(FigureRef(len(refs) + 1, article_id, figure, f"outlet {article_id}", day))
    return refs


def _relations(refs: list[FigureRef], one: str, other: str) -> list[str]:
    ids = {
        next(r.id for r in refs if r.figure.number_text == one),
        next(r.id for r in refs if r.figure.number_text == other),
    }
    return [p.relation for p in compare(refs).pairs if {p.a, p.b} == ids]


def test_a_weekly_rate_is_not_set_against_a_count_made_once() -> None:
    refs = _refs(
        ("The Marlow food bank feeds 1,200 families weekly, its director said.", D),
        ("Thieves took the records of 480 families from the Marlow food bank.", date(2033, 6, 7)),
    )
    assert _relations(refs, "1,200", "480") == []


def test_a_daily_rate_is_not_set_against_a_weekly_one() -> None:
    refs = _refs(
        ("The Corran port handles 4,000 containers a day, its operator said.", D),
        ("The Corran port handles 25,000 containers a week, the ministry said.", D),
    )
    assert _relations(refs, "4,000", "25,000") == []


@pytest.mark.parametrize(
    ("one", "other", "x", "y"),
    [
        (
            "The Marlow food bank feeds 1,200 families weekly.",
            "Hackers stole the records of 480 families.",
            "1,200",
            "480",
        ),
        (
            "The charity feeds 1,200 families weekly.",
            "The charity lost the records of 480 families.",
            "1,200",
            "480",
        ),
        (
            "The Corran port handles 4,000 containers a day.",
            "The Corran port handled 25,000 containers in a week.",
            "4,000",
            "25,000",
        ),
        (
            "The Corran port handles 4,000 containers daily.",
            "The Corran port handles 9,000 containers weekly.",
            "4,000",
            "9,000",
        ),
        (
            "The Tamsin ferry carries 3,500 passengers every day.",
            "The Tamsin ferry carried 2,900 passengers on Monday.",
            "3,500",
            "2,900",
        ),
    ],
)
def test_a_rate_is_not_set_against_a_count_or_another_stretchs_rate(
    one: str, other: str, x: str, y: str
) -> None:
    assert _relations(_refs((one, D), (other, D)), x, y) == []


def test_two_yearly_rates_of_one_clinic_are_still_compared() -> None:
    refs = _refs(
        ("The Harrow clinic treats 620,000 patients a year, its director said.", D),
        ("The Harrow clinic treats 700,000 patients a year, the ministry said.", D),
    )
    assert _relations(refs, "620,000", "700,000") == ["contradiction"]


def test_a_rates_group_says_the_stretch_it_is_told_per() -> None:
    refs = _refs(
        ("The Harrow clinic treats 620,000 patients a year, its director said.", D),
        ("The Harrow clinic treats 700,000 patients a year, the ministry said.", D),
        ("Hackers copied the records of 480,000 patients of the Harrow clinic.", D),
    )
    labels = {g.label for g in compare(refs).groups if len(g.figure_ids) == 2}
    assert labels == {"patients per year"}
