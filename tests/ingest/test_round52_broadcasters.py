"""Round 52 (9): a broadcaster's name under a text copy's headline opens with its kind
("Radio Tamar", "TV Nordvik"): it is the copy's outlet, not a line of the story. Every copy
here is invented."""

from __future__ import annotations

import pytest

from desktop.ingest import read_bytes

STORY = (
    "Bus fares across the county will be capped at 2 pounds 50 from September, the council "
    "said on Tuesday.\n\nThe council will put in about 9 million pounds a year from the "
    "government's bus fund.\n\nOperators will bid for the contracts like anyone else.\n"
)


@pytest.mark.parametrize("outlet", ["Radio Tamar", "TV Nordvik", "Radio Kestrel Coast"])
def test_a_broadcaster_under_the_headline_is_the_source(outlet: str) -> None:
    copy = f"Bus fares to be capped across the county\n\n{outlet}\n\n11 March 2027\n\n{STORY}"
    article = read_bytes(copy.encode(), "copy.txt")
    assert article.source == outlet
    assert outlet not in article.text


def test_a_place_that_opens_with_channel_is_no_broadcaster() -> None:
    copy = f"Ferry fares to rise\n\nChannel Islands\n\n11 March 2027\n\n{STORY}"
    assert read_bytes(copy.encode(), "copy.txt").source != "Channel Islands"
