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
