"""Grouping across articles: demonyms, labels in the reporters' words, stable group keys."""

from __future__ import annotations

import itertools
import random
from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from desktop.extract.figures import find_figures

D = date(2024, 10, 2)


def _ref(ref_id: int, text: str, number: str, published: date = D) -> FigureRef:
    for f in find_figures(text, published):
        if number in f.number_text:
            return FigureRef(id=ref_id, article_id=ref_id, figure=f, published=published)
    raise AssertionError(f"no figure {number!r} in {text!r}")


def _group_of(refs: list[FigureRef], figure_id: int) -> tuple[str, str] | None:
    for g in compare(refs).groups:
        if figure_id in g.figure_ids:
            return g.key, g.label
    return None


def test_a_demonym_joins_its_one_more_specific_group() -> None:
    refs = [
        _ref(1, "Kyiv said 1,200 Eritrean conscripts had been killed.", "1,200"),
        _ref(2, "Monitors say 900 Eritrean conscripts have been killed.", "900"),
        _ref(3, "More than 1,000 Eritreans have been killed, an envoy said.", "1,000"),
    ]
    report = compare(refs)
    assert [g.figure_ids for g in report.groups] == [[1, 2, 3]]


def test_a_demonym_stays_apart_when_two_groups_of_that_nation_compete() -> None:
    refs = [
        _ref(1, "Strikes killed 40 Lebanese soldiers, the army said.", "40"),
        _ref(2, "The army says 35 Lebanese soldiers were killed.", "35"),
        _ref(3, "Strikes killed 600 Lebanese civilians, the ministry said.", "600"),
        _ref(4, "The ministry says 640 Lebanese civilians were killed.", "640"),
        _ref(5, "More than 700 Lebanese have been killed, the UN said.", "700"),
    ]
    groups = [g.figure_ids for g in compare(refs).groups]
    assert [1, 2] in groups and [3, 4] in groups
    assert not any(5 in g for g in groups)


def test_labels_keep_the_reporters_words() -> None:
    refs = [
        _ref(1, "Some 6,000 Sudanese families have arrived in Chad's Ouaddai province.", "6,000"),
        _ref(2, "About 7,500 Sudanese families have arrived in Chad's Ouaddai province.", "7,500"),
    ]
    ((key, label),) = [(g.key, g.label) for g in compare(refs).groups]
    assert label == "Sudanese families arrived in Ouaddai"
    assert key == "arrived|sudanese family|count|ouaddai"


def test_a_general_figure_joining_later_keeps_the_specific_key() -> None:
    specific = [
        _ref(1, "Police said 320 striking miners were arrested.", "320"),
        _ref(2, "Unions said 410 striking miners were arrested.", "410"),
    ]
    before = _group_of(specific, 1)
    general = _ref(3, "At least 300 miners were arrested, officials said.", "300")
    after = _group_of([*specific, general], 1)
    assert before is not None and after is not None
    assert after[0] == before[0]
    assert _group_of([*specific, general], 3) == after


def test_groups_do_not_depend_on_the_order_figures_come_in() -> None:
    refs = [
        _ref(1, "More than 300 Chadians have been killed, the army said.", "300"),
        _ref(2, "About 250 Chadian soldiers were killed, officials said.", "250"),
        _ref(3, "Some 280 Chadian soldiers have been killed in Lake Chad.", "280"),
        _ref(4, "At least 200 people were killed, aid groups said.", "200"),
        _ref(5, "The army said 310 Chadian soldiers were killed.", "310"),
    ]

    def outcome(order: list[FigureRef]) -> list[tuple[str, str, list[int]]]:
        report = compare(order)
        return [(g.key, g.label, g.figure_ids) for g in report.groups]

    expected = outcome(refs)
    assert expected, "the figures should form a group"
    for perm in itertools.islice(itertools.permutations(refs), 60):
        assert outcome(list(perm)) == expected
    rng = random.Random(4)
    for _ in range(20):
        shuffled = refs[:]
        rng.shuffle(shuffled)
        assert outcome(shuffled) == expected


def test_vague_and_exact_counts_contradict_on_the_same_day() -> None:
    a = _ref(1, "Hundreds of students were arrested at the protests.", "Hundreds")
    b = _ref(2, "Police said 14 students were arrested at the protests.", "14")
    assert [p.relation for p in compare([a, b]).pairs] == ["contradiction"]


def test_vague_count_and_a_floor_inside_it_are_consistent() -> None:
    a = _ref(1, "Thousands of residents fled the town on Monday.", "Thousands")
    b = _ref(2, "More than 3,000 residents fled the town on Monday.", "3,000")
    assert [p.relation for p in compare([a, b]).pairs] == ["consistent"]
