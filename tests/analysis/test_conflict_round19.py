"""Round 19 comparison rules: round 18's leftovers and dev17's first-run errors."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

DAY = date(2000, 11, 9)


def _ref(ref_id: int, text: str, number: str, published: date = DAY) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def test_a_count_capitalised_at_the_start_is_no_nations_people() -> None:
    a = _ref(1, "Burglaries in England and Wales fell to 41,300 in the year to December.", "41,300")
    b = _ref(
        2,
        "Police recorded 41,300 burglaries in England and Wales in the year to December.",
        "41,300",
    )
    assert _relation(a, b) == "consistent"
    # a demonym still names people of a nation
    a = _ref(1, "Some 400,000 Albanians have fled Kosovo.", "400,000")
    b = _ref(2, "Some 250,000 Serbs have fled Kosovo.", "250,000")
    assert _relation(a, b) is None


def test_a_level_in_per_cent_is_its_rate_whether_or_not_the_word_is_written() -> None:
    a = _ref(1, "UK unemployment jumps to 4.7%", "4.7%")
    b = _ref(2, "The UK unemployment rate rose to 4.7 per cent in the three months to June.", "4.7")
    assert _relation(a, b) == "consistent"
    # a count of the unemployed is still no rate
    a = _ref(1, "UK unemployment rose to 1.6 million.", "1.6")
    assert _relation(a, b) is None


def test_one_crowd_whatever_its_members_are_called() -> None:
    a = _ref(1, "Police said about 400 people attended the vigil.", "400")
    b = _ref(2, "Some 400 mourners attended the vigil.", "400")
    assert _relation(a, b) == "consistent"
    b = _ref(2, "Some 1,500 mourners attended the vigil.", "1,500")
    assert _relation(a, b) == "contradiction"


def test_a_margin_with_ballots_still_to_be_counted_is_updated_by_a_later_one() -> None:
    a = _ref(
        1,
        "Bush led Gore by 1,784 votes in Florida, with absentee ballots still to be counted.",
        "1,784",
    )
    b = _ref(
        2,
        "Bush led Gore by 327 votes in Florida after a machine recount.",
        "327",
        DAY + timedelta(days=5),
    )
    assert _relation(a, b) == "update"
    # told on one day, two margins still disagree
    a = _ref(1, "Bush led Gore by 1,784 votes in Florida, state officials said.", "1,784")
    b = _ref(2, "Bush led Gore by 1,210 votes in Florida, the AP reported.", "1,210")
    assert _relation(a, b) == "contradiction"
