"""Denied numbers, corrections downward and the past perfect of reported speech in the
cross-source comparison (round 8)."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from desktop.extract.figures import find_figures
from desktop.extract.timex import find_timexes
from tests.analysis.conflict_helpers import relation as _relation

SUN, MON, TUE = date(2025, 9, 7), date(2025, 9, 8), date(2025, 9, 9)


def _ref(ref_id: int, text: str, published: date, number: str) -> FigureRef:
    figures = find_figures(text, published, find_timexes(text, published))
    figure = next(f for f in figures if f.number_text == number)
    return FigureRef(id=ref_id, article_id=ref_id, figure=figure, published=published)


DENIAL = "The coastguard said 8 migrants, not 80, drowned off the island."


def test_a_denied_number_is_no_claim_to_compare() -> None:
    claim = _ref(1, "Aid groups said 80 migrants drowned off the island.", MON, "80")
    denied = _ref(2, DENIAL, MON, "80")
    assert compare([claim, denied]).groups == []


def test_the_deniers_own_number_contradicts_the_claim() -> None:
    claim = _ref(1, "Aid groups said 80 migrants drowned off the island.", MON, "80")
    own = _ref(2, DENIAL, MON, "8")
    assert _relation(claim, own) == "contradiction"


def test_a_denied_number_the_analyst_links_by_hand_is_grouped() -> None:
    claim = _ref(1, "Aid groups said 80 migrants drowned off the island.", MON, "80")
    denied = _ref(2, DENIAL, MON, "80")
    report = compare([claim, denied], links={1: "drowned", 2: "drowned"})
    assert [g.figure_ids for g in report.groups] == [[1, 2]]


def test_a_denial_with_reports_that_is_no_claim() -> None:
    claim = _ref(1, "Rights groups said 1,500 students were detained.", MON, "1,500")
    denied = _ref(2, "The government denied that 1,500 students were detained.", MON, "1,500")
    assert compare([claim, denied]).groups == []


def test_a_toll_corrected_downward_is_an_update() -> None:
    first = _ref(1, "The bus crash killed at least 27 people, police said.", SUN, "27")
    corrected = _ref(2, "Police corrected the death toll from the bus crash to 23.", MON, "23")
    assert _relation(first, corrected) == "update"
    lowered = _ref(3, "Police lowered the death toll from the bus crash to 23.", MON, "23")
    assert _relation(first, lowered) == "update"


def test_a_lower_toll_told_later_without_a_correction_still_contradicts() -> None:
    first = _ref(1, "The bus crash killed 27 people, police said.", SUN, "27")
    later = _ref(2, "The bus crash killed 23 people, the hospital said.", TUE, "23")
    assert _relation(first, later) == "contradiction"


def test_reported_past_perfect_joins_the_same_days_count() -> None:
    overnight = _ref(1, "Kyiv said it shot down 52 of the 60 drones launched overnight.", MON, "52")
    reported = _ref(2, "Moscow said only 9 of its drones had been shot down.", MON, "9")
    assert _relation(overnight, reported) == "contradiction"
