"""Round 55: a part of any day ("most afternoons", "in the evenings") is TimeML's SET.

"every evening" and "Tuesday nights" were read as sets; "spends most afternoons on the sands"
(wire78's miss) and "prices peak in the evenings" were not read at all. TimeBank has none. Nights
the text goes on to place ("in the nights that followed", "the evenings before the vote") are
no set.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes

PUB = date(2031, 11, 4)


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, PUB)}


def test_a_quantified_part_of_the_day():
    assert _found("Her grandmother spends most afternoons on the Orsa sands.") == {
        "most afternoons": ("SET", "XXXX-XX-XXTAF")
    }
    assert _found("Some mornings the fog over Kell does not lift.") == {
        "Some mornings": ("SET", "XXXX-XX-XXTMO")
    }


def test_in_the_evenings():
    assert _found("Power use in Lenth peaks in the evenings.") == {
        "the evenings": ("SET", "XXXX-XX-XXTEV")
    }


def test_nights_the_text_places_are_no_set():
    assert _found("It was cold in Carrow in the nights that followed.") == {}
    assert _found("In the evenings before the vote, crowds gathered in Varda.") == {}
