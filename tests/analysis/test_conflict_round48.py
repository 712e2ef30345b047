"""Conflicts round 48: one quantity linked however it is told, and pairs made only as
"possibly the same quantity" (tentative), said so to the analyst. Stories are my own."""

from __future__ import annotations

from desktop.domain import TENTATIVE_REASON, FigurePair, is_tentative


def test_a_pair_is_tentative_only_when_its_reason_says_so() -> None:
    plain = FigurePair(1, 2, "update", "later report, count rose: 6 vs 9", "killed|people|count|")
    assert not plain.tentative
    assert not is_tentative(plain.reason)
    maybe = FigurePair(
        1, 2, "update", f"{TENTATIVE_REASON}both killed people; later report", "", tentative=True
    )
    assert maybe.tentative
    assert is_tentative(maybe.reason)
    # the words inside a reason are no mark: only its opening is
    assert not is_tentative("consistent: possibly the same quantity: no")
