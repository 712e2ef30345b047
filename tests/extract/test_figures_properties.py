"""Property tests: whatever the text, figures index it and their ranges are ordered."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.extract.figures import find_figures

_PIECES = st.sampled_from(
    [
        "about", "at least", "more than", "up to", "between", "and", "to", "-", "–", " ",
        "300", "2,700", "1.2 million", "$2.3bn", "30%", "a third", "nearly half", "eleven",
        "thousand", "people", "soldiers", "killed", "were", "said", ",", ".", "in", "Kyiv",
        "2024", "January 9", "F-16", "No.", "84", "or", "more", "\n", "Officials",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=25))
def test_figures_index_the_text_and_ranges_are_ordered(pieces: list[str]) -> None:
    text = " ".join(pieces)
    for f in find_figures(text, date(2025, 1, 14)):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
        assert f.number_text and f.number_text in f.text
        if f.low is not None and f.high is not None:
            assert f.low <= f.high
        assert f.low is not None or f.high is not None
        assert f.tolerance >= 0
