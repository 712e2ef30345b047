"""Numbers a sentence denies, asides that set a number against the count, and the past perfect
of reported speech (round 8)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import Figure
from tests.extract.figure_helpers import figure_numbered

PUBLISHED = date(2025, 9, 10)


def _figure(text: str, number: str) -> Figure:
    return figure_numbered(text, number, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Police said 80 fans, not 800, were hurt in the crush.", "800"),
        ("The true toll was not 120 but 12, the coroner said.", "120"),
        ("The agency counted 40 arrivals rather than the 400 first reported.", "400"),
        ("The ministry denied reports that 2,000 conscripts had deserted.", "2,000"),
        ("The company rejected claims that 350 jobs would go at the mill.", "350"),
        ("Officials dismissed media reports of 90 deaths at the camp.", "90"),
        ("The army disputed claims that 1,200 soldiers and 300 tanks were lost.", "300"),
    ],
)
def test_a_denied_number_is_kept_as_written_but_marked(text: str, number: str) -> None:
    assert _figure(text, number).denied


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the number the denial is set against is the teller's own claim
        ("Police said 80 fans, not 800, were hurt in the crush.", "80"),
        ("The true toll was not 120 but 12, the coroner said.", "12"),
        # past a comma the sentence says what the denier holds instead
        ("The ministry denied that 500 had deserted, saying only 45 were missing.", "45"),
        # qualifiers with a negation are bounds, not denials
        ("Not more than 60 people were on the ferry, the operator said.", "60"),
        ("No fewer than 250 homes were flooded in the valley.", "250"),
        ("Hundreds, if not 1,000, people were detained overnight.", "1,000"),
        # "denied" with an object of its own is what happened to the count
        ("The board denied 140 asylum claims last month.", "140"),
    ],
)
def test_a_claim_is_not_denied(text: str, number: str) -> None:
    assert not _figure(text, number).denied


def test_the_verb_after_a_number_set_aside_is_the_counts_measure() -> None:
    f = _figure("Police said 80 fans, not 800, were injured in the crush.", "80")
    assert (f.counted, f.measure) == ("fans", "injured")
    g = _figure("Officials said 14 miners, rather than the 40 first feared, were trapped.", "14")
    assert (g.counted, g.measure) == ("miners", "trapped")


def test_the_past_perfect_of_reported_speech_is_no_running_total() -> None:
    reported = _figure("The navy said 9 drones had been intercepted off the coast.", "9")
    assert reported.period is None
    # "had" with words of a running total keeps it
    since = _figure("The navy said 90 drones had been intercepted since May.", "90")
    assert since.period == "cumulative"
    # the present perfect counts up to the report, however it is told
    perfect = _figure("The navy said 90 drones have been intercepted off the coast.", "90")
    assert perfect.period == "cumulative"
    # no report before it: the past perfect stays a count up to then
    plain = _figure("By then 300 homes had been destroyed along the coast.", "300")
    assert plain.period == "cumulative"


@pytest.mark.parametrize(
    ("text", "number", "cue"),
    [
        ("Health officials corrected the death toll to 61 on Friday.", "61", "corrected"),
        ("The agency lowered its count of the missing to 12.", "12", "lowered"),
        ("The ministry downgraded the number of evacuees to 3,400.", "3,400", "downgraded"),
    ],
)
def test_a_correction_is_a_change_cue(text: str, number: str, cue: str) -> None:
    assert _figure(text, number).change_cue == cue
