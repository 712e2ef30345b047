"""Round 53: a date in a phrase after 'after' is not dated by the future before it.

"The company plans to launch the console in the fall, seven months after its debut on
March 4", written in May, read next year's March 4: the plan's future picked the next one
after publication, but what a future comes after may be gone or still ahead. Now a month or a
day in a phrase opened by 'after' (a noun phrase, or a gerund's, with no verb of its own),
under a future verb, is the nearer one. A clause with its own verb ("after the minister
returns in March") keeps that verb's tense, and an event still weeks off stays ahead.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes


def _values(text: str, published: date) -> list[str]:
    return [t.value for t in find_timexes(text, published)]


def test_debut_gone_before_a_planned_launch():
    text = (
        "Quellmark plans to launch its new tablet in Ostrava in the fall, about seven months "
        "after its home debut on March 4."
    )
    assert _values(text, date(2030, 5, 11))[-1] == "2030-03-04"


def test_contacts_gone_before_an_agreed_summit():
    text = "The two governments agreed in April to hold the summit, after secret talks in Vell in March."
    assert _values(text, date(2030, 6, 14)) == ["2030-04", "2030-03"]


def test_gerund_phrase_gone():
    text = (
        "Varnia expects to join the customs union early next year, after reaching a deal with "
        "its neighbours on Nov. 15."
    )
    assert _values(text, date(2030, 12, 29))[-1] == "2030-11-15"


def test_event_still_ahead_stays_ahead():
    text = "Lawmakers will vote on the budget after the Ostrava regional elections in October."
    assert _values(text, date(2030, 6, 10)) == ["2030-10"]


def test_clause_with_its_own_verb_keeps_it():
    text = "The Tarn mill will reopen after the minister returns in March."
    assert _values(text, date(2030, 6, 10)) == ["2031-03"]
