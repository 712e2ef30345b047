"""Round 14: what real PDFs and Word files still got wrong, on small documents built here."""

from __future__ import annotations

from desktop.ingest import read_bytes
from tests.ingest.documents import Line, Page, pdf

OPENING = (
    "Rents for new lets in the district rose by 9.4 per cent in the year to December, more "
    "than twice the rise in earnings."
)
CLOSING = "The forum will repeat its survey of tenants in the autumn and report in January."


def _report(rows: list[list[tuple[float, str]]], size: float = 10.5) -> list[Line]:
    lines = [
        Line(60, 780, "Northfield Tenants Forum", 12, "F2"),
        Line(60, 740, "Private renting in Northfield", 22, "F2"),
        Line(60, 700, OPENING[:90], 11.5),
        Line(60, 684, OPENING[90:].lstrip(), 11.5),
        Line(60, 650, "Table 1. Median monthly rent by area", 9.5, "F2"),
    ]
    y = 628.0
    for row in rows:
        lines += [Line(x, y, text, size) for x, text in row]
        y -= 20
    lines.append(Line(60, y - 10, CLOSING, 11.5))
    return lines


def test_a_table_with_close_cells_is_one_line_per_row_under_its_caption() -> None:
    # The cells sit closer than a word gap would allow for a wide gap: only their alignment
    # down the rows says they are a table.
    rows = [
        [(60, "Area"), (140, "2023"), (172, "2024"), (204, "Change")],
        [(60, "Old town"), (140, "£840"), (172, "£940"), (204, "11.9%")],
        [(60, "Railway villages"), (140, "£825"), (172, "£925"), (204, "12.1%")],
        [(60, "Upper valley"), (140, "£690"), (172, "£725"), (204, "5.1%")],
    ]
    article = read_bytes(pdf([Page(_report(rows))]), "report.pdf")
    assert article.text.split("\n") == [
        OPENING,
        "Table 1. Median monthly rent by area",
        "Area | 2023 | 2024 | Change",
        "Old town | £840 | £940 | 11.9%",
        "Railway villages | £825 | £925 | 12.1%",
        "Upper valley | £690 | £725 | 5.1%",
        CLOSING,
    ]


def test_a_two_column_table_is_not_taken_for_two_columns_of_text() -> None:
    rows = [
        [(60, "Reason"), (250, "2024")],
        [(60, "Notice seeking possession"), (250, "538")],
        [(60, "Disrepair"), (250, "287")],
        [(60, "Rent increase"), (250, "196")],
    ]
    article = read_bytes(pdf([Page(_report(rows))]), "report.pdf")
    lines = article.text.split("\n")
    assert lines[2:6] == ["Reason | 2024", "Notice seeking possession | 538", "Disrepair | 287",
                          "Rent increase | 196"]  # fmt: skip
    assert lines[-1] == CLOSING


def test_bulleted_lines_are_a_list_not_a_table() -> None:
    rows = [[(60, "•"), (72, "Single fares capped")], [(60, "•"), (72, "Day tickets capped")],
            [(60, "•"), (72, "Applies on all buses")]]  # fmt: skip
    article = read_bytes(pdf([Page(_report(rows, 11.5))]), "report.pdf")
    assert "|" not in article.text


def test_prose_in_two_columns_is_not_a_table() -> None:
    left = "The ferry has crossed the river at this point for three hundred years and"
    right = "the council now says it can no longer afford the subsidy that keeps it going"
    lines = [Line(60, 780, "The last ferrymen", 22, "F2")]
    for n in range(6):
        lines += [Line(60, 740 - 14 * n, left, 9), Line(310, 740 - 14 * n, right, 9)]
    article = read_bytes(pdf([Page(lines)]), "feature.pdf")
    assert "|" not in article.text


def test_footnotes_in_small_type_are_kept_at_the_end_without_their_numbers() -> None:
    lines = [
        Line(60, 780, "Northfield Tenants Forum", 12, "F2"),
        Line(60, 740, "Private renting in Northfield", 22, "F2"),
        Line(60, 700, "Rents for new lets rose by 9.4 per cent in the year to December.", 11.5),
        Line(386, 704, "[1]", 7),
        Line(60, 684, "Most of the rise came in the town itself and the railway villages.", 11.5),
        Line(60, 650, "The forum will report again in January, after its autumn survey.", 11.5),
        Line(386, 654, "[2]", 7),
        Line(60, 620, "Notes", 14, "F2"),
        Line(60, 600, "1. Earnings figures are from the annual survey of hours and earnings.", 9),
        Line(60, 586, "2. The survey was carried out online and on paper in the autumn.", 9),
        Line(60, 560, "Northfield Tenants Forum is a registered charity, number 1157733.", 8),
    ]
    article = read_bytes(pdf([Page(lines)]), "report.pdf")
    assert article.source == "Northfield Tenants Forum"
    assert article.text.split("\n") == [
        "Rents for new lets rose by 9.4 per cent in the year to December.[1] Most of the rise "
        "came in the town itself and the railway villages.",
        "The forum will report again in January, after its autumn survey.[2]",
        "Notes",
        "Earnings figures are from the annual survey of hours and earnings.",
        "The survey was carried out online and on paper in the autumn.",
    ]


STORY = [
    "OSLO, April 22 (NWA) - Norway will replace diesel ferries on 19 more crossings in its "
    "western fjords with battery-powered vessels, the transport ministry said on Tuesday.",
    "The ministry said it would put contracts for the new routes out to tender this autumn.",
]


def _printed_page(top: list[Line], foot: list[Line] | None = None) -> bytes:
    lines = list(top)
    y = 640.0
    for text in STORY:
        cut = text.rfind(" ", 0, 90)
        lines.append(Line(60, y, text[:cut], 11))
        lines.append(Line(60, y - 14, text[cut + 1 :], 11))
        y -= 40
    return pdf([Page(lines + (foot or []))])


def test_a_byline_run_on_into_its_date_names_the_person_without_by() -> None:
    data = _printed_page(
        [
            Line(60, 760, "Norway to expand electric ferry fleet on fjord routes", 22, "F2"),
            Line(60, 700, "By Kari Lund April 22, 2025 at 6:40 a.m. EDT", 9),
        ]
    )
    article = read_bytes(data, "story.pdf")
    assert article.author == "Kari Lund"
    assert article.published is not None and article.published.isoformat() == "2025-04-22"


def test_a_masthead_as_large_as_the_headline_is_the_source_not_the_agency() -> None:
    data = _printed_page(
        [
            Line(60, 805, "Daily Meridian", 22, "F2"),
            Line(60, 785, "World · Europe", 9),
            Line(60, 760, "Norway to expand electric ferry fleet on fjord routes", 22, "F2"),
            Line(60, 700, "By Kari Lund", 9),
        ]
    )
    article = read_bytes(data, "story.pdf")
    assert article.title == "Norway to expand electric ferry fleet on fjord routes"
    assert article.source == "Daily Meridian"


def test_an_authors_tagline_in_small_type_at_the_foot_names_the_author() -> None:
    foot = [
        Line(60, 540, "Rosalind Achebe is a former chair of the Fenland Libraries Trust and a", 8),
        Line(60, 530, "retired head teacher.", 8),
    ]
    data = _printed_page([Line(60, 760, "Libraries are not a luxury", 22, "F2")], foot)
    article = read_bytes(data, "opinion.pdf")
    assert article.author == "Rosalind Achebe"
    assert "Achebe" not in article.text
    assert article.text.split("\n") == STORY


def test_a_tagline_about_someone_the_story_names_is_no_author() -> None:
    foot = [Line(60, 540, "Oslo is a city where the ferries matter.", 8)]
    data = _printed_page([Line(60, 760, "Ferries of the fjords", 22, "F2")], foot)
    assert read_bytes(data, "opinion.pdf").author is None


def test_small_print_about_the_publisher_names_no_author() -> None:
    foot = [Line(60, 540, "Northgate Policy Institute is an independent charity.", 8)]
    data = _printed_page([Line(60, 760, "Ferries of the fjords", 22, "F2")], foot)
    assert read_bytes(data, "brief.pdf").author is None


def test_a_live_blogs_byline_and_stamp_lines_are_read_apart() -> None:
    top = [
        Line(60, 760, "Storm Elowen live: rail lines closed as gusts reach 90mph", 22, "F2"),
        Line(60, 700, "Live reporting by Dan Okafor and Hannah Pike", 9),
        Line(60, 689, "Thu 9 Jan 2025 07.15 GMT Last modified on Thu 9 Jan 2025 16.40 GMT", 9),
    ]
    article = read_bytes(_printed_page(top), "live.pdf")
    assert article.author == "Dan Okafor, Hannah Pike"
    assert article.published is not None and article.published.isoformat() == "2025-01-09"
    assert article.published_origin == "text"
