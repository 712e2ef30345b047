"""Round 26 comparison rules: what end-to-end QA found in grouping and verdicts (dev24)."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare, group_label, quantity_of
from desktop.domain import Figure, FigureRef
from desktop.extract.figures import find_figures
from desktop.extract.timex import find_timexes
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

DAY = date(2026, 3, 10)
LATER = date(2026, 3, 12)


def _ref(ref_id: int, text: str, number: str, published: date | None = DAY) -> FigureRef:
    if published is None:
        # an article with no date: its figures keep no as-of date of their own
        for figure in find_figures(text, None, find_timexes(text, None)):
            if number in figure.number_text:
                return FigureRef(id=ref_id, article_id=ref_id, figure=figure, published=None)
        raise AssertionError(f"no figure {number!r} in {text!r}")
    return ref_containing(ref_id, text, number, published)


def _article(first_id: int, article_id: int, text: str, published: date) -> list[FigureRef]:
    figures = find_figures(text, published, find_timexes(text, published))
    return [
        FigureRef(id=first_id + i, article_id=article_id, figure=f, published=published)
        for i, f in enumerate(figures)
    ]


def test_an_undated_report_is_never_the_later_one() -> None:
    undated = _ref(1, "The floods have killed 27 people, the aid group said.", "27", None)
    dated = _ref(2, "The floods have killed 19 people, officials said.", "19")
    report = compare([undated, dated])
    assert [p.relation for p in report.pairs] == ["contradiction"]
    reason = report.pairs[0].reason
    assert "cannot be ordered" in reason
    assert "None" not in reason and "later" not in reason


def test_an_undated_report_with_a_cue_still_cannot_be_ordered() -> None:
    undated = _ref(1, "The death toll has now risen to 27, the aid group said.", "27", None)
    dated = _ref(2, "The floods have killed 19 people, officials said.", "19")
    assert _relation(undated, dated) == "contradiction"


def test_an_undated_report_of_the_same_value_is_consistent() -> None:
    undated = _ref(1, "About 14,000 people remain displaced, the aid group said.", "14,000", None)
    dated = _ref(2, "Some 14,000 people are displaced, officials said.", "14,000")
    assert _relation(undated, dated) == "consistent"


def test_a_dated_later_count_is_still_an_update() -> None:
    a = _ref(1, "The floods have killed 14 people, officials said.", "14")
    b = _ref(2, "The floods have killed 23 people, officials said.", "23", LATER)
    assert _relation(a, b) == "update"


def test_a_place_the_article_shows_is_a_part_takes_in_no_total() -> None:
    first = _article(
        1,
        1,
        "The floods have killed at least 14 people, officials said. "
        "Bosnian authorities reported five deaths in the Posavina region.",
        DAY,
    )
    later = _article(
        10, 2, "The death toll from the floods has risen to 19, officials said.", LATER
    )
    report = compare([*first, *later])
    five = next(r.id for r in first if r.figure.number_text == "five")
    assert all(five not in (p.a, p.b) for p in report.pairs)
    # the totals still meet each other
    assert any(p.relation == "update" for p in report.pairs)


def test_a_place_told_alone_still_takes_in_the_same_count_without_one() -> None:
    a = _ref(1, "353 Karsovians are still held in Talvenia, the ministry said.", "353")
    b = _ref(2, "Fewer than 300 Karsovians are being held, the foreign ministry said.", "300")
    assert _relation(a, b) == "contradiction"


def test_the_enemys_losses_are_not_a_count_with_no_side() -> None:
    own = _ref(1, "Our forces lost 14 soldiers in the assault, the ministry said.", "14")
    enemy = _ref(2, "Enemy forces lost 140 soldiers in the assault, the ministry said.", "140")
    assert _relation(own, enemy) is None


def test_a_small_count_of_a_storys_parties_is_no_figure() -> None:
    a = _ref(1, "Talks between the two countries resumed, officials said.", "two")
    b = _ref(2, "The appeal was signed by 90 countries, officials said.", "90")
    assert compare([a, b]).pairs == []


def test_a_small_count_of_anything_else_still_compares() -> None:
    a = _ref(1, "Two passengers were hurt, the airline said.", "Two")
    b = _ref(2, "Five passengers were hurt, the airline said.", "Five")
    assert _relation(a, b) == "contradiction"


def test_reason_prints_values_in_the_pairs_order() -> None:
    later = _ref(1, "The floods have killed 23 people, officials said.", "23", LATER)
    earlier = _ref(2, "The floods have killed 14 people, officials said.", "14")
    pair = compare([later, earlier]).pairs[0]
    assert (pair.a, pair.b) == (1, 2)
    assert "23 vs 14" in pair.reason
    assert "as of 12 Mar 2026, later than 10 Mar 2026" in pair.reason


def test_a_running_count_with_no_measure_word_names_the_count() -> None:
    a = _ref(1, "Rebels had fired 4 rockets by Monday, the army said.", "4")
    b = _ref(2, "Rebels had fired 41 rockets by Wednesday, the army said.", "41", LATER)
    for pair in compare([a, b]).pairs:
        assert ";  is" not in pair.reason and " None" not in pair.reason


def _figure(counted: str, measure: str | None, scope: str | None = None) -> Figure:
    return Figure(
        0, 2, "12", "12", 12.0, 12.0, "exact", counted=counted, measure=measure, scope=scope
    )


def test_label_does_not_repeat_the_measure_or_the_place() -> None:
    injured = _figure("injured", "injured")
    q = quantity_of(injured)
    assert q is not None
    assert group_label(q, [injured]) == "injured"
    phase = _figure("first phase", None, "first phase")
    q = quantity_of(phase)
    assert q is not None
    assert group_label(q, [phase]) == "first phase"


def test_a_pronoun_is_no_place() -> None:
    it = _figure("seats", "won", "It")
    q = quantity_of(it)
    assert q is not None and q.scope == ""
    assert " in " not in group_label(q, [it])
