"""Round 55: "At this point, no decision has been made" is the present (PRESENT_REF).

TimeML reads "at the moment" and "at this time" as the present, and the engine did; "at this
point" opening its clause, which our sets mark three times (wire1, 15, 22: "At this point, no
decision has been made", "at this point we do not know"), was missed. TimeBank has none. A stage
of something ("at this point in the talks"), a place ("the river is deepest at this point") and
an argument ("he made this point") are no time.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes

PUB = date(2031, 11, 4)


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, PUB)}


def test_at_this_point_opening_its_clause():
    assert _found("At this point, no decision on the Orsa dam has been made.") == {
        "this point": ("DATE", "PRESENT_REF")
    }
    assert _found("Kell police are watching; at this point we do not know where he is.") == {
        "this point": ("DATE", "PRESENT_REF")
    }


def test_a_stage_a_place_or_an_argument_is_no_time():
    assert _found("At this point in the Lenth talks, neither side will move.") == {}
    assert _found("The Carrow river is deepest at this point.") == {}
    assert _found("The Varda minister made this point to reporters.") == {}
