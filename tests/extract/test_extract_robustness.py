"""The whole extractor on hostile text: nothing crashes, offsets hold, and runs of numbers (tables,
lists, junk) stay linear in the length of the text."""

from __future__ import annotations

import time
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.extract import extract

PUBLISHED = date(2025, 1, 13)
DENSE = st.text(
    alphabet=st.sampled_from(list("0123456789  ,.;:%-–$/()'\"\nkilledaboutmorethan")),
    max_size=3000,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DENSE, st.booleans())
def test_no_text_breaks_the_extractor(text: str, dated: bool) -> None:
    result = extract(text, PUBLISHED if dated else None)
    for t in result.timexes:
        assert 0 <= t.start < t.end <= len(text) and text[t.start : t.end] == t.text
    for f in result.facts:
        assert text[f.start : f.end] == f.text and 0 <= f.timex < len(result.timexes)
    for g in result.figures:
        assert text[g.start : g.end] == g.text
        assert g.low is None or g.high is None or g.low <= g.high


PATHOLOGICAL = {
    "bare digits": "1 " * 5000,
    "zeros and semicolons": "0;" * 5000,
    "percentages": "5% " * 3400,
    "ranges": "10-12 " * 1700,
    "numbers joined by and": " and ".join(["12"] * 2000),
    "a table": "\n".join(f"{i} | {i * 37:,} | {i * 1.5}% | 2024" for i in range(400)),
    "one endless sentence": "about 300 killed, at least 2,700 injured on Thursday, " * 180,
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_runs_of_numbers_stay_linear(name: str) -> None:
    text = PATHOLOGICAL[name]
    started = time.process_time()
    extract(text, PUBLISHED)
    per_10k = (time.process_time() - started) * 10_000 / len(text)
    # The goal is one second per 10,000 characters (benchmarks/extract_speed.py measures real
    # speed); the margin here only absorbs a slow shared machine, not quadratic behaviour,
    # which took 7-57 s on these inputs before sentences were bounded.
    assert per_10k < 3.0, f"{name}: {per_10k:.2f} s per 10,000 characters"
