"""Round 51: a participle set off by commas dates only what lies inside them.

"The airline will also restore daily service to Honolulu, dropped in 2020, from Dec. 15
through the end of March" (wire29) read Dec. 15 and March back by "dropped": the
parenthetical's past reached past its closing comma to the main verb's times.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes


def _values(text: str, published: date) -> list[str]:
    return [t.value for t in find_timexes(text, published)]


def test_times_after_the_parenthetical_take_the_main_verb():
    text = (
        "The carrier will restore its service to Port Alvar, dropped in 2021, "
        "from Dec. 15 through the end of March."
    )
    assert _values(text, date(2023, 9, 5)) == ["2021", "2023-12-15", "2024-03"]


def test_the_main_verb_after_it_still_decides():
    text = "The ferry terminal, closed in 2019, will reopen in March."
    assert _values(text, date(2023, 9, 5)) == ["2019", "2024-03"]


def test_a_list_of_past_verbs_keeps_its_tense():
    text = "Police arrested the man, charged him, and released him on Monday."
    assert _values(text, date(2023, 9, 5)) == ["2023-09-04"]
