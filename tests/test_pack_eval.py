"""The story-pack scorer (benchmarks/pack_eval.py) on small packs made up here, and the shape of
the stored packs' answers."""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "pack_eval.py"


@pytest.fixture(scope="module")
def pe() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pack_eval_under_test", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


BODY_A = (
    "At least 9 people died when the bridge at Olden fell on Sunday. "
    "Police said 40 cars were on it. Read more: 5 bridges to see this summer"
)
BODY_B = "The toll rose to 12 on Tuesday. Officials said 55 cars were on the bridge."


def seen_pack(pe: ModuleType, **changes: Any) -> Any:
    d = date.fromisoformat
    a = pe.SeenArticle(
        {
            "title": "Bridge falls",
            "source": "The Olden Post",
            "author": None,
            "published": "2025-05-05",
        },
        BODY_A,
        [
            pe.SeenFact(0, 63, BODY_A[0:63], d("2025-05-04"), d("2025-05-04")),
            pe.SeenFact(107, 135, BODY_A[107:135], d("2025-06-21"), d("2025-09-22")),
        ],
        [
            pe.SeenFigure(1, 9, 10, "9"),
            pe.SeenFigure(2, 76, 78, "40"),
            pe.SeenFigure(3, 107, 108, "5"),
        ],
    )
    b = pe.SeenArticle(
        {"title": "Toll rises", "source": "Wire", "author": "Ann Lee", "published": "2025-05-07"},
        BODY_B,
        [pe.SeenFact(0, 31, BODY_B[0:31], d("2025-05-01"), d("2025-05-31"))],
        [pe.SeenFigure(4, 17, 19, "12"), pe.SeenFigure(5, 47, 49, "55")],
    )
    pairs = changes.get("pairs", {frozenset((1, 4)): "update", frozenset((2, 5)): "update"})
    return pe.SeenPack({"a.html": a, "b.txt": b}, pairs)


ANSWERS: dict[str, Any] = {
    "articles": {
        "a.html": {
            "title": "Bridge falls",
            "source": "Olden Post",
            "author": None,
            "published": "2025-05-05",
            "furniture": ["5 bridges to see this summer"],
            "facts": [
                {
                    "text": "the bridge at Olden fell on Sunday",
                    "earliest": "2025-05-04",
                    "latest": "2025-05-04",
                },
                {"text": "Police said 40 cars", "earliest": "2025-05-05", "latest": "2025-05-05"},
            ],
        },
        "b.txt": {
            "title": "Toll rises",
            "source": "Valley Wire",
            "author": "Ann Lee",
            "published": "2025-05-07",
            "furniture": [],
            "facts": [
                {
                    "text": "toll rose to 12 on Tuesday",
                    "earliest": "2025-05-06",
                    "latest": "2025-05-06",
                }
            ],
        },
    },
    "pairs": [
        {
            "a": {"article": "a.html", "sentence": "At least 9 people died", "number": "9"},
            "b": {"article": "b.txt", "sentence": "The toll rose to 12", "number": "12"},
            "relation": "update",
        },
        {
            "a": {"article": "a.html", "sentence": "Police said 40 cars", "number": "40"},
            "b": {"article": "b.txt", "sentence": "Officials said 55 cars", "number": "55"},
            "relation": "contradiction",
        },
    ],
}


def test_metadata_counts_each_field_and_forgives_a_leading_the(pe: ModuleType) -> None:
    score = pe.score_pack("p", ANSWERS, seen_pack(pe))
    assert (score.meta_right, score.meta_total) == (7, 8)  # 'Wire' is not 'Valley Wire'
    assert any("source" in what and "Valley Wire" in what for _, what in score.failures)


def test_facts_are_found_by_overlap_and_dated_by_a_range_that_holds(pe: ModuleType) -> None:
    score = pe.score_pack("p", ANSWERS, seen_pack(pe))
    assert score.facts_total == 3
    assert score.facts_found == 2  # 'Police said 40 cars' has no fact over it
    # the fall on Sunday is exact; the toll's fact spans May, which holds the Tuesday but is
    # not it
    assert (score.dates_held, score.dates_exact) == (2, 1)


def test_furniture_left_in_the_body_and_what_was_drawn_from_it(pe: ModuleType) -> None:
    score = pe.score_pack("p", ANSWERS, seen_pack(pe))
    assert (score.furniture_left, score.furniture_facts, score.furniture_figures) == (1, 1, 1)


def test_pairs_right_wrong_and_contradiction_precision(pe: ModuleType) -> None:
    score = pe.score_pack("p", ANSWERS, seen_pack(pe))
    assert (score.pairs_right, score.pairs_total) == (1, 2)
    assert (score.contra_gold, score.contra_said, score.contra_both) == (1, 0, 0)
    said = {
        frozenset((1, 4)): "contradiction",
        frozenset((2, 5)): "contradiction",
        frozenset((3, 5)): "contradiction",
    }
    score = pe.score_pack("p", ANSWERS, seen_pack(pe, pairs=said))
    assert (score.pairs_right, score.contra_said, score.contra_both) == (1, 2, 1)
    assert score.unjudged_contra == 1  # 5 (furniture) ~ 55: no answer judges it


def test_consistent_pair_is_right_when_not_linked_and_when_a_side_is_unread(pe: ModuleType) -> None:
    answers = json.loads(json.dumps(ANSWERS))
    answers["pairs"][1]["relation"] = "consistent"
    score = pe.score_pack("p", answers, seen_pack(pe, pairs={}))
    assert score.pairs_right == 1  # the update 9 -> 12 was missed, 40 ~ 55 not linked is right
    answers["pairs"][1]["b"]["number"] = "56"
    score = pe.score_pack("p", answers, seen_pack(pe, pairs={}))
    assert score.pairs_right == 1
    assert any(kind == "figures" for kind, _ in score.failures)


def test_an_article_that_failed_to_import_loses_all_its_points(pe: ModuleType) -> None:
    seen = seen_pack(pe)
    del seen.articles["b.txt"]
    seen.failed["b.txt"] = "failed unreadable"
    score = pe.score_pack("p", ANSWERS, seen)
    assert score.meta_total == 8 and score.meta_right == 4
    assert score.facts_total == 3 and score.facts_found == 1
    assert score.pairs_right == 0


def test_a_number_stands_on_its_own(pe: ModuleType) -> None:
    assert pe.find_number("In 19 cases, 90 or 9,000 people; 9 died", "9") == 33
    assert pe.find_number("Fourteen people were arrested", "fourteen") == 0
    assert pe.find_number("offered 4.5% over two years", "4.5%") == 8
    assert pe.find_number("no such number here", "12") is None


def test_sentence_around_and_spans_with_curly_quotes(pe: ModuleType) -> None:
    text = "First one ends here. The mayor\u2019s count was 60. Last."
    s, e = pe.find_span(text, "mayor's count")
    assert text[s:e] == "mayor\u2019s count"
    a, b = pe.sentence_around(text, s, e)
    assert text[a:b] == "The mayor\u2019s count was 60."


def stored_folders(pe: ModuleType) -> list[Path]:
    """Every pack folder on disk, the held-back sets' too."""
    return sorted(p for p in pe.PACKS_DIR.iterdir() if (p / "answers.json").is_file())


def test_stored_packs_answers_are_well_formed(pe: ModuleType) -> None:
    folders = stored_folders(pe)
    assert len(folders) >= 5
    for folder in folders:
        answers = json.loads((folder / "answers.json").read_text(encoding="utf-8"))
        assert 3 <= len(answers["articles"]) <= 5, folder.name
        for name, art in answers["articles"].items():
            assert (folder / name).is_file(), name
            assert set(pe.META_FIELDS) <= set(art), name
            date.fromisoformat(art["published"])
            for fact in art["facts"]:
                assert date.fromisoformat(fact["earliest"]) <= date.fromisoformat(fact["latest"])
        for pair in answers["pairs"]:
            assert pair["relation"] in pe.RELATIONS
            for side in (pair["a"], pair["b"]):
                assert side["article"] in answers["articles"]
                assert side["number"].casefold() in side["sentence"].casefold(), side


def test_sets_name_stored_packs_and_packs_are_chosen_by_commas(pe: ModuleType) -> None:
    stored = {p.name for p in stored_folders(pe)}
    for names in pe.SETS.values():
        assert set(names) <= stored
    rounds = list(pe.SETS.values())
    for i, names in enumerate(rounds):
        for other in rounds[i + 1 :]:
            assert not set(names) & set(other)
    assert [p.name for p in pe.pack_folders("quake, ferry")] == ["ferry", "quake"]
    assert pe.pack_folders("no_such_pack") == []


def test_the_default_run_leaves_the_held_back_sets_out(pe: ModuleType) -> None:
    default = {p.name for p in pe.pack_folders()}
    held = {name for key in pe.HELD_BACK for name in pe.SETS[key]}
    every = {name for names in pe.SETS.values() for name in names}
    assert not held & default
    assert default == every - held  # every registered pack not held back runs by default
    assert set(pe.SETS["round1"]) <= default
    assert {p.name for p in pe.pack_folders(",".join(pe.SETS["round4"]))} == set(pe.SETS["round4"])


def test_an_open_end_after_since_holds_the_days_on_its_side(pe: ModuleType) -> None:
    tue, wed, fri = date(2026, 3, 10), date(2026, 3, 11), date(2026, 3, 13)
    # "aftershocks since Tuesday": from Tuesday, end open; the answer runs to Friday
    assert pe.holds(tue, None, (tue, fri))
    assert not pe.holds(wed, None, (tue, fri))  # starts a day late
    assert pe.holds(None, fri, (tue, wed))
    assert not pe.holds(None, tue, (tue, wed))
    # a relative date still waiting for its publication date holds nothing
    assert not pe.holds(None, None, (tue, fri))
