"""Round 16: page layouts browsers print to PDF (a sidebar beside the headline, columns whose
lines do not share baselines, a standfirst in large type, a boxed list of key points), on
small PDFs built here."""

from __future__ import annotations

from desktop.ingest import read_bytes
from tests.ingest.documents import Line, Page, pdf

BODY = [
    "The harbour board has agreed to dredge the inner basin this summer so",
    "that the fishing fleet can land at low tide again, ending two years in",
    "which boats have had to wait offshore for the water to rise.",
    "The work will cost about four hundred thousand pounds and take six",
    "weeks, the board said, and the basin will stay open while it is done.",
    "Skippers had asked for the dredging since a storm silted up the",
    "entrance, and welcomed the decision at a meeting on the quay.",
]


def test_a_sidebar_beside_the_headline_is_not_joined_to_it() -> None:
    # "Most read" starts a little short of the sidebar's list (its box's padding), level with
    # the headline: split there, not joined across the gutter, and the list set aside.
    lines = [
        Line(40, 700, "Harbour basin to be dredged", 22, "F2"),
        Line(430, 702, "Most read", 10.5, "F2"),
        Line(40, 675, "for the fishing fleet", 22, "F2"),
        Line(450, 680, "1.", 9),
        Line(462, 680, "Ferry fares rise", 9),
        Line(462, 669, "in the spring", 9),
    ]
    items = ["Lifeboat crew", "called out twice", "New owners for", "the old mill", "Road shut"]
    for k, row in enumerate(BODY):
        y = 640 - 15 * k
        lines.append(Line(40, y, row, 11))
        if k < len(items):
            if k % 2 == 0:
                lines.append(Line(450, y, f"{k // 2 + 2}.", 9))
            lines.append(Line(462, y, items[k], 9))
    article = read_bytes(pdf([Page(lines)], width=612, height=792), "sidebar.pdf")
    assert article.title == "Harbour basin to be dredged for the fishing fleet"
    assert article.text.startswith("The harbour board has agreed")
    for furniture in ("Most read", "Ferry fares rise", "Lifeboat crew", "the old mill"):
        assert furniture not in article.text
    assert article.text.rstrip().endswith("welcomed the decision at a meeting on the quay.")


def test_a_narrow_second_column_of_prose_is_still_the_story() -> None:
    # The same narrow column written as sentences is the story's, not a list beside it.
    right = [
        "The board will",
        "meet again in",
        "June to agree",
        "the contract.",
        "Bids close on",
        "the first day",
        "of that month.",
    ]
    lines = [Line(40, 700, "Harbour basin to be dredged", 22, "F2")]
    for k, (row, side) in enumerate(zip(BODY, right, strict=True)):
        y = 640 - 15 * k
        lines += [Line(40, y, row, 11), Line(462, y, side, 11)]
    article = read_bytes(pdf([Page(lines)], width=612, height=792), "narrow.pdf")
    assert "The board will meet again in June to agree the contract." in article.text


LEFT = [
    "The ferry has crossed the estuary",
    "since the parish paid a boatman to",
    "row the curate over, and the trust",
    "says it will run the boat itself if",
    "the council keeps a smaller grant.",
]
RIGHT = [
    "On the slipway the queue for the",
    "early crossing had grown to nine",
    "people and two bicycles before the",
    "boatman pushed off again.",
]


def test_columns_whose_lines_do_not_share_baselines_are_read_one_after_the_other() -> None:
    # The right column's lines sit half a line lower than the left's, so no row of the page
    # holds both: the columns are found by where their lines start and stop.
    lines = [Line(56, 760, "The last ferrymen of the estuary", 22, "F2")]
    for k, row in enumerate(LEFT):
        lines.append(Line(56, 700 - 14 * k, row, 10))
    for k, row in enumerate(RIGHT):
        lines.append(Line(318, 693 - 14 * k, row, 10))
    article = read_bytes(pdf([Page(lines)], width=612, height=792), "columns.pdf")
    text = article.text.replace("\n", " ")
    assert "the trust says it will run the boat itself if the council keeps" in text
    assert text.index("smaller grant.") < text.index("On the slipway")
    assert "pushed off again." in text


def test_a_standfirst_nearly_as_large_as_a_headline_is_not_the_story() -> None:
    # Small text under a large headline: the standfirst's type is 1.4 times the text's, the
    # size that marks a headline, but it sits well below the headline over it, in plain type.
    lines = [
        Line(56, 760, "The last ferrymen of the estuary", 24, "F2"),
        Line(56, 730, "For three hundred years a rowing boat has carried people", 13.5),
        Line(56, 714, "across the river. Its future rests on a council debate.", 13.5),
        Line(56, 690, "By Isla Brennan · March 3, 2025", 9),
    ]
    for k, row in enumerate(LEFT + RIGHT):
        lines.append(Line(56, 660 - 13 * k, row, 9.7))
    article = read_bytes(pdf([Page(lines)], width=612, height=792), "standfirst.pdf")
    assert article.title == "The last ferrymen of the estuary"
    assert "rowing boat" not in article.text
    assert article.text.startswith("The ferry has crossed the estuary")


def test_a_sentence_running_on_into_the_next_column_with_a_number_is_one_paragraph() -> None:
    left = [
        "The boat carries twelve people",
        "and the logbook shows traffic",
        "falling through the 1980s and",
    ]
    right = [
        "1990s, as more families bought a",
        "second car, then recovering.",
        "Tides set the timetable.",
    ]
    lines = [Line(56, 760, "Ferry numbers over forty years", 22, "F2")]
    for k, (a, b) in enumerate(zip(left, right, strict=True)):
        lines += [Line(56, 700 - 14 * k, a, 10), Line(318, 700 - 14 * k, b, 10)]
    article = read_bytes(pdf([Page(lines)], width=612, height=792), "runon.pdf")
    # One paragraph: no break between the columns' halves of the sentence.
    assert "through the 1980s and 1990s, as more families" in article.text


def test_a_box_of_key_points_is_set_aside_and_a_list_in_the_text_is_kept() -> None:
    lines = [
        Line(72, 720, "Explained: what the new fare cap means", 21, "F2"),
        Line(72, 690, "By Ed Harcourt", 9.7),
        # The box: a bold label set in by its padding, its points set in further.
        Line(83, 665, "Key points", 9.7, "F2"),
        Line(113, 645, "Single fares capped at two pounds", 11),
        Line(113, 629, "Day tickets capped at six pounds", 11),
        Line(113, 613, "Applies to every operator", 11),
        Line(72, 580, "Bus fares across the region will be capped from July under a scheme", 11),
        Line(72, 564, "agreed by the combined authority. It covers every operator, including:", 11),
        Line(102, 548, "the two largest bus companies;", 11),
        Line(102, 532, "community transport services that take fares.", 11),
        Line(72, 510, "Coaches and tourist services are not covered by the cap.", 11),
    ]
    article = read_bytes(pdf([Page(lines)], width=612, height=792), "box.pdf")
    assert article.text.startswith("Bus fares across the region")
    for point in ("Key points", "Single fares capped", "Day tickets", "Applies to every"):
        assert point not in article.text
    assert "the two largest bus companies;" in article.text
    assert "community transport services that take fares." in article.text
    assert article.text.rstrip().endswith("not covered by the cap.")
