"""Round 55: 'daily' after its verb is TimeML's SET, whatever word follows.

"published annually" and "meets weekly" were read; "Aftershocks shook the region daily last
week", "more than 1,000 officers would be deployed daily near mosques" and "people who began
walking daily lowered their blood pressure" were not (wire sets' misses), because any word after
the adverb but a short list was taken for the noun of an adjective ("weekly open days"). A place,
a time or a past verb after it is no noun. TimeBank has no adverb of these kinds; its adjectives
("daily flights") and rates of an amount ("90,000 vehicles daily") stay unmarked.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes

PUB = date(2031, 11, 4)


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, PUB)}


def test_daily_before_a_place_a_time_or_a_past_verb():
    assert _found("More than 1,000 officers would be deployed daily near Orsa mosques.") == {
        "daily": ("SET", "P1D")
    }
    assert _found("Aftershocks shook the Kell region daily last week.")["daily"] == ("SET", "P1D")
    assert _found("People in Lenth who began walking daily lowered their blood pressure.") == {
        "daily": ("SET", "P1D")
    }


def test_adjectives_and_rates_stay_unmarked():
    assert _found("Carrow Air plans daily flights between Varda and Selm.") == {}
    assert _found("The Tarrow bridge carries 90,000 vehicles daily.") == {}
