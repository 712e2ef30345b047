"""Facts, round 31: states that lasted until a day, and where a fact's clause ends.

A state told as having lasted until a day ("the ferry stayed in port until Sunday", "the market
remained closed through Tuesday night", "was closed until 3am on Friday while forensic
officers searched it") ended on a day gone, where the same state told as set ("will stay closed
until Thursday", "remains shut until Monday") lies ahead.

Every example is written for these tests; none is taken from a benchmark set.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes


def values(text: str, published: date) -> dict[str, str | None]:
    return {t.text: t.value for t in find_timexes(text, published)}


def test_a_state_that_stayed_or_remained_until_a_weekday_ended_before_publication() -> None:
    # published Tuesday 12 May 2026
    text = (
        "The Calder ferry stayed in port until Sunday after gales damaged its ramp. The "
        "harbour car park remained closed through Saturday night."
    )
    found = values(text, date(2026, 5, 12))
    assert found["Sunday"] == "2026-05-10"
    assert found["Saturday night"] == "2026-05-09TNI"


def test_a_state_beside_a_clause_in_the_past_ended_before_publication() -> None:
    # published Saturday 16 May 2026
    text = (
        "Brack Lane was closed until 3am on Friday while forensic officers searched the "
        "verges. The pier was out of use until September as divers inspected its piles."
    )
    found = values(text, date(2026, 5, 16))
    assert found["3am on Friday"] == "2026-05-15T03:00"
    # told in May: the September gone, not the next one
    assert found["September"] == "2025-09"


def test_a_state_still_to_run_keeps_its_day_ahead() -> None:
    # guard: a modal or a present tense keeps the limit ahead, a clause beside it or not
    text = (
        "The council said the footbridge would stay closed until Thursday while engineers "
        "checked its supports. The lido will remain shut until Sunday. The museum is closed "
        "until Friday as staff repair the roof."
    )
    found = values(text, date(2026, 5, 12))
    assert found["Thursday"] == "2026-05-14"
    assert found["Sunday"] == "2026-05-17"
    assert found["Friday"] == "2026-05-15"
