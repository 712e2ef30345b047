"""A figure's source after "according to" reads as prose: the reader keeps the capital its
sentence opened with ("The agency told the lawmakers ...", "Its owner said ..."), which in
the sentence cards, the figures' tooltips and the reader's tips read "according to The
agency"; names keep theirs."""

from __future__ import annotations

import pytest

from desktop.ui.format import attribution


@pytest.mark.parametrize(
    ("told", "shown"),
    [
        ("The agency", "the agency"),
        ("Its owner", "its owner"),
        ("The county's fire service", "the county's fire service"),
        ("A spokesman for the ministry", "a spokesman for the ministry"),
        ("Their lawyers", "their lawyers"),
        # names keep their capitals
        ("The Week", "The Week"),
        ("The New York Times", "The New York Times"),
        ("Her Majesty's Treasury", "Her Majesty's Treasury"),
        (
            "South Korea's National Intelligence Service",
            "South Korea's National Intelligence Service",
        ),
        ("Theodore Marsh", "Theodore Marsh"),
        ("Anita Rao", "Anita Rao"),
        ("", ""),
    ],
)
def test_a_source_named_by_a_common_noun_reads_in_lower_case(told: str, shown: str) -> None:
    assert attribution(told) == shown
