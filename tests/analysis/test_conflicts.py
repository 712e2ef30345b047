"""Cross-source comparison: grouping by quantity, and contradiction / update / consistent."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import Figure, FigureRef
from desktop.extract.figures import find_figures
from tests.analysis.conflict_helpers import relation as _relation


def _ref(ref_id: int, text: str, published: date, article: int | None = None) -> FigureRef:
    figures = find_figures(text, published)
    assert figures, text
    return FigureRef(
        id=ref_id,
        article_id=ref_id if article is None else article,
        figure=figures[0],
        published=published,
    )


D = date(2025, 1, 14)


def test_different_counts_on_the_same_day_contradict() -> None:
    a = _ref(1, "Officials said 11,000 North Korean troops had been deployed.", D)
    b = _ref(2, "Kyiv said 12,000 North Korean troops had been deployed.", D)
    report = compare([a, b])
    assert [p.relation for p in report.pairs] == ["contradiction"]
    assert report.pairs[0].reason
    assert report.groups[0].figure_ids == [1, 2]


def test_qualifier_compatible_figures_are_consistent() -> None:
    a = _ref(1, "More than 300 North Korean soldiers have been killed.", D)
    b = _ref(2, "About 300 North Korean soldiers have been killed.", D)
    assert _relation(a, b) == "consistent"


def test_a_later_higher_death_toll_is_an_update() -> None:
    a = _ref(1, "The death toll stood at 14, officials said.", date(2025, 7, 25))
    b = _ref(2, "The death toll has risen to 20, officials said.", date(2025, 7, 26))
    assert _relation(a, b) == "update"


def test_lower_bounds_a_week_apart_are_compatible() -> None:
    a = _ref(1, "More than 300,000 people have been displaced.", date(2025, 7, 28))
    b = _ref(2, "More than 260,000 people have been displaced.", date(2025, 8, 4))
    assert _relation(a, b) == "consistent"


def test_scopes_are_kept_apart() -> None:
    thai = _ref(1, "Fifteen Thai soldiers have been killed in the clashes.", D)
    cambodian = _ref(2, "Five Cambodian soldiers have been killed in the clashes.", D)
    assert compare([thai, cambodian]).groups == []
    killed = _ref(3, "About 300 North Korean soldiers have been killed.", D)
    casualties = _ref(4, "Roughly 3,000 North Korean soldiers have been killed or wounded.", D)
    assert compare([killed, casualties]).groups == []


def test_synonyms_group_together() -> None:
    a = _ref(1, "At least 2,700 North Korean troops were wounded.", D)
    b = _ref(2, "About 1,000 North Korean soldiers were injured.", D)
    report = compare([a, b])
    assert len(report.groups) == 1
    assert report.pairs[0].relation == "contradiction"


def test_same_article_figures_make_no_pair() -> None:
    a = _ref(1, "Officials said 11,000 North Korean troops had been deployed.", D, article=7)
    b = _ref(2, "Kyiv said 12,000 North Korean troops had been deployed.", D, article=7)
    report = compare([a, b])
    assert report.pairs == [] and report.groups == []


def test_group_keys_are_deterministic_and_links_are_honoured() -> None:
    a = _ref(1, "Officials said 11,000 North Korean troops had been deployed.", D)
    b = _ref(2, "Kyiv said 12,000 North Korean troops had been deployed.", D)
    c = _ref(3, "Seoul said 300 North Korean soldiers had been killed.", D)
    first = compare([a, b, c])
    assert [g.key for g in first.groups] == [g.key for g in compare([c, b, a]).groups]
    key = first.groups[0].key
    linked = compare([a, b, c], links={3: key})
    assert sorted(linked.groups[0].figure_ids) == [1, 2, 3]
    assert compare([a, b, c], unlinked={2}).groups == []


def test_large_groups_stay_linear() -> None:
    figure = Figure(0, 3, "300", "300", 300, 300, "exact", counted="people", measure="killed")
    refs = [FigureRef(i, i, figure, published=D) for i in range(2000)]
    report = compare(refs)
    assert len(report.groups) == 1
    assert len(report.pairs) < 10 * len(refs)
    assert {p.relation for p in report.pairs} == {"consistent"}
