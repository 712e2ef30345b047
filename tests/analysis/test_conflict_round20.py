"""Round 20 comparison rules: dev18's first-run errors (2020-2026 crisis monitoring)."""

from __future__ import annotations

from datetime import date

from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation


def _ref(ref_id: int, text: str, number: str, published: date) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def test_refugees_a_region_holds_fall_as_an_update() -> None:
    a = _ref(
        1,
        "UNHCR said 7.9 million refugees from Ukraine had been recorded across Europe.",
        "7.9 million",
        date(2023, 1, 10),
    )
    b = _ref(
        2,
        "UNHCR said 5.9 million refugees from Ukraine had been recorded across Europe.",
        "5.9 million",
        date(2024, 1, 10),
    )
    assert _relation(a, b) == "update"


def test_refugees_who_fled_still_only_add_up() -> None:
    a = _ref(1, "More than 6 million refugees have fled Ukraine.", "6 million", date(2022, 4, 28))
    b = _ref(2, "Some 2 million refugees have fled Ukraine.", "2 million", date(2022, 5, 28))
    assert _relation(a, b) == "contradiction"
