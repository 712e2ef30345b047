"""An addition to a count told before ("a further 2,400", "another 11", "an additional 300")
is never the new total, whether or not it opens the sentence."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.extract.figures import find_figures

DAY = date(2025, 3, 4)


@pytest.mark.parametrize(
    "sentence",
    [
        "A further 2,400 residents have been evacuated.",
        "Officials said a further 2,400 residents have been evacuated.",
        "Another 2,400 residents have been evacuated.",
        "An additional 2,400 residents have been evacuated.",
    ],
)
def test_an_addition_is_not_a_running_total_even_at_the_start_of_a_sentence(
    sentence: str,
) -> None:
    [figure] = find_figures(sentence, DAY)
    assert (figure.low, figure.measure) == (2400, "evacuated")
    assert figure.period == "day"


def test_the_same_count_without_the_addition_word_is_a_running_total() -> None:
    [figure] = find_figures("2,400 residents have been evacuated.", DAY)
    assert figure.period == "cumulative"
