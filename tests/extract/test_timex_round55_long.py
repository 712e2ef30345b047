"""Round 55: a hyphened length that qualifies a noun is the DURATION it names (TimeML 1.2.1).

"a week-long strike", "a yearlong inquiry" were read; "a decade-long war" (wire21's miss: "Apple
has scrapped its decade-long effort"), "an hour-long meeting" and the counts left open ("a
years-long dispute", "the months-long siege") were not, or only as "an hour". TimeBank has none
of them. A length with its own count keeps it ("a two-decade-long conflict" is twenty years),
and "an hour long" without the hyphen stays "an hour".
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes

PUB = date(2031, 11, 4)


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, PUB)}


def test_one_unit_long():
    assert _found("The decade-long war left the Orsa valley in ruins.") == {
        "decade-long": ("DURATION", "P10Y")
    }
    assert _found("An hour-long meeting in Kell ended without a deal.") == {
        "hour-long": ("DURATION", "PT1H")
    }
    assert _found("A century-long feud between the Brannock clans ended.") == {
        "century-long": ("DURATION", "P100Y")
    }


def test_some_units_long():
    assert _found("The years-long dispute over the Lenth water rights ended.") == {
        "years-long": ("DURATION", "PXY")
    }
    assert _found("The months-long siege of Carrow ruined the harvest.") == {
        "months-long": ("DURATION", "PXM")
    }
    assert _found("The hours-long standoff at the Tarrow bank ended peacefully.") == {
        "hours-long": ("DURATION", "PTXH")
    }


def test_a_counted_length_keeps_its_count():
    assert _found("The two-decade-long conflict in Varda killed thousands.") == {
        "two-decade": ("DURATION", "P20Y")
    }
    assert _found("The Selm council meeting was an hour long.") == {"an hour": ("DURATION", "PT1H")}
