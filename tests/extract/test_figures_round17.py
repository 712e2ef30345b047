"""Round 17 figure rules: round 16's leftovers."""

from __future__ import annotations

from datetime import date

from desktop.domain import Figure
from desktop.extract.figures import find_figures
from desktop.extract.timex import find_timexes

D = date(2025, 3, 3)


def _figures(text: str) -> list[Figure]:
    return find_figures(text, D, find_timexes(text, D))


def _figure(text: str, number: str) -> Figure:
    for f in _figures(text):
        if number in f.number_text:
            return f
    raise AssertionError(f"no figure {number!r} in {text!r}")


def test_troops_a_plan_sends_are_no_deployment_of_a_force_named_later() -> None:
    text = (
        "NATO will send 24 Apache attack helicopters and about 2,000 troops to Albania, "
        "bringing its force in the region to more than 400 aircraft."
    )
    assert _figure(text, "2,000").measure is None
    assert _figure(text, "24").measure is None
    # a force named before the troops, or troops sent in their own clause, still are
    assert _figure("Officials put the size of the force at 12,000 troops.", "12,000").measure == (
        "deployed"
    )
    assert _figure("About 2,000 troops sent to Albania arrived.", "2,000").measure == "deployed"
