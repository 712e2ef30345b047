"""Round 55: "a quarter of a century" is 25 years, "three quarters of a century" 75.

TimeML values a span by the time it names, fractions of a unit included ("half a century",
P50Y, as the engine read it, and "a quarter century", P25Y). "in a quarter of a century" read
as "a century", P100Y: four times too long. TimeBank has none. "a quarter of the century's
wars" is still no span.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes

PUB = date(2031, 11, 4)


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, PUB)}


def test_a_quarter_of_a_century():
    assert _found("It was the first Orsa royal visit in a quarter of a century.") == {
        "a quarter of a century": ("DURATION", "P25Y")
    }
    assert _found("A quarter of a century later, the Kell dam still stands.") == {
        "A quarter of a century": ("DURATION", "P25Y")
    }


def test_three_quarters_of_a_century():
    assert _found("The Lenth mill has traded for three-quarters of a century.") == {
        "three-quarters of a century": ("DURATION", "P75Y")
    }


def test_a_quarter_century_unchanged_and_a_share_is_no_span():
    assert _found("He has spoken at Carrow for a quarter century.") == {
        "a quarter century": ("DURATION", "P25Y")
    }
    assert "a quarter" not in _found("A quarter of the century's wars began in Varda.")
