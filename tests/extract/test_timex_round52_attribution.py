"""Round 52: a closing attribution does not date the report it closes.

"Beijing will begin selling public housing to sitting tenants at discounted prices in August,
city officials said." (wire48), "Learners in Grade Six will sit their final ... Assessment in
November, the Ministry of Education has said." (wire85) and "The Lok Sabha elections will be held
in seven phases ..., with counting of votes on June 4, the Election Commission announced
yesterday." (wire17) read the time back by the attribution, the only verb near it: the report's
own 'will', further left, now tells. A past report keeps its past.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes


def _values(text: str, published: date) -> list[str]:
    return [t.value for t in find_timexes(text, published)]


def test_a_far_will_outweighs_the_closing_said():
    text = (
        "The Ostrava port authority will begin charging a new berthing levy to ships of every"
        " flag at the reopened northern quay in August, harbour officials said."
    )
    assert _values(text, date(1999, 6, 10)) == ["1999-08"]


def test_a_perfect_attribution_too():
    text = (
        "Pupils in the Selbury district will sit their final reading and writing assessment"
        " of the primary years in November, the regional board has said."
    )
    assert _values(text, date(2022, 2, 8)) == ["2022-11"]


def test_a_past_report_keeps_its_past():
    text = (
        "The Ostrava port authority began charging a new berthing levy to ships of every"
        " flag at the reopened northern quay in August, harbour officials said."
    )
    assert _values(text, date(1999, 11, 10)) == ["1999-08"]
