"""Round 53: the base a change is measured from was given before.

"Officials now project that core inflation will end 2025 at 3.1%, up from their forecast of
2.8% in March" (wire21, written in June) read next March by the 'will' of the change; "the
Ministry expects exports to grow by 8 to 10 per cent, down from its forecast of 10 to 12 per
cent in January" (wire9) and "expects earnings of $4.40 a share, up from its January forecast"
(wire74) read the month ahead by 'expects'. A month or a day in a phrase opened by 'up/down
from' or 'compared with/to' (up to ten words, no verb of its own) is the base of a change, a
figure given before: the latest one. A change told from one figure to another ("cut the rate
down from 5% to 4.5% on July 1") keeps its own day.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes


def _values(text: str, published: date) -> list[str]:
    return [t.value for t in find_timexes(text, published)]


def test_base_forecast_in_a_month():
    text = (
        "Vellmar's central bank now projects that inflation will end 2030 at 3.1%, up from "
        "its forecast of 2.8% in March."
    )
    assert _values(text, date(2030, 6, 18))[-1] == "2030-03"


def test_base_forecast_named_by_its_month():
    text = (
        "Tarn Mills now expects earnings of $4.40 a share, up from its January forecast of $4.20."
    )
    assert _values(text, date(2030, 4, 22))[-1] == "2030-01"


def test_a_change_from_one_figure_to_another_keeps_its_day():
    text = "The Brask central bank will cut its rate down from 5% to 4.5% on July 1."
    assert _values(text, date(2030, 6, 10)) == ["2030-07-01"]
