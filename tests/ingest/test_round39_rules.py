"""Round 39 rules, each from sentences written for these tests: a label printed between the
headline and the date line ("BREAKING NEWS", "LIVE", "EXCLUSIVE", "WORLD NEWS") is a section
label, set aside from the story, and not the outlet, though "News" ends it; an outlet's own
name there ("THE QUAYSIDE PACKET", "Harrowgate News") is still the source. The same label
alone over a wire dateline is set aside too, and the agency code stays the source."""

from __future__ import annotations

import pytest

from desktop.ingest import read_bytes
from desktop.ingest.assemble import _section_label

HEADLINE = "Ferry slip to close after piers crack"
LEAD = (
    "The harbour board voted on Tuesday to close the old ferry slip at Carrow Point after "
    "engineers found cracks in two of its piers."
)
SECOND = "Repairs would cost more than the slip earns in ten years, the board said."


def _copy(label: str, date_line: str = "11 March 2025\n\n", opening: str = "") -> str:
    return f"{HEADLINE}\n\n{label}\n\n{date_line}{opening}{LEAD}\n\n{SECOND}\n"


@pytest.mark.parametrize(
    "label",
    ["BREAKING NEWS", "LIVE", "EXCLUSIVE", "WORLD NEWS", "World News", "LATEST NEWS",
     "Live Updates", "BREAKING"],
)  # fmt: skip
def test_a_label_over_the_date_line_is_no_outlet_and_leaves_the_story(label: str) -> None:
    raw = read_bytes(_copy(label).encode(), "slip.txt")
    assert raw.source is None, label
    assert label not in raw.text, label
    assert raw.text.lstrip().startswith(LEAD), label
    assert SECOND in raw.text


@pytest.mark.parametrize(
    ("line", "source"),
    [("THE QUAYSIDE PACKET", "The Quayside Packet"), ("Harrowgate News", "Harrowgate News"),
     ("MERIDIAN WIRE", "Meridian Wire")],
)  # fmt: skip
def test_an_outlet_of_its_own_over_the_date_line_is_still_the_source(
    line: str, source: str
) -> None:
    raw = read_bytes(_copy(line).encode(), "slip.txt")
    assert raw.source == source
    assert line not in raw.text


def test_a_label_and_the_outlet_under_it_each_go_their_way() -> None:
    raw = read_bytes(_copy("BREAKING NEWS\n\nTHE QUAYSIDE PACKET").encode(), "slip.txt")
    assert raw.source == "The Quayside Packet"
    assert "BREAKING NEWS" not in raw.text
    assert raw.text.lstrip().startswith(LEAD)


@pytest.mark.parametrize("label", ["WORLD NEWS", "EXCLUSIVE", "Live"])
def test_a_label_over_a_wire_dateline_leaves_the_agency_code_the_source(label: str) -> None:
    raw = read_bytes(
        _copy(label, date_line="", opening="CARROW POINT, March 11 (MW) - ").encode(), "w.txt"
    )
    assert raw.source == "MW", label
    assert label not in raw.text, label
    assert LEAD in raw.text


def test_a_label_over_the_lead_with_no_date_line_is_still_no_source() -> None:
    raw = read_bytes(_copy("EXCLUSIVE", date_line="").encode(), "lead.txt")
    assert raw.source is None
    assert LEAD in raw.text


def test_which_lines_are_labels() -> None:
    for line in ("BREAKING NEWS", "LIVE", "EXCLUSIVE", "World News", "Top Stories", "UK News"):
        assert _section_label(line), line
    for line in (
        "The Daily News",  # opens with "The": a name
        "Harrowgate News",  # a word of its own
        "Kellby Evening Star",
        "Mara Quill",
        "Ferry slip to close after piers crack",
        "",
    ):
        assert not _section_label(line), line


@pytest.mark.parametrize("label", ["EXCLUSIVE:", "BREAKING:", "Breaking!", "LIVE |"])
def test_a_label_with_a_mark_after_it_over_the_date_line_leaves_the_story(label: str) -> None:
    raw = read_bytes(_copy(label).encode(), "slip.txt")
    assert raw.source is None, label
    assert label.rstrip(" |") not in raw.text, label
    assert raw.text.lstrip().startswith(LEAD), label


def test_a_sentence_ending_in_a_colon_over_the_date_line_is_no_label() -> None:
    # Words of its own ("The board said:") are no label and are not set aside as one.
    assert not _section_label("The board said:")
    assert not _section_label("Live music returns:")
