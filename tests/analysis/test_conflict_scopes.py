"""National and capital scopes, revisions of one month's value, and tolls named by their cause."""

from __future__ import annotations

from datetime import date

from desktop.domain import FigureRef
from desktop.extract.figures import find_figures
from desktop.extract.timex import find_timexes
from tests.analysis.conflict_helpers import relation as _relation


def _ref(ref_id: int, text: str, published: date) -> FigureRef:
    (figure, *_) = find_figures(text, published, find_timexes(text, published))
    return FigureRef(id=ref_id, article_id=ref_id, figure=figure, published=published)


SAT, MON, JUN = date(2025, 3, 1), date(2025, 3, 3), date(2025, 6, 6)


def test_a_count_in_the_capital_and_a_national_count_are_different_quantities() -> None:
    a = _ref(1, "Police detained 90 people in the capital during the strike.", SAT)
    b = _ref(2, "Across the country, 350 people were detained during the strike.", SAT)
    assert _relation(a, b) is None


def test_a_national_count_and_a_citys_count_are_different_quantities() -> None:
    a = _ref(1, "The flu has killed 900 people nationwide, the ministry said.", SAT)
    b = _ref(2, "The flu has killed 140 people in Porto, the ministry said.", SAT)
    assert _relation(a, b) is None


def test_two_counts_in_the_capital_are_compared() -> None:
    a = _ref(1, "Police detained 90 people in the capital during the strike.", SAT)
    b = _ref(2, "Some 160 people were detained in the capital during the strike.", SAT)
    assert _relation(a, b) == "contradiction"


def test_a_revised_value_for_the_same_month_is_an_update() -> None:
    a = _ref(1, "Factories added 40,000 jobs in February, the statistics office said.", MON)
    b = _ref(2, "Factories added 31,000 jobs in February, revised down from the first count.", JUN)
    assert _relation(a, b) == "update"


def test_another_value_for_the_same_month_without_a_revision_contradicts() -> None:
    a = _ref(1, "Factories added 40,000 jobs in February, the statistics office said.", MON)
    b = _ref(2, "Factories added 31,000 jobs in February, a private survey said.", MON)
    assert _relation(a, b) == "contradiction"


def test_a_toll_named_by_its_cause_joins_a_count_of_the_dead() -> None:
    a = _ref(1, "At least 12 people died in the mine fire, officials said.", SAT)
    b = _ref(2, "The toll from the mine fire has climbed to 19, officials said.", MON)
    assert _relation(a, b) == "update"
