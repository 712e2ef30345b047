"""Round 50: an audit of the words read as the tense that sends a bare day, month or season back
or ahead. A capitalised word ending in '-ed' inside running prose is a name, not a past verb
("talks with Prime Minister Rashed Mahmoud on Friday", "the plane landed at Hollsted"): it sets
no direction."""

from __future__ import annotations

from datetime import date

from desktop.domain import TimeExpression
from desktop.extract.timex import find_timexes

WED_10_JUN_2026 = date(2026, 6, 10)


def hits(text: str, published: date = WED_10_JUN_2026) -> dict[str, TimeExpression]:
    return {t.text: t for t in find_timexes(text, published)}


def test_a_capitalised_name_in_ed_is_no_past_verb() -> None:
    found = hits(
        "The envoy is scheduled to hold talks with Prime Minister Rashed Mahmoud on Friday."
    )
    assert found["Friday"].value == "2026-06-12"
    found = hits("Ministers are set to meet Governor Ahmed Korvane on Friday in the capital.")
    assert found["Friday"].value == "2026-06-12"
    found = hits("The delegation plans to visit the port of Brensted on Friday.")
    assert found["Friday"].value == "2026-06-12"


def test_a_past_verb_still_counts_and_a_headline_keeps_its_capitals() -> None:
    found = hits("The envoy held talks with the prime minister on Friday.")
    assert found["Friday"].value == "2026-06-05"
    found = hits("Rescuers Reached the Flooded Village on Friday")
    assert found["Friday"].value == "2026-06-05"
    found = hits("Convicted on Friday, the former mayor will be sentenced in July.")
    assert found["Friday"].value == "2026-06-05"


def test_a_plain_verb_after_a_pluperfect_plan_is_a_lapsed_plan() -> None:
    # 'had planned to hold' was a lapsed plan, a day gone; so is 'had planned to open'
    found = hits("The ministry had planned to open the Kelso bridge on Friday.")
    assert found["Friday"].value == "2026-06-05"
    found = hits("Engineers had hoped to reopen the road on Thursday, but the repairs took longer.")
    assert found["Thursday"].value == "2026-06-04"
    found = hits("Republican leaders had planned to start the debate Thursday.")
    assert found["Thursday"].value == "2026-06-04"


def test_a_plan_still_held_looks_ahead() -> None:
    found = hits("The ministry plans to open the Kelso bridge on Friday.")
    assert found["Friday"].value == "2026-06-12"
    found = hits("The ministry was to open the Kelso bridge on Friday.")
    assert found["Friday"].value == "2026-06-12"
    found = hits("Engineers hope to reopen the road on Thursday.")
    assert found["Thursday"].value == "2026-06-11"
