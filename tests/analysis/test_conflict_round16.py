"""Round 16 comparison rules: a hedged projection against a count."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import quantity_of
from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

DAY = date(1999, 8, 19)


def _ref(ref_id: int, text: str, number: str, published: date = DAY) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def test_a_projected_toll_is_not_compared_with_a_count() -> None:
    a = _ref(1, "Officials warned the number of dead could reach 40,000.", "40,000")
    b = _ref(2, "The earthquake killed 12,000 people, officials said.", "12,000")
    assert a.figure.hedged and not b.figure.hedged
    assert _relation(a, b) is None


def test_two_projections_of_one_toll_still_compare() -> None:
    a = _ref(1, "Officials warned the death toll could reach 40,000.", "40,000")
    b = _ref(2, "Aid agencies said the death toll may rise to 10,000.", "10,000")
    assert a.figure.hedged and b.figure.hedged
    assert _relation(a, b) == "contradiction"


def test_a_projection_has_a_key_of_its_own() -> None:
    a = _ref(1, "The toll could exceed 500, the governor said.", "500")
    b = _ref(2, "The toll rose to 500, the governor said.", "500")
    qa, qb = quantity_of(a.figure), quantity_of(b.figure)
    assert qa is not None and qb is not None
    assert qa.key != qb.key and qa.measure == qb.measure


def test_troops_sent_add_up_and_troops_stationed_are_a_level() -> None:
    a = _ref(1, "North Korea has sent 10,000 soldiers to Russia.", "10,000", date(2024, 11, 1))
    b = _ref(2, "North Korea has sent 11,000 soldiers to Russia.", "11,000", date(2024, 12, 9))
    assert _relation(a, b) == "update"
    c = _ref(3, "About 1,500 British troops are stationed in Estonia.", "1,500", date(2025, 1, 20))
    d = _ref(4, "Some 900 British troops are stationed in Estonia.", "900", date(2025, 6, 20))
    assert _relation(c, d) == "update"


def test_hardware_pledged_and_hardware_delivered_are_two_quantities() -> None:
    a = _ref(1, "Nato allies pledged 60 F-16 fighter jets to Ukraine.", "60")
    b = _ref(2, "Ukraine has received 20 F-16 fighter jets.", "20")
    assert a.figure.measure == "pledged"
    assert _relation(a, b) is None
    c = _ref(3, "The Netherlands has pledged 24 F-16 jets to Ukraine.", "24")
    d = _ref(4, "The Netherlands pledged 18 F-16 jets to Ukraine.", "18")
    assert _relation(c, d) == "contradiction"
