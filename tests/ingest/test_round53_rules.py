"""Round 53: an agency named after the writer in a byline ("By Ann Lee, Associated Wire") is
the writer's employer, and the outlet the copy names elsewhere (masthead, "Published by", a
copyright line, a bold outlet line) is the source; a headline that opens "Live:" in ordinary
case keeps it; a dateline carrying a full date dates the story when nothing better does.
Every page here is invented."""

from __future__ import annotations

import pytest

from desktop.ingest import read_bytes
from desktop.ingest.assemble import without_kicker

STORY = (
    "A new flood barrier at Corley Weir failed to close fully during Monday's high tide, the "
    "Environment Agency said.\n\n"
    "Water came within 20 centimetres of the top of the bank before the tide turned, residents "
    "said. No homes were flooded.\n\n"
    "An agency spokesman said a sensor on one of the gates had given a false reading, and "
    "engineers from the makers had been called in.\n"
)


# --- "Live:" ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Live: Fairburn mill fire - latest", "Live: Fairburn mill fire - latest"),
        (
            "Live: Storm Edna brings gales to the coast",
            "Live: Storm Edna brings gales to the coast",
        ),
        ("LIVE: Storm Edna brings gales to the coast", "Storm Edna brings gales to the coast"),
        ("Watch: Seal pup rescued from harbour", "Seal pup rescued from harbour"),
    ],
)
def test_live_in_ordinary_case_is_part_of_the_headline(title: str, expected: str) -> None:
    assert without_kicker(title) == expected


def test_a_live_page_copied_as_text_keeps_live_in_its_title() -> None:
    text = "Live: Storm Edna brings gales to the Brannock coast\n\nTidewater Radio\n\n" + STORY
    assert read_bytes(text.encode(), "live.txt").title == (
        "Live: Storm Edna brings gales to the Brannock coast"
    )
