"""Round 53: 'a plan to', 'their plans to' after a determiner name a plan, no verb.

"Australians voted to keep the Queen in a referendum Saturday, defeating a plan to become a
republic" (wire101), written on the Sunday after, read the Saturday ahead: 'plan to' was taken
for the verb of a plan, and as the nearest cue it outweighed 'voted'. After a determiner
(perhaps with one adjective) 'plan to' / 'plans to' is the noun, as 'the return', 'a visit'
already were; the sentence's own verb tells. 'The council plans to vote on Saturday' keeps its
future.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes


def _values(text: str, published: date) -> list[str]:
    return [t.value for t in find_timexes(text, published)]


def test_a_plan_defeated():
    text = (
        "Vellmar's voters voted to keep Queen Ilse II as their head of state in a referendum "
        "Saturday, defeating a plan to become a republic by 2035."
    )
    assert _values(text, date(2030, 6, 9)) == ["2030-06-08", "2035"]


def test_plans_unveiled():
    text = "The Tarn council unveiled its plans to build a bridge on Saturday."
    assert _values(text, date(2030, 6, 9)) == ["2030-06-08"]


def test_the_verb_keeps_its_future():
    text = "The Tarn council plans to vote on Saturday."
    assert _values(text, date(2030, 6, 9)) == ["2030-06-15"]
