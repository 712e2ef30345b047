"""A tentative pair ("possibly the same figure") is offered for the analyst to judge: it is no
found contradiction, so it neither counts among the project's contradictions (the Conflicts
tab's title, the status bar) nor marks the facts around its figures as conflicted."""

from __future__ import annotations

from desktop.domain import FigureGroup, FigurePair, is_tentative
from desktop.services.project import ProjectService
from tests.services.test_audit5_tentative import dunmere  # noqa: F401  (the fixture)


def _told_as_found(service: ProjectService, tentative: FigurePair) -> None:
    """Store the same two figures' pair as a found contradiction of a group instead."""
    groups = [FigureGroup(g.key, g.label, g.figure_ids) for g in service.groups()]
    pairs = [
        FigurePair(p.a, p.b, p.relation, p.reason, p.group_key)  # type: ignore[arg-type]
        for p in service.pairs()
        if not is_tentative(p.reason)
    ]
    found = FigurePair(tentative.a, tentative.b, "contradiction", "300 against 260", "homes")
    service.store.replace_conflicts(groups, [*pairs, found])


def test_a_tentative_contradiction_is_not_counted(
    dunmere: tuple[ProjectService, FigurePair],  # noqa: F811
) -> None:
    service, tentative = dunmere
    pairs = service.pairs()
    assert any(is_tentative(p.reason) and p.relation == "contradiction" for p in pairs)
    found = [p for p in pairs if p.relation == "contradiction" and not is_tentative(p.reason)]
    assert service.counts()["contradictions"] == len(found)
    # the same two figures told as a found contradiction do count: the count is not blind
    _told_as_found(service, tentative)
    assert service.counts()["contradictions"] == len(found) + 1


def test_a_tentative_contradiction_marks_no_fact(
    dunmere: tuple[ProjectService, FigurePair],  # noqa: F811
) -> None:
    service, tentative = dunmere
    marked = service.conflicted_fact_ids()
    _told_as_found(service, tentative)
    assert service.conflicted_fact_ids() > marked
